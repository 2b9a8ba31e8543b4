# -*- coding: utf-8 -*-
"""Assemble feeds9: formula items (gen_<lang>) + hand-written items (hand_<lang>) + derived copies
(two chrome reposts and one trimmed copy per language); anonymous shuffled names; truth.json, names.json,
tools/hard_negatives.json. Adapted from calibration/feeds8/tools/build.py (same design, other languages, seed and week)."""
import json, os, random, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_pt, gen_nl, gen_kk, gen_si, gen_el, hand_pt, hand_nl, hand_kk, hand_si, hand_el

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # calibration/feeds9
SEED = 20261221
LANGS = ("pt", "nl", "kk", "si", "el")

def paras(t): return t.rstrip("\n").split("\n\n")
def trim(t, idx):
    p = paras(t); del p[idx]; return "\n\n".join(p) + "\n"
def short(sem): return sem.split("_", 1)[1].replace("_", "")

# One portal per language; both reposts of a language appear on it (with their own timestamps and
# "read also" lines), so the two reposts share chrome but are unrelated to each other.
SITE = {
 "pt": dict(head="{title} | Cotidiano | Gazeta do Vale\n\nInício | Cotidiano | Brasil | Economia | Esporte | Cultura | Tempo\nPublicado em {ts} | Atualizado às {ts2}\nFonte: Folhapress\n\n",
            foot="\nCompartilhe: Facebook | X | WhatsApp | Copiar link\nLeia também:\n{rel}\nGazeta do Vale | Quem somos | Anuncie | Política de privacidade | © 2027 Todos os direitos reservados\n"),
 "nl": dict(head="{title} | Binnenland | De Veenkoerier\n\nHome | Regio | Binnenland | Buitenland | Economie | Sport | Cultuur | Weer\nGepubliceerd: {ts} | Bijgewerkt: {ts2}\nBron: ANP\n\n",
            foot="\nDeel dit artikel: Facebook | X | WhatsApp | Link kopiëren\nLees ook:\n{rel}\nDe Veenkoerier | Over ons | Adverteren | Privacyverklaring | © 2027 Alle rechten voorbehouden\n"),
 "kk": dict(head="{title} | Қоғам | Дала жаршысы\n\nБасты бет | Қоғам | Саясат | Экономика | Спорт | Мәдениет | Аймақтар\nЖарияланды: {ts} | Жаңартылды: {ts2}\nДереккөз: Kazinform\n\n",
            foot="\nБөлісу: Facebook | Telegram | WhatsApp | Сілтемені көшіру\nСондай-ақ оқыңыз:\n{rel}\nДала жаршысы | Біз туралы | Жарнама | Құпиялылық саясаты | © 2027 Барлық құқықтар қорғалған\n"),
 "si": dict(head="{title} | පුවත් | දකුණු හඬ\n\nමුල් පිටුව | පුවත් | දේශපාලන | ආර්ථික | ක්‍රීඩා | විනෝදාස්වාද | ලිපි\nපළ කළේ: {ts} | යාවත්කාලීන කළේ: {ts2}\nමූලාශ්‍රය: ලංකාපුවත්\n\n",
            foot="\nබෙදාගන්න: Facebook | X | WhatsApp | සබැඳිය පිටපත් කරන්න\nමේවාත් කියවන්න:\n{rel}\nදකුණු හඬ | අප ගැන | දැන්වීම් | පෞද්ගලිකත්ව ප්‍රතිපත්තිය | © 2027 සියලු හිමිකම් ඇවිරිණි\n"),
 "el": dict(head="{title} | Επικαιρότητα | Θεσσαλία Τώρα\n\nΑρχική | Επικαιρότητα | Πολιτική | Οικονομία | Αθλητισμός | Πολιτισμός | Καιρός\nΔημοσίευση: {ts} | Ενημέρωση: {ts2}\nΠηγή: ΑΠΕ-ΜΠΕ\n\n",
            foot="\nΚοινοποίηση: Facebook | X | Viber | Αντιγραφή συνδέσμου\nΔιαβάστε επίσης:\n{rel}\nΘεσσαλία Τώρα | Ποιοι είμαστε | Διαφήμιση | Πολιτική απορρήτου | © 2027 Με την επιφύλαξη παντός δικαιώματος\n"),
}
# per repost: (timestamp, updated, related headlines)
CHROME_VAR = {
 "pt_alerta_1": ("04/01/2027 às 11h42", "12h05", "Chuva derruba árvores e deixa bairros sem luz no Vale do Paraíba\nDefesa Civil monitora 37 áreas de risco em Itaquari"),
 "pt_misc_1": ("04/01/2027 às 16h20", "16h48", "Itaquari abre inscrições para cursos gratuitos de informática\nMuseu do Café recebe exposição de fotografias históricas"),
 "nl_aex_2": ("05-01-2027, 17:52", "18:10", "Spaarrente bij grote banken opnieuw omlaag\nHuizenprijzen stegen vorig jaar met bijna 9 procent"),
 "nl_misc_2": ("04-01-2027, 11:35", "12:02", "Museum in Lindewaard wil Romeinse vondsten zelf tonen\nArcheologen vinden middeleeuwse waterput bij Oudmeer"),
 "kk_kase_3": ("06.01.2027, 16:05", "16:30", "Ұлттық банк базалық мөлшерлемені өзгеріссіз қалдырды\nЖаңа жылдан бастап бензин бағасы қымбаттай ма"),
 "kk_misc_1": ("04.01.2027, 14:10", "14:35", "Көктеректе 300 орындық балабақша салынады\nОблыс ауруханаларына 12 жедел жәрдем көлігі берілді"),
 "si_water_2": ("2027.01.05 | පෙ.ව. 10.15", "පෙ.ව. 10.40", "මාතර නගරයේ මාර්ග කිහිපයක් තාවකාලිකව වසයි\nජල බිල්පත් ගෙවීමට නව ජංගම යෙදුමක්"),
 "si_misc_3": ("2027.01.05 | ප.ව. 3.20", "ප.ව. 3.45", "කුඩා තේ වතු හිමියන්ට නව පොහොර සහනාධාරයක්\nතේ අපනයන ආදායම වාර්තාගත මට්ටමකට"),
 "el_deddie_3": ("07/01/2027 12:40", "13:05", "Λάρισα: Έργα ασφαλτόστρωσης σε δέκα δρόμους της πόλης\nΠαράταση για τις αιτήσεις στο πρόγραμμα «Ανακαινίζω»"),
 "el_misc_2": ("04/01/2027 15:20", "15:48", "Νέα ευρήματα στην ανασκαφή της αρχαίας Φαλάννας\nΑνοιχτό το Διαχρονικό Μουσείο Λάρισας και τις γιορτές"),
}

PLAN = {
 "pt": dict(gen=gen_pt, hand=hand_pt.H, chrome_formula="pt_alerta_1", near="pt_alerta_4", chrome_misc="pt_misc_1", trim=("pt_juri_3", 2),
            rw_misc="pt_misc_4", rw_formula="pt_acidente_2", partial="pt_misc_6",
            notes=dict(
              chrome_formula="verbatim repost in site chrome (Gazeta do Vale navigation, timestamps, source line, share line, 'Leia também', footer) of a FORMULA item (Inmet orange storm alert for eastern São Paulo, southern Minas Gerais and Rio de Janeiro, Monday 4 January 10h to Tuesday 10h, 418 municipalities); its four siblings (same template, same 199 / 193 / 40199 paragraph; alerta_4 is the same phenomenon three days later over two of the same states, with the same Inmet rain and wind figures) are NOT its partners",
              chrome_misc="verbatim repost in the same site chrome of a stand-alone item (Itaquari library opened in the old railway station)",
              trim="trimmed copy of a FORMULA item (Porto Anil jury: 21 years for killing a fisherman over a fishing net): 2nd paragraph (the facts) cut; what remains is mostly jury template wording plus this item's town, name, age and sentence",
              rw_misc="close rewrite by a regional news site (Portal Serra Alta) of a Folhapress stand-alone item (neonatal ICU opened at the Serra Alta de Minas regional hospital): same facts and figures, reworded and reordered, no dateline, quote verbatim",
              rw_formula="shortened rewrite by a Minas news site of ONE road-accident FORMULA item (runaway lorry on the BR-381 at Serra Alta de Minas kills grandparents and granddaughter, km 407); only acidente_2 is its partner, not the other three PRF accident items",
              partial="partial reuse: a São Paulo state passenger-rail plan item lifts two paragraphs (the 48 km Itaquari-Santa Cruz do Ribeira line: R$ 312 million, 8 return trips, 52 minutes; 4,600 passengers a day) verbatim from the item on the reopened line; the rest is a different story")),
 "nl": dict(gen=gen_nl, hand=hand_nl.H, chrome_formula="nl_aex_2", near="nl_aex_1", chrome_misc="nl_misc_2", trim=("nl_misc_5", 2),
            rw_misc="nl_misc_3", rw_formula="nl_burgemeester_3", partial="nl_misc_8",
            notes=dict(
              chrome_formula="verbatim repost in site chrome (De Veenkoerier navigation, timestamps, source line, share line, 'Lees ook', footer) of a number-heavy FORMULA item (Amsterdam close of Tuesday 5 January: AEX -0,6 procent at 942,58, MidKap 1003,51, euro 1,1607 dollar); its three siblings (same template; aex_1 is the previous day and its euro rate 1,1642 is quoted in aex_2) are NOT its partners",
              chrome_misc="verbatim repost in the same site chrome of a stand-alone item (Roman river barge found near Lindewaard)",
              trim="trimmed copy of a stand-alone item (natural-ice skating track opened in Ter Hoeve): 2nd paragraph (ice thickness, 400 metres, volunteers) cut; rest verbatim",
              rw_misc="close rewrite by a regional site (Veldrecht Actueel) of an ANP stand-alone item (Veldrecht hospital closes its maternity ward on 1 April): same facts and figures, reworded, no ANP dateline, quote verbatim",
              rw_formula="shortened rewrite of ONE mayor-nomination FORMULA item (Fatima el Amrani, 43, nominated mayor of Zuidermolen, 17.500 inhabitants); only burgemeester_3 is its partner, not the three other nominations of the same week",
              partial="partial reuse: a provincial public-transport concession item lifts two paragraphs (the 14 km Veldrecht express tram: 286 million euros, 9 stops, every 7 minutes; 18.000 passengers a day) verbatim from the item on the tram's first day; the rest is a different story")),
 "kk": dict(gen=gen_kk, hand=hand_kk.H, chrome_formula="kk_kase_3", near="kk_kase_2", chrome_misc="kk_misc_1", trim=("kk_sot_2", 2),
            rw_misc="kk_misc_5", rw_formula="kk_apat_2", partial="kk_misc_7",
            notes=dict(
              chrome_formula="verbatim repost in site chrome (Дала жаршысы navigation, timestamps, source line, share line, 'Сондай-ақ оқыңыз', footer) of a number-only FORMULA item (KASE weighted average dollar rate of Wednesday 6 January: 513,08 tenge, down 1,54; the next session on 8 January because of the 7 January holiday); its three siblings (same template and trading-hours sentence; kase_2's rate 514,62 is quoted in kase_3 as the previous day) are NOT its partners",
              chrome_misc="verbatim repost in the same site chrome of a stand-alone item (new 250-visit polyclinic opened in Kokterek)",
              trim="trimmed copy of a FORMULA item (Akbidai district court, Pavlodar region: 10 years for a 29-year-old drug dealer, article 297): 2nd paragraph (arrest, 4,2 kg of marijuana) cut; what remains is mostly court template wording plus this item's court, age, article and sentence",
              rw_misc="close rewrite by another outlet (Дала жаршысы, staff byline) of a Kazinform stand-alone item (1,200-pupil school opened in Zhanabulak): same facts and figures, reworded, no dateline, quote verbatim",
              rw_formula="shortened rewrite of ONE road-accident FORMULA item (Kostanai region, km 64: car overtaking into a bus, 2 dead including a 19-year-old, 4 injured among 27 bus passengers); only apat_2 is its partner, not the three other article-345 accident items",
              partial="partial reuse: a national railway-construction round-up lifts two paragraphs (the 186 km Altynsai-Kokterek line: 148 billion tenge, 9 stations; travel time from 7 hours to 2 h 40 min) verbatim from the item on the line's opening; the rest is a different story")),
 "si": dict(gen=gen_si, hand=hand_si.H, chrome_formula="si_water_2", near="si_water_4", chrome_misc="si_misc_3", trim=("si_misc_4", 2),
            rw_misc="si_misc_2", rw_formula="si_court_1", partial="si_misc_6",
            notes=dict(
              chrome_formula="verbatim repost in site chrome (දකුණු හඬ navigation, timestamps, source line, share line, 'මේවාත් කියවන්න', footer) of a FORMULA item (NWSDB 16-hour water cut in the Matara municipal area, Wellamadama and Hirugama, Thursday 7 January from 8.00 a.m., 24,500 houses); its four siblings (same template and 1939 paragraph; water_4 is the same city and the same Matara area three days later) are NOT its partners",
              chrome_misc="verbatim repost in the same site chrome of a stand-alone item (Colombo tea auction: record average price for low-grown tea)",
              trim="trimmed copy of a stand-alone item (free school textbooks and uniform vouchers distributed before the new school term): 2nd paragraph (numbers of books and pupils) cut; rest verbatim",
              rw_misc="close rewrite by a Lankadeepa-style paper (reporter byline at the end) of a Lankapuwath stand-alone item (paddy fertilizer subsidy of Rs. 25,000 per hectare for the Maha season): same facts and figures, reworded, no dateline, quote verbatim",
              rw_formula="shortened rewrite of ONE court-verdict FORMULA item (Galle High Court: death sentence for a 46-year-old Hirugama man who killed his neighbour in a land dispute in 2019); only court_1 is its partner, not the other three High Court verdicts",
              partial="partial reuse: a Southern Province road-development item lifts two paragraphs (the new 180 m Nilwala bridge at Kandupitiya: Rs. 1,450 million, two lanes and footpaths; the ferry it replaces, 12,000 people a day) verbatim from the item on the bridge opening; the rest is a different story")),
 "el": dict(gen=gen_el, hand=hand_el.H, chrome_formula="el_deddie_3", near="el_deddie_1", chrome_misc="el_misc_2", trim=("el_trochaia_2", 2),
            rw_misc="el_misc_4", rw_formula="el_dikastirio_2", partial="el_misc_5",
            notes=dict(
              chrome_formula="verbatim repost in site chrome (Θεσσαλία Τώρα navigation, timestamps, source line, share line, 'Διαβάστε επίσης', footer) of a FORMULA item (ΔΕΔΔΗΕ power cut in the municipality of Rodokampos, Saturday 9 January 09:00-13:30, 860 supply points); its three siblings (same template and 11500 paragraph; deddie_1 is the same municipality four days earlier) are NOT its partners",
              chrome_misc="verbatim repost in the same site chrome of a stand-alone item (Roman floor mosaic found under a Larisa building plot)",
              trim="trimmed copy of a FORMULA item (Kalamata: 71-year-old pedestrian killed on Navarinou street): 2nd paragraph (how it happened) cut; what remains is mostly road-accident template wording plus this item's town, age and driver",
              rw_misc="close rewrite by a regional site (Ήπειρος Σήμερα) of an ΑΠΕ-ΜΠΕ stand-alone item (restored 18th-century stone bridge of Kerasovo reopened): same facts and figures, reworded, no dateline, quote verbatim",
              rw_formula="shortened rewrite of ONE court-verdict FORMULA item (Kalamata mixed jury court: 13 years for the 38-year-old 'collector' of a phone-scam ring, 19 elderly victims, 186.000 euros); only dikastirio_2 is its partner, not the three other verdicts",
              partial="partial reuse: a Thessaly regional transport item lifts two paragraphs (the new Rodokampos railway station: 6,8 million euros, 14 trains a day, 22 minutes to Larisa; 1.300 passengers a day) verbatim from the item on the station opening; the rest is a different story")),
}

def chrome(lang, src, body):
    ts, ts2, rel = CHROME_VAR[src]
    site = SITE[lang]
    title = paras(body)[0]
    head = site["head"].format(title=title, ts=ts, ts2=ts2)
    foot = site["foot"].format(rel=rel)
    return head + body + foot

def main():
    names, truth, hard = {}, {}, {}
    for lang in LANGS:
        P = PLAN[lang]
        items = dict(P["gen"].ITEMS)
        for k, v in P["hand"].items():
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
