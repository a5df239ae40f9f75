#!/usr/bin/env python3
"""Runs each block of probes/probes.txt through the factsheet CLI as a one-article bundle
and prints every statement (kind, speaker, via, cue, text). Diagnosis only, no scoring."""
import json, os, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
binary = sys.argv[sys.argv.index("--bin") + 1] if "--bin" in sys.argv else os.path.join(HERE, "..", "..", "target", "release", "factsheet")
only = [a for a in sys.argv[1:] if not a.startswith("--") and a != binary]
raw = open(os.path.join(HERE, "probes", "probes.txt"), encoding="utf-8").read()
blocks = [b for b in raw.split("\n---\n")]
blocks[0] = "\n".join(l for l in blocks[0].split("\n") if not l.startswith("#"))
for b in blocks:
    head, _, body = b.strip("\n").partition("\n")
    pid = head.split("|")[0].strip()
    if only and pid not in only:
        continue
    with tempfile.TemporaryDirectory() as d:
        f = os.path.join(d, pid + ".txt")
        open(f, "w", encoding="utf-8").write(body + "\n")
        out = subprocess.run([binary, "--format", "json", f], capture_output=True, text=True)
    print(f"\n## {head}")
    if out.returncode:
        print("  ERROR", out.stderr.strip()); continue
    s = json.loads(out.stdout)
    name = lambda i: "-" if i is None else s["speakers"][i]["name"]
    for st in s["statements"]:
        if st["kind"] == "narration" and "-n" not in sys.argv:
            print(f"  narr  {' '.join(st['text'].split())[:110]}")
            continue
        print(f"  {st['kind'][:5]:5} [{name(st['speaker'])} via {name(st['via'])}] cue={st.get('cue')} mention={st.get('mention')!r} :: {' '.join(st['text'].split())[:110]}")
