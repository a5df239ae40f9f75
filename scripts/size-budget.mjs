// The widget's payload budget: wasm + JS + CSS that a reader's browser
// downloads (www/dist/ after scripts/build.sh), gzip -9, bundled articles
// excluded, at most 100 KB. Prints the figures; exits 1 above the budget.
//
// The articles are embedded in the wasm (include_str!), so their share is
// taken out as their own gzip -9 size (what they add to the compressed
// payload, near enough).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 100 * 1024;
const dist = 'www/dist';
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

let files;
try {
  files = readdirSync(dist).filter((f) => /\.(m?js|css|wasm)$/.test(f) && statSync(join(dist, f)).isFile());
} catch {
  console.error(`size budget: ${dist}/ is missing: run scripts/build.sh first`);
  process.exit(1);
}
if (files.length === 0) {
  console.error(`size budget: no .js/.css/.wasm files in ${dist}/`);
  process.exit(1);
}
let total = 0;
for (const f of files.sort()) {
  const bytes = readFileSync(join(dist, f));
  const z = gz(bytes);
  total += z;
  console.log(`  ${f.padEnd(28)} ${kb(bytes.length).padStart(10)} raw ${kb(z).padStart(10)} gzip`);
}
const articles = Buffer.concat(readdirSync('articles').sort().map((f) => readFileSync(join('articles', f))));
const articlesGz = gz(articles);
const payload = total - articlesGz;
console.log(`  bundled articles (excluded)  ${kb(articles.length).padStart(10)} raw ${kb(articlesGz).padStart(10)} gzip`);
const verdict = payload <= BUDGET ? 'ok' : 'OVER BUDGET';
console.log(`payload: ${kb(payload)} gzipped (www/dist ${kb(total)} minus the articles), budget ${kb(BUDGET)}: ${verdict}`);
process.exitCode = payload <= BUDGET ? 0 : 1;
