// The wasm core behind every <fact-sheet> on the page: one compiled module,
// one instance (re-instantiated if it ever traps), and a Web Worker made from
// this very script for large bundles. Concatenated by www/build.mjs inside
// the script's closure, after `createBinding`, `WASM_LZMA` (the wasm bytes,
// LZMA compressed, base64: base64 of the raw bytes gzips poorly) and
// `lzmaDecode` (www/src/lzma.js).

/** True when this script runs as the background worker. */
const IN_WORKER = typeof document === 'undefined' && typeof self !== 'undefined' &&
  typeof self.postMessage === 'function';

/** Bundles at least this large (bytes of text or articles) go to the worker. */
const LARGE_BYTES = 200 * 1024;
const LARGE_COUNT = 50;

let wasmModule = null;
let binding = null;
let instances = 0;

function decodeBase64(b64) {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

let readyPromise = null;

/** Decodes and compiles the module once; resolves when the core can be called. */
function prepare() {
  if (!readyPromise) {
    readyPromise = (async () => {
      if (typeof DecompressionStream !== 'function') {
        throw new Error('This browser is too old for the fact sheet (it lacks DecompressionStream).');
      }
      const bytes = await lzmaDecode(decodeBase64(WASM_LZMA));
      wasmModule = await WebAssembly.compile(bytes);
      core();
      try { performance.mark('fact-sheet:engine'); } catch (_) { /* workers without marks */ }
    })();
    readyPromise.catch(() => { readyPromise = null; });
  }
  return readyPromise;
}

/** The live wasm-bindgen binding, instantiating the module on first use. */
function core() {
  if (!binding) {
    if (!wasmModule) throw new Error('The fact-sheet engine is still loading: wait for customElements.get("fact-sheet").engine.ready.');
    const fresh = createBinding();
    fresh.initSync({ module: wasmModule });
    binding = fresh;
    instances++;
  }
  return binding;
}

function isTrap(e) {
  return e instanceof WebAssembly.RuntimeError ||
    (e instanceof RangeError && /memory|allocation|call stack/i.test(String(e.message)));
}

/**
 * Calls one function of the core. A trap (panic, out of memory) poisons the
 * instance: it is dropped and a fresh one made, and the caller gets an Error
 * with `trap = true` and a message for the reader.
 */
function callCore(name, ...args) {
  const b = core();
  try {
    return b[name](...args);
  } catch (e) {
    if (isTrap(e)) {
      binding = null;
      try { core(); } catch (_) { /* the next call tries again */ }
      const err = new Error(`The fact-sheet engine failed on this input and was restarted (${e.message}). Nothing shown was changed.`);
      err.trap = true;
      throw err;
    }
    throw e instanceof Error ? e : new Error(String(e));
  }
}

// The core takes and returns JSON text (src/wasm.rs): one JSON.stringify in
// and one JSON.parse out are much faster than building or reading the objects
// across the boundary one property at a time.

/** `JSON.stringify(value)`, with `null` for what it cannot write (`undefined`). */
const toJson = (value) => JSON.stringify(value) ?? 'null';

/** Builds the sheet of `articles` on this thread; returns its JSON text. */
const buildJson = (articles) => callCore('buildSheet', toJson(articles));

function bundleSize(articles) {
  let bytes = 0;
  for (const a of articles) bytes += a.text.length;
  return bytes;
}

let worker = null;
let workerBroken = false;
let nextJob = 1;
const jobs = new Map();

function failWorker() {
  workerBroken = true;
  if (worker) worker.terminate();
  worker = null;
  const pending = [...jobs.values()];
  jobs.clear();
  for (const job of pending) job.fallback();
}

/** The background worker, made from a Blob of this script's own source. */
function getWorker() {
  if (workerBroken || typeof Worker === 'undefined' || typeof factSheetScript !== 'function') return null;
  if (worker) return worker;
  try {
    const source = `(${factSheetScript.toString()})();`;
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    worker = new Worker(url);
    worker.onmessage = (ev) => {
      const m = ev.data || {};
      if (m.hello) { URL.revokeObjectURL(url); return; }
      const job = jobs.get(m.id);
      if (!job) return;
      if (m.progress) { job.onProgress(m.progress); return; }
      jobs.delete(m.id);
      if (m.error !== undefined) {
        const err = new Error(m.error);
        err.trap = !!m.trap;
        job.reject(err);
      } else {
        job.resolve(JSON.parse(m.sheet));
      }
    };
    // A CSP without blob: workers, or a failed start: fall back to this thread.
    worker.onerror = (ev) => { if (ev && ev.preventDefault) ev.preventDefault(); failWorker(); };
  } catch (_) {
    worker = null;
    workerBroken = true;
  }
  return worker;
}

const nextFrame = () => new Promise((r) => setTimeout(r, 16));

async function buildHere(articles, onProgress) {
  await prepare();
  onProgress({ stage: 'building', count: articles.length });
  await nextFrame(); // let the progress bar paint
  return JSON.parse(buildJson(articles));
}

/**
 * Builds a sheet; large bundles in the worker (with progress), small ones
 * right here. Resolves to the sheet or rejects with a reader-facing Error.
 */
async function buildSheet(articles, onProgress = () => {}, owner = null) {
  const large = articles.length >= LARGE_COUNT || bundleSize(articles) >= LARGE_BYTES;
  if (!large) {
    await prepare();
    return JSON.parse(buildJson(articles));
  }
  if (!getWorker()) return buildHere(articles, onProgress);
  return new Promise((resolve, reject) => {
    const job = {
      resolve, reject, onProgress, owner, articles,
      fallback: () => buildHere(articles, onProgress).then(resolve, reject),
    };
    post(job);
  });
}

function post(job) {
  const w = getWorker();
  if (!w) { job.fallback(); return; }
  const id = nextJob++;
  jobs.set(id, job);
  job.onProgress({ stage: 'sending', count: job.articles.length, worker: true });
  w.postMessage({ id, articles: job.articles });
}

/**
 * Stops the background builds started for `owner`: the worker is ended, their
 * promises reject with `cancelled = true`, and other owners' builds start
 * again in a fresh worker. Returns whether anything was cancelled.
 */
function cancelBuilds(owner) {
  const mine = [...jobs.values()].filter((j) => j.owner === owner);
  if (!worker || !mine.length) return false;
  const others = [...jobs.values()].filter((j) => j.owner !== owner);
  worker.terminate();
  worker = null;
  jobs.clear();
  for (const job of mine) {
    const err = new Error('Cancelled: the sheet shown is unchanged.');
    err.cancelled = true;
    job.reject(err);
  }
  for (const job of others) post(job);
  return true;
}

/** The engine as hosts and tests see it: `customElements.get('fact-sheet').engine`. */
const engine = {
  /** Resolves once the wasm module is compiled and the sync calls below work. */
  get ready() { return prepare(); },
  buildSheet,
  buildSheetSync: (articles) => JSON.parse(buildJson(articles)),
  cancelBuilds,
  bundledArticles: () => JSON.parse(callCore('bundledArticles')),
  htmlToText: (html) => callCore('htmlToText', html),
  toMarkdown: (sheet) => callCore('sheetToMarkdown', toJson(sheet)),
  toCsv: (sheet) => callCore('sheetToCsv', toJson(sheet)),
  toJsonLd: (sheet) => callCore('sheetToJsonLd', toJson(sheet)),
  /** How many times the module was instantiated (more than 1 after a trap). */
  get instances() { return instances; },
  /** Whether large bundles will run in a worker. */
  get workerAvailable() { return !workerBroken && typeof Worker !== 'undefined'; },
  /** For tests: the raw wasm-bindgen binding (to simulate a trap). */
  get binding() { return core(); },
  LARGE_BYTES,
  LARGE_COUNT,
};

if (!IN_WORKER && typeof document !== 'undefined') {
  // Start inflating and compiling at once, while the page is still parsing.
  prepare().catch(() => { /* reported when a widget loads */ });
}

if (IN_WORKER) {
  self.onmessage = async (ev) => {
    const { id, articles } = ev.data || {};
    const post = (m) => self.postMessage(Object.assign({ id }, m));
    try {
      post({ progress: { stage: 'building', count: articles.length, worker: true } });
      await prepare();
      // The sheet crosses to the page as JSON text (cheaper to copy than the
      // objects) and is parsed there.
      const sheet = buildJson(articles);
      post({ progress: { stage: 'receiving', count: articles.length, worker: true } });
      post({ sheet });
    } catch (e) {
      post({ error: e.message || String(e), trap: !!e.trap });
    }
  };
  self.postMessage({ hello: true });
}
