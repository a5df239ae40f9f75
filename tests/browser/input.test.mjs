// Readers' own articles and everything that can go wrong with them: markup
// that must never run, bad files, removals, exports, a crashed core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, fileUrl, sheetReady, screenshot } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const state = (page) => page.evaluate(() => {
  const el = document.querySelector('fact-sheet');
  const root = el.shadowRoot;
  const error = root.querySelector('[part="error"]');
  return {
    articles: el.sheet ? el.sheet.articles.length : 0,
    files: el.articles.map((a) => a.name),
    error: error.hidden ? null : error.textContent,
    columns: root.querySelectorAll('thead th.outlet-col').length,
    rows: root.querySelectorAll('tr.claim-row').length,
    live: root.querySelector('[role="status"]').textContent,
  };
});

const HOSTILE = [
  'Minister warns of <b>bold</b> consequences',
  '',
  '"We will not accept this <img src=x onerror="window.__pwned=1"> at all," the minister said on Tuesday.',
  '',
  'The spokesman said that <script>window.__pwned=2</script> talks would resume.',
].join('\n');

test('a pasted article with <script> and <img onerror> shows as text and nothing runs', async () => {
  const page = await openPage(browser.context, fileUrl('index.html'));
  await sheetReady(page);
  await page.locator('fact-sheet details summary').click();
  await page.locator('fact-sheet #fs-paste-name').fill('Pasted <i>Herald</i>');
  await page.locator('fact-sheet #fs-paste-text').fill(HOSTILE);
  await page.locator('fact-sheet button', { hasText: 'Add article' }).click();
  await page.waitForFunction(() => document.querySelector('fact-sheet').sheet.articles.length === 6);
  const s = await state(page);
  assert.equal(s.error, null);
  assert.equal(s.columns, 6);
  assert.equal(s.files[5], 'Pasted <i>Herald</i>');
  await page.waitForTimeout(100);
  assert.match((await state(page)).live, /updated: 6 articles/, 'the recomputation is announced');
  await page.locator('fact-sheet button[data-read="5"]').click();
  const seen = await page.evaluate(() => {
    const root = document.querySelector('fact-sheet').shadowRoot;
    return {
      pwned: window.__pwned,
      injected: root.querySelectorAll('img, script, b, i').length + document.querySelectorAll('img, script:not([src])').length,
      text: root.querySelector('.article-text').textContent,
      header: [...root.querySelectorAll('thead .outlet')].pop().textContent,
    };
  });
  assert.equal(seen.pwned, undefined, 'no script ran');
  assert.equal(seen.injected, 0, 'no element was made from the text');
  assert.equal(seen.text, HOSTILE, 'the article shows exactly as pasted, as text');
  assert.match(seen.header, /<(i|b)>/, `markup in the name or title shows as text: ${seen.header}`);
  await screenshot(page, 'pasted-hostile');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('dropped .html and .txt files are added (HTML turned into text by the core), and removing recomputes', async () => {
  const page = await openPage(browser.context, fileUrl('index.html'));
  await sheetReady(page);
  await page.locator('fact-sheet details summary').click();
  await page.locator('fact-sheet #fs-file').setInputFiles([
    { name: 'wire.html', mimeType: 'text/html', buffer: Buffer.from('<html><head><script>window.__pwned=3</script></head><body><h1>Talks</h1><p>"We are ready," the envoy said. <img src=x onerror="window.__pwned=4"></p></body></html>') },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Notes\n\nThe mayor said the bridge would reopen on Monday.') },
  ]);
  await page.waitForFunction(() => document.querySelector('fact-sheet').sheet.articles.length === 7);
  const added = await page.evaluate(() => {
    const el = document.querySelector('fact-sheet');
    return { html: el.articles[5].text, pwned: window.__pwned, imgs: el.shadowRoot.querySelectorAll('img').length };
  });
  assert.ok(!added.html.includes('<p>') && added.html.includes('We are ready'), `converted to text: ${JSON.stringify(added.html)}`);
  assert.equal(added.pwned, undefined);
  assert.equal(added.imgs, 0);
  // Drag and drop goes the same way.
  const dropped = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Dropped\n\n"It is over," the coach said.'], 'drop.txt', { type: 'text/plain' }));
    return dt;
  });
  const root = page.locator('fact-sheet .root');
  await root.dispatchEvent('dragenter', { dataTransfer: dropped });
  await root.dispatchEvent('dragover', { dataTransfer: dropped });
  await root.dispatchEvent('drop', { dataTransfer: dropped });
  await page.waitForFunction(() => document.querySelector('fact-sheet').sheet.articles.length === 8);
  // Remove two; the columns follow.
  await page.locator('fact-sheet button[aria-label="Remove wire.html"]').click();
  await page.waitForFunction(() => document.querySelector('fact-sheet').sheet.articles.length === 7);
  await page.locator('fact-sheet button[aria-label="Remove notes.txt"]').click();
  await page.waitForFunction(() => document.querySelector('fact-sheet').sheet.articles.length === 6);
  const s = await state(page);
  assert.deepEqual(s.files.slice(5), ['drop.txt']);
  assert.equal(s.columns, 6);
  await page.close();
});

test('a bad file shows an error that says what was wrong, and the sheet shown stays', async () => {
  const page = await openPage(browser.context, fileUrl('index.html'));
  await sheetReady(page);
  const before = await state(page);
  await page.locator('fact-sheet details summary').click();
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0x00]);
  await page.locator('fact-sheet #fs-file').setInputFiles([{ name: 'photo.txt', mimeType: 'text/plain', buffer: png }]);
  await page.waitForFunction(() => !document.querySelector('fact-sheet').shadowRoot.querySelector('[part="error"]').hidden);
  let s = await state(page);
  assert.match(s.error, /photo\.txt/);
  assert.match(s.error, /not UTF-8 text|not plain text/);
  const nearForm = await page.evaluate(() => {
    const p = document.querySelector('fact-sheet').shadowRoot.querySelector('.sources .error');
    return !p.hidden && p.getBoundingClientRect().height > 0 ? p.textContent : null;
  });
  assert.match(nearForm, /photo\.txt/, 'the error also shows next to the article form');
  assert.equal(s.articles, before.articles, 'the previous sheet stays');
  assert.equal(s.rows, before.rows);
  assert.deepEqual(s.files, before.files);
  await screenshot(page, 'bad-file');
  // Valid UTF-8 but binary (NUL bytes): the core refuses it with its own message.
  await page.locator('fact-sheet #fs-file').setInputFiles([{ name: 'blob.txt', mimeType: 'text/plain', buffer: Buffer.from('abc\u0000\u0000def') }]);
  await page.waitForFunction(() => /blob\.txt/.test(document.querySelector('fact-sheet').shadowRoot.querySelector('[part="error"]').textContent));
  s = await state(page);
  assert.match(s.error, /blob\.txt: this is not plain text/);
  assert.equal(s.articles, before.articles);
  // An empty paste is refused before it reaches the core.
  await page.locator('fact-sheet button', { hasText: 'Add article' }).click();
  assert.match((await state(page)).error, /Paste the text/);
  // Removing the last article is refused too.
  const one = await page.evaluate(async () => {
    const el = document.querySelector('fact-sheet');
    await el.load(el.articles.slice(0, 1));
    try { await el.removeArticle(0); return 'removed'; } catch (e) { return e.message; }
  });
  assert.match(one, /at least one article/);
  assert.equal((await state(page)).articles, 1);
  await page.close();
});

test('exports: JSON is the contract, CSV, Markdown and JSON-LD hold the statements; the embed code is offered', async () => {
  const page = await openPage(browser.context, fileUrl('index.html'));
  await sheetReady(page);
  const sheet = await page.evaluate(() => document.querySelector('fact-sheet').sheet);
  const download = async (label) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`fact-sheet button[data-export="${label}"]`).click()]);
    return { name: dl.suggestedFilename(), text: readFileSync(await dl.path(), 'utf8') };
  };
  const json = await download('json');
  assert.equal(json.name, 'fact-sheet.json');
  assert.deepEqual(JSON.parse(json.text), sheet);
  const csv = await download('csv');
  assert.equal(csv.name, 'fact-sheet.csv');
  const lines = csv.text.split('\r\n');
  assert.match(lines[0], /^statement,claim,claim_label,claim_status,speaker,/);
  assert.ok(lines.length >= sheet.statements.length + 1);
  const md = await download('markdown');
  assert.match(md.text, /^# Who said what/);
  const named = sheet.statements.find((s) => s.kind !== 'narration' && s.speaker !== null);
  if (named) assert.ok(md.text.includes(`## ${sheet.speakers[named.speaker].name}`));
  const ld = await download('jsonld');
  const doc = JSON.parse(ld.text);
  assert.equal(doc['@context'], 'https://schema.org');
  assert.equal(doc['@graph'].length, sheet.statements.filter((s) => s.kind !== 'narration').length);
  assert.ok(doc['@graph'].every((q) => q['@type'] === 'Quotation' && q.text));

  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('fact-sheet button', { hasText: 'Copy embed code' }).click();
  await page.waitForTimeout(200);
  const embed = await page.evaluate(async () => {
    const root = document.querySelector('fact-sheet').shadowRoot;
    const box = root.querySelector('.embed-code');
    let clip = null;
    try { clip = await navigator.clipboard.readText(); } catch (_) { /* not granted */ }
    return { box: box && box.value, clip, live: root.querySelector('[role="status"]').textContent };
  });
  const code = embed.box || embed.clip;
  assert.ok(code, `the embed code is copied or shown (${embed.live})`);
  assert.match(code, /^<script src="file:\/\/\/.*\/www\/dist\/fact-sheet\.js"><\/script>\n<fact-sheet><\/fact-sheet>$/);
  await page.close();
});

test('a trap in the wasm core restarts it, shows an error and keeps the sheet', async () => {
  const page = await openPage(browser.context, fileUrl('index.html'));
  await sheetReady(page);
  const result = await page.evaluate(async () => {
    const el = document.querySelector('fact-sheet');
    const engine = customElements.get('fact-sheet').engine;
    const before = { instances: engine.instances, articles: el.sheet.articles.length };
    // Simulate what a panic (panic = "abort") looks like from JavaScript.
    engine.binding.buildSheet = () => { throw new WebAssembly.RuntimeError('unreachable'); };
    let message = null;
    try { await el.load([{ name: 'x.txt', text: 'Some text. "Quote," he said.' }]); } catch (e) { message = e.message; }
    const shown = { error: el.shadowRoot.querySelector('[part="error"]').textContent, articles: el.sheet.articles.length };
    await el.load(el.articles.slice(0, 3)); // the fresh instance works
    return { before, message, shown, after: { instances: engine.instances, articles: el.sheet.articles.length } };
  });
  assert.match(result.message, /restarted/);
  assert.match(result.shown.error, /restarted/);
  assert.equal(result.shown.articles, result.before.articles, 'what was shown stays');
  assert.equal(result.after.instances, result.before.instances + 1, 'a new instance was made');
  assert.equal(result.after.articles, 3);
  await page.close();
});

test('the host page hears ready, error and change events', async () => {
  const page = await openPage(browser.context, null);
  await page.addInitScript(() => {
    window.__events = [];
    for (const type of ['ready', 'error', 'change']) {
      document.addEventListener(type, (e) => {
        if (e.target.tagName === 'FACT-SHEET') window.__events.push({ type, reason: e.detail.reason, message: e.detail.message, articles: e.detail.sheet && e.detail.sheet.articles.length, status: e.detail.filters && e.detail.filters.status });
      }, true);
    }
  });
  await page.goto(fileUrl('index.html'));
  await sheetReady(page);
  await page.evaluate(async () => {
    const el = document.querySelector('fact-sheet');
    try { await el.load([{ name: 'e.txt', text: '   ' }]); } catch (_) { /* expected */ }
    el.filters = { status: 'disputed' };
    await el.addArticles([{ name: 'n.txt', text: 'Note\n\n"Fine," she said.' }]);
  });
  const events = await page.evaluate(() => window.__events);
  assert.deepEqual(events, [
    { type: 'ready', reason: 'bundled', articles: 5 },
    { type: 'error', message: 'e.txt: the article has no text' },
    { type: 'change', reason: 'filter', status: 'disputed' },
    { type: 'ready', reason: 'add', articles: 6 },
    { type: 'change', reason: 'add', status: 'disputed' },
  ].map((e) => ({ reason: undefined, message: undefined, articles: undefined, status: undefined, ...e })));
  await page.close();
});
