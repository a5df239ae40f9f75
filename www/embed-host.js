// What a host page adds next to the iframe to follow its height.
addEventListener('message', (e) => {
  const frame = document.getElementById('fact-sheet-frame');
  if (!frame || e.source !== frame.contentWindow) return;
  if (e.data && e.data.type === 'fact-sheet:height' && Number.isFinite(e.data.height)) {
    frame.style.height = `${e.data.height}px`;
    frame.dataset.reportedHeight = String(e.data.height);
  }
});
