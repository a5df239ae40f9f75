// Decodes the LZMA-compressed wasm embedded in the widget, with a small wasm
// module of its own: the decoder in www/lzma/lzma.rs, compiled by
// www/wasm-codec.mjs and put before this code as LZMA_DECODER (deflate-raw,
// base64: 0.7 KB smaller gzipped than base64 of the module itself).
// Measured in Chromium on the 505 KB main module: about 20 ms on the page's
// first call, where the same decoder written in JavaScript took 50-200 ms
// (cold code, and 32-bit arithmetic boxed until the JIT caught up).
// Classic-script code, concatenated into the widget's closure, and run by
// www/wasm-codec.mjs at build time to check every encoding round-trips.

/** Resolves to `src` (a Uint8Array in .lzma format, its size in the header) decoded. */
async function lzmaDecode(src) {
  let size = 0;
  for (let i = 12; i >= 5; i--) size = size * 256 + (src[i] | 0);
  const bin = atob(LZMA_DECODER);
  const packed = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) packed[i] = bin.charCodeAt(i);
  // The browser's own inflater (the closure's DecompressionStream is LZMA's).
  const code = await new Response(new Blob([packed]).stream()
    .pipeThrough(new globalThis.DecompressionStream('deflate-raw'))).arrayBuffer();
  const x = new WebAssembly.Instance(new WebAssembly.Module(code)).exports;
  // Input, then output, in fresh pages after the decoder's own memory.
  const at = x.memory.buffer.byteLength;
  if (src.length < 18 || size > 0x7fffffff ||
    x.memory.grow(Math.ceil((src.length + size) / 65536)) < 0 ||
    (new Uint8Array(x.memory.buffer).set(src, at), x.lzma_decode(at, src.length, at + src.length, size))) {
    throw new Error('The fact-sheet engine is damaged (its compressed code does not decode).');
  }
  return new Uint8Array(x.memory.buffer, at + src.length, size).slice();
}
