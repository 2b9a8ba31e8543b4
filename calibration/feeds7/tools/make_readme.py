# -*- coding: utf-8 -*-
"""Write calibration/feeds7/README.md from names.json, truth.json and tools/hard_negatives.json."""
import json, os, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(OUT, "tools"))
sys.dont_write_bytecode = True
import build
n = json.load(open(f"{OUT}/names.json", encoding="utf-8"))
t = json.load(open(f"{OUT}/truth.json", encoding="utf-8"))
h = json.load(open(f"{OUT}/tools/hard_negatives.json", encoding="utf-8"))

def pair(l, p):
    a, b = p["a"], p["b"]
    return f"{n[l][a]} ~ {n[l][b]} (`{a}` ~ `{b}`)"
def fams(l):
    g = {}
    for r in n[l].values():
        if "_reuse_" in r: continue
        g.setdefault(r.rsplit("_", 1)[0].split("_", 1)[1], []).append(r)
    return g

DESC = {
 "pl": ("pl (PAP style: headline, lead without dateline, `Imię Nazwisko (PAP)` + `abc/ xyz/` sign-off; „…” quotes; 1 280 / 48,6 mln zł / 4,6 proc.)",
        "water_1..5 (MPWiK Radomierz shut-offs: Zatorze, Osiedle Leśne, Stare Miasto x2 on different days/streets, Podgórze; all 8-18, 2-3 minutes, 994 / 42 611 70 00), "
        "road_1..4 (GDDKiA closures on DK 74 / 12 / 48 / 91 with detours; all 3,5 t and 19 111), weather_1..5 (IMGW warnings: frost, snow, freezing rain, wind, fog; all 112), "
        "match_1..4 (fictional II liga round 19: narrative lead, PAP result block, table line, coach quote), court_1..3 (Sąd Okręgowy verdicts: 'na wnuczka' fraud, drunk driver, municipal treasurer; all 14 dni)",
        "misc_1..17 (tram line 9, 14th-century coin hoard, children's cardiology ward, Christmas fair, forest-fire drone, carp prices, stolen Gerson painting returned, digitised pre-war press, "
        "reopened railway, wind farm, 2027 city budget, winter bird count, mountain rescue, music school centenary, unemployment, blood drive, 104-year-old); topic_1/2 (bison: walk through "
        "Sokołów Mały / car collision near Lipnica); event_1/2 (furniture-factory fire in Krzewnica: PAP with fire-brigade spokesman / Radio Krzewnica with owner and mayor)"),
 "hu": ("hu (MTI style: `Város, 2026. december 8., kedd (MTI) – ` header, „…” quotes, `közölte ... az MTI-vel`; 1 260 / 392,45 forint / 6,8 milliárd)",
        "power_1..5 (Alföldi Áramhálózati Zrt. planned outages: Kisbártfa, Tiszavár Újváros, Nagyvárkony, Szentmihályfalva, Tiszavár Felsőváros; all 8-15 óra and 06 80 533 533), "
        "fx_1..4 (forint interbank reports Mon evening / Tue morning / Wed morning / Thu evening), weather_1..5 (HungaroMet warnings: freezing rain, cold, snow, wind, fog; all 112), "
        "match_1..3 (men's handball NB I round 13, MTI result block with Kiállítások / Hétméteresek / Legjobb dobók / Mesteri mérleg), appoint_1..4 (five-year appointments: hospital, theatre, national park, water directorate)",
        "misc_1..17 (Tisza cycle bridge, Árpád-era church, drought-tolerant wheat, station renovation, Christmas-tree prices, spa extension, great bustard count, book fair, pálinka contest, "
        "CT scanner, car-parts plant, folk-dance jubilee, dog rescued from ice, charity wine auction, births down, road 4611 renovated, informatics olympiad); topic_1/2 (golden jackals: sheep "
        "attacked / family filmed); event_1/2 (gas explosion in a Kisbártfa house: MTI with disaster-management spokeswoman / Tiszavári Napló with neighbour and mayor)"),
 "am": ("am (ENA / ኢዜአ style in Ge'ez script: `ከተማ፤ ኅዳር 28/2019(ኢዜአ)፦` datelines in the Ethiopian calendar (ኅዳር 28/2019 = 7 Dec 2026, ታኅሣሥ 4/2019 = 13 Dec 2026), "
        "Ethiopian clock hours (ከጠዋቱ 2፡30), ። ፣ ፤ punctuation, \"…\" quotes, figures as `5 ሺህ 120` / `2 ቢሊዮን 588 ሚሊዮን`)",
        "power_1..5 (Ethiopian Electric Utility interruptions: Yeka, Nifas Silk Lafto x2 (different neighbourhoods/days, same regional office), Weyra, Addis Tsehay; all 2፡30-11፡00 and 905), "
        "road_1..4 (Addis Ababa City Roads Authority closures; all 8155), market_1..4 (Ethiopia Commodity Exchange weekly trade: coffee, sesame, mung bean, soybean; all 25 branches), "
        "match_1..4 (Ethiopian Premier League week 10, fictional clubs, scorers and minutes), court_1..4 (zonal high court verdicts: murder 18 y, robbery 12 y, trafficking 15 y, corruption 9 y)",
        "misc_1..17 (Weyra hospital, Gedeb coffee harvest, Gedeb river bridge, solar mini-grid, Hayk Dar park visitors, irrigated wheat, blood donation, public library, youth enterprises, "
        "drinking-water project, honey output, school feeding, horse festival, livestock vaccination, Green Legacy seedlings, industrial-park exports, Hayk Dar marathon); topic_1/2 (lions: "
        "livestock killed in Gedeb / three cubs born in a park); event_1/2 (Weyra market fire, 48 shops, 12 million birr: ENA with fire chief / Weyra FM with traders and mayor)"),
 "ur": ("ur (APP / اے پی پی style in Urdu (Nastaliq-intended Arabic script): `شہر، 8 دسمبر (اے پی پی):` datelines, ۔ full stops, \"…\" quotes; odd-numbered formula items and several "
        "stand-alone items use Urdu digits ۰-۹ with ٬ and ٫ separators, the others ASCII digits; 14,500 / ۴۶۴٬۳۰۰ / لاکھ and کروڑ units)",
        "power_1..5 (SESCO shutdown notices by grid station and feeders; all 9 بجے - 2 بجے and helpline 118), weather_1..4 (PMD cold / fog / snow / cold-wind forecasts; all 24 گھنٹوں and 1122), "
        "gold_1..4 (per-tola gold price notices of 7, 8, 9 and 11 December; all 10 گرام and فی اونس), court_1..4 (sessions / special courts: murder life term, robbery, heroin, bank fraud; all 6 ماہ), "
        "match_1..4 (inter-district T20 tournament, scorers and bowlers; all 20 اوورز and the 8-district/final-on-20-December sentence)",
        "misc_1..17 (metro bus route, cotton arrivals, polio campaign, Pir Kot book fair, Gandhara coins, kinnow export season, solar tube-wells, e-challan, stadium renovation, literary festival, "
        "migratory birds, women's vocational centre, passport office, tree plantation, textile exports, haveli restoration, thalassaemia centre); topic_1/2 (leopards: goats killed near Pir Kot / "
        "leopard rescued from a well); event_1/2 (van-trailer crash on the Sultanabad-Kot Rahim road, 6 dead 11 injured: APP (Urdu digits) with Rescue 1122 / local daily (ASCII digits) with witness and hospital)"),
 "ms": ("ms (Bernama style: `KUALA MERANTI, 8 Dis (Bernama) -- ` datelines, ` -- BERNAMA` sign-off, \"…\" quotes with `katanya`; RM52,000 / 4.1520/1575 / 7.5 tan)",
        "water_1..5 (Syarikat Air Meranti Berhad interruptions; all 9 pagi and 1-800-88-7262), road_1..4 (JKR closures with detours; all 7.5 tan and 1-800-88-5757), "
        "weather_1..4 (MetMalaysia continuous-rain warnings for east-coast states; all 999 and www.met.gov.my), court_1..4 (Sessions Court sentences: house-breaking, syabu, property fraud, TNB cable theft), "
        "fx_1..4 (ringgit opening reports 7, 8, 10, 11 Dec; all 'Pada 8 pagi')",
        "misc_1..17 (bus terminal, Telok Gading padi yields, green-turtle landings, homestay programme, flood relief centres, new jetty to Pulau Kekabu, robotics champions, book fair, rubber prices, "
        "dengue down, new mosque, affordable-housing keys, monsoon aid for fishermen, farm-drone start-up, Kuala Meranti FC promoted, digital library, 101-year-old); topic_1/2 (wild elephants: "
        "oil-palm damage at Felda Bukit Cempaka / calf rescued by Perhilitan); event_1/2 (three fishermen rescued off Telok Gading: Bernama with the maritime director / Suara Pantai Timur with a wife's account)"),
}

L = []
L.append("""# feeds7 — formula-heavy agency wires in PL / HU / AM / UR / MS

Held-out calibration data for `dedupe`, same layout and design as calibration/feeds2-feeds6: one folder of
agency-feed items per language, `truth.json` (language -> list of the TRUE related pairs {a, b, relation, note};
every other pair within a language folder is unrelated), `names.json` (file -> semantic role), `tools/`.
Built by a helper that did not read or run the detector, its tests, scripts or benchmarks; only
calibration/feeds5 and feeds6 were read, as the model.

Languages (not used in feeds2-feeds6): Polish (PAP), Hungarian (MTI), Amharic (ENA, Ge'ez script), Urdu (APP,
Arabic script with Urdu digits in some items) and Malay (Bernama). One week of wires, Monday 7 - Sunday 13
December 2026 (notices announce dates up to 15 December / ታኅሣሥ 6 2019 E.C.); events, people, companies and most
places are fictional (fictional towns Radomierz, Krzewnica, Tiszavár, Kisbártfa, Weyra/ወይራ, Addis Tsehay/አዲስ ጸሐይ,
Sultanabad/سلطان آباد, Pir Kot/پیر کوٹ, Kuala Meranti, Telok Gading ...), while real institutions (IMGW, GDDKiA, HungaroMet,
EEU, ECX, PMD, MetMalaysia, JKR ...) and, in weather items, real regions appear with invented events.

File names are ANONYMOUS (`<lang>_<8 hex>.txt`, generated and shuffled with a fixed seed, 20261207);
`names.json` maps each file to its role: `<lang>_<family>_<k>` (formula item), `<lang>_misc_<k>` (stand-alone),
`<lang>_topic_<k>` (same topic, different events), `<lang>_event_<k>` (same event, two outlets, written
independently), `<lang>_reuse_<kind>_<source>` (chrome / trim / rewrite / partial, derived from `<source>`).
`truth.json` uses feeds4-feeds6's format; relation is `copy`, `rewrite` or (new in this set) `partial`.
`tools/hard_negatives.json` lists, per language, the deliberately confusing UNRELATED pairs (for analysis only;
they are already implied by "every other pair is unrelated").

## Design (per language: 48 items)
- 21 FORMULA items in 5 families of 3-5 items (utility notices, road closures, weather warnings, sports results,
  exchange-rate / commodity / gold-price notices, appointments, court verdicts). Items of one family come from one
  template with their own date, place, streets/areas, counts, scores, names and figures; they share most of their
  wording and some template numbers (hotline, opening hours, legal limits), and they are NOT related to each other.
- 27 other items: 17 stand-alone items on unrelated subjects, a same-topic pair, a same-event pair, and 6 reuse items.
- 6 TRUE pairs: (1) verbatim repost in site chrome of a FORMULA item, (2) verbatim repost in the same site chrome of a
  stand-alone item, (3) trimmed copy (one paragraph cut) of a stand-alone item (pl, ur) or of a formula item (hu, am, ms),
  (4) close rewrite by another outlet of a stand-alone item (same facts, same figures, reworded, quote verbatim),
  (5) shortened rewrite of ONE formula item (its partner only), (6) partial reuse: an item on a different but related
  subject that lifts two paragraphs verbatim from the source item (relation `partial`).
- Hard negatives (unrelated): the chrome repost of a formula item vs each of its siblings (the closest sibling shares
  district / day pattern / template numbers); the formula trim / formula rewrite vs the siblings of their source;
  event_1 vs event_2 (same event, shared names and figures, no shared text); topic_1 vs topic_2; the two chrome
  reposts of a language (same portal chrome, different articles).
""")
for lang in build.LANGS:
    head, famtxt, standtxt = DESC[lang]
    g = fams(lang)
    sizes = ", ".join(f"{k} {len(v)}" for k, v in sorted(g.items()) if k not in ("misc", "topic", "event"))
    L.append(f"## {head}, {len(n[lang])} items")
    L.append(f"Formula families ({sizes}): {famtxt}.")
    L.append(f"Stand-alone: {standtxt}.")
    L.append("True pairs:")
    for p in t[lang]:
        L.append(f"- {p['relation']}: {pair(lang, p)} — {p['note']}")
    L.append("Hard negatives (unrelated; full list in tools/hard_negatives.json):")
    seen = set()
    for x in h[lang]:
        if x["kind"] == "formula_repost_vs_sibling" and "closest" not in x["note"]: continue
        if x["kind"] in ("formula_trim_vs_sibling", "formula_rewrite_vs_sibling"):
            if x["kind"] in seen: continue
            seen.add(x["kind"])
            sib = [y["roles"][1] for y in h[lang] if y["kind"] == x["kind"]]
            L.append(f"- {x['kind']}: {x['roles'][0]} vs its source's siblings {', '.join(sib)}")
            continue
        L.append(f"- {x['kind']}: {x['roles'][0]} ~ {x['roles'][1]} (`{x['a']}` ~ `{x['b']}`)")
    L.append("")

L.append("""## Tools
`tools/gen_<lang>.py` (formula templates and slot data; ur odd-numbered items converted to Urdu digits), `tools/hand_<lang>.py`
(stand-alone, topic, event, rewrite and partial items, hand-written), `tools/build.py` (derives the two chrome reposts and
the trimmed copy, shuffles and names files, writes truth.json, names.json and tools/hard_negatives.json),
`tools/check.py` (self-check, see below), `tools/make_readme.py` (this file). Rebuild:
`PYTHONDONTWRITEBYTECODE=1 python3 tools/build.py && python3 tools/check.py && python3 tools/make_readme.py`.

check.py verifies: names.json matches the folders and the name pattern; every truth / hard-negative file exists and no
hard negative is a true pair; 4-7 true pairs per language with relation copy/rewrite/partial; >= 3 formula families of 3-6
items, formula items a minority; siblings share template wording (share of words, digits masked, inside word 3-grams also
found in the sibling: >= 0.25 for every pair; printed per family), every sibling pair has different figures and every item
has figures of its own, and the figures common to a whole family (template numbers) are printed; chrome reposts contain
their source verbatim; trimmed copies are exactly the source minus one paragraph; rewrites are not verbatim, share >= 3
figures with the source, and a formula rewrite matches more of its source's own figures than of any sibling's; the partial
item contains 1-2 source paragraphs verbatim plus >= 2 paragraphs of its own; the same-event pair shares figures but has no
common run longer than 8 words; 60-320 words per item; Ge'ez / Arabic script share >= 0.9 for am / ur; no ur item mixes Urdu
and ASCII digits (except chrome); agency markers present on agency items; no template leftovers or spacing errors.

## What is meant to be hard
- Formula siblings share most wording and several numbers (water/power hours and hotlines, 3,5 t / 7.5 tan, 112 / 999 /
  1122, 25 ECX branches, 20 overs, 14 days / 6 months); the formula chrome reposts (pl water_3, hu fx_2, am power_2,
  ur gold_3, ms court_2) must match their own source only. pl water_5 is in the same district as water_3, am power_5
  in the same sub-city with the same spokeswoman as power_2, ur gold_1 has the same digit script and closing sentence as gold_3.
- Trimmed formula copies (hu weather_3, am court_3, ms water_4) are short and mostly template text.
- Formula rewrites (pl court_2, hu appoint_3, am market_2, ur court_1, ms road_2) are short and share template phrases with
  the unrelated siblings; the ur rewrite switches the source's Urdu digits to ASCII digits.
- Partial reuse: only two paragraphs are shared; the rest of the partial item is a different story on a related subject.
- Same-event pairs share names, places and figures (23 fire crews / 2400 m²; 67- and 64-year-olds; 48 shops / 12 million
  birr; 6 dead / 11 injured; 12 nautical miles / ages 28 and 55) but are written independently: unrelated.
- Both chrome reposts of a language sit on the same portal and share its navigation and footer: unrelated to each other.
- Script and tokenisation: Ge'ez syllabary with its own punctuation; Urdu in Arabic script with two digit systems across
  (not within) items; Hungarian and Amharic agglutination changes word forms between a source and its rewrite.

## Caveats
- 48 items per language (brief: about 50): 21 formula + 17 stand-alone + 2 topic + 2 event + 6 reuse.
- The formula kinds (utility notices, road closures, weather, sports, fx/market/gold, appointments, court) were requested
  by the brief and overlap with kinds used in feeds2-feeds5; feeds6 had avoided them.
- Template-wording overlap is lowest for slot-dense families (hu appoint 0.27-0.44, pl match/court ~0.36-0.51 by check.py's
  measure) and highest for notices (up to 1.0 for ur gold_1/gold_3, which differ only in figures and date).
- The relation `partial` is new in this set; a scorer written for copy/rewrite must accept it (or map it).
- Weather items name real regions (voivodeships, counties, provinces, states and districts); other places are fictional.
  Legal sections, sentencing ranges and exchange rates are plausible but not checked against current law or markets.
- Amharic, Urdu, Hungarian, Polish and Malay were written by a non-native author: meant to read like agency copy, but may
  not be fully idiomatic. Weekday names were checked against the 2026 calendar; the Ethiopian-calendar dates were
  computed (Meskerem 1, 2019 E.C. = 11 September 2026).

## Scoring
Not run by its author, who did not look at the detector. Use the same scorer as feeds2-feeds6 with this
directory's truth.json.
""")
open(f"{OUT}/README.md", "w", encoding="utf-8").write("\n".join(L))
print("README.md written")
