//! The widget's LZMA decoder, compiled to a small wasm module of its own
//! (www/wasm-codec.mjs builds it with rustc; www/src/lzma.js runs it): the
//! embedded main wasm is LZMA compressed, and a decoder in wasm decodes it in
//! a few milliseconds where the same decoder in JavaScript took 100 ms and
//! more on the page's first, cold call.
//!
//! Written for the widget after Igor Pavlov's public-domain reference decoder
//! (LzmaSpec.cpp in the LZMA SDK): the same states, probability models and
//! checks, with the whole output as the dictionary (its size is known from
//! the header, so no window wraps). Not part of the `factsheet` crate.
#![no_std]

/// Literal context bits plus literal position bits at most 4 (as in LZMA2 and
/// xz): 16 literal coders of 0x300 probabilities after the other models, in
/// a power-of-two array so that masked indexes need no bounds checks.
const LIT: usize = 1848;
const PROBS: usize = 16384;
const _: () = assert!(LIT + (0x300 << 4) <= PROBS);
static mut P: [u16; PROBS] = [0; PROBS];

const IS_MATCH: usize = 0;
const IS_REP: usize = 192;
const IS_REP_G0: usize = 204;
const IS_REP_G1: usize = 216;
const IS_REP_G2: usize = 228;
const IS_REP0_LONG: usize = 240;
const POS_SLOT: usize = 432;
const POS_DECODERS: usize = 688;
const ALIGN: usize = 804;
const LEN: usize = 820;
const REP_LEN: usize = 1334;

// No code here can panic (the build checks the module has no panic message
// in it): indexes are masked, checked with `get`, or after an explicit check.
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

struct Corrupt;

/// `out[i]`, or Corrupt.
#[inline(always)]
fn get(out: &[u8], i: usize) -> Result<u8, Corrupt> {
    out.get(i).copied().ok_or(Corrupt)
}

/// `out[i] = b`, or Corrupt.
#[inline(always)]
fn put(out: &mut [u8], i: usize, b: u8) -> Result<(), Corrupt> {
    *out.get_mut(i).ok_or(Corrupt)? = b;
    Ok(())
}

struct Dec<'a> {
    src: &'a [u8],
    at: usize,
    range: u32,
    code: u32,
    p: &'a mut [u16; PROBS],
}

impl Dec<'_> {
    #[inline(always)]
    fn normalize(&mut self) {
        if self.range < 1 << 24 {
            self.range <<= 8;
            // Past the end, bytes read as 0: checked once, at the end.
            self.code = (self.code << 8) | *self.src.get(self.at).unwrap_or(&0) as u32;
            self.at += 1;
        }
    }
    #[inline(always)]
    fn bit(&mut self, i: usize) -> u32 {
        let i = i & (PROBS - 1);
        let p = self.p[i] as u32;
        let bound = (self.range >> 11) * p;
        let b = if self.code < bound {
            self.range = bound;
            self.p[i] = (p + ((2048 - p) >> 5)) as u16;
            0
        } else {
            self.range -= bound;
            self.code -= bound;
            self.p[i] = (p - (p >> 5)) as u16;
            1
        };
        self.normalize();
        b
    }
    fn tree(&mut self, base: usize, bits: u32) -> u32 {
        let mut m = 1;
        for _ in 0..bits {
            m = (m << 1) | self.bit(base + m as usize);
        }
        m - (1 << bits)
    }
    fn reverse(&mut self, base: usize, bits: u32) -> u32 {
        let mut m = 1;
        let mut sym = 0;
        for i in 0..bits {
            let b = self.bit(base + m as usize);
            m = (m << 1) | b;
            sym |= b << i;
        }
        sym
    }
    fn direct(&mut self, bits: u32) -> Result<u32, Corrupt> {
        let mut res = 0u32;
        for _ in 0..bits {
            self.range >>= 1;
            let mut b = 0;
            if self.code >= self.range {
                self.code -= self.range;
                b = 1;
            }
            if self.code == self.range {
                return Err(Corrupt);
            }
            self.normalize();
            res = (res << 1) | b;
        }
        Ok(res)
    }
    /// A length coder: choice, choice2, low[16][8], mid[16][8], high[256].
    fn length(&mut self, base: usize, pos_state: usize) -> u32 {
        if self.bit(base) == 0 {
            return self.tree(base + 2 + (pos_state << 3), 3);
        }
        if self.bit(base + 1) == 0 {
            return 8 + self.tree(base + 130 + (pos_state << 3), 3);
        }
        16 + self.tree(base + 258, 8)
    }
}

/// Decodes `src_len` bytes of .lzma data at `src` (13-byte header: properties,
/// dictionary size, uncompressed size) into the `out_len` bytes at `out`,
/// which must be the header's size. Returns 0, or 1 if the data is corrupt.
///
/// # Safety
/// `src` and `out` must be valid, distinct regions of the given lengths.
#[no_mangle]
pub unsafe extern "C" fn lzma_decode(
    src: *const u8,
    src_len: usize,
    out: *mut u8,
    out_len: usize,
) -> u32 {
    let src = core::slice::from_raw_parts(src, src_len);
    let out = core::slice::from_raw_parts_mut(out, out_len);
    #[allow(static_mut_refs)]
    let p = &mut P;
    match decode(src, out, p) {
        Ok(()) => 0,
        Err(Corrupt) => 1,
    }
}

fn decode(src: &[u8], out: &mut [u8], p: &mut [u16; PROBS]) -> Result<(), Corrupt> {
    if src.len() < 18 || src[13] != 0 {
        return Err(Corrupt);
    }
    let mut d = src[0] as usize;
    if d >= 9 * 5 * 5 {
        return Err(Corrupt);
    }
    let lc = d % 9;
    d /= 9;
    let lp = d % 5;
    let pb = d / 5;
    if lc + lp > 4 {
        return Err(Corrupt);
    }
    let size = u64::from_le_bytes([
        src[5], src[6], src[7], src[8], src[9], src[10], src[11], src[12],
    ]);
    if size != out.len() as u64 {
        return Err(Corrupt);
    }
    let size = out.len();
    let dict_size = u32::from_le_bytes([src[1], src[2], src[3], src[4]]).max(4096) as usize;
    p.fill(1024);
    let code = u32::from_be_bytes([src[14], src[15], src[16], src[17]]);
    if code == u32::MAX {
        return Err(Corrupt);
    }
    let mut rc = Dec {
        src,
        at: 18,
        range: u32::MAX,
        code,
        p,
    };
    let pb_mask = (1 << pb) - 1;
    let lp_mask = (1 << lp) - 1;
    let (mut state, mut rep0, mut rep1, mut rep2, mut rep3) =
        (0usize, 0usize, 0usize, 0usize, 0usize);
    let mut pos = 0usize;
    loop {
        // Every byte is out: done if the stream ends here (an end marker may follow).
        if pos == size && rc.code == 0 {
            break;
        }
        let pos_state = pos & pb_mask;
        if rc.bit(IS_MATCH + (state << 4) + pos_state) == 0 {
            if pos == size {
                return Err(Corrupt);
            }
            let prev = if pos > 0 {
                get(out, pos - 1)? as usize
            } else {
                0
            };
            let base = LIT + 0x300 * (((pos & lp_mask) << lc) + (prev >> (8 - lc)));
            let mut sym = 1usize;
            if state >= 7 {
                let mut matched = get(out, pos.wrapping_sub(rep0 + 1))? as usize;
                loop {
                    let match_bit = (matched >> 7) & 1;
                    matched <<= 1;
                    let b = rc.bit(base + ((1 + match_bit) << 8) + sym) as usize;
                    sym = (sym << 1) | b;
                    if match_bit != b || sym >= 0x100 {
                        break;
                    }
                }
            }
            while sym < 0x100 {
                sym = (sym << 1) | rc.bit(base + sym) as usize;
            }
            put(out, pos, sym as u8)?;
            pos += 1;
            state = if state < 4 {
                0
            } else if state < 10 {
                state - 3
            } else {
                state - 6
            };
            continue;
        }
        let mut len;
        if rc.bit(IS_REP + state) != 0 {
            if pos == size || pos == 0 {
                return Err(Corrupt);
            }
            if rc.bit(IS_REP_G0 + state) == 0 {
                if rc.bit(IS_REP0_LONG + (state << 4) + pos_state) == 0 {
                    state = if state < 7 { 9 } else { 11 };
                    put(out, pos, get(out, pos.wrapping_sub(rep0 + 1))?)?;
                    pos += 1;
                    continue;
                }
            } else {
                let dist;
                if rc.bit(IS_REP_G1 + state) == 0 {
                    dist = rep1;
                } else {
                    if rc.bit(IS_REP_G2 + state) == 0 {
                        dist = rep2;
                    } else {
                        dist = rep3;
                        rep3 = rep2;
                    }
                    rep2 = rep1;
                }
                rep1 = rep0;
                rep0 = dist;
            }
            len = rc.length(REP_LEN, pos_state) as usize;
            state = if state < 7 { 8 } else { 11 };
        } else {
            rep3 = rep2;
            rep2 = rep1;
            rep1 = rep0;
            len = rc.length(LEN, pos_state) as usize;
            state = if state < 7 { 7 } else { 10 };
            // The distance: a 6-bit slot, then modelled, direct and aligned bits.
            let slot = rc.tree(POS_SLOT + (len.min(3) << 6), 6);
            let dist = if slot < 4 {
                slot
            } else {
                let bits = (slot >> 1) - 1;
                let mut dist = (2 | (slot & 1)) << bits;
                if slot < 14 {
                    dist += rc.reverse(POS_DECODERS + (dist - slot) as usize, bits);
                } else {
                    dist += rc.direct(bits - 4)? << 4;
                    dist += rc.reverse(ALIGN, 4);
                }
                dist
            };
            if dist == u32::MAX {
                // The end marker: valid only where the stream and the output end.
                if rc.code != 0 || pos != size {
                    return Err(Corrupt);
                }
                break;
            }
            rep0 = dist as usize;
            if pos == size || rep0 >= dict_size || rep0 >= pos {
                return Err(Corrupt);
            }
        }
        len += 2;
        if len > size - pos {
            return Err(Corrupt);
        }
        // Byte by byte: a match may overlap the bytes it writes.
        let from = pos.wrapping_sub(rep0 + 1);
        for i in 0..len {
            put(out, pos + i, get(out, from.wrapping_add(i))?)?;
        }
        pos += len;
    }
    if rc.at > src.len() {
        return Err(Corrupt);
    }
    Ok(())
}
