"""Write docs/ (anonymous, shuffled with random seed 24), names.json and truth.json from named/."""

import json
import random
import shutil
from pathlib import Path

R = Path(__file__).resolve().parent.parent
N, D = R / "named", R / "docs"
STORIES = ["ja4", "ar4", "ru4", "es4", "zh5"]
KINDS = ["src", "repost", "trimmed", "rewrite", "rewrite-loose", "partial", "indep-a", "indep-b"]

rng = random.Random(24)
roles = [f"{s}-{k}" for s in STORIES for k in KINDS]
rng.shuffle(roles)
if D.exists():
    shutil.rmtree(D)
D.mkdir()
anon, names = {}, {}
for i, role in enumerate(roles):
    ext = ".md" if role.endswith("-repost") else ".txt"
    name = f"{i:03d}_{rng.getrandbits(64):016x}{ext}"
    shutil.copyfile(N / f"{role}{ext}", D / name)
    anon[role], names[name] = name, role

pairs, clusters = [], []
for s in STORIES:
    a = lambda k: anon[f"{s}-{k}"]
    pat = [
        ("src", "repost", "copy"), ("src", "trimmed", "copy"), ("repost", "trimmed", "copy"),
        ("src", "rewrite", "rewrite"), ("repost", "rewrite", "rewrite"),
        ("src", "rewrite-loose", "rewrite"), ("repost", "rewrite-loose", "rewrite"),
        ("src", "partial", "partial"), ("repost", "partial", "partial"),
    ]
    for ind in ("indep-a", "indep-b"):
        for k in ("src", "repost", "trimmed", "rewrite", "rewrite-loose", "partial"):
            pat.append((ind, k, "none"))
    pat.append(("indep-a", "indep-b", "none"))
    pairs += [[a(x), a(y), l] for x, y, l in pat]
    clusters.append([a(k) for k in ("src", "repost", "trimmed", "rewrite", "rewrite-loose")])

(R / "truth.json").write_text(json.dumps({"pairs": pairs, "clusters": clusters}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
(R / "names.json").write_text(json.dumps(dict(sorted(names.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(names), "docs,", len(pairs), "pairs,", len(clusters), "clusters")
