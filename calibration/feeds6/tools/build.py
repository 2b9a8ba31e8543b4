# -*- coding: utf-8 -*-
"""Assemble feeds6: formula items + hand-written items + derived copies; anonymous names; truth/names json."""
import json, os, random, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_ka, gen_sr, gen_ta, gen_es, gen_de, hand_ka, hand_sr, hand_ta, hand_es, hand_de

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # calibration/feeds6
SEED = 20261201
LANGS = ("ka", "sr", "ta", "es", "de")

def paras(t): return t.rstrip("\n").split("\n\n")
def trim(t, idx):
    p = paras(t); del p[idx]; return "\n\n".join(p) + "\n"

CHROME = {
 "ka": ("{title} | საზოგადოება | ამბები.ge\n\nმთავარი | პოლიტიკა | ეკონომიკა | საზოგადოება | მსოფლიო | სპორტი | კულტურა\nგამოქვეყნდა: 14.11.2026, 11:20 | განახლდა: 11:48\nწყარო: ინტერპრესნიუსი\n\n",
        "\nგააზიარე: Facebook | X | Telegram | ბმულის კოპირება\nასევე წაიკითხეთ:\nვარძიაში ახალი ტურისტული მარშრუტი გაიხსნა\nუფლისციხეში გათხრები მომავალ წელს გაგრძელდება\nამბები.ge | რედაქცია | რეკლამა | კონფიდენციალურობის პოლიტიკა | © 2026 ყველა უფლება დაცულია\n"),
 "sr": ("{title} | Хроника | Дневни телеграф\n\nНасловна | Политика | Економија | Друштво | Хроника | Свет | Спорт | Култура\nОбјављено: 24.11.2026. 14:05 | Ажурирано: 14:32\nИзвор: Танјуг\n\n",
        "\nПодели: Facebook | X | Viber | WhatsApp | Копирај линк\nПрочитајте још:\nОд понедељка измене у режиму саобраћаја у Булевару ослобођења\nНа аутопуту код Ниша радови на обнови коловоза\nДневни телеграф | Импресум | Маркетинг | Услови коришћења | © 2026 Сва права задржана\n"),
 "ta": ("{title} | தமிழ்நாடு | செய்தி மலர்\n\nமுகப்பு | தமிழ்நாடு | இந்தியா | உலகம் | வணிகம் | விளையாட்டு | சினிமா\nவெளியிடப்பட்டது: 18 நவம்பர் 2026, 15:40 | புதுப்பிக்கப்பட்டது: 16:05\nமூலம்: தினமணி\n\n",
        "\nபகிர்: Facebook | WhatsApp | X | இணைப்பை நகலெடு\nதொடர்புடைய செய்திகள்\nகோயம்பேடு - பட்டாபிராம் மெட்ரோ வழித்தடத்துக்கு ஒப்புதல்\nமெட்ரோ ரயில் நிலையங்களில் வாகன நிறுத்தக் கட்டணம் மாற்றம்\nசெய்தி மலர் | எங்களைப் பற்றி | விளம்பரம் | தனியுரிமைக் கொள்கை | © 2026 அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை\n"),
 "es": ("{title} | Madrid | Diario del Henares\n\nPortada | Madrid | Nacional | Internacional | Economía | Deportes | Cultura | Opinión\nPublicado: 25/11/2026 13:12 | Actualizado: 13:40\nFuente: EFE\n\n",
        "\nCompartir: Facebook | X | WhatsApp | Telegram | Copiar enlace\nTe puede interesar:\nEl Canal invertirá 40 millones en renovar tuberías en el sur de Madrid\nCortes de tráfico en la M-30 por obras este fin de semana\nDiario del Henares | Aviso legal | Política de cookies | Publicidad | © 2026 Todos los derechos reservados\n"),
 "de": ("{title} | Rheinland-Pfalz | Mosel-Kurier\n\nStartseite | Region | Politik | Wirtschaft | Sport | Kultur | Panorama\nVeröffentlicht: 13.11.2026, 10:17 Uhr | Aktualisiert: 10:45 Uhr\nQuelle: dpa\n\n",
        "\nTeilen: Facebook | X | WhatsApp | E-Mail | Link kopieren\nDas könnte Sie auch interessieren:\nWeinfest in Bernkastel-Kues zählt mehr Besucher als im Vorjahr\nNeue Fährverbindung über die Mosel bei Traben-Trarbach\nMosel-Kurier | Impressum | Datenschutz | AGB | © 2026 Alle Rechte vorbehalten\n"),
}

PLAN = {
 "ka": dict(gen=gen_ka.ITEMS, hand=hand_ka.H, chrome="ka_misc_1", trim=("ka_water_3", 2), rw_misc="ka_misc_4", rw_formula="ka_premiere_2",
            notes=dict(chrome="verbatim repost in site chrome (ამბები.ge navigation, timestamps, source line, share line, 'ასევე წაიკითხეთ', footer) of a stand-alone item (new hominin jaw found at Dmanisi)",
                       trim="trimmed copy of a number-repeating FORMULA item (GWP water outage in Gldani, 3 December): 2nd paragraph (10 hours, tankers, 24-hour turbidity, 2-3 minutes) cut; what remains is mostly formula wording plus this item's date/district/subscriber count and the shared hotline",
                       rw_misc="close rewrite in another outlet's style (no dateline, reordered, paraphrased) of a stand-alone Sakinform item (Adjara tangerine exports), quote verbatim",
                       rw_formula="close rewrite (shortened) of a FORMULA item with few numbers (Chekhov's Seagull premiere at the Marjanishvili Theatre), quote verbatim; only its partner is its source, not the other four premieres")),
 "sr": dict(gen=gen_sr.ITEMS, hand=hand_sr.H, chrome="sr_speed_2", trim=("sr_misc_2", 2), rw_misc="sr_misc_3", rw_formula="sr_obit_4",
            notes=dict(chrome="verbatim repost in site chrome (Дневни телеграф navigation, timestamps, source line, share line, 'Прочитајте још', footer) of a number-heavy FORMULA item (MUP 24-hour traffic-control figures, 24 November)",
                       trim="trimmed copy of a stand-alone item (Roman gold earrings found at Viminacium): 2nd paragraph (grave date, other grave goods) cut; rest verbatim",
                       rw_misc="close rewrite without Tanjug dateline of a stand-alone item (Soko high-speed train Belgrade-Subotica in 74 minutes), quote verbatim",
                       rw_formula="close rewrite (no dateline, shortened) of a FORMULA obituary (writer and translator Vesna Radulović), quote verbatim; only its partner is its source, not the other three obituaries")),
 "ta": dict(gen=gen_ta.ITEMS, hand=hand_ta.H, chrome="ta_misc_2", trim=("ta_airport_4", 2), rw_misc="ta_misc_5", rw_formula="ta_grant_2",
            notes=dict(chrome="verbatim repost in site chrome (செய்தி மலர் navigation, timestamps, source line, share line, related news, footer) of a stand-alone item (Chennai Metro phase 2 Poonamallee-Porur trial run)",
                       trim="trimmed copy of a FORMULA item (Tiruchi airport October passengers): 2nd paragraph (international passengers, flights, destinations) cut; what remains is mostly formula wording plus this airport's passenger count/growth and quote",
                       rw_misc="close rewrite (no dateline, reordered) of a stand-alone item (Olive Ridley turtle eggs collected on Chennai beaches), quote verbatim",
                       rw_formula="close rewrite (no dateline, shortened) of a FORMULA grant item (Rs 6.4 crore for 214 women's self-help groups in Villupuram/Kallakurichi) that shares a long 31-word scheme sentence verbatim with its unrelated sibling grant_4; the rewrite keeps that sentence, so only grant_2 is its partner")),
 "es": dict(gen=gen_es.ITEMS, hand=hand_es.H, chrome="es_water_1", trim=("es_misc_3", 2), rw_misc="es_misc_1", rw_formula="es_grant_4",
            notes=dict(chrome="verbatim repost in site chrome (Diario del Henares navigation, timestamps, source line, share line, 'Te puede interesar', footer) of a number-repeating FORMULA item (Canal de Isabel II water cut in Prosperidad, 1 December)",
                       trim="trimmed copy of a stand-alone item (high-speed train reaches Badajoz in 3 h 40 min): 2nd paragraph (timetable, stops, fares) cut; rest verbatim",
                       rw_misc="close rewrite in Europa Press style («» quotes, Europa Press dateline) of a stand-alone EFE item (Iberian lynx census passes 2,400), quote verbatim",
                       rw_formula="close rewrite in EFE style of a Europa Press FORMULA grant item (Aragón, 960,000 euros for 18 municipal homes in the Pyrenees) that shares a long 37-word call-for-grants sentence verbatim with its unrelated sibling grant_2; the rewrite keeps that sentence, so only grant_4 is its partner")),
 "de": dict(gen=gen_de.ITEMS, hand=hand_de.H, chrome="de_misc_4", trim=("de_results_2", 2), rw_misc="de_misc_2", rw_formula="de_speed_3",
            notes=dict(chrome="verbatim repost in site chrome (Mosel-Kurier navigation, timestamps, source line, share line, 'Das könnte Sie auch interessieren', footer) of a stand-alone item (Moselle winegrowers expect an outstanding 2026 vintage)",
                       trim="trimmed copy of a dpa-AFX FORMULA item (Kessler Hydraulik Q3 results): 2nd paragraph (Ebit, net profit, consensus, cost explanation) cut; what remains is mostly formula wording plus revenue, quote, guidance and share move",
                       rw_misc="close rewrite (no dpa dateline, reordered) of a stand-alone item (Roman coin hoard near Trier), quote verbatim",
                       rw_formula="close rewrite (no dateline, shortened) of a number-repeating FORMULA item (Bavaria speed-camera marathon), figures kept; only its partner is its source, not the other four Blitzmarathon items that share 24 hours / 1 Monat / 2 Punkte / 115 Euro / 21 and 31 km/h")),
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
