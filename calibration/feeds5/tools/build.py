# -*- coding: utf-8 -*-
"""Assemble feeds5: formula items + hand-written items + derived copies; anonymous names; truth/names json."""
import json, os, random, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_th, gen_he, gen_el, gen_bn, gen_id, hand_th, hand_he, hand_el, hand_bn, hand_id

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # calibration/feeds5
SEED = 20261130
LANGS = ("th", "he", "el", "bn", "id")

def paras(t): return t.rstrip("\n").split("\n\n")
def trim(t, idx):
    p = paras(t); del p[idx]; return "\n\n".join(p) + "\n"

CHROME = {
 "th": ("{title} | ข่าวทั่วไป | ข่าวสดเดลี่ออนไลน์\n\nหน้าแรก | การเมือง | เศรษฐกิจ | สังคม | ภูมิภาค | ต่างประเทศ | กีฬา | บันเทิง\nเผยแพร่: 8 พ.ย. 2569 10:42 น. | ปรับปรุง: 8 พ.ย. 2569 11:05 น.\nที่มา: สำนักข่าวไทย อสมท\nขนาดตัวอักษร ก ก ก | บันทึก\n\n",
        "\nแชร์ข่าวนี้: Facebook | LINE | X | คัดลอกลิงก์\nข่าวที่เกี่ยวข้อง\nทช.ปล่อยเต่าตนุคืนสู่ทะเลอันดามัน\nชาวประมงเกาะลิบงร่วมปลูกหญ้าทะเลฟื้นฟูแหล่งอาหารพะยูน\nข่าวยอดนิยม\nข่าวสดเดลี่ออนไลน์ | ติดต่อโฆษณา | นโยบายความเป็นส่วนตัว | Copyright © 2026 ข่าวสดเดลี่ออนไลน์ สงวนลิขสิทธิ์\n"),
 "he": ("{title} | חדשות | זמן הצפון\n\nראשי | חדשות | כלכלה | צרכנות | ספורט | תרבות | דעות\nפורסם: 10.11.26, 09:14 | עודכן: 09:40\nמקור: סוכנויות הידיעות\n\n",
        "\nשתפו: פייסבוק | וואטסאפ | טלגרם | X | העתקת קישור\nעוד באתר:\nעבודות לילה במנהרות הכרמל: אלה הסגירות הצפויות השבוע\nתושבי הגליל קיבלו קווי אוטובוס חדשים לחיפה\nזמן הצפון | אודות | צור קשר | תנאי שימוש | מדיניות פרטיות | © כל הזכויות שמורות\n"),
 "el": ("{title} | Κοινωνία | Ηπειρωτικός Λόγος\n\nΑρχική | Πολιτική | Οικονομία | Κοινωνία | Κόσμος | Αθλητισμός | Πολιτισμός\nΔημοσίευση: 14 Νοεμβρίου 2026, 11:32 | Ενημέρωση: 12:05\nΠηγή: ΑΠΕ-ΜΠΕ\n\n",
        "\nΚοινοποίηση: Facebook | X | Viber | Email\nΑκολουθήστε μας στο Google News\nΔιαβάστε επίσης:\nΚαστοριά: Νέες ξεναγήσεις στα βυζαντινά μνημεία της πόλης\nΦλώρινα: Ξεκίνησε η αποκατάσταση του παλιού σιδηροδρομικού σταθμού\n© 2026 Ηπειρωτικός Λόγος. Απαγορεύεται η αναδημοσίευση χωρίς άδεια | Όροι χρήσης | Επικοινωνία\n"),
 "bn": ("{title} | সারাদেশ | দৈনিক উপকূল বার্তা\n\nপ্রচ্ছদ | জাতীয় | রাজনীতি | অর্থনীতি | সারাদেশ | আন্তর্জাতিক | খেলা | বিনোদন\nপ্রকাশিত: ০৬ নভেম্বর ২০২৬, ১৪:২০ | আপডেট: ১৫:০২\nসূত্র: বাসস\n\n",
        "\nশেয়ার করুন: ফেসবুক | হোয়াটসঅ্যাপ | এক্স | লিংক কপি\nআরও পড়ুন\nটেকনাফে সাগর উত্তাল, মাছ ধরা বন্ধ\nকক্সবাজার সৈকতে ভেসে এল মৃত ডলফিন\nসম্পাদক ও প্রকাশক: দৈনিক উপকূল বার্তা | যোগাযোগ | বিজ্ঞাপন | © সর্বস্বত্ব সংরক্ষিত\n"),
 "id": ("{title} - Kabar Nusantara\n\nBeranda | Nasional | Ekonomi | Daerah | Dunia | Olahraga | Gaya Hidup | Indeks\nSenin, 9 November 2026 15:12 WIB\nSumber: ANTARA\n\n",
        "\nBagikan: Facebook | WhatsApp | X | Telegram | Salin tautan\nBaca juga:\nHarga kopi arabika Gayo di tingkat petani tembus Rp120.000 per kilogram\nPemprov Aceh siapkan peremajaan kebun kopi rakyat\nCopyright © 2026 Kabar Nusantara. Hak cipta dilindungi undang-undang. | Pedoman Media Siber | Kontak\n"),
}

PLAN = {
 "th": dict(gen=gen_th.ITEMS, hand=hand_th.H, chrome="th_misc_1", trim=("th_dam_3", 2), rw_misc="th_misc_4", rw_formula="th_expo_2",
            notes=dict(chrome="verbatim repost in site chrome (ข่าวสดเดลี่ออนไลน์ navigation, timestamps, source line, share line, ข่าวที่เกี่ยวข้อง, footer) of a stand-alone item (Trang dugong survey, Thai digits)",
                       trim="trimmed copy of a FORMULA item (Pasak Jolasid dam levels, Thai digits): 2nd paragraph (inflow/outflow figures and uses) cut; what remains is mostly formula wording plus this dam's storage figures and quote",
                       rw_misc="close rewrite in another outlet's style (no TNA sign-off, date in parentheses, quote moved first) of a stand-alone item (first frost on Doi Inthanon), quote verbatim",
                       rw_formula="close rewrite (shortened, quote turned into reported speech) of a FORMULA item with no numbers beyond the dateline (Culture Minister opens Lanna contemporary art exhibition); only its partner is its source, not the other four exhibition openings")),
 "he": dict(gen=gen_he.ITEMS, hand=hand_he.H, chrome="he_opening_2", trim=("he_misc_2", 4), rw_misc="he_misc_3", rw_formula="he_mou_4",
            notes=dict(chrome="verbatim repost in site chrome (זמן הצפון navigation, timestamps, source line, share line, עוד באתר, footer) of a FORMULA item (Highway 6 Shomera-Hukok section opens)",
                       trim="trimmed copy of a stand-alone item (Byzantine mosaic near Golani junction): 3rd body paragraph (Greek inscription for Theodoros) cut; rest verbatim",
                       rw_misc="close rewrite by another reporter of a stand-alone item (desalinated water starts flowing into the Kinneret), quote verbatim",
                       rw_formula="close rewrite (shortened) of a FORMULA item with no numbers (Education Ministry / Antiquities Authority memorandum), quote verbatim; only its partner is its source, not the other four memoranda")),
 "el": dict(gen=gen_el.ITEMS, hand=hand_el.H, chrome="el_misc_2", trim=("el_pricecap_4", 2), rw_misc="el_misc_5", rw_formula="el_flood_3",
            notes=dict(chrome="verbatim repost in site chrome (Ηπειρωτικός Λόγος navigation, timestamps, source line, share line, «Διαβάστε επίσης», footer) of a stand-alone item (Agios Stefanos frescoes restored, Kastoria)",
                       trim="trimmed copy of a FORMULA item (profit-margin cap on infant formula extended): 2nd paragraph (cap level, current retail price, Competition Commission sentence) cut; what remains is mostly formula wording plus this item's product/date/fines/quote",
                       rw_misc="close rewrite by another outlet of a stand-alone item (Roman shipwreck off Kasos), quote verbatim",
                       rw_formula="close rewrite (shortened) of a FORMULA item whose times and quantities are in WORDS (112 alert for Aitoloakarnania / Trichonida), quote verbatim; only its partner is its source, not the other four 112 alerts")),
 "bn": dict(gen=gen_bn.ITEMS, hand=hand_bn.H, chrome="bn_missing_1", trim=("bn_misc_3", 2), rw_misc="bn_misc_1", rw_formula="bn_expo_5",
            notes=dict(chrome="verbatim repost in site chrome (দৈনিক উপকূল বার্তা navigation, timestamps, source line, share line, আরও পড়ুন, footer) of a FORMULA item (trawler capsized near St Martin's, 9 fishermen missing; ASCII digits)",
                       trim="trimmed copy of a stand-alone item (St Martin's island reopens to controlled tourism, Bengali digits): 2nd paragraph (day-trip/overnight rules, daily cap, online registration) cut; rest verbatim",
                       rw_misc="close rewrite by UNB of a stand-alone BSS item (Sundarbans tiger count rises to 131, Bengali digits), quote verbatim but in double instead of single quotes",
                       rw_formula="close rewrite (UNB style, shortened) of a FORMULA item with no numbers beyond the dateline (Sylhet tea and agro-products fair), quote verbatim; only its partner is its source, not the other four fair/exhibition openings")),
 "id": dict(gen=gen_id.ITEMS, hand=hand_id.H, chrome="id_misc_4", trim=("id_wage_2", 3), rw_misc="id_misc_2", rw_formula="id_mou_3",
            notes=dict(chrome="verbatim repost in site chrome (Kabar Nusantara navigation, timestamp, source line, share line, 'Baca juga', footer) of a stand-alone item (Gayo coffee exports record)",
                       trim="trimmed copy of a FORMULA item (West Java 2027 provincial minimum wage): 3rd paragraph (validity rules, regency/city wages, union demand) cut; what remains is mostly formula wording plus this province's figures/decree/quote",
                       rw_misc="close rewrite by another outlet (no ANTARA dateline/sign-off) of a stand-alone item (48,000-year-old cave painting in Maros), quote verbatim",
                       rw_formula="close rewrite (shortened, no ANTARA dateline/sign-off) of a FORMULA item with no numbers (Education Ministry / Japanese embassy vocational MoU), quote verbatim; only its partner is its source, not the other four MoUs")),
}

def main():
    names, truth = {}, {}
    for lang in LANGS:
        P = PLAN[lang]
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
