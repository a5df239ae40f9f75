// Strict CSP, articles by URL over http, large bundles in a worker with a
// progress bar, and hostile inputs through the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, fileUrl, sheetReady, serve, bundledTexts, screenshot, ARTIFACTS } from './helpers.mjs';

const STRICT = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'";
let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serve((path) => (path.endsWith('.html') ? { 'content-security-policy': STRICT } : {}));
});
after(async () => { await browser.close(); await server.close(); });

/** Records CSP violations from the very start of the page. */
async function watchCsp(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

test('under a strict CSP (file:// meta and http header) the sheet renders with no violation', async () => {
  for (const url of [fileUrl('csp-strict.html'), `${server.base}/www/csp-strict.html`, `${server.base}/www/index.html`]) {
    const page = await openPage(browser.context, null);
    await watchCsp(page);
    await page.goto(url);
    await sheetReady(page);
    const seen = await page.evaluate(() => ({
      csp: window.__csp,
      styled: getComputedStyle(document.querySelector('fact-sheet').shadowRoot.querySelector('table')).borderCollapse,
      columns: document.querySelector('fact-sheet').shadowRoot.querySelectorAll('thead th.outlet-col').length,
    }));
    assert.deepEqual(seen.csp, [], `no CSP violation on ${url}`);
    assert.equal(seen.styled, 'separate', 'the adopted stylesheet applies');
    assert.equal(seen.columns, 5);
    assert.deepEqual(page.errors.filter((e) => !/favicon/.test(e)), []);
    await page.close();
  }
});

test('under a strict CSP a large bundle falls back from the worker to the page, and still renders', async () => {
  const page = await openPage(browser.context, fileUrl('csp-strict.html'));
  await sheetReady(page);
  const articles = bundledTexts();
  const many = Array.from({ length: 60 }, (_, i) => ({ name: `copy-${i}.txt`, text: articles[i % 5].text }));
  const result = await page.evaluate(async (list) => {
    const el = document.querySelector('fact-sheet');
    await el.load(list);
    return { articles: el.sheet.articles.length, worker: customElements.get('fact-sheet').engine.workerAvailable };
  }, many);
  assert.equal(result.articles, 60);
  assert.equal(result.worker, false, 'the blocked worker was noticed');
  await page.close();
});

test('over http, the src attribute loads articles by URL, with links to them', async () => {
  const page = await openPage(browser.context, `${server.base}/www/embed.html?src=../articles/000_0b3dec3392ea4854.txt+../articles/003_d8e05f0d29ce9697.txt`);
  await sheetReady(page);
  const seen = await page.evaluate(() => {
    const el = document.querySelector('fact-sheet');
    return { files: el.sheet.articles.map((a) => a.file), links: [...el.shadowRoot.querySelectorAll('thead a')].map((a) => a.getAttribute('href')) };
  });
  assert.deepEqual(seen.files, ['000_0b3dec3392ea4854.txt', '003_d8e05f0d29ce9697.txt']);
  assert.equal(seen.links.length, 2);
  assert.match(seen.links[0], /^http:\/\/127\.0\.0\.1:\d+\/articles\/000_0b3dec3392ea4854\.txt$/);
  // A missing URL is an error in the page, and the bundled sheet shows instead.
  const bad = await openPage(browser.context, `${server.base}/www/embed.html?src=../articles/nope.txt`);
  await sheetReady(bad);
  await bad.waitForFunction(() => !document.querySelector('fact-sheet').shadowRoot.querySelector('[part="error"]').hidden);
  const err = await bad.evaluate(() => document.querySelector('fact-sheet').shadowRoot.querySelector('[part="error"]').textContent);
  assert.match(err, /nope\.txt: could not be fetched \(HTTP 404\)/);
  assert.equal(await bad.evaluate(() => document.querySelector('fact-sheet').sheet.articles.length), 5);
  // From file:// there is nothing to fetch from: the bundled sheet, and why.
  const local = await openPage(browser.context, `${fileUrl('embed.html')}?src=a.txt`);
  await sheetReady(local);
  await local.waitForFunction(() => !document.querySelector('fact-sheet').shadowRoot.querySelector('[part="error"]').hidden);
  assert.match(await local.evaluate(() => document.querySelector('fact-sheet').shadowRoot.querySelector('[part="error"]').textContent), /served over http/);
  assert.equal(await local.evaluate(() => document.querySelector('fact-sheet').sheet.articles.length), 5);
  await page.close();
  await bad.close();
  await local.close();
});

test('10,000 tiny articles run in a worker with a progress bar while the page stays responsive', async () => {
  const page = await openPage(browser.context, fileUrl('index.html'));
  await sheetReady(page);
  await page.evaluate(() => { window.__run = (async () => {
    const el = document.querySelector('fact-sheet');
    const root = el.shadowRoot;
    const list = Array.from({ length: 10000 }, (_, i) => ({ name: `t${i}.txt`, text: `Note ${i}\n\n"Item ${i} is ready," the clerk ${i % 97} said.` }));
    let maxGap = 0;
    let last = performance.now();
    let progressSeen = false;
    const timer = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
      if (!root.querySelector('.progress').hidden && root.querySelector('progress')) progressSeen = true;
    }, 20);
    const t0 = performance.now();
    let error = null;
    try { await el.load(list); } catch (e) { error = e.message; }
    const ms = performance.now() - t0;
    clearInterval(timer);
    return { ms, maxGap, progressSeen, error, articles: el.sheet.articles.length, progressHidden: root.querySelector('.progress').hidden,
      stacked: root.querySelector('.root').classList.contains('stacked'), rows: root.querySelectorAll('tr.claim-row').length,
      worker: customElements.get('fact-sheet').engine.workerAvailable };
  })(); });
  await page.waitForFunction(() => !document.querySelector('fact-sheet').shadowRoot.querySelector('.progress').hidden);
  await page.screenshot({ path: `${ARTIFACTS}/progress.png`, clip: { x: 0, y: 0, width: 1280, height: 400 } });
  const result = await page.evaluate(() => window.__run);
  console.log(`10,000 tiny articles: ${result.ms.toFixed(0)} ms, longest main-thread gap ${result.maxGap.toFixed(0)} ms, ${result.rows} rows drawn`);
  assert.ok(result.progressSeen, 'a progress bar showed');
  assert.ok(result.progressHidden, 'and went away');
  assert.equal(result.worker, true, 'the worker ran it');
  if (result.error) {
    assert.match(result.error, /\w/, 'a clear error');
  } else {
    assert.equal(result.articles, 10000);
    assert.ok(result.stacked, 'too many outlets for columns: listed instead');
    assert.ok(result.rows <= 150, 'rows drawn a page at a time');
  }
  assert.ok(result.maxGap < 500, `the page stayed responsive (longest gap ${result.maxGap.toFixed(0)} ms)`);
  await screenshot(page, 'ten-thousand');
  await page.close();
});

test('hostile inputs through the page: a clear error or a sensible sheet, never a crash', async () => {
  const page = await openPage(browser.context, fileUrl('index.html'));
  await sheetReady(page);
  const cases = await page.evaluate(async () => {
    const el = document.querySelector('fact-sheet');
    const run = async (label, list) => {
      const t0 = performance.now();
      try {
        const sheet = await el.load(list);
        return { label, ok: true, articles: sheet.articles.length, ms: performance.now() - t0 };
      } catch (e) {
        return { label, ok: false, message: e.message, ms: performance.now() - t0, kept: el.sheet.articles.length };
      }
    };
    const out = [];
    out.push(await run('empty', [{ name: 'empty.txt', text: '' }]));
    out.push(await run('whitespace', [{ name: 'blank.txt', text: ' \n\t\r\n ' }]));
    out.push(await run('no articles', []));
    out.push(await run('not a list', 'hello'));
    out.push(await run('binary', [{ name: 'bin.txt', text: String.fromCharCode(...Array.from({ length: 512 }, (_, i) => i % 256)) }]));
    out.push(await run('20 MB line', [{ name: 'line.txt', text: 'word, '.repeat(3_500_000) }]));
    out.push(await run('quote marks', [{ name: 'quotes.txt', text: '"'.repeat(100_000) }]));
    out.push(await run('mixed quotes', [{ name: 'mixed.txt', text: '«“"\'‘ He said “no” » and „yes“ ‹maybe›'.repeat(2000) }]));
    out.push(await run('crlf rtl cjk emoji', [{ name: 'intl.txt', text: '\uFEFFعنوان\r\n\r\n“مرحبا،” قال الوزير.\r新闻\r"我们准备好了，" 部长说。 🙂👍🏽\r\n' }]));
    return out;
  });
  for (const c of cases) console.log(`hostile ${c.label}: ${c.ok ? `sheet of ${c.articles}` : `error "${c.message}"`} in ${c.ms.toFixed(0)} ms`);
  const byLabel = Object.fromEntries(cases.map((c) => [c.label, c]));
  for (const label of ['empty', 'whitespace']) {
    assert.equal(byLabel[label].ok, false);
    assert.match(byLabel[label].message, /has no text/);
  }
  assert.match(byLabel['no articles'].message, /no articles/);
  assert.match(byLabel['not a list'].message, /list of \{ name, text \}/);
  assert.match(byLabel.binary.message, /not plain text/);
  for (const c of cases) {
    if (!c.ok) assert.ok(c.kept >= 1, `${c.label}: the previous sheet stays`);
    assert.ok(c.ms < 30000, `${c.label}: bounded time`);
  }
  for (const label of ['20 MB line', 'quote marks', 'mixed quotes', 'crlf rtl cjk emoji']) {
    assert.ok(byLabel[label].ok || /\w/.test(byLabel[label].message), label);
  }
  assert.equal(await page.evaluate(() => customElements.get('fact-sheet').engine.instances), 1, 'the core never trapped');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a background build can be cancelled; the sheet shown stays and the next build works', async () => {
  const page = await openPage(browser.context, fileUrl('index.html'));
  await sheetReady(page);
  await page.evaluate(() => {
    const el = document.querySelector('fact-sheet');
    const list = Array.from({ length: 20000 }, (_, i) => ({ name: `c${i}.txt`, text: `Note ${i}\n\n"Item ${i} is ready," the clerk said.` }));
    window.__cancelled = el.load(list).then(() => 'finished', (e) => e.message);
  });
  const cancel = page.locator('fact-sheet .progress button', { hasText: 'Cancel' });
  await cancel.waitFor({ state: 'visible' });
  await cancel.click();
  assert.match(await page.evaluate(() => window.__cancelled), /Cancelled/);
  const after = await page.evaluate(async () => {
    const el = document.querySelector('fact-sheet');
    const kept = el.sheet.articles.length;
    const progressHidden = el.shadowRoot.querySelector('.progress').hidden;
    const list = Array.from({ length: 60 }, (_, i) => ({ name: `d${i}.txt`, text: `Note ${i}\n\n"Item ${i} is ready," the clerk said.` }));
    await el.load(list);
    return { kept, progressHidden, next: el.sheet.articles.length, worker: customElements.get('fact-sheet').engine.workerAvailable };
  });
  assert.deepEqual(after, { kept: 5, progressHidden: true, next: 60, worker: true });
  await page.close();
});
