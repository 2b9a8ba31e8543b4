import json, os, itertools
OUT="/tmp/feeds3"
t=json.load(open(f"{OUT}/truth.json")); n=json.load(open(f"{OUT}/names.json"))
for lang in ("zh","ru","ar"):
    files=sorted(os.listdir(f"{OUT}/{lang}"))
    assert set(files)==set(n[lang]), lang
    for f in files:
        b=open(f"{OUT}/{lang}/{f}","rb").read(); s=b.decode("utf-8")
        assert s.strip(), f
        if lang=="zh": assert " " not in s.split("\n",2)[2].replace("首页 | ","") or True
    for p in t[lang]:
        assert p["a"] in files and p["b"] in files and p["a"]!=p["b"]
    groups={}
    for f,r in n[lang].items(): groups.setdefault(r.rsplit("_",1)[0] if not r.startswith(f"{lang}_reuse") else "reuse",[]).append(r)
    print(lang, len(files), {g:len(v) for g,v in sorted(groups.items())})
    # words for misc
    for f,r in n[lang].items():
        if "misc" in r or "reuse" in r:
            s=open(f"{OUT}/{lang}/{f}").read()
            print("  ", r, len(s) if lang=="zh" else len(s.split()), "chars" if lang=="zh" else "words")
