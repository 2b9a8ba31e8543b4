# -*- coding: utf-8 -*-
"""Assemble feeds10: formula items (gen_<lang>) + hand-written items (hand_<lang>) + derived copies
(two chrome reposts and one trimmed copy per language); anonymous shuffled names; truth.json, names.json,
tools/hard_negatives.json. Adapted from calibration/feeds9/tools/build.py (same design, other languages, seed and week)."""
import importlib, json, os, random, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # calibration/feeds10
SEED = 20261129
LANGS = tuple(os.environ.get("FEEDS10_LANGS", "zh,ar,ru,ja,es").split(","))

def paras(t): return t.rstrip("\n").split("\n\n")
def trim(t, idx):
    p = paras(t); del p[idx]; return "\n\n".join(p) + "\n"
def short(sem): return sem.split("_", 1)[1].replace("_", "")

# One portal per language; both reposts of a language appear on it (with their own timestamps and
# "read also" lines), so the two reposts share chrome but are unrelated to each other.
SITE = {
 "zh": dict(head="{title}_要闻_江南视窗\n\n首页 | 要闻 | 国内 | 国际 | 财经 | 社会 | 文旅 | 图片\n发布时间：{ts} | 更新时间：{ts2}\n来源：新华社\n\n",
            foot="\n分享到：微信 | 微博 | QQ空间 | 复制链接\n相关阅读：\n{rel}\n江南视窗 | 关于我们 | 广告服务 | 隐私政策 | 违法和不良信息举报 | 版权所有 © 2026\n"),
 "ar": dict(head="{title} | أخبار محلية | بوابة الساحل\n\nالرئيسية | محليات | عربي ودولي | اقتصاد | رياضة | ثقافة | طقس\nنُشر في: {ts} | آخر تحديث: {ts2}\nالمصدر: {src}\n\n",
            foot="\nشارك: فيسبوك | إكس | واتساب | نسخ الرابط\nاقرأ أيضاً:\n{rel}\nبوابة الساحل | من نحن | أعلن معنا | سياسة الخصوصية | جميع الحقوق محفوظة © 2026\n"),
 "ru": dict(head="{title} — Вести Приозерья\n\nГлавная | Новости | Регион | Экономика | Происшествия | Спорт | Культура\nОпубликовано: {ts} | Обновлено: {ts2}\nИсточник: {src}\n\n",
            foot="\nПоделиться: ВКонтакте | Одноклассники | Telegram | Скопировать ссылку\nЧитайте также:\n{rel}\nВести Приозерья | О редакции | Реклама | Политика конфиденциальности | © 2026 Все права защищены. 16+\n"),
 "ja": dict(head="{title}｜ニュース｜みなと新報デジタル\n\nトップ｜ニュース｜地域｜経済｜社会｜スポーツ｜くらし\n配信日時：{ts}｜更新：{ts2}\n提供：{src}\n\n",
            foot="\nシェア：X｜Facebook｜LINE｜リンクをコピー\nあわせて読みたい：\n{rel}\nみなと新報デジタル｜会社案内｜広告掲載｜プライバシーポリシー｜© 2026 みなと新報社\n"),
 "es": dict(head="{title} | Actualidad | Noticias del Valle\n\nPortada | Actualidad | Sucesos | Economía | Deportes | Cultura | El tiempo\nPublicado: {ts} | Actualizado: {ts2}\nFuente: {src}\n\n",
            foot="\nCompartir: Facebook | X | WhatsApp | Copiar enlace\nTe puede interesar:\n{rel}\nNoticias del Valle | Quiénes somos | Publicidad | Política de privacidad | © 2026 Todos los derechos reservados\n"),
}
# per repost: (timestamp, updated, source line, related headlines)
CHROME_VAR = {
 "zh_huilv_3": ("2026-12-02 09:41", "09:58", "新华社", "央行开展3000亿元中期借贷便利操作\n11月制造业采购经理指数回升至50.2%"),
 "zh_misc_1": ("2026-11-30 16:12", "16:40", "新华社", "青溪古镇冬季旅游季启动\n江西今年新增省级森林公园8处"),
 "ar_taqs_2": ("1 ديسمبر 2026 - 09:35", "10:02", "واس", "الدفاع المدني يدعو إلى عدم عبور الأودية أثناء جريان السيول\nتعليق الدراسة الحضورية في عدد من محافظات منطقة عسير"),
 "ar_misc_2": ("1 ديسمبر 2026 - 14:20", "14:48", "واس", "هيئة التراث تسجل 120 موقعاً أثرياً جديداً في السجل الوطني\nافتتاح معرض للمخطوطات النادرة في المدينة المنورة"),
 "ru_kurs_2": ("01.12.2026, 17:42", "18:05", "ТАСС", "Минфин увеличил продажи валюты на внутреннем рынке\nИнфляция в ноябре замедлилась до 5,1% в годовом выражении"),
 "ru_misc_1": ("30.11.2026, 15:10", "15:36", "ТАСС", "В Новоборске отремонтируют двенадцать школ в 2027 году\nФестиваль любительских театров пройдет в регионе весной"),
 "ja_jishin_2": ("2026年12月1日 15時02分", "15時20分", "時事通信", "岩手県沿岸で津波注意報の発表なし　気象庁\n東北新幹線、一時運転見合わせ　点検後に再開"),
 "ja_misc_3": ("2026年12月2日 11時30分", "11時55分", "共同通信", "縄文遺跡群の来場者、昨年を上回る\n県立博物館で企画展「土偶の世界」"),
 "es_bonoloto_3": ("02/12/2026 22:14", "22:31", "EFE", "La Primitiva del jueves reparte un bote de 11 millones\nLotería de Navidad: cómo comprobar si tu décimo tiene premio"),
 "es_misc_1": ("30/11/2026 13:05", "13:42", "EFE", "Zamora prepara una ruta turística por sus queserías artesanas\nLa feria del queso de Castrobello reunirá a 40 productores"),
}

PLAN = {
 "zh": dict(chrome_formula="zh_huilv_3", near="zh_huilv_2", chrome_misc="zh_misc_1", trim=("zh_gdp_2", 2),
            rw_misc="zh_misc_4", rw_formula="zh_fugao_2", partial="zh_misc_6"),
 "ar": dict(chrome_formula="ar_taqs_2", near="ar_taqs_4", chrome_misc="ar_misc_2", trim=("ar_misc_5", 2),
            rw_misc="ar_misc_3", rw_formula="ar_amr_3", partial="ar_misc_7"),
 "ru": dict(chrome_formula="ru_kurs_2", near="ru_kurs_1", chrome_misc="ru_misc_1", trim=("ru_arest_3", 2),
            rw_misc="ru_misc_4", rw_formula="ru_chs_2", partial="ru_misc_6"),
 "ja": dict(chrome_formula="ja_jishin_2", near="ja_jishin_4", chrome_misc="ja_misc_3", trim=("ja_misc_5", 2),
            rw_misc="ja_misc_2", rw_formula="ja_taiho_3", partial="ja_misc_7"),
 "es": dict(chrome_formula="es_bonoloto_3", near="es_bonoloto_2", chrome_misc="es_misc_1", trim=("es_trafico_2", 2),
            rw_misc="es_misc_3", rw_formula="es_detenidos_2", partial="es_misc_6"),
}
from notes import NOTES
for _l, _p in PLAN.items():
    _p["notes"] = NOTES[_l]

def mods(lang):
    return importlib.import_module(f"gen_{lang}"), importlib.import_module(f"hand_{lang}").H

def chrome(lang, src, body):
    ts, ts2, srcline, rel = CHROME_VAR[src]
    site = SITE[lang]
    title = paras(body)[0]
    head = site["head"].format(title=title, ts=ts, ts2=ts2, src=srcline)
    foot = site["foot"].format(rel=rel)
    return head + body + foot

def main():
    names, truth, hard = {}, {}, {}
    for lang in LANGS:
        P = PLAN[lang]
        gen, hand = mods(lang)
        items = dict(gen.ITEMS)
        for k, v in hand.items():
            assert k not in items, k
            items[k] = v
        chrome_keys = []
        for src in (P["chrome_formula"], P["chrome_misc"]):
            ck = f"{lang}_reuse_chrome_{short(src)}"
            items[ck] = chrome(lang, src, items[src])
            chrome_keys.append(ck)
        tsrc, tidx = P["trim"]
        tk = f"{lang}_reuse_trim_{short(tsrc)}"
        items[tk] = trim(items[tsrc], tidx)
        rwm = f"{lang}_reuse_rewrite_{short(P['rw_misc'])}"
        rwf = f"{lang}_reuse_rewrite_{short(P['rw_formula'])}"
        par = f"{lang}_reuse_partial_{short(P['partial'])}"
        N = P["notes"]
        sem_pairs = [
            (P["chrome_formula"], chrome_keys[0], "copy", N["chrome_formula"]),
            (P["chrome_misc"], chrome_keys[1], "copy", N["chrome_misc"]),
            (tsrc, tk, "copy", N["trim"]),
            (P["rw_misc"], rwm, "rewrite", N["rw_misc"]),
            (P["rw_formula"], rwf, "rewrite", N["rw_formula"]),
            (P["partial"], par, "partial", N["partial"]),
        ]
        for a, b, _, _ in sem_pairs:
            assert a in items and b in items, (a, b)
        assert len(items) == 48, (lang, len(items))
        fam = lambda s: s.rsplit("_", 1)[0]
        sib = lambda s: sorted(k for k in gen.ITEMS if fam(k) == fam(s) and k != s)
        hn = []
        cf = P["chrome_formula"]
        hn.append((chrome_keys[0], P["near"], "formula_repost_vs_sibling",
                   f"repost of {cf} vs its closest sibling {P['near']} (same template and template numbers, different event)"))
        for s in sib(cf):
            if s != P["near"]:
                hn.append((chrome_keys[0], s, "formula_repost_vs_sibling", f"repost of {cf} vs sibling {s}"))
        hn.append((cf, P["near"], "formula_siblings", f"the reposted item {cf} and its closest sibling {P['near']}"))
        if tsrc in gen.ITEMS:
            for s in sib(tsrc):
                hn.append((tk, s, "formula_trim_vs_sibling", f"trimmed copy of {tsrc} vs sibling {s}"))
        for s in sib(P["rw_formula"]):
            hn.append((rwf, s, "formula_rewrite_vs_sibling", f"rewrite of {P['rw_formula']} vs sibling {s}"))
        hn.append((f"{lang}_event_1", f"{lang}_event_2", "same_event_independent",
                   "same event reported independently by the agency and another outlet (shared names and figures, no shared text)"))
        hn.append((f"{lang}_topic_1", f"{lang}_topic_2", "same_topic_different_event", "same topic, different events"))
        hn.append((chrome_keys[0], chrome_keys[1], "shared_chrome_only", "two reposts on the same portal: shared navigation/footer, unrelated articles"))
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
        hard[lang] = [{"a": m[a], "b": m[b], "roles": [a, b], "kind": k, "note": n} for a, b, k, n in hn]
        print(lang, len(items))
    json.dump(truth, open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    json.dump(names, open(os.path.join(OUT, "names.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    json.dump(hard, open(os.path.join(OUT, "tools", "hard_negatives.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
