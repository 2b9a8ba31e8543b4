# -*- coding: utf-8 -*-
"""Polish (PAP style) FORMULA items for feeds7: water_*, road_*, weather_*, match_*, court_*.
Each item reports its own event; the wording comes from one template per family."""
def J(title, paras, sign):
    return title + "\n\n" + "\n\n".join(p.strip() for p in paras if p and p.strip()) + "\n\n" + sign + "\n"
ITEMS = {}
FAMILIES = {}

# ---- water: MPWiK Radomierz, planned water shut-offs (hours 8-18, 2-3 minutes, 994 / 42 611 70 00 repeat) ----
TEMPLATE_NUMS_WATER = ["8", "18", "2", "3", "994", "42 611 70 00"]
wt = [
 dict(n=1, area="Zatorza", title="Zatorze", when="we wtorek 15 grudnia", b="46", streets="Kolejowej, Parowozowej, Semaforowej i Torowej",
      why="wymianę dwóch zasuw na magistrali o średnicy 400 mm", hh="1280", inst=", a także Szkoła Podstawowa nr 7",
      nb="trzy beczkowozy", locs="przy skrzyżowaniu Kolejowej i Torowej, na parkingu przy Szkole Podstawowej nr 7 oraz przy kościele pw. św. Józefa",
      sign="Piotr Zawada (PAP)\n\npza/ mhr/"),
 dict(n=2, area="Osiedla Leśnego", title="Osiedle Leśne", when="w środę 9 grudnia", b="31", streets="Sosnowej, Jodłowej i Modrzewiowej",
      why="podłączenie nowego odcinka sieci do budowanego bloku przy Modrzewiowej", hh="2140", inst="",
      nb="cztery beczkowozy", locs="przy pawilonie handlowym na Sosnowej, przy przychodni na Jodłowej, na pętli autobusowej i przy żłobku „Bajka”",
      sign="Piotr Zawada (PAP)\n\npza/ mok/"),
 dict(n=3, area="Starego Miasta", title="Stare Miasto", when="w czwartek 10 grudnia", b="58", streets="Rynek, Kościelnej, Grodzkiej, Piekarskiej i Rybnej",
      why="usunięcie przecieku na rurociągu biegnącym pod płytą Rynku", hh="940", inst=", a także urząd stanu cywilnego i dwie apteki",
      nb="dwa beczkowozy", locs="przy ratuszu oraz u wylotu Piekarskiej na Plac Targowy",
      sign="Anna Wierzbicka (PAP)\n\nawi/ mhr/"),
 dict(n=4, area="Podgórza", title="Podgórze", when="w piątek 11 grudnia", b="22", streets="Górniczej, Kwarcowej i Wapiennej",
      why="przebudowę węzła wodociągowego w związku z budową ronda u zbiegu Górniczej i Wapiennej", hh="610", inst="",
      nb="dwa beczkowozy", locs="przy sklepie na Kwarcowej i przy remizie OSP na Wapiennej",
      sign="Anna Wierzbicka (PAP)\n\nawi/ pad/"),
 dict(n=5, area="Starego Miasta", title="Stare Miasto", when="w poniedziałek 14 grudnia", b="37", streets="Zamkowej, Mostowej i Bednarskiej",
      why="wymianę sześciu hydrantów i odcinka sieci z lat 30. ubiegłego wieku", hh="720", inst=", a także przedszkole miejskie nr 3",
      nb="dwa beczkowozy", locs="przy Baszcie Prochowej oraz na skwerze przy Mostowej",
      sign="Piotr Zawada (PAP)\n\npza/ mhr/"),
]
for x in wt:
    title = f"Radomierz. {x['title']}: przerwa w dostawie wody {x['when']}"
    p1 = (f"Mieszkańcy {x['area']} w Radomierzu muszą się przygotować na przerwę w dostawie wody. {x['when'][0].upper() + x['when'][1:]} w godz. 8–18 "
          f"Miejskie Przedsiębiorstwo Wodociągów i Kanalizacji wyłączy dopływ wody do {x['b']} budynków przy ulicach {x['streets']}.")
    p2 = (f"Jak poinformował PAP rzecznik spółki Tomasz Gajda, przerwa jest konieczna ze względu na {x['why']}. "
          f"Bez wody będzie ok. {x['hh'][:-3] + ' ' + x['hh'][-3:] if len(x['hh']) > 3 else x['hh']} gospodarstw domowych{x['inst']}.")
    p3 = (f"Na czas prac wodociągi ustawią {x['nb']} z wodą pitną: {x['locs']}. Po przywróceniu dostaw woda może być przez kilka godzin mętna. "
          f"Spółka zaleca, by przed użyciem spuszczać ją przez 2–3 minuty.")
    p4 = ("Informacje o awariach i planowanych wyłączeniach można uzyskać pod całodobowym numerem 994 lub 42 611 70 00 oraz na stronie internetowej przedsiębiorstwa."
          if x['n'] % 2 else
          "Informacje o awariach i planowanych wyłączeniach wodociągi przekazują pod całodobowym numerem 994 lub 42 611 70 00. Mieszkańcy mogą też zapisać się na powiadomienia SMS.")
    ITEMS[f"pl_water_{x['n']}"] = J(title, [p1, p2, p3, p4], x['sign'])

# ---- road: GDDKiA closures (3,5 t and 19 111 repeat) ----
rd = [
 dict(n=1, dk="74", a="Krzewnicą", b="Sokołowem Małym", start="poniedziałku 14 grudnia", what="6,4-kilometrowy odcinek drogi", why="przebudową wiaduktu nad linią kolejową nr 61",
      odd="kieleckiego", who="Magdalena Gorczyca", dw="742 i 745", towns="Wierzbno Stare i Olszankę", km="11", truck="drogi ekspresowej S7",
      end="30 kwietnia 2027 r.", cost="48,6", fund=", a inwestycja jest w całości finansowana z Krajowego Funduszu Drogowego", title="Utrudnienia na DK 74. Wiadukt w Krzewnicy do przebudowy",
      sign="Marta Sikorska (PAP)\n\nmsi/ mhr/"),
 dict(n=2, dk="12", a="Borowcem Wielkim", b="Lipnicą", start="wtorku 8 grudnia", what="most na rzece Mierzawie w Borowcu Wielkim", why="remontem płyty pomostowej i wymianą barier",
      odd="łódzkiego", who="Jarosław Kłos", dw="713 i 716", towns="Zalesie i Kamionkę", km="7", truck="drogi krajowej nr 8",
      end="22 grudnia", cost="9,2", fund="", title="DK 12 zamknięta w Borowcu Wielkim. Remont mostu na Mierzawie",
      sign="Tomasz Lewandowski (PAP)\n\ntle/ pad/"),
 dict(n=3, dk="48", a="Rudnikiem", b="Lipnicą", start="czwartku 10 grudnia", what="2,1-kilometrowy odcinek drogi w Rudniku", why="budową kanalizacji deszczowej i nowego chodnika",
      odd="lubelskiego", who="Magdalena Gorczyca", dw="801 i 804", towns="Goszczyn i Bielany Rudnickie", km="9", truck="drogi ekspresowej S17",
      end="końca lutego 2027 r.", cost="17,4", fund=", a połowę kosztów pokrywa gmina Rudnik", title="Zamknięcie DK 48 w Rudniku. Objazd przez Goszczyn",
      sign="Marta Sikorska (PAP)\n\nmsi/ mok/"),
 dict(n=4, dk="91", a="Radomierzem", b="Olszanką", start="soboty 12 grudnia", what="łącznicę węzła Radomierz-Północ w kierunku Olszanki", why="budową nowego wiaduktu nad autostradą A1",
      odd="łódzkiego", who="Jarosław Kłos", dw="710 i 742", towns="Wrzosową Górkę i Kamionkę", km="5", truck="autostrady A1",
      end="15 marca 2027 r.", cost="63,1", fund=", a inwestycja jest współfinansowana ze środków Unii Europejskiej", title="Węzeł Radomierz-Północ częściowo zamknięty. Kierowców czeka objazd",
      sign="Tomasz Lewandowski (PAP)\n\ntle/ mhr/"),
]
for x in rd:
    p1 = (f"Od {x['start']} kierowcy jadący drogą krajową nr {x['dk']} między {x['a']} a {x['b']} muszą się liczyć z utrudnieniami. "
          f"Generalna Dyrekcja Dróg Krajowych i Autostrad zamknie dla ruchu {x['what']} w związku z {x['why']} – poinformowała rzeczniczka {x['odd']} oddziału GDDKiA {x['who']}."
          if x['who'].startswith("Magdalena") else
          f"Od {x['start']} kierowcy jadący drogą krajową nr {x['dk']} między {x['a']} a {x['b']} muszą się liczyć z utrudnieniami. "
          f"Generalna Dyrekcja Dróg Krajowych i Autostrad zamknie dla ruchu {x['what']} w związku z {x['why']} – poinformował rzecznik {x['odd']} oddziału GDDKiA {x['who']}.")
    p2 = (f"Objazd poprowadzono drogami wojewódzkimi nr {x['dw']} przez {x['towns']}. Wydłuża on trasę o ok. {x['km']} km. "
          f"Kierowcy ciężarówek o dopuszczalnej masie całkowitej powyżej 3,5 t powinni korzystać z {x['truck']}.")
    p3 = f"Utrudnienia potrwają do {x['end']} Wartość prac to {x['cost']} mln zł{x['fund']}." if x['end'].endswith(".") else f"Utrudnienia potrwają do {x['end']}. Wartość prac to {x['cost']} mln zł{x['fund']}."
    p4 = ("GDDKiA przypomina, że aktualne informacje o utrudnieniach na drogach krajowych są dostępne pod numerem 19 111 oraz na mapie w serwisie internetowym dyrekcji."
          if x['n'] != 3 else
          "Aktualne informacje o utrudnieniach na drogach krajowych są dostępne pod numerem 19 111, czynnym całą dobę.")
    ITEMS[f"pl_road_{x['n']}"] = J(x['title'], [p1, p2, p3, p4], x['sign'])

# ---- weather: IMGW warnings (112 repeats; degree definitions repeat) ----
MEAN = {"pierwszego": "zjawisko może powodować straty materialne oraz zagrożenie dla zdrowia i życia",
        "drugiego": "należy się spodziewać niebezpiecznych zjawisk, które mogą powodować duże straty materialne oraz zagrożenie dla zdrowia i życia"}
we = [
 dict(n=1, deg="pierwszego", phen="silnym mrozem", title="IMGW ostrzega przed silnym mrozem. Alerty dla trzech województw", nw="trzech", woj="podlaskiego, warmińsko-mazurskiego i lubelskiego",
      t1="20", d1="w poniedziałek", t2="8", d2="we wtorek", det="W nocy niebo będzie bezchmurne, a wiatr słaby.", tmin="od -13 do -15", loc=", a lokalnie, w dolinach rzek, nawet -18 st. C", p="80",
      sign="Ewa Kaczmarek (PAP)\n\newk/ mhr/"),
 dict(n=2, deg="drugiego", phen="intensywnymi opadami śniegu", title="Intensywne opady śniegu na południu. IMGW wydał ostrzeżenia drugiego stopnia", nw="trzech", woj="małopolskiego, podkarpackiego i śląskiego",
      t1="14", d1="we wtorek", t2="14", d2="w środę", det="Prognozowana wysokość pokrywy śnieżnej wyniesie od 20 do 30 cm, w rejonach podgórskich do 40 cm. Śnieg będzie miejscami zawiewany.", tmin="od -3 do 0", loc="", p="85",
      sign="Ewa Kaczmarek (PAP)\n\newk/ pad/"),
 dict(n=3, deg="pierwszego", phen="marznącymi opadami", title="Gołoledź w centrum kraju. IMGW ostrzega przed marznącymi opadami", nw="trzech", woj="wielkopolskiego, łódzkiego i kujawsko-pomorskiego",
      t1="18", d1="w środę", t2="10", d2="w czwartek", det="Opady marznącej mżawki i deszczu będą powodować gołoledź na drogach i chodnikach.", tmin="od -2 do 1", loc="", p="75",
      sign="Jakub Brzeziński (PAP)\n\njbr/ mok/"),
 dict(n=4, deg="drugiego", phen="silnym wiatrem", title="Wichura nad Bałtykiem. Ostrzeżenia drugiego stopnia dla Pomorza", nw="dwóch", woj="pomorskiego i zachodniopomorskiego",
      t1="6", d1="w czwartek", t2="22", d2="tego samego dnia", det="Średnia prędkość wiatru wyniesie od 40 do 55 km/h, w porywach do 90 km/h, a na wybrzeżu do 100 km/h. Wiatr będzie wiał z zachodu.", tmin="od 2 do 5", loc="", p="90",
      sign="Jakub Brzeziński (PAP)\n\njbr/ mhr/"),
 dict(n=5, deg="pierwszego", phen="gęstą mgłą", title="IMGW ostrzega przed gęstą mgłą. Widoczność spadnie do 100 metrów", nw="trzech", woj="mazowieckiego, świętokrzyskiego i lubelskiego",
      t1="22", d1="w piątek", t2="10", d2="w sobotę", det="Widzialność miejscami będzie ograniczona do 100–200 m. Mgła może osadzać szadź.", tmin="od -4 do 2", loc=" przy gruncie", p="80",
      sign="Ewa Kaczmarek (PAP)\n\newk/ mok/"),
]
for x in we:
    p1 = (f"Instytut Meteorologii i Gospodarki Wodnej wydał ostrzeżenia {x['deg']} stopnia przed {x['phen']} dla {x['nw']} województw: {x['woj']}. "
          f"Ostrzeżenia obowiązują od godz. {x['t1']} {x['d1']} do godz. {x['t2']} {x['d2']}.")
    p2 = f"{x['det']} Temperatura minimalna wyniesie {x['tmin']} st. C{x['loc']}."
    p3 = (f"Prawdopodobieństwo wystąpienia zjawiska synoptycy ocenili na {x['p']} proc. Ostrzeżenie {x['deg']} stopnia oznacza, że {MEAN[x['deg']]}.")
    p4 = ("Rządowe Centrum Bezpieczeństwa przypomina, że w sytuacji zagrożenia należy dzwonić pod numer alarmowy 112. Aktualne ostrzeżenia są publikowane na stronie IMGW i w aplikacji Meteo IMGW."
          if x['n'] % 2 else
          "W sytuacji zagrożenia należy dzwonić pod numer alarmowy 112. Aktualne ostrzeżenia są publikowane na stronie IMGW.")
    ITEMS[f"pl_weather_{x['n']}"] = J(x['title'], [p1, p2, p3, p4], x['sign'])

# ---- match: II liga (fictional clubs), round 19 ----
mt = [
 dict(n=1, title="II liga piłkarska: Warta Radomierz - Stal Krzewnica 2:1", home="Warta Radomierz", away="Stal Krzewnica", sc="2:1", ht="1:0",
      lead="Piłkarze Warty Radomierz wygrali na własnym stadionie ze Stalą Krzewnica 2:1 w meczu 19. kolejki II ligi. Zwycięskiego gola gospodarze zdobyli dwie minuty przed końcem spotkania.",
      goals="1:0 Kamil Nowak (23), 1:1 Piotr Zięba (57-karny), 2:1 Jakub Lis (88)", cards="Bartosz Kurek, Jakub Lis (Warta). Daniel Sowa, Mateusz Gil (Stal)",
      ref="Adrian Wójcik (Łódź)", crowd="3 120", coach="Warty", cname="Grzegorz Mikulski", q="Długo brakowało nam cierpliwości, ale chłopcy grali do końca i zostali za to nagrodzeni", tab="Warta", tv="awansowała na", pos="4", pts="33", gap="5", nxt="na wyjeździe z Czarnymi Olszanka",
      sign="Robert Bielecki (PAP)\n\nrbi/ co/"),
 dict(n=2, title="II liga piłkarska: Olimpia Sokołów Mały - Górnik Lipnica 0:0", home="Olimpia Sokołów Mały", away="Górnik Lipnica", sc="0:0", ht="0:0",
      lead="Piłkarze Olimpii Sokołów Mały zremisowali bezbramkowo u siebie z Górnikiem Lipnica w meczu 19. kolejki II ligi. Gospodarze od 61. minuty grali w dziesiątkę.",
      goals="brak", cards="Filip Rogala, Szymon Baran (Olimpia). Tomasz Kwiek (Górnik). Czerwona kartka: Szymon Baran (Olimpia, 61. minuta – za drugą żółtą)",
      ref="Paweł Maj (Kraków)", crowd="1 870", coach="Górnika", cname="Ryszard Fąfara", q="Mieliśmy przewagę liczebną przez pół godziny i powinniśmy to wykorzystać, jestem rozczarowany", tab="Olimpia", tv="zajmuje", pos="11", pts="24", gap="14", nxt="u siebie z Lechią Wierzbno",
      sign="Robert Bielecki (PAP)\n\nrbi/ cegl/"),
 dict(n=3, title="II liga piłkarska: Mierzawa Borowiec - Polonia Rudnik 1:3", home="Mierzawa Borowiec", away="Polonia Rudnik", sc="1:3", ht="1:1",
      lead="Piłkarze Polonii Rudnik pokonali na wyjeździe Mierzawę Borowiec 3:1 w meczu 19. kolejki II ligi. Dwa gole dla gości zdobył Oskar Pietrzak.",
      goals="1:0 Wiktor Cichy (12), 1:1 Oskar Pietrzak (40), 1:2 Oskar Pietrzak (66), 1:3 Maciej Dudek (90+2)", cards="Wiktor Cichy (Mierzawa). Karol Zaręba (Polonia)",
      ref="Łukasz Szczepański (Radom)", crowd="2 450", coach="Polonii", cname="Andrzej Stępień", q="Oskar jest w życiowej formie, a cała drużyna zagrała bardzo dojrzale w drugiej połowie", tab="Polonia", tv="awansowała na", pos="2", pts="36", gap="2", nxt="u siebie ze Stalą Krzewnica",
      sign="Robert Bielecki (PAP)\n\nrbi/ co/"),
 dict(n=4, title="II liga piłkarska: Czarni Olszanka - Lechia Wierzbno 4:2", home="Czarni Olszanka", away="Lechia Wierzbno", sc="4:2", ht="2:2",
      lead="Piłkarze Czarnych Olszanka wygrali na własnym stadionie z Lechią Wierzbno 4:2 w meczu 19. kolejki II ligi. Hat-tricka dla gospodarzy zaliczył Dawid Mroczek.",
      goals="1:0 Dawid Mroczek (8), 1:1 Hubert Szewc (19), 2:1 Dawid Mroczek (31), 2:2 Hubert Szewc (44), 3:2 Dawid Mroczek (70), 4:2 Adam Kościelny (83)",
      cards="Marcin Pawlak (Czarni). Hubert Szewc, Igor Pająk (Lechia)", ref="Michał Krawiec (Warszawa)", crowd="1 540", coach="Czarnych", cname="Leszek Bąk",
      q="Po przerwie wróciliśmy do tego, co trenowaliśmy przez cały tydzień, i to dało efekt", tab="Czarni", tv="awansowali na", pos="7", pts="29", gap="9", nxt="u siebie z Wartą Radomierz", sign="Kinga Rutkowska (PAP)\n\nkru/ co/"),
]
for x in mt:
    block = (f"{x['home']} - {x['away']} {x['sc']} ({x['ht']}).\nBramki: {x['goals']}.\nŻółte kartki: {x['cards']}.\nSędzia: {x['ref']}. Widzów: {x['crowd']}."
             if x['goals'] != "brak" else
             f"{x['home']} - {x['away']} {x['sc']}.\nŻółte kartki: {x['cards']}.\nSędzia: {x['ref']}. Widzów: {x['crowd']}.")
    tab = (f"Po 19 kolejkach {x['tab']} {x['tv']} {x['pos']}. miejsce w tabeli II ligi z dorobkiem {x['pts']} pkt. Do prowadzącego KS Bielany {'tracą' if x['tab'] == 'Czarni' else 'traci'} {x['gap']} pkt. "
           f"W 20. kolejce, ostatniej przed przerwą zimową, {'zagrają' if x['tab'] == 'Czarni' else 'zagra'} {x['nxt']}.")
    p3 = f"„{x['q']}” – powiedział na pomeczowej konferencji prasowej trener {x['coach']} {x['cname']}."
    ITEMS[f"pl_match_{x['n']}"] = J(x['title'], [x['lead'], block, tab, p3], x['sign'])

# ---- court: Sąd Okręgowy verdicts (14 dni repeats) ----
ct = [
 dict(n=1, city="Radomierzu", cityn="Radomierz", title="Radomierz. Oszukiwali seniorów „na wnuczka”. Wyroki dla trzech mężczyzn",
      lead="Sąd Okręgowy w Radomierzu skazał we wtorek trzech mężczyzn w wieku od 24 do 31 lat na kary od 3 lat i 6 miesięcy do 5 lat więzienia za oszustwa metodą „na wnuczka” i „na policjanta”. Wyrok nie jest prawomocny.",
      facts="Według ustaleń śledztwa oskarżeni w 2024 i 2025 r. wyłudzili od 19 starszych osób łącznie ok. 620 tys. zł.",
      extra="obowiązek naprawienia szkody w całości", acc="oskarżonych", aggr="działanie w zorganizowanej grupie i wiek pokrzywdzonych", mit="dotychczasową niekaralność dwóch z nich", req="od 5 do 7 lat więzienia", dfn="kary w zawieszeniu dla dwóch z nich", spokes="sędzia Agnieszka Pilch",
      sign="Anna Wierzbicka (PAP)\n\nawi/ mok/"),
 dict(n=2, city="Krzewnicy", cityn="Krzewnica", title="Krzewnica. 8 lat więzienia dla pijanego kierowcy, który zabił rowerzystę",
      lead="Sąd Okręgowy w Krzewnicy skazał w środę 37-letniego Mariusza K. na 8 lat więzienia za spowodowanie wypadku, w którym zginął 64-letni rowerzysta. Wyrok nie jest prawomocny.",
      facts="Według ustaleń śledztwa oskarżony w sierpniu 2025 r. w Wierzbnie Starym jechał z prędkością ok. 110 km/h, mając 1,9 promila alkoholu w organizmie. Po wypadku odjechał; zatrzymano go następnego dnia.",
      extra="dożywotni zakaz prowadzenia pojazdów oraz 60 tys. zł nawiązki na rzecz rodziny zmarłego", acc="oskarżonego", aggr="ucieczkę z miejsca wypadku i wcześniejszą karalność za jazdę po alkoholu", mit="przyznanie się do winy", req="10 lat więzienia", dfn="łagodniejszą karę, wskazując na skruchę oskarżonego", spokes="sędzia Bartłomiej Rosa",
      sign="Marta Sikorska (PAP)\n\nmsi/ pad/"),
 dict(n=3, city="Radomierzu", cityn="Radomierz", title="Była skarbniczka gminy Lipnica skazana za przywłaszczenie pieniędzy",
      lead="Sąd Okręgowy w Radomierzu skazał w czwartek 52-letnią Bożenę W., byłą skarbniczkę gminy Lipnica, na 4 lata więzienia za przywłaszczenie ponad 1,3 mln zł z budżetu gminy. Wyrok nie jest prawomocny.",
      facts="Według ustaleń śledztwa oskarżona przez sześć lat przelewała pieniądze z kont gminy na rachunki swoje i członków rodziny.",
      extra="10-letni zakaz zajmowania stanowisk związanych z dysponowaniem środkami publicznymi i obowiązek zwrotu 1,3 mln zł gminie", acc="oskarżonej", aggr="długotrwałość procederu i nadużycie zaufania mieszkańców gminy", mit="dotychczasową niekaralność", req="6 lat więzienia", dfn="uniewinnienie", spokes="sędzia Agnieszka Pilch",
      sign="Anna Wierzbicka (PAP)\n\nawi/ mhr/"),
]
for x in ct:
    p3 = f"Sąd orzekł również {x['extra']}. Prokuratura domagała się {x['req']}, obrona wnosiła o {x['dfn']}."
    p4 = (f"Jak poinformowała rzeczniczka Sądu Okręgowego w {x['city']} {x['spokes']}, strony mają 14 dni na złożenie wniosku o sporządzenie pisemnego uzasadnienia wyroku."
          if "Agnieszka" in x['spokes'] else
          f"Jak poinformował rzecznik Sądu Okręgowego w {x['city']} {x['spokes']}, strony mają 14 dni na złożenie wniosku o sporządzenie pisemnego uzasadnienia wyroku.")
    pj = (f"Uzasadniając wyrok, sędzia podkreśliła, że wina {x['acc']} nie budzi wątpliwości. Jako okoliczność obciążającą sąd uznał {x['aggr']}, "
          f"a jako łagodzącą – {x['mit']}.")
    ITEMS[f"pl_court_{x['n']}"] = J(x['title'], [x['lead'], x['facts'], pj, p3, p4], x['sign'])

for k in ITEMS:
    FAMILIES.setdefault(k.rsplit("_", 1)[0], []).append(k)
