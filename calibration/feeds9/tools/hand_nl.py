# -*- coding: utf-8 -*-
"""Hand-written Dutch (ANP style) items: stand-alone misc_*, same-topic pair topic_1/2, same-event pair event_1/2
(two outlets, written independently), the two rewrites and the partial reuse."""
H = {}

H["nl_misc_1"] = """Korenmolen in Grevenhorst draait weer na restauratie van drie jaar

GREVENHORST (ANP) - De Hoop, de korenmolen van Grevenhorst, draait sinds maandag weer. De molen uit 1847 stond drie jaar in de steigers voor een restauratie van 1,1 miljoen euro, nadat bij een inspectie houtrot in de kap en de roeden was ontdekt.

Molenmakers vervingen onder meer de complete kap, de wieken en een deel van het gaande werk. Het geld kwam van de provincie, het Rijk, de gemeente en ruim vijfhonderd particuliere donateurs.

"Het is een emotioneel moment. Voor veel mensen in het dorp hoort het geluid van de wieken gewoon bij thuiskomen", zei vrijwillig molenaar Geert Haverkamp, die de molen maandag voor het eerst weer in de wind zette.

De Hoop gaat vanaf februari weer graan malen. Het meel wordt verkocht in de molenwinkel en aan drie bakkers in de regio. Bezoekers zijn op zaterdag welkom.
"""

H["nl_misc_2"] = """Archeologen vinden Romeins rivierschip bij Lindewaard

LINDEWAARD (ANP) - Archeologen hebben bij Lindewaard de resten gevonden van een Romeins platbodemschip van zeker 20 meter lang. Het schip lag op ruim vier meter diepte in een oude rivierbedding, op de plek waar een nieuwe woonwijk moet komen.

Volgens de onderzoekers gaat het om een zogeheten praam, een vrachtschip waarmee in de tweede eeuw na Christus bouwmaterialen en graan over de Rijn werden vervoerd. Het eikenhout is door de natte klei uitzonderlijk goed bewaard gebleven. Ook werden aardewerk, een leren schoen en een bronzen munt met de beeltenis van keizer Hadrianus gevonden.

"Een schip in deze staat vind je misschien één keer in een generatie. We kunnen zelfs nog de gereedschapssporen van de scheepsbouwers zien", zei projectleider Sanne Wijnbergen van het archeologisch bureau dat de opgraving uitvoert.

Het schip wordt in delen gelicht en geconserveerd. Dat duurt naar verwachting zeker vijf jaar. De bouw van de woonwijk loopt een half jaar vertraging op.
"""

H["nl_misc_3"] = """Ziekenhuis Veldrecht stopt per 1 april met bevallingen

VELDRECHT (ANP) - Het Sint-Jozefziekenhuis in Veldrecht stopt per 1 april met de afdeling verloskunde. Zwangere vrouwen uit de regio moeten daarna voor een bevalling in het ziekenhuis naar Den Bosch of Eindhoven. Dat heeft de raad van bestuur maandag bekendgemaakt.

Volgens het ziekenhuis is er een structureel tekort aan gynaecologen, kinderartsen en verpleegkundigen om de afdeling dag en nacht open te houden. Vorig jaar moest de afdeling 46 keer tijdelijk dicht. Er werden ruim 1100 kinderen geboren in het ziekenhuis.

"We hebben alles geprobeerd, maar we kunnen de veiligheid van moeder en kind niet langer garanderen. Dat is voor ons de grens", zei bestuursvoorzitter Ellen Kuipers.

De zorg voor en na de bevalling blijft in Veldrecht. De gemeenteraad en verloskundigen in de regio reageren teleurgesteld. Zij vrezen dat de aanrijtijden voor spoedgevallen te lang worden; voor sommige inwoners wordt de reistijd naar een ziekenhuis meer dan 45 minuten.
"""

H["nl_misc_4"] = """Oudmeer bouwt nieuwe wijk met 1200 woningen

OUDMEER (ANP) - In Oudmeer komt een nieuwe wijk met 1200 woningen. De gemeenteraad heeft dinsdagavond ingestemd met het bestemmingsplan voor De Veenweide, een voormalig landbouwgebied aan de oostkant van het dorp.

Ruim een derde van de woningen wordt sociale huur, een kwart valt in de middeldure huur. Daarnaast komen er koopwoningen, een basisschool, een zorgcentrum en een supermarkt. De eerste huizen moeten in 2029 worden opgeleverd.

Het plan was lange tijd omstreden. Omwonenden maakten zich zorgen over het verkeer en de natuur in het nabijgelegen veengebied. De gemeente heeft daarom een nieuwe ontsluitingsweg en een natuurzone van 30 hectare toegevoegd.

"Jonge mensen uit Oudmeer kunnen hier al jaren niets vinden. Met deze wijk geven we hen weer een kans om in hun eigen dorp te blijven", zei wethouder Ruud Schipper.
"""

H["nl_misc_5"] = """Eerste natuurijs van de winter: ijsbaan Ter Hoeve gaat open

TER HOEVE (ANP) - De ijsbaan in het Friese Ter Hoeve gaat woensdag open. Het is de eerste natuurijsbaan van Nederland die deze winter bekend heeft gemaakt dat er geschaatst mag worden, na een week met nachtvorst tot min 9 graden.

Het ijs is volgens de ijsvereniging 7 tot 8 centimeter dik. Dat is voldoende voor de ondergelopen baan van 400 meter, die maar een halve meter diep is. Zo'n twintig vrijwilligers waren dinsdag de hele dag in de weer om sneeuw te vegen en scheuren te dichten.

"We hebben er de hele nacht met een zaklamp naar gekeken. Het is prachtig, glad ijs", zei voorzitter Jelle Dijkstra van ijsvereniging De Eendracht.

De baan is woensdag geopend van 09.00 tot 21.00 uur. De entree is 3 euro, leden van de vereniging schaatsen gratis. Het KNMI verwacht dat het nog zeker tot het weekend vriest.
"""

H["nl_misc_6"] = """Glastuinbouwbedrijf in Zuidermolen failliet, 140 banen weg

ZUIDERMOLEN (ANP) - Tomatenkweker Van Leeuwen Kassen in Zuidermolen is failliet verklaard. Dat heeft de rechtbank dinsdag uitgesproken. Bij het familiebedrijf werkten 140 mensen, onder wie veel arbeidsmigranten.

Volgens de curator kon het bedrijf de hoge energiekosten niet meer opbrengen. De kassen van in totaal 28 hectare werden verwarmd met aardgas. Een plan om over te stappen op aardwarmte strandde vorig jaar op de financiering.

"Het is een drama voor de medewerkers en voor het dorp. Dit bedrijf bestond al sinds 1962", zei wethouder Ingrid Smulders.

De curator onderzoekt of een doorstart mogelijk is. Er hebben zich volgens hem al twee partijen gemeld. De tomaten die nog in de kassen hangen, worden de komende weken geoogst.
"""

H["nl_misc_7"] = """Kinderen in Hoogerkerk zamelen recordaantal kerstbomen in

HOOGERKERK (ANP) - Kinderen in Hoogerkerk hebben deze week 3280 kerstbomen ingeleverd bij de gemeentelijke inzamelactie, een record. Ze kregen 50 cent per boom, de winnaar van de actie mag een dag meerijden met een vuilniswagen.

De jonge inzamelaars gingen met karren, bakfietsen en aanhangers door de wijken. Een groep van vijf broers en zussen leverde in drie dagen 214 bomen in. "We zijn gewoon bij iedereen aangebeld", vertelde de 11-jarige Daan.

De gemeente organiseert de actie al meer dan dertig jaar om te voorkomen dat bomen op straat blijven liggen. Vroeger werden de bomen verbrand in een groot vreugdevuur, maar dat is sinds 2019 verboden. Nu worden ze versnipperd en gebruikt als bodembedekking in de parken.

In totaal keerde de gemeente ruim 1600 euro uit aan de kinderen.
"""

H["nl_misc_8"] = """Sneltram Veldrecht rijdt eerste dag vol

VELDRECHT (ANP) - De nieuwe sneltram tussen het station van Veldrecht en de wijk Veldrecht-Noord heeft donderdag zijn eerste dag erop zitten. Volgens vervoerder Brabantstad Lijnen was het vanaf de eerste rit om 05.30 uur druk; op sommige momenten moesten reizigers op het perron blijven staan.

De tramlijn van 14 kilometer kostte 286 miljoen euro en werd in drie jaar aangelegd. Onderweg zijn er negen haltes, waaronder het ziekenhuis en de nieuwe campus van de hogeschool. In de spits rijdt er elke 7 minuten een tram.

De vervoerder rekent op 18.000 reizigers per dag. Daarmee zou de lijn de drukste buslijn van de stad volledig vervangen. De bussen op dat traject zijn met ingang van deze week opgeheven.

Niet iedereen was blij. Bewoners langs het tracé klaagden de afgelopen maanden over het geluid van proefritten en over bomen die moesten wijken. "Het is mooi voor de stad, maar wij wonen er pal naast", zei een buurtbewoner.
"""

H["nl_misc_9"] = """Bibliotheek Wolderveen trekt in leegstaande kerk

WOLDERVEEN (ANP) - De bibliotheek van Wolderveen verhuist naar de Nieuwe Kerk in het centrum. De protestantse gemeente heeft het gebouw uit 1911 voor 1 euro aan de gemeente verkocht, omdat er te weinig kerkgangers waren om het te onderhouden.

De verbouwing kost 3,4 miljoen euro. In het schip van de kerk komen boekenkasten, leestafels en een podium voor lezingen. Het orgel en de glas-in-loodramen blijven behouden. In de consistoriekamer komt een taalhuis voor mensen die moeite hebben met lezen en schrijven.

"Het gebouw blijft een plek waar mensen samenkomen. Dat vinden wij het belangrijkste", zei dominee Karin Bloemendaal.

De bibliotheek verwacht eind dit jaar open te gaan. Het huidige pand aan het Marktplein wordt verkocht.
"""

H["nl_misc_10"] = """Oudste inwoner van Lindewaard viert 105e verjaardag

LINDEWAARD (ANP) - Geertruida Meijer-van Dijk, de oudste inwoner van Lindewaard, is vrijdag 105 jaar geworden. Ze vierde haar verjaardag in het zorgcentrum waar ze sinds vier jaar woont, met haar vier kinderen, elf kleinkinderen en achttien achterkleinkinderen.

Mevrouw Meijer werd in 1922 geboren op een boerderij aan de Waal. Ze werkte tot haar trouwen als naaister en hielp daarna jarenlang in de kruidenierszaak van haar man. Die overleed in 1989.

De waarnemend burgemeester kwam haar met een bos bloemen feliciteren. Op de vraag wat het geheim van een lang leven is, antwoordde ze: "Elke dag naar buiten en je niet te veel zorgen maken."

In Nederland wonen volgens het CBS ruim 2500 honderdplussers, van wie de overgrote meerderheid vrouw is.
"""

H["nl_misc_11"] = """Zeehondenopvang Hoogerkerk vangt recordaantal zieke pups op

HOOGERKERK (ANP) - De zeehondenopvang in Hoogerkerk heeft het drukker dan ooit. Er verblijven op dit moment 87 zeehonden, voor het grootste deel jonge grijze zeehonden die na de stormen van de afgelopen weken uitgeput of gewond op de stranden werden gevonden.

Normaal vangt de opvang in deze periode zo'n veertig dieren op. Volgens de opvang is de grijze zeehond bezig aan een sterke opmars in de Noordzee, waardoor er ook meer pups in de problemen raken. Veel dieren hebben een longontsteking of zijn ondervoed.

De opvang heeft extra vrijwilligers opgeroepen en een noodbassin laten plaatsen. De kosten voor voer en medicijnen lopen op tot zo'n 12.000 euro per week.

"Een pup die hier binnenkomt weegt soms maar 15 kilo. Als hij weer de zee in gaat, moet dat minstens 40 kilo zijn", zei dierenverzorger Lotte Verburg.
"""

H["nl_misc_12"] = """Schilderij van Haagse School gestolen uit museum in Grevenhorst

GREVENHORST (ANP) - Uit het Streekmuseum in Grevenhorst is in de nacht van woensdag op donderdag een schilderij gestolen van de Haagse School-schilder Anton Mauve. Het gaat om een klein landschap met schapen, dat volgens het museum een waarde heeft van ongeveer 180.000 euro.

De dieven forceerden een achterdeur en gingen er binnen drie minuten vandoor, voordat de politie ter plaatse was. Op camerabeelden zijn twee gemaskerde mannen te zien. Andere kunstwerken in de zaal bleven onaangeroerd.

"We zijn er kapot van. Dit schilderij is in 1964 aan het museum geschonken door een familie uit het dorp", zei directeur Mirjam de Groot.

De politie vraagt getuigen zich te melden. Het museum is voorlopig gesloten.
"""

H["nl_misc_13"] = """Jaarwisseling kostte Wolderveen 240.000 euro aan schade

WOLDERVEEN (ANP) - De jaarwisseling heeft de gemeente Wolderveen ruim 240.000 euro aan schade opgeleverd. Dat is bijna twee keer zoveel als een jaar eerder, blijkt uit een inventarisatie die de gemeente maandag heeft gepubliceerd.

Vandalen bliezen onder meer 23 prullenbakken, 11 lantaarnpalen en twee bushokjes op. Op het Stationsplein werd een elektrische deelauto in brand gestoken. In de wijk De Maten brandde een container uit naast een flatgebouw, waardoor bewoners hun huizen korte tijd moesten verlaten.

"Dit zijn geen kwajongensstreken meer. Het gaat om vernieling met zwaar illegaal vuurwerk", zei burgemeester Frank Verheul. De politie heeft zeventien mensen aangehouden.

Ondanks het vuurwerkverbod in het centrum en rond zorgcentra werd er volgens de gemeente nog veel afgestoken. De gemeenteraad praat later deze maand over extra cameratoezicht.
"""

H["nl_misc_14"] = """Zwembad in Lindewaard na twee jaar bouwen open

LINDEWAARD (ANP) - Het nieuwe zwembad van Lindewaard is zaterdag geopend. Het gebouw van 22 miljoen euro vervangt het oude bad uit 1971, dat in 2024 moest sluiten omdat het dak niet meer veilig was.

Het bad heeft een wedstrijdbad van 25 meter met acht banen, een instructiebad met beweegbare bodem en een peuterbad. Op het dak liggen 900 zonnepanelen en het water wordt verwarmd met een warmtepomp.

Sinds de sluiting van het oude bad moesten zwemclubs en scholen uitwijken naar zwembaden in omliggende plaatsen. Ruim 600 kinderen stonden op een wachtlijst voor zwemles.

"Eindelijk kunnen onze kinderen weer in hun eigen dorp hun diploma halen", zei wethouder Sport Marloes Vink bij de opening.
"""

H["nl_misc_15"] = """Gemeente Oudmeer plant 10.000 bomen langs wegen en in wijken

OUDMEER (ANP) - De gemeente Oudmeer gaat de komende twee jaar 10.000 bomen planten. Het plan moet de gemeente beter bestand maken tegen hitte en hevige regenval, en de verloren bomen vervangen die de afgelopen jaren werden gekapt door de essentaksterfte.

Het gaat om inheemse soorten zoals eik, linde, els en wilg. Een deel komt langs provinciale wegen, een ander deel in versteende woonwijken waar nu weinig groen is. Inwoners kunnen zelf plekken aandragen via een website.

De eerste vijfhonderd bomen worden in februari geplant, met hulp van leerlingen van basisscholen. De kosten van het project bedragen 1,8 miljoen euro.

"Een boom die je nu plant, geeft pas over twintig jaar echt schaduw. Daarom moeten we nu beginnen", zei wethouder Tom Brink.
"""

H["nl_misc_16"] = """Studenten uit Twente bouwen zonneauto voor race door Australië

ENSCHEDE (ANP) - Een team van twintig studenten van de Universiteit Twente heeft maandag een nieuwe zonneauto gepresenteerd waarmee het later dit jaar meedoet aan een race van 3000 kilometer dwars door Australië.

De auto weegt 160 kilo en heeft een dak met zonnecellen van vier vierkante meter. Volgens het team kan hij bij volle zon een snelheid halen van ruim 90 kilometer per uur, zonder gebruik te maken van de accu.

De studenten werkten anderhalf jaar aan het ontwerp en de bouw. Ze kregen steun van ruim veertig bedrijven, die materiaal en kennis leverden.

"We willen laten zien dat een auto die alleen op zonlicht rijdt, geen fantasie is", zei teamleider Noor Bakker. Het team eindigde bij de vorige editie als vierde.
"""

H["nl_misc_17"] = """Ansichtkaart na 63 jaar alsnog bezorgd in Ter Hoeve

TER HOEVE (ANP) - Een ansichtkaart die in 1963 werd verstuurd, is deze week alsnog bezorgd in Ter Hoeve. De kaart dook op bij de sloop van een oud postkantoor in Leeuwarden, waar hij achter een sorteerkast was gevallen.

De kaart met een foto van de Zeeuwse kust was geschreven door een jonge vrouw op vakantie aan haar ouders. "Het weer is goed en het eten ook. Tot zaterdag", staat erop. De ouders zijn al lang overleden, maar de postbode vond via het dorpsarchief de dochter van de afzender.

De 84-jarige Hinke Postma kreeg de kaart woensdag uit handen van de postbode. "Mijn moeder is in 2011 overleden. Het is alsof ze nog even iets tegen me zegt", zei ze.

De postzegel van 8 cent is volgens een verzamelaar inmiddels een paar euro waard.
"""

# same topic (wolves), different events
H["nl_topic_1"] = """Wolf doodt elf schapen bij Oudmeer

OUDMEER (ANP) - Bij Oudmeer zijn in de nacht van zondag op maandag elf schapen doodgebeten. Volgens de provincie wijst alles erop dat het om een wolf gaat. Er zijn DNA-monsters genomen om dat te bevestigen.

De schapen stonden in een weiland met een raster van 90 centimeter hoog, dat volgens de provincie niet wolfwerend is. Vier andere dieren raakten zwaargewond en moesten worden afgemaakt.

"Ik heb er de hele ochtend naast gestaan. Zo'n ravage heb ik in veertig jaar niet gezien", zei de eigenaar, een hobbyboer.

Het is het derde incident met schapen in de gemeente in twee maanden. De provincie vergoedt de schade en adviseert schapenhouders hun dieren 's nachts op stal te zetten of wolfwerende rasters te plaatsen.
"""

H["nl_topic_2"] = """Wolf gefilmd in woonwijk Wolderveen, provincie wil dier zenderen

WOLDERVEEN (ANP) - In een woonwijk in Wolderveen is dinsdagavond een wolf gefilmd. Op beelden van een deurbelcamera is te zien hoe het dier rustig over de stoep loopt, langs geparkeerde auto's.

De provincie Gelderland bevestigt dat het om een wolf gaat en onderzoekt of het dier vaker in de bebouwde kom komt. Het wil de wolf verdoven en een zender omdoen om zijn gedrag beter te kunnen volgen.

Volgens een ecoloog van de provincie is er geen direct gevaar voor mensen. Wolven mijden mensen doorgaans, maar jonge dieren die een eigen territorium zoeken, lopen soms door dorpen.

Inwoners wordt gevraagd geen voedsel buiten te laten staan, honden aan de lijn te houden en waarnemingen te melden bij de provincie.
"""

# same event (pig-barn fire in Grevenhorst), two outlets written independently
H["nl_event_1"] = """Zeshonderd varkens dood bij stalbrand in Grevenhorst

GREVENHORST (ANP) - Bij een grote brand in een varkensstal in Grevenhorst zijn in de nacht van donderdag op vrijdag ongeveer 600 varkens omgekomen. Mensen raakten niet gewond.

De brandweer werd rond 02.30 uur gealarmeerd. Toen de eerste wagens aankwamen, stond de stal van ongeveer 1500 vierkante meter al in lichterlaaie. Het dak stortte kort daarna in. De brandweer zette vier blusvoertuigen en een hoogwerker in en kon voorkomen dat het vuur oversloeg naar het woonhuis en een tweede stal.

"Voor de dieren kwam alle hulp te laat", zei een woordvoerder van de veiligheidsregio. Vanwege de rook kregen omwonenden het advies ramen en deuren te sluiten.

Hoe de brand is ontstaan, wordt onderzocht. Dierenorganisaties roepen opnieuw op tot strengere brandveiligheidseisen voor stallen.
"""

H["nl_event_2"] = """"Ik hoorde de dieren schreeuwen": boer uit Grevenhorst ziet levenswerk in vlammen opgaan

Gerrit Wolters (56) werd vrijdagnacht rond 02.30 uur wakker van een knal. "Ik keek uit het raam en de hele stal was oranje", vertelt de varkenshouder uit Grevenhorst een dag na de brand. Van zijn 600 vleesvarkens overleefde er geen enkele.

Wolters rende nog naar buiten, maar de hitte hield hem tegen. "Ik hoorde de dieren schreeuwen en kon niets doen. Dat krijg ik niet meer uit mijn hoofd." Zijn zoon belde de brandweer. Die was er binnen tien minuten, maar de stal was niet meer te redden.

Buurvrouw Annie Scholten zag de vlammen vanaf de overkant van de weg. "Het hele erf lag onder de as. Gerrit stond daar maar, in zijn pyjama, met een tuinslang in zijn handen."

Het bedrijf is al sinds 1958 in handen van de familie Wolters. Of de stal wordt herbouwd, weet Gerrit nog niet. "Eerst moet ik dit een plek geven."

Door onze verslaggever
"""

# close rewrite of misc_3 by a regional site (same facts and figures, reworded, quote verbatim)
H["nl_reuse_rewrite_misc3"] = """Geen bevallingen meer in Veldrecht vanaf april

Wie na 1 april in Veldrecht wil bevallen, kan niet meer terecht in het Sint-Jozefziekenhuis. Het ziekenhuis sluit dan zijn afdeling verloskunde, liet het bestuur maandag weten. Aanstaande moeders moeten uitwijken naar Den Bosch of Eindhoven.

De reden is een aanhoudend gebrek aan personeel: er zijn te weinig gynaecologen, kinderartsen en verpleegkundigen om de afdeling 24 uur per dag draaiende te houden. In 2026 ging de afdeling 46 keer tijdelijk op slot. Er kwamen dat jaar meer dan 1100 baby's ter wereld.

"We hebben alles geprobeerd, maar we kunnen de veiligheid van moeder en kind niet langer garanderen. Dat is voor ons de grens", aldus bestuursvoorzitter Ellen Kuipers.

Controles tijdens de zwangerschap en de nazorg blijven wel in Veldrecht. In de gemeenteraad en onder verloskundigen is de teleurstelling groot. Voor een deel van de inwoners wordt de rit naar een ziekenhuis langer dan 45 minuten, en dat is volgens hen bij spoed te lang.

Veldrecht Actueel
"""

# shortened rewrite of ONE formula item (burgemeester_3)
H["nl_reuse_rewrite_burgemeester3"] = """Zuidermolen krijgt eerste vrouwelijke burgemeester

Fatima el Amrani gaat Zuidermolen besturen. De 43-jarige politica van GroenLinks-PvdA, sinds 2021 lid van de Tweede Kamer, is door de gemeenteraad van het dorp met zo'n 17.500 inwoners voorgedragen als nieuwe burgemeester. Nooit eerder had Zuidermolen een vrouw aan het hoofd.

Ze neemt het stokje over van Piet Jansen, die sinds afgelopen zomer waarnemend burgemeester is. Als de minister en de koning instemmen, wordt El Amrani half februari beëdigd.
"""

# partial reuse: a provincial concession item lifting two paragraphs of misc_8 verbatim
_m8 = H["nl_misc_8"].split("\n\n")
H["nl_reuse_partial_misc8"] = f"""Provincie legt nieuwe busconcessie voor Oost-Brabant vast

DEN BOSCH (ANP) - Het openbaar vervoer in het oosten van Noord-Brabant krijgt vanaf december 2027 een nieuwe vervoerder. Gedeputeerde Staten hebben vrijdag de concessie voor de bussen en trams in de regio voor tien jaar gegund aan Brabantstad Lijnen, dat ook de nieuwe sneltram in Veldrecht exploiteert.

{_m8[2]}

{_m8[3]}

In de nieuwe concessie moeten alle bussen vanaf 2030 uitstootvrij rijden. Daarnaast komen er vaker snelle buslijnen tussen de kernen en Den Bosch. Kleine dorpen krijgen in plaats van een vaste buslijn een belbus, die reizigers vooraf moeten reserveren.

Reizigersorganisaties zijn kritisch over dat laatste. Volgens hen worden ouderen en scholieren in de kleine kernen de dupe. De provincie belooft de belbus na twee jaar te evalueren.
"""
