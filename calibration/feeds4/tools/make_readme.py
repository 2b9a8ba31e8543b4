import json, os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
n = json.load(open(f'{OUT}/names.json', encoding='utf-8')); t = json.load(open(f'{OUT}/truth.json', encoding='utf-8'))
def pair(l, i):
    a, b = t[l][i]['a'], t[l][i]['b']
    return f"{n[l][a]} ~ {n[l][b]} (`{a}` ~ `{b}`)"
R = f"""# feeds4 — formula-heavy agency wires in KO / HI / UK

Held-out test data for `dedupe`, same design as calibration/feeds2 and feeds3: short wire items
written from one FORMULA about different people/places/figures are NOT duplicates; only
the pairs in `truth.json` are related (copy | rewrite). Every other pair in a folder is
unrelated. Built by a helper that did not read or run the detector or its tests.

File names are ANONYMOUS (`<lang>_<8 hex>.txt`, generated and shuffled with a fixed seed,
20261129); `names.json` maps each file to its semantic role (`<lang>_<group>_<k>`,
`<lang>_misc_<k>`, `<lang>_topic_<k>`, `<lang>_reuse_<kind>_<source>`). `truth.json` uses feeds3's
format (language -> list of {{a, b, relation, note}}), with the anonymous names.

Formula kinds were chosen to avoid those of feeds2/feeds3 (fx, flight, accident, meeting, cred,
crop, football, weather, call, cond, court/verdict, appoint, quake, market, receive): fires with
casualty counts, drug seizures, satellite launches, polls/by-elections, arrests, sanctions, power
outage schedules, sports transfers, road closures, congratulation messages, visits. In every
language two kinds state (almost) NO numbers beyond the dateline — congrat_* and visit_* — and one
kind gives times and quantities in WORDS rather than digits (ko closure_*, hi traffic_*, uk closure_*;
the uk closure items also spell the date in words). New here: `<lang>_topic_1/2` are two stand-alone
items on the SAME TOPIC but different events, written independently (ko: two sinkholes, Seoul
Gangdong 6 Nov / Busan Sasang 19 Nov; hi: two leopard captures, Nashik 9 Nov / Mysuru 24 Nov; uk: two
underground schools, Kharkiv / Zaporizhzhia). They are unrelated to each other.

Generation: `tools/gen_<lang>.py` (slot-filled agency templates; each item has its own
names, places, dates, figures and quoted statement; formula wording is partly verbatim
across a group, with optional sentences, alternative quote frames and differing slot lengths),
`tools/hand_<lang>.py` (hand-written stand-alone items, same-topic pair and the two rewrites),
`tools/build.py` (derives the chrome repost and the trimmed copy, assigns names, writes
truth.json / names.json), `tools/check.py` (UTF-8, non-empty, no leftover template braces, truth
names exist, counts, word counts), `tools/make_readme.py` (this file). Rebuild: `python3 tools/build.py
&& python3 tools/check.py && python3 tools/make_readme.py`. Dates: November 2026.

## ko (Yonhap style, `(도시=연합뉴스) 기자 =` leads, reporter e-mail last line, 51 items)
Groups: fire_1..5 (fires with casualty counts: Hwaseong battery-parts plant, Busan Saha shop-house,
Cheongju warehouse, Gwangju apartment, Ulsan chemical plant), seize_1..5 (customs/police drug seizures:
Incheon, Busan, Seoul, Pyeongtaek, Gimhae), launch_1..5 (satellite launches: CAS500-4, micro-satellite
cluster, private SAR sat, military recon sat no.5, Nuri with CAS500-5), poll_1..4 (presidential approval
polls: Gallup x2, Realmeter, NBS), congrat_1..6 (President Lee's congratulatory messages, no figures:
Chile, Czechia, Japan, Bolivia, Netherlands, Tanzania), visit_1..5 (PM Kim Min-seok site visits, no
figures: Yeosu, Andong, Incheon airport, Dangjin, Guro), closure_1..5 (traffic controls, times and counts
in Hangul words: marathon, rally, Busan fireworks, Olympic-daero night works, bicycle parade),
transfer_1..5 (KBO free-agent contracts). Stand-alone: misc_1..5 (Jeju dolphin calves, Wolseong bronze
vessels, Jirisan bears pass 100, laver exports pass $1bn, Sejong driverless bus); topic_1/2 (sinkholes).
True: {pair('ko',0)} copy (chrome repost of stand-alone misc_1);
{pair('ko',1)} copy (FORMULA item fire_3, 2nd paragraph cut);
{pair('ko',2)} rewrite (misc_3, Newsis style, quote verbatim);
{pair('ko',3)} rewrite of a no-number FORMULA item (congrat_2, News1 style, quote verbatim).

## hi (PTI-Bhasha style, `शहर, तारीख (भाषा)` datelines, editor slug last line, Devanagari, 51 items)
Groups: fire_1..5 (fires with deaths/injuries: Thane, Jaipur, Ludhiana, Patna, Hyderabad), seize_1..5
(drug seizures: BSF Amritsar, DRI Mumbai, Assam STF, Coast Guard/ATS Gujarat, Assam Rifles Manipur),
launch_1..4 (PSLV-C62, GSLV-F17, Skyroot Vikram-1, SSLV-D4), bypoll_1..5 (assembly by-election results:
Budhni, Tarari, Sitai, Channapatna, Kedarnath), congrat_1..6 (Modi congratulates leaders, no figures:
Chile, Czechia, Tanzania, Bolivia, Netherlands, Japan), visit_1..5 (President Murmu / VP Radhakrishnan
visits, no figures), traffic_1..5 (traffic advisories with times and counts in Hindi words: Delhi half
marathon, state visit, Mumbai Marine Drive, Lucknow procession, Hebbal flyover), arrest_1..5 (arrests +
court custody: Noida call centre, Punjab tehsildar bribe, ED Kolkata, Cyberabad investment fraud, MP
Lokayukta). Stand-alone: misc_1..5 (Kuno cheetah cubs, Harappan site in Hanumangarh, Alappuzha solar
water ambulance, Pauri women's forest, Delhi Metro driverless Magenta extension); topic_1/2 (leopards).
True: {pair('hi',0)} copy (chrome repost of FORMULA item seize_2);
{pair('hi',1)} copy (stand-alone misc_2, 3rd body paragraph cut);
{pair('hi',2)} rewrite (misc_4, UNI-Varta style, quote verbatim);
{pair('hi',3)} rewrite of a no-number FORMULA item (visit_3, UNI-Varta style, quote verbatim).

## uk (Ukrinform/UNIAN style, «» quotes with ` - ` dash, attribution paragraph, 51 items)
Groups: fire_1..5 (SES fire reports: Lviv, Dnipro, Zhytomyr oblast, Odesa, Vinnytsia), sanctions_1..5
(presidential decrees enacting NSDC sanctions), transfer_1..4 (football transfers: Shakhtar, Dynamo,
Polissia, Kryvbas), seize_1..5 (drug seizures: Kyiv oblast lab, Odesa port cocaine, Kharkiv border,
Zakarpattia, Dnipro), congrat_1..6 (Zelensky congratulates leaders, no figures: Chile, Czechia, Bolivia,
Netherlands, Japan, Tanzania), visit_1..5 (foreign officials arrive in Kyiv, no figures: Valtonen,
Plenković, Rutte, Šakalienė, Keller-Sutter), closure_1..5 (road closures, dates/times/counts in words:
Kyiv run, Lviv Lychakivska, Odesa parade, Kyiv North Bridge, Kharkiv Nauky Ave), power_1..5 (Ukrenergo
outage schedules, queues and hours in digits). Stand-alone: misc_1..5 (lynx in Gorgany, Chernihiv
Spaskyi cathedral, Kherson watermelons on demined fields, Kyiv one-day prosthetics centre, Kyiv–Warsaw
night train); topic_1/2 (underground schools).
True: {pair('uk',0)} copy (chrome repost of stand-alone misc_3);
{pair('uk',1)} copy (FORMULA item power_2, 2nd paragraph cut);
{pair('uk',2)} rewrite (misc_1, UNIAN style, quote verbatim);
{pair('uk',3)} rewrite of a words-not-digits FORMULA item (closure_4, quote verbatim).

## What is meant to be hard
- congrat_* and visit_* siblings differ only in names/places/quote; the rewrites of ko congrat_2 and
  hi visit_3 are short and share most formula wording with their unrelated siblings too.
- Closure/traffic items carry almost no digits, so number overlap cannot separate them; uk closure_4's
  rewrite is the true partner, closure_1..5 are not.
- The trimmed formula copies (ko fire_3, uk power_2) are short (~50 words) and mostly formula text.
- topic_1/2 share topic vocabulary (sinkhole / leopard / underground school) but are different events.
- Cross-group near-formula: ko/hi/uk congrat groups address the same six foreign leaders in each
  language (irrelevant across folders; within a folder each leader appears once).

## Caveats
- Korean word counts are eojeol (space-separated); the ko stand-alones are 157–174 eojeol, which is
  more content than the same count of English words. ko topic_1/2 are 110–121 eojeol, uk topic 107–129
  words (they were meant as short news items, under the 150 floor that applies to misc).
- Shared slots within groups: ko launch_1/3 same reporter and Vandenberg site; ko poll_1/4 both Gallup;
  ko items by the same reporter share the e-mail line; hi editor slugs repeat across items; hi bypoll_1/2
  and 3/4 share dates; hi visit_1/3/5 are all President Murmu; uk sanctions/power items all cite the
  same sources; uk congrat items share the "X" attribution sentence. All still unrelated.
- hi congrat/visit leads were generated with dates; weekday names in hi fire items and the uk power
  leads were not checked against the 2026 calendar.
- Real office-holders appear with invented statements and events; many names, figures and places are
  invented. Realism over accuracy.

## Scoring
Not run by its author, who did not look at the detector. Use the same scorer as feeds2/feeds3 with
this directory's truth.json.
"""
open(f'{OUT}/README.md', 'w', encoding='utf-8').write(R)
