import json, os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
t = json.load(open(f"{OUT}/truth.json", encoding="utf-8")); n = json.load(open(f"{OUT}/names.json", encoding="utf-8"))
for lang in ("ko", "hi", "uk"):
    files = sorted(os.listdir(f"{OUT}/{lang}"))
    assert set(files) == set(n[lang]), lang
    for f in files:
        s = open(f"{OUT}/{lang}/{f}", "rb").read().decode("utf-8")  # raises if not UTF-8
        assert s.strip(), f
        assert "{" not in s and "}" not in s and "None" not in s, f
    assert len(t[lang]) == 4
    for p in t[lang]:
        assert p["a"] in files and p["b"] in files and p["a"] != p["b"]
        assert set(p) == {"a", "b", "relation", "note"} and p["relation"] in ("copy", "rewrite")
    groups = {}
    for f, r in n[lang].items():
        groups.setdefault(r.rsplit("_", 1)[0] if not r.startswith(f"{lang}_reuse") else "reuse", []).append(r)
    print(lang, len(files), {g: len(v) for g, v in sorted(groups.items())})
    for f, r in sorted(n[lang].items(), key=lambda kv: kv[1]):
        if "misc" in r or "reuse" in r or "topic" in r:
            s = open(f"{OUT}/{lang}/{f}", encoding="utf-8").read()
            print("  ", r, f, len(s.split()), "words")
print("OK")
