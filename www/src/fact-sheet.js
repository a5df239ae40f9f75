// <fact-sheet>: the side-by-side "who said what" sheet as a custom element.
// Renders into a shadow root with DOM calls and text nodes only: article text
// never reaches the DOM as HTML. Concatenated by www/build.mjs after the engine.

const DEFAULT_FILTERS = Object.freeze({ speaker: '', outlet: '', status: '', q: '', narration: false });
const FILTER_ATTRS = { speaker: 'speaker', outlet: 'outlet', status: 'status', q: 'query', narration: 'narration' };
/** Above this many articles, claims are listed (no column per outlet). */
const MAX_COLUMNS = 12;
const PAGE_ROWS = 150;
const EVIDENCE_WINDOW = 2500;

let styleSheet = null;
function adoptedStyles() {
  if (!styleSheet) {
    styleSheet = new CSSStyleSheet();
    styleSheet.replaceSync(STYLES);
  }
  return [styleSheet];
}

let widgetCount = 0;

class FactSheetElement extends HTMLElement {
  static get observedAttributes() { return ['src', 'speaker', 'outlet', 'status', 'query', 'narration', 'layout']; }

  /** Defines the element once under `tag` (default `fact-sheet`). */
  static define(tag = 'fact-sheet') {
    if (!customElements.get(tag)) customElements.define(tag, class extends FactSheetElement {});
    return customElements.get(tag);
  }

  /** The shared wasm engine (buildSheet, htmlToText, exports). */
  static get engine() { return engine; }

  constructor() {
    super();
    this._articles = [];
    this._sheet = null;
    this._rows = [];
    this._filters = { ...DEFAULT_FILTERS };
    this._limit = PAGE_ROWS;
    this._loadToken = 0;
    this._pasted = 0;
    this._started = false;
    this._index = widgetCount++;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = adoptedStyles();
    this._ui = this._skeleton();
    root.append(this._ui.root);
  }

  /** The outline level of the widget's title (`heading-level`, 2 by default). */
  get _level() {
    const n = Number(this.getAttribute('heading-level'));
    return n >= 1 && n <= 5 ? Math.floor(n) : 2;
  }

  connectedCallback() {
    if (this._started) return;
    this._started = true;
    this._ui.title.setAttribute('aria-level', String(this._level));
    // Properties a host set before this script defined the element.
    for (const prop of ['articles', 'filters']) {
      if (Object.prototype.hasOwnProperty.call(this, prop)) {
        const value = this[prop];
        delete this[prop];
        queueMicrotask(() => { this[prop] = value; });
      }
    }
    this._filters = this._filtersFromAttributes();
    Object.assign(this._filters, this._filtersFromUrl());
    this._onHash = () => { this._setFilters(this._filtersFromAttributes(), this._filtersFromUrl(), false); };
    window.addEventListener('hashchange', this._onHash);
    this._resize = new ResizeObserver(() => this._applyLayout());
    this._resize.observe(this);
    // Let the host set `articles` right after inserting the element.
    queueMicrotask(() => { if (!this._sheet && this._loadToken === 0) this._initialLoad(); });
  }

  disconnectedCallback() {
    if (this._onHash) window.removeEventListener('hashchange', this._onHash);
    if (this._resize) this._resize.disconnect();
    this._started = false;
  }

  attributeChangedCallback(name, old, value) {
    if (!this._started || old === value) return;
    if (name === 'src') { this._initialLoad(); return; }
    if (name === 'layout') { this._applyLayout(); return; }
    const key = Object.keys(FILTER_ATTRS).find((k) => FILTER_ATTRS[k] === name);
    if (key) this._setFilters({ ...this._filters, [key]: key === 'narration' ? value !== null : value || '' });
  }

  // ---- public API ----

  /** The articles shown, as `[{ name, text }]` (a copy). Setting it recomputes. */
  get articles() { return this._articles.map((a) => ({ ...a })); }
  set articles(list) { this.load(list).catch(() => {}); }

  /** The fact sheet shown (the JSON contract), or null before the first. */
  get sheet() { return this._sheet; }

  /** The current filters: `{ speaker, outlet, status, q, narration }`. */
  get filters() { return { ...this._filters }; }
  set filters(value) { this._setFilters({ ...DEFAULT_FILTERS, ...value }); }

  /**
   * Builds and shows the sheet of `articles` (`[{ name, text, url? }]`).
   * Resolves to the sheet; on bad input rejects, shows the error and keeps
   * what was shown.
   */
  async load(articles, reason = 'load') {
    const token = ++this._loadToken;
    let list;
    try {
      list = this._checkArticles(articles);
    } catch (e) {
      this._fail(e, token);
      throw e;
    }
    const big = list.length >= engine.LARGE_COUNT || list.reduce((n, a) => n + a.text.length, 0) >= engine.LARGE_BYTES;
    if (big) this._progress({ stage: 'starting', count: list.length });
    let sheet;
    try {
      sheet = await engine.buildSheet(list.map(({ name, text }) => ({ name, text })), (p) => {
        if (token === this._loadToken) this._progress(p);
      }, this);
    } catch (e) {
      this._fail(e, token);
      throw e;
    } finally {
      if (token === this._loadToken) this._progress(null);
    }
    if (token !== this._loadToken) return sheet;
    this._articles = list;
    this._show(sheet, reason);
    return sheet;
  }

  /** Shows a precomputed sheet (e.g. the CLI's JSON) with its articles' texts. */
  showSheet(sheet, articles = []) {
    if (!sheet || !Array.isArray(sheet.articles) || !Array.isArray(sheet.statements) ||
        !Array.isArray(sheet.speakers) || !Array.isArray(sheet.claims) || !Array.isArray(sheet.conflicts)) {
      const e = new Error('This is not a fact sheet: it needs articles, speakers, statements, claims and conflicts lists.');
      this._fail(e, ++this._loadToken);
      throw e;
    }
    this._loadToken++;
    this._articles = sheet.articles.map((a, i) => ({
      name: a.file, text: (articles[i] && typeof articles[i].text === 'string') ? articles[i].text : '',
      url: articles[i] && articles[i].url,
    }));
    this._show(sheet, 'sheet');
  }

  /** Adds articles (`[{ name, text }]`) to those shown and recomputes. */
  addArticles(list) { return this.load([...this._articles, ...list], 'add'); }

  /** Removes the article at `index` and recomputes. */
  removeArticle(index) {
    const rest = this._articles.filter((_, i) => i !== index);
    if (!rest.length) {
      const e = new Error('A fact sheet needs at least one article: add another before removing the last one.');
      this._fail(e, ++this._loadToken);
      return Promise.reject(e);
    }
    return this.load(rest, 'remove');
  }

  /** The sheet as `json` (the contract), `csv`, `markdown` or `jsonld` text. */
  export(format = 'json') {
    if (!this._sheet) throw new Error('No sheet to export yet.');
    switch (format) {
      case 'json': return `${JSON.stringify(this._sheet, null, 2)}\n`;
      case 'csv': return engine.toCsv(this._sheet);
      case 'markdown': case 'md': return engine.toMarkdown(this._sheet);
      case 'jsonld': case 'json-ld': return engine.toJsonLd(this._sheet);
      default: throw new Error(`Unknown export format "${format}": use json, csv, markdown or jsonld.`);
    }
  }

  /** The HTML a host pastes to embed this widget. */
  get embedCode() {
    const src = SCRIPT_URL || 'fact-sheet.js';
    const attrs = ['layout', 'theme'].filter((a) => this.hasAttribute(a))
      .map((a) => ` ${a}="${this.getAttribute(a).replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}"`).join('');
    return `<script src="${src}"></script>\n<fact-sheet${attrs}></fact-sheet>`;
  }

  // ---- loading ----

  async _initialLoad() {
    const token = this._loadToken;
    try { await engine.ready; } catch (e) { this._fail(e, this._loadToken); return; }
    if (token !== this._loadToken) return; // the host set articles meanwhile
    const src = (this.getAttribute('src') || '').trim();
    if (!src) {
      try { await this.load(engine.bundledArticles(), 'bundled'); } catch (_) { /* shown */ }
      return;
    }
    const urls = src.split(/\s+/);
    // Shows the bundled sheet (if none is shown yet), then the error.
    const fallBack = async (error) => {
      if (!this._sheet) try { await this.load(engine.bundledArticles(), 'bundled'); } catch (_) { /* shown */ }
      this._fail(error, this._loadToken);
    };
    if (location.protocol === 'file:') {
      await fallBack(new Error('Articles given by URL (src) need the page to be served over http(s); showing the bundled articles instead.'));
      return;
    }
    let list;
    try {
      list = await Promise.all(urls.map(async (u) => {
        const url = new URL(u, document.baseURI);
        const name = url.pathname.split('/').pop() || url.host;
        let res;
        try { res = await fetch(url); } catch (e) { throw new Error(`${name}: could not be fetched (${e.message}).`); }
        if (!res.ok) throw new Error(`${name}: could not be fetched (HTTP ${res.status}).`);
        return this._fromFile(name, await res.arrayBuffer(), res.headers.get('content-type'), url.href);
      }));
    } catch (e) {
      await fallBack(e);
      return;
    }
    try { await this.load(list, 'src'); } catch (e) { if (!this._sheet) await fallBack(e); }
  }

  /** An article from file bytes: UTF-8 text, HTML converted by the core. */
  _fromFile(name, buffer, type, url) {
    let text;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    } catch (_) {
      throw new Error(`${name}: this is not UTF-8 text; give a .txt or .html article saved as UTF-8.`);
    }
    if (/\.html?$/i.test(name) || /html/i.test(type || '')) text = engine.htmlToText(text);
    return { name, text, ...(url && /^https?:/.test(url) ? { url } : {}) };
  }

  _checkArticles(articles) {
    if (!Array.isArray(articles)) throw new Error('Articles must be a list of { name, text } objects.');
    return articles.map((a, i) => {
      if (!a || typeof a.text !== 'string') throw new Error(`Article ${i + 1}: it needs a "text" string.`);
      const name = typeof a.name === 'string' && a.name.trim() ? a.name.trim() : `Article ${i + 1}`;
      return { name, text: a.text, ...(typeof a.url === 'string' ? { url: a.url } : {}) };
    });
  }

  _fail(error, token) {
    if (token !== this._loadToken) return;
    const message = (error && error.message) || String(error);
    const u = this._ui;
    u.errorText.textContent = message;
    u.error.hidden = false;
    // Also next to the article form, where the reader is looking (the
    // alert above is what screen readers announce).
    u.sourcesError.textContent = message;
    u.sourcesError.hidden = !u.sources.open;
    this._emit('error', { message, trap: !!(error && error.trap) });
  }

  _emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  _announce(text) {
    // Clear then set, so the same words are announced again.
    const live = this._ui.live;
    live.textContent = '';
    setTimeout(() => { live.textContent = text; }, 50);
  }

  _progress(p) {
    const u = this._ui;
    if (!p) { u.progress.hidden = true; u.root.removeAttribute('aria-busy'); return; }
    u.progress.hidden = false;
    u.cancel.hidden = !p.worker;
    u.root.setAttribute('aria-busy', 'true');
    const n = p.count ? num(p.count) : '';
    const where = p.worker ? ' in the background' : '';
    const steps = { starting: [0.05, `Preparing ${n} articles…`], sending: [0.1, `Sending ${n} articles to the reader${where}…`],
      building: [null, `Reading ${n} articles${where}…`], receiving: [0.95, 'Drawing the sheet…'],
      converting: [p.done / Math.max(1, p.total), `Converting file ${p.done} of ${p.total}…`] };
    const [value, label] = steps[p.stage] || [null, 'Working…'];
    if (value === null) u.progressBar.removeAttribute('value'); else u.progressBar.value = value;
    u.progressLabel.textContent = label;
  }

  // ---- filters and URL state ----

  _filtersFromAttributes() {
    const f = { ...DEFAULT_FILTERS };
    for (const [key, attr] of Object.entries(FILTER_ATTRS)) {
      if (key === 'narration') f.narration = this.hasAttribute(attr);
      else f[key] = this.getAttribute(attr) || '';
    }
    return f;
  }

  get _stateKey() { return this.id || (this._index ? `fs${this._index + 1}` : 'fs'); }

  _urlParams() {
    const hash = location.hash.slice(1);
    return new URLSearchParams(hash.includes('=') ? hash : '');
  }

  _filtersFromUrl() {
    if (this.getAttribute('url-state') === 'off') return {};
    const p = this._urlParams();
    const k = this._stateKey;
    const f = {};
    for (const key of Object.keys(DEFAULT_FILTERS)) {
      const v = p.get(`${k}.${key}`);
      if (v !== null) f[key] = key === 'narration' ? v === '1' : v;
    }
    return f;
  }

  _writeUrl() {
    if (this.getAttribute('url-state') === 'off') return;
    const p = this._urlParams();
    const k = this._stateKey;
    for (const key of Object.keys(DEFAULT_FILTERS)) {
      const v = this._filters[key];
      if (v === DEFAULT_FILTERS[key]) p.delete(`${k}.${key}`);
      else p.set(`${k}.${key}`, key === 'narration' ? '1' : v);
    }
    const hash = p.toString();
    if (hash === location.hash.slice(1) || (!hash && !location.hash.includes('='))) return;
    try {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`);
    } catch (_) { /* sandboxed frames may refuse */ }
  }

  _setFilters(...parts) {
    const write = parts[parts.length - 1] !== false;
    const next = { ...DEFAULT_FILTERS };
    for (const p of parts) if (p && typeof p === 'object') Object.assign(next, p);
    next.narration = !!next.narration;
    for (const k of ['speaker', 'outlet', 'status', 'q']) next[k] = String(next[k] || '');
    const changed = Object.keys(next).some((k) => next[k] !== this._filters[k]);
    this._filters = next;
    if (!changed) return;
    this._limit = PAGE_ROWS;
    if (write) this._writeUrl();
    if (this._sheet) { this._syncControls(); this._renderTable(); }
    this._emit('change', { reason: 'filter', filters: this.filters });
  }

  // ---- rendering ----

  _skeleton() {
    const ui = {};
    ui.live = h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
    ui.errorText = h('p', { class: 'error-text' });
    ui.error = h('div', { class: 'error', part: 'error', role: 'alert', hiddenEl: true },
      h('strong', null, 'Could not update the sheet. '), ui.errorText,
      h('button', { type: 'button', class: 'link', part: 'button', onclick: () => { ui.error.hidden = true; ui.sourcesError.hidden = true; } }, 'Dismiss'));
    ui.progressBar = h('progress', { part: 'progress', max: 1, 'aria-label': 'Progress' });
    ui.progressLabel = h('span', { class: 'progress-label' });
    ui.cancel = h('button', { type: 'button', class: 'secondary', part: 'button', hiddenEl: true,
      onclick: () => { engine.cancelBuilds(this); } }, 'Cancel');
    ui.progress = h('div', { class: 'progress', hiddenEl: true }, ui.progressBar, ui.progressLabel, ui.cancel);
    ui.title = h('h2', { class: 'title', part: 'title', id: 'fs-title' }, 'Who said what');
    ui.summary = h('p', { class: 'summary' }, 'Loading the fact sheet…');
    ui.header = h('header', { part: 'header' }, ui.title, ui.summary);
    ui.conflicts = h('section', { class: 'conflicts', part: 'conflicts', 'aria-labelledby': 'fs-conflicts-h', hiddenEl: true });

    const onFilter = () => this._setFilters({
      speaker: ui.speaker.value, outlet: ui.outlet.value, status: ui.status.value,
      q: ui.search.value, narration: ui.narration.checked,
    });
    ui.speaker = h('select', { id: 'fs-speaker', onchange: onFilter });
    ui.outlet = h('select', { id: 'fs-outlet', onchange: onFilter });
    ui.status = h('select', { id: 'fs-status', onchange: onFilter },
      h('option', { value: '' }, 'All claims'), h('option', { value: 'disputed' }, 'Disputed'),
      h('option', { value: 'single-source' }, 'Single source'), h('option', { value: 'multi-source' }, 'Several outlets'));
    let searchTimer = 0;
    ui.search = h('input', { id: 'fs-search', type: 'search', placeholder: 'Words in a statement', autocomplete: 'off',
      oninput: () => { clearTimeout(searchTimer); searchTimer = setTimeout(onFilter, 150); },
      onkeydown: (e) => { if (e.key === 'Enter') { e.preventDefault(); clearTimeout(searchTimer); onFilter(); } } });
    ui.narration = h('input', { id: 'fs-narration', type: 'checkbox', onchange: onFilter });
    ui.count = h('p', { class: 'count', 'aria-live': 'polite' });
    const field = (id, label, control) => h('div', { class: 'field' }, h('label', { for: id }, label), control);
    ui.toolbar = h('div', { class: 'toolbar', part: 'toolbar', role: 'search', 'aria-label': 'Filter the sheet' },
      field('fs-speaker', 'Speaker', ui.speaker), field('fs-outlet', 'Outlet', ui.outlet),
      field('fs-status', 'Status', ui.status), field('fs-search', 'Search', ui.search),
      h('div', { class: 'field check' }, ui.narration, h('label', { for: 'fs-narration' }, 'Include the outlets’ own reporting')),
      h('button', { type: 'button', class: 'secondary', part: 'button', onclick: () => this._setFilters({ ...DEFAULT_FILTERS }) }, 'Clear filters'));

    ui.table = h('table', { part: 'table', 'aria-labelledby': 'fs-title' });
    ui.more = h('button', { type: 'button', class: 'secondary more', part: 'button', hiddenEl: true,
      onclick: () => { this._limit += PAGE_ROWS; this._renderTable(); } }, 'Show more claims');
    ui.tableWrap = h('div', { class: 'table-wrap', onkeydown: (e) => this._onTableKey(e), onclick: (e) => this._onTableClick(e) }, ui.table);

    ui.sources = this._sourcesPanel(ui);
    ui.actions = this._actionsBar(ui);
    ui.drop = h('div', { class: 'drop-hint', 'aria-hidden': 'true' }, 'Drop .txt or .html articles to add them');
    ui.root = h('div', { class: 'root', part: 'sheet' },
      ui.header, ui.error, ui.progress, ui.conflicts, ui.toolbar, ui.count, ui.tableWrap, ui.more,
      ui.actions, ui.sources, ui.live, ui.drop);
    let depth = 0;
    ui.root.addEventListener('dragenter', (e) => { if (this._hasFiles(e)) { depth++; ui.root.classList.add('dragging'); } });
    ui.root.addEventListener('dragleave', () => { if (--depth <= 0) { depth = 0; ui.root.classList.remove('dragging'); } });
    ui.root.addEventListener('dragover', (e) => { if (this._hasFiles(e)) e.preventDefault(); });
    ui.root.addEventListener('drop', (e) => {
      depth = 0; ui.root.classList.remove('dragging');
      if (!this._hasFiles(e)) return;
      e.preventDefault();
      this._addFiles(e.dataTransfer.files);
    });
    return ui;
  }

  _hasFiles(e) { return !!(e.dataTransfer && [...e.dataTransfer.types].includes('Files')); }

  _sourcesPanel(ui) {
    ui.sourceList = h('ol', { class: 'source-list' });
    ui.pasteName = h('input', { id: 'fs-paste-name', type: 'text', placeholder: 'e.g. Morning Herald', autocomplete: 'off' });
    ui.pasteText = h('textarea', { id: 'fs-paste-text', rows: 6, placeholder: 'Paste the article text here' });
    ui.file = h('input', { id: 'fs-file', type: 'file', multiple: true, accept: '.txt,.html,.htm,text/plain,text/html',
      onchange: () => { this._addFiles(ui.file.files); } });
    ui.sourcesCount = h('span');
    ui.sourcesError = h('p', { class: 'error inline', part: 'error', 'aria-hidden': 'true', hiddenEl: true });
    return h('details', { class: 'sources', part: 'sources' },
      h('summary', null, ui.sourcesCount, ' — add your own or remove some'),
      ui.sourceList,
      ui.sourcesError,
      h('form', { class: 'paste', onsubmit: (e) => { e.preventDefault(); this._addPasted(); } },
        h('div', { class: 'field' }, h('label', { for: 'fs-paste-name' }, 'Name or outlet'), ui.pasteName),
        h('div', { class: 'field wide' }, h('label', { for: 'fs-paste-text' }, 'Article text'), ui.pasteText),
        h('div', { class: 'row' },
          h('button', { type: 'submit', part: 'button' }, 'Add article'),
          h('label', { class: 'file-label', for: 'fs-file' }, 'Or add files (.txt, .html), or drop them on the sheet: '), ui.file)),
      h('button', { type: 'button', class: 'secondary', part: 'button',
        onclick: () => { this.load(engine.bundledArticles(), 'bundled').catch(() => {}); } }, 'Restore the bundled articles'));
  }

  _actionsBar() {
    const dl = (format, label, ext, type) => h('button', { type: 'button', class: 'secondary', part: 'button',
      dataset: { export: format }, onclick: () => this._download(format, ext, type) }, label);
    return h('div', { class: 'actions', part: 'actions' },
      h('span', { class: 'actions-label' }, 'Download'),
      dl('json', 'JSON', 'json', 'application/json'), dl('csv', 'CSV', 'csv', 'text/csv'),
      dl('markdown', 'Markdown', 'md', 'text/markdown'), dl('jsonld', 'JSON-LD', 'jsonld', 'application/ld+json'),
      h('button', { type: 'button', class: 'secondary', part: 'button', onclick: () => this._copyEmbed() }, 'Copy embed code'));
  }

  _download(format, ext, type) {
    let text;
    try { text = this.export(format); } catch (e) { this._fail(e, this._loadToken); return; }
    const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    const a = h('a', { href: url, download: `fact-sheet.${ext}` });
    this.shadowRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    this._announce(`Downloaded the sheet as ${format.toUpperCase()}.`);
  }

  async _copyEmbed() {
    const code = this.embedCode;
    try {
      await navigator.clipboard.writeText(code);
      this._announce('Embed code copied to the clipboard.');
    } catch (_) {
      // No clipboard (file://, permissions): show the code, selected.
      let box = this.shadowRoot.querySelector('.embed-code');
      if (!box) {
        box = h('textarea', { class: 'embed-code', readonly: true, rows: 2, 'aria-label': 'Embed code' });
        this._ui.actions.append(box);
      }
      box.value = code;
      box.focus();
      box.select();
      this._announce('Copying was not allowed here: the embed code is selected, press Ctrl+C to copy it.');
    }
  }

  async _addFiles(files) {
    const list = [...(files || [])];
    if (!list.length) return;
    await engine.ready;
    const added = [];
    try {
      for (let i = 0; i < list.length; i++) {
        if (list.length > 3) this._progress({ stage: 'converting', done: i + 1, total: list.length });
        added.push(this._fromFile(list[i].name, await list[i].arrayBuffer(), list[i].type));
      }
    } catch (e) {
      this._progress(null);
      this._fail(e, this._loadToken);
      return;
    } finally {
      this._ui.file.value = '';
    }
    try { await this.addArticles(added); } catch (_) { /* shown */ }
  }

  async _addPasted() {
    const u = this._ui;
    const text = u.pasteText.value;
    if (!text.trim()) {
      this._fail(new Error('Paste the text of an article first.'), this._loadToken);
      u.pasteText.focus();
      return;
    }
    const name = u.pasteName.value.trim() || `Pasted article ${++this._pasted}`;
    try {
      await this.addArticles([{ name, text }]);
      u.pasteText.value = '';
      u.pasteName.value = '';
    } catch (_) { /* shown; the text stays for correction */ }
  }

  _show(sheet, reason) {
    if (!this._rendered) try { performance.mark('fact-sheet:built'); } catch (_) { /* old browsers */ }
    this._sheet = sheet;
    this._rows = buildRows(sheet);
    this._groups = groupRows(sheet, this._rows);
    this._ui.error.hidden = true;
    this._ui.sourcesError.hidden = true;
    this._limit = PAGE_ROWS;
    this._renderAll();
    if (!this._rendered) {
      this._rendered = true;
      try { performance.mark('fact-sheet:render'); } catch (_) { /* old browsers */ }
    }
    const disputed = this._rows.filter((r) => r.status === 'disputed').length;
    const said = sheet.statements.filter((s) => s.kind !== 'narration').length;
    this._announce(`Fact sheet ${reason === 'bundled' || reason === 'load' || reason === 'src' ? 'ready' : 'updated'}: ` +
      `${sheet.articles.length} articles, ${said} attributed statements, ${disputed} disputed.`);
    this._emit('ready', { sheet, reason });
    if (reason !== 'bundled' && reason !== 'load' && reason !== 'src') this._emit('change', { reason, filters: this.filters });
  }

  _renderAll() {
    const sheet = this._sheet;
    const u = this._ui;
    const n = sheet.articles.length;
    const said = sheet.statements.filter((s) => s.kind !== 'narration').length;
    const speakers = new Set(sheet.statements.filter((s) => s.kind !== 'narration' && s.speaker !== null).map((s) => s.speaker)).size;
    const disputed = this._rows.filter((r) => r.status === 'disputed').length;
    const plural = (k, one, many) => `${num(k)} ${k === 1 ? one : many}`;
    u.summary.textContent = [plural(n, 'outlet', 'outlets'), plural(speakers, 'named speaker', 'named speakers'),
      plural(said, 'attributed statement', 'attributed statements'), plural(this._rows.filter((r) => !r.narration).length, 'claim', 'claims'),
      `${num(disputed)} disputed`].join(' · ');
    this._renderConflicts();
    this._renderSources();
    this._fillSelects();
    this._syncControls();
    this._renderTable();
  }

  _renderConflicts() {
    const { conflicts } = this._sheet;
    const box = this._ui.conflicts;
    box.replaceChildren();
    box.hidden = !conflicts.length;
    if (!conflicts.length) return;
    const items = conflicts.slice(0, 50).map((c, i) => h('li', null,
      h('span', { class: `badge conflict ${c.kind}`, part: 'badge' }, CONFLICT_LABEL[c.kind] || c.kind), ' ',
      h('span', { class: 'note' }, c.note), ' ',
      h('button', { type: 'button', class: 'link', part: 'button', onclick: () => this._showConflict(i) }, 'Show')));
    box.append(h('h3', { id: 'fs-conflicts-h', 'aria-level': this._level + 1 }, `Where accounts differ (${conflicts.length})`), h('ul', null, items));
  }

  _showConflict(index) {
    const row = this._rows.find((r) => r.conflicts.includes(index));
    if (!row) return;
    if (!this._visibleRows().includes(row)) this._setFilters({ ...DEFAULT_FILTERS, narration: row.narration });
    const rowIndex = this._visibleRows().indexOf(row);
    if (rowIndex >= this._limit) { this._limit = rowIndex + 1; this._renderTable(); }
    const th = this.shadowRoot.querySelector(`tr[data-row="${row.key}"] th`);
    if (th) { th.focus(); th.scrollIntoView({ block: 'center', behavior: this._motion() }); }
  }

  _motion() { return matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth'; }

  _renderSources() {
    const u = this._ui;
    const n = this._articles.length;
    u.sourcesCount.textContent = `Articles (${n})`;
    u.sourceList.replaceChildren(...this._articles.map((a, i) => {
      const info = this._sheet.articles[i];
      return h('li', null,
        h('span', { class: 'source-name' }, info ? outletOf(info) : a.name),
        info && info.title ? h('span', { class: 'source-title' }, clip(info.title, 100)) : null,
        h('span', { class: 'source-size' }, `${a.name} · ${num(a.text.length)} characters`),
        h('button', { type: 'button', class: 'link', part: 'button', 'aria-label': `Read ${a.name}`, onclick: () => this._openReader(i, null, null) }, 'Read'),
        h('button', { type: 'button', class: 'link danger', part: 'button', 'aria-label': `Remove ${a.name}`,
          onclick: () => { this.removeArticle(i).catch(() => {}); } }, 'Remove'));
    }).slice(0, 500));
  }

  _fillSelects() {
    const u = this._ui;
    const sheet = this._sheet;
    const counts = new Map();
    for (const r of this._rows) if (!r.narration && r.speaker !== null) counts.set(r.speaker, (counts.get(r.speaker) || 0) + 1);
    const speakers = [...counts.keys()].map((id) => sheet.speakers[id]).filter(Boolean)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(0, 1000);
    u.speaker.replaceChildren(h('option', { value: '' }, 'Everyone'),
      ...speakers.map((s) => h('option', { value: s.name }, `${s.name} (${counts.get(s.id)})`)));
    u.outlet.replaceChildren(h('option', { value: '' }, 'All outlets'),
      ...sheet.articles.slice(0, 1000).map((a) => h('option', { value: a.file }, outletOf(a))));
  }

  _syncControls() {
    const u = this._ui;
    const f = this._filters;
    const choose = (select, value) => {
      if (value && ![...select.options].some((o) => o.value === value)) select.append(h('option', { value }, `${value} (not in this sheet)`));
      select.value = value;
    };
    choose(u.speaker, f.speaker);
    choose(u.outlet, f.outlet);
    choose(u.status, f.status);
    if (u.search.value !== f.q && this.shadowRoot.activeElement !== u.search) u.search.value = f.q;
    u.narration.checked = f.narration;
  }

  _visibleRows() { return visibleRows(this._sheet, this._groups, this._filters); }

  _applyLayout() {
    const u = this._ui;
    const layout = this.getAttribute('layout') || 'auto';
    const many = this._sheet && this._sheet.articles.length > MAX_COLUMNS;
    // Side by side needs room for every outlet's column; below that, stack.
    const n = this._sheet ? this._sheet.articles.length : 5;
    const narrow = this.getBoundingClientRect().width < Math.max(640, 180 + n * 130);
    const stacked = layout === 'stacked' || many || (layout !== 'table' && narrow);
    u.root.classList.toggle('stacked', stacked);
  }

  _renderTable() {
    const sheet = this._sheet;
    const u = this._ui;
    const many = sheet.articles.length > MAX_COLUMNS;
    const cols = many ? [] : sheet.articles;
    this._closeReader(false);
    this._applyLayout();
    const rows = this._visibleRows();
    const total = this._rows.filter((r) => !r.narration || this._filters.narration).length;
    const active = Object.keys(DEFAULT_FILTERS).some((k) => this._filters[k] !== DEFAULT_FILTERS[k]);
    u.count.textContent = active ? `Showing ${rows.length} of ${total} claims.` : `${rows.length} claims.`;

    const caption = h('caption', { class: 'visually-hidden' },
      `Claims by speaker (rows) as each outlet words them (columns). ${rows.length} claims shown.`);
    const head = h('thead', null, h('tr', null,
      h('th', { scope: 'col', class: 'claim-col' }, 'Claim'),
      cols.map((a) => h('th', { scope: 'col', part: 'column-header', class: 'outlet-col' },
        h('span', { class: 'outlet' }, outletOf(a)),
        a.date ? h('span', { class: 'date' }, formatDate(a.date)) : null,
        a.title && a.outlet ? h('span', { class: 'headline' }, clip(a.title, 90)) : null,
        h('span', { class: 'col-actions' },
          h('button', { type: 'button', class: 'link', part: 'button', dataset: { read: a.id },
            'aria-label': `Read the full text from ${outletOf(a)}` }, 'Full text'),
          this._articles[a.id] && this._articles[a.id].url
            ? h('a', { href: this._articles[a.id].url, target: '_blank', rel: 'noopener noreferrer' }, 'Source') : null)))));
    const bodies = [];
    let current = null;
    const shown = rows.slice(0, this._limit);
    const groupOf = new Map();
    for (const g of this._groups) for (const r of g.rows) groupOf.set(r, g);
    for (const row of shown) {
      const g = groupOf.get(row);
      if (!current || current.group !== g) {
        current = { group: g, body: h('tbody', { class: `group ${g.key === 'narration' ? 'narration' : ''}` }) };
        current.body.append(h('tr', { class: 'group-row' }, h('th', { scope: 'rowgroup', colspan: cols.length + 1 }, this._groupTitle(g))));
        bodies.push(current.body);
      }
      current.body.append(this._row(row, cols, many));
    }
    if (!shown.length) {
      bodies.push(h('tbody', null, h('tr', null, h('td', { colspan: cols.length + 1, class: 'nothing' },
        this._rows.length ? 'No claim matches these filters.' : 'No statements were found in these articles.'))));
    }
    u.table.replaceChildren(caption, head, ...bodies);
    u.more.hidden = rows.length <= this._limit;
    u.more.textContent = `Show more claims (${Math.min(PAGE_ROWS, rows.length - this._limit)} of ${rows.length - this._limit} more)`;
  }

  _groupTitle(g) {
    if (g.key === 'narration') return [h('span', { class: 'speaker' }, 'The outlets’ own reporting'), h('span', { class: 'role' }, 'background, no one quoted')];
    if (!g.speaker) return [h('span', { class: 'speaker' }, 'Speaker not identified')];
    const s = g.speaker;
    const about = [s.role, SPEAKER_KIND[s.kind]].filter(Boolean).join(' · ');
    return [h('span', { class: 'speaker', part: 'speaker' }, clip(s.name, 120)),
      about ? h('span', { class: 'role' }, about) : null,
      s.aliases && s.aliases.length ? h('span', { class: 'aliases' }, `also “${s.aliases.slice(0, 4).join('”, “')}”`) : null];
  }

  _row(row, cols, many) {
    const sheet = this._sheet;
    const outlets = row.cells.size;
    const head = h('th', { scope: 'row', class: 'claim', tabindex: '-1' },
      h('span', { class: 'label' }, clip(row.label, 240)),
      h('span', { class: 'meta' },
        h('span', { class: `badge ${row.status}`, part: `badge badge-${row.status}` }, STATUS_LABEL[row.status] || row.status),
        h('span', { class: 'outlets' }, `${outlets} of ${sheet.articles.length} outlets`)),
      row.conflicts.slice(0, 3).map((i) => sheet.conflicts[i] && h('span', { class: 'conflict-note', part: 'conflict-note' },
        h('span', { class: 'visually-hidden' }, 'Conflict: '), sheet.conflicts[i].note)));
    const cell = (a, statements) => h('td', { class: statements ? 'filled' : 'empty', part: 'cell' },
      h('span', { class: 'cell-outlet', 'aria-hidden': many ? null : 'true' }, outletOf(a)),
      statements ? statements.slice(0, 6).map((s) => this._statementButton(s))
        : [h('span', { 'aria-hidden': 'true', class: 'dash' }, '—'), h('span', { class: 'visually-hidden' }, 'Not in this outlet')]);
    const cells = many
      ? [h('td', { class: 'filled list', part: 'cell' }, [...row.cells.entries()].slice(0, 20).map(([a, st]) =>
        h('div', { class: 'list-item' }, h('span', { class: 'cell-outlet' }, outletOf(sheet.articles[a] || { id: a })), st.slice(0, 3).map((s) => this._statementButton(s)))),
        row.cells.size > 20 ? h('p', { class: 'more-note' }, `and ${row.cells.size - 20} more outlets`) : null)]
      : cols.map((a) => cell(a, row.cells.get(a.id)));
    return h('tr', { class: `claim-row ${row.status}`, dataset: { row: row.key, status: row.status } }, head, cells);
  }

  _statementButton(s) {
    const sheet = this._sheet;
    const via = s.via !== null && s.via !== undefined && sheet.speakers[s.via];
    const who = s.speaker !== null && s.speaker !== undefined && sheet.speakers[s.speaker];
    const words = clip(s.text, 400);
    return h('button', { type: 'button', class: `stmt ${s.kind}`, part: `statement statement-${s.kind}`, dataset: { statement: s.id } },
    h('span', { class: 'kind' }, KIND_LABEL[s.kind] || s.kind),
    s.direct ? h('q', { class: 'words' }, words) : h('span', { class: 'words' }, words),
    (s.mention && (!who || s.mention !== who.name)) || via || s.cue
      ? h('span', { class: 'attrib' }, [s.mention && (!who || s.mention !== who.name) ? s.mention : who ? who.name : '', s.cue || '',
        via ? `via ${via.name}` : ''].filter(Boolean).join(' · ')) : null);
  }

  // ---- evidence ----

  _onTableClick(e) {
    const button = e.target.closest('button');
    if (!button || !this._ui.tableWrap.contains(button)) return;
    if (button.dataset.statement !== undefined) {
      const s = this._sheet.statements[Number(button.dataset.statement)];
      if (s) this._openReader(s.article, s, button);
    } else if (button.dataset.read !== undefined) {
      this._openReader(Number(button.dataset.read), null, button);
    } else if (button.dataset.close !== undefined) {
      this._closeReader(true);
    }
  }

  _closeReader(refocus) {
    const open = this._reader;
    if (!open) return;
    this._reader = null;
    open.row.remove();
    if (refocus && open.returnTo && open.returnTo.isConnected) open.returnTo.focus();
  }

  /** Shows article `index` with statement `s` (if any) highlighted, next to `from`. */
  _openReader(index, s, from) {
    this._closeReader(false);
    const info = this._sheet.articles[index];
    const article = this._articles[index];
    if (!info || !article) return;
    const text = article.text;
    const cols = this._sheet.articles.length > MAX_COLUMNS ? 1 : this._sheet.articles.length + 1;
    const who = s && s.speaker !== null && this._sheet.speakers[s.speaker];
    const via = s && s.via !== null && this._sheet.speakers[s.via];
    const heading = h('h3', { tabindex: '-1', class: 'reader-title', 'aria-level': this._level + 1 },
      s ? `In context: ${outletOf(info)}` : `Full text: ${outletOf(info)}`);
    const meta = h('p', { class: 'reader-meta' }, [info.title ? clip(info.title, 160) : info.file, info.date ? formatDate(info.date) : '',
      info.authors && info.authors.length ? `by ${info.authors.join(', ')}` : ''].filter(Boolean).join(' · '));
    const about = s ? h('p', { class: 'reader-about' },
      h('span', { class: `kind ${s.kind}` }, KIND_LABEL[s.kind] || s.kind), ' ',
      who ? who.name : 'Speaker not identified', s.mention && who && s.mention !== who.name ? ` (“${s.mention}”)` : '',
      s.cue ? ` · ${s.cue}` : '', via ? ` · via ${via.name}` : '') : null;
    const body = h('div', { class: 'article-text', part: 'article-text', tabindex: '0', role: 'region', 'aria-label': `Text of ${outletOf(info)}` });
    let mark = null;
    const start = s ? Math.max(0, Math.min(text.length, s.span.start16)) : 0;
    const end = s ? Math.max(start, Math.min(text.length, s.span.end16)) : 0;
    const fill = (whole) => {
      const from16 = whole || !s ? 0 : Math.max(0, start - EVIDENCE_WINDOW);
      const to16 = whole || !s ? text.length : Math.min(text.length, end + EVIDENCE_WINDOW);
      const capped = !s && !whole && text.length > 200000;
      const parts = [];
      if (from16 > 0) parts.push(h('span', { class: 'elided' }, '… '));
      if (s) {
        mark = h('mark', { part: 'mark' }, text.slice(start, end));
        parts.push(text.slice(from16, start), mark, text.slice(end, to16));
      } else {
        parts.push(text.slice(0, capped ? 200000 : to16));
      }
      if (to16 < text.length || capped) parts.push(h('span', { class: 'elided' }, ' …'));
      body.replaceChildren(...parts);
    };
    fill(false);
    const trimmed = s && (start > EVIDENCE_WINDOW || end + EVIDENCE_WINDOW < text.length);
    const wholeButton = trimmed ? h('button', { type: 'button', class: 'secondary', part: 'button',
      onclick: () => { fill(true); wholeButton.remove(); if (mark) mark.scrollIntoView({ block: 'center' }); } }, 'Show the whole article') : null;
    const section = h('section', { class: 'reader', part: 'evidence', 'aria-label': 'Evidence',
      onkeydown: (e) => { if (e.key === 'Escape') { e.stopPropagation(); this._closeReader(true); } } },
    h('div', { class: 'reader-head' }, heading,
      h('button', { type: 'button', class: 'secondary', part: 'button', dataset: { close: '' }, 'aria-label': 'Close the article' }, 'Close')),
    meta, about,
    !text ? h('p', { class: 'nothing' }, 'The text of this article is not available here.') : body,
    h('div', { class: 'row' }, wholeButton,
      article.url ? h('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, 'Open the original') : null));
    const tr = h('tr', { class: 'reader-row' }, h('td', { colspan: cols }, section));
    const anchor = from && from.closest('tr');
    if (anchor && anchor.parentElement && anchor.parentElement.tagName === 'TBODY') anchor.after(tr);
    else {
      const first = this._ui.table.tBodies[0];
      if (first) first.before(h('tbody', { class: 'reader-body' }, tr)); else this._ui.table.append(h('tbody', null, tr));
    }
    this._reader = { row: tr.parentElement.classList.contains('reader-body') ? tr.parentElement : tr, returnTo: from };
    heading.focus({ preventScroll: true });
    if (mark) {
      // Scroll the text box to the highlight, then the page to the box.
      body.scrollTop = Math.max(0, mark.offsetTop - body.offsetTop - body.clientHeight / 3);
    }
    const fits = section.getBoundingClientRect().height < window.innerHeight;
    section.scrollIntoView({ block: fits ? 'nearest' : 'start', behavior: this._motion() });
    this._announce(s ? `Showing the statement in ${outletOf(info)}, highlighted.` : `Showing the full text of ${outletOf(info)}.`);
  }

  // ---- keyboard ----

  /** Arrow keys move between statements like a grid; Escape closes the reader. */
  _onTableKey(e) {
    if (e.key === 'Escape' && this._reader) { this._closeReader(true); return; }
    const button = e.target.closest && e.target.closest('button.stmt, th button');
    const next = button && gridMove(this._ui.table, button, e.key);
    if (next) { e.preventDefault(); next.focus(); }
  }
}

if (!IN_WORKER && typeof customElements !== 'undefined') {
  if (!customElements.get('fact-sheet')) customElements.define('fact-sheet', FactSheetElement);
  if (typeof window !== 'undefined' && !window.FactSheetElement) window.FactSheetElement = customElements.get('fact-sheet');
}
