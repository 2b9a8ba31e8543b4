import json
n=json.load(open('/tmp/feeds3/names.json')); t=json.load(open('/tmp/feeds3/truth.json'))
def pair(l,i):
    a,b=t[l][i]['a'],t[l][i]['b']
    return f"{n[l][a]} ~ {n[l][b]} (`{a}` ~ `{b}`)"
R=f"""# feeds3 — formula-heavy agency wires in ZH / RU / AR

Held-out test data for `dedupe`, same design as calibration/feeds2: short wire items
written from one FORMULA about different people/places/figures are NOT duplicates; only
the pairs in `truth.json` are related (copy | rewrite). Every other pair in a folder is
unrelated. Built by a helper that did not read or run the detector or its tests.

File names are ANONYMOUS (`<lang>_<8 hex>.txt`, generated and shuffled with a fixed seed,
20261129); `names.json` maps each file to its semantic role (`<lang>_<group>_<k>`,
`<lang>_misc_<k>`, `<lang>_reuse_<kind>_<source>`). `truth.json` uses feeds2's format
(language -> list of {{a, b, relation, note}}), with the anonymous names.

Generation: `tools/gen_<lang>.py` (slot-filled agency templates; each item has its own
names, places, dates, figures and quoted statement; formula wording is partly verbatim
across a group, with optional sentences and differing slot lengths, 2–5 body paragraphs),
`tools/hand_<lang>.py` (hand-written stand-alone items and the two rewrites),
`tools/build.py` (derives the chrome repost and the trimmed copy, assigns names, writes
truth.json / names.json), `tools/check.py` (UTF-8, non-empty, truth names exist, counts),
`tools/make_readme.py` (this file). Rebuild: `python3 tools/build.py && python3 tools/check.py
&& python3 tools/make_readme.py`. Dates: November 2026.

## zh (Xinhua/CNS style, Simplified, full-width punctuation, 49 items)
Groups (5 each): fx_1..5 (CFETS RMB central parity), flight_1..5 (airport cancellations: Chengdu
Tianfu, Urumqi, Haikou, Xi'an, Harbin), accident_1..5 (road crashes with death/injury counts:
Henan, Yunnan, Jiangsu, Gansu, Guangdong), meeting_1..5 (Wang Yi talks with FMs of Brazil,
Egypt, New Zealand, Kazakhstan, Spain), cred_1..5 (new ambassadors present copies of credentials
at the MFA: Chile, Ireland, Kenya, Uzbekistan, Portugal), crop_1..5 (harvest & purchase prices:
Qixia apples, Aksu cotton, Wuchang rice, Chongzuo sugar cane, Wenshan sanqi), football_1..5
(CSL rounds 28–30), weather_1..5 (provincial colour-coded warnings). Stand-alone: misc_1..5
(Yangtze finless porpoise census, Dunhuang digital cave, Harbin Ice-Snow World, Anji tea village,
drilling ship Mengxiang).
True: {pair('zh',0)} copy (chrome repost of formula item accident_2);
{pair('zh',1)} copy (stand-alone misc_2, 3rd body paragraph cut);
{pair('zh',2)} rewrite (misc_4, 中新网-style);
{pair('zh',3)} rewrite of a FORMULA item (meeting_3, quote verbatim).

## ru (TASS/RIA style, «» quotes, 49 items)
Groups (5 each): fx_1..5 (CBR official dollar rate), flight_1..5 (Rosaviatsia-style airport
restrictions: Kazan, Sochi, Norilsk, Kaliningrad, Yakutsk), accident_1..5 (road crashes: Volgograd,
Chelyabinsk, Irkutsk, Bashkiria, Krasnodar), meeting_1..5 (Lavrov talks: Indonesia, Egypt, Venezuela,
Mongolia, South Africa), cred_1..5 (copies of credentials to deputy FMs: Brazil, Laos, Nicaragua,
Serbia, Ethiopia), crop_1..5 (regional grain harvest totals), football_1..5 (RPL rounds 14–16),
weather_1..5 (storm warnings). Stand-alone: misc_1..5 (woolly rhino calf, St Petersburg metro,
Baikal seals, Pashkov House, Kaliningrad amber line).
True: {pair('ru',0)} copy (chrome repost of stand-alone misc_1);
{pair('ru',1)} copy (FORMULA item flight_4, 2nd paragraph cut);
{pair('ru',2)} rewrite (misc_3, RIA Novosti style, quote verbatim);
{pair('ru',3)} rewrite of a FORMULA item (football_2, quote verbatim).

## ar (SPA/WAM/QNA/KUNA style, 49 items)
Groups (5 each): fx_1..5 (central-bank dollar rates: Egypt, Morocco, Algeria, Jordan, Tunisia),
flight_1..5 (delays at Kuwait, Dubai, Riyadh, Doha, Muscat), accident_1..5 (road crashes with
death/injury counts), meeting_1..5 (Saudi FM Faisal bin Farhan meets FMs of Japan, Brazil,
Indonesia, Germany, Kazakhstan), cred_1..5 (UAE ministers of state receive copies of credentials:
Chile, Vietnam, Colombia, Norway, Uganda), crop_1..5 (date/vegetable market volumes & prices),
football_1..5 (Roshn Saudi League rounds 10–12), weather_1..5 (NCM alerts by region).
Stand-alone: misc_1..5 (AlUla Bronze Age settlement, Qatar solar desalination plant, UAE
air-quality satellite, Ras al Hadd turtles, Riyadh book fair).
True: {pair('ar',0)} copy (chrome repost of FORMULA item cred_3);
{pair('ar',1)} copy (FORMULA item accident_4, 2nd paragraph cut);
{pair('ar',2)} rewrite (misc_2, Al-Sharq style, quote verbatim);
{pair('ar',3)} rewrite of a FORMULA item (weather_1, Okaz style, quote verbatim).

## Caveats
- Formula siblings can share a date or round (zh football_1/2 both 1 Nov, round 28; ru football_1/2
  round 14; ar football_1/2 round 10). They are still unrelated: different clubs, scorers, quotes.
- ar weather_1/2 quote the same NCM spokesman (different quotes); ar cred items alternate
  between two ministers; ru cred_1/3 share a deputy minister; zh cred_1/3 share one too.
- The trimmed copies of formula items (ru flight_4, ar accident_4) keep mostly formula wording
  plus the item's own slots; they are meant as hard positives. In zh misc_2 the cut paragraph
  introduced 俞天秀, so the trimmed copy quotes him without his title, as a careless trim would.
- zh datelines keep Xinhua's single half-width space after 电, and headlines use a space
  between the two halves, as Xinhua's raw wires do. Body text has no word spaces.
- People, figures and many names are invented; realism over accuracy.

## Scoring
Not run by its author, who did not look at the detector. Use the same scorer as feeds2 with this
directory's truth.json.
"""
open('/tmp/feeds3/README.md','w').write(R)
