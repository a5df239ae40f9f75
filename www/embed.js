// The iframe embed: builds the <fact-sheet> from the query string and tells
// the parent page its height, so the host can size the iframe:
//   { type: 'fact-sheet:height', height: <CSS px>, id: <the ?id= value or ''> }
(function () {
  'use strict';
  const params = new URLSearchParams(location.search);
  const el = document.createElement('fact-sheet');
  for (const name of ['src', 'layout', 'theme', 'status', 'speaker', 'outlet', 'query', 'url-state']) {
    const v = params.get(name);
    if (v !== null) el.setAttribute(name, v);
  }
  if (params.has('narration')) el.setAttribute('narration', '');
  document.body.append(el);
  const id = params.get('id') || '';
  let last = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    window.parent.postMessage({ type: 'fact-sheet:height', height, id }, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  el.addEventListener('ready', report);
  window.addEventListener('load', report);
}());
