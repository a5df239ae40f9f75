// Times the whole pipeline in wasm, on the workloads benches/pipeline.rs
// dumped (`[{ name, text }]` JSON): under node (a --target nodejs binding of
// the release module) and in headless Chromium (the no-modules build the page
// uses). Prints MB/s of article text, the fastest of repeated runs, for
// `buildSheet` as www/src/engine.js calls it: JSON.stringify of the articles
// in, JSON.parse of the sheet out (both included in the time).
//
// Usage: node scripts/bench-wasm.mjs WORKLOAD_DIR NODE_PKG_DIR NOMODULES_DIR
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const [dir, nodePkg, noModules] = process.argv.slice(2).map((p) => resolve(p));
const TARGET = 10; // MB/s
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort(
  (a, b) => a.localeCompare(b, 'en', { numeric: true }));
const workloads = files.map((f) => ({ label: f.replace(/\.json$/, ''), json: readFileSync(join(dir, f), 'utf8') }));

// Runs in node and, as source text, in the page.
function timeAll(core, workloads, budgetMs) {
  const buildSheet = (articles) => JSON.parse(core(JSON.stringify(articles)));
  const enc = new TextEncoder();
  return workloads.map(({ label, json }) => {
    const articles = JSON.parse(json);
    const bytes = articles.reduce((n, a) => n + enc.encode(a.text).length, 0);
    buildSheet(articles); // warm-up
    let best = Infinity;
    let runs = 0;
    const start = performance.now();
    while (runs < 3 || performance.now() - start < budgetMs) {
      const t = performance.now();
      buildSheet(articles);
      best = Math.min(best, performance.now() - t);
      runs++;
    }
    return { label, articles: articles.length, bytes, ms: best, mbs: bytes / 1e6 / (best / 1e3) };
  });
}

function print(where, rows) {
  console.log(`\nwasm in ${where} (buildSheet, fastest of repeated runs)`);
  for (const r of rows) {
    console.log(`  ${r.label.padEnd(16)} ${String(r.articles).padStart(5)} articles ${(r.bytes / 1e3).toFixed(1).padStart(8)} KB ${r.ms.toFixed(2).padStart(9)} ms ${r.mbs.toFixed(1).padStart(7)} MB/s`);
  }
  return Math.min(...rows.map((r) => r.mbs));
}

const require = createRequire(import.meta.url);
const pkg = require(join(nodePkg, 'factsheet.js'));
const nodeRows = timeAll(pkg.buildSheet, workloads, 1500);
const slowest = [print('node ' + process.version, nodeRows)];

const { chromium } = await import(resolve('node_modules/playwright-core/index.mjs'));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.goto('about:blank');
  page.on('pageerror', (e) => console.error('page error:', e.message));
  const glue = readFileSync(join(noModules, 'factsheet.js'), 'utf8');
  const wasm64 = readFileSync(join(noModules, 'factsheet_bg.wasm')).toString('base64');
  await page.evaluate(([src, b64]) => {
    (0, eval)(`${src}\nglobalThis.wasm_bindgen = wasm_bindgen;`);
    globalThis.wasm_bindgen.initSync({ module: Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)) });
  }, [glue, wasm64]);
  const version = browser.version();
  const rows = await page.evaluate(
    ([src, workloads]) => (0, eval)(`(${src})`)(wasm_bindgen.buildSheet, workloads, 1500),
    [timeAll.toString(), workloads]);
  slowest.push(print(`headless Chromium ${version}`, rows));
} finally {
  await browser.close();
}
const worst = Math.min(...slowest);
console.log(`\nwasm throughput target ${TARGET} MB/s: slowest ${worst.toFixed(1)} MB/s ${worst >= TARGET ? 'ok' : 'BELOW TARGET'}`);
process.exitCode = worst >= TARGET ? 0 : 1;
