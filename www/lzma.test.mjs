// The widget's LZMA decoder (www/lzma/lzma.rs + www/src/lzma.js, as the page
// runs it): round trips through the build's encoder and, where the xz tool is
// installed, through xz with other literal/position settings, dictionary
// sizes and match finders; truncated or damaged data throws, never hangs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { decodeWasm } from './wasm-codec.mjs';

const lzma = createRequire(import.meta.url)('lzma');
const text = readFileSync(new URL('../README.md', import.meta.url));
const inputs = {
  text,
  random: randomBytes(40000),
  zeros: Buffer.alloc(70000),
  one: Buffer.from('a'),
  mixed: Buffer.concat([text, randomBytes(3000), text, Buffer.alloc(5000, 7), text.subarray(0, 999)]),
};

function hasXz() {
  try { execFileSync('xz', ['--version'], { stdio: 'ignore' }); return true; } catch { return false; }
}

/** xz's .lzma output (size unknown, end marker) with the size written in. */
function xz(data, options) {
  const out = Buffer.from(execFileSync('xz', ['-c', '--format=lzma', `--lzma1=${options}`], { input: data }));
  out.writeBigUInt64LE(BigInt(data.length), 5);
  return out;
}

async function assertRejects(bytes, what) {
  await assert.rejects(decodeWasm(bytes), /does not decode/, what);
}

test('round trips through the build\'s encoder (LZMA-JS), with its end marker', async () => {
  for (const [name, data] of Object.entries(inputs)) {
    for (const mode of [1, 9]) {
      const encoded = Buffer.from(lzma.compress(data, mode));
      assert.ok((await decodeWasm(encoded)).equals(data), `${name} mode ${mode}`);
    }
  }
});

test('round trips through xz with other settings', { skip: !hasXz() && 'xz is not installed' }, async () => {
  const settings = ['preset=6', 'preset=9e,lc=0,lp=0,pb=0', 'preset=9e,lc=4,lp=0,pb=0', 'preset=1,lc=1,lp=3,pb=4',
    'preset=0,lc=0,lp=4,pb=1', 'preset=9e,dict=4KiB', 'preset=6,mode=fast,mf=hc4'];
  for (const [name, data] of Object.entries(inputs)) {
    for (const s of settings) assert.ok((await decodeWasm(xz(data, s))).equals(data), `${name} ${s}`);
  }
});

test('truncated, damaged or unsupported data throws', async () => {
  const data = inputs.mixed;
  const encoded = Buffer.from(lzma.compress(data, 9));
  for (const cut of [0, 13, 17, 20, encoded.length >> 1, encoded.length - 1]) {
    await assertRejects(encoded.subarray(0, cut), `cut at ${cut}`);
  }
  const wrongSize = Buffer.from(encoded);
  wrongSize.writeBigUInt64LE(BigInt(data.length + 1), 5);
  await assertRejects(wrongSize, 'a size larger than the data');
  const unknownSize = Buffer.from(encoded);
  unknownSize.fill(0xff, 5, 13);
  await assertRejects(unknownSize, 'an unknown size');
  const props = Buffer.from(encoded);
  props[0] = 8 + 9 * 1; // lc 8, lp 1: more literal coders than the decoder has
  await assertRejects(props, 'lc + lp above 4');
  // Flipped bytes: an error or some output, never a hang or a crash.
  for (let k = 0; k < 40; k++) {
    const damaged = Buffer.from(encoded);
    damaged[18 + ((k * 7919) % (damaged.length - 18))] ^= 1 << (k % 8);
    try { await decodeWasm(damaged); } catch (e) { assert.match(e.message, /does not decode/); }
  }
});
