#!/usr/bin/env python3
"""Scores the factsheet CLI on the holdout articles (invented events, unseen
by the extractor's authors) against the hand-written gold in gold/.

    python3 tests/holdout/score.py [--bin target/release/factsheet] [--json-dir DIR] [-v]

Articles are grouped into events by the letter before the first '_' of their
stem (a1_..., a2_... = event a); the CLI runs once per event so that speakers,
claims and conflicts are resolved across that event's outlets.

Matching follows tests/eval.rs exactly (ported here):
- predicted statements are those of kind quote or reported;
- text similarity is the F1 of the two bags of folded words (text::fold then
  text::words, ported below); pairs with F1 >= 0.6 are matched one-to-one,
  greedily, best first; precision = matched / predicted, recall = matched / gold;
- speaker: the *reading* of a string is the entity of gold/entities.json with
  the longest key occurring as a contiguous run of whole folded words (ties: the
  last key in BTreeMap order wins, like Rust's max_by_key); a predicted speaker
  is right when the reading of its canonical name is the gold entity (or an
  accepted alias); when its name reads as nothing, when at least one alias reads
  as an accepted entity and none as another; missing speaker is wrong. via the
  same way; a null gold via is right only when no via was predicted.

On top of eval.rs it checks gold/claims.json: expected same-claim groups,
pairs that must stay apart, and conflicts between two sides.
"""

import argparse
import collections
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MIN_F1 = 0.6

FOLD = {}


def _fold_table():
    def put(chars, s):
        for c in chars:
            FOLD[c] = s

    def rng(a, b):
        return [chr(i) for i in range(ord(a), ord(b) + 1)]

    put(rng("À", "Å") + rng("à", "å") + list("ĀāĂăĄą"), "a")
    put("Ææ", "ae")
    put("ÇçĆćČčĈĉĊċ", "c")
    put("ĎďĐđÐð", "d")
    put(rng("È", "Ë") + rng("è", "ë") + list("ĒēĖėĘęĚě"), "e")
    put("ĞğĢģ", "g")
    put(rng("Ì", "Ï") + rng("ì", "ï") + list("ĪīĮįİı"), "i")
    put("Ķķ", "k")
    put("ŁłĹĺĻļĽľ", "l")
    put("ÑñŃńŇňŅņ", "n")
    put(rng("Ò", "Ö") + ["Ø"] + rng("ò", "ö") + list("øŌōŐő"), "o")
    put("Œœ", "oe")
    put("ŘřŔŕ", "r")
    put("ŚśŠšŞşȘș", "s")
    put("ß", "ss")
    put("ŤťŢţȚț", "t")
    put(rng("Ù", "Ü") + rng("ù", "ü") + list("ŪūŮůŰűŲų"), "u")
    put("ÝýÿŸ", "y")
    put("ŹźŻżŽž", "z")
    put("Þþ", "th")
    put("‘’‚‛′", "'")
    put("“”„‟«»″", '"')
    put("–—‐‑‒−", "-")
    put("\u00a0\u2009\u202f", " ")


_fold_table()


def fold(text):
    out = []
    for c in text:
        if ord(c) < 128:
            out.append(c.lower())
        else:
            out.append(FOLD.get(c, c.lower()))
    return "".join(out)


def _is_initialism_dot(text, start, dot):
    seg = text[start:dot]
    last = seg.rsplit(".", 1)[-1]
    nxt = text[dot + 1:]
    return len(last) == 1 and (len(nxt) < 2 or not nxt[1].isalnum() or nxt[1] == ".")


def words(text):
    """Port of text::words: letters/digits with internal ' - . , joiners."""
    out = []
    i, n = 0, len(text)
    while i < n:
        if not text[i].isalnum():
            i += 1
            continue
        start = i
        i += 1
        while i < n:
            c = text[i]
            if c.isalnum():
                i += 1
                continue
            if c in "'’-‑.,":
                nxt = text[i + 1] if i + 1 < n else None
                prev_digit = text[i - 1].isdigit() and text[i - 1].isascii()
                if nxt is None:
                    ok = False
                elif c == ",":
                    ok = prev_digit and nxt.isascii() and nxt.isdigit()
                elif c == ".":
                    ok = nxt.isalnum() and (prev_digit or _is_initialism_dot(text, start, i))
                else:
                    ok = nxt.isalnum()
                if ok:
                    i += 1
                    continue
            break
        out.append(text[start:i])
    return out


def folded_words(s):
    return words(fold(s))


def f1(a, b):
    a, b = folded_words(a), folded_words(b)
    if not a or not b:
        return 0.0
    bag = collections.Counter(b)
    common = 0
    for w in a:
        if bag[w] > 0:
            bag[w] -= 1
            common += 1
    return 2.0 * common / (len(a) + len(b))


class Registry:
    def __init__(self, path):
        raw = json.load(open(path, encoding="utf-8"))
        self.keys = []
        # BTreeMap<String, _> iterates in byte order of the UTF-8 keys.
        for name in sorted(raw, key=lambda k: k.encode("utf-8")):
            if name.startswith("_"):
                continue
            self.keys.append((name, folded_words(name)))
            for a in raw[name]:
                self.keys.append((name, folded_words(a)))

    def has(self, e):
        return any(n == e for n, _ in self.keys)

    def reading(self, s):
        w = folded_words(s)
        best, best_len = None, -1
        for name, k in self.keys:
            if not k:
                continue
            if any(w[i:i + len(k)] == k for i in range(len(w) - len(k) + 1)):
                if len(k) >= best_len:  # last max wins, like max_by_key
                    best, best_len = name, len(k)
        return best

    def is_right(self, speaker, accepted):
        r = self.reading(speaker["name"])
        if r is not None:
            return r in accepted
        rs = [self.reading(a) for a in speaker.get("aliases", [])]
        rs = [r for r in rs if r is not None]
        return bool(rs) and all(r in accepted for r in rs)


def run_cli(binary, files):
    out = subprocess.run([binary, "--format", "json", *files], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"factsheet failed: {out.stderr}")
    return json.loads(out.stdout)


def name_of(sheet, i):
    if i is None or i >= len(sheet["speakers"]):
        return "-"
    return sheet["speakers"][i]["name"]


def short(s, n=110):
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(HERE, "..", "..", "target", "release", "factsheet"))
    ap.add_argument("--json-dir", help="also save each event's sheet JSON here")
    ap.add_argument("--events", default="abc",
                    help="which events to score, by letter (development uses 'ab'; 'c' is kept blind)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print matched pairs too")
    args = ap.parse_args()

    reg = Registry(os.path.join(HERE, "gold", "entities.json"))
    art_dir = os.path.join(HERE, "articles")
    stems = sorted(f[:-4] for f in os.listdir(art_dir) if f.endswith(".txt"))
    events = collections.OrderedDict()
    for s in stems:
        if s[0] in args.events:
            events.setdefault(s.split("_")[0][0], []).append(s)

    rows = []
    total = collections.Counter()
    # (stem, gold index) -> (sheet, predicted statement) for the claim checks
    match_of = {}
    sheets = {}
    for ev, ev_stems in events.items():
        files = [os.path.join(art_dir, s + ".txt") for s in ev_stems]
        sheet = run_cli(args.bin, files)
        sheets[ev] = sheet
        if args.json_dir:
            os.makedirs(args.json_dir, exist_ok=True)
            with open(os.path.join(args.json_dir, f"event_{ev}.json"), "w") as f:
                json.dump(sheet, f, indent=1, ensure_ascii=False)
        for art in sheet["articles"]:
            stem = art["file"][:-4]
            gold = json.load(open(os.path.join(HERE, "gold", stem + ".json"), encoding="utf-8"))
            assert gold["article"] == art["file"]
            gs = gold["statements"]
            for g in gs:
                for e in [g["speaker"], g.get("via")] + g.get("aliases", []) + g.get("via_aliases", []):
                    assert e is None or reg.has(e), f"{stem}: unknown gold entity {e!r}"
            preds = [p for p in sheet["statements"] if p["article"] == art["id"] and p["kind"] != "narration"]
            pairs = []
            for gi, g in enumerate(gs):
                for pi, p in enumerate(preds):
                    sc = f1(g["text"], p["text"])
                    if sc >= MIN_F1:
                        pairs.append((sc, gi, pi))
            pairs.sort(key=lambda t: -t[0])  # stable, like sort_by with total_cmp
            gmatch = [None] * len(gs)
            used = [False] * len(preds)
            for _, gi, pi in pairs:
                if gmatch[gi] is None and not used[pi]:
                    gmatch[gi] = pi
                    used[pi] = True
            row = collections.Counter(gold=len(gs), predicted=len(preds))
            print(f"\n== {stem}")
            for gi, (g, m) in enumerate(zip(gs, gmatch)):
                if m is None:
                    print(f"  MISS  [{g['speaker']}{' via ' + g['via'] if g.get('via') else ''}] {short(g['text'])}")
                    if args.verbose:
                        near = [(f1(g["text"], q["text"]), q) for q in sheet["statements"] if q["article"] == art["id"]]
                        near = [t for t in near if t[0] >= 0.3]
                        if near:
                            sc, q = max(near, key=lambda t: t[0])
                            print(f"        closest ({q['kind']}, F1 {sc:.2f}) [{name_of(sheet, q.get('speaker'))}] {short(q['text'])}")
                    continue
                p = preds[m]
                match_of[(stem, gi)] = (ev, p)
                row["matched"] += 1
                acc = [g["speaker"]] + g.get("aliases", [])
                sp = sheet["speakers"][p["speaker"]] if p.get("speaker") is not None else None
                sp_ok = sp is not None and reg.is_right(sp, acc)
                pv = sheet["speakers"][p["via"]] if p.get("via") is not None else None
                if g.get("via") is None:
                    via_ok = pv is None
                else:
                    via_ok = pv is not None and reg.is_right(pv, [g["via"]] + g.get("via_aliases", []))
                row["speaker_right"] += sp_ok
                row["via_right"] += via_ok
                row["direct_right"] += g["direct"] == p["direct"]
                if not sp_ok or not via_ok:
                    print(f"  WHO   gold [{g['speaker']} via {g.get('via')}] got [{name_of(sheet, p.get('speaker'))} via {name_of(sheet, p.get('via'))}] {short(p['text'])}")
                elif args.verbose:
                    print(f"  OK    [{g['speaker']}] {short(p['text'])}")
                if g["direct"] != p["direct"] and args.verbose:
                    print(f"  DIRECT gold {g['direct']} got {p['direct']}: {short(p['text'])}")
                if args.verbose and f1(g["text"], p["text"]) < 0.85:
                    print(f"  FRAME gold «{short(g['text'])}»\n        got  «{short(p['text'])}»")
            for p, u in zip(preds, used):
                if not u:
                    print(f"  EXTRA [{name_of(sheet, p.get('speaker'))} via {name_of(sheet, p.get('via'))}] ({p['kind']}) {short(p['text'])}")
            rows.append((stem, row))
            total.update(row)

    def ratio(n, d):
        return 1.0 if d == 0 else n / d

    print(f"\n{'article':<22} {'gold':>5} {'pred':>5} {'matched':>7} {'precision':>9} {'recall':>6} {'speaker':>7} {'via':>5} {'direct':>6}")
    for name, r in rows + [("TOTAL", total)]:
        print(f"{name:<22} {r['gold']:>5} {r['predicted']:>5} {r['matched']:>7} "
              f"{ratio(r['matched'], r['predicted']):>9.3f} {ratio(r['matched'], r['gold']):>6.3f} "
              f"{ratio(r['speaker_right'], r['matched']):>7.3f} {ratio(r['via_right'], r['matched']):>5.3f} "
              f"{ratio(r['direct_right'], r['matched']):>6.3f}")

    # ---- claims and conflicts ----
    cl = json.load(open(os.path.join(HERE, "gold", "claims.json"), encoding="utf-8"))

    def in_scope(entry):
        """True when every member of a group, pair or conflict is in a scored event."""
        text = json.dumps(entry)
        return all(st[0] in args.events for st in stems_all if st in text) and any(
            st in text for st in stems)

    stems_all = sorted(f[:-4] for f in os.listdir(art_dir) if f.endswith(".txt"))
    for key in ("groups", "apart", "conflicts"):
        if key in cl:
            cl[key] = [e for e in cl[key] if in_scope(e)]
    gold_all = {}
    for s in stems:
        gold_all[s] = json.load(open(os.path.join(HERE, "gold", s + ".json"), encoding="utf-8"))["statements"]

    def resolve(member):
        stem, prefix = member
        hits = [i for i, g in enumerate(gold_all[stem]) if g["text"].startswith(prefix)]
        assert len(hits) == 1, f"claims.json: {member} matches {len(hits)} gold statements"
        return match_of.get((stem, hits[0]))

    def covering(member):
        """Predicted statements of any kind (narration too) whose text reads
        as the member's gold text (F1 >= 0.6), in the member's article."""
        stem, prefix = member
        g = [g for g in gold_all[stem] if g["text"].startswith(prefix)][0]
        out = []
        for ev, sheet in sheets.items():
            ids = [a["id"] for a in sheet["articles"] if a["file"] == stem + ".txt"]
            for p in sheet["statements"]:
                if ids and p["article"] == ids[0] and f1(g["text"], p["text"]) >= MIN_F1:
                    out.append((ev, p))
        return out

    def claims_of(ev, p):
        return {c["id"] for c in sheets[ev]["claims"] if p["id"] in c["statements"]}

    print("\n== claims (same proposition across outlets)")
    pair_ok = pair_n = 0
    for grp in cl["groups"]:
        ms = [(m, resolve(m)) for m in grp["members"]]
        found = [(m, x) for m, x in ms if x is not None]
        ok_pairs = n_pairs = 0
        for i in range(len(found)):
            for j in range(i + 1, len(found)):
                (ev1, p1), (ev2, p2) = found[i][1], found[j][1]
                n_pairs += 1
                if ev1 == ev2 and claims_of(ev1, p1) & claims_of(ev2, p2):
                    ok_pairs += 1
        pair_ok += ok_pairs
        pair_n += n_pairs
        ids = ["/".join(str(c) for c in sorted(claims_of(*x))) or "none" for _, x in found]
        print(f"  {ok_pairs}/{n_pairs} pairs grouped  ({len(found)}/{len(ms)} members extracted; claim ids {ids})  {grp['label']}")
    print(f"  grouping recall over pairs of extracted members: {pair_ok}/{pair_n}")
    apart_ok = apart_n = 0
    for a, b in cl["apart"]:
        x, y = resolve(a), resolve(b)
        if x is None or y is None:
            continue
        apart_n += 1
        same = x[0] == y[0] and claims_of(*x) & claims_of(*y)
        apart_ok += not same
        if same:
            print(f"  WRONGLY GROUPED: «{short(x[1]['text'], 60)}» + «{short(y[1]['text'], 60)}»")
    print(f"  kept apart: {apart_ok}/{apart_n}")

    print("\n== conflicts")
    conf_ok = 0
    for c in cl["conflicts"]:
        side_a = [x for m in c["a"] for x in covering(m)]
        side_b = [x for m in c["b"] for x in covering(m)]
        hit = None
        for ev in {x[0] for x in side_a}:
            sheet = sheets[ev]
            ida = {p["id"] for e, p in side_a if e == ev}
            idb = {p["id"] for e, p in side_b if e == ev}
            cla = {cid for e, p in side_a if e == ev for cid in claims_of(ev, p)}
            clb = {cid for e, p in side_b if e == ev for cid in claims_of(ev, p)}
            for k in sheet["conflicts"]:
                st = set(k["statements"])
                cs = set(k.get("claims", []))
                if (st & ida or cs & cla) and (st & idb or cs & clb):
                    hit = k
                    break
            if hit:
                break
        conf_ok += hit is not None
        if hit:
            print(f"  FOUND  ({c['kind']}; got {hit['kind']}: {short(hit['note'], 80)})  {c['note']}")
        else:
            print(f"  MISSED ({c['kind']}; sides extracted {len(side_a)}/{len(c['a'])} and {len(side_b)}/{len(c['b'])})  {c['note']}")
    print(f"  conflicts found: {conf_ok}/{len(cl['conflicts'])}")
    for ev, sheet in sheets.items():
        print(f"\n  event {ev}: {len(sheet['claims'])} claims, {len(sheet['conflicts'])} conflicts predicted")
        for k in sheet["conflicts"]:
            texts = [short(sheet["statements"][i]["text"], 50) for i in k["statements"][:3]]
            print(f"    - {k['kind']}: {short(k['note'], 90)} | {texts}")


if __name__ == "__main__":
    main()
