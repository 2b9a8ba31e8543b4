# -*- coding: utf-8 -*-
"""Hand-written Hungarian (MTI style) items: misc_*, topic_1/2, event_1/2 (independent), rewrites, partial reuse."""
H = {}

H["hu_misc_1"] = """Átadták a Tisza új kerékpáros hídját Tiszavárnál

Tiszavár, 2026. december 7., hétfő (MTI) – Átadták hétfőn a Tisza új gyalogos- és kerékpáros hídját Tiszavár és Tiszaszeg között. A 412 méter hosszú acélszerkezet a két település közötti kerékpárút hiányzó szakaszát köti össze.

A beruházás 6,8 milliárd forintba került, amelynek 85 százalékát uniós forrás fedezte. A hídon 3,5 méter széles kerékpársáv és egy különálló gyalogjárda épült, éjszaka LED-világítás teszi biztonságosabbá a közlekedést.

Tiszavár polgármestere, Dobos Ferenc az átadáson azt mondta: eddig a kerékpárosoknak a forgalmas közúti hídon kellett átkelniük, ahol az elmúlt öt évben két halálos baleset is történt.

A kerékpárút teljes, 27 kilométeres szakasza a Tisza-tavi kerékpáros körútra is csatlakozik, így a térség turisztikai vonzereje is nőhet.
"""

H["hu_misc_2"] = """Árpád-kori templom maradványait tárták fel Kisbártfán

Kisbártfa, 2026. december 8., kedd (MTI) – Egy XII. századi templom alapfalait és a körülötte lévő temető több mint hatvan sírját tárták fel a régészek Kisbártfa határában – közölte a Tiszavári Múzeum kedden az MTI-vel.

A leletek egy tervezett logisztikai központ területén, a kötelező megelőző feltárás során kerültek elő. A kőből épült, egyhajós templom hossza mintegy 14 méter lehetett; a szentély félköríves záródása jól kivehető.

Szalóki Enikő ásatásvezető régész elmondta: a sírokból bronz hajkarikák, üveggyöngyök és egy I. László korabeli ezüstdénár került elő, amely segít a temető keltezésében.

A templom a feltételezések szerint a tatárjárás idején pusztult el, a falu nevét a XIV. századtól már nem említik az oklevelek. A beruházó vállalta, hogy az alapfalakat megőrzik és a látogatók számára is bemutatják.
"""

H["hu_misc_3"] = """Szárazságtűrő búzafajtát nemesítettek a Tiszavári Egyetemen

Tiszavár, 2026. december 8., kedd (MTI) – Szárazságtűrő őszi búzafajtát állítottak elő a Tiszavári Egyetem kutatói, a Tisza Gold nevű fajtát a Nemzeti Élelmiszerlánc-biztonsági Hivatal kedden vette fel a nemzeti fajtajegyzékbe.

A háromévi kísérletek során az új fajta aszályos években is hektáronként 5,2-5,8 tonnás termést hozott, ami 15-20 százalékkal több a jelenleg legelterjedtebb fajtákénál. A növény gyökérzete mélyebbre hatol, és a hőségben is tovább zöld marad.

Bakos Judit, a kutatócsoport vezetője az MTI-nek elmondta: a nemesítés tizenkét évig tartott, és hagyományos keresztezéssel, génmódosítás nélkül jött létre.

A vetőmag jövő ősztől lesz kapható a gazdák számára. Az egyetem tárgyalásokat folytat romániai és szerbiai forgalmazókkal is.
"""

H["hu_misc_4"] = """Megújult a tiszavári vasútállomás

Tiszavár, 2026. december 9., szerda (MTI) – Két év felújítás után szerdán átadták az utasoknak a tiszavári vasútállomást. A beruházás 4,3 milliárd forintba került.

A munkálatok során felújították a 127 éves, műemlék felvételi épületet, akadálymentes aluljárót építettek, és a peronokat 55 centiméter magasra emelték, így kerekesszékkel és babakocsival is könnyen fel lehet szállni a vonatokra. Az állomás mellett 180 férőhelyes P+R parkoló és fedett kerékpártároló épült.

„A tiszavári állomáson naponta hatezer utas fordul meg, nekik végre méltó körülményeket tudunk biztosítani” – mondta az átadáson a MÁV vezérigazgató-helyettese, Németh Krisztián.

Az épületben kávézó és egy helytörténeti kiállítás is helyet kapott, amely a vasút érkezésének 1899-es évétől mutatja be az állomás történetét.
"""

H["hu_misc_5"] = """Drágább, de keresett a fenyő az idei karácsonyi vásárokon

Nagyvárkony, 2026. december 9., szerda (MTI) – Átlagosan 10-15 százalékkal drágábban lehet megvásárolni idén a karácsonyfát, mint tavaly – mondta a Magyar Karácsonyfatermesztők Egyesületének elnöke szerdán az MTI-nek.

Horváth Béla szerint a legnépszerűbb nordmann fenyő méterenként 7-9 ezer forintba kerül, a luc 4-5 ezer forintba. A drágulás oka elsősorban a munkaerő és a szállítás költségének emelkedése.

Magyarországon évente mintegy 2,2 millió karácsonyfát adnak el, ezek 85 százaléka hazai ültetvényről származik. A legnagyobb termőterületek a Nyírségben és a Bodrogközben vannak.

Az elnök azt tanácsolta: a fát érdemes a vásárlás után hűvös helyen, vízben tartani, és csak néhány nappal az ünnep előtt bevinni a lakásba.
"""

MISC6_P2 = "Az új szárnyban egy 25 méteres sportmedence, egy élményfürdő és egy szaunavilág kapott helyet, a régi gyógymedencéket pedig teljesen felújították. A fürdő összes vízfelülete 1400 négyzetméterre nőtt."
MISC6_P3 = "A nagyvárkonyi termálvizet 1963-ban, olajkutatás közben fedezték fel; a 1100 méter mélyről érkező, 64 fokos víz 1979 óta gyógyvíz minősítésű, elsősorban mozgásszervi panaszok kezelésére ajánlják."
H["hu_misc_6"] = f"""Új szárnnyal bővült a nagyvárkonyi gyógyfürdő

Nagyvárkony, 2026. december 10., csütörtök (MTI) – Csaknem 3 milliárd forintos beruházással új szárnnyal bővült a nagyvárkonyi gyógyfürdő, amelyet csütörtökön adtak át.

{MISC6_P2}

{MISC6_P3}

Fodor Imre polgármester az MTI-nek elmondta: a fürdő évente mintegy 180 ezer vendéget fogad, a bővítéssel ezt 250 ezerre szeretnék növelni, és egész évben vonzóvá tenni a települést.
"""

H["hu_misc_7"] = """Több mint háromszáz túzokot számoltak a Hortobágy szélén

Szentmihályfalva, 2026. december 10., csütörtök (MTI) – Háromszáztizenkét túzokot számoltak meg az őszi szinkronszámlálás során a Szentmihályfalva környéki gyepeken és szántókon, ez 26 példánnyal több a tavalyinál – közölte csütörtökön a Tiszántúli Természetvédelmi Egyesület.

A számlálásban 46 önkéntes és természetvédelmi őr vett részt, egy időben, tizennégy megfigyelőpontról. A madarak többsége repcetáblákon táplálkozott.

Molnár Zsófia programvezető szerint a növekedés a gazdákkal kötött megállapodásoknak köszönhető: a túzokok élőhelyén később kaszálnak, és a költési időszakban nem használnak vegyszert.

A túzok Európa legnehezebb röpképes madara, természetvédelmi értéke egymillió forint. Magyarországon mintegy 1600 példánya él.
"""

H["hu_misc_8"] = """Hétszáz kiadvány a tiszavári könyvvásáron

Tiszavár, 2026. december 11., péntek (MTI) – Negyvenkét kiadó mintegy hétszáz kiadványa várja az olvasókat a hétvégén a tiszavári adventi könyvvásáron a Kossuth téri művelődési központban.

A vásáron harminc szerző dedikál, köztük több helyi költő és a szegedi gyerekkönyvíró, Vadas Ilona. Szombaton mesemondó verseny lesz általános iskolásoknak, vasárnap pedig helytörténeti kiadványokat mutatnak be.

Gulyás Edit, a megyei könyvtár igazgatója elmondta: tavaly több mint négyezren látogattak el a rendezvényre, és a kiadók szerint a forgalom is meghaladta a várakozásokat.

A könyvvásár mindkét nap 10 és 18 óra között tart nyitva, a belépés ingyenes.
"""

H["hu_misc_9"] = """Tiszavári párlat lett a megyei pálinkaverseny legjobbja

Tiszavár, 2026. december 11., péntek (MTI) – Egy tiszavári kisüzem birspálinkája nyerte el a megye legjobb pálinkája címet a XIV. Tisza-menti Pálinkaversenyen, amelynek eredményeit pénteken hirdették ki.

A versenyre 63 főzde 318 tétellel nevezett. A bírálók 41 arany-, 86 ezüst- és 104 bronzérmet ítéltek oda, a legtöbb nevezés szilvapálinkából és törkölyből érkezett.

„Nagyon jó évjáratunk volt, a birs szépen beérett, és nem volt rajta betegség” – mondta a győztes főzde tulajdonosa, Major Gergely.

A verseny fődíját, a Tisza-menti Pálinka Kupát, hagyományosan a megyei pálinkabálon adják át januárban.
"""

H["hu_misc_10"] = """Új CT-berendezést kapott a Tiszavári Megyei Kórház

Tiszavár, 2026. december 7., hétfő (MTI) – Csaknem 380 millió forintos uniós támogatásból új, 256 szeletes komputertomográfot helyeztek üzembe a Tiszavári Megyei Kórházban.

A berendezés a korábbinál háromszor gyorsabb, egy teljes mellkasi vizsgálat néhány másodpercig tart, a sugárterhelés pedig mintegy 40 százalékkal kisebb. Az új géppel a szív koszorúereinek állapota is vizsgálható katéter nélkül.

A radiológiai osztály vezetője, Dr. Simon Katalin elmondta: a CT-vizsgálatokra jelenleg két-három hónapot kell várni, az új géppel a várakozási időt néhány hétre szeretnék csökkenteni.

A régi berendezés tizenkét évig működött, és a kórház tervei szerint tartalékként marad meg.
"""

H["hu_misc_11"] = """Háromszázötven munkahelyet teremt egy új üzem Répcebányán

Répcebánya, 2026. december 9., szerda (MTI) – Háromszázötven új munkahelyet teremt az a gépjármű-alkatrészgyártó üzem, amelynek alapkövét szerdán tették le Répcebányán.

A német tulajdonú Kessler Automotive 42 millió eurós beruházással építi fel az üzemet, amely elektromos autók hűtőrendszereihez gyárt alumínium alkatrészeket. A kormány 3,6 milliárd forint támogatást nyújt a beruházáshoz.

A gyár 2028 elején kezdi meg a termelést. A vállalat a helyi szakképző iskolával duális képzést indít, és buszjáratokat szervez a környező falvakból.

Répcebánya polgármestere, Szekeres László szerint a városban húsz éve nem volt ekkora ipari beruházás, a bánya bezárása óta sokan a megyeszékhelyre vagy külföldre jártak dolgozni.
"""

H["hu_misc_12"] = """Ötvenéves a Kisbártfai Néptáncegyüttes

Kisbártfa, 2026. december 12., szombat (MTI) – Gálaműsorral ünnepli fennállásának ötvenedik évfordulóját szombaton a Kisbártfai Néptáncegyüttes a település sportcsarnokában.

Az 1976-ban alakult együttesben az évtizedek alatt több mint nyolcszázan táncoltak. A csoport jelenleg négy korosztályban, 120 taggal működik, a legfiatalabbak hatévesek.

Az együttes alapítója, a 81 éves Bene Sándor is színpadra lép. „Amikor elkezdtük, egy tanteremben próbáltunk, és a zenekar egy citerából meg egy hegedűből állt” – mondta az MTI-nek.

A gálán a Tiszavári Népzenei Együttes kíséri a táncosokat, a műsorban a Tisza mente, Szatmár és Kalotaszeg táncai szerepelnek.
"""

H["hu_misc_13"] = """Jégre tévedt kutyát mentettek ki a tűzoltók a holt-Tiszáról

Tiszavár, 2026. december 12., szombat (MTI) – Beszakadt alatta a jég, és a vízbe esett egy kutya a tiszavári holtágon szombat délelőtt; a tűzoltók mentőruhában mentek ki érte – közölte a katasztrófavédelem.

Az állat egy vízimadarat üldözött, amikor a vékony jégre futott, és a parttól mintegy harminc méterre beszakadt alatta. A gazdája a segélyhívóba telefonált.

A tűzoltók jégmentő szánnal közelítették meg a kutyát, és néhány perc alatt kiemelték. Az állat kihűlt, de sérülés nélkül vészelte át a kalandot.

A katasztrófavédelem figyelmeztet: a jég még sehol sem elég vastag ahhoz, hogy rá lehessen lépni, és a kutyákat a vízpartok közelében pórázon kell tartani.
"""

H["hu_misc_14"] = """Jótékonysági borárverésen 9,6 millió forint gyűlt össze

Nagyvárkony, 2026. december 13., vasárnap (MTI) – Csaknem 9,6 millió forint gyűlt össze a nagyvárkonyi jótékonysági borárverésen, amelynek bevételét a helyi gyermekotthon felújítására fordítják.

Az árverésen a Bodrog-hegy 24 pincészete 86 tételt ajánlott fel. A legmagasabb összeget, 820 ezer forintot, egy 2017-es aszúbor magnumpalackjáért fizették.

A gyermekotthon igazgatója, Kozma Ildikó elmondta: az összegből a fűtést és a fürdőszobákat korszerűsítik, és új játszóteret építenek az udvarra.

Az árverést hetedik alkalommal rendezte meg a Bodrog-hegyi Borbarátok Egyesülete. Az eddigi árveréseken összesen több mint 40 millió forint gyűlt össze.
"""

H["hu_misc_15"] = """Kevesebb gyermek született a megyében az első tíz hónapban

Tiszavár, 2026. december 10., csütörtök (MTI) – Január és október között 3418 gyermek született a megyében, 6,2 százalékkal kevesebb, mint egy évvel korábban – derül ki a Központi Statisztikai Hivatal csütörtökön közzétett adataiból.

Ugyanebben az időszakban 5960-an haltak meg, így a természetes fogyás 2542 fő volt. A házasságkötések száma 4 százalékkal, 2210-re csökkent.

A KSH adatai szerint a megyében a termékenységi arányszám 1,39, ami elmarad az országos átlagtól. A legtöbb gyermek Tiszaváron és Répcebányán született.

Demográfusok szerint a csökkenés egyik oka, hogy a szülőképes korú nők száma a kilencvenes évek alacsony születésszámai miatt évről évre kevesebb.
"""

H["hu_misc_16"] = """Elkészült a Kisbártfa és Nagyvárkony közötti út felújítása

Kisbártfa, 2026. december 11., péntek (MTI) – Befejeződött a Kisbártfát Nagyvárkonnyal összekötő 4611-es út 9,4 kilométeres szakaszának felújítása – közölte pénteken a Magyar Közút Nonprofit Zrt.

A kivitelező teljes szélességben új aszfaltburkolatot épített, megerősítette a padkát, és kicserélte a régi átereszeket. A két község belterületén új buszöblök és gyalogos-átkelőhelyek épültek.

A 2,1 milliárd forintos felújítás hét hónapig tartott, ezalatt a forgalmat félpályán vezették. A szakaszon naponta mintegy 3200 jármű halad át.

A két polgármester közös közleményben köszönte meg a lakók türelmét. Az út felújításáért a falvak lakói évek óta aláírásokat gyűjtöttek.
"""

H["hu_misc_17"] = """Tiszavári diák nyert aranyérmet a nemzetközi informatikai diákolimpián

Tiszavár, 2026. december 9., szerda (MTI) – Aranyérmet szerzett a tiszavári Kossuth Lajos Gimnázium tanulója, Pásztor Bence a közép-európai informatikai diákolimpián, amelyet a héten rendeztek Prágában.

A tizenhét éves diák a 92 versenyző között a harmadik helyen végzett, a magyar csapat összesen egy arany-, két ezüst- és egy bronzérmet nyert.

Pásztor Bence az MTI-nek elmondta: a második versenynapon egy útvonaltervezési feladat volt a legnehezebb, azt az utolsó húsz percben sikerült megoldania.

A diák felkészítő tanára, Kertész Anna szerint Bence hetente tíz-tizenöt órát gyakorol. Jövőre a nemzetközi diákolimpián is szeretne indulni.
"""

# same topic (golden jackals), different events
H["hu_topic_1"] = """Aranysakálok támadtak meg egy birkanyájat Szentmihályfalva határában

Szentmihályfalva, 2026. december 8., kedd (MTI) – Aranysakálok támadtak meg egy birkanyájat hétfőre virradóra Szentmihályfalva külterületén, hét bárány elpusztult – közölte a helyi vadásztársaság.

A juhász szerint a karám drótkerítésén egy helyen kiásták a földet, és így jutottak be az állatokhoz. A kutyák ugatására elmenekültek, de addigra több bárányt is megmartak.

A vadásztársaság elnöke, Szabó Géza elmondta: a környéken az elmúlt években jelentősen nőtt a sakálok száma, tavaly a társaság területén 38 példányt ejtettek el.

A gazdák kárukat a vadásztársaságnál jelenthetik be. Szakemberek szerint villanypásztorral és éjszakára zárt ólakkal lehet a legjobban védekezni.
"""
H["hu_topic_2"] = """Vadkamera rögzítette egy sakálcsalád éjszakai vonulását Tiszavár mellett

Tiszavár, 2026. december 11., péntek (MTI) – Egy hatfős aranysakál-családot rögzített a Tiszavári Egyetem vadkamerája a város melletti ártéri erdőben – közölte pénteken az egyetem vadbiológiai tanszéke.

A felvételeken két felnőtt és négy idei kölyök látható, amint a gát mentén haladnak a Tisza felé. A kutatók szerint ugyanez a család már harmadik éve ebben az erdőben nevel kölyköket.

Dr. Varga Réka vadbiológus elmondta: a sakál alkalmazkodó ragadozó, főként rágcsálókkal, dögökkel és gyümölccsel táplálkozik, az emberre nem veszélyes.

A tanszék tizenkét kamerával figyeli a sakálok mozgását, az adatokból a faj terjedését szeretnék modellezni az Alföldön.
"""

# same event, two outlets, written independently (NOT related)
H["hu_event_1"] = """Gázrobbanás történt egy kisbártfai családi házban, két ember megsérült

Kisbártfa, 2026. december 8., kedd (MTI) – Gázrobbanás történt kedd reggel egy kisbártfai családi házban, a lakásban tartózkodó 67 éves férfi és 64 éves felesége megsérült – közölte a megyei katasztrófavédelmi igazgatóság szóvivője.

Dudás Krisztina az MTI-nek elmondta: a bejelentés 6 óra 10 perckor érkezett, a Petőfi Sándor utcai ház tetőszerkezete részben beomlott. A férfit súlyos, a nőt könnyebb égési sérülésekkel vitték kórházba.

A tiszavári hivatásos tűzoltók és a kisbártfai önkéntesek kiérkezésekor a ház konyhája égett, a tüzet fél óra alatt eloltották. A gázszolgáltató elzárta a gázt az utca teljes szakaszán, a szomszédos két házból tizennégy embert kiköltöztettek.

A robbanás okát tűzvizsgálati eljárásban vizsgálják.
"""
H["hu_event_2"] = """„Mintha bomba csapott volna be” – a kisbártfai robbanás után

Reggel hat után néhány perccel hatalmas dörrenésre ébredtek a Petőfi Sándor utca lakói Kisbártfán. Az egyik földszintes háznak szinte teljesen leszakadt a teteje, a konyha lángokban állt.

„Kirohantam, az ablakaink is berepedtek. Mintha bomba csapott volna be” – mesélte lapunknak a szemközti házban lakó Fehér Margit. A szomszédok segítettek kimenekíteni az idős házaspárt, mielőtt a tűzoltók odaértek.

A 67 éves férfit és 64 éves feleségét a mentők a Tiszavári Megyei Kórházba szállították; a férjet súlyos égési sérülésekkel ápolják. A két szomszédos házból tizennégy embernek kellett átmenetileg elhagynia az otthonát, őket a polgármester a kultúrházban szállásolta el.

Bakó Tivadar polgármester szerint a család gyűjtést szervez a károsultaknak. A ház gázkészülékeit a tavasszal ellenőrizték – mondta.

Tiszavári Napló, Ónodi Petra
"""

# close rewrite of misc_4 by another outlet (same facts and figures, reworded, quote verbatim)
H["hu_reuse_rewrite_misc4"] = """Akadálymentes lett a 127 éves tiszavári állomás

4,3 milliárd forintból újították fel két év alatt a tiszavári vasútállomást, amelyet szerdán vehettek birtokba az utasok.

A műemlék felvételi épület 1899 óta áll, most teljesen megújult. A peronokat 55 centiméterre emelték, így babakocsival vagy kerekesszékkel is gond nélkül lehet felszállni a szerelvényekre, az átjutást pedig akadálymentes aluljáró segíti. Az utasok 180 autónak kialakított P+R parkolót és fedett biciklitárolót is kaptak.

„A tiszavári állomáson naponta hatezer utas fordul meg, nekik végre méltó körülményeket tudunk biztosítani” – hangsúlyozta Németh Krisztián, a MÁV vezérigazgató-helyettese.

Az épületben kávézót nyitottak, és helytörténeti tárlatot is berendeztek a vasút megérkezésétől napjainkig.

tiszavarma.hu
"""

# shortened rewrite of ONE formula item (appoint_3)
H["hu_reuse_rewrite_appoint3"] = """Lengyel Péter vezeti a Bodrogközi Nemzeti Parkot

December 15-étől öt évig Lengyel Péter erdőmérnök irányítja a Bodrogközi Nemzeti Park Igazgatóságot és annak mintegy 210 munkatársát – jelentette be az Agrárminisztérium. Az 1968-ban Sárospatakon született szakember 2012 óta a park természetvédelmi osztályát vezette.

Az új igazgató a Bodrog menti ártéri erdők helyreállítását és a látogatóközpont megújítását tartja a legfontosabbnak. Elődje, Szepesi Tamás a Természetvédelmi Hivatalhoz kerül elnökhelyettesnek.

Zempléni Hírek
"""

# partial reuse: a regional tourism item lifting two paragraphs of misc_6 verbatim
H["hu_reuse_partial_misc6"] = f"""Rekordévet zárhatnak a térség gyógyfürdői

Tiszavár, 2026. december 12., szombat (MTI) – A megye gyógy- és termálfürdői az első tíz hónapban 1,46 millió vendéget fogadtak, 9 százalékkal többet, mint egy évvel korábban – közölte szombaton a Tisza-menti Turisztikai Egyesület.

Az egyesület elnöke, Rónai Zoltán szerint a növekedés fő oka a fejlesztés: az elmúlt két évben négy fürdő bővült, és egyre több szálláshely kínál fürdőbelépőt is tartalmazó csomagot. A vendégéjszakák száma 12 százalékkal nőtt.

A legnagyobb beruházás a nagyvárkonyi gyógyfürdőben fejeződött be a héten. {MISC6_P2}

{MISC6_P3}

Az egyesület szerint a téli hónapokban a belföldi vendégek mellett egyre több szlovák és lengyel látogató érkezik a megye fürdőibe.
"""
