"""The synthetic news English used by the benchmark corpus: vocabulary and templates.

Real function words and a few hundred real news words carry the grammar; a large
vocabulary of pseudo-words and names built from syllables carries the content, so
that unrelated articles share common phrases (as real news does) but no long runs
of content words. Every content word has a (pseudo-)synonym, which rewrites use.
"""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass

# -- Templates ---------------------------------------------------------------------
# Each entry is (original wording, paraphrase). "[a|b|c]" offers alternative wordings,
# picked anew for every sentence, so that stock phrases vary as in real news
# rather than repeat word for word in half the corpus. Fields are KIND + index; both
# wordings use the same fields, so a paraphrase states the same facts in the same
# order of sentences with its clauses reordered. Kinds:
#   P person, S surname, R role, O organisation, L place, T topic noun,
#   N/NS noun singular/plural, V/VD/VS/VG verb base/past/3rd person/-ing,
#   A adjective, NUM number, PCT percentage, MONEY amount, DAY weekday,
#   MON month, DATE day of the year, YEAR past year, FY coming year, AG news agency,
#   Q quotation.

BODY_TEMPLATES: tuple[tuple[str, str], ...] = (
    (
        "{P0}, the {R0} of {O0}, said on {DAY0} that the {T0} would {V0} {NUM0} {NS0} by {MON0}.",
        "The {T0} will {V0} {NUM0} {NS0} by {MON0}, {O0}'s {R0} {P0} said on {DAY0}.",
    ),
    (
        "The {A0} {N0} {VD0} {PCT0} in {MON0}, [according to figures released by|according to data "
        "from|according to a report published by|according to estimates from] {O0}.",
        "Figures released by {O0} showed that the {A0} {N0} {VD0} {PCT0} in {MON0}.",
    ),
    ('"{Q0}," {S0} told {AG0}.', '{S0} told {AG0}: "{Q0}."'),
    (
        "{O0} {VD0} the {T0} after {NUM0} {NS0} were {VD1} in {L0} last week.",
        "After {NUM0} {NS0} were {VD1} in {L0} last week, {O0} {VD0} the {T0}.",
    ),
    (
        "Officials in {L0} have {VD0} plans to {V0} the {A0} {N0}, [which critics say "
        "could cost|which opponents warn may cost|a move critics fear could cost] {MONEY0}.",
        "Critics say the {A0} {N0}, which officials in {L0} have {VD0} plans to {V0}, could cost {MONEY0}.",
    ),
    (
        "The {N0} is [expected|likely|set] to {V0} {NS0} across {L0} and {L1} [before the end "
        "of|by the end of|before the close of] {FY0}.",
        "Before the end of {FY0}, the {N0} is expected to {V0} {NS0} across {L0} and {L1}.",
    ),
    (
        "{P0} {VD0} the {T0} [in a statement on|in a statement released on|in remarks on] "
        "{DAY0}, [saying|adding|arguing] the {NS0} had been {VD1} without {N0}.",
        "In a statement on {DAY0}, {P0} {VD0} the {T0} and said the {NS0} had been {VD1} without {N0}.",
    ),
    (
        "Shares of {O0} {VD0} {PCT0} to {MONEY0} [in early trading on|in morning trade on|at "
        "the open on|in late trading on] {DAY0}.",
        "In early trading on {DAY0}, {O0} shares {VD0} {PCT0} to {MONEY0}.",
    ),
    (
        "The {R0} [declined to comment on whether|would not say whether|did not say "
        "whether|refused to say if] the {T0} would {V0} the {A0} {NS0}.",
        "Asked whether the {T0} would {V0} the {A0} {NS0}, the {R0} declined to comment.",
    ),
    (
        "{O0} said it had {VD0} {NUM0} {NS0} since {MON0} and planned to {V0} another {NUM1} by {FY0}.",
        "Since {MON0}, {O0} has {VD0} {NUM0} {NS0}, and it plans to {V0} another {NUM1} by {FY0}, it said.",
    ),
    (
        "The {A0} {T0} comes as {NS0} in {L0} face {A1} {NS1} and rising {NS2}.",
        "{NS0} in {L0} face {A1} {NS1} and rising {NS2} as the {A0} {T0} arrives.",
    ),
    (
        "Last year, {NUM0} {NS0} were {VD0} in {L0} alone, up from {NUM1} the year before.",
        "In {L0} alone, {NUM0} {NS0} were {VD0} last year, compared with {NUM1} a year earlier.",
    ),
    (
        "{P0}, a {A0} {R0} at {O0}, {VD0} that the {N0} could {V0} the {T0}.",
        "The {N0} could {V0} the {T0}, {VD0} {P0}, a {A0} {R0} at {O0}.",
    ),
    (
        "[It was not immediately clear|It was unclear|It remained uncertain|Officials did not "
        "say] how many {NS0} would be {VD0} by the {T0}.",
        "The number of {NS0} that would be {VD0} by the {T0} was not immediately clear.",
    ),
    (
        "{O0} and {O1} signed a {MONEY0} {N0} on {DAY0} to {V0} {NS0} in {L0}.",
        "On {DAY0}, {O0} and {O1} signed a {N0} worth {MONEY0} to {V0} {NS0} in {L0}.",
    ),
    (
        "Under the {T0}, {NS0} in {L0} [will be able to|will be allowed to|could] {V0} {NS1} for up to {NUM0} {NS2}.",
        "{NS0} in {L0} will be able to {V0} {NS1} for up to {NUM0} {NS2} under the {T0}.",
    ),
    (
        "{S0} said the {N0} had {VD0} since {DATE0}, when {O0} first {VD1} the {T0}.",
        "According to {S0}, the {N0} has {VD0} since {DATE0}, the day {O0} first {VD1} the {T0}.",
    ),
    (
        "Police in {L0} said {NUM0} people were {VD0} and {NUM1} others {VD1} in the {N0}.",
        "{NUM0} people were {VD0} and {NUM1} others {VD1} in the {N0}, police in {L0} said.",
    ),
    (
        "The {R0} of {O0}, {P0}, is [due|expected|set] to {V0} the {T0} [at a meeting "
        "in|during talks in|at a summit in] {L0} on {DATE0}.",
        "{P0}, who serves {O0} as {R0}, is due to {V0} the {T0} when officials meet in {L0} on {DATE0}.",
    ),
    (
        "Analysts at {O0} expect the {N0} to {V0} by {PCT0} this year as {NS0} {V1} {A0} {NS1}.",
        "{O0} analysts expect the {N0} to {V0} by {PCT0} this year, with {NS0} set to {V1} {A0} {NS1}.",
    ),
    (
        '"{Q0}," said {P0}, who {VD0} the {T0} in {YEAR0}.',
        '{P0}, who {VD0} the {T0} in {YEAR0}, said: "{Q0}."',
    ),
    (
        "The {N0} has [drawn criticism from|been criticised by|angered] {NS0} and {NS1}, [who "
        "argue it will|who say it will|who warn it could] {V0} {A0} {NS2}.",
        "{NS0} and {NS1} have criticised the {N0}, arguing that it will {V0} {A0} {NS2}.",
    ),
    (
        "{O0} [did not respond to a request for comment|did not immediately reply to "
        "questions|declined to comment|could not be reached for comment] on {DAY0}.",
        "{O0} did not reply on {DAY0} when asked for comment.",
    ),
    (
        "In {MON0}, {O0} {VD0} a {A0} {N0} to {V0} {NS0} in {L0}, {MONEY0} of which came from {O1}.",
        "{O0} {VD0} a {A0} {N0} in {MON0} to {V0} {NS0} in {L0}, with {MONEY0} coming from {O1}.",
    ),
    (
        "The {T0} would be [the first of its kind|the first such move|a first] in {L0} since "
        "{YEAR0}, when {NS0} {VD0} a similar {N0}.",
        "Not since {YEAR0}, when {NS0} {VD0} a similar {N0}, has {L0} seen a {T0} like it.",
    ),
    (
        "{NUM0} {NS0} have so far {VD0} the {T0}, {P0} said, adding that {NUM1} more were {VG0} it.",
        "So far {NUM0} {NS0} have {VD0} the {T0} and {NUM1} more are {VG0} it, according to {P0}.",
    ),
    (
        "{P0} is [scheduled|due|expected] to meet {P1} in {L0} [next week|later this month|in "
        "the coming days] to [discuss|talk about|review] the {A0} {N0}.",
        "Next week {P0} and {P1} are scheduled to meet in {L0} for talks on the {A0} {N0}.",
    ),
    (
        "The {N0} {VS0} {NS0} to {V0} their {NS1} within {NUM0} days of the {N1}.",
        "Within {NUM0} days of the {N1}, {NS0} must {V0} their {NS1} under the {N0}.",
    ),
    (
        "{O0} {VS0} about {PCT0} of the {N0} market in {L0}, according to {O1}.",
        "According to {O1}, {O0} {VS0} roughly {PCT0} of the {L0} {N0} market.",
    ),
    (
        "The {A0} {NS0} are set to {V0} on {DATE0}, a day before the {T0} is {VD0}.",
        "On {DATE0}, one day ahead of the {T0} being {VD0}, the {A0} {NS0} are set to {V0}.",
    ),
    (
        "{S0} has {VD0} the {T0} as {A0}, saying it {VS0} {NS0} and {VS1} {NS1}.",
        "Calling the {T0} {A0}, {S0} said it {VS0} {NS0} and {VS1} {NS1}.",
    ),
    (
        "[Data from|Figures from|Statistics published by] {O0} showed {NUM0} {NS0} {VD0} [in "
        "the three months to|in the quarter to|in the period to] {MON0}, the highest since {YEAR0}.",
        "In the three months to {MON0}, {NUM0} {NS0} {VD0}, the most since {YEAR0}, data from {O0} showed.",
    ),
    (
        "The {N0} in {L0} was {VD0} on {DAY0} amid {A0} {NS0} over the {T0}.",
        "Amid {A0} {NS0} over the {T0}, the {N0} in {L0} was {VD0} on {DAY0}.",
    ),
    (
        "{P0}, who has led {O0} since {YEAR0}, said {NS0} should {V0} the {N0} rather than {V1} it.",
        "{NS0} should {V0} the {N0} instead of trying to {V1} it, said {P0}, head of {O0} since {YEAR0}.",
    ),
    (
        "A {R0} for {O0} said the {T0} was {VG0} [as planned|on schedule|without delay] and "
        "that no {NS0} had been {VD0}.",
        "The {T0} is {VG0} as planned and no {NS0} have been {VD0}, a {R0} for {O0} said.",
    ),
    (
        "The {N0}, worth an estimated {MONEY0}, is the largest {N1} in {L0} for {NUM0} years.",
        "At an estimated {MONEY0}, the {N0} is the biggest {N1} {L0} has seen in {NUM0} years.",
    ),
    (
        "{O0} {VD0} its {N0} forecast to {PCT0} from {PCT1}, citing {A0} {NS0}.",
        "Citing {A0} {NS0}, {O0} {VD0} its forecast for {N0} to {PCT0}, from {PCT1} previously.",
    ),
    (
        "Residents of {L0} told reporters the {T0} had {VD0} their {NS0} and {VD1} local {NS1}.",
        "The {T0} {VD0} their {NS0} and {VD1} local {NS1}, residents of {L0} told reporters.",
    ),
    (
        "The {R0} said {O0} would {V0} its {NS0} and {V1} {A0} {NS1} over the coming {NUM0} months.",
        "Over the coming {NUM0} months {O0} will {V0} its {NS0} and {V1} {A0} {NS1}, the {R0} said.",
    ),
    (
        '"{Q0}," {P0} [wrote on social media on|posted on social media on|said in an online post on] {DAY0}.',
        'In a social media post on {DAY0}, {P0} wrote: "{Q0}."',
    ),
    (
        "[Negotiations|Talks] between {O0} and {O1} over the {T0} [broke down|collapsed|stalled] "
        "in {MON0}, [and no new date has been set|and no further talks are scheduled|with no "
        "date set for new talks].",
        "No new date has been set since talks on the {T0} between {O0} and {O1} collapsed in {MON0}.",
    ),
    (
        "The {A0} {N0} {VD0} {NUM0} {NS0} in {L0} on {DAY0}, {O0} said.",
        "{O0} said the {A0} {N0} had {VD0} {NUM0} {NS0} in {L0} on {DAY0}.",
    ),
    (
        "{L0}, home to about {NUM0} people, has {VD0} {MONEY0} for {NS0} and {NS1} this year.",
        "This year {L0}, which has a population of about {NUM0}, has {VD0} {MONEY0} for {NS0} and {NS1}.",
    ),
    (
        "The {T0} must still be {VD0} by {O0} before it can {V0} {NS0}.",
        "Before it can {V0} {NS0}, the {T0} still needs to be {VD0} by {O0}.",
    ),
    (
        "{S0} added that the {A0} {NS0} would help {V0} {NS1} in {L0} and {L1}.",
        "The {A0} {NS0} would help {V0} {NS1} in {L0} and {L1}, {S0} added.",
    ),
    (
        "{S0} said {NS0} from {L0} had {VD0} the {N0} for {NUM0} weeks.",
        "For {NUM0} weeks, {NS0} from {L0} had {VD0} the {N0}, {S0} said.",
    ),
    (
        "The {T0} was first {VD0} by {P0} in {MON0} {YEAR0}.",
        "{P0} first {VD0} the {T0} in {MON0} {YEAR0}.",
    ),
    (
        "Both {O0} and {O1} have said they will {V0} any {N0} that {VS0} {A0} {NS0}.",
        "{O0} and {O1} have both said that any {N0} that {VS0} {A0} {NS0} is one they will {V0}.",
    ),
)

QUOTE_TEMPLATES: tuple[str, ...] = (
    "We are {VG0} the {N0} and expect {NUM0} {NS0} to {V0} by {MON0}",
    "This {N0} is {A0} for {L0}, and we will not {V0} it",
    "The {NS0} have {VD0} every {N0} we {VD1}",
    "Nobody expected the {N0} to {V0} so quickly",
    "We have been {VG0} {NS0} for {NUM0} years and [we are not going to stop now|we will keep "
    "going|nothing will change that]",
    "It is a {A0} day for {L0} and for [every|each] {N0} who {VD0} this {N1}",
    "Our {NS0} deserve a {A0} {N0}, not another {N1}",
    "I think the {N0} will {V0} the {NS0}, but [it will take time|not overnight|we need to be patient]",
    "There is no {N0} that {NUM0} {NS0} can {V0} on their own",
    "We will {V0} the {NS0} [as soon as|once|the moment] the {N0} is {VD0}",
    "What happened in {L0} should never have {VD0} any {NS0}",
    "The {A0} {NS0} tell us everything about the {N0}",
)

TITLE_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("{O0} to {V0} {NS0} as {L0} {NS1} {V1}", "{L0} {NS1} {V1} while {O0} moves to {V0} {NS0}"),
    ("{L0} {VS0} {A0} {N0} after {NUM0} {NS0} {VD0}", "After {NUM0} {NS0} {VD0}, {L0} {VS0} {A0} {N0}"),
    ("{P0} {VS0} {T0} amid {A0} {NS0}", "Amid {A0} {NS0}, {P0} {VS0} {T0}"),
    ("{A0} {T0} {VS0} {NS0} in {L0}", "In {L0}, {A0} {T0} {VS0} {NS0}"),
    ("{O0} {VS0} {PCT0} {N0} in {MON0}", "{O0} {N0} {VS0} {PCT0} in {MON0}"),
    ("{NUM0} {NS0} {VD0} in {L0} {N0}", "{L0} {N0}: {NUM0} {NS0} {VD0}"),
    ("{L0} {T0} faces {A0} {N0}, {O0} says", "{O0} says {A0} {N0} awaits {L0} {T0}"),
)

# -- Real words ----------------------------------------------------------------------
# "word/plural=synonym" for nouns; irregular plurals are spelled out.
REAL_NOUNS: tuple[str, ...] = (
    "government=administration",
    "company/companies=firm",
    "plan=scheme",
    "deal=agreement",
    "report=study",
    "investigation=inquiry",
    "election=ballot",
    "court=tribunal",
    "price=cost",
    "rate=level",
    "city/cities=town",
    "country/countries=nation",
    "bank=lender",
    "committee=panel",
    "statement=announcement",
    "strike=walkout",
    "demand=request",
    "growth=expansion",
    "funding=financing",
    "project=initiative",
    "crisis/crises=emergency",
    "law=legislation",
    "policy/policies=strategy",
    "decision=ruling",
    "proposal=plan",
    "sector=industry",
    "industry/industries=sector",
    "region=area",
    "agency/agencies=body",
    "board=panel",
    "service=operation",
    "worker=employee",
    "market=marketplace",
    "economy/economies=market",
    "budget=spending plan",
    "tax/taxes=levy",
    "contract=agreement",
    "hospital=clinic",
    "school=academy",
    "road=highway",
    "bridge=crossing",
    "port=harbour",
    "airport=airfield",
    "factory/factories=plant",
    "farm=holding",
    "river=waterway",
    "station=terminal",
    "network=system",
    "system=network",
    "programme=scheme",
    "debate=discussion",
    "protest=demonstration",
    "union=federation",
    "lawmaker=legislator",
    "minister=secretary",
    "resident=inhabitant",
    "voter=elector",
    "official=officer",
    "investor=shareholder",
    "customer=client",
    "supplier=vendor",
    "tenant=renter",
    "patient=sufferer",
    "student=pupil",
    "teacher=educator",
    "driver=motorist",
    "storm=tempest",
    "flood=deluge",
    "fire=blaze",
    "drought=dry spell",
    "shortage=scarcity",
    "surplus/surpluses=excess",
    "deficit=shortfall",
    "loan=credit",
    "profit=earning",
    "loss/losses=deficit",
    "revenue=income",
    "fee=charge",
    "fine=penalty",
    "penalty/penalties=fine",
    "license=permit",
    "permit=licence",
    "vote=ballot",
    "seat=chair",
    "office=bureau",
    "land=territory",
    "border=frontier",
    "coast=shoreline",
    "harvest=crop",
    "supply/supplies=stock",
    "shipment=consignment",
    "vehicle=car",
    "train=rail service",
    "bus/buses=coach",
    "flight=service",
    "reform=overhaul",
    "assessment=evaluation",
    "audit=inspection",
    "ban=prohibition",
    "limit=cap",
    "target=goal",
    "forecast=projection",
    "warning=alert",
)

# "base past 3rd-person -ing=synonym base"
REAL_VERBS: tuple[str, ...] = (
    "announce announced announces announcing=unveil",
    "unveil unveiled unveils unveiling=announce",
    "approve approved approves approving=endorse",
    "endorse endorsed endorses endorsing=approve",
    "reject rejected rejects rejecting=dismiss",
    "dismiss dismissed dismisses dismissing=reject",
    "increase increased increases increasing=raise",
    "raise raised raises raising=increase",
    "reduce reduced reduces reducing=cut",
    "cut cut cuts cutting=reduce",
    "launch launched launches launching=introduce",
    "introduce introduced introduces introducing=launch",
    "expand expanded expands expanding=extend",
    "extend extended extends extending=expand",
    "review reviewed reviews reviewing=examine",
    "examine examined examines examining=review",
    "delay delayed delays delaying=postpone",
    "postpone postponed postpones postponing=delay",
    "support supported supports supporting=back",
    "back backed backs backing=support",
    "oppose opposed opposes opposing=resist",
    "resist resisted resists resisting=oppose",
    "cancel cancelled cancels cancelling=scrap",
    "scrap scrapped scraps scrapping=cancel",
    "investigate investigated investigates investigating=probe",
    "probe probed probes probing=investigate",
    "confirm confirmed confirms confirming=verify",
    "block blocked blocks blocking=halt",
    "halt halted halts halting=block",
    "restore restored restores restoring=revive",
    "secure secured secures securing=obtain",
    "acquire acquired acquires acquiring=buy",
    "buy bought buys buying=purchase",
    "sell sold sells selling=offload",
    "fund funded funds funding=finance",
    "build built builds building=construct",
    "close closed closes closing=shut",
    "replace replaced replaces replacing=substitute",
    "protect protected protects protecting=shield",
    "hire hired hires hiring=recruit",
    "reach reached reaches reaching=hit",
    "affect affected affects affecting=hit",
    "criticise criticised criticises criticising=condemn",
    "challenge challenged challenges challenging=contest",
    "boost boosted boosts boosting=lift",
    "lower lowered lowers lowering=trim",
    "evacuate evacuated evacuates evacuating=clear",
    "suspend suspended suspends suspending=pause",
    "double doubled doubles doubling=boost",
    "shut shut shuts shutting=close",
    "hit hit hits hitting=affect",
    "trim trimmed trims trimming=lower",
    "obtain obtained obtains obtaining=secure",
    "revive revived revives reviving=restore",
)

# "word=synonym"
REAL_ADJECTIVES: tuple[str, ...] = (
    "new=fresh",
    "major=significant",
    "local=regional",
    "national=countrywide",
    "public=state",
    "economic=financial",
    "political=partisan",
    "senior=top",
    "key=crucial",
    "large=big",
    "small=minor",
    "recent=latest",
    "final=last",
    "strong=robust",
    "weak=soft",
    "early=initial",
    "federal=central",
    "annual=yearly",
    "international=global",
    "serious=grave",
    "controversial=disputed",
    "urgent=pressing",
    "temporary=interim",
    "long-term=lasting",
    "rural=country",
    "urban=city",
    "private=independent",
    "costly=expensive",
    "sharp=steep",
    "modest=slight",
    "unexpected=surprise",
    "widespread=broad",
    "heavy=severe",
)

# "role=synonym"
REAL_ROLES: tuple[str, ...] = (
    "spokesperson=spokesman",
    "spokeswoman=spokesperson",
    "chief executive=CEO",
    "director=head",
    "chairman=chair",
    "president=leader",
    "analyst=researcher",
    "economist=analyst",
    "deputy director=deputy head",
    "finance chief=CFO",
    "mayor=city leader",
    "governor=state leader",
    "treasurer=finance officer",
    "secretary general=general secretary",
    "board member=director",
    "senior adviser=top adviser",
    "press officer=spokesperson",
    "regional manager=area manager",
    "chief operating officer=COO",
)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
NEWS_AGENCIES = ("Reuters", "the Associated Press", "AFP", "Bloomberg", "local media")
DATELINE_AGENCIES = ("Reuters", "AP", "AFP", "Bloomberg", "dpa", "UPI")
DATELINE_CITIES = (
    "LONDON",
    "WASHINGTON",
    "BERLIN",
    "PARIS",
    "TOKYO",
    "NEW YORK",
    "BRUSSELS",
    "MADRID",
    "ROME",
    "SYDNEY",
    "TORONTO",
    "NAIROBI",
    "JOHANNESBURG",
    "SINGAPORE",
    "MUMBAI",
    "SEOUL",
    "MEXICO CITY",
    "SAO PAULO",
    "CHICAGO",
    "GENEVA",
    "OSLO",
    "STOCKHOLM",
    "WARSAW",
    "VIENNA",
    "DUBLIN",
    "LISBON",
    "ATHENS",
    "CAIRO",
)
ORG_SUFFIXES = (
    "Group",
    "Holdings",
    "Authority",
    "Council",
    "Institute",
    "Partners",
    "Bank",
    "Ministry",
    "Agency",
    "Corporation",
    "Foundation",
    "Union",
    "Commission",
    "Labs",
    "Energy",
    "Transport",
    "Health Trust",
    "Insurance",
    "Mining",
    "Airlines",
)

# -- Pseudo-words ----------------------------------------------------------------------
ONSETS = (
    "b",
    "br",
    "c",
    "ch",
    "cl",
    "d",
    "dr",
    "f",
    "g",
    "gr",
    "h",
    "j",
    "k",
    "l",
    "m",
    "n",
    "p",
    "pl",
    "pr",
    "r",
    "s",
    "sh",
    "sl",
    "st",
    "t",
    "th",
    "tr",
    "v",
    "w",
    "z",
    "",
    "",
    "",
)
# Random syllables must not spell a slur or an obscenity in the middle of a news story.
UNWANTED = re.compile(
    "fuck|shit|cunt|nigg|fag|slut|whor|rape|nazi|cum|dick|cock|tit|anal|piss|twat|jizz|porn|sex|kkk|hitl|duck"
)
SYLLABLE_COUNTS = (1,) + (2,) * 16 + (3,) * 3
INNER_ONSETS = tuple(onset for onset in ONSETS if onset)
VOWELS = "aeiouy"
NUCLEI = ("a", "e", "i", "o", "u", "a", "e", "o", "ai", "ou", "ea", "y")
CODAS = ("", "", "", "", "", "n", "r", "l", "s", "m", "t", "nd", "rn", "ck", "st", "x", "ng")
NOUN_SUFFIXES = ("", "", "", "", "ation", "ment", "ity", "er", "ance", "ism", "ure")
ADJECTIVE_SUFFIXES = ("al", "ic", "ous", "ive", "ary", "ent", "ish", "able", "ian")
VERB_SUFFIXES = ("", "", "", "ate", "ise", "en", "ify")


@dataclass(frozen=True)
class Vocabulary:
    """Every word list the corpus draws from, with Zipf ranks given by list order."""

    nouns: tuple[str, ...]
    noun_plurals: tuple[str, ...]
    verbs: tuple[str, ...]
    verbs_past: tuple[str, ...]
    verbs_third_person: tuple[str, ...]
    verbs_ing: tuple[str, ...]
    adjectives: tuple[str, ...]
    roles: tuple[str, ...]
    first_names: tuple[str, ...]
    surnames: tuple[str, ...]
    places: tuple[str, ...]
    organisations: tuple[str, ...]
    outlets: tuple[str, ...]
    synonyms: dict[str, str]


class _PseudoWordMaker:
    """Makes distinct pronounceable pseudo-words from syllables."""

    def __init__(self, rng: random.Random, reserved: set[str]) -> None:
        self._rng = rng
        self._seen = set(reserved)

    def word(self, syllables: int, suffix: str = "") -> str:
        rng = self._rng
        collisions = 0
        while True:
            # Short words run out: after a few collisions make a longer one.
            count = syllables + collisions // 5
            stem = rng.choice(ONSETS) + rng.choice(NUCLEI) + rng.choice(CODAS)
            for _ in range(count - 1):
                stem += rng.choice(INNER_ONSETS) + rng.choice(NUCLEI) + rng.choice(CODAS)
            if len(stem) > 2 + 3 * count:
                continue
            if suffix and stem[-1] in VOWELS and suffix[0] in VOWELS:
                stem = stem[:-1]
            candidate = stem + suffix
            if len(candidate) >= 3 and candidate not in self._seen and UNWANTED.search(candidate) is None:
                self._seen.add(candidate)
                return candidate
            collisions += 1

    def words(self, count: int, suffixes: tuple[str, ...]) -> list[str]:
        rng = self._rng
        return [self.word(rng.choice(SYLLABLE_COUNTS), rng.choice(suffixes)) for _ in range(count)]


def _plural(noun: str) -> str:
    if noun.endswith(("s", "x", "sh", "ch", "z")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def _verb_forms(base: str) -> tuple[str, str, str, str]:
    if base.endswith("e"):
        return base, base + "d", base + "s", base[:-1] + "ing"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base, base[:-1] + "ied", base[:-1] + "ies", base + "ing"
    third = base + "es" if base.endswith(("s", "x", "sh", "ch")) else base + "s"
    return base, base + "ed", third, base + "ing"


def _split_synonym(entry: str) -> tuple[str, str]:
    word, _, synonym = entry.partition("=")
    return word, synonym


def _pair_as_synonyms(words: list[str], synonyms: dict[str, str]) -> None:
    """Makes word 2k and word 2k+1 pseudo-synonyms of each other."""
    for even in range(0, len(words) - 1, 2):
        synonyms[words[even]] = words[even + 1]
        synonyms[words[even + 1]] = words[even]


def _interleave(real: list[str], pseudo: list[str], stride: int) -> list[str]:
    """Puts real words among the first ranks so that prose reads like news."""
    merged: list[str] = []
    pseudo_iter = iter(pseudo)
    for word in real:
        merged.append(word)
        merged.extend(next(pseudo_iter) for _ in range(stride))
    merged.extend(pseudo_iter)
    return merged


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


def build_vocabulary(seed: int, scale: int = 1) -> Vocabulary:
    """Builds the vocabulary deterministically from `seed`; `scale` multiplies sizes."""
    rng = random.Random(f"vocabulary-{seed}")
    reserved = {w.partition("=")[0].split("/")[0] for w in REAL_NOUNS + REAL_ADJECTIVES}
    maker = _PseudoWordMaker(rng, reserved)
    synonyms: dict[str, str] = {}

    pseudo_nouns = maker.words(60_000 * scale, NOUN_SUFFIXES)
    pseudo_verbs = maker.words(12_000 * scale, VERB_SUFFIXES)
    pseudo_adjectives = maker.words(12_000 * scale, ADJECTIVE_SUFFIXES)
    _pair_as_synonyms(pseudo_nouns, synonyms)
    _pair_as_synonyms(pseudo_verbs, synonyms)
    _pair_as_synonyms(pseudo_adjectives, synonyms)

    real_nouns: list[str] = []
    real_plurals: dict[str, str] = {}
    for entry in REAL_NOUNS:
        word_forms, synonym = _split_synonym(entry)
        singular, _, plural = word_forms.partition("/")
        real_nouns.append(singular)
        real_plurals[singular] = plural or _plural(singular)
        synonyms[singular] = synonym
        synonyms[real_plurals[singular]] = _plural(synonym)
    nouns = _interleave(real_nouns, pseudo_nouns, stride=2)
    noun_plurals = [real_plurals.get(noun) or _plural(noun) for noun in nouns]
    for even in range(0, len(pseudo_nouns) - 1, 2):
        synonyms[_plural(pseudo_nouns[even])] = _plural(pseudo_nouns[even + 1])
        synonyms[_plural(pseudo_nouns[even + 1])] = _plural(pseudo_nouns[even])

    verb_forms: list[tuple[str, str, str, str]] = []
    real_verb_forms: list[tuple[str, str, str, str]] = []
    for entry in REAL_VERBS:
        forms_text, synonym_base = _split_synonym(entry)
        base, past, third, ing = forms_text.split(" ")
        real_verb_forms.append((base, past, third, ing))
        synonyms[base] = synonym_base
    real_by_base = {forms[0]: forms for forms in real_verb_forms}
    for forms in real_verb_forms:
        synonym_base = synonyms[forms[0]]
        synonym_forms = real_by_base.get(synonym_base) or _verb_forms(synonym_base)
        for form, synonym_form in zip(forms[1:], synonym_forms[1:], strict=True):
            synonyms[form] = synonym_form
    pseudo_verb_forms = [_verb_forms(base) for base in pseudo_verbs]
    for even in range(0, len(pseudo_verb_forms) - 1, 2):
        for form, other in zip(pseudo_verb_forms[even], pseudo_verb_forms[even + 1], strict=True):
            synonyms[form] = other
            synonyms[other] = form
    verb_bases = _interleave([f[0] for f in real_verb_forms], pseudo_verbs, stride=2)
    all_forms = {f[0]: f for f in real_verb_forms + pseudo_verb_forms}
    verb_forms = [all_forms[base] for base in verb_bases]

    real_adjectives = []
    for entry in REAL_ADJECTIVES:
        word, synonym = _split_synonym(entry)
        real_adjectives.append(word)
        synonyms[word] = synonym
    adjectives = _interleave(real_adjectives, pseudo_adjectives, stride=3)

    roles = []
    for entry in REAL_ROLES:
        role, synonym = _split_synonym(entry)
        roles.append(role)
        synonyms[role] = synonym

    first_names = [_capitalised(w) for w in maker.words(3_000 * scale, ("", "a", "o", "el"))]
    surnames = [_capitalised(w) for w in maker.words(40_000 * scale, ("", "", "son", "er", "ez", "ski"))]
    places = [_capitalised(w) for w in maker.words(10_000 * scale, ("", "", "ton", "ia", "burg"))]
    organisations = _organisations(rng, maker, places, surnames, 12_000 * scale)
    outlets = [
        f"The {_capitalised(maker.word(2))} {rng.choice(('Herald', 'Times', 'Post', 'Gazette'))}"
        if rng.random() < 0.5
        else f"{_capitalised(maker.word(2))} {rng.choice(('Daily', 'News', 'Today', 'Wire'))}"
        for _ in range(400)
    ]
    return Vocabulary(
        nouns=tuple(nouns),
        noun_plurals=tuple(noun_plurals),
        verbs=tuple(f[0] for f in verb_forms),
        verbs_past=tuple(f[1] for f in verb_forms),
        verbs_third_person=tuple(f[2] for f in verb_forms),
        verbs_ing=tuple(f[3] for f in verb_forms),
        adjectives=tuple(adjectives),
        roles=tuple(roles),
        first_names=tuple(first_names),
        surnames=tuple(surnames),
        places=tuple(places),
        organisations=tuple(organisations),
        outlets=tuple(outlets),
        synonyms=synonyms,
    )


def _organisations(
    rng: random.Random,
    maker: _PseudoWordMaker,
    places: list[str],
    surnames: list[str],
    count: int,
) -> list[str]:
    names: list[str] = []
    for _ in range(count):
        style = rng.random()
        suffix = rng.choice(ORG_SUFFIXES)
        if style < 0.35:
            names.append(f"{_capitalised(maker.word(2))} {suffix}")
        elif style < 0.6:
            names.append(f"the {rng.choice(places)} {suffix}")
        elif style < 0.8:
            names.append(f"{rng.choice(surnames)} {suffix}")
        else:
            names.append(f"the {_capitalised(maker.word(2, rng.choice(ADJECTIVE_SUFFIXES)))} {suffix}")
    return names


def template_fields(template: str) -> list[str]:
    """Field names of a template in order of first appearance."""
    seen: list[str] = []
    for _, field, _, _ in string.Formatter().parse(template):
        if field is not None and field not in seen:
            seen.append(field)
    return seen


def field_kind(field: str) -> str:
    """The kind of a field: its name without the trailing index."""
    return field.rstrip("0123456789")
