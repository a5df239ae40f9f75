// Builds www/dist/fact-sheet.js: ONE classic script (file:// refuses ES
// modules and .wasm fetches) holding, inside one closure,
//   - the wasm-bindgen `--target no-modules` glue, wrapped in a factory so the
//     module can be re-instantiated after a trap,
//   - the wasm bytes without custom sections, LZMA compressed then base64
//     (www/wasm-codec.mjs; 24% smaller than deflate), decoded in the page by
//     www/src/lzma.js (engine.js calls `lzmaDecode(decodeBase64(WASM_LZMA))`),
//   - the stylesheet, minified by esbuild (adopted by each shadow root: no inline <style>, so a
//     strict CSP without 'unsafe-inline' still styles it),
//   - the engine (www/src/engine.js), the rows and DOM helpers
//     (www/src/view.js) and the <fact-sheet> element (www/src/fact-sheet.js).
// The closure is a named function so the script can start a Web Worker from
// a Blob of its own source (file:// pages cannot load worker files).
//
// Usage: node www/build.mjs DIR   (DIR holds factsheet.js + factsheet_bg.wasm)
import { readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';
import { minify } from 'terser';
import { encodeWasm, packedDecoder, decoderGlue } from './wasm-codec.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dir = process.argv[2];
if (!dir) {
  console.error('usage: node www/build.mjs DIR');
  process.exit(2);
}
const glue = readFileSync(join(dir, 'factsheet.js'), 'utf8');
if (!/^let wasm_bindgen = /m.test(readFileSync(join(dir, 'factsheet.js'), 'utf8'))) {
  console.error(`build.mjs: ${dir}/factsheet.js is not wasm-bindgen --target no-modules output`);
  process.exit(1);
}
/**
 * `module` without its custom sections (producers, target_features: read by
 * tools, never by a browser), checked section by section.
 */
function dropCustomSections(module) {
  if (!module.subarray(0, 8).equals(Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]))) {
    throw new Error('build.mjs: factsheet_bg.wasm is not a wasm module (version 1)');
  }
  const kept = [module.subarray(0, 8)];
  let at = 8;
  while (at < module.length) {
    const start = at;
    const id = module[at++];
    let size = 0;
    for (let shift = 0; ; shift += 7) {
      const b = module[at++];
      size += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) break;
    }
    at += size;
    if (at > module.length) throw new Error('build.mjs: factsheet_bg.wasm has a truncated section');
    if (id !== 0) kept.push(module.subarray(start, at));
  }
  return Buffer.concat(kept);
}
const wasm = dropCustomSections(readFileSync(join(dir, 'factsheet_bg.wasm')));
const css = transformSync(readFileSync(join(here, 'src', 'fact-sheet.css'), 'utf8'), { loader: 'css', minify: true }).code.trim();
const engineSource = readFileSync(join(here, 'src', 'engine.js'), 'utf8');
// engine.js decodes the embedded bytes with this call (a changed engine.js
// fails the build here, not in a browser).
if (!engineSource.includes('lzmaDecode(decodeBase64(WASM_LZMA))')) {
  console.error('build.mjs: www/src/engine.js no longer decodes WASM_LZMA with lzmaDecode');
  process.exit(1);
}
const engine = engineSource;
const element = readFileSync(join(here, 'src', 'view.js'), 'utf8') + '\n' + readFileSync(join(here, 'src', 'fact-sheet.js'), 'utf8');
const version = JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8')).version || '0.1.0';

// The two embedded modules are declared after minifying, first thing in the
// closure: left to the minifier they were inlined where used, splitting the
// JavaScript around 230 KB of base64, out of reach of gzip's 32 KB window
// (+0.8 KB gzipped). While the minifier runs their names are free variables,
// which it leaves alone.
const embedded = `const LZMA_DECODER=${JSON.stringify(packedDecoder().toString('base64'))},` +
  `WASM_LZMA=${JSON.stringify((await encodeWasm(wasm)).toString('base64'))};`;
const source = `/*! <fact-sheet> widget ${version}: who said what, side by side. One classic script: wasm core, engine, element. */
(function factSheetScript() {
'use strict';
const SCRIPT_URL = (typeof document !== 'undefined' && document.currentScript && document.currentScript.src) || '';
// (Here go WASM_LZMA, the wasm LZMA compressed, and LZMA_DECODER: see
// \`embedded\` above.)
${decoderGlue()}
/** A fresh wasm-bindgen binding (no-modules glue), not yet instantiated. */
function createBinding() {
${glue}
  return wasm_bindgen;
}
const STYLES = ${JSON.stringify(css)};
${engine}
if (!IN_WORKER && typeof HTMLElement !== 'undefined') {
${element}
}
})();
`;
// terser minifies the whole closure (names inside it, whitespace, comments;
// the /*! line stays): 18.0 KB gzipped where esbuild's minifier gave 18.5 KB
// (measured on this script, its embedded modules left out). The Worker runs
// `factSheetScript.toString()`, which is then the minified closure under
// whatever name terser gave it.
const minified = (await minify(source, { compress: { passes: 2 }, mangle: true, format: { comments: /^!/ } })).code;
const strict = minified.indexOf('"use strict";');
if (strict < 0 || strict > 400 || /\b(WASM_LZMA|LZMA_DECODER)\s*=/.test(minified)) {
  console.error('build.mjs: the minified closure does not open with "use strict", or declares the embedded modules');
  process.exit(1);
}
const out = minified.slice(0, strict + 13) + embedded + minified.slice(strict + 13);
mkdirSync(join(here, 'dist'), { recursive: true });
const target = join(here, 'dist', 'fact-sheet.js');
writeFileSync(target, out);
const gz = gzipSync(out, { level: 9 }).length;
console.log(`www/dist/fact-sheet.js: ${statSync(target).size} bytes, ${gz} gzipped (wasm ${wasm.length} bytes); ` +
  'scripts/size-budget.mjs gives the payload without the bundled articles');
