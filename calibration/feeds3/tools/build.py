# -*- coding: utf-8 -*-
"""Assemble feeds3: formula items + hand-written items + derived copies; anonymous names; truth/names json."""
import json, os, random, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_zh, gen_ru, gen_ar, hand_zh, hand_ru, hand_ar

OUT = "/tmp/feeds3"
SEED = 20261129

def paras(t): return t.rstrip("\n").split("\n\n")
def trim(t, idx):
    p = paras(t); del p[idx]; return "\n\n".join(p) + "\n"

CHROME = {
 "zh": ("{title} - 新闻频道 - 彩云网\n\n首页 | 新闻 | 财经 | 体育 | 文旅 | 视频 | 专题\n2026-11-08 18:42  来源：新华社  责任编辑：杨柳\n\n",
        "\n【纠错】 【责任编辑：杨柳】\n分享到：微信 | 微博 | QQ空间\n相关新闻：\n昭通开展农村道路交通安全专项整治\n云南发布冬季道路出行安全提示\n彩云网版权所有 © 2026 滇ICP备0000000号 | 关于我们 | 联系我们 | 违法和不良信息举报\n"),
 "ru": ("{title} — Новости — Север-Инфо\n\nГлавная | Новости | Экономика | Общество | Спорт | Культура | Видео\n06.11.2026, 14:25 | Обновлено: 06.11.2026, 15:02\nИсточник: ТАСС\n\n",
        "\nПоделиться: ВКонтакте | Telegram | Одноклассники\nПодпишитесь на наш канал в Telegram, чтобы первыми узнавать главные новости региона.\nЧитайте также:\nВ Оймяконе зафиксировали первый в сезоне мороз ниже минус 50\nМузей мамонта в Якутске откроется после реконструкции\n© 2026 Север-Инфо. Все права защищены. 18+ | Редакция | Реклама | Политика конфиденциальности\n"),
 "ar": ("{title} | محليات | بوابة الخليج اليوم\n\nالرئيسية | محليات | اقتصاد | رياضة | ثقافة | منوعات | فيديو\nنُشر في: 17 نوفمبر 2026 - 13:40 | آخر تحديث: 17 نوفمبر 2026 - 14:05\nالمصدر: وام\n\n",
        "\nشارك الخبر: فيسبوك | إكس | واتساب | تيليجرام\nأخبار ذات صلة:\nوزير دولة يستقبل وفدا برلمانيا من أمريكا اللاتينية\nالإمارات وكولومبيا تبحثان تعزيز التعاون الاقتصادي\nجميع الحقوق محفوظة © 2026 بوابة الخليج اليوم | من نحن | اتصل بنا | سياسة الخصوصية\n"),
}

PLAN = {
 "zh": dict(gen=gen_zh.ITEMS, hand=hand_zh.H,
            chrome="zh_accident_2", trim=("zh_misc_2", 3),
            rw_misc="zh_misc_4", rw_formula="zh_meeting_3",
            notes=dict(chrome="verbatim repost in site chrome (彩云网 navigation, source/editor line, share line, related links, footer)",
                       trim="trimmed copy of a stand-alone item: 3rd body paragraph (digitisation figures quoted by 俞天秀) cut; rest verbatim",
                       rw_misc="close rewrite by another outlet (中新网 style) of a stand-alone item (Anji Huangdu village tea+camping income), quote paraphrased around the same words",
                       rw_formula="close rewrite of a FORMULA item (Wang Yi - New Zealand FM Peters talks), quote verbatim; only its partner is its source, not the other four Wang Yi talks")),
 "ru": dict(gen=gen_ru.ITEMS, hand=hand_ru.H,
            chrome="ru_misc_1", trim=("ru_flight_4", 2),
            rw_misc="ru_misc_3", rw_formula="ru_football_2",
            notes=dict(chrome="verbatim repost in site chrome (Север-Инфо navigation, timestamps, share line, «Читайте также», footer) of a stand-alone item (woolly rhino calf, Yakutia)",
                       trim="trimmed copy of a FORMULA item (Kaliningrad airport restrictions): 2nd paragraph (delayed flights, diversions, Kaluga/Yaroslavl) cut; what remains is mostly formula wording plus this item's airport/times/quote",
                       rw_misc="close rewrite by RIA Novosti of a stand-alone item (Baikal seal census), quote verbatim",
                       rw_formula="close rewrite of a FORMULA item (RPL round 14 Krasnodar 1:1 CSKA), all facts and the quote kept; only its partner is its source, not the other RPL results")),
 "ar": dict(gen=gen_ar.ITEMS, hand=hand_ar.H,
            chrome="ar_cred_3", trim=("ar_accident_4", 2),
            rw_misc="ar_misc_2", rw_formula="ar_weather_1",
            notes=dict(chrome="verbatim repost in site chrome (بوابة الخليج اليوم navigation, timestamps, share line, related links, footer) of a FORMULA item (Colombian ambassador credentials)",
                       trim="trimmed copy of a FORMULA item (Kuwait Sixth Ring Road crash): 2nd paragraph (rescue boilerplate + road closure) cut",
                       rw_misc="close rewrite by another outlet (Al-Sharq style) of a stand-alone item (Ras Abu Fontas 4 desalination plant), quote verbatim",
                       rw_formula="close rewrite (Okaz style) of a FORMULA item (NCM thunderstorm alert for Makkah region), quote verbatim, shortened; only its partner is its source, not the other NCM alerts")),
}

def main():
    names, truth, roles_out = {}, {}, {}
    for lang, P in PLAN.items():
        items = dict(P["gen"])
        for k, v in P["hand"].items():
            items[k] = v
        # derived copies
        src = items[P["chrome"]]
        head, foot = CHROME[lang]
        title = paras(src)[0]
        items[f"{lang}_reuse_chrome_{P['chrome'].split('_',1)[1].replace('_','')}"] = head.format(title=title) + src + foot
        tsrc, tidx = P["trim"]
        items[f"{lang}_reuse_trim_{tsrc.split('_',1)[1].replace('_','')}"] = trim(items[tsrc], tidx)
        # pairs (semantic)
        sem_pairs = [
            (P["chrome"], f"{lang}_reuse_chrome_{P['chrome'].split('_',1)[1].replace('_','')}", "copy", P["notes"]["chrome"]),
            (tsrc, f"{lang}_reuse_trim_{tsrc.split('_',1)[1].replace('_','')}", "copy", P["notes"]["trim"]),
            (P["rw_misc"], f"{lang}_reuse_rewrite_{P['rw_misc'].split('_',1)[1].replace('_','')}", "rewrite", P["notes"]["rw_misc"]),
            (P["rw_formula"], f"{lang}_reuse_rewrite_{P['rw_formula'].split('_',1)[1].replace('_','')}", "rewrite", P["notes"]["rw_formula"]),
        ]
        for a, b, _, _ in sem_pairs:
            assert a in items and b in items, (a, b)
        # anonymous names, fixed seed
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
