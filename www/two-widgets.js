// The second sheet reads only the first two bundled articles.
const engine = customElements.get('fact-sheet').engine;
engine.ready.then(() => {
  document.getElementById('two').articles = engine.bundledArticles().slice(0, 2);
});
