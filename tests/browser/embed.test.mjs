// Embedding: a CMS page with a hostile theme, two widgets on one page, and
// the iframe embed that reports its height.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, fileUrl, sheetReady, screenshot, ROOT } from './helpers.mjs';

// Worse than any real theme: uppercase, nowrap, hidden tables and buttons.
const EXTREME = readFileSync(join(ROOT, 'tests', 'browser', 'hostile-extreme.css'), 'utf8');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('the CMS article page embeds the widget with one tag and reads well at desktop and phone width', async () => {
  const page = await openPage(browser.context, fileUrl('cms-demo.html'));
  await sheetReady(page);
  const desktop = await page.evaluate(() => {
    const root = document.querySelector('fact-sheet').shadowRoot;
    const cell = root.querySelector('td');
    return { fontSize: getComputedStyle(cell).fontSize, padding: getComputedStyle(cell).paddingTop,
      table: getComputedStyle(root.querySelector('table')).display };
  });
  assert.deepEqual(desktop, { fontSize: '15px', padding: '8.25px', table: 'table' });
  await screenshot(page, 'cms-desktop');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(200);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page fits a phone screen (overflow ${overflow}px)`);
  assert.ok(await page.evaluate(() => document.querySelector('fact-sheet').shadowRoot.querySelector('.root').classList.contains('stacked')));
  await screenshot(page, 'cms-phone');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('an extreme hostile stylesheet cannot break the widget, and the widget does not leak', async () => {
  const page = await openPage(browser.context, fileUrl('cms-demo.html'));
  await page.addStyleTag({ content: EXTREME });
  await sheetReady(page);
  const seen = await page.evaluate(() => {
    const host = document.querySelector('fact-sheet');
    const root = host.shadowRoot;
    const cs = (el) => getComputedStyle(el);
    const table = root.querySelector('table');
    const cell = root.querySelector('td');
    const stmt = root.querySelector('button.stmt');
    // Light-DOM elements with the widget's class names must not get its styles.
    const probe = document.createElement('span');
    probe.className = 'badge disputed visually-hidden';
    document.querySelector('article').append(probe);
    const para = document.querySelector('article p');
    return {
      tableDisplay: cs(table).display,
      rowDisplay: cs(root.querySelector('tr.claim-row')).display,
      cellDisplay: cs(cell).display,
      fontSize: cs(cell).fontSize,
      lineHeight: cs(cell).lineHeight,
      transform: cs(cell).textTransform,
      family: cs(cell).fontFamily,
      color: cs(root.querySelector('.title')).color,
      buttonDisplay: cs(stmt).display,
      buttonVisible: stmt.getBoundingClientRect().height > 10,
      quoteMarks: cs(root.querySelector('q'), '::before').content,
      tableWidth: table.getBoundingClientRect().width / host.getBoundingClientRect().width,
      probeBackground: cs(probe).backgroundColor,
      probePosition: cs(probe).position,
      pageFont: cs(para).fontSize,
      pageTransform: cs(para).textTransform,
    };
  });
  assert.equal(seen.tableDisplay, 'table');
  assert.equal(seen.rowDisplay, 'table-row');
  assert.equal(seen.cellDisplay, 'table-cell');
  assert.equal(seen.fontSize, '15px', 'the host * { font-size } does not reach in');
  assert.notEqual(seen.lineHeight, '63px');
  assert.equal(seen.transform, 'none');
  assert.ok(!/comic/i.test(seen.family), seen.family);
  assert.equal(seen.color, 'rgb(27, 27, 31)');
  assert.equal(seen.buttonDisplay, 'block');
  assert.ok(seen.buttonVisible);
  assert.notEqual(seen.quoteMarks, '"!!"', 'the host q::before rule does not reach in');
  assert.ok(seen.tableWidth > 0.8, 'the table fills the widget');
  assert.equal(seen.probeBackground, 'rgba(0, 0, 0, 0)', 'widget styles stay in the shadow root');
  assert.equal(seen.probePosition, 'static');
  assert.equal(seen.pageFont, '21px', 'the page keeps its own (hostile) styles');
  assert.equal(seen.pageTransform, 'uppercase');
  await screenshot(page, 'cms-extreme');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('two widgets on one page work independently', async () => {
  const page = await openPage(browser.context, fileUrl('two-widgets.html'));
  await sheetReady(page, '#all');
  await page.waitForFunction(() => document.getElementById('two').sheet?.articles.length === 2);
  await sheetReady(page, '#two');
  const first = await page.evaluate(() => {
    const [a, b] = ['all', 'two'].map((id) => document.getElementById(id));
    return {
      articles: [a.sheet.articles.length, b.sheet.articles.length],
      filters: [a.filters.status, b.filters.status],
      stacked: [a, b].map((el) => el.shadowRoot.querySelector('.root').classList.contains('stacked')),
      dark: getComputedStyle(b.shadowRoot.querySelector('.root')).backgroundColor,
      levels: [a, b].map((el) => el.shadowRoot.querySelector('.title').getAttribute('aria-level')),
    };
  });
  assert.deepEqual(first.articles, [5, 2]);
  assert.deepEqual(first.filters, ['disputed', '']);
  assert.deepEqual(first.stacked, [false, true]);
  assert.equal(first.dark, 'rgb(22, 24, 29)', 'the second is themed dark by its attribute');
  assert.deepEqual(first.levels, ['2', '3'], 'heading-level fits each into the page outline');

  // Searching in the second leaves the first alone, and each keeps its own URL keys.
  const search = page.locator('#two').locator('input[type="search"]');
  await search.fill('zzzz-no-such-word');
  await search.press('Enter');
  const after = await page.evaluate(() => ({
    two: document.getElementById('two').shadowRoot.querySelectorAll('tr.claim-row').length,
    all: document.getElementById('all').filters.q,
    hash: decodeURIComponent(location.hash),
  }));
  assert.equal(after.two, 0);
  assert.equal(after.all, '');
  assert.match(after.hash, /two\.q=zzzz-no-such-word/);
  assert.doesNotMatch(after.hash, /all\./, 'the first widget wrote nothing: its state is its attributes');
  await screenshot(page, 'two-widgets');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the iframe embed reports its height to the host page', async () => {
  const page = await openPage(browser.context, fileUrl('embed-host.html'));
  await page.waitForFunction(() => Number(document.getElementById('fact-sheet-frame').dataset.reportedHeight) > 300, null, { timeout: 15000 });
  const frame = page.frameLocator('#fact-sheet-frame');
  await frame.locator('fact-sheet table').waitFor();
  const measure = () => page.evaluate(() => {
    const iframe = document.getElementById('fact-sheet-frame');
    return {
      reported: Number(iframe.dataset.reportedHeight),
      styled: iframe.getBoundingClientRect().height,
      content: Math.ceil(iframe.contentDocument.documentElement.getBoundingClientRect().height),
    };
  });
  await page.waitForTimeout(300);
  const first = await measure();
  assert.equal(first.styled, first.reported, 'the host sized the iframe from the message');
  assert.ok(Math.abs(first.content - first.reported) <= 2, JSON.stringify(first));
  // Filtering to nothing shrinks the content; the embed reports the new height.
  await frame.locator('input[type="search"]').fill('zzzz-no-such-word');
  await frame.locator('input[type="search"]').press('Enter');
  await page.waitForFunction((h) => Number(document.getElementById('fact-sheet-frame').dataset.reportedHeight) < h, first.reported);
  const second = await measure();
  assert.ok(second.reported < first.reported);
  assert.equal(second.styled, second.reported);
  await screenshot(page, 'iframe-embed');
  await page.close();
});
