# -*- coding: utf-8 -*-
"""Assemble feeds4: formula items + hand-written items + derived copies; anonymous names; truth/names json."""
import json, os, random, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_ko, gen_hi, gen_uk, hand_ko, hand_hi, hand_uk

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # /tmp/feeds4
SEED = 20261129

def paras(t): return t.rstrip("\n").split("\n\n")
def trim(t, idx):
    p = paras(t); del p[idx]; return "\n\n".join(p) + "\n"

CHROME = {
 "ko": ("{title} | 사회 | 한빛일보\n\n홈 | 정치 | 경제 | 사회 | 국제 | 문화 | 스포츠 | 오피니언\n입력 2026.11.05 14:22  수정 2026.11.05 15:03\n기사원문: 연합뉴스\n글자크기 가 가 | 공유하기\n\n",
        "\n저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지\n이 기사를 공유합니다: 카카오톡 | 페이스북 | X | 링크 복사\n관련기사\n제주 해녀박물관, 겨울 특별전 개막\n서귀포 앞바다서 멸종위기 바다거북 구조\n많이 본 뉴스\n한빛일보 | 등록번호 서울 아00000 | 발행인·편집인 홍길동 | 청소년보호책임자 김철수 | Copyright © 한빛일보. All rights reserved.\n"),
 "hi": ("{title} | देश | नवप्रभात समाचार\n\nहोम | देश | विदेश | राज्य | व्यापार | खेल | मनोरंजन | वीडियो\nअपडेटेड: 09 नवंबर 2026, 04:35 PM IST\nएजेंसी: भाषा\nफॉलो करें: गूगल न्यूज़ | व्हाट्सऐप चैनल\n\n",
        "\n(यह खबर एजेंसी फीड से ली गई है। नवप्रभात समाचार ने इसमें कोई बदलाव नहीं किया है।)\nशेयर करें: फेसबुक | एक्स | व्हाट्सऐप | टेलीग्राम\nये भी पढ़ें:\nपंजाब में सीमा पर ड्रोन गतिविधियों पर कड़ी नजर, बीएसएफ ने बढ़ाई गश्त\nदिल्ली हवाई अड्डे पर सोने की तस्करी के आरोप में दो यात्री गिरफ्तार\n© 2026 नवप्रभात समाचार | हमारे बारे में | संपर्क करें | गोपनीयता नीति | विज्ञापन\n"),
 "uk": ("{title} | Суспільство | Південний вісник\n\nГоловна | Новини | Політика | Економіка | Суспільство | Спорт | Культура\n23 листопада 2026, 12:48 | Оновлено: 13:10\nДжерело: Укрінформ\n\n",
        "\nПоділитися: Facebook | Telegram | Viber | X\nЧитайте нас у Telegram та Google News\nЧитайте також:\nНа Миколаївщині відновили зрошення на перших тисячах гектарів\nХерсонські томати повертаються на полиці супермаркетів\n© 2026 Південний вісник. Усі права захищені. Використання матеріалів дозволяється за умови гіперпосилання | Реклама | Контакти\n"),
}

PLAN = {
 "ko": dict(gen=gen_ko.ITEMS, hand=hand_ko.H,
            chrome="ko_misc_1", trim=("ko_fire_3", 2),
            rw_misc="ko_misc_3", rw_formula="ko_congrat_2",
            notes=dict(chrome="verbatim repost in site chrome (한빛일보 navigation, 입력/수정 timestamps, 기사원문 line, share line, 관련기사, footer) of a stand-alone item (Jeju dolphin calves)",
                       trim="trimmed copy of a FORMULA item (Cheongju logistics warehouse fire): 2nd paragraph (response level, crews/equipment, 9-hour fight, burnt area, spread, safety text) cut; what remains is mostly formula wording plus this item's place/casualties/quote",
                       rw_misc="close rewrite by another outlet (Newsis style) of a stand-alone item (Jirisan black bears pass 100), quote verbatim",
                       rw_formula="close rewrite (News1 style, shortened) of a FORMULA item with almost no numbers (President Lee's congratulatory message to Czech PM Babiš), quote verbatim; only its partner is its source, not the other five congratulatory messages")),
 "hi": dict(gen=gen_hi.ITEMS, hand=hand_hi.H,
            chrome="hi_seize_2", trim=("hi_misc_2", 3),
            rw_misc="hi_misc_4", rw_formula="hi_visit_3",
            notes=dict(chrome="verbatim repost in site chrome (नवप्रभात समाचार navigation, timestamp, agency line, disclaimer, share line, ये भी पढ़ें, footer) of a FORMULA item (DRI cocaine capsules at Mumbai airport)",
                       trim="trimmed copy of a stand-alone item (Harappan settlement in Hanumangarh): 3rd body paragraph (the seal described by Vinay Kumar Gupta) cut, so the next paragraph quotes 'गुप्ता' without his introduction; rest verbatim",
                       rw_misc="close rewrite by UNI-Varta of a stand-alone item (Saud village women's forest, Pauri), quote verbatim",
                       rw_formula="close rewrite (UNI-Varta style, shortened) of a FORMULA item with no figures (President Murmu visits military hospital in Leh), quote verbatim; only its partner is its source, not the other four visits")),
 "uk": dict(gen=gen_uk.ITEMS, hand=hand_uk.H,
            chrome="uk_misc_3", trim=("uk_power_2", 2),
            rw_misc="uk_misc_1", rw_formula="uk_closure_4",
            notes=dict(chrome="verbatim repost in site chrome (Південний вісник navigation, timestamps, source line, share line, «Читайте також», footer) of a stand-alone item (Kherson watermelons on demined fields)",
                       trim="trimmed copy of a FORMULA item (Kyiv/Kyiv oblast outage schedules, 9 Nov): 2nd paragraph (cause + industry limits + Zhytomyr/Chernihiv) cut; what remains is mostly formula wording plus this item's date/region/queues/quote",
                       rw_misc="close rewrite by UNIAN of a stand-alone item (lynx with kittens in Gorgany reserve), quote verbatim",
                       rw_formula="close rewrite (Ukrinform, shortened) of a FORMULA item whose times and quantities are in WORDS (North Bridge night closures, Kyiv), quote verbatim; only its partner is its source, not the other road closures")),
}

def main():
    names, truth = {}, {}
    for lang, P in PLAN.items():
        items = dict(P["gen"])
        for k, v in P["hand"].items():
            assert k not in items, k
            items[k] = v
        src = items[P["chrome"]]
        head, foot = CHROME[lang]
        title = paras(src)[0]
        ck = f"{lang}_reuse_chrome_{P['chrome'].split('_',1)[1].replace('_','')}"
        items[ck] = head.format(title=title) + src + foot
        tsrc, tidx = P["trim"]
        tk = f"{lang}_reuse_trim_{tsrc.split('_',1)[1].replace('_','')}"
        items[tk] = trim(items[tsrc], tidx)
        sem_pairs = [
            (P["chrome"], ck, "copy", P["notes"]["chrome"]),
            (tsrc, tk, "copy", P["notes"]["trim"]),
            (P["rw_misc"], f"{lang}_reuse_rewrite_{P['rw_misc'].split('_',1)[1].replace('_','')}", "rewrite", P["notes"]["rw_misc"]),
            (P["rw_formula"], f"{lang}_reuse_rewrite_{P['rw_formula'].split('_',1)[1].replace('_','')}", "rewrite", P["notes"]["rw_formula"]),
        ]
        for a, b, _, _ in sem_pairs:
            assert a in items and b in items, (a, b)
        rng = random.Random(f"{SEED}-{lang}")
        sems = sorted(items)
        rng.shuffle(sems)
        used, m = set(), {}
        for s in sems:
            while True:
                h = "%08x" % rng.getrandbits(32)
                if h not in used: used.add(h); break
            m[s] = f"{lang}_{h}.txt"
        d = os.path.join(OUT, lang)
        if os.path.isdir(d): shutil.rmtree(d)
        os.makedirs(d)
        for s, fn in m.items():
            with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
                f.write(items[s])
        names[lang] = {m[s]: s for s in sorted(items)}
        tl = []
        for a, b, rel, note in sem_pairs:
            fa, fb = m[a], m[b]
            if rng.random() < 0.5: fa, fb = fb, fa
            tl.append({"a": fa, "b": fb, "relation": rel, "note": note})
        truth[lang] = tl
        print(lang, len(items))
    json.dump(truth, open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    json.dump(names, open(os.path.join(OUT, "names.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
