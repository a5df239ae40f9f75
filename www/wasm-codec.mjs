// How the widget's wasm is compressed inside www/dist/fact-sheet.js, for the
// build (www/build.mjs) and the size budget (scripts/size-budget.mjs), which
// must re-encode it exactly the same way.
//
// LZMA (the .lzma format), encoded by the `lzma` npm package (LZMA-JS, MIT,
// pinned in package.json) at its strongest mode, 9; decoded in the page by
// the wasm decoder www/lzma/lzma.rs, which this module compiles with rustc
// (the wasm32 target the widget's build needs anyway) and wasm-opt, and its
// JavaScript side www/src/lzma.js. Measured on the 505 KB wasm: deflate-raw
// -9 227.1 KB, zstd -22 193.0 KB, brotli q11 182.0 KB, LZMA 173.3 KB (xz with
// lc=4 pb=0 would save 0.7 KB more, but needs python3 or a native addon).
// Every encoding is decoded again with the page's own decoder and compared,
// so a build never ships bytes that decoder gets wrong.
import { readFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { deflateRawSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(import.meta.url);
const lzma = require('lzma');

let decoderWasm = null;
/** The decoder module (www/lzma/lzma.rs), compiled for size once per process. */
export function buildDecoder() {
  if (decoderWasm) return decoderWasm;
  const out = join(root, 'target', 'lzma-decoder');
  mkdirSync(out, { recursive: true });
  const raw = join(out, 'lzma.wasm');
  const opt = join(out, 'lzma.opt.wasm');
  execFileSync('rustc', ['--edition', '2021', '--target', 'wasm32-unknown-unknown', '--crate-type', 'cdylib',
    '-C', 'opt-level=s', '-C', 'panic=abort', '-C', 'link-arg=-zstack-size=16384', '-C', 'link-arg=--strip-all',
    '-o', raw, join(here, 'lzma', 'lzma.rs')], { stdio: 'inherit' });
  execFileSync(join(root, 'node_modules', '.bin', 'wasm-opt'), ['-Os', '--enable-bulk-memory',
    '--enable-sign-ext', '--enable-mutable-globals', '--enable-nontrapping-float-to-int', raw, '-o', opt], { stdio: 'inherit' });
  decoderWasm = readFileSync(opt);
  // A panic would pull in core's message formatting (kilobytes): lzma.rs
  // avoids every panicking operation, and this keeps it so.
  if (decoderWasm.includes('out of bounds') || decoderWasm.includes('overflow')) {
    throw new Error('wasm-codec: www/lzma/lzma.rs compiled with panic code in it');
  }
  return decoderWasm;
}

/** The decoder module as embedded (before base64): deflate-raw, level 9. */
export const packedDecoder = () => deflateRawSync(buildDecoder(), { level: 9 });

/** The decoder's JavaScript side (www/src/lzma.js); it expects LZMA_DECODER beside it. */
export const decoderGlue = () => readFileSync(join(here, 'src', 'lzma.js'), 'utf8');

/** The page's decoder: classic-script code for the widget's closure. */
export function decoderSource() {
  return `const LZMA_DECODER = ${JSON.stringify(packedDecoder().toString('base64'))};\n${decoderGlue()}`;
}

let pageDecode = null;
/** Decodes an embedded wasm (the bytes build.mjs embeds, before base64) with the page's decoder. */
export async function decodeWasm(bytes) {
  // eslint-disable-next-line no-new-func
  pageDecode ||= new Function(`${decoderSource()}\nreturn lzmaDecode;`)();
  return Buffer.from(await pageDecode(new Uint8Array(bytes)));
}

/** Encodes `wasm` for embedding; throws unless the page's decoder restores it. */
export async function encodeWasm(wasm) {
  const encoded = Buffer.from(lzma.compress(Buffer.from(wasm), 9));
  if (!(await decodeWasm(encoded)).equals(Buffer.from(wasm))) {
    throw new Error('wasm-codec: the page\'s LZMA decoder does not restore what the encoder wrote');
  }
  return encoded;
}
