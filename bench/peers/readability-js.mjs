// Times Mozilla Readability (with jsdom, as its README runs it) per page; prints {wall: [ms per page], cpuMs: total CPU ms}.
// usage: node readability-js.mjs pages.txt ROUNDS   (needs `npm install @mozilla/readability jsdom@29` next to it)
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const [list, roundsArg] = process.argv.slice(2);
const pages = readFileSync(list, 'utf8').split('\n').filter(Boolean).map(p => readFileSync(p));
const rounds = Number(roundsArg ?? 1);
const virtualConsole = new VirtualConsole();
// jsdom throws on some pages' CSS; such a page still counts, with the time it took to fail.
const run = page => {
  try {
    const dom = new JSDOM(page, { url: 'https://example.com/article', virtualConsole });
    new Readability(dom.window.document).parse();
    dom.window.close();
  } catch (e) {
    failures++;
  }
};
let failures = 0;
pages.forEach(run); // warm-up
const times = [];
const cpuStart = process.cpuUsage();
for (let r = 0; r < rounds; r++)
  for (const page of pages) {
    const start = process.hrtime.bigint();
    run(page);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
if (failures) process.stderr.write(`readability-js: ${failures} page runs threw\n`);
const cpu = process.cpuUsage(cpuStart);
process.stdout.write(JSON.stringify({ wall: times, cpuMs: (cpu.user + cpu.system) / 1000 }));
