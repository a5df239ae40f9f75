// Shared set-up for the browser tests: Debian's Chromium through
// playwright-core (nothing downloaded), pages opened from file:// or from a
// tiny static server, screenshots saved to tests/browser/artifacts/.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { mkdtempSync, mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, extname, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WWW = join(ROOT, 'www');
export const ARTIFACTS = join(ROOT, 'tests', 'browser', 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

if (!existsSync(join(WWW, 'dist', 'fact-sheet.js'))) {
  throw new Error('www/dist/fact-sheet.js is missing: run scripts/build.sh first');
}

/** The file:// address of a page in www/. */
export const fileUrl = (page) => pathToFileURL(join(WWW, page)).href;

/** Starts Chromium headless with a throw-away profile. */
export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'fact-sheet-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--allow-file-access-from-files'],
  });
  const close = async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); };
  return { context, close };
}

/** A page that records console errors and uncaught exceptions. */
export async function openPage(context, url, { viewport } = {}) {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  if (url) await page.goto(url);
  return page;
}

/** Waits until the widget (CSS selector, default the first) shows a sheet. */
export async function sheetReady(page, selector = 'fact-sheet') {
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return el && el.sheet && el.shadowRoot.querySelector('table tbody');
  }, selector, { timeout: 15000 });
}

export async function screenshot(page, name) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.txt': 'text/plain; charset=utf-8', '.json': 'application/json' };

/** A static server over the project root; `headers(path)` adds headers per request. */
export async function serve(headers = () => ({})) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(ROOT, path);
    if (!file.startsWith(ROOT) || !existsSync(file)) { res.writeHead(404); res.end('not found'); return; }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', ...headers(path) });
      res.end(body);
    } catch (_) { res.writeHead(404); res.end(); }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  return { base, close: () => new Promise((r) => server.close(r)) };
}

/** Texts of the bundled articles, as the tests' fixtures. */
export function bundledTexts() {
  const dir = join(ROOT, 'articles');
  return ['000_0b3dec3392ea4854.txt', '001_dd3d3cf36321c9ec.txt', '002_bde683938fe43c98.txt',
    '003_d8e05f0d29ce9697.txt', '004_d0ca4c3d5d7f7507.txt'].map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Runs `fn(el)` in the page against the widget's element and returns its result. */
export const inWidget = (page, fn, arg, selector = 'fact-sheet') =>
  page.evaluate(([sel, src, a]) => {
    const el = document.querySelector(sel);
    // eslint-disable-next-line no-new-func
    return (0, eval)(`(${src})`)(el, a);
  }, [selector, fn.toString(), arg]);
