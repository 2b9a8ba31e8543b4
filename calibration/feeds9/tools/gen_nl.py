# -*- coding: utf-8 -*-
"""Dutch (ANP style) FORMULA items for feeds9: knmi_*, rechtbank_*, burgemeester_*, aex_*, ongeluk_*.
Each item reports its own event; the wording comes from one template per family."""
def J(title, paras):
    return title + "\n\n" + "\n\n".join(p.strip() for p in paras if p and p.strip()) + "\n"
ITEMS = {}
FAMILIES = {}

# ---- knmi: code orange warnings (advice paragraph repeats) ----
kn = [
 dict(n=1, wanneer="dinsdagochtend", prov="Groningen, Friesland en Drenthe", fen="ijzel", t1="03.00 uur", t2="11.00 uur",
      det="Vanuit het zuidwesten trekt een regengebied over het noorden van het land. De regen valt op de bevroren bodem en bevriest daar direct, waardoor wegen, fietspaden en stoepen spiegelglad kunnen worden. De temperatuur ligt rond het vriespunt.",
      gev="Weginspecteurs van Rijkswaterstaat en de provincies strooien vannacht preventief. Verschillende scholen in de drie provincies beginnen later, en de NS verwacht dat er in het noorden minder treinen rijden.",
      title="Code oranje voor ijzel in het noorden op dinsdagochtend"),
 dict(n=2, wanneer="woensdag", prov="Gelderland, Overijssel en Utrecht", fen="zware sneeuwval", t1="06.00 uur", t2="18.00 uur",
      det="Er kan plaatselijk 10 tot 15 centimeter sneeuw vallen. Door de harde oostenwind ontstaan sneeuwjachten en kan de sneeuw gaan stuiven, vooral in open gebieden.",
      gev="De ANWB rekent op een drukke ochtendspits met veel files en raadt automobilisten aan hun reis zo mogelijk uit te stellen. Ook in de middag kan het verkeer vastlopen.",
      title="Code oranje voor zware sneeuwval in Gelderland, Overijssel en Utrecht"),
 dict(n=3, wanneer="donderdag", prov="Zeeland, Noord-Holland, Friesland en het Waddengebied", fen="zeer zware windstoten", t1="10.00 uur", t2="vrijdag 02.00 uur",
      det="Aan de kust zijn windstoten van 100 tot 110 kilometer per uur mogelijk, landinwaarts van 80 tot 90 kilometer per uur. De wind is zuidwest tot west, langs de kust windkracht 8 tot 9.",
      gev="Rijkswaterstaat sluit mogelijk de Oosterscheldekering als het water te hoog komt. De veerdiensten naar de Waddeneilanden kunnen uitvallen en op Schiphol wordt rekening gehouden met vertragingen.",
      title="Code oranje voor zeer zware windstoten langs de kust"),
 dict(n=4, wanneer="zaterdagochtend", prov="Friesland, Drenthe en Overijssel", fen="ijzel", t1="04.00 uur", t2="12.00 uur",
      det="Een nieuw regengebied trekt in de nacht van vrijdag op zaterdag van west naar oost over het land. De regen valt op de koude bodem en bevriest, waardoor wegen, fietspaden en stoepen spiegelglad kunnen worden. In het oosten kan het ook even sneeuwen.",
      gev="Omdat er op zaterdag minder verkeer is, verwacht Rijkswaterstaat minder problemen dan eerder deze week, maar ook nu wordt preventief gestrooid. Sportclubs in de regio hebben wedstrijden afgelast.",
      title="Zaterdagochtend opnieuw code oranje voor ijzel in het noorden en oosten"),
 dict(n=5, wanneer="maandagochtend", prov="Noord-Brabant en Limburg", fen="dichte mist", t1="05.00 uur", t2="11.00 uur",
      det="Plaatselijk is het zicht minder dan 200 meter, soms zelfs minder dan 50 meter. Bij temperaturen rond het vriespunt kan de mist aanvriezen, waardoor het op sommige plekken glad wordt.",
      gev="Op de snelwegen in het zuiden worden lagere maximumsnelheden ingesteld. Vluchten van en naar Eindhoven Airport kunnen vertraging oplopen.",
      title="Code oranje voor dichte mist in Brabant en Limburg"),
]
for x in kn:
    p1 = (f"DE BILT (ANP) - Het KNMI heeft voor {x['wanneer']} code oranje afgegeven voor {x['prov']} vanwege {x['fen']}. "
          f"De waarschuwing geldt van {x['t1']} tot {x['t2']}.")
    p2 = x['det']
    p3 = x['gev']
    p4 = ("Het KNMI raadt mensen aan rekening te houden met het weer, de reis zo nodig uit te stellen en de actuele weer- en "
          "verkeersinformatie in de gaten te houden. Code oranje betekent dat er gevaarlijk weer wordt verwacht met grote impact. "
          "Voor de rest van het land geldt code geel.")
    ITEMS[f"nl_knmi_{x['n']}"] = J(x['title'], [p1, p2, p3, p4])

# ---- rechtbank: court verdicts (two-week appeal sentence repeats) ----
rb = [
 dict(n=1, stad="ARNHEM", rb="Gelderland", age="31", mv="man", woon="Wolderveen", dag="maandag", straf="zes jaar cel",
      feit="een steekpartij bij een café in Wolderveen in de nacht van 14 op 15 juni vorig jaar",
      feiten="De man stak na een ruzie over een parkeerplek een 27-jarige bezoeker van het café meerdere keren in de buik. Het slachtoffer overleefde het ternauwernood en houdt blijvend letsel over. Volgens de rechtbank heeft de man de aanmerkelijke kans op de dood van het slachtoffer bewust aanvaard.",
      eis="acht jaar cel voor poging tot doodslag",
      extra="De rechtbank houdt rekening met het blanco strafblad van de verdachte en met het feit dat hij zich kort na het incident zelf bij de politie meldde.",
      title="Zes jaar cel voor steekpartij bij café in Wolderveen"),
 dict(n=2, stad="ZWOLLE", rb="Overijssel", age="45", mv="vrouw", woon="Grevenhorst", dag="dinsdag", straf="twee jaar cel, waarvan acht maanden voorwaardelijk",
      feit="het verduisteren van ruim 340.000 euro bij de zorginstelling waar zij als financieel administrateur werkte",
      feiten="De vrouw maakte tussen 2021 en 2024 in ruim 180 transacties geld over naar haar eigen rekeningen en die van haar partner. Ze gebruikte het onder meer voor vakanties en de verbouwing van haar huis. De fraude kwam aan het licht toen een nieuwe controller de boeken doorlichtte.",
      eis="drie jaar cel, waarvan een jaar voorwaardelijk",
      extra="Ze moet daarnaast het volledige bedrag terugbetalen aan de zorginstelling.",
      title="Celstraf voor administrateur die 340.000 euro wegsluisde bij zorginstelling"),
 dict(n=3, stad="DEN BOSCH", rb="Oost-Brabant", age="24", mv="man", woon="Veldrecht", dag="woensdag", straf="vijf jaar cel",
      feit="het opzetten en draaien van een drugslab in een loods in Veldrecht",
      feiten="De politie vond in maart vorig jaar in de loods ruim 400 liter grondstoffen voor de productie van amfetamine en een complete installatie om de drugs te maken. Volgens de rechtbank leverde de man een wezenlijke bijdrage aan het lab en bracht hij omwonenden in gevaar door het risico op brand en explosies.",
      eis="zes jaar cel",
      extra="Twee medeverdachten krijgen later dit jaar uitspraak.",
      title="Vijf jaar cel voor drugslab in loods in Veldrecht"),
 dict(n=4, stad="LEEUWARDEN", rb="Noord-Nederland", age="58", mv="man", woon="Oudmeer", dag="donderdag", straf="240 uur taakstraf en drie maanden voorwaardelijke celstraf",
      feit="het verwaarlozen van ruim zestig runderen op zijn boerderij",
      feiten="Inspecteurs van de Landelijke Inspectiedienst Dierenbescherming troffen de dieren in februari vorig jaar aan in een stal vol mest, zonder voldoende voer en drinkwater. Zeven koeien waren al dood. De man zei tijdens de zitting dat hij het werk na een ziekte niet meer aankon.",
      eis="een half jaar cel, waarvan drie maanden voorwaardelijk",
      extra="Hij mag de komende vijf jaar geen landbouwhuisdieren meer houden.",
      title="Taakstraf en houdverbod voor boer uit Oudmeer die koeien verwaarloosde"),
]
for x in rb:
    p1 = (f"{x['stad']} (ANP) - De rechtbank {x['rb']} heeft een {x['age']}-jarige {x['mv']} uit {x['woon']} veroordeeld tot "
          f"{x['straf']} voor {x['feit']}. Dat heeft de rechtbank {x['dag']} bekendgemaakt. De zaak werd in december inhoudelijk behandeld.")
    p2 = x['feiten']
    p3 = f"Het Openbaar Ministerie had {x['eis']} geëist. {x['extra']}"
    p4 = ("De verdachte en het OM hebben twee weken de tijd om in hoger beroep te gaan tegen het vonnis. "
          "Of zij dat doen, is nog niet bekend.")
    ITEMS[f"nl_rechtbank_{x['n']}"] = J(x['title'], [p1, p2, p3, p4])

# ---- burgemeester: mayor nominations (Crown-appointment paragraph repeats) ----
bg = [
 dict(n=1, plaats="OUDMEER", naam="Marieke van Dalen", kort="Van Dalen", partij="CDA", zij="haar", dag="maandagavond", age="47",
      functie="wethouder in Veldrecht", voorg="Henk Bos", reden="in oktober met pensioen ging", inw="24.000", inst="op 10 februari",
      extra=" Sinds het vertrek van Bos leidde Anja Kramer de gemeente als waarnemend burgemeester.",
      title="Marieke van Dalen voorgedragen als burgemeester van Oudmeer"),
 dict(n=2, plaats="LINDEWAARD", naam="Jeroen Hoekstra", kort="Hoekstra", partij="VVD", zij="hem", dag="dinsdagavond", age="52",
      functie="burgemeester van het Friese Ter Hoeve", voorg="Annelies Vermeer", reden="vorig jaar burgemeester werd van een grotere gemeente", inw="41.000", inst="op 2 maart",
      extra=" Hoekstra was eerder gemeentesecretaris van Leeuwarden.",
      title="Jeroen Hoekstra wordt burgemeester van Lindewaard"),
 dict(n=3, plaats="ZUIDERMOLEN", naam="Fatima el Amrani", kort="El Amrani", partij="GroenLinks-PvdA", zij="haar", dag="woensdagavond", age="43",
      functie="Tweede Kamerlid", voorg="waarnemend burgemeester Piet Jansen", reden="de gemeente sinds de zomer leidt", inw="17.500", inst="half februari",
      extra=" Ze zit sinds 2021 in de Kamer en wordt de eerste vrouwelijke burgemeester in de geschiedenis van de gemeente.",
      title="Kamerlid Fatima el Amrani voorgedragen als burgemeester van Zuidermolen"),
 dict(n=4, plaats="HOOGERKERK", naam="Bart Verhulst", kort="Verhulst", partij="D66", zij="hem", dag="donderdagavond", age="39",
      functie="gedeputeerde van de provincie Zeeland", voorg="Wim de Ruiter", reden="na twaalf jaar afscheid nam", inw="32.000", inst="op 17 februari",
      extra=" Met zijn 39 jaar wordt hij een van de jongste burgemeesters van het land.",
      title="Gedeputeerde Bart Verhulst nieuwe burgemeester van Hoogerkerk"),
]
for x in bg:
    gem = x['plaats'].capitalize()
    p1 = (f"{x['plaats']} (ANP) - {x['naam']} ({x['partij']}) wordt de nieuwe burgemeester van {gem}. De gemeenteraad heeft {x['zij']} "
          f"{x['dag']} voorgedragen, meldt de gemeente. De {x['age']}-jarige is nu {x['functie']}.")
    p2 = f"{x['kort']} volgt {x['voorg']} op, die {x['reden']}. {gem} telt ruim {x['inw']} inwoners.{x['extra']}"
    p3 = ("De voordracht moet nog worden overgenomen door de minister van Binnenlandse Zaken en Koninkrijksrelaties. Daarna volgt "
          "de benoeming bij koninklijk besluit voor een periode van zes jaar. Dat is meestal een formaliteit.")
    p4 = f"{x['kort']} wordt naar verwachting {x['inst']} geïnstalleerd."
    ITEMS[f"nl_burgemeester_{x['n']}"] = J(x['title'], [p1, p2, p3, p4])

# ---- aex: Amsterdam stock-market close ----
ax = [
 dict(n=1, dag="maandag", hl="hoger", mot="Beleggers waren optimistisch gestemd in de eerste volle handelsweek van het nieuwe jaar.",
      pct="0,8", pts="948,27", d2="won", pct2="0,5", pts2="1012,64",
      sect="Vooral chipfondsen stonden in de belangstelling na positieve berichten over de vraag naar geheugenchips uit Azië. Ook banken werden hoger gezet. Vastgoedfondsen behoorden daarentegen tot de verliezers door een stijgende rente op staatsobligaties.",
      eur="1,1642", eurp="1,1598", olie="stegen", wti="71,38", brent="75,12",
      eu="De beurzen in Frankfurt, Parijs en Londen eindigden 0,4 tot 0,7 procent hoger",
      title="AEX begint handelsweek met winst dankzij chipfondsen"),
 dict(n=2, dag="dinsdag", hl="lager", mot="De stemming op het Damrak werd gedrukt door zorgen over de Chinese economie.",
      pct="0,6", pts="942,58", d2="verloor", pct2="0,9", pts2="1003,51",
      sect="Chemie- en grondstoffenbedrijven zakten na tegenvallende cijfers over de Chinese industrie. Ook de chipfondsen gaven een deel van de winst van maandag weer prijs. Telecombedrijven wisten zich als enige sector op winst te houden.",
      eur="1,1607", eurp="1,1642", olie="daalden", wti="70,64", brent="74,41",
      eu="In Frankfurt en Parijs gingen de graadmeters 0,5 procent omlaag, Londen daalde 0,3 procent",
      title="AEX lager door zorgen over Chinese economie"),
 dict(n=3, dag="woensdag", hl="hoger", mot="Beleggers reageerden opgelucht op inflatiecijfers uit de eurozone, die lager uitvielen dan verwacht.",
      pct="1,1", pts="952,95", d2="won", pct2="0,7", pts2="1010,54",
      sect="Banken en verzekeraars profiteerden van de verwachting dat de Europese Centrale Bank de rente voorlopig niet verhoogt. Ook winkelbedrijven stonden in de kopgroep. Oliebedrijven bleven achter door de dalende olieprijzen.",
      eur="1,1663", eurp="1,1607", olie="daalden verder", wti="69,87", brent="73,55",
      eu="De beurzen in Frankfurt, Parijs en Londen sloten 0,6 tot 1 procent hoger",
      title="AEX ruim 1 procent hoger na meevallende inflatie"),
 dict(n=4, dag="donderdag", hl="licht lager", mot="Beleggers hielden zich afzijdig in aanloop naar de Amerikaanse banencijfers van vrijdag.",
      pct="0,1", pts="951,89", d2="won", pct2="0,2", pts2="1012,57",
      sect="Defensiebedrijven en verzekeraars stonden onder druk, terwijl een aantal kleinere technologiefondsen juist in trek was. De handel was rustig.",
      eur="1,1651", eurp="1,1663", olie="stegen licht", wti="70,22", brent="73,96",
      eu="Elders in Europa was het beeld gemengd, met kleine koersbewegingen in Frankfurt, Parijs en Londen",
      title="AEX sluit vlak in afwachting van Amerikaanse banencijfers"),
]
for x in ax:
    p1 = (f"AMSTERDAM (ANP) - De Amsterdamse effectenbeurs is {x['dag']} {x['hl']} gesloten. {x['mot']} "
          f"De AEX eindigde {x['pct']} procent {x['hl'].replace('licht ', '')} op {x['pts']} punten. De MidKap {x['d2']} {x['pct2']} procent tot {x['pts2']} punten.")
    p2 = x['sect']
    p3 = (f"De euro was {x['eur']} dollar waard, tegen {x['eurp']} dollar een dag eerder. De olieprijzen {x['olie']}. "
          f"Een vat Amerikaanse olie kostte {x['wti']} dollar, Brentolie {x['brent']} dollar per vat.")
    p4 = f"{x['eu']}."
    ITEMS[f"nl_aex_{x['n']}"] = J(x['title'], [p1, p2, p3, p4])

# ---- ongeluk: fatal road accidents (VOA sentence repeats) ----
og = [
 dict(n=1, plaats="WOLDERVEEN", age="34", wie="automobilist", woon="Wolderveen", wanneer="maandagochtend", loc="op de N348 bij Wolderveen", hem="hem",
      dyn="Zijn auto raakte door nog onbekende oorzaak van de weg, sloeg over de kop en belandde in een sloot naast de weg. Volgens de politie was het op dat moment plaatselijk glad.",
      extra="Duikers van de brandweer haalden de man uit de auto.",
      title="Automobilist (34) komt om na val in sloot bij Wolderveen"),
 dict(n=2, plaats="GREVENHORST", age="17", wie="scooterrijder", woon="Grevenhorst", wanneer="dinsdagavond", loc="op de Rijksstraatweg in Grevenhorst", hem="hem",
      dyn="De jongen kwam in botsing met een bestelbus die vanaf een zijweg de Rijksstraatweg op wilde draaien. De 52-jarige bestuurder van de bestelbus is aangehouden.",
      extra="Een traumahelikopter landde in een weiland naast de weg.",
      title="Scooterrijder (17) omgekomen bij botsing met bestelbus in Grevenhorst"),
 dict(n=3, plaats="TER HOEVE", age="81", wie="fietster", woon="Ter Hoeve", wanneer="donderdagmiddag", loc="op een kruising met de N381 bij Ter Hoeve", hem="haar",
      dyn="De vrouw werd bij het oversteken geschept door een vrachtwagen die rechtsaf sloeg. De chauffeur, een 44-jarige man uit Drachten, is niet aangehouden, maar wordt wel gehoord als getuige.",
      extra="Slachtofferhulp heeft zich over de chauffeur ontfermd.",
      title="Fietster (81) overleden na aanrijding met vrachtwagen bij Ter Hoeve"),
 dict(n=4, plaats="VELDRECHT", age="26", wie="motorrijder", woon="Oudmeer", wanneer="in de nacht van vrijdag op zaterdag", loc="op de A59 bij Veldrecht", hem="hem",
      dyn="Hij reed achter op een auto die moest afremmen vanwege een eerder ongeluk. De bestuurster van die auto, een 38-jarige vrouw, raakte lichtgewond.",
      extra="Een tweede motorrijder, die met hem meereed, bleef ongedeerd.",
      title="Motorrijder (26) uit Oudmeer verongelukt op A59"),
]
for x in og:
    p1 = (f"{x['plaats']} (ANP) - Een {x['age']}-jarige {x['wie']} uit {x['woon']} is {x['wanneer']} om het leven gekomen bij een ongeluk "
          f"{x['loc']}.")
    p2 = x['dyn']
    p3 = f"Hulpdiensten waren snel ter plaatse, maar konden niets meer voor {x['hem']} doen. {x['extra']}"
    p4 = ("De weg was urenlang afgesloten voor onderzoek door de Verkeersongevallenanalyse (VOA) van de politie. "
          "Hoe het ongeluk precies kon gebeuren, wordt nog onderzocht.")
    ITEMS[f"nl_ongeluk_{x['n']}"] = J(x['title'], [p1, p2, p3, p4])

for k in ITEMS:
    FAMILIES.setdefault(k.rsplit("_", 1)[0], []).append(k)
