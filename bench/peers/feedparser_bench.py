"""Peer benchmark: Python feedparser over the files listed in argv[1], repeated for argv[2] seconds. Prints one JSON line."""
import json, sys, time
import feedparser

paths = [line.strip() for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
seconds = float(sys.argv[2])
bodies = [open(p, "rb").read() for p in paths]
total = sum(len(b) for b in bodies)
for body in bodies[:20]:
    feedparser.parse(body)
start = time.perf_counter()
passes = errors = 0
while True:
    for body in bodies:
        try:
            feedparser.parse(body, sanitize_html=False, resolve_relative_uris=True)
        except Exception:
            errors += 1
    passes += 1
    if time.perf_counter() - start >= seconds:
        break
elapsed = time.perf_counter() - start
print(json.dumps({"bytes": total * passes, "feeds": len(bodies) * passes, "seconds": elapsed, "errors": errors}))
