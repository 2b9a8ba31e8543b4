# -*- coding: utf-8 -*-
"""Assemble feeds8: formula items (gen_<lang>) + hand-written items (hand_<lang>) + derived copies
(two chrome reposts and one trimmed copy per language); anonymous shuffled names; truth.json, names.json,
tools/hard_negatives.json. Adapted from calibration/feeds7/tools/build.py (same design, other languages, seed and week)."""
import json, os, random, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_fr, gen_it, gen_sw, gen_ne, gen_km, hand_fr, hand_it, hand_sw, hand_ne, hand_km
from frtypo import fix as frfix

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # calibration/feeds8
SEED = 20261214
LANGS = ("fr", "it", "sw", "ne", "km")

def paras(t): return t.rstrip("\n").split("\n\n")
def trim(t, idx):
    p = paras(t); del p[idx]; return "\n\n".join(p) + "\n"
def short(sem): return sem.split("_", 1)[1].replace("_", "")

# One portal per language; both reposts of a language appear on it (with their own timestamps and
# "read also" lines), so the two reposts share chrome but are unrelated to each other.
SITE = {
 "fr": dict(head="{title} | Région | Le Courrier de l'Orbe\n\nAccueil | Région | France | Monde | Économie | Sports | Culture | Météo\nPublié le {ts} | Mis à jour à {ts2}\nSource : AFP\n\n",
            foot="\nPartager : Facebook | X | WhatsApp | Copier le lien\nÀ lire aussi :\n{rel}\nLe Courrier de l'Orbe | Mentions légales | Confidentialité | Publicité | © 2026 Tous droits réservés\n"),
 "it": dict(head="{title} | Cronaca | Il Gazzettino di Roccalta\n\nHome | Cronaca | Politica | Economia | Sport | Cultura | Meteo\nPubblicato il {ts} | Aggiornato alle {ts2}\nFonte: ANSA\n\n",
            foot="\nCondividi: Facebook | X | WhatsApp | Copia link\nLeggi anche:\n{rel}\nIl Gazzettino di Roccalta | Chi siamo | Pubblicità | Privacy | © 2026 Riproduzione riservata\n"),
 "sw": dict(head="{title} | Habari | Mwangaza Leo\n\nNyumbani | Habari | Kaunti | Biashara | Michezo | Burudani | Maoni\nImechapishwa: {ts} | Imesasishwa: {ts2}\nChanzo: KNA\n\n",
            foot="\nShiriki: Facebook | X | WhatsApp | Nakili kiungo\nSoma pia:\n{rel}\nMwangaza Leo | Kuhusu Sisi | Matangazo | Sera ya Faragha | © 2026 Haki zote zimehifadhiwa\n"),
 "ne": dict(head="{title} | समाचार | सगरमाथा खबर\n\nगृहपृष्ठ | समाचार | अर्थ | राजनीति | खेलकुद | मनोरञ्जन | विचार\nप्रकाशित: {ts} | अपडेट: {ts2}\nस्रोत: रासस\n\n",
            foot="\nसेयर गर्नुहोस्: Facebook | X | Viber | लिंक कपी गर्नुहोस्\nयो पनि पढ्नुहोस्:\n{rel}\nसगरमाथा खबर | हाम्रो बारेमा | विज्ञापन | गोपनीयता नीति | © 2026 सर्वाधिकार सुरक्षित\n"),
 "km": dict(head="{title} | ព័ត៌មានជាតិ | ទន្លេមេគង្គប៉ុស្តិ៍\n\nទំព័រដើម | ព័ត៌មានជាតិ | អន្តរជាតិ | សេដ្ឋកិច្ច | កីឡា | កម្សាន្ត | សុខភាព\nចុះផ្សាយ៖ {ts} | កែប្រែ៖ {ts2}\nប្រភព៖ AKP\n\n",
            foot="\nចែករំលែក៖ Facebook | Telegram | X | ចម្លងតំណ\nអត្ថបទទាក់ទង៖\n{rel}\nទន្លេមេគង្គប៉ុស្តិ៍ | អំពីយើង | ផ្សាយពាណិជ្ជកម្ម | គោលការណ៍ឯកជនភាព | © 2026 រក្សាសិទ្ធិគ្រប់យ៉ាង\n"),
}
# per repost: (timestamp, updated, related headlines)
CHROME_VAR = {
 "fr_vigilance_2": ("15/12/2026 à 11h42", "12h05", "Tempête : les conseils pour protéger votre maison\nBretagne : la SNCF supprime des TER mercredi matin"),
 "fr_misc_1": ("14/12/2026 à 16h20", "16h48", "Castelroux : le musée des Beaux-Arts rouvre ses salles du XIXe siècle\nLa gratuité des bus étendue aux moins de 18 ans"),
 "it_lotto_3": ("18/12/2026 21:12", "21:30", "Lotto, le estrazioni di oggi: il 52 ritardatario sulla ruota di Napoli\nGratta e Vinci, vinti 2 milioni in una tabaccheria di Casalfiore"),
 "it_misc_2": ("14/12/2026 12:35", "13:02", "Valdimonte, il museo civico chiude per lavori fino a primavera\nArcheologia, a Torre Albana riaffiora una strada romana"),
 "sw_power_3": ("16/12/2026 saa 10:15", "10:40", "Kenya Power yazindua mfumo mpya wa kulipia umeme kwa simu\nWakazi wa Karatina walalamikia kukatika kwa umeme mara kwa mara"),
 "sw_misc_1": ("14/12/2026 saa 14:05", "14:30", "Kaunti ya Nyeri yaajiri wauguzi 120 wapya\nWagonjwa wa figo kupata huduma bure Ngarimu"),
 "ne_nepse_3": ("२०८३ पुस १, बुधबार १५:४०", "१६:०५", "बैंकहरूको ब्याजदर घट्यो, सेयर बजारमा लगानी बढ्ने अपेक्षा\nजलविद्युत् कम्पनीको आईपीओमा आवेदन दिने म्याद थपियो"),
 "ne_misc_2": ("२०८३ मंसिर २८, सोमबार १३:१०", "१३:३५", "स्याङ्जामा कफी खेती विस्तार\nकिसानलाई अनुदानमा सुन्तलाका बिरुवा वितरण"),
 "km_fx_1": ("១៤ ធ្នូ ២០២៦ ម៉ោង ០៨:១៥", "០៨:៣០", "ប្រាក់រៀលនៅតែមានស្ថិរភាព បើធៀបនឹងប្រាក់ដុល្លារ\nតម្លៃមាសនៅផ្សារក្នុងស្រុកកើនឡើងបន្តិច"),
 "km_misc_1": ("១៤ ធ្នូ ២០២៦ ម៉ោង ១៥:២០", "១៥:៤៥", "មន្ទីរពេទ្យខេត្តកំពង់ចាម ទទួលបានម៉ាស៊ីនលាងឈាមថ្មី\nយុទ្ធនាការបរិច្ចាគឈាម ប្រមូលបានជាង ៨០០ ថង់"),
}

PLAN = {
 "fr": dict(gen=gen_fr, hand=hand_fr.H, chrome_formula="fr_vigilance_2", near="fr_vigilance_4", chrome_misc="fr_misc_1", trim=("fr_tribunal_3", 2),
            rw_misc="fr_misc_3", rw_formula="fr_prefet_2", partial="fr_misc_6",
            notes=dict(
              chrome_formula="verbatim repost in site chrome (Le Courrier de l'Orbe navigation, timestamps, source line, share line, 'À lire aussi', footer) of a FORMULA item (Météo-France orange 'vents violents' warning for Finistère, Côtes-d'Armor and Morbihan, Tuesday 18h00 - Wednesday 8h00, gusts 100-130 km/h); its four siblings (same template, same 6h00/16h00 bulletin sentence; vigilance_4 is the same phenomenon two days later over two of the same departments) are NOT its partners",
              chrome_misc="verbatim repost in the same site chrome of a stand-alone item (Castelroux médiathèque in a former tannery inaugurated)",
              trim="trimmed copy of a FORMULA item (tribunal correctionnel de Montrevaux: three years for a drunk driver who killed a jogger): 2nd paragraph (128 km/h, 1,6 g/l) cut; what remains is mostly court template wording plus this item's town, age, sentence and licence ban",
              rw_misc="close rewrite by a local news site (Montrevaux Infos) of an AFP stand-alone item (ARS confirms closure of the Montrevaux maternity ward in June 2027): same facts and figures, reworded and reordered, no dateline, quote verbatim",
              rw_formula="shortened rewrite by a local paper of ONE prefect-appointment FORMULA item (Olivier Ravanel, 58, prefect of Aveyron from 11 January); only prefet_2 is its partner, not the three other appointments of the same Conseil des ministres",
              partial="partial reuse: a regional rail-investment item lifts two paragraphs (works on the 42 km line; 118 million euros, 11 return trips, 38 minutes) verbatim from the item on the reopened Lézignac-Montrevaux line; the rest is a different story")),
 "it": dict(gen=gen_it, hand=hand_it.H, chrome_formula="it_lotto_3", near="it_lotto_2", chrome_misc="it_misc_2", trim=("it_misc_5", 2),
            rw_misc="it_misc_4", rw_formula="it_incidente_2", partial="it_misc_7",
            notes=dict(
              chrome_formula="verbatim repost in site chrome (Il Gazzettino di Roccalta navigation, timestamps, source line, share line, 'Leggi anche', footer) of a number-only FORMULA item (SuperEnalotto draw n.201, 18 December: a '5+1' won in Roccalta, jackpot 74,3 million); its three siblings (other draws, same template and same 'last 6' sentence) are NOT its partners",
              chrome_misc="verbatim repost in the same site chrome of a stand-alone item (intact Etruscan chamber tomb found at Valdimonte)",
              trim="trimmed copy of a stand-alone item (400 performers for the Torre Albana living nativity): 2nd paragraph (route, 52 scenes, crafts) cut; rest verbatim",
              rw_misc="close rewrite by a local news site (SanFermoNotizie.it) of an ANSA stand-alone item (restored Baroque frescoes of San Rocco reopened): same facts and figures, reworded, no ANSA header, quote verbatim",
              rw_formula="shortened rewrite by a local paper of ONE fatal-accident FORMULA item (19-year-old motorcyclist from Torre Albana killed on the statale 148 near Ponte Lucera); only incidente_2 is its partner, not the other three '118' accident items",
              partial="partial reuse: a regional item on a 30-million plan for historic theatres lifts two paragraphs (restoration of the 780-seat theatre for 16,5 million; new foundation, 42 shows, 2.100 subscriptions) verbatim from the item on the reopened Teatro Comunale di Roccalta; the rest is a different story")),
 "sw": dict(gen=gen_sw, hand=hand_sw.H, chrome_formula="sw_power_3", near="sw_power_1", chrome_misc="sw_misc_1", trim=("sw_court_2", 2),
            rw_misc="sw_misc_3", rw_formula="sw_appoint_2", partial="sw_misc_6",
            notes=dict(
              chrome_formula="verbatim repost in site chrome (Mwangaza Leo navigation, timestamps, source line, share line, 'Soma pia', footer) of a FORMULA item (Kenya Power interruption on the outskirts of Ngarimu, Thursday 17 December, 3,150 customers); its four siblings (same template, same 9 am - 5 pm wording and 97771 / 0703 070 707; power_1 is the same town, county, regional manager) are NOT its partners",
              chrome_misc="verbatim repost in the same site chrome of a stand-alone item (12-bed ICU opened at Ngarimu referral hospital)",
              trim="trimmed copy of a FORMULA item (Tawalia court: 10 years for trafficking 60 kg of bhang): 2nd paragraph (arrest at the Mwarakaya roadblock) cut; what remains is mostly court template wording plus this item's name, age, years and offence",
              rw_misc="close rewrite by another outlet (Taifa Leo style, 'Na MWANDISHI WETU') of a KNA stand-alone item (3.5-million-year-old elephant fossils found at Nakwamoru, Turkana): same facts and figures, reworded, no dateline, quote verbatim",
              rw_formula="shortened rewrite of ONE Gazette-appointment FORMULA item (Eng. Mwachongo chairs the Coast Development Authority, notice 16311); only appoint_2 is its partner, not the three other three-year board appointments",
              partial="partial reuse: a county budget item (Sh1.6 billion for rural bridges and roads) lifts two paragraphs (120 m bridge, KeRRA, Sh420 million; ferries, 35 km detour, pupils) verbatim from the item on the new Mto Tawa bridge; the rest is a different story")),
 "ne": dict(gen=gen_ne, hand=hand_ne.H, chrome_formula="ne_nepse_3", near="ne_nepse_1", chrome_misc="ne_misc_2", trim=("ne_misc_5", 2),
            rw_misc="ne_misc_4", rw_formula="ne_power_1", partial="ne_misc_7",
            notes=dict(
              chrome_formula="verbatim repost in site chrome (सगरमाथा खबर navigation, timestamps, source line, share line, 'यो पनि पढ्नुहोस्', footer) of a number-heavy FORMULA item in Nepali digits (NEPSE up २४.१६ points to २,७२६.६४ on 1 Poush / 16 December); its three siblings (nepse_1 also in Nepali digits, same template and trading-hours sentence) are NOT its partners",
              chrome_misc="verbatim repost in the same site chrome of a stand-alone item (Malikathan oranges exported to India)",
              trim="trimmed copy of a stand-alone item in Nepali digits (Sisnepani community homestay): 2nd paragraph (Gurung culture, mountain views, 18 houses) cut; rest verbatim",
              rw_misc="close rewrite by an online portal (पर्वत खबर) of an RSS stand-alone item (9.6 MW Modibesi small hydropower starts commercial generation): same facts and figures, reworded, no dateline, no space before the danda, quote verbatim",
              rw_formula="shortened rewrite of ONE NEA power-cut FORMULA item written in Nepali digits (Beldanda and Hemja feeders, Tuesday, 10 am - 4 pm, 8,450 customers); the rewrite uses ASCII digits; only power_1 is its partner (power_5 is the same distribution centre and chief)",
              partial="partial reuse: a Gandaki province tourism round-up lifts two paragraphs (1 lakh 18 thousand foreign tourists in Pokhara, +23 per cent; international flights, 78 per cent occupancy) verbatim from the item on Pokhara tourist arrivals; the rest is a different story")),
 "km": dict(gen=gen_km, hand=hand_km.H, chrome_formula="km_fx_1", near="km_fx_3", chrome_misc="km_misc_1", trim=("km_power_4", 2),
            rw_misc="km_misc_3", rw_formula="km_court_3", partial="km_misc_6",
            notes=dict(
              chrome_formula="verbatim repost in site chrome (ទន្លេមេគង្គប៉ុស្តិ៍ navigation, timestamps, source line, share line, related articles, footer) of a number-only FORMULA item in Khmer digits (National Bank official rate for Monday 14 December, 1 USD = ៤.០១៨ riel); its three siblings (fx_3 also in Khmer digits, same template) are NOT its partners",
              chrome_misc="verbatim repost in the same site chrome of a stand-alone item (new 120-bed building of the Prek Slaeng referral hospital)",
              trim="trimmed copy of a FORMULA item (EDC power cut in Samraong Leu town, Saturday 19 December, 07:30-16:30): 2nd paragraph (affected villages, 4,720 households) cut; what remains is mostly EDC template wording plus this item's town, date, hours and works",
              rw_misc="close rewrite by another outlet (ព័ត៌មានព្រែកស្លែងថ្មី) of an AKP stand-alone item (new 240 m concrete bridge over the Slaeng river): same facts and figures, reworded, no AKP dateline, quote verbatim",
              rw_formula="shortened rewrite of ONE court-verdict FORMULA item (Takeo court: five years for online fraud, 37 victims, over 48,000 dollars) that is written in Khmer digits; the rewrite uses ASCII digits; only court_3 is its partner",
              partial="partial reuse: a national mine-action round-up lifts two paragraphs (CMAC cleared 380 ha, 214 mines and 96 UXO; land handed to 410 families) verbatim from the item on O Ta Kong village declared mine-free; the rest is a different story")),
}

def chrome(lang, src, body):
    ts, ts2, rel = CHROME_VAR[src]
    site = SITE[lang]
    title = paras(body)[0]
    head = site["head"].format(title=title, ts=ts, ts2=ts2)
    foot = site["foot"].format(rel=rel)
    if lang == "fr":
        head, foot = frfix(head), frfix(foot)
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
