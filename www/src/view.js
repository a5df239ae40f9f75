// The sheet as rows a person reads, and the DOM helper that draws them: pure
// functions over the FactSheet (the JSON contract), no element state.
// Concatenated by www/build.mjs before the element.

/** Creates an element: `h('td', { class: 'x', part: 'cell' }, 'text', child)`. */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else if (k === 'dataset') Object.assign(el.dataset, v);
      else if (k in PROPS) el[PROPS[k]] = v;
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}
const PROPS = { text: 'textContent', value: 'value', checked: 'checked', selected: 'selected', hiddenEl: 'hidden' };
function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

const STATUS_LABEL = { disputed: 'Disputed', 'single-source': 'Single source', 'multi-source': 'Several outlets' };
const KIND_LABEL = { quote: 'Quote', reported: 'Reported', narration: 'Narration' };
const CONFLICT_LABEL = { denial: 'Denial', account: 'Accounts differ', number: 'Figures differ', date: 'Dates differ' };
const SPEAKER_KIND = { person: 'person', organisation: 'organisation', media: 'news outlet', government: 'government', unknown: '' };

/** Article titles, names and outlet labels as a reader sees them. */
function outletOf(info) { return info.outlet || (info.title && clip(info.title, 48)) || info.file || `Article ${info.id + 1}`; }
// Formatting by hand: the first Intl call costs tens of milliseconds, which
// the first render cannot spare.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function formatDate(iso) {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso || '');
  if (!m || !MONTHS[Number(m[2]) - 1]) return iso || '';
  return `${m[3] ? `${Number(m[3])} ` : ''}${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}
/** 12345 -> "12,345". */
function num(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
function clip(text, n) { return text.length > n ? `${text.slice(0, n - 1)}…` : text; }
function fold(text) { return String(text).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }

/**
 * Rows of the sheet: one per claim, plus one per statement no claim holds, so
 * nothing is lost. Each row knows its cells (statements by article), its
 * conflicts, and the group (speaker) it belongs to.
 */
function buildRows(sheet) {
  const st = sheet.statements;
  const conflictsByStatement = new Map();
  const conflictsByClaim = new Map();
  sheet.conflicts.forEach((c, i) => {
    for (const s of c.statements || []) (conflictsByStatement.get(s) || conflictsByStatement.set(s, []).get(s)).push(i);
    for (const k of c.claims || []) (conflictsByClaim.get(k) || conflictsByClaim.set(k, []).get(k)).push(i);
  });
  const claimed = new Uint8Array(st.length);
  const rows = [];
  const makeRow = (key, label, status, speaker, ids, claimId) => {
    const statements = ids.map((i) => st[i]).filter(Boolean);
    if (!statements.length) return;
    const cells = new Map();
    for (const s of statements) (cells.get(s.article) || cells.set(s.article, []).get(s.article)).push(s);
    const conflicts = new Set(claimId === null ? [] : conflictsByClaim.get(claimId) || []);
    for (const s of statements) for (const c of conflictsByStatement.get(s.id) || []) conflicts.add(c);
    const narration = statements.every((s) => s.kind === 'narration');
    if (speaker === null || speaker === undefined) {
      const named = statements.find((s) => s.speaker !== null && s.speaker !== undefined);
      speaker = named && statements.every((s) => s.speaker === named.speaker) ? named.speaker : null;
    }
    if (conflicts.size && status !== 'disputed') status = 'disputed';
    rows.push({ key, label, status, speaker, statements, cells, narration, conflicts: [...conflicts] });
  };
  for (const c of sheet.claims) {
    for (const i of c.statements) if (i < claimed.length) claimed[i] = 1;
    makeRow(`c${c.id}`, c.label, c.status, c.speaker, c.statements, c.id);
  }
  for (const s of st) {
    if (!claimed[s.id]) makeRow(`s${s.id}`, clip(s.text, 90), 'single-source', s.speaker, [s.id], null);
  }
  return rows;
}

/** Groups rows by speaker: named speakers (most rows first), unattributed, then narration. */
function groupRows(sheet, rows) {
  const groups = new Map();
  for (const row of rows) {
    const key = row.narration ? 'narration' : row.speaker === null ? 'none' : `p${row.speaker}`;
    if (!groups.has(key)) {
      const speaker = row.narration || row.speaker === null ? null : sheet.speakers[row.speaker] || null;
      groups.set(key, { key, speaker, rows: [] });
    }
    groups.get(key).rows.push(row);
  }
  const rank = (g) => (g.key === 'narration' ? 2 : g.key === 'none' ? 1 : 0);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || b.rows.length - a.rows.length);
}

/** The rows `filters` let through, in group order. */
function visibleRows(sheet, groups, f) {
  const speakerIds = f.speaker ? new Set(sheet.speakers.filter((s) => s.name === f.speaker).map((s) => s.id)) : null;
  const outlet = f.outlet ? sheet.articles.findIndex((a) => a.file === f.outlet) : -1;
  const words = fold(f.q).split(/\s+/).filter(Boolean);
  const out = [];
  for (const g of groups) {
    for (const r of g.rows) {
      if (r.narration && !f.narration && !(f.status === 'disputed' && r.status === 'disputed')) continue;
      if (f.status && r.status !== f.status) continue;
      if (speakerIds && !r.statements.some((s) => speakerIds.has(s.speaker))) continue;
      if (f.outlet && !r.cells.has(outlet)) continue;
      if (words.length) {
        if (!r.haystack) {
          const who = r.statements.map((s) => (sheet.speakers[s.speaker] || {}).name || '').join(' ');
          r.haystack = fold(`${r.label} ${r.statements.map((s) => s.text).join(' ')} ${who}`);
        }
        if (!words.every((w) => r.haystack.includes(w))) continue;
      }
      out.push(r);
    }
  }
  return out;
}

/**
 * Where an arrow key (or Home/End) moves focus from `button` in the sheet's
 * `table`: Up/Down to the same or nearest column of the next row with a
 * statement, Left/Right in reading order, Home/End to the row's ends.
 * Returns the button to focus, or null.
 */
function gridMove(table, button, key) {
  if (!['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(key)) return null;
  const cell = button.closest('td, th');
  const rowEl = cell.parentElement;
  const rows = [...table.rows].filter((r) => r.classList.contains('claim-row') || r.parentElement.tagName === 'THEAD');
  const targets = (c) => (c ? [...c.querySelectorAll('button.stmt, th button')] : []);
  const inCell = targets(cell);
  const pos = inCell.indexOf(button);
  let next = null;
  const ri = rows.indexOf(rowEl);
  // The button nearest column `col` in row `r`, if the row has any.
  const nearest = (r, col, last) => {
    let best = null;
    let dist = Infinity;
    [...r.cells].forEach((c) => {
      const t = targets(c);
      const d = Math.abs(c.cellIndex - col);
      if (t.length && d < dist) { dist = d; best = last ? t[t.length - 1] : t[0]; }
    });
    return best;
  };
  if (key === 'ArrowDown' || key === 'ArrowUp') {
    const down = key === 'ArrowDown';
    if (down && pos < inCell.length - 1) next = inCell[pos + 1];
    else if (!down && pos > 0) next = inCell[pos - 1];
    else {
      for (let i = ri + (down ? 1 : -1); i >= 0 && i < rows.length && !next; i += down ? 1 : -1) {
        next = nearest(rows[i], cell.cellIndex, !down);
      }
    }
  } else if (key === 'ArrowRight' || key === 'ArrowLeft') {
    // Reading order: along the row, then on to the next (or previous) row.
    const all = rows.flatMap((r) => [...r.cells].flatMap(targets));
    next = all[all.indexOf(button) + (key === 'ArrowRight' ? 1 : -1)] || null;
  } else {
    const all = [...rowEl.cells].flatMap(targets);
    next = key === 'Home' ? all[0] : all[all.length - 1];
  }
  return next;
}
