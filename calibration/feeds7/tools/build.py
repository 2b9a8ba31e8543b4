# -*- coding: utf-8 -*-
"""Assemble feeds7: formula items (gen_<lang>) + hand-written items (hand_<lang>) + derived copies
(two chrome reposts and one trimmed copy per language); anonymous shuffled names; truth.json, names.json,
tools/hard_negatives.json."""
import json, os, random, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_pl, gen_hu, gen_am, gen_ur, gen_ms, hand_pl, hand_hu, hand_am, hand_ur, hand_ms

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # calibration/feeds7
SEED = 20261207
LANGS = ("pl", "hu", "am", "ur", "ms")

def paras(t): return t.rstrip("\n").split("\n\n")
def trim(t, idx):
    p = paras(t); del p[idx]; return "\n\n".join(p) + "\n"
def short(sem): return sem.split("_", 1)[1].replace("_", "")

# One portal per language; both reposts of a language appear on it (with their own timestamps and
# "read also" lines), so the two reposts share chrome but are unrelated to each other.
SITE = {
 "pl": dict(head="{title} | Wiadomości | Kurier Radomierski\n\nStrona główna | Wiadomości | Region | Kraj | Świat | Sport | Kultura | Pogoda\nOpublikowano: {ts} | Aktualizacja: {ts2}\nŹródło: PAP\n\n",
            foot="\nUdostępnij: Facebook | X | WhatsApp | Kopiuj link\nCzytaj także:\n{rel}\nKurier Radomierski | Regulamin | Polityka prywatności | Reklama | © 2026 Wszelkie prawa zastrzeżone\n"),
 "hu": dict(head="{title} | Belföld | Alföldi Hírlap\n\nCímlap | Belföld | Külföld | Gazdaság | Sport | Kultúra | Időjárás\nKözzétéve: {ts} | Frissítve: {ts2}\nForrás: MTI\n\n",
            foot="\nMegosztás: Facebook | X | E-mail | Link másolása\nKapcsolódó cikkek:\n{rel}\nAlföldi Hírlap | Impresszum | Adatvédelem | Médiaajánlat | © 2026 Minden jog fenntartva\n"),
 "am": dict(head="{title} | ዜና | ኢትዮ ዛሬ\n\nመነሻ | ዜና | ፖለቲካ | ኢኮኖሚ | ስፖርት | ማኅበራዊ | ዓለም\nየተለጠፈው፦ {ts} | የተሻሻለው፦ {ts2}\nምንጭ፦ ኢዜአ\n\n",
            foot="\nአጋራ፦ Facebook | Telegram | X | ሊንክ ቅዳ\nተዛማጅ ዜናዎች፦\n{rel}\nኢትዮ ዛሬ | ስለ እኛ | ማስታወቂያ | የግላዊነት ፖሊሲ | © 2026 መብቱ በሕግ የተጠበቀ ነው\n"),
 "ur": dict(head="{title} | پاکستان | روزنامہ نوائے سلطان آباد\n\nصفحہ اول | پاکستان | دنیا | کاروبار | کھیل | شوبز | صحت\nشائع شدہ: {ts} | اپ ڈیٹ: {ts2}\nذریعہ: اے پی پی\n\n",
            foot="\nشیئر کریں: Facebook | WhatsApp | X | لنک کاپی کریں\nمزید پڑھیں:\n{rel}\nروزنامہ نوائے سلطان آباد | ہمارے بارے میں | اشتہارات | پرائیویسی پالیسی | © 2026 جملہ حقوق محفوظ ہیں\n"),
 "ms": dict(head="{title} | Nasional | Berita Pantai Timur\n\nUtama | Nasional | Dunia | Bisnes | Sukan | Hiburan | Santai\nDiterbitkan: {ts} | Dikemas kini: {ts2}\nSumber: Bernama\n\n",
            foot="\nKongsi: Facebook | X | WhatsApp | Telegram | Salin pautan\nBaca juga:\n{rel}\nBerita Pantai Timur | Mengenai Kami | Iklan | Dasar Privasi | © 2026 Hak cipta terpelihara\n"),
}
# per repost: (timestamp, updated, related headlines)
CHROME_VAR = {
 "pl_water_3": ("09.12.2026, 10:42", "11:05", "Nowy przystanek kolejowy na Zatorzu gotowy przed terminem\nRadomierz: ulica Grodzka zamknięta dla aut w weekend"),
 "pl_misc_1": ("07.12.2026, 14:18", "14:51", "Nowe autobusy elektryczne dla MPK Radomierz\nRadni zdecydowali o bezpłatnej komunikacji dla seniorów"),
 "hu_fx_2": ("2026. 12. 08. 07:22", "07:40", "Stabil maradt a forint a pénteki kereskedésben\nÚj rekordot ért el a budapesti tőzsde indexe"),
 "hu_misc_2": ("2026. 12. 08. 13:05", "13:30", "Honfoglalás kori sírokat tártak fel Nagyvárkony mellett\nMegújul a Tiszavári Múzeum régészeti kiállítása"),
 "am_power_2": ("ኅዳር 28/2019 ዓ.ም 3፡20", "3፡45", "በአዲስ አበባ አዳዲስ የኤሌክትሪክ ማከፋፈያ ጣቢያዎች ሊገነቡ ነው\nየመብራት ክፍያ በሞባይል መፈጸም ተጀመረ"),
 "am_misc_1": ("ኅዳር 28/2019 ዓ.ም 9፡10", "9፡32", "የጤና ሚኒስቴር ለ12 ሆስፒታሎች የሕክምና መሣሪያ አሰራጨ\nበወይራ ከተማ የእናቶችና ሕፃናት ክሊኒክ ተከፈተ"),
 "ur_gold_3": ("9 دسمبر 2026، 12:40", "13:05", "ڈالر کے مقابلے میں روپے کی قدر مستحکم\nاسٹاک مارکیٹ میں تیزی، انڈیکس نئی بلندی پر"),
 "ur_misc_2": ("8 دسمبر 2026، 16:10", "16:35", "گندم کی امدادی قیمت کا اعلان آئندہ ہفتے متوقع\nکسان پیکج کے تحت کھاد پر سبسڈی میں اضافہ"),
 "ms_court_2": ("08/12/2026 15:20", "15:42", "Polis tumpaskan sindiket dadah, rampas syabu bernilai RM2 juta\nLelaki didakwa edar ganja di Kuala Meranti"),
 "ms_misc_1": ("07/12/2026 12:05", "12:30", "Laluan bas baharu hubungkan Bukit Cempaka dan Kuala Meranti\nKerja naik taraf Jalan Pantai Indah siap awal"),
}

PLAN = {
 "pl": dict(gen=gen_pl, hand=hand_pl.H, chrome_formula="pl_water_3", near="pl_water_5", chrome_misc="pl_misc_1", trim=("pl_misc_5", 2),
            rw_misc="pl_misc_3", rw_formula="pl_court_2", partial="pl_misc_7",
            notes=dict(
              chrome_formula="verbatim repost in site chrome (Kurier Radomierski navigation, timestamps, source line, share line, 'Czytaj także', footer) of a FORMULA item (MPWiK water shut-off on the Old Town, Thursday 10 December, 58 buildings / 940 households); its four siblings (same template, same 8-18 hours, 2-3 minutes, 994 / 42 611 70 00) are NOT its partners",
              chrome_misc="verbatim repost in the same site chrome of a stand-alone item (tram line 9 to Osiedle Leśne opened)",
              trim="trimmed copy of a stand-alone item (students' forest-fire drone): 2nd body paragraph (thermal camera, test near Olszanka) cut; rest verbatim",
              rw_misc="close rewrite by a regional portal (radomierz24.pl) of a PAP stand-alone item (children's cardiology ward in Radomierz): same facts and figures, reworded and reordered, quote verbatim, PAP sign-off replaced",
              rw_formula="shortened rewrite by a local paper of ONE court-verdict FORMULA item (drunk driver, 8 years, Krzewnica); only court_2 is its partner, not court_1/court_3",
              partial="partial reuse: a ministry round-up on recovered artworks lifts two paragraphs (theft in 1994, recovery at a Vienna auction) verbatim from the item on the Gerson painting returned to Radomierz; the rest is a different story")),
 "hu": dict(gen=gen_hu, hand=hand_hu.H, chrome_formula="hu_fx_2", near="hu_fx_3", chrome_misc="hu_misc_2", trim=("hu_weather_3", 2),
            rw_misc="hu_misc_4", rw_formula="hu_appoint_3", partial="hu_misc_6",
            notes=dict(
              chrome_formula="verbatim repost in site chrome (Alföldi Hírlap navigation, timestamps, source line, share line, 'Kapcsolódó cikkek', footer) of a number-heavy FORMULA item (forint weaker Tuesday morning, euro 392,45); its three siblings (other days, other quotes) are NOT its partners",
              chrome_misc="verbatim repost in the same site chrome of a stand-alone item (12th-century church found at Kisbártfa)",
              trim="trimmed copy of a FORMULA item (HungaroMet snow warning for four counties, Wednesday): 2nd paragraph (5-10 cm of snow, minimum temperatures) cut; what remains is mostly template wording plus this item's counties and time window",
              rw_misc="close rewrite by a local portal (tiszavarma.hu) of an MTI stand-alone item (Tiszavár railway station renovated, 4,3 bn HUF): same facts and figures, reworded, no MTI header, quote verbatim",
              rw_formula="shortened rewrite by a regional paper of ONE appointment FORMULA item (Lengyel Péter heads the Bodrogköz National Park); only appoint_3 is its partner",
              partial="partial reuse: a county spa-tourism round-up lifts two paragraphs (new wing contents, history of the thermal water) verbatim from the item on the Nagyvárkony spa extension; the rest is a different story")),
 "am": dict(gen=gen_am, hand=hand_am.H, chrome_formula="am_power_2", near="am_power_5", chrome_misc="am_misc_1", trim=("am_court_3", 2),
            rw_misc="am_misc_4", rw_formula="am_market_2", partial="am_misc_6",
            notes=dict(
              chrome_formula="verbatim repost in site chrome (ኢትዮ ዛሬ navigation, timestamps, source line, share line, related news, footer) of a FORMULA item (EEU power interruption in Nifas Silk Lafto, Wednesday Hidar 30, 5 ሺህ 120 customers); its four siblings (same template, same 2፡30-11፡00 hours and 905 line; power_5 even the same sub-city and regional office) are NOT its partners",
              chrome_misc="verbatim repost in the same site chrome of a stand-alone item (Weyra general hospital inaugurated)",
              trim="trimmed copy of a FORMULA item (human-trafficking verdict, 15 years): 2nd paragraph (prosecutor's account of the facts) cut; what remains is mostly court template wording plus this item's zone, name, years and fine",
              rw_misc="close rewrite by another outlet (ሸገር ዜና) of an ENA stand-alone item (solar mini-grid for three rural kebeles): same facts and figures, reworded and reordered, no dateline, quote verbatim",
              rw_formula="shortened rewrite of ONE commodity-exchange FORMULA item (sesame, 14 ሺህ 300 tonnes, 2 ቢሊዮን 588 ሚሊዮን birr); only market_2 is its partner, not coffee/mung bean/soybean",
              partial="partial reuse: a regional irrigated-wheat overview lifts two paragraphs (zone plan 46 ሺህ ha, pumps and seed) verbatim from the item on summer irrigated wheat in East Weyra zone; the rest is a different story")),
 "ur": dict(gen=gen_ur, hand=hand_ur.H, chrome_formula="ur_gold_3", near="ur_gold_1", chrome_misc="ur_misc_2", trim=("ur_misc_5", 2),
            rw_misc="ur_misc_4", rw_formula="ur_court_1", partial="ur_misc_6",
            notes=dict(
              chrome_formula="verbatim repost in site chrome (روزنامہ نوائے سلطان آباد navigation, timestamps, source line, share line, 'مزید پڑھیں', footer) of a number-only FORMULA item in Urdu digits (gold up ۳٬۴۰۰ rupees to ۴۶۴٬۳۰۰ per tola, 9 December); its three siblings (gold_1 also in Urdu digits with the same traders' sentence) are NOT its partners",
              chrome_misc="verbatim repost in the same site chrome of a stand-alone item (cotton arrivals up 18 per cent)",
              trim="trimmed copy of a stand-alone item in Urdu digits (Gandhara-era coins near Pir Kot): 2nd paragraph (Kushan dating, monastery) cut; rest verbatim",
              rw_misc="close rewrite by a local daily of an APP stand-alone item (three-day book fair at Pir Kot): same facts and figures, reworded, no dateline, quote verbatim",
              rw_formula="shortened rewrite of ONE court-verdict FORMULA item (life sentence for Naeem Akhtar) that is written in Urdu digits; the rewrite uses ASCII digits; only court_1 is its partner",
              partial="partial reuse: a fruit-and-vegetable export statistics item lifts two paragraphs (kinnow export target, exporters' remarks) verbatim from the item on the start of the kinnow export season; the rest is a different story")),
 "ms": dict(gen=gen_ms, hand=hand_ms.H, chrome_formula="ms_court_2", near="ms_court_1", chrome_misc="ms_misc_1", trim=("ms_water_4", 2),
            rw_misc="ms_misc_3", rw_formula="ms_road_2", partial="ms_misc_6",
            notes=dict(
              chrome_formula="verbatim repost in site chrome (Berita Pantai Timur navigation, timestamps, source line, share line, 'Baca juga', footer) of a FORMULA court item (lorry driver, 820 g syabu, six years and 10 strokes); its three siblings (same Sessions Court template) are NOT its partners",
              chrome_misc="verbatim repost in the same site chrome of a stand-alone item (Kuala Meranti bus terminal opens)",
              trim="trimmed copy of a FORMULA item (SAMB water interruption in 11 areas, Monday 14 Dec): 2nd paragraph (affected areas, 16,380 accounts) cut; what remains is mostly template wording plus this item's date, hours and works",
              rw_misc="close rewrite by another outlet (Suara Pantai Timur) of a Bernama stand-alone item (green turtle landings at Telok Gading up 30 per cent): same facts and figures, reworded, no dateline, quote verbatim",
              rw_formula="shortened rewrite of ONE road-closure FORMULA item (Sungai Parit bridge closed 14 Dec - 13 Jan); only road_2 is its partner, not the other three JKR closures that share 7.5 tan and 1-800-88-5757",
              partial="partial reuse: a state tourism-statistics item lifts two paragraphs (jetty facilities, Pulau Kekabu visitor numbers) verbatim from the item on the new Telok Gading jetty; the rest is a different story")),
}

def main():
    names, truth, hard = {}, {}, {}
    for lang in LANGS:
        P = PLAN[lang]
        items = dict(P["gen"].ITEMS)
        for k, v in P["hand"].items():
            assert k not in items, k
            items[k] = v
        site = SITE[lang]
        chrome_keys = []
        for src in (P["chrome_formula"], P["chrome_misc"]):
            ts, ts2, rel = CHROME_VAR[src]
            title = paras(items[src])[0]
            ck = f"{lang}_reuse_chrome_{short(src)}"
            items[ck] = site["head"].format(title=title, ts=ts, ts2=ts2) + items[src] + site["foot"].format(rel=rel)
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
        fam = lambda s: s.rsplit("_", 1)[0]
        sib = lambda s: sorted(k for k in P["gen"].ITEMS if fam(k) == fam(s) and k != s)
        hn = []
        cf = P["chrome_formula"]
        hn.append((chrome_keys[0], P["near"], "formula_repost_vs_sibling",
                   f"repost of {cf} vs its closest sibling {P['near']} (same template and template numbers, different event)"))
        for s in sib(cf):
            if s != P["near"]:
                hn.append((chrome_keys[0], s, "formula_repost_vs_sibling", f"repost of {cf} vs sibling {s}"))
        hn.append((cf, P["near"], "formula_siblings", f"the reposted item {cf} and its closest sibling {P['near']}"))
        if tsrc in P["gen"].ITEMS:
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
