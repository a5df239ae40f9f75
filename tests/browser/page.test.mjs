// The demo page as a reader first sees it: from file://, on a desktop and a
// phone, and how fast the first sheet appears.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, fileUrl, sheetReady, screenshot } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('from file:// the page shows five outlet columns and statements under named speakers', async () => {
  const page = await openPage(browser.context, fileUrl('index.html'));
  await sheetReady(page);
  const seen = await page.evaluate(() => {
    const root = document.querySelector('fact-sheet').shadowRoot;
    const columns = [...root.querySelectorAll('thead th[scope="col"].outlet-col')];
    const groups = [...root.querySelectorAll('tbody.group')].map((g) => ({
      speaker: (g.querySelector('.group-row [part="speaker"]') || {}).textContent || '',
      attributed: g.querySelectorAll('button.stmt.quote, button.stmt.reported').length,
    }));
    return {
      columns: columns.map((c) => c.querySelector('.outlet').textContent.trim()),
      visible: columns.every((c) => c.getBoundingClientRect().width > 50),
      named: groups.filter((g) => g.speaker.trim() && g.attributed > 0),
      rowHeaders: root.querySelectorAll('tbody th[scope="row"]').length,
      groupHeaders: root.querySelectorAll('tbody th[scope="rowgroup"]').length,
    };
  });
  assert.equal(seen.columns.length, 5, `five outlet columns, got ${JSON.stringify(seen.columns)}`);
  assert.ok(seen.columns.every((c) => c.length > 0));
  assert.ok(seen.visible, 'every column is laid out');
  assert.ok(seen.named.length >= 1, 'at least one named speaker with an attributed statement');
  assert.ok(seen.rowHeaders >= 1 && seen.groupHeaders >= 1, 'real table headers with scopes');
  const title = await page.evaluate(() => {
    const t = document.querySelector('fact-sheet').shadowRoot.querySelector('.title');
    return [t.tagName, t.getAttribute('aria-level'), t.textContent];
  });
  assert.deepEqual(title, ['H2', '2', 'Who said what']);
  assert.deepEqual(page.errors, []);
  await screenshot(page, 'index-desktop');
  await page.close();
});

test('first render from file:// within 300 ms', async () => {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const page = await openPage(browser.context, null);
    await page.goto(fileUrl('index.html'));
    await page.waitForFunction(() => performance.getEntriesByName('fact-sheet:render').length > 0, null, { timeout: 10000 });
    times.push(await page.evaluate(() => performance.getEntriesByName('fact-sheet:render')[0].startTime));
    await page.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[1];
  console.log(`first render from file:// (ms since navigation start): ${times.map((t) => t.toFixed(0)).join(', ')}; median ${median.toFixed(0)} ms`);
  assert.ok(median <= 300, `median first render ${median.toFixed(0)} ms is over 300 ms`);
});

test('on a phone the columns become stacked cards that fit the screen', async () => {
  const page = await openPage(browser.context, fileUrl('index.html'), { viewport: { width: 390, height: 844 } });
  await sheetReady(page);
  const seen = await page.evaluate(() => {
    const root = document.querySelector('fact-sheet').shadowRoot;
    const filled = root.querySelector('td.filled');
    return {
      stacked: root.querySelector('.root').classList.contains('stacked'),
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      label: filled && getComputedStyle(filled.querySelector('.cell-outlet')).display,
      emptyShown: [...root.querySelectorAll('td.empty')].some((td) => td.getBoundingClientRect().height > 0),
      theadShown: root.querySelector('thead').getBoundingClientRect().height > 0,
    };
  });
  assert.ok(seen.stacked, 'stacked layout on a phone');
  assert.ok(seen.overflow <= 0, `no sideways scrolling (overflow ${seen.overflow}px)`);
  assert.equal(seen.label, 'block', 'each cell names its outlet');
  assert.equal(seen.emptyShown, false, 'outlets without the claim are left out');
  assert.equal(seen.theadShown, false);
  await screenshot(page, 'index-phone');
  await page.close();
});

test('dark mode follows prefers-color-scheme and print hides the controls', async () => {
  const page = await openPage(browser.context, null);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(fileUrl('index.html'));
  await sheetReady(page);
  const dark = await page.evaluate(() => getComputedStyle(document.querySelector('fact-sheet').shadowRoot.querySelector('.root')).backgroundColor);
  assert.equal(dark, 'rgb(22, 24, 29)');
  await screenshot(page, 'index-dark');
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  const print = await page.evaluate(() => {
    const root = document.querySelector('fact-sheet').shadowRoot;
    return ['.toolbar', '.actions', '.sources'].map((s) => getComputedStyle(root.querySelector(s)).display);
  });
  assert.deepEqual(print, ['none', 'none', 'none']);
  await page.close();
});

test('text meets WCAG AA contrast (4.5:1) in the light and dark themes', async () => {
  const { richSheet } = await import('./fixtures.mjs');
  const { sheet, articles } = richSheet();
  // One more claim, carried by one outlet, for its badge.
  const phrase = 'had a telephone conversation with his Russian counterpart';
  const at = articles[0].text.indexOf(phrase);
  const span = { start: 0, end: 0, start16: at, end16: at + phrase.length };
  sheet.statements.push({ id: 6, article: 0, speaker: 0, via: null, kind: 'reported', direct: false, cue: null, mention: null, text: phrase, span, context: span });
  sheet.claims.push({ id: 3, label: 'The ministers spoke by phone', speaker: 0, statements: [6], articles: [0], status: 'single-source' });
  for (const theme of ['light', 'dark']) {
    const page = await openPage(browser.context, fileUrl('index.html'));
    await sheetReady(page);
    await page.evaluate(([s, a, t]) => {
      const el = document.querySelector('fact-sheet');
      el.setAttribute('theme', t);
      el.showSheet(s, a);
      el.filters = { status: '', narration: true };
    }, [sheet, articles, theme]);
    await page.locator('fact-sheet button[data-statement="0"]').click();
    const pairs = await page.evaluate(() => {
      const root = document.querySelector('fact-sheet').shadowRoot;
      const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
      const background = (el) => {
        for (let e = el; e; e = e.parentElement) {
          const [r, g, b, a = 1] = rgb(getComputedStyle(e).backgroundColor);
          if (a > 0.5) return [r, g, b];
        }
        return [255, 255, 255];
      };
      const lum = ([r, g, b]) => {
        const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
      const selectors = ['.title', '.summary', '.count', 'label', 'thead .outlet', 'thead .date', 'thead .headline',
        '.group-row .speaker', '.group-row .role', '.claim .label', '.outlets', '.badge.multi-source', '.badge.single-source',
        '.badge.disputed', '.badge.conflict', '.conflict-note', '.conflicts h3', '.conflicts .note', 'button.stmt.quote .words',
        'button.stmt.quote .kind', 'button.stmt.quote .attrib', 'button.stmt.reported .words', 'button.link', 'button.secondary',
        'td.empty .dash', 'mark', '.reader-meta', '.article-text', '.sources summary'];
      return selectors.map((sel) => {
        const el = root.querySelector(sel);
        if (!el) return { sel, missing: true };
        const fg = rgb(getComputedStyle(el).color);
        return { sel, ratio: Math.round(ratio(fg, background(el)) * 100) / 100 };
      });
    });
    const missing = pairs.filter((p) => p.missing).map((p) => p.sel);
    assert.deepEqual(missing, [], `${theme}: every checked element exists`);
    const low = pairs.filter((p) => p.ratio < 4.5);
    console.log(`${theme} contrast, lowest: ${[...pairs].sort((a, b) => a.ratio - b.ratio).slice(0, 3).map((p) => `${p.sel} ${p.ratio}`).join(', ')}`);
    assert.deepEqual(low, [], `${theme}: contrast below 4.5:1`);
    await page.close();
  }
});
