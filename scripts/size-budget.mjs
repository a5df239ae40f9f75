// The widget's payload budget: wasm + JS + CSS that a reader's browser
// downloads (www/dist/ after scripts/build.sh), gzip -9, bundled articles
// excluded, at most 100 KB (102,400 bytes). Builds nothing: reads what
// build.sh left in www/dist/. Prints the figures; exits 1 above the budget.
//
// How the articles are excluded: they ride inside the wasm (include_str!),
// which fact-sheet.js embeds compressed and base64-encoded (www/build.mjs,
// with the codec in www/wasm-codec.mjs: LZMA). This script finds that
// embedded module (the one string literal that decodes to a wasm module),
// decodes it with the page's own decoder, overwrites each bundled
// article's bytes in it with zeros (each must be found verbatim, or the script
// fails rather than guess), re-embeds it exactly as build.mjs does (the same
// encoder and settings, base64) and gzips the whole file again. The figure is
// thus the real gzip size of the same payload with the articles' text gone
// (the zeros cost a few bytes). A .wasm file in www/dist/ is blanked the same
// way. Subtracting the articles' own gzip size instead would be off by how
// differently they compress inside the compressed module.
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

// The embedded module: the one long base64 string literal that decodes (with
// the page's decoder) to a wasm module. The minified script names it freely;
// other long literals (the decoder's own wasm) are left as they are.
const LITERAL = /"([A-Za-z0-9+/=]{1000,})"/g;
async function embeddedWasm(text) {
  const hits = [];
  for (const m of text.matchAll(LITERAL)) {
    let wasm;
    try { wasm = await decodeWasm(Buffer.from(m[1], 'base64')); } catch { continue; }
    if (wasm.subarray(0, 4).equals(Buffer.from('\0asm', 'latin1'))) hits.push({ at: m.index + 1, b64: m[1], wasm });
  }
  if (hits.length > 1) fail(`${hits.length} embedded wasm modules in one script: expected one`);
  return hits[0];
}

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
    const hit = await embeddedWasm(text);
    if (hit) {
      const blanked = (await encodeWasm(blankArticles(hit.wasm))).toString('base64');
      without = Buffer.from(text.slice(0, hit.at) + blanked + text.slice(hit.at + hit.b64.length));
      note = ` (embedded wasm ${kb(hit.wasm.length)} raw)`;
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
