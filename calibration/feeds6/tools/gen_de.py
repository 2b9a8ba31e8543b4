# -*- coding: utf-8 -*-
"""German (dpa / dpa-AFX style) formula items for feeds6."""
def J(title, paras):
    return title + "\n\n" + "\n\n".join(p.strip() for p in paras if p and p.strip()) + "\n"
ITEMS = {}

# ---- results: Quartalszahlen (dpa-AFX) ----
rs = [
 dict(n=1, city="HAMBURG", firm="Nordhafen Logistik AG", desc="Hafenlogistiker", idx="SDax", q3="dritten", rev="412,6", pct="7,4", ebit="38,1", ebit0="31,9", net="21,7", cons="405", ceo="Jens Brakelmann", g="zwischen 1,55 und 1,62 Milliarden Euro", sh="3,8", up=True, day="Donnerstag", sig="/mne/jha/he",
      q="Das Containergeschäft hat sich stabilisiert, und unsere Lagerflächen im Hinterland sind praktisch ausgebucht", extra="Vor allem das Geschäft mit Kühlcontainern und die Bahnverbindungen nach Osteuropa hätten zugelegt, hieß es."),
 dict(n=2, city="STUTTGART", firm="Kessler Hydraulik SE", desc="Maschinenbau-Zulieferer", idx="MDax", q3="dritten", rev="1.084", pct="4,2", ebit="96,5", ebit0="118,2", net="57,3", cons="1.101", ceo="Dr. Annette Vogelsang", g="von rund 4,3 Milliarden Euro", sh="5,1", up=False, day="Dienstag", sig="/tav/mis/stw",
      q="Die Nachfrage aus China bleibt schwach, aber wir sehen erste Zeichen der Erholung bei den europäischen Landmaschinenherstellern", extra="Belastet hätten Kosten für den Umbau des Werks in Ludwigsburg sowie höhere Löhne."),
 dict(n=3, city="MÜNCHEN", firm="Alpenland Medizintechnik AG", desc="Medizintechnikhersteller", idx="TecDax", q3="dritten", rev="268,9", pct="11,8", ebit="41,4", ebit0="33,0", net="29,8", cons="259", ceo="Markus Eibl", g="zwischen 1,03 und 1,06 Milliarden Euro", sh="6,9", up=True, day="Mittwoch", sig="/err/ngu/jha",
      q="Unsere neuen Ultraschallsysteme verkaufen sich in Nordamerika besser als wir selbst erwartet hatten", extra=""),
 dict(n=4, city="DÜSSELDORF", firm="Rheinmetallwerke Kaiser & Co. KGaA", desc="Spezialstahlkonzern", idx="SDax", q3="dritten", rev="736,2", pct="2,9", ebit="12,4", ebit0="27,6", net="-4,1", cons="751", ceo="Thomas Kaiser", g="von 2,9 bis 3,0 Milliarden Euro", sh="2,4", up=False, day="Montag", sig="/lew/zb/he",
      q="Die Energiepreise in Deutschland sind für eine Stahlhütte schlicht nicht wettbewerbsfähig", extra="Der Konzern kündigte zudem an, bis Ende 2027 rund 300 Stellen in der Verwaltung abzubauen."),
 dict(n=5, city="FRANKFURT", firm="Mainufer Software AG", desc="Softwarehaus", idx="SDax", q3="dritten", rev="158,3", pct="14,6", ebit="24,7", ebit0="19,2", net="17,9", cons="154", ceo="Sabine Lorenz-Hadi", g="zwischen 620 und 640 Millionen Euro", sh="4,3", up=True, day="Donnerstag", sig="/kro/men/mis",
      q="Mehr als die Hälfte unserer Neukunden entscheidet sich inzwischen direkt für das Cloud-Abo", extra=""),
]
for x in rs:
    verb = "Umsatz und Ergebnis gesteigert" if x['up'] else "beim Ergebnis deutlich Federn gelassen"
    lead = f"{x['city']} (dpa-AFX) - Der {x['desc']} {x['firm']} hat im {x['q3']} Quartal {verb}. Der Umsatz {'stieg' if x['up'] else 'ging'} im Vergleich zum Vorjahreszeitraum um {x['pct']} Prozent {'auf' if x['up'] else 'zurück auf'} {x['rev']} Millionen Euro, wie das im {x['idx']} notierte Unternehmen am {x['day']} in {x['city'].title()} mitteilte."
    net = f"Unter dem Strich blieb ein Überschuss von {x['net']} Millionen Euro." if not x['net'].startswith("-") else f"Unter dem Strich stand ein Verlust von {x['net'][1:]} Millionen Euro."
    p2 = f"Das operative Ergebnis (Ebit) {'kletterte' if x['up'] else 'sank'} auf {x['ebit']} Millionen Euro nach {x['ebit0']} Millionen ein Jahr zuvor. {net} Analysten hatten im Schnitt mit einem Umsatz von {x['cons']} Millionen Euro gerechnet. " + x['extra']
    p3 = f"„{x['q']}“, sagte Vorstandschef {x['ceo']} laut Mitteilung." if x['n'] % 2 else f"Vorstandschef {x['ceo']} sagte in einer Telefonkonferenz mit Analysten: „{x['q']}.“"
    p4 = f"Für das Gesamtjahr bestätigte der Vorstand die Prognose eines Umsatzes {x['g']}." if x['up'] else f"Für das Gesamtjahr rechnet der Vorstand nun nur noch mit einem Umsatz {x['g']}; bislang war er optimistischer gewesen."
    p5 = f"Die Aktie {'legte im frühen Xetra-Handel um' if x['up'] else 'verlor im frühen Xetra-Handel'} {x['sh']} Prozent{' zu' if x['up'] else ''}."
    head = {1: "Nordhafen Logistik steigert Gewinn - Prognose bestätigt", 2: "Kessler Hydraulik mit Gewinnrückgang - Ziel gesenkt", 3: "Alpenland Medizintechnik wächst zweistellig",
            4: "ROUNDUP: Kaiser-Stahl rutscht in die roten Zahlen - Stellenabbau", 5: "Mainufer Software profitiert vom Cloud-Geschäft"}[x['n']]
    ITEMS[f"de_results_{x['n']}"] = J(head, [lead, p2, p3, p4, p5, x['sig']])

# ---- match: Handball-Bundesliga ----
mt = [
 dict(n=1, city="Kiel", home="THW Kiel", away="die MT Melsungen", score="31:27", ht="15:14", spect="10.285", top="Eric Johansson", tg="9", top2="Dimitri Ignatow", tg2="7", coach="THW-Trainer Filip Jicha", q="Wir haben in der zweiten Halbzeit endlich die Abwehr gestellt, die wir uns vorgenommen hatten", tab="Die Kieler verbesserten sich damit auf den dritten Tabellenplatz.", day="Sonntag"),
 dict(n=2, city="Flensburg", home="Die SG Flensburg-Handewitt", away="den TBV Lemgo Lippe", score="34:25", ht="17:11", spect="6.300", top="Emil Jakobsen", tg="11", top2="Tim Suton", tg2="6", coach="SG-Coach Aleš Pajovič", q="Wir waren von der ersten Minute an hellwach, so muss das zu Hause aussehen", tab="", day="Samstag"),
 dict(n=3, city="Magdeburg", home="Der SC Magdeburg", away="die Rhein-Neckar Löwen", score="29:29", ht="13:16", spect="6.600", top="Omar Ingi Magnússon", tg="8", top2="Juri Knorr", tg2="10", coach="Magdeburgs Trainer Bennet Wiegert", q="Ein Punkt nach so einem Rückstand fühlt sich fast wie ein Sieg an, aber zufrieden bin ich nicht", tab="Der Ausgleich fiel sieben Sekunden vor dem Ende durch einen Siebenmeter.", day="Donnerstag"),
 dict(n=4, city="Berlin", home="Die Füchse Berlin", away="den HSV Hamburg", score="36:30", ht="18:15", spect="8.750", top="Mathias Gidsel", tg="12", top2="Frederik Bo Andersen", tg2="7", coach="Füchse-Trainer Nicolej Krickau", q="Mathias hat wieder gezeigt, warum er einer der besten Spieler der Welt ist", tab="Die Füchse bleiben damit Tabellenführer.", day="Sonntag"),
 dict(n=5, city="Gummersbach", home="Der VfL Gummersbach", away="den HC Erlangen", score="28:24", ht="12:12", spect="4.132", top="Julian Köster", tg="7", top2="Christopher Bissel", tg2="6", coach="Gummersbachs Trainer Gudjón Valur Sigurdsson", q="Das war harte Arbeit, Erlangen hat uns lange nicht ins Tempospiel kommen lassen", tab="", day="Samstag"),
]
for x in mt:
    won = x['score'].split(':')[0] != x['score'].split(':')[1]
    lead = (f"{x['city']} (dpa) - {x['home']} hat in der Handball-Bundesliga {x['away']} mit {x['score']} ({x['ht']}) besiegt." if won else
            f"{x['city']} (dpa) - {x['home']} ist in der Handball-Bundesliga gegen {x['away']} nicht über ein {x['score']} ({x['ht']}) hinausgekommen.")
    if x['home'].startswith("Die Füchse"): lead = lead.replace(" hat in der", " haben in der")
    p2 = f"Vor {x['spect']} Zuschauern war {x['top']} mit {x['tg']} Toren bester Werfer der Gastgeber. Für die Gäste traf {x['top2']} {x['tg2']}-mal. {x['tab']}"
    p3 = f"„{x['q']}“, sagte {x['coach']} nach der Partie." if x['n'] % 2 else f"{x['coach']} sagte beim Sender Dyn: „{x['q']}.“"
    p4 = "In der Schlussphase mussten beide Teams jeweils einen Spieler nach einer Zeitstrafe ersetzen, an der Entscheidung änderte das nichts." if x['n'] in (2, 5) else ""
    head = {1: "Kiel schlägt Melsungen - Johansson trifft neunmal", 2: "Flensburg deklassiert Lemgo", 3: "Magdeburg rettet spätes Remis gegen die Löwen",
            4: "Gidsel-Show: Füchse bleiben vorn", 5: "Gummersbach setzt sich gegen Erlangen durch"}[x['n']]
    more = {1: "Die Nordhessen hatten zur Pause noch knapp geführt, brachen nach dem Wechsel aber gegen die offensive Kieler Abwehr ein. Am Mittwoch steht für den THW das Pokal-Achtelfinale in Hannover an.",
            2: "Torhüter Kevin Møller parierte 14 Würfe und wurde von den Fans gefeiert. Lemgo wartet damit seit vier Spielen auf einen Sieg.",
            3: "Die Gäste hatten zwischenzeitlich mit fünf Toren geführt. Magdeburg musste ohne den verletzten Spielmacher Felix Claar auskommen.",
            4: "Der Däne erzielte allein in der ersten Halbzeit sieben Treffer. Die Hamburger hielten bis zur 40. Minute mit, dann setzten sich die Berliner mit einem 5:0-Lauf ab. Am Donnerstag spielen die Füchse in der Champions League in Veszprém.",
            5: "Vor allem Torhüter Dominik Kuzmanovic hielt die Gastgeber in der zweiten Halbzeit im Spiel. Erlangen bleibt auf einem Abstiegsplatz."}[x['n']]
    ITEMS[f"de_match_{x['n']}"] = J(head, [lead, p2, more, p3, p4])

# ---- airport: Passagierzahlen ----
ap = [
 dict(n=1, city="Düsseldorf", ap="Der Düsseldorfer Flughafen", pax="1,92 Millionen", pct="6,3", mov="15.840", cargo="6.210", ytd="20,4 Millionen", pre="91", who="Flughafenchef Lars Redeligx", q="Die Urlaubsnachfrage im Herbst war stark, vor allem nach Spanien, in die Türkei und nach Ägypten", extra="Die Airlines hätten für den Winter zusätzliche Verbindungen auf die Kanaren angemeldet."),
 dict(n=2, city="Stuttgart", ap="Der Stuttgarter Flughafen", pax="912.000", pct="3,1", mov="8.905", cargo="1.480", ytd="9,6 Millionen", pre="78", who="Flughafengeschäftsführer Ulrich Heppe", q="Uns fehlen nach wie vor die Geschäftsreisenden, die früher montags und freitags die Terminals gefüllt haben", extra=""),
 dict(n=3, city="Hamburg", ap="Der Hamburger Flughafen", pax="1,31 Millionen", pct="4,7", mov="11.420", cargo="2.350", ytd="13,8 Millionen", pre="83", who="Flughafenchef Christian Kunsch", q="Wir rechnen damit, das Vorkrisenniveau bei den Passagieren frühestens 2028 wieder zu erreichen", extra="Zugelegt habe vor allem der Verkehr nach Skandinavien und Großbritannien."),
 dict(n=4, city="Köln", ap="Der Flughafen Köln/Bonn", pax="1,04 Millionen", pct="8,9", mov="12.760", cargo="79.300", ytd="10,2 Millionen", pre="94", who="Flughafenchef Thilo Schmid", q="Das Frachtgeschäft bleibt unser zweites starkes Standbein und hat uns durch alle Krisen getragen", extra=""),
 dict(n=5, city="Leipzig", ap="Der Flughafen Leipzig/Halle", pax="214.000", pct="12,4", mov="7.980", cargo="118.600", ytd="2,3 Millionen", pre="88", who="Flughafensprecher Uwe Schuhart", q="Neue Ziele in Südeuropa haben gezeigt, dass es in Mitteldeutschland eine Nachfrage gibt", extra="Im November sollen zwei weitere Verbindungen nach Nordafrika hinzukommen."),
]
for x in ap:
    lead = f"{x['city']} (dpa) - {x['ap']} hat im Oktober {x['pax']} Passagiere gezählt. Das waren {x['pct']} Prozent mehr als im Vorjahresmonat, wie die Betreibergesellschaft am Dienstag mitteilte."
    p2 = f"Die Zahl der Starts und Landungen lag bei {x['mov']}, umgeschlagen wurden {x['cargo']} Tonnen Fracht. Von Januar bis Oktober nutzten {x['ytd']} Fluggäste den Flughafen - das entspricht {x['pre']} Prozent des Niveaus von 2019. " + x['extra']
    p3 = f"„{x['q']}“, sagte {x['who']}." if x['n'] % 2 else f"{x['who']} erklärte: „{x['q']}.“"
    p4 = "Als Gründe für die langsamere Erholung nennen die Flughäfen seit Monaten die hohen staatlichen Standortkosten, etwa die Luftverkehrsteuer und die Gebühren für die Flugsicherung." if x['n'] in (1, 2, 3) else "Der Flughafenverband ADV hatte zuletzt gefordert, die Luftverkehrsteuer zu senken."
    head = {1: "Düsseldorfer Flughafen mit Passagierplus im Oktober", 2: "Stuttgarter Flughafen wächst nur langsam", 3: "Hamburger Airport zählt 1,31 Millionen Fluggäste",
            4: "Köln/Bonn: Mehr Passagiere und viel Fracht", 5: "Flughafen Leipzig/Halle legt zweistellig zu"}[x['n']]
    ITEMS[f"de_airport_{x['n']}"] = J(head, [lead, p2, p3, p4])

# ---- speed: Geschwindigkeitskontrollen (fast nur Zahlen, die sich wiederholen) ----
sp = [
 dict(n=1, land="Nordrhein-Westfalen", pol="das Innenministerium in Düsseldorf", st="1.250", cars="412.600", sch="16.340", pct="4", fv="318", top="121", lim="50", place="in Köln-Porz", extra="An 97 Messstellen vor Schulen und Kitas wurden 1.012 Verstöße registriert."),
 dict(n=2, land="Niedersachsen", pol="die Polizei in Hannover", st="650", cars="201.300", sch="8.120", pct="4", fv="146", top="98", lim="50", place="in Osnabrück", extra=""),
 dict(n=3, land="Bayern", pol="das Innenministerium in München", st="1.800", cars="512.000", sch="20.480", pct="4", fv="312", top="142", lim="70", place="auf der B 12 bei Kempten", extra="An 24 Messstellen wurde zusätzlich der Abstand gemessen."),
 dict(n=4, land="Hessen", pol="das Landespolizeipräsidium in Wiesbaden", st="470", cars="146.900", sch="5.870", pct="4", fv="98", top="101", lim="50", place="in Darmstadt", extra=""),
 dict(n=5, land="Sachsen-Anhalt", pol="die Polizeiinspektion Magdeburg", st="180", cars="49.800", sch="2.490", pct="5", fv="50", top="99", lim="50", place="in Halle", extra="24 Fahrer waren ohne gültigen Führerschein unterwegs."),
]
for x in sp:
    lead = f"Hannover (dpa) - " if x['n'] == 2 else {1: "Düsseldorf (dpa) - ", 3: "München (dpa) - ", 4: "Wiesbaden (dpa) - ", 5: "Magdeburg (dpa) - "}[x['n']]
    lead += f"Beim 24-Stunden-Blitzmarathon hat die Polizei in {x['land']} {x['sch']} Temposünder erwischt. An {x['st']} Messstellen wurden von Mittwoch 6 Uhr bis Donnerstag 6 Uhr {x['cars']} Fahrzeuge kontrolliert, wie {x['pol']} mitteilte. Damit waren {x['pct']} Prozent der Fahrer zu schnell."
    p2 = f"{x['fv']} Fahrer müssen mit einem Fahrverbot von 1 Monat, 2 Punkten in Flensburg und einem Bußgeld ab 260 Euro rechnen. Negativer Spitzenreiter war ein Autofahrer {x['place']}, der mit {x['top']} km/h bei erlaubten {x['lim']} km/h geblitzt wurde. " + x['extra']
    p3 = "Wer innerorts 21 km/h zu schnell fährt, zahlt mindestens 115 Euro und bekommt 1 Punkt. Ab 31 km/h drohen 1 Monat Fahrverbot und 2 Punkte." if x['n'] in (1, 3, 4) else "Schon ab 21 km/h zu viel innerorts werden 115 Euro und 1 Punkt fällig, ab 31 km/h kommt 1 Monat Fahrverbot hinzu."
    p4 = "Nach Angaben der Polizei ist überhöhte Geschwindigkeit bei jedem 3. tödlichen Unfall die Hauptursache." if x['n'] != 5 else ""
    head = {1: "Blitzmarathon in NRW: 16.340 Temposünder in 24 Stunden", 2: "Blitzmarathon: 8.120 Raser in Niedersachsen", 3: "Blitzmarathon in Bayern - 142 statt 70 km/h",
            4: "Hessen: 5.870 Autofahrer beim Blitzmarathon zu schnell", 5: "Blitzmarathon in Sachsen-Anhalt: 2.490 Verstöße"}[x['n']]
    ITEMS[f"de_speed_{x['n']}"] = J(head, [lead, p2, p3, p4])

# ---- water: Trinkwasser-Abstellungen der Berliner Wasserbetriebe (Zahlen wiederholen sich) ----
wt = [
 dict(n=1, area="in Teilen von Pankow-Heinersdorf", date="Dienstag, 1. Dezember", hh="1.400", str="12", wagen="4", why="Anschlussarbeiten an einer Hauptleitung", extra=""),
 dict(n=2, area="im Neuköllner Schillerkiez", date="Donnerstag, 3. Dezember", hh="2.100", str="9", wagen="6", why="dem Austausch eines 100 Jahre alten Rohrs", extra="Auch eine Grundschule und zwei Kitas sind betroffen; sie wurden vorab informiert."),
 dict(n=3, area="in Spandau-Hakenfelde", date="Montag, 7. Dezember", hh="860", str="7", wagen="3", why="Arbeiten an einem Schieberkreuz", extra=""),
 dict(n=4, area="in Friedrichshagen", date="Mittwoch, 9. Dezember", hh="1.150", str="11", wagen="4", why="dem Einbau neuer Absperrarmaturen", extra="Die Bölschestraße bleibt für den Verkehr geöffnet."),
 dict(n=5, area="im Lichtenberger Weitlingkiez", date="Freitag, 11. Dezember", hh="1.700", str="8", wagen="5", why="Anschlussarbeiten an einer Hauptleitung", extra=""),
]
for x in wt:
    lead = f"Berlin (dpa/bb) - Wegen {x['why']} wird {x['area']} am {x['date']}, von 8 bis 16 Uhr das Trinkwasser abgestellt. Betroffen sind rund {x['hh']} Haushalte in {x['str']} Straßen, wie die Berliner Wasserbetriebe mitteilten."
    p2 = f"An {x['wagen']} Stellen werden Wasserwagen aufgestellt. Nach der Wiederinbetriebnahme kann das Wasser bis zu 24 Stunden trüb sein; es ist aber unbedenklich. Die Wasserbetriebe empfehlen, es 2 bis 3 Minuten laufen zu lassen. " + x['extra']
    p3 = "Die Störungshotline ist rund um die Uhr unter 0800 292 7587 erreichbar. Anwohner sollten Wasser in Flaschen und Töpfen vorhalten und Waschmaschinen und Geschirrspüler nicht vor 16 Uhr einschalten." if x['n'] % 2 else "Bei Fragen hilft die kostenlose Störungshotline 0800 292 7587, die 24 Stunden am Tag besetzt ist. Waschmaschinen und Geschirrspüler sollten nicht vor 16 Uhr laufen."
    p4 = "Die Arbeiten sind Teil des Programms, mit dem die Wasserbetriebe jedes Jahr rund 40 Kilometer Leitungen erneuern." if x['n'] in (2, 3) else ""
    head = {1: "Wasser in Heinersdorf 8 Stunden abgestellt", 2: "Kein Wasser im Schillerkiez am Donnerstag", 3: "Wassersperre in Hakenfelde",
            4: "Friedrichshagen: Trinkwasser wird abgestellt", 5: "Lichtenberg: 1.700 Haushalte ohne Wasser"}[x['n']]
    ITEMS[f"de_water_{x['n']}"] = J(head, [lead, p2, p3, p4])

# ---- premiere: Theaterpremieren ----
pr = [
 dict(n=1, city="Hamburg", th="Thalia Theater", play="Tschechows „Kirschgarten“", dir="Regisseurin Jette Steckel", lead_="Barbara Nüsse als Ranjewskaja", who="Steckel", q="Der Kirschgarten ist für mich ein Stück über Menschen, die den Moment verpassen, in dem sie noch etwas hätten ändern können", next="Weitere Vorstellungen sind für Dezember und Januar geplant.", day="Samstagabend"),
 dict(n=2, city="Dresden", th="Staatsschauspiel Dresden", play="einer Bühnenfassung von Uwe Tellkamps „Der Turm“", dir="Regisseur Tilmann Köhler", lead_="Christian Friedel", who="Köhler", q="Wir erzählen vom Ende einer Zeit, aber die Fragen, die das Stück stellt, sind erstaunlich gegenwärtig", next="", day="Freitagabend"),
 dict(n=3, city="Bochum", th="Schauspielhaus Bochum", play="Shakespeares „Sturm“", dir="Intendant Johan Simons", lead_="Jens Harzer als Prospero", who="Simons", q="Prospero verzeiht am Ende, und gerade das scheint mir heute das Schwierigste zu sein", next="Der Abend dauert gut drei Stunden mit einer Pause.", day="Samstagabend"),
 dict(n=4, city="Berlin", th="Deutsche Theater", play="der Uraufführung von Sibylle Bergs neuem Stück „Nachtschicht“", dir="Regisseurin Anne Lenk", lead_="Anja Schneider und Katharina Marie Schubert", who="Lenk", q="Sibylle Berg schreibt so schnell, wie die Welt sich dreht, und wir versuchen, auf der Bühne mitzuhalten", next="", day="Donnerstagabend"),
 dict(n=5, city="München", th="Residenztheater", play="Schillers „Maria Stuart“", dir="Regisseur Claus Guth", lead_="Lisa Stiegler und Sophie von Kessel", who="Guth", q="Zwei Frauen, die um die Deutungshoheit über ihr eigenes Leben kämpfen, das ist kein historisches Thema", next="Das Residenztheater zeigt die Inszenierung bis zum Frühjahr im Repertoire.", day="Freitagabend"),
]
for x in pr:
    lead = f"{x['city']} (dpa) - Mit {x['play']} hat das {x['th']} am {x['day']} seine erste große Premiere der Saison gefeiert. In der Regie von {x['dir'].split(' ', 1)[1]} {'spielen' if ' und ' in x['lead_'] else 'spielt'} {x['lead_']}."
    p2 = f"Das Publikum bedankte sich mit langem Applaus und Bravorufen für das Ensemble. Für das Regieteam gab es vereinzelt auch Buhrufe. {x['next']}"
    p3 = f"„{x['q']}“, hatte {x['dir']} vor der Premiere der Deutschen Presse-Agentur gesagt." if x['n'] % 2 else f"Im Programmheft schreibt {x['who']}: „{x['q']}.“"
    p4 = "Die Kritiker lobten vor allem das Bühnenbild und die Leistung des Ensembles, während manche die Strichfassung des Textes als zu radikal bezeichneten." if x['n'] in (1, 4) else "Karten für die kommenden Vorstellungen sind nach Angaben des Theaters nur noch vereinzelt erhältlich."
    head = {1: "Jette Steckel inszeniert den „Kirschgarten“ am Thalia", 2: "„Der Turm“ als Theaterabend in Dresden", 3: "Johan Simons zeigt den „Sturm“ in Bochum",
            4: "Uraufführung von Sibylle Bergs „Nachtschicht“", 5: "„Maria Stuart“ am Residenztheater gefeiert"}[x['n']]
    ITEMS[f"de_premiere_{x['n']}"] = J(head, [lead, p2, p3, p4])

# ---- obit: Nachrufe ----
ob = [
 dict(n=1, city="Köln", who="Der Kölner Karikaturist Walter Hanisch", he="Er", born="1938", age="88", place="in einem Kölner Krankenhaus", src="seine Familie", career="Hanisch zeichnete mehr als 40 Jahre lang für Tageszeitungen und Satiremagazine. Bekannt wurde er mit seinen Figuren aus der Bonner Republik, die er mit wenigen Strichen festhielt.", trib="Oberbürgermeisterin", tname="Henriette Reker", q="Er hat uns alle zum Lachen gebracht und uns dabei nie geschont", day="Sonntag"),
 dict(n=2, city="Leipzig", who="Die Pianistin Ruth Abendroth", he="Sie", born="1941", age="85", place="in Leipzig", src="das Gewandhaus", career="Abendroth trat in mehr als 30 Ländern auf und unterrichtete drei Jahrzehnte an der Leipziger Musikhochschule. Ihre Einspielungen der Beethoven-Sonaten gelten bis heute als Referenz.", trib="Gewandhauskapellmeister", tname="Andris Nelsons", q="Ihr Anschlag war unverwechselbar, und sie hat Generationen von Musikern geprägt", day="Montag"),
 dict(n=3, city="Dortmund", who="Der frühere Fußballprofi und Trainer Heinz Brockmöller", he="Er", born="1946", age="80", place="nach langer Krankheit", src="sein früherer Verein", career="Brockmöller bestritt mehr als 300 Bundesligaspiele und wurde später Trainer mehrerer Zweitligaclubs. In den 70er Jahren galt er als einer der härtesten Verteidiger der Liga.", trib="Vereinspräsident", tname="Reinhold Lunow", q="Heinz war ein Vorbild an Einsatz und Fairness, auf und neben dem Platz", day="Mittwoch"),
 dict(n=4, city="Hamburg", who="Die Journalistin und Autorin Marianne Thiessen", he="Sie", born="1934", age="92", place="in ihrem Haus an der Elbe", src="ihr Verlag", career="Thiessen war eine der ersten Frauen an der Spitze eines großen deutschen Nachrichtenmagazins. Nach ihrem Abschied aus dem Journalismus schrieb sie Romane und eine viel gelesene Autobiografie.", trib="Bundespräsident", tname="Frank-Walter Steinmeier", q="Sie hat Türen aufgestoßen, durch die nach ihr viele Frauen gehen konnten", day="Freitag"),
]
for x in ob:
    lead = f"{x['city']} (dpa) - {x['who']} ist tot. {x['he']} starb am {x['day']} im Alter von {x['age']} Jahren {x['place']}, wie {x['src']} mitteilte."
    p2 = f"{x['career']} Geboren wurde {x['he'].lower()} {x['born']} in einfachen Verhältnissen."
    p3 = f"„{x['q']}“, erklärte {x['trib']} {x['tname']}." if x['n'] % 2 else f"{x['trib']} {x['tname']} würdigte die Verstorbene: „{x['q']}.“"
    p4 = "Die Trauerfeier soll im engsten Familienkreis stattfinden." if x['n'] in (1, 4) else "Einen Termin für eine öffentliche Gedenkfeier gibt es noch nicht."
    head = {1: "Karikaturist Walter Hanisch gestorben", 2: "Pianistin Ruth Abendroth mit 85 Jahren gestorben", 3: "Früherer Bundesligaprofi Heinz Brockmöller ist tot",
            4: "Journalistin Marianne Thiessen gestorben"}[x['n']]
    ITEMS[f"de_obit_{x['n']}"] = J(head, [lead, p2, p3, p4])

# ---- grant: Förderbescheide (grant_2 und grant_4 teilen einen langen Programmsatz) ----
LONG_DE = "Das Sonderprogramm richtet sich an Gemeinden mit weniger als 20.000 Einwohnern und übernimmt bis zu 90 Prozent der förderfähigen Kosten, sofern die Vorhaben bis Ende 2028 abgeschlossen werden."
gr = [
 dict(n=1, city="Schwerin", land="Mecklenburg-Vorpommern", proj="den Neubau der Regionalen Schule in Crivitz", amt="6,4 Millionen", minister="Bildungsministerin Simone Oldenburg", ms="Oldenburg", q="Gute Schulen auf dem Land sind die beste Werbung dafür, dass junge Familien bleiben", extra="Die Schule soll zum Schuljahr 2028/29 bezugsfertig sein.", long=False),
 dict(n=2, city="Magdeburg", land="Sachsen-Anhalt", proj="die Sanierung des Freibads in Oebisfelde", amt="1,2 Millionen", minister="Innenministerin Tamara Zieschang", ms="Zieschang", q="Ein Freibad ist in einer kleinen Stadt weit mehr als eine Sportstätte, es ist ein Treffpunkt für alle Generationen", extra="", long=True),
 dict(n=3, city="Mainz", land="Rheinland-Pfalz", proj="den Ausbau des Radwegs zwischen Bingen und Ingelheim", amt="3,8 Millionen", minister="Verkehrsministerin Katrin Eder", ms="Eder", q="Wer das Rad für den Weg zur Arbeit nimmt, braucht sichere und durchgehende Wege", extra="Die Bauarbeiten sollen im Frühjahr beginnen.", long=False),
 dict(n=4, city="Magdeburg", land="Sachsen-Anhalt", proj="ein neues Gerätehaus für die Freiwillige Feuerwehr in Zerbst", amt="850.000", minister="Innenministerin Tamara Zieschang", ms="Zieschang", q="Unsere Feuerwehrleute setzen ihre Freizeit für die Sicherheit aller ein und verdienen moderne Bedingungen", extra="Das alte Gebäude aus den 60er Jahren ist zu klein für die heutigen Fahrzeuge.", long=True),
 dict(n=5, city="Erfurt", land="Thüringen", proj="die Modernisierung des Kreiskrankenhauses in Greiz", amt="12,5 Millionen", minister="Gesundheitsministerin Katharina Schenk", ms="Schenk", q="Wir wollen, dass die Notaufnahme in Greiz auch in zehn Jahren noch rund um die Uhr geöffnet ist", extra="", long=False),
]
for x in gr:
    lead = f"{x['city']} (dpa) - Das Land {x['land']} fördert {x['proj']} mit {x['amt']} Euro. {x['minister']} übergab den Förderbescheid am Montag."
    p2 = (LONG_DE + " " + x['extra']) if x['long'] else x['extra']
    p3 = f"„{x['q']}“, sagte {x['ms']}." if x['n'] % 2 else f"{x['ms']} sagte bei der Übergabe: „{x['q']}.“"
    p4 = "Den Rest der Kosten tragen die Kommune und der Landkreis." if x['n'] in (1, 2, 4) else "Die übrigen Mittel kommen aus dem Haushalt des Trägers."
    head = {1: "6,4 Millionen Euro für Schulneubau in Crivitz", 2: "Land fördert Freibad in Oebisfelde", 3: "Radweg Bingen-Ingelheim wird ausgebaut",
            4: "Neues Gerätehaus für Feuerwehr Zerbst", 5: "Kreiskrankenhaus Greiz erhält 12,5 Millionen Euro"}[x['n']]
    more = {1: "Die Gesamtkosten für den Neubau mit Turnhalle und Mensa werden auf 9,1 Millionen Euro geschätzt. In das neue Gebäude sollen rund 420 Schülerinnen und Schüler einziehen, die derzeit in Containern unterrichtet werden.",
            2: "Das Bad aus dem Jahr 1972 war im vergangenen Sommer wegen undichter Becken geschlossen geblieben. Der Förderverein hatte mehr als 3.000 Unterschriften für den Erhalt gesammelt.",
            3: "Der Abschnitt ist rund elf Kilometer lang und wird auf vier Meter verbreitert und beleuchtet. Täglich nutzen den Weg nach Zählungen des Landes bis zu 1.800 Radfahrer, viele davon Pendler.",
            4: "Die Wehr hat 46 aktive Mitglieder und rückt im Jahr zu rund 180 Einsätzen aus. Die Stadt will noch im Winter mit dem Bau beginnen.",
            5: "Mit dem Geld sollen die Notaufnahme erweitert und zwei Operationssäle erneuert werden. Das Krankenhaus versorgt nach eigenen Angaben jährlich rund 14.000 stationäre Patienten und ist einer der größten Arbeitgeber im Landkreis."}[x['n']]
    ITEMS[f"de_grant_{x['n']}"] = J(head, [lead, more, p2, p3, p4])
