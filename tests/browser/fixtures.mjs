// A hand-made sheet in the full model (claims with statuses, a denial and a
// figures conflict, via chains, speakers with roles and aliases), over the
// real bundled texts, with spans found in those texts. It lets the tests
// check what the page shows for everything the model can say, whatever the
// extraction stages currently find.
import { bundledTexts } from './helpers.mjs';

function span(text, phrase) {
  const start16 = text.indexOf(phrase);
  if (start16 < 0) throw new Error(`fixture phrase not found: ${phrase}`);
  const end16 = start16 + phrase.length;
  const start = Buffer.byteLength(text.slice(0, start16));
  return { start, end: start + Buffer.byteLength(phrase), start16, end16 };
}

export function richSheet() {
  const articles = bundledTexts();
  const outlets = ['Oboz', 'Euromaidan Press', 'BSS/AFP', 'WELT', 'Kyiv Independent'];
  const infos = articles.map((a, id) => ({
    id, file: a.name, outlet: outlets[id], title: a.text.split('\n')[0].slice(0, 90),
    date: '2024-04-03', authors: id === 1 ? ['A. Reporter'] : [], paragraphs: [], dropped: [],
  }));
  const speakers = [
    { id: 0, name: 'Sébastien Lecornu', aliases: ['Lecornu', 'the French minister'], kind: 'person', role: 'Defense Minister' },
    { id: 1, name: 'Sergei Shoigu', aliases: ['Shoigu'], kind: 'person', role: 'Defense Minister' },
    { id: 2, name: 'French Defense Ministry', aliases: ['the defence ministry'], kind: 'government', role: null },
    { id: 3, name: 'Euromaidan Press', aliases: [], kind: 'media', role: null },
    { id: 4, name: 'BSS/AFP', aliases: [], kind: 'media', role: null },
  ];
  const st = (article, speaker, via, kind, phrase, cue, mention) => ({
    article, speaker, via, kind, direct: kind === 'quote', cue, mention,
    text: phrase, span: span(articles[article].text, phrase), context: span(articles[article].text, phrase),
  });
  const statements = [
    st(1, 0, 2, 'quote', 'He confirmed that France has no information that would establish a link between this attack and Ukraine.', 'stated', 'He'),
    st(3, 0, null, 'reported', 'France had no information about the link between the attack and Ukraine', 'insisted', 'Lecornu'),
    st(4, 0, 2, 'quote', 'to stop all instrumentalisation', 'calling on', null),
    st(3, 0, null, 'quote', 'nothing of the kind has been accepted or proposed', 'denies', 'France'),
    st(1, 3, null, 'narration', 'killed 144', null, null),
    st(2, 4, null, 'narration', 'killed over 140 people', null, null),
  ].map((s, id) => ({ id, ...s }));
  const claims = [
    { id: 0, label: 'France has no information linking the attack to Ukraine', speaker: 0, statements: [0, 1, 2], articles: [1, 3, 4], status: 'multi-source' },
    { id: 1, label: 'France accepted or proposed nothing of the kind', speaker: 0, statements: [3], articles: [3], status: 'disputed' },
    { id: 2, label: 'Death toll of the concert hall attack', speaker: null, statements: [4, 5], articles: [1, 2], status: 'disputed' },
  ];
  const conflicts = [
    { kind: 'denial', statements: [3], claims: [1], note: 'WELT: Lecornu’s entourage denies what the Russian readout says was agreed' },
    { kind: 'number', statements: [4, 5], claims: [2], note: 'Death toll: 144 (Euromaidan Press) vs “over 140” (BSS/AFP): a qualifier, not a disagreement' },
  ];
  return { sheet: { articles: infos, speakers, statements, claims, conflicts }, articles };
}
