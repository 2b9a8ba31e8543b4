# -*- coding: utf-8 -*-
"""Hand-written German stand-alone items, same-topic stand-alones, and the two rewrites."""
H = {}
H["de_misc_1"] = """Zwei junge Bartgeier im Nationalpark Berchtesgaden ausgewildert

Berchtesgaden (dpa/lby) - Im Nationalpark Berchtesgaden sind erneut zwei junge Bartgeier ausgewildert worden. Die beiden Weibchen mit den Namen „Vreni“ und „Lumina“ wurden am Samstag in eine Felsnische im Klausbachtal gebracht, wie der Landesbund für Vogel- und Naturschutz (LBV) mitteilte.

Die etwa 90 Tage alten Vögel stammen aus Zuchtstationen in Spanien und Österreich. Sie sollen in den kommenden Wochen in der Nische ihre ersten Flugversuche machen und werden bis dahin von Mitarbeitern des Nationalparks rund um die Uhr per Kamera beobachtet.

„Jeder Bartgeier, der hier flügge wird, ist ein kleiner Schritt zurück zu einem vollständigen Ökosystem in den Alpen“, sagte LBV-Projektleiter Toni Wegscheider.

Der Bartgeier war in den Alpen Anfang des 20. Jahrhunderts ausgerottet worden. Seit 2021 wurden in Berchtesgaden insgesamt elf Tiere freigelassen. Mithilfe von GPS-Sendern lässt sich verfolgen, dass einige der Vögel inzwischen bis in die Schweiz und nach Norditalien fliegen.
"""
H["de_misc_2"] = """Römischer Münzschatz bei Trier entdeckt

Trier (dpa/lrs) - Ein ehrenamtlicher Sondengänger hat bei Trier einen römischen Münzschatz mit mehr als 2.600 Silber- und Bronzemünzen entdeckt. Die Münzen lagen in einem zerbrochenen Tongefäß am Rand eines Ackers bei Schweich, wie die Generaldirektion Kulturelles Erbe am Mittwoch mitteilte.

Nach ersten Untersuchungen stammen die jüngsten Münzen aus der Regierungszeit von Kaiser Gallienus um das Jahr 260 nach Christus. Der Schatz wurde vermutlich in einer Zeit vergraben, in der germanische Gruppen wiederholt über den Rhein vordrangen.

„Wer so ein Vermögen vergräbt, hat Angst und hofft, zurückzukommen. Dieser Mensch ist offenbar nie zurückgekehrt“, sagte Landesarchäologin Marion Witteyer.

Der Finder hatte die Stelle vorschriftsgemäß gemeldet und nicht selbst gegraben. Archäologen bargen das Gefäß als Block und legten die Münzen in der Werkstatt frei. Der Fund soll restauriert und ab dem kommenden Jahr im Rheinischen Landesmuseum Trier gezeigt werden.
"""
H["de_misc_3"] = """Wasserstoffzüge im Taunus fahren wieder nach Fahrplan

Frankfurt/Main (dpa/lhe) - Nach monatelangen Ausfällen fahren die Wasserstoffzüge auf den Taunus-Strecken wieder weitgehend nach Fahrplan. Seit Montag seien 24 der 27 Fahrzeuge einsatzbereit, teilte der Rhein-Main-Verkehrsverbund (RMV) mit.

Wegen fehlender Ersatzteile und Problemen mit den Brennstoffzellen waren im Sommer zeitweise nur rund ein Drittel der Züge verfügbar gewesen. Auf den Linien zwischen Frankfurt-Höchst, Bad Soden und Brandoberndorf mussten viele Fahrgäste auf Busse umsteigen.

„Wir wissen, dass wir den Pendlern viel zugemutet haben. Jetzt wollen wir Vertrauen zurückgewinnen“, sagte RMV-Geschäftsführer Knut Ringat.

Der Hersteller habe zusätzliche Techniker in das Betriebswerk geschickt und ein Lager für Ersatzteile angelegt. Der RMV hatte die Züge 2022 als größte Wasserstoffflotte der Welt in Betrieb genommen. Für die Ausfälle verlangt der Verbund eine Vertragsstrafe, über deren Höhe nichts bekannt wurde.
"""
H["de_misc_4"] = """Moselwinzer erwarten herausragenden Jahrgang

Bernkastel-Kues (dpa/lrs) - Die Winzer an der Mosel rechnen mit einem herausragenden Weinjahrgang 2026. Die Lese sei nahezu abgeschlossen, die Trauben seien gesund und hätten hohe Mostgewichte erreicht, sagte der Präsident des Weinbauverbands Mosel, Walter Clüsserath, am Freitag.

Die Menge liege mit geschätzt 780.000 Hektolitern leicht unter dem Durchschnitt. Grund seien Spätfröste im April, die vor allem in Tallagen einen Teil der Knospen zerstört hätten. Der sonnige und trockene September habe dann aber für eine sehr gute Reife gesorgt.

„Der Riesling hat eine wunderbare Säure und viel Frucht. So einen Jahrgang hat man vielleicht alle zehn Jahre“, sagte Clüsserath.

In den Steillagen gaben nach Angaben des Verbands erneut mehrere Betriebe auf, weil sich die aufwendige Handarbeit nicht mehr lohne. Die Rebfläche an der Mosel ist in den vergangenen 20 Jahren um rund ein Zehntel geschrumpft. Auch einige Eisweinlagen seien für den Winter angemeldet worden.
"""
H["de_misc_5"] = """Mehr Kegelrobben im Wattenmeer gezählt

Wilhelmshaven (dpa/lni) - Im Wattenmeer leben so viele Kegelrobben wie seit Jahrhunderten nicht mehr. Bei den Zählflügen im Frühjahr wurden 11.870 Tiere erfasst und damit rund zwölf Prozent mehr als im Vorjahr, wie das Gemeinsame Wattenmeersekretariat am Donnerstag mitteilte.

Die Kegelrobbe war im Wattenmeer im Mittelalter durch die Jagd nahezu verschwunden. Erst seit den 1980er Jahren kehrte sie zurück, zunächst an den Rand der Insel Amrum und nach Helgoland. Inzwischen kommen auf den Sandbänken vor den Niederlanden, Deutschland und Dänemark jedes Jahr mehr als 3.000 Jungtiere zur Welt.

„Die Kegelrobbe ist ein Beispiel dafür, dass Schutzgebiete wirken, wenn man ihnen Zeit lässt“, sagte die Sekretariatsleiterin Anja Szczesinski.

Anders sieht es bei den Seehunden aus: Ihr Bestand stagniert seit einigen Jahren. Die Gründe dafür sind noch nicht vollständig geklärt. Forscher untersuchen unter anderem, ob die Tiere mehr Nahrung als früher finden müssen.
"""
# same topic, different events: elks
H["de_topic_1"] = """Elch läuft über die A12 - Autobahn kurzzeitig gesperrt

Frankfurt (Oder) (dpa/bb) - Ein Elch hat am Dienstagmorgen auf der Autobahn 12 bei Frankfurt (Oder) für eine Sperrung gesorgt. Das junge Tier war kurz nach 6 Uhr zwischen den Anschlussstellen Briesen und Müllrose auf die Fahrbahn gelaufen, wie die Polizei mitteilte.

Autofahrer bremsten ab, einen Unfall gab es nicht. Beamte sperrten die Autobahn in Richtung Berlin für etwa 40 Minuten, bis der Elch durch eine Lücke im Wildzaun wieder in den Wald verschwand.

„Der Elch war ruhig und offenbar eher verwirrt als aggressiv“, sagte ein Polizeisprecher.

Elche wandern immer wieder aus Polen nach Brandenburg ein. Das Umweltministerium bittet, Sichtungen zu melden und die Tiere nicht zu verfolgen.
"""
H["de_topic_2"] = """Elch spaziert durch Dorf in der Lausitz

Weißwasser (dpa/sn) - Ein ausgewachsener Elchbulle ist am Wochenende durch das Dorf Krauschwitz in der Oberlausitz spaziert. Anwohner filmten das Tier, wie es am Sonntagnachmittag in einem Vorgarten Äpfel fraß und anschließend über die Dorfstraße zum Neißeufer lief.

Nach Einschätzung des Wolfsbüros in Rietschen, das auch Elchbeobachtungen sammelt, handelt es sich um einen etwa vierjährigen Bullen. Er sei vermutlich schon seit Wochen in der Region unterwegs.

„Man sollte einem Elch mindestens 50 Meter Abstand lassen, vor allem Hunde müssen an die Leine“, sagte ein Sprecher des Landratsamts Görlitz.

In Sachsen werden nur wenige Elche pro Jahr gesichtet, meist in den Grenzregionen zu Polen und Tschechien.
"""
H["de_reuse_rewrite_misc2"] = """Sondengänger findet 2.600 römische Münzen

Schweich - Ein Schatz mit rund 2.600 römischen Münzen aus Silber und Bronze ist am Rand eines Ackers bei Schweich nahe Trier aufgetaucht. Ein ehrenamtlicher Sondengänger hatte das Versteck mit dem zerbrochenen Tongefäß entdeckt und den Fund ordnungsgemäß gemeldet, teilte die Generaldirektion Kulturelles Erbe mit.

Die jüngsten Stücke wurden unter Kaiser Gallienus geprägt, also um 260 nach Christus. Damals drangen immer wieder germanische Gruppen über den Rhein vor - möglicherweise der Grund, warum jemand sein Geld im Boden versteckte.

„Wer so ein Vermögen vergräbt, hat Angst und hofft, zurückzukommen. Dieser Mensch ist offenbar nie zurückgekehrt“, sagte Landesarchäologin Marion Witteyer.

Die Fachleute bargen das Gefäß im Block und legten die Münzen erst in der Werkstatt frei. Nach der Restaurierung soll der Schatz vom nächsten Jahr an im Rheinischen Landesmuseum Trier zu sehen sein.
"""
H["de_reuse_rewrite_speed3"] = """Bayern: Mehr als 20.000 Raser beim Blitzmarathon

München - Beim Blitzmarathon in Bayern sind innerhalb von 24 Stunden 20.480 Autofahrer zu schnell unterwegs gewesen. Die Polizei kontrollierte an 1.800 Messstellen insgesamt 512.000 Fahrzeuge, teilte das Innenministerium mit. Das entspricht einer Quote von 4 Prozent.

312 Fahrer erwartet ein Fahrverbot von 1 Monat, dazu 2 Punkte und mindestens 260 Euro Bußgeld. Am schnellsten war ein Autofahrer auf der B 12 bei Kempten: Er wurde bei erlaubten 70 km/h mit 142 km/h gemessen. An 24 Stellen prüften die Beamten außerdem den Sicherheitsabstand.

Innerorts kosten 21 km/h zu viel mindestens 115 Euro und 1 Punkt, ab 31 km/h gibt es zusätzlich 1 Monat Fahrverbot und 2 Punkte.
"""
