// Builds www/dist/fact-sheet.js: ONE classic script (file:// refuses ES
// modules and .wasm fetches) holding, inside one closure,
//   - the wasm-bindgen `--target no-modules` glue, wrapped in a factory so the
//     module can be re-instantiated after a trap,
//   - the wasm bytes, deflate-raw compressed then base64 (inflated in the
//     browser with DecompressionStream: base64 of raw wasm gzips 25% worse),
//   - the stylesheet (adopted by each shadow root: no inline <style>, so a
//     strict CSP without 'unsafe-inline' still styles it),
//   - the engine (www/src/engine.js), the rows and DOM helpers
//     (www/src/view.js) and the <fact-sheet> element (www/src/fact-sheet.js).
// The closure is a named function so the script can start a Web Worker from
// a Blob of its own source (file:// pages cannot load worker files).
//
// Usage: node www/build.mjs DIR   (DIR holds factsheet.js + factsheet_bg.wasm)
import { readFileSync, writeFileSync, mkdirSync, statSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, deflateRawSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const dir = process.argv[2];
if (!dir) {
  console.error('usage: node www/build.mjs DIR');
  process.exit(2);
}
// Light, safe minification (no minifier is installed): drop comment lines
// and blocks and leading indentation, line by line. Statements never start a
// line with `*` or `//` in this code, and no template literal spans lines.
function stripJs(text) {
  const out = [];
  let inBlock = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (inBlock) { if (line.includes('*/')) inBlock = false; continue; }
    if (line.startsWith('/*')) { if (!line.includes('*/')) inBlock = true; continue; }
    if (!line || line.startsWith('//')) continue;
    out.push(line);
  }
  return out.join('\n');
}
const stripCss = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '').split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
const indent = (text) => text;
const glue = stripJs(readFileSync(join(dir, 'factsheet.js'), 'utf8'));
if (!/^let wasm_bindgen = /m.test(readFileSync(join(dir, 'factsheet.js'), 'utf8'))) {
  console.error(`build.mjs: ${dir}/factsheet.js is not wasm-bindgen --target no-modules output`);
  process.exit(1);
}
const wasm = readFileSync(join(dir, 'factsheet_bg.wasm'));
const css = stripCss(readFileSync(join(here, 'src', 'fact-sheet.css'), 'utf8'));
const engine = stripJs(readFileSync(join(here, 'src', 'engine.js'), 'utf8'));
const element = stripJs(readFileSync(join(here, 'src', 'view.js'), 'utf8') + '\n' + readFileSync(join(here, 'src', 'fact-sheet.js'), 'utf8'));
const version = JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8')).version || '0.1.0';

const out = `/*! <fact-sheet> widget ${version}: who said what, side by side. One classic script: wasm core, engine, element. */
(function factSheetScript() {
'use strict';
const SCRIPT_URL = (typeof document !== 'undefined' && document.currentScript && document.currentScript.src) || '';
const WASM_DEFLATED = ${JSON.stringify(deflateRawSync(wasm, { level: 9 }).toString('base64'))};
/** A fresh wasm-bindgen binding (no-modules glue), not yet instantiated. */
function createBinding() {
${indent(glue)}
  return wasm_bindgen;
}
const STYLES = ${JSON.stringify(css)};
${engine}
if (!IN_WORKER && typeof HTMLElement !== 'undefined') {
${indent(element)}
}
})();
`;
mkdirSync(join(here, 'dist'), { recursive: true });
const target = join(here, 'dist', 'fact-sheet.js');
writeFileSync(target, out);
const gz = gzipSync(out, { level: 9 }).length;
// The bundled articles ride inside the wasm; estimate their share of the
// payload as their own deflated size.
const articlesDir = join(here, '..', 'articles');
const articles = Buffer.concat(readdirSync(articlesDir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => readFileSync(join(articlesDir, f))));
const articlesGz = deflateRawSync(articles, { level: 9 }).length;
console.log(`www/dist/fact-sheet.js: ${statSync(target).size} bytes, ${gz} gzipped (wasm ${wasm.length} bytes); ` +
  `without the bundled articles about ${gz - articlesGz} gzipped (articles ${articles.length} bytes, ${articlesGz} deflated)`);
