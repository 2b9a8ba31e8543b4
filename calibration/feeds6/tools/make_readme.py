# -*- coding: utf-8 -*-
import json, os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
n = json.load(open(f'{OUT}/names.json', encoding='utf-8')); t = json.load(open(f'{OUT}/truth.json', encoding='utf-8'))
def pair(l, i):
    a, b = t[l][i]['a'], t[l][i]['b']
    return f"{n[l][a]} ~ {n[l][b]} (`{a}` ~ `{b}`)"
def cnt(l): return len(n[l])
R = f"""# feeds6 — formula-heavy agency wires in KA / SR / TA / ES / DE

Held-out test data for `dedupe`, same design as calibration/feeds2-feeds5: short wire items
written from one FORMULA about different people/places/figures are NOT duplicates; only
the pairs in `truth.json` are related (copy | rewrite). Every other pair in a folder is
unrelated. Built by a helper that did not read or run the detector, its tests, scripts or benchmarks.

File names are ANONYMOUS (`<lang>_<8 hex>.txt`, generated and shuffled with a fixed seed,
20261201); `names.json` maps each file to its semantic role (`<lang>_<group>_<k>`,
`<lang>_misc_<k>`, `<lang>_topic_<k>`, `<lang>_reuse_<kind>_<source>`). `truth.json` uses feeds4's
format (language -> list of {{a, b, relation, note}}), with the anonymous names.

New scripts/typography: Georgian (Mkhedruli, „…“ quotes, `- განუცხადა ინტერპრესნიუსს` quote frames,
thousands with spaces 1 236 / 462 318, decimal commas 13,6%; odd items Interpressnews-style without
dateline, even items Sakinform-style `თბილისი, 6 ნოემბერი - საქინფორმი.`), Serbian Cyrillic (Tanjug
`ГРАД, 24. новембра (Танјуг) - ` datelines, „…“ quotes, decimal commas 9,2 одсто, thousands dots 782.400,
км/ч), Tamil (Dinamani/PTI-Tamil `சென்னை, நவ. 18: ` datelines, "…" quotes followed by என்றார்/தெரிவித்தார்,
Indian digit grouping 19,42,600 / ரூ.1,84,000 கோடி, lakh/crore units), Spanish (odd items EFE
`Ciudad, 30 nov (EFE).- ` with "…" quotes, even items Europa Press `CIUDAD, 30 (EUROPA PRESS)` dateline
paragraph with «…» quotes; 3.021.800 / 2,4 %), German (dpa `Stadt (dpa) - ` / `(dpa/bb)` datelines,
„…“ quotes, dpa-AFX `HAMBURG (dpa-AFX) - ` company results with `/mne/jha/he` sign-off, 1.250 / 4,2 Prozent).

Formula kinds avoid those of feeds2-feeds5 (fx, flight, accident, meeting, cred, crop, football, weather,
call, cond, court/verdict, appoint, quake, market, receive, fire, seize, launch, poll, congrat, visit,
closure, transfer, arrest, sanctions, power outages, lottery, dam, fuel/pricecap, flood, expo, mou,
missing, vaccine, exam, bridge/opening, cruise, tax, hajj, wage, preview). The same eight kinds are used in
every language: results_* (company nine-month/quarterly results), match_* (non-football match reports
with scorers: handball, basketball, rugby, kabaddi), airport_* (monthly airport passenger statistics),
speed_* (police 24-hour traffic-control / speed-check figures), water_* (water-supply interruption
notices of one utility), premiere_* (theatre premieres), obit_* (obituaries, 4 items), grant_* (grant /
subsidy awards). speed_* and water_* state nearly all their content as NUMBERS, and many of those numbers
REPEAT across all items of the kind (24 hours; the same fine amounts, licence-suspension periods, alcohol
limit and report number 112 / 192 / 103; the same outage hours 8-16 / 11-21 / 8.00-15.00 / 6-6, the same
24-hour turbidity warning, 2-3 minutes, and the same utility hotline 0800 292 7587 / 900 365 365 /
011/3606-111 / 2 93 11 11 / 044-4567 4567); check.py prints the figures common to all items of each kind.
In every language grant_2 and grant_4 (same ministry/agency programme) share one long programme
sentence (28-37 words) verbatim that grant_1/3/5 do not have; they are still unrelated. `<lang>_topic_1/2`
are two stand-alone items on the SAME TOPIC but different events, written independently (ka: brown bears,
Borjomi residential street / Oni shepherd injured; sr: wolves, Stara Planina sheep kill / wolf filmed at
Vršac; ta: wild elephants, Thondamuthur lone tusker / Hosur herd crop raid; es: brown bears, Somiedo
she-bear with cubs / hunter injured in Palencia; de: elks, A12 closure near Frankfurt (Oder) / bull
elk in Krauschwitz). They are unrelated.

Generation: `tools/gen_<lang>.py` (slot-filled agency templates; each item has its own names, places,
dates, figures and quoted statement; formula wording is partly verbatim across a group, with optional
sentences, alternative quote frames and differing slot lengths; ka/es alternate two agencies' styles by
item number), `tools/hand_<lang>.py` (hand-written stand-alone items, same-topic pair and the two
rewrites), `tools/build.py` (derives the chrome repost and the trimmed copy, assigns names, writes
truth.json / names.json), `tools/check.py` (UTF-8, non-empty, no leftover template braces, double spaces or
space before punctuation, truth names exist, >= 8 kinds with 4-6 items each, 5 misc + 2 topic + 4 reuse,
80-300 words for every non-derived item, ka/sr/ta script share, quote styles per language/agency, speed_*
and water_* share >= 3 figures across all their items, the long grant sentence is >= 20 words and
occurs in exactly grant_2 and grant_4 among formula items), `tools/make_readme.py` (this file). Rebuild:
`python3 tools/build.py && python3 tools/check.py && python3 tools/make_readme.py`. Dates: November 2026
(outage notices announce dates in early December).

## ka (Interpressnews / Sakinform style, {cnt('ka')} items)
Groups: results_1..5 (9-month results: Aldagi Kavkasia insurance, Kakhuri Marani wine, Georgian Railway,
Kavkasia Cement, Pharma Georgia), match_1..5 (Didi 10 rugby, round 8: Lelo-Kochebi, Army-Batumi, Jiki-Aia,
Bakuriani Bears-Kople, Khvamli-Kursebi), airport_1..5 (Tbilisi Oct, Kutaisi, Batumi, Mestia, Tbilisi Sep),
speed_1..5 (patrol police 24-hour figures: country x3, Tbilisi, Adjara), water_1..5 (GWP outages in Tbilisi
districts: Saburtalo, Vake, Gldani, Isani, Didube), premiere_1..5 (Rustaveli King Lear, Marjanishvili
Seagull, Kutaisi, Batumi Tartuffe, Free Theatre Dumbadze), obit_1..4 (painter, actress, footballer, poet),
grant_1..5 (Produce in Georgia; high-mountain agency x2 sharing the long sentence; Kakheti drip irrigation;
school labs). Stand-alone: misc_1..5 (Dmanisi hominin jaw, new metro station, Lagodekhi leopard, Adjara
tangerine exports, medieval wine cellar in Mtskheta); topic_1/2 (bears).
True: {pair('ka',0)} copy (chrome repost of stand-alone misc_1);
{pair('ka',1)} copy (number-repeating FORMULA item water_3, 2nd paragraph cut);
{pair('ka',2)} rewrite (misc_4, another outlet's style, quote verbatim);
{pair('ka',3)} rewrite of a FORMULA item (premiere_2, shortened, quote verbatim).

## sr (Tanjug style, Cyrillic, {cnt('sr')} items)
Groups: results_1..5 (Dunav gas, Šumadija metal, Savska bank, Moravski mlin, Jug soft), match_1..5 (ABA
league / KLS basketball: Partizan, Crvena zvezda, Borac-FMP, Spartak-Mega, Sloga-Vojvodina), airport_1..5
(Belgrade, Niš, Morava, Podgorica, Tivat), speed_1..5 (MUP 24-hour traffic-control figures: Serbia x3,
South Bačka, Nišava), water_1..5 (Belgrade waterworks outages: Zvezdara, Šumice, New Belgrade blocks,
Zemun, Miljakovac), premiere_1..5 (National Theatre, Atelje 212, SNP, Kruševac, JDP), obit_1..4, grant_1..5
(ministry subsidies; agriculture ministry x2 sharing the long sentence). Stand-alone: misc_1..5 (Uvac
griffon vultures 720, Viminacium gold earrings, Soko train to Subotica in 74 minutes, raspberry exports,
Zasavica donkeys); topic_1/2 (wolves).
True: {pair('sr',0)} copy (chrome repost of number-heavy FORMULA item speed_2);
{pair('sr',1)} copy (stand-alone misc_2, 2nd paragraph cut);
{pair('sr',2)} rewrite (misc_3, no dateline, quote verbatim);
{pair('sr',3)} rewrite of a FORMULA obituary (obit_4, shortened, quote verbatim).

## ta (Dinamani / PTI-Tamil style, {cnt('ta')} items)
Groups: results_1..5 (Kaveri Motors, Kongu Textiles, Thennaga bank, Muthunagar chemicals, Vaigai
Software), match_1..5 (Pro Kabaddi: Tamil Thalaivas, Patna, Puneri Paltan, Jaipur-Delhi tie, UP Yoddhas),
airport_1..5 (Chennai, Coimbatore, Madurai, Tiruchi, Thoothukudi), speed_1..5 (traffic-police 24-hour
special checks: Chennai x2, Coimbatore, Madurai, Tiruchi), water_1..5 (Chennai Metrowater 24-hour
suspensions), premiere_1..5 (play debuts), obit_1..4, grant_1..5 (rural-development minister x2 for
women's self-help groups sharing the long sentence). Stand-alone: misc_1..5 (Keeladi gold ear ornament,
Chennai Metro phase 2 trial, Vedanthangal birds, Nilgiri tahr census, Olive Ridley eggs); topic_1/2
(elephants).
True: {pair('ta',0)} copy (chrome repost of stand-alone misc_2);
{pair('ta',1)} copy (FORMULA item airport_4, 2nd paragraph cut);
{pair('ta',2)} rewrite (misc_5, no dateline, quote verbatim);
{pair('ta',3)} rewrite of FORMULA item grant_2, keeping the long sentence it shares with unrelated grant_4.

## es (EFE / Europa Press style, {cnt('es')} items)
Groups: results_1..5 (Levantina de Envases, Hoteles Meridiano, Tubacex Norte, Farmacat, Agroandalucía),
match_1..5 (Liga Endesa round 10: Baskonia, Real Madrid, Joventut-Gran Canaria, Barça, Tenerife),
airport_1..5 (Aena October: Málaga, Palma, Bilbao, Santiago, Alicante), speed_1..5 (Guardia Civil / DGT
speed campaign 16-22 Nov by region), water_1..5 (Canal de Isabel II cuts: Prosperidad, Alcalá, Getafe,
Móstoles, Leganés), premiere_1..5 (Teatro Español, Lliure, Mérida, Lope de Vega, Principal), obit_1..4,
grant_1..5 (regional subsidies; Castilla y León shops and Aragón homes share the long sentence).
Stand-alone: misc_1..5 (lynx census 2,401, Roman mosaic in Córdoba, high-speed train to Badajoz, Santa
Olalla lagoon refills, Sierra Nevada opens early); topic_1/2 (bears).
True: {pair('es',0)} copy (chrome repost of number-repeating FORMULA item water_1);
{pair('es',1)} copy (stand-alone misc_3, 2nd paragraph cut);
{pair('es',2)} rewrite (misc_1, EFE item rewritten in Europa Press style, quote verbatim but «»);
{pair('es',3)} rewrite of FORMULA item grant_4 (Europa Press -> EFE), keeping the long sentence it shares with unrelated grant_2.

## de (dpa / dpa-AFX style, {cnt('de')} items)
Groups: results_1..5 (dpa-AFX: Nordhafen Logistik, Kessler Hydraulik, Alpenland Medizintechnik, Kaiser
steel, Mainufer Software), match_1..5 (Handball-Bundesliga: Kiel, Flensburg, Magdeburg, Füchse,
Gummersbach), airport_1..5 (Düsseldorf, Stuttgart, Hamburg, Köln/Bonn, Leipzig/Halle), speed_1..5
(Blitzmarathon: NRW, Lower Saxony, Bavaria, Hesse, Saxony-Anhalt), water_1..5 (Berliner Wasserbetriebe
shut-offs), premiere_1..5 (Thalia, Dresden, Bochum, Deutsches Theater, Residenztheater), obit_1..4,
grant_1..5 (Land grants; Saxony-Anhalt Freibad and Feuerwehr share the long sentence). Stand-alone:
misc_1..5 (bearded vultures Berchtesgaden, Roman coin hoard near Trier, hydrogen trains Taunus, Moselle
vintage, grey seals Wadden Sea); topic_1/2 (elks).
True: {pair('de',0)} copy (chrome repost of stand-alone misc_4);
{pair('de',1)} copy (dpa-AFX FORMULA item results_2, 2nd paragraph cut);
{pair('de',2)} rewrite (misc_2, no dateline, quote verbatim);
{pair('de',3)} rewrite of a number-repeating FORMULA item (speed_3, shortened, figures kept).

## What is meant to be hard
- speed_* and water_* siblings are mostly numbers, and many numbers (24 hours, fines, hotlines, outage
  hours) are identical across all five items; only counts, dates, districts differ. The sr speed_2 chrome
  repost, the es water_1 chrome repost, the ka water_3 trimmed copy and the de speed_3 rewrite must match
  their own source, not the four siblings.
- grant_2 / grant_4 share a 28-37-word sentence verbatim but are unrelated; in ta and es the rewrite of
  one of them keeps that sentence, so the rewrite shares it with its partner AND with the unrelated sibling.
- Trimmed formula copies (ka water_3, ta airport_4, de results_2) are short and mostly formula wording.
- Quote-style switch: the es misc_1 rewrite turns "…" into «…» and the EFE dateline into a Europa Press one.
- topic_1/2 share topic vocabulary (bears / wolves / elephants / elks) but are different events.
- Agglutinative scripts: Georgian and Tamil word counts are low per unit of content, and case endings
  change word forms between a source and its rewrite.

## Caveats
- Lengths: ka trim of water_3 (65 words), ka premiere_2 rewrite (68) and ta trim of airport_4 (71) are under
  80 words; all are derived/rewrite items and were allowed by check.py. Georgian/Tamil formula items are
  80-120 words.
- Shared slots within groups: all water_* items in a language come from one utility (same hotline); ka
  airport_1/5 are both Tbilisi (October vs September); sr speed_1/2/5 are country-wide reports on
  different days; es premiere items put play titles in "…" even in Europa Press items. All still unrelated.
- Companies, most people and many figures are invented; a few real institutions, clubs, players, coaches
  and office titles appear with invented statements and results. Georgian and Tamil were written by a
  non-native author: grammar should be readable but may not be fully idiomatic. Weekday names were not
  checked against the 2026 calendar. Realism over accuracy.

## Scoring
Not run by its author, who did not look at the detector. Use the same scorer as feeds2-feeds5 with
this directory's truth.json.
"""
open(f'{OUT}/README.md', 'w', encoding='utf-8').write(R)
