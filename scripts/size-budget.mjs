// The widget's payload budget: wasm + JS + CSS that a reader's browser
// downloads (www/dist/ after scripts/build.sh), gzip -9, bundled articles
// excluded, at most 100 KB (102,400 bytes). Builds nothing: reads what
// build.sh left in www/dist/. Prints the figures; exits 1 above the budget.
//
// How the articles are excluded: they ride inside the wasm (include_str!),
// which fact-sheet.js embeds compressed and base64-encoded (www/build.mjs,
// with the codec in www/wasm-codec.mjs: LZMA). This script decodes that
// embedded module with the page's own decoder, overwrites each bundled
// article's bytes in it with zeros (each must be found verbatim, or the script
// fails rather than guess), re-embeds it exactly as build.mjs does (the same
// encoder and settings, base64) and gzips the whole file again. The figure is
// thus the real gzip size of the same payload with the articles' text gone
// (the zeros cost a few bytes). A .wasm file in www/dist/ is blanked the same
// way. Subtracting the articles' own gzip size instead would be off by how
// differently they compress inside the deflated module.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encodeWasm, decodeWasm } from '../www/wasm-codec.mjs';

const BUDGET = 100 * 1024;
const dist = 'www/dist';
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const fail = (message) => {
  console.error(`size budget: ${message}`);
  process.exit(1);
};

let files;
try {
  files = readdirSync(dist).filter((f) => /\.(m?js|css|wasm)$/.test(f) && statSync(join(dist, f)).isFile());
} catch {
  fail(`${dist}/ is missing: run scripts/build.sh first`);
}
if (files.length === 0) fail(`no .js/.css/.wasm files in ${dist}/`);

const articles = readdirSync('articles').filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ name: f, bytes: readFileSync(join('articles', f)) }));
const found = new Set();

/** `wasm` with every bundled article's text overwritten by zeros. */
function blankArticles(wasm) {
  const out = Buffer.from(wasm);
  for (const a of articles) {
    for (let at = out.indexOf(a.bytes); at >= 0; at = out.indexOf(a.bytes, at + a.bytes.length)) {
      out.fill(0, at, at + a.bytes.length);
      found.add(a.name);
    }
  }
  return out;
}

const EMBEDDED = /(const WASM_DEFLATED = ")([A-Za-z0-9+/=]*)(";)/;
let total = 0;
let payload = 0;
for (const f of files.sort()) {
  const bytes = readFileSync(join(dist, f));
  let without = bytes;
  let note = '';
  if (f.endsWith('.wasm')) {
    without = blankArticles(bytes);
  } else {
    const text = bytes.toString('utf8');
    const m = EMBEDDED.exec(text);
    if (m) {
      const wasm = decodeWasm(Buffer.from(m[2], 'base64'));
      const blanked = encodeWasm(blankArticles(wasm)).toString('base64');
      without = Buffer.from(text.replace(EMBEDDED, (_, a, _b, c) => a + blanked + c));
      note = ` (embedded wasm ${kb(wasm.length)} raw)`;
    }
  }
  const z = gz(bytes);
  const zw = gz(without);
  total += z;
  payload += zw;
  console.log(`  ${f.padEnd(20)} ${kb(bytes.length).padStart(9)} raw ${kb(z).padStart(9)} gzip, ` +
    `${kb(zw).padStart(9)} without the articles${note}`);
}
const missing = articles.filter((a) => !found.has(a.name)).map((a) => a.name);
if (missing.length) fail(`bundled article(s) not found verbatim in the payload: ${missing.join(', ')}`);
const verdict = payload <= BUDGET ? 'ok' : 'OVER BUDGET';
console.log(`payload: ${kb(payload)} gzipped (${payload} bytes; www/dist ${kb(total)} with the ` +
  `${articles.length} bundled articles), budget ${kb(BUDGET)}: ${verdict}`);
process.exitCode = payload <= BUDGET ? 0 : 1;
