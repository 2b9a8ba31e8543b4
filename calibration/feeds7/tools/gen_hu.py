# -*- coding: utf-8 -*-
"""Hungarian (MTI style) FORMULA items for feeds7: power_*, fx_*, weather_*, match_*, appoint_*."""
def J(title, paras):
    return title + "\n\n" + "\n\n".join(p.strip() for p in paras if p and p.strip()) + "\n"
ITEMS = {}
FAMILIES = {}

# ---- power: Alföldi Áramhálózati Zrt. planned outages (8-15 óra, 06 80 533 533 repeat) ----
pw = [
 dict(n=1, hd="Kisbártfa, 2026. december 7., hétfő (MTI)", day="hétfőn", when="szerdán", title="Áramszünet lesz szerdán Kisbártfán",
      where="Kisbártfán a Petőfi Sándor utca, a Kossuth Lajos utca és az Ady Endre utca teljes hosszában", hh="412",
      work="oszlopokat cserélnek és felújítják a kisfeszültségű vezetékeket", extra="Az érintett háztartásokat levélben is értesítették."),
 dict(n=2, hd="Tiszavár, 2026. december 8., kedd (MTI)", day="kedden", when="csütörtökön", title="Csütörtökön áramszünet lesz Tiszavár Újvárosában",
      where="Tiszavár Újváros nevű városrészében, a Toldi Miklós utca 1-47. szám alatt, az Arany János utcában és a Dózsa György út páros oldalán", hh="1260",
      work="kicserélik a Toldi Miklós utcai transzformátorállomást", extra="A Dózsa György úti orvosi rendelő aznap a Kossuth téri rendelőben fogadja a betegeket."),
 dict(n=3, hd="Nagyvárkony, 2026. december 8., kedd (MTI)", day="kedden", when="pénteken", title="Pénteken egész Nagyvárkony áram nélkül marad",
      where="Nagyvárkony teljes területén", hh="870",
      work="a községet ellátó 22 kilovoltos középfeszültségű vezeték oszlopait cserélik", extra="Az önkormányzat a művelődési házban melegedőt nyit, ahol aggregátor biztosítja az áramot."),
 dict(n=4, hd="Szentmihályfalva, 2026. december 10., csütörtök (MTI)", day="csütörtökön", when="hétfőn", title="Áramszünet Szentmihályfalván hétfőn",
      where="Szentmihályfalván a Fő utcában, a Templom utcában és a Malom közben", hh="296",
      work="gallyazzák a vezetékek mentén lévő fákat és kicserélik a régi szigetelőket", extra=""),
 dict(n=5, hd="Tiszavár, 2026. december 11., péntek (MTI)", day="pénteken", when="kedden", title="Kedden áramszünet lesz Tiszavár Felsővárosában",
      where="Tiszavár Felsőváros nevű városrészében, a Rákóczi úton, a Béke utcában és a Jókai Mór utcában", hh="940",
      work="földkábelre cserélik a légvezetéket", extra="A munkálatok miatt a Béke utcában a parkolás is korlátozott lesz."),
]
for x in pw:
    hh = x['hh'] if len(x['hh']) < 4 else x['hh'][:-3] + " " + x['hh'][-3:]
    p1 = (f"{x['hd']} – Tervezett hálózatkarbantartás miatt {x['when']} 8 és 15 óra között szünetel az áramszolgáltatás {x['where']} – közölte "
          f"az Alföldi Áramhálózati Zrt. {x['day']} az MTI-vel.")
    p2 = f"A társaság tájékoztatása szerint a munkálatok {hh} felhasználót érintenek. A szakemberek a karbantartás során {x['work']}. {x['extra']}"
    p3 = ("Az áramhálózati társaság kéri, hogy a munkavégzés ideje alatt is tekintsék a hálózatot feszültség alatt lévőnek, mert az áramszolgáltatás a munka befejezése után előzetes értesítés nélkül is visszaállhat. "
          "Hibabejelentést a 06 80 533 533-as ingyenes telefonszámon lehet tenni." if x['n'] % 2 else
          "A társaság arra kéri a lakosságot, hogy a hálózatot a munkák ideje alatt is tekintsék feszültség alatt lévőnek. "
          "Hibát a 06 80 533 533-as ingyenes telefonszámon, a nap 24 órájában lehet bejelenteni.")
    ITEMS[f"hu_power_{x['n']}"] = J(x['title'], [p1, p2, p3])

# ---- fx: forint interbank quotes (7 órakor / 18 órakor wording repeats) ----
fx = [
 dict(n=1, hd="Budapest, 2026. december 7., hétfő (MTI)", title="Erősödött a forint hétfő este", dirn="erősödött", when="hétfő este", ref="a reggeli jegyzéséhez", clock="18 órakor",
      eur="390,85", eur0="392,10", ref2="a reggeli", chf="416,40", chf0="417,95", usd="369,70", usd0="370,85", chv="csökkent", usdv="gyengült",
      ctx="A forint a nap folyamán a 390 forintos szint közelébe került, miután a Központi Statisztikai Hivatal a vártnál magasabb ipari termelési adatot közölt.",
      ctx2="Elemzők szerint a befektetők a Magyar Nemzeti Bank jövő heti kamatdöntésére várnak."),
 dict(n=2, hd="Budapest, 2026. december 8., kedd (MTI)", title="Gyengült a forint kedd reggel", dirn="gyengült", when="kedd reggel", ref="a hétfő esti jegyzéséhez", clock="7 órakor",
      eur="392,45", eur0="390,85", ref2="a hétfő esti", chf="418,30", chf0="416,40", usd="371,60", usd0="369,70", chv="emelkedett", usdv="erősödött",
      ctx="A régiós devizák közül a lengyel zloty és a cseh korona is gyengült kedd reggel az euróval szemben.",
      ctx2=""),
 dict(n=3, hd="Budapest, 2026. december 9., szerda (MTI)", title="Gyengült a forint szerda reggel", dirn="gyengült", when="szerda reggel", ref="a kedd esti jegyzéséhez", clock="7 órakor",
      eur="393,70", eur0="392,95", ref2="a kedd esti", chf="419,15", chf0="418,60", usd="372,90", usd0="372,05", chv="emelkedett", usdv="erősödött",
      ctx="A forintot a novemberi inflációs adat közlése előtt óvatosság jellemezte; a KSH szerdán délelőtt teszi közzé a fogyasztói árindexet.",
      ctx2="A piaci elemzők 4,1 százalékos éves inflációra számítanak."),
 dict(n=4, hd="Budapest, 2026. december 10., csütörtök (MTI)", title="Erősödött a forint csütörtök este", dirn="erősödött", when="csütörtök este", ref="a reggeli jegyzéséhez", clock="18 órakor",
      eur="389,60", eur0="391,35", ref2="a reggeli", chf="415,20", chf0="417,05", usd="368,15", usd0="369,80", chv="csökkent", usdv="gyengült",
      ctx="Az Európai Központi Bank csütörtöki kamatdöntése után a forint a hét legerősebb szintjére került.",
      ctx2="Az EKB változatlanul hagyta az irányadó rátákat."),
]
for x in fx:
    p1 = (f"{x['hd']} – A forint {x['dirn']} {x['when']} a bankközi devizapiacon {x['ref']} képest. Az euró jegyzése {x['clock']} {x['eur']} forint volt "
          f"{x['ref2']} {x['eur0']} forint után.")
    p2 = (f"A svájci frank jegyzése {x['chf']} forintra {x['chv']} {x['chf0']} forintról, a dollár árfolyama pedig {x['usd0']} forintról {x['usd']} forintra {x['chv']}. "
          f"A forint a dollárral szemben is {x['dirn']}." if x['n'] % 2 else
          f"A svájci frank jegyzése {x['chf0']} forintról {x['chf']} forintra {x['chv']}, a dollár árfolyama pedig {x['usd']} forint volt {x['usd0']} forint után.")
    cross = float(x['eur'].replace(',', '.')) / float(x['usd'].replace(',', '.'))
    p2 += f" Az euró a dollárral szemben {str(round(cross, 4)).replace('.', ',')} dolláron állt."
    ITEMS[f"hu_fx_{x['n']}"] = J(x['title'], [p1, p2, x['ctx'] + (" " + x['ctx2'] if x['ctx2'] else "")])

# ---- weather: HungaroMet warnings ----
wx = [
 dict(n=1, hd="Budapest, 2026. december 7., hétfő (MTI)", title="Ónos eső miatt adtak ki figyelmeztetést hét megyére", phen="Ónos eső", fok="első fokú (sárga)", cnt="hét", day="hétfő estétől kedd reggelig",
      megye="Győr-Moson-Sopron, Vas, Zala, Veszprém, Komárom-Esztergom, Fejér és Tolna", det="A csapadék a fagypont körüli levegőben a felszínre érve megfagyhat, és jegesedést okozhat az utakon és a járdákon.", tmin="mínusz 2 és plusz 1", foot=""),
 dict(n=2, hd="Budapest, 2026. december 8., kedd (MTI)", title="Erős hideg miatt figyelmeztet a HungaroMet az északkeleti megyékben", phen="Erős hideg", fok="első fokú (sárga)", cnt="három", day="kedd estétől szerda reggelig",
      megye="Borsod-Abaúj-Zemplén, Szabolcs-Szatmár-Bereg és Nógrád", det="A derült, szélcsendes éjszakában a hőmérséklet a fagyzugos helyeken mínusz 15 fok alá is süllyedhet.", tmin="mínusz 10 és mínusz 15", foot="A hajléktalanellátó intézmények a krízisidőszakban is fogadják a rászorulókat."),
 dict(n=3, hd="Budapest, 2026. december 9., szerda (MTI)", title="Havazás miatt figyelmeztetést adtak ki négy megyére", phen="Havazás", fok="első fokú (sárga)", cnt="négy", day="szerda délutántól csütörtök reggelig",
      megye="Heves, Nógrád, Pest és Jász-Nagykun-Szolnok", det="A hó 5-10 centiméter vastag réteget képezhet, a magasabban fekvő területeken ennél többet is.", tmin="mínusz 4 és 0", foot="A Magyar Közút Nonprofit Zrt. valamennyi gépe bevetésre készen áll."),
 dict(n=4, hd="Budapest, 2026. december 10., csütörtök (MTI)", title="Viharos szél miatt figyelmeztet a HungaroMet a Dunántúlon", phen="Viharos szél", fok="másodfokú (narancs)", cnt="öt", day="csütörtökön",
      megye="Győr-Moson-Sopron, Komárom-Esztergom, Veszprém, Fejér és Vas", det="Az északnyugati szél lökései 90-100 kilométer per órás sebességet is elérhetnek, a Balaton térségében viharjelzés van érvényben.", tmin="1 és 4", foot=""),
 dict(n=5, hd="Budapest, 2026. december 12., szombat (MTI)", title="Tartós köd miatt adtak ki figyelmeztetést az Alföldön", phen="Tartós sűrű köd", fok="első fokú (sárga)", cnt="hat", day="szombaton",
      megye="Békés, Csongrád-Csanád, Bács-Kiskun, Jász-Nagykun-Szolnok, Hajdú-Bihar és Pest", det="A látástávolság tartósan 200 méter alá csökkenhet, egyes helyeken zúzmara is képződhet.", tmin="mínusz 3 és plusz 2", foot=""),
]
for x in wx:
    p1 = (f"{x['hd']} – {x['phen']} miatt {x['fok']} figyelmeztetést adott ki {x['cnt']} megyére {x['day']} a HungaroMet Magyar Meteorológiai Szolgáltató. "
          f"A figyelmeztetés {x['megye']} vármegyét érinti.")
    p2 = f"{x['det']} A legalacsonyabb hőmérséklet {x['tmin']} fok között alakul."
    p3 = ("A HungaroMet tájékoztatása szerint az első fokú figyelmeztetés potenciálisan veszélyes időjárásra hívja fel a figyelmet, a másodfokú pedig veszélyes jelenségekre. "
          "Az érvényes figyelmeztetések a met.hu oldalon érhetők el, baj esetén a 112-es segélyhívó szám hívható.")
    ITEMS[f"hu_weather_{x['n']}"] = J(x['title'], [p1, p2, x['foot'], p3])

# ---- match: men's handball NB I, round 13 (MTI result block) ----
mt = [
 dict(n=1, hd="Tiszavár, 2026. december 9., szerda (MTI)", title="Férfi kézilabda NB I: hazai győzelem Tiszaváron",
      lead="Hazai pályán nyert a Tiszavári KSE a férfi kézilabda NB I 13. fordulójának szerdai mérkőzésén a Répcebányai SE ellen.",
      res="Tiszavári KSE-Répcebányai SE 31-27 (15-14)", info="Tiszavár, 1250 néző. V.: Horváth P., Kiss B.",
      best="Fekete 8, Balogh M. 6, Szűcs 5, illetve Szalai 7, Varga D. 5, Lukács 4",
      c1="Kovács Zoltán", q1="Az első félidőben nem találtuk a megoldást a védekezésükre, a szünet után viszont összeállt a csapat.",
      c2="Takács Gábor", q2="Negyven percig egyenrangú ellenfelek voltunk, utána elfogyott az erőnk.", ki="6, illetve 10 perc", het="4/3, illetve 5/4", team="A Tiszavári KSE", pts="18", pos="4", nxt="a Kőröshalmi TE otthonába látogat"),
 dict(n=2, hd="Nagyvárkony, 2026. december 9., szerda (MTI)", title="Férfi kézilabda NB I: döntetlen Nagyvárkonyban",
      lead="Döntetlennel zárult a Nagyvárkonyi KC és a Kőröshalmi TE összecsapása a férfi kézilabda NB I 13. fordulójában szerdán.",
      res="Nagyvárkonyi KC-Kőröshalmi TE 28-28 (13-16)", info="Nagyvárkony, 780 néző. V.: Pap Á., Simon L.",
      best="Molnár B. 9, Orbán 6, illetve Tóth Á. 8, Bíró 7",
      c1="Farkas Tibor", q1="Háromgólos hátrányból hoztuk vissza a meccset, ezért a pontért meg kell becsülni a fiúkat.",
      c2="Papp Levente", q2="Az utolsó percekben két ziccert is kihagytunk, ezt nem szabad megengedni.", ki="8, illetve 6 perc", het="5/5, illetve 3/2", team="A Nagyvárkonyi KC", pts="11", pos="9", nxt="az Alsóhegyesi Bányászt fogadja"),
 dict(n=3, hd="Alsóhegyes, 2026. december 10., csütörtök (MTI)", title="Férfi kézilabda NB I: vendéggyőzelem Alsóhegyesen",
      lead="Idegenben győzött az Alföldi Fáklya SE a férfi kézilabda NB I 13. fordulójának csütörtöki mérkőzésén az Alsóhegyesi Bányász ellen.",
      res="Alsóhegyesi Bányász-Alföldi Fáklya SE 24-30 (12-14)", info="Alsóhegyes, 960 néző. V.: Győri K., Szilágyi Z.",
      best="Kis-Nagy 6, Sárközi 5, illetve Hegedűs 10, Oláh R. 6, Vincze 5",
      c1="Bognár Attila", q1="Hegedűs Benedeket ma egyszerűen nem tudtuk megállítani, ő döntötte el a mérkőzést.",
      c2="Rácz Ferenc", q2="Fegyelmezetten védekeztünk, és a kapusunk is nagyot védett, ezért nyertünk.", ki="10, illetve 4 perc", het="2/2, illetve 6/5", team="Az Alföldi Fáklya SE", pts="20", pos="2", nxt="a Répcebányai SE-t fogadja"),
]
for x in mt:
    block = (f"Férfi kézilabda NB I, 13. forduló:\n{x['res']}\n{x['info']}\nKiállítások: {x['ki']}. Hétméteresek: {x['het']}.\nLegjobb dobók: {x['best']}.\n"
             f"Mesteri mérleg:\n{x['c1']}: - {x['q1']}\n{x['c2']}: - {x['q2']}")
    tab = f"{x['team']} a 13. forduló után {x['pts']} ponttal a {x['pos']}. helyen áll a tabellán, a 14. fordulóban {x['nxt']}."
    ITEMS[f"hu_match_{x['n']}"] = J(x['title'], [f"{x['hd']} – {x['lead']}", tab, block])

# ---- appoint: appointments (öt évre, -i hatállyal repeat) ----
ap = [
 dict(n=1, hd="Tiszavár, 2026. december 7., hétfő (MTI)", title="Új főigazgató áll a Tiszavári Megyei Kórház élére", acc="Dr. Vörös Andrást", day="hétfőn", staff="1900", nom="Vörös András",
      post="a Tiszavári Megyei Kórház főigazgatójává", who="a belügyminiszter", src="az Országos Kórházi Főigazgatóság", date="január 1-jei",
      year="1971-ben", city="Debrecenben", school="a Debreceni Egyetem általános orvosi karán szerezte, belgyógyász és kardiológus szakorvos", since="2016", prev="a kórház orvosigazgatója volt",
      plan="a sürgősségi osztály átszervezését és a várólisták csökkentését", pred="Dr. Halász Mária", fate="hét év vezetés után nyugdíjba vonul"),
 dict(n=2, hd="Tiszavár, 2026. december 8., kedd (MTI)", title="Szalay Orsolya lesz a Tiszavári Csiky Gergely Színház igazgatója", acc="Szalay Orsolyát", day="kedden", staff="140", nom="Szalay Orsolya",
      post="a Tiszavári Csiky Gergely Színház igazgatójává", who="a város közgyűlése", src="Tiszavár önkormányzata", date="február 1-jei",
      year="1979-ben", city="Kaposváron", school="a Színház- és Filmművészeti Egyetemen szerezte színművészként, később dramaturg szakot is végzett", since="2019", prev="a színház művészeti vezetője volt",
      plan="a kortárs magyar darabok és a gyerekelőadások számának növelését", pred="Bodnár Gyula", fate="tíz év után nem pályázott újra"),
 dict(n=3, hd="Nagyvárkony, 2026. december 9., szerda (MTI)", title="Új igazgatója van a Bodrogközi Nemzeti Parknak", acc="Lengyel Pétert", day="szerdán", staff="210", nom="Lengyel Péter",
      post="a Bodrogközi Nemzeti Park Igazgatóság igazgatójává", who="az agrárminiszter", src="az Agrárminisztérium", date="december 15-ei",
      year="1968-ban", city="Sárospatakon", school="a Gödöllői Agrártudományi Egyetemen szerezte erdőmérnökként", since="2012", prev="a nemzeti park természetvédelmi osztályát vezette",
      plan="a Bodrog menti ártéri erdők helyreállítását és a látogatóközpont megújítását", pred="Szepesi Tamás", fate="a Természetvédelmi Hivatal elnökhelyettese lesz"),
 dict(n=4, hd="Tiszavár, 2026. december 11., péntek (MTI)", title="Kiss Gabriellát nevezték ki a Tisza-vidéki Vízügyi Igazgatóság élére", acc="Kiss Gabriellát", day="pénteken", staff="780", nom="Kiss Gabriella",
      post="a Tisza-vidéki Vízügyi Igazgatóság igazgatójává", who="a belügyminiszter", src="az Országos Vízügyi Főigazgatóság", date="január 1-jei",
      year="1975-ben", city="Szolnokon", school="a Budapesti Műszaki Egyetemen szerezte vízépítő mérnökként", since="2020", prev="az igazgatóság műszaki igazgatóhelyettese volt",
      plan="a legrégebbi gátszakaszok felmérését és a belvízvédelmi csatornák kotrását", pred="Fazekas Ottó", fate="a főigazgatóságon folytatja munkáját"),
]
for x in ap:
    p1 = (f"{x['hd']} – {x['acc']} nevezte ki {x['date']} hatállyal {x['post']} {x['who']} – közölte {x['src']} az MTI-vel. "
          f"A megbízatás öt évre szól, a kinevezési okiratot {x['day']} vette át.")
    p2 = (f"{x['nom']} {x['year']} született {x['city']}. Diplomáját {x['school']}. {x['since']} óta {x['prev']}. "
          f"Az intézményben jelenleg mintegy {x['staff']} munkatárs dolgozik.")
    p3 = f"{x['nom']} az MTI-nek elmondta: legfontosabb feladatának {x['plan']} tartja."
    p4 = f"Elődje, {x['pred']} {x['fate']}."
    ITEMS[f"hu_appoint_{x['n']}"] = J(x['title'], [p1, p2, p3, p4])

for k in ITEMS:
    FAMILIES.setdefault(k.rsplit("_", 1)[0], []).append(k)
