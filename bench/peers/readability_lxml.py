# Times readability-lxml (Debian's python3-readability) per page; prints {wall: [ms per page], cpuMs: total CPU ms}.
# usage: /usr/bin/python3 readability_lxml.py pages.txt ROUNDS
import json, sys, time
from readability import Document

paths = [p for p in open(sys.argv[1], encoding="utf-8").read().split("\n") if p]
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 1
pages = [open(p, "rb").read() for p in paths]

def run(page):
    doc = Document(page)
    doc.summary()
    doc.title()

for page in pages:  # warm-up
    run(page)
times = []
cpu_start = time.process_time()
for _ in range(rounds):
    for page in pages:
        start = time.perf_counter()
        run(page)
        times.append((time.perf_counter() - start) * 1000)
sys.stdout.write(json.dumps({"wall": times, "cpuMs": (time.process_time() - cpu_start) * 1000}))
