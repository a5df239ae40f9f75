// Reading the sheet: evidence in context, the full model's badges and
// conflicts, filters kept in the URL, and the keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, fileUrl, sheetReady, screenshot, ARTIFACTS } from './helpers.mjs';
import { richSheet } from './fixtures.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** What the open evidence panel shows. */
const reader = (page, sel = 'fact-sheet') => page.evaluate((s) => {
  const root = document.querySelector(s).shadowRoot;
  const panel = root.querySelector('[part="evidence"]');
  if (!panel) return null;
  const mark = panel.querySelector('mark');
  return {
    mark: mark && mark.textContent,
    markChildren: mark ? [...mark.childNodes].map((n) => n.nodeType) : [],
    elements: [...panel.querySelector('.article-text').querySelectorAll('*')].map((e) => e.tagName),
    heading: panel.querySelector('h3').textContent,
    focused: root.activeElement && root.activeElement.tagName,
    markVisible: mark ? (() => {
      const box = panel.querySelector('.article-text').getBoundingClientRect();
      const r = mark.getBoundingClientRect();
      return r.top >= box.top - 1 && r.top < box.bottom;
    })() : false,
  };
}, sel);

test('activating a statement shows it in its article with the exact span highlighted', async () => {
  const page = await openPage(browser.context, fileUrl('index.html'));
  await sheetReady(page);
  const buttons = page.locator('fact-sheet button.stmt');
  const count = await buttons.count();
  assert.ok(count >= 1);
  for (const i of [0, count - 1]) {
    const id = Number(await buttons.nth(i).getAttribute('data-statement'));
    await buttons.nth(i).click();
    const seen = await reader(page);
    const expected = await page.evaluate((sid) => {
      const el = document.querySelector('fact-sheet');
      const s = el.sheet.statements[sid];
      return el.articles[s.article].text.slice(s.span.start16, s.span.end16);
    }, id);
    assert.ok(expected.length > 0);
    assert.equal(seen.mark, expected, 'the mark holds exactly the statement span');
    assert.deepEqual(seen.markChildren, [3], 'the mark holds one text node');
    assert.ok(seen.elements.every((t) => ['MARK', 'SPAN'].includes(t)), `only our own elements: ${seen.elements}`);
    assert.equal(seen.focused, 'H3', 'focus moves to the evidence');
    assert.ok(seen.markVisible, 'the highlight is scrolled into view');
  }
  await screenshot(page, 'evidence-desktop');
  await page.keyboard.press('Escape');
  assert.equal(await reader(page), null, 'Escape closes it');
  await page.close();
});

test('the full model: badges, disputed rows, conflict notes, via and quotes as quotes', async () => {
  const page = await openPage(browser.context, fileUrl('index.html'));
  await sheetReady(page);
  const { sheet, articles } = richSheet();
  await page.evaluate(([s, a]) => document.querySelector('fact-sheet').showSheet(s, a), [sheet, articles]);
  const seen = await page.evaluate(() => {
    const root = document.querySelector('fact-sheet').shadowRoot;
    const row = (k) => root.querySelector(`tr[data-row="${k}"]`);
    const cells = (r) => [...r.querySelectorAll('td')].map((td) => td.classList.contains('filled'));
    return {
      outlets: [...root.querySelectorAll('thead .outlet')].map((e) => e.textContent),
      conflicts: [...root.querySelectorAll('[part="conflicts"] li .note')].map((e) => e.textContent),
      groups: [...root.querySelectorAll('.group-row [part="speaker"]')].map((e) => e.textContent),
      role: root.querySelector('.group-row .role').textContent,
      multi: { cells: cells(row('c0')), badge: row('c0').querySelector('.badge').textContent },
      disputed: { cls: row('c1').className, badge: row('c1').querySelector('.badge').textContent, note: row('c1').querySelector('.conflict-note').textContent },
      narrationHidden: !row('c2'),
      quotes: [...row('c0').querySelectorAll('button.stmt')].map((b) => ({ q: !!b.querySelector('q'), attrib: (b.querySelector('.attrib') || {}).textContent || '' })),
    };
  });
  assert.deepEqual(seen.outlets, ['Oboz', 'Euromaidan Press', 'BSS/AFP', 'WELT', 'Kyiv Independent']);
  assert.equal(seen.conflicts.length, 2);
  assert.match(seen.conflicts[0], /denies/);
  assert.deepEqual(seen.groups, ['Sébastien Lecornu']);
  assert.equal(seen.role, 'Defense Minister · person');
  assert.deepEqual(seen.multi.cells, [false, true, false, true, true]);
  assert.equal(seen.multi.badge, 'Several outlets');
  assert.match(seen.disputed.cls, /disputed/);
  assert.equal(seen.disputed.badge, 'Disputed');
  assert.match(seen.disputed.note, /entourage denies/);
  assert.ok(seen.narrationHidden, 'the outlets’ own narration is off by default');
  assert.deepEqual(seen.quotes.map((q) => q.q), [true, false, true]);
  assert.match(seen.quotes[0].attrib, /via French Defense Ministry/);

  // Disputed only: the narration figures conflict shows too.
  await page.locator('fact-sheet select#fs-status').selectOption('disputed');
  const disputed = await page.evaluate(() => [...document.querySelector('fact-sheet').shadowRoot.querySelectorAll('tr.claim-row')].map((r) => r.dataset.row));
  assert.deepEqual(disputed.sort(), ['c1', 'c2']);
  await screenshot(page, 'rich-disputed');

  // "Show" on a conflict jumps to its row; evidence uses UTF-16 offsets.
  await page.locator('fact-sheet select#fs-status').selectOption('');
  await page.locator('fact-sheet [part="conflicts"] button').first().click();
  assert.equal(await page.evaluate(() => document.querySelector('fact-sheet').shadowRoot.activeElement.closest('tr').dataset.row), 'c1');
  await page.locator('fact-sheet button[data-statement="1"]').click();
  assert.equal((await reader(page)).mark, 'France had no information about the link between the attack and Ukraine');
  await screenshot(page, 'rich-evidence');
  await page.close();
});

test('highlighting counts UTF-16 units, so emoji and accents before the span do not shift it', async () => {
  const page = await openPage(browser.context, fileUrl('index.html'));
  await sheetReady(page);
  const text = 'Résumé 🙂🙂 — “Nous sommes prêts,” said the minister. The talks will resume.';
  const phrase = 'Nous sommes prêts,';
  const start16 = text.indexOf(phrase);
  const sheet = {
    articles: [{ id: 0, file: 'emoji.txt', outlet: 'Test', title: 'Résumé', date: null, authors: [], paragraphs: [], dropped: [] }],
    speakers: [{ id: 0, name: 'The minister', aliases: [], kind: 'person', role: null }],
    statements: [{ id: 0, article: 0, speaker: 0, via: null, kind: 'quote', direct: true, cue: 'said', mention: 'the minister', text: phrase,
      span: { start: Buffer.byteLength(text.slice(0, start16)), end: 0, start16, end16: start16 + phrase.length }, context: { start: 0, end: 0, start16: 0, end16: 0 } }],
    claims: [], conflicts: [],
  };
  await page.evaluate(([s, t]) => document.querySelector('fact-sheet').showSheet(s, [{ name: 'emoji.txt', text: t }]), [sheet, text]);
  await page.locator('fact-sheet button.stmt').click();
  assert.equal((await reader(page)).mark, phrase);
  await page.close();
});

test('filters narrow the rows and survive a reload through the URL fragment', async () => {
  const page = await openPage(browser.context, fileUrl('index.html'));
  await sheetReady(page);
  const rows = () => page.evaluate(() => [...document.querySelector('fact-sheet').shadowRoot.querySelectorAll('tr.claim-row')].map((r) => r.dataset.row));
  const all = await rows();
  assert.ok(all.length >= 2, 'enough rows to filter');
  // Filter by the speaker of the first group.
  const speaker = await page.evaluate(() => document.querySelector('fact-sheet').shadowRoot.querySelector('.group-row [part="speaker"]').textContent);
  const option = await page.evaluate((name) => [...document.querySelector('fact-sheet').shadowRoot.querySelectorAll('#fs-speaker option')].find((o) => o.value === name)?.value, speaker);
  assert.equal(option, speaker);
  await page.locator('fact-sheet #fs-speaker').selectOption(speaker);
  const bySpeaker = await rows();
  assert.ok(bySpeaker.length >= 1 && bySpeaker.length < all.length);
  const groups = await page.evaluate(() => [...document.querySelector('fact-sheet').shadowRoot.querySelectorAll('.group-row [part="speaker"]')].map((e) => e.textContent));
  assert.deepEqual(groups, [speaker]);
  // Then by status and by words of the first row's statement.
  await page.locator('fact-sheet #fs-status').selectOption('single-source');
  const word = await page.evaluate(() => document.querySelector('fact-sheet').shadowRoot.querySelector('tr.claim-row .words').textContent.split(/\s+/).find((w) => w.length > 5));
  await page.locator('fact-sheet #fs-search').fill(word);
  await page.locator('fact-sheet #fs-search').press('Enter');
  const filtered = await rows();
  assert.ok(filtered.length >= 1);
  const hash = decodeURIComponent(await page.evaluate(() => location.hash));
  assert.match(hash, /sheet\.speaker=/);
  assert.match(hash, /sheet\.status=single-source/);
  assert.ok(hash.includes(`sheet.q=${word}`) || hash.includes(`sheet.q=${word.replace(/ /g, '+')}`), hash);

  await page.reload();
  await sheetReady(page);
  assert.deepEqual(await rows(), filtered, 'the same rows after reload');
  const controls = await page.evaluate(() => {
    const r = document.querySelector('fact-sheet').shadowRoot;
    return [r.querySelector('#fs-speaker').value, r.querySelector('#fs-status').value, r.querySelector('#fs-search').value];
  });
  assert.deepEqual(controls, [speaker, 'single-source', word]);
  // Clearing removes the state from the URL.
  await page.locator('fact-sheet button', { hasText: 'Clear filters' }).click();
  assert.deepEqual(await rows(), all);
  assert.equal(await page.evaluate(() => location.hash), '');
  // And a link with a fragment applies it.
  await page.evaluate(() => { location.hash = 'sheet.q=zzzz-nothing'; });
  await page.waitForFunction(() => document.querySelector('fact-sheet').filters.q === 'zzzz-nothing');
  assert.deepEqual(await rows(), []);
  await page.close();
});

test('the keyboard alone reaches every control and statement, with visible focus', async () => {
  const page = await openPage(browser.context, fileUrl('index.html'));
  await sheetReady(page);
  const active = () => page.evaluate(() => {
    const el = document.querySelector('fact-sheet');
    const a = el.shadowRoot.activeElement;
    if (!a) return null;
    const cs = getComputedStyle(a);
    return { tag: a.tagName, id: a.id, cls: a.className, statement: a.dataset.statement, outline: cs.outlineStyle, outlineWidth: cs.outlineWidth };
  });
  const seen = [];
  let stmt = null;
  for (let i = 0; i < 40 && !stmt; i++) {
    await page.keyboard.press('Tab');
    const a = await active();
    if (a) seen.push(a.id || a.cls || a.tag);
    if (a && a.statement !== undefined) stmt = a;
  }
  assert.ok(seen.includes('fs-speaker') && seen.includes('fs-status') && seen.includes('fs-search'), `filters reached: ${seen}`);
  assert.ok(stmt, 'a statement is reached by Tab');
  assert.equal(stmt.outline, 'solid', 'focus is visible');
  assert.equal(stmt.outlineWidth, '3px');
  await page.keyboard.press('Enter');
  const open = await reader(page);
  assert.ok(open && open.mark, 'Enter opens the evidence');
  assert.equal(open.focused, 'H3');
  await page.keyboard.press('Escape');
  assert.equal((await active()).statement, stmt.statement, 'Escape returns focus to the statement');
  // Arrow keys move between statements: Right/Left in reading order reach every one.
  const order = await page.evaluate(() => [...document.querySelector('fact-sheet').shadowRoot.querySelectorAll('button.stmt')].map((b) => b.dataset.statement));
  await page.locator(`fact-sheet button[data-statement="${order[0]}"]`).focus();
  const visited = [order[0]];
  for (let i = 1; i < order.length; i++) {
    await page.keyboard.press('ArrowRight');
    visited.push((await active()).statement);
  }
  assert.deepEqual(visited, order, 'ArrowRight visits every statement in order');
  if (order.length > 1) {
    await page.keyboard.press('ArrowUp');
    assert.notEqual((await active()).statement, order[order.length - 1], 'ArrowUp moves up a row');
  }
  // The search box works from the keyboard.
  await page.locator('fact-sheet #fs-search').focus();
  await page.keyboard.type('zzzz-nothing');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('fact-sheet').filters.q === 'zzzz-nothing');
  await page.close();
});

test('on a phone the evidence opens under the card and fits the screen', async () => {
  const page = await openPage(browser.context, null, { viewport: { width: 390, height: 844 } });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(fileUrl('index.html'));
  await sheetReady(page);
  await page.locator('fact-sheet button.stmt').first().click();
  const seen = await reader(page);
  assert.ok(seen && seen.mark && seen.markVisible);
  const inView = await page.evaluate(() => {
    const mark = document.querySelector('fact-sheet').shadowRoot.querySelector('mark').getBoundingClientRect();
    return mark.top >= 0 && mark.bottom <= window.innerHeight;
  });
  assert.ok(inView, 'with reduced motion the highlight is in view at once');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px)`);
  await page.screenshot({ path: `${ARTIFACTS}/evidence-phone.png` });
  await page.close();
});
