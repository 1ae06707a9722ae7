// Peer benchmark: npm rss-parser over the files listed in argv[2], repeated for argv[3] seconds. Prints one JSON line.
import { readFileSync } from "node:fs";
import Parser from "rss-parser";

const paths = readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean);
const seconds = Number(process.argv[3]);
// rss-parser takes a string: decode as UTF-8 (it has no charset detection of its own).
const bodies = paths.map((p) => readFileSync(p));
const texts = bodies.map((b) => b.toString("utf8"));
const total = bodies.reduce((n, b) => n + b.length, 0);
const parser = new Parser();
let errors = 0;
for (const t of texts.slice(0, 20)) { try { await parser.parseString(t); } catch { } }
const start = performance.now();
let passes = 0;
do {
  for (const t of texts) {
    try { await parser.parseString(t); } catch { errors++; }
  }
  passes++;
} while ((performance.now() - start) / 1000 < seconds);
const elapsed = (performance.now() - start) / 1000;
console.log(JSON.stringify({ bytes: total * passes, feeds: texts.length * passes, seconds: elapsed, errors }));
