# -*- coding: utf-8 -*-
"""Hand-written Polish (PAP style) items: stand-alone misc_*, same-topic pair topic_1/2, same-event pair
event_1/2 (two outlets, written independently), the two rewrites and the partial reuse."""
H = {}

H["pl_misc_1"] = """Tramwaj dojechał na Osiedle Leśne. Radomierz otworzył nową linię

Po dwóch latach budowy pierwsze tramwaje linii nr 9 wyjechały w poniedziałek na nową trasę z Placu Targowego na Osiedle Leśne w Radomierzu. Linia ma 4,7 km długości i dziewięć przystanków.

Inwestycja kosztowała 214 mln zł, z czego 142 mln zł pochodziło z funduszy unijnych. W ramach budowy powstały też dwa parkingi „parkuj i jedź” na 360 samochodów oraz 3,2 km dróg rowerowych.

„Osiedle Leśne to dzielnica, w której mieszka ponad 20 tys. osób, a do tej pory jedynym połączeniem z centrum były zatłoczone autobusy. Teraz dojazd zajmie 14 minut” – powiedział prezydent Radomierza Łukasz Pogorzelski.

Tramwaje będą kursować co 7,5 minuty w szczycie i co 15 minut wieczorem. Przez pierwszy tydzień przejazdy linią nr 9 są bezpłatne.

Piotr Zawada (PAP)

pza/ mhr/
"""

H["pl_misc_2"] = """Skarb monet z XIV wieku znaleziony pod Wierzbnem Starym

Ponad 400 srebrnych monet z pierwszej połowy XIV wieku odkryli archeolodzy na polu pod Wierzbnem Starym. Monety były ukryte w glinianym dzbanku zakopanym przy dawnym trakcie handlowym – poinformował w środę wojewódzki konserwator zabytków.

Wśród znalezisk są głównie grosze praskie oraz denary krzyżackie. Zdaniem badaczy skarb mógł należeć do kupca, który podróżował z Krakowa w stronę Torunia i z jakiegoś powodu nie wrócił po swoje oszczędności.

Na ślad dzbanka natrafił jesienią członek lokalnego stowarzyszenia poszukiwaczy, który – zgodnie z przepisami – nie kopał dalej, tylko zawiadomił konserwatora. Otrzyma nagrodę finansową.

„To jedno z największych znalezisk tego typu w regionie od czasów powojennych” – powiedziała kierująca pracami dr Joanna Krupa z Uniwersytetu Radomierskiego. Monety trafią do muzeum okręgowego po konserwacji.

Anna Wierzbicka (PAP)

awi/ pad/
"""

H["pl_misc_3"] = """Szpital w Radomierzu otworzy oddział kardiologii dziecięcej

Wojewódzki Szpital Specjalistyczny w Radomierzu uruchomi 4 stycznia pierwszy w regionie oddział kardiologii dziecięcej. Dzieci z wadami serca nie będą już musiały jeździć na zabiegi do Łodzi i Warszawy.

Oddział będzie miał 18 łóżek, w tym cztery na sali intensywnego nadzoru. Szpital kupił m.in. nowy echokardiograf i angiograf przystosowany do badań najmłodszych pacjentów. Cały projekt kosztował 23,5 mln zł; 19 mln zł przekazał samorząd województwa.

„Rocznie z naszego województwa kierowaliśmy do innych ośrodków ok. 600 małych pacjentów. Część z nich teraz zostanie na miejscu, blisko domu i rodziców” – powiedziała PAP dyrektor szpitala Elżbieta Nawrot.

Kierownikiem oddziału został prof. Jacek Sobczak, który wcześniej przez 15 lat pracował w Instytucie „Pomnik – Centrum Zdrowia Dziecka”. Szpital wciąż szuka dwóch lekarzy i sześciu pielęgniarek.

Anna Wierzbicka (PAP)

awi/ mhr/
"""

H["pl_misc_4"] = """Jarmark bożonarodzeniowy w Krzewnicy. 90 stoisk na rynku

Na rynku w Krzewnicy w piątek rozpoczął się jarmark bożonarodzeniowy. Do 23 grudnia na 90 stoiskach wystawcy z regionu będą sprzedawać rękodzieło, ozdoby choinkowe, pierniki i regionalne wędliny.

Główną atrakcją jest 12-metrowy diabelski młyn oraz lodowisko przy ratuszu. W weekendy na scenie wystąpią zespoły ludowe i chóry szkolne, a w niedzielę 20 grudnia przygotowano wigilię dla samotnych mieszkańców.

„Chcieliśmy, żeby jarmark był przede wszystkim dla miejscowych wystawców. Prawie dwie trzecie stoisk to ludzie z naszego powiatu” – powiedział burmistrz Krzewnicy Henryk Mazur.

Jarmark jest czynny codziennie od godz. 12 do 21. Wstęp jest bezpłatny, a za jazdę na diabelskim młynie trzeba zapłacić 15 zł.

Tomasz Lewandowski (PAP)

tle/ mok/
"""

H["pl_misc_5"] = """Studenci z Radomierza zbudowali drona, który wypatruje pożarów lasu

Studenci Politechniki Radomierskiej skonstruowali bezzałogowy samolot, który może samodzielnie patrolować lasy i wykrywać zarzewia ognia. Maszyna waży 11 kg i może być w powietrzu przez pięć godzin.

Dron ma kamerę termowizyjną i system, który porównuje obraz z mapą lasu. Gdy wykryje punkt o podwyższonej temperaturze, wysyła współrzędne do dyżurnego nadleśnictwa. Podczas testów nad lasami koło Olszanki maszyna wykryła ognisko o średnicy pół metra z odległości 2 km.

„Wieże obserwacyjne mają martwe pola, szczególnie w pagórkowatym terenie. Dron może tam zajrzeć w kilka minut” – powiedział opiekun zespołu dr inż. Marek Jastrzębski.

Projekt zainteresował Regionalną Dyrekcję Lasów Państwowych. Latem przyszłego roku dwa drony mają przejść próby w nadleśnictwach Krzewnica i Borowiec.

Jakub Brzeziński (PAP)

jbr/ pad/
"""

H["pl_misc_6"] = """Karp przed świętami droższy o kilka złotych. Hodowcy narzekają na suszę

Kilogram żywego karpia kosztuje w tym roku w stawach Doliny Mierzawy od 26 do 29 zł, czyli ok. 3 zł więcej niż przed rokiem. Hodowcy tłumaczą podwyżki mniejszą produkcją po suchym lecie.

Według Stowarzyszenia Hodowców Ryb Doliny Mierzawy z 40 gospodarstw w regionie trafi w tym roku na rynek ok. 1100 ton karpia, o jedną piątą mniej niż zwykle. W części stawów zabrakło wody już w lipcu.

„Ryby rosły wolniej, bo woda była za ciepła i miała mało tlenu. Niektórzy koledzy musieli odłowić stawy wcześniej” – powiedział prezes stowarzyszenia Stanisław Wrona.

Sprzedaż przy stawach ruszy w przyszłym tygodniu. Hodowcy zachęcają, by kupować ryby bezpośrednio u nich, a nie w marketach, gdzie karp trafia często po kilkudniowym transporcie.

Ewa Kaczmarek (PAP)

ewk/ mok/
"""

MISC7_P2 = "Obraz „Burza nad Mierzawą” Wojciecha Gersona z 1872 r. został skradziony z muzeum w 1994 r., podczas remontu jednej z sal. Złodziei nigdy nie wykryto, a płótno przez lata uważano za zaginione."
MISC7_P3 = "Dzieło odnalazło się w maju na aukcji w Wiedniu, gdzie wystawił je prywatny kolekcjoner. Po interwencji ministerstwa i austriackiej policji dom aukcyjny wycofał obraz ze sprzedaży, a właściciel zgodził się na jego zwrot."
H["pl_misc_7"] = f"""Skradziony przed 30 laty obraz Gersona wrócił do Radomierza

Muzeum Okręgowe w Radomierzu odzyskało obraz Wojciecha Gersona skradziony z jego zbiorów ponad trzy dekady temu. Płótno zostało w czwartek uroczyście przekazane dyrekcji muzeum.

{MISC7_P2}

{MISC7_P3}

„Czekaliśmy na ten dzień 32 lata. Obraz wymaga konserwacji, ale jest w zaskakująco dobrym stanie” – powiedziała dyrektor muzeum Barbara Lipińska. Publiczność zobaczy go od lutego w galerii malarstwa polskiego.

Kinga Rutkowska (PAP)

kru/ mhr/
"""

H["pl_misc_8"] = """Przedwojenna prasa z Radomierza w internecie. Biblioteka skończyła digitalizację

Wojewódzka Biblioteka Publiczna w Radomierzu udostępniła w internecie ponad 38 tys. stron przedwojennych gazet wydawanych w mieście. Digitalizacja trwała trzy lata.

W cyfrowym archiwum znalazły się m.in. kompletne roczniki „Gońca Radomierskiego” z lat 1919–1939, tygodnik „Ziemia Krzewnicka” oraz gazety wydawane po jidysz przez społeczność żydowską miasta. Wiele egzemplarzy zachowało się tylko w jednym, mocno zniszczonym egzemplarzu.

„Najczęściej korzystają z archiwum genealodzy, którzy szukają nekrologów i ogłoszeń o ślubach, ale też nauczyciele historii” – powiedziała wicedyrektor biblioteki Teresa Dąbek.

Projekt kosztował 1,8 mln zł i był finansowany z programu ministerstwa kultury. Biblioteka zapowiada, że w przyszłym roku zdigitalizuje prasę z okresu PRL.

Jakub Brzeziński (PAP)

jbr/ mok/
"""

H["pl_misc_9"] = """Pociągi wróciły na linię do Sokołowa Małego po 26 latach

Po 26 latach przerwy pociągi pasażerskie znów kursują między Radomierzem a Sokołowem Małym. Pierwszy skład wyjechał w niedzielę o godz. 5.42 z dworca głównego.

Przez dwa lata PKP Polskie Linie Kolejowe wyremontowały 31-kilometrową linię, wymieniając tory, wiadukty i przejazdy. Odbudowano też pięć przystanków. Koszt prac wyniósł 287 mln zł.

Codziennie w każdą stronę pojedzie 14 pociągów samorządowego przewoźnika. Podróż potrwa 34 minuty, o ponad połowę krócej niż autobusem.

„Dla mieszkańców Sokołowa to jest okno na świat. Wielu młodych ludzi dojeżdża do szkół i pracy w Radomierzu” – powiedział burmistrz Sokołowa Małego Wiesław Kubiak. Bilet normalny kosztuje 9,50 zł, a przez pierwszy miesiąc obowiązuje zniżka 50 proc.

Piotr Zawada (PAP)

pza/ pad/
"""

H["pl_misc_10"] = """Ruszyła budowa farmy wiatrowej pod Olszanką

W gminie Olszanka rozpoczęła się budowa farmy wiatrowej z 12 turbinami o łącznej mocy 67 MW. Inwestor, spółka Wiatr Mierzawy, zapowiada, że farma zacznie produkować prąd pod koniec 2027 r.

Turbiny staną na polach między Olszanką, Kamionką i Zalesiem, w odległości co najmniej 700 m od zabudowań. Farma ma wytwarzać rocznie energię wystarczającą dla ok. 70 tys. gospodarstw domowych.

Gmina otrzyma co roku ok. 2,4 mln zł z podatku od nieruchomości. Mieszkańcy mieszkający najbliżej turbin będą mogli przystąpić do programu tańszego prądu.

„Trzy lata rozmawialiśmy z mieszkańcami i zmieniliśmy układ farmy tak, żeby żadna turbina nie stała bliżej niż wymagają przepisy” – powiedział wójt Olszanki Kazimierz Jarosz. Przeciwnicy inwestycji złożyli skargę do sądu administracyjnego, ale nie wstrzymała ona prac.

Tomasz Lewandowski (PAP)

tle/ pad/
"""

H["pl_misc_11"] = """Radomierz przyjął budżet na 2027 rok. Rekordowe wydatki na inwestycje

Rada Miasta Radomierza uchwaliła w czwartek budżet na 2027 r. Dochody miasta zaplanowano na 2,16 mld zł, a wydatki na 2,34 mld zł. Deficyt w wysokości 180 mln zł zostanie pokryty z kredytu i obligacji.

Na inwestycje miasto przeznaczy 512 mln zł, najwięcej w historii. Największe zadania to przebudowa ul. Kolejowej, budowa basenu na Zatorzu i termomodernizacja 14 szkół.

Za budżetem głosowało 17 radnych, przeciw było 8, a 3 wstrzymało się od głosu. Opozycja krytykowała wzrost zadłużenia, które na koniec roku ma wynieść 1,1 mld zł.

„To budżet ambitny, ale bezpieczny. Wskaźniki zadłużenia są daleko od ustawowych limitów” – przekonywała skarbnik miasta Dorota Sowińska.

Anna Wierzbicka (PAP)

awi/ mok/
"""

H["pl_misc_12"] = """Zimowe liczenie ptaków. Nad Mierzawą więcej bielików niż rok temu

Ornitolodzy z Towarzystwa Przyrodniczego „Bocian” naliczyli w weekend nad Mierzawą 27 bielików, o siedem więcej niż przed rokiem. To wynik pierwszego w tym sezonie zimowego liczenia ptaków wodnych.

Wolontariusze przeszli 86 km brzegów rzeki i stawów. Oprócz bielików policzyli m.in. ponad 1400 krzyżówek, 380 łabędzi niemych i 64 kormorany. Po raz pierwszy od kilku lat zaobserwowano także dwie pary gągołów.

„Bieliki zlatują się nad nieskute lodem stawy, gdzie łatwo o rybę. Ich liczba pokazuje, jak ważna zimą jest dla ptaków Dolina Mierzawy” – powiedział koordynator liczenia Krzysztof Pawlik.

Kolejne liczenie zaplanowano na połowę stycznia. Towarzystwo zaprasza do udziału wszystkich chętnych, także bez doświadczenia.

Ewa Kaczmarek (PAP)

ewk/ mhr/
"""

H["pl_misc_13"] = """Ratownicy sprowadzili z Beskidu Krzewnickiego zagubionych turystów

Ratownicy górscy sprowadzili w nocy z soboty na niedzielę dwoje turystów z Warszawy, którzy zgubili szlak w rejonie Łysej Przełęczy w Beskidzie Krzewnickim. Turyści byli wychłodzeni, ale nie wymagali hospitalizacji.

Para wezwała pomoc ok. godz. 18, gdy zapadł zmrok i zaczął padać śnieg. Turyści mieli rozładowane latarki i telefon z 5 proc. baterii. Dyżurny ratownik zdążył ustalić ich położenie dzięki aplikacji ratunkowej.

W akcji uczestniczyło 11 ratowników. Dotarcie do turystów zajęło im ponad trzy godziny.

„Zimą dzień jest bardzo krótki. Planując wycieczkę, trzeba odliczyć czas do zmroku i mieć zapas baterii” – powiedział naczelnik grupy Bogdan Szostak. Od początku roku ratownicy interweniowali w tym rejonie już 96 razy.

Kinga Rutkowska (PAP)

kru/ pad/
"""

H["pl_misc_14"] = """Szkoła muzyczna w Krzewnicy świętuje 100-lecie

Państwowa Szkoła Muzyczna I i II stopnia w Krzewnicy obchodzi w tym tygodniu 100-lecie istnienia. Z tej okazji w sobotę w sali koncertowej szkoły wystąpią jej absolwenci z Polski i zagranicy.

Szkoła powstała w 1926 r. jako prywatne konserwatorium założone przez skrzypaczkę Helenę Ostrowską. Przez sto lat ukończyło ją ponad 4 tys. uczniów, a wśród nich są muzycy orkiestr filharmonicznych w Berlinie, Londynie i Warszawie.

„Wielu naszych uczniów nie zostaje zawodowymi muzykami, ale muzyka zostaje z nimi na całe życie i o to przede wszystkim chodzi” – powiedziała dyrektor szkoły Małgorzata Rybak.

Z okazji jubileuszu wydano album z archiwalnymi fotografiami, a przed budynkiem odsłonięto tablicę upamiętniającą założycielkę.

Tomasz Lewandowski (PAP)

tle/ mhr/
"""

H["pl_misc_15"] = """Bezrobocie w regionie najniższe od ponad 30 lat

Stopa bezrobocia w województwie wyniosła na koniec listopada 4,6 proc. To najniższy poziom od początku lat 90. – poinformował w czwartek Wojewódzki Urząd Pracy.

W urzędach pracy zarejestrowanych było 31,2 tys. osób, o 2,8 tys. mniej niż przed rokiem. Najniższe bezrobocie odnotowano w Radomierzu – 2,1 proc., najwyższe w powiecie sokołowskim – 11,3 proc.

Pracodawcy zgłosili w listopadzie 4,9 tys. ofert pracy, najwięcej w przetwórstwie przemysłowym, budownictwie i logistyce.

„Problemem nie jest już brak pracy, tylko brak pracowników, zwłaszcza wykwalifikowanych. Coraz więcej firm zatrudnia cudzoziemców” – powiedział dyrektor WUP Roman Zieliński. Według urzędu w regionie legalnie pracuje ok. 22 tys. obcokrajowców.

Jakub Brzeziński (PAP)

jbr/ mhr/
"""

H["pl_misc_16"] = """Mikołajkowa zbiórka krwi. Ponad 300 dawców w jeden dzień

Ponad 300 osób oddało krew podczas mikołajkowej akcji w hali sportowej w Radomierzu. Zebrano łącznie 139 litrów krwi – poinformowało Regionalne Centrum Krwiodawstwa i Krwiolecznictwa.

Akcję zorganizowali strażacy i kibice miejscowego klubu piłkarskiego. Każdy dawca otrzymał czekoladę i mikołajkową czapkę, a dzieci, które przyszły z rodzicami, mogły zwiedzić wozy strażackie.

Dla 58 osób była to pierwsza donacja w życiu. Centrum przypomina, że krew mogą oddawać zdrowe osoby w wieku od 18 do 65 lat ważące co najmniej 50 kg.

„Przed świętami zapasy zawsze spadają, bo jest mniej dawców, a więcej planowanych zabiegów. Ta akcja bardzo nam pomoże” – powiedziała dyrektor centrum Iwona Stachowiak.

Kinga Rutkowska (PAP)

kru/ mok/
"""

H["pl_misc_17"] = """Pani Zofia z Olszanki skończyła 104 lata

Najstarsza mieszkanka gminy Olszanka, Zofia Grabowska, obchodziła w środę 104. urodziny. Jubilatce życzenia złożyli wójt, proboszcz i uczniowie miejscowej szkoły.

Pani Zofia urodziła się w 1922 r. we wsi Kamionka. W czasie wojny była łączniczką Armii Krajowej, a później przez ponad 30 lat pracowała jako nauczycielka w szkole w Olszance. Ma pięcioro dzieci, 12 wnuków i 19 prawnuków.

„Przepis na długie życie? Pracować, nie narzekać i codziennie wyjść na spacer, nawet jak pada” – mówiła z uśmiechem jubilatka.

Do niedawna sama prowadziła dom i uprawiała ogród. Jak podkreślają bliscy, wciąż czyta gazety i rozwiązuje krzyżówki.

Tomasz Lewandowski (PAP)

tle/ pad/
"""

# same topic (bison), different events
H["pl_topic_1"] = """Żubr spacerował po ulicach Sokołowa Małego

Młody żubr przez kilka godzin spacerował w środę po ulicach Sokołowa Małego. Zwierzę przeszło przez centrum miasta, a potem skierowało się w stronę lasu. Nikt nie ucierpiał.

Policjanci zamknęli na czas wędrówki żubra fragment ulicy Głównej i pilnowali, by mieszkańcy nie podchodzili zbyt blisko. Zwierzę zatrzymało się m.in. na trawniku przed urzędem miasta.

„To prawdopodobnie dwuletni samiec, który oddzielił się od stada. Młode samce w tym wieku często wędrują w poszukiwaniu nowego terytorium” – powiedział nadleśniczy Nadleśnictwa Sokołów Edward Malinowski.

Leśnicy apelują, by nie zbliżać się do żubrów i nie dokarmiać ich. Mimo spokojnego wyglądu mogą być niebezpieczne, zwłaszcza gdy czują się osaczone.

Piotr Zawada (PAP)

pza/ mok/
"""
H["pl_topic_2"] = """Samochód zderzył się z żubrem koło Lipnicy

Kierowca osobowej skody zderzył się w nocy z poniedziałku na wtorek z żubrem na drodze wojewódzkiej nr 713 koło Lipnicy. Mężczyzna z lekkimi obrażeniami trafił do szpitala, zwierzę padło.

Do wypadku doszło ok. godz. 2 na prostym odcinku drogi przez las. Według policji kierowca jechał z dozwoloną prędkością, ale nie zdążył wyhamować, gdy żubr wyszedł na jezdnię.

W okolicach Lipnicy żyje od kilku lat kilkunastoosobowe stado żubrów. Leśnicy od dawna apelują o zbudowanie na tej drodze przejścia dla zwierząt i ustawienie dodatkowych znaków.

„To już trzecia taka kolizja w tym roku. Zwierzęta przekraczają drogę w drodze na pola, zwłaszcza o zmierzchu i w nocy” – powiedział rzecznik miejscowej policji asp. Dariusz Kaczor.

Marta Sikorska (PAP)

msi/ mhr/
"""

# same event, two outlets, written independently (NOT related)
H["pl_event_1"] = """Pożar hali fabryki mebli w Krzewnicy. Ewakuowano 80 pracowników

Ponad 20 zastępów straży pożarnej gasiło w środę rano pożar hali produkcyjnej fabryki mebli w Krzewnicy. Z budynku ewakuowano 80 pracowników nocnej zmiany. Nikt nie został ranny.

Jak poinformował PAP rzecznik komendanta powiatowego PSP w Krzewnicy mł. bryg. Adam Rutkowski, zgłoszenie wpłynęło o godz. 4.35. Ogień objął lakiernię i magazyn gotowych wyrobów. Hala ma ok. 2400 mkw. powierzchni.

„Sytuację utrudniał silny wiatr i duża ilość łatwopalnych materiałów. Udało się obronić sąsiednią halę i budynek biurowy” – powiedział Rutkowski. W akcji uczestniczyły 23 zastępy, w tym z sąsiednich powiatów.

Pożar opanowano przed godz. 9. Przyczyny zdarzenia wyjaśnia policja pod nadzorem prokuratury; na miejscu pracuje biegły z zakresu pożarnictwa.

Tomasz Lewandowski (PAP)

tle/ mok/
"""
H["pl_event_2"] = """Płonęła lakiernia Meblomixu. „Straciliśmy połowę zamówień na święta”

Czarny dym nad Krzewnicą było widać w środę już przed świtem z odległości kilku kilometrów. Paliła się lakiernia i magazyn zakładu Meblomix przy ulicy Przemysłowej – największego pracodawcy w mieście.

Pierwsi strażacy przyjechali kilka minut po wpół do piątej. Ostatecznie z ogniem walczyły 23 zastępy, także z Radomierza i Sokołowa. Osiemdziesiąt osób z nocnej zmiany wyszło z zakładu o własnych siłach, nikomu nic się nie stało.

– Kiedy zadzwonili do mnie z portierni, myślałem, że to pomyłka. W magazynie stały meble na zamówienia świąteczne, straciliśmy mniej więcej połowę – mówi właściciel firmy Zbigniew Hołownia. Dodał, że nikt z 260 pracowników nie straci pracy.

Burmistrz Krzewnicy Henryk Mazur zapowiedział, że miasto pomoże firmie w szybkim uzyskaniu pozwoleń na odbudowę. Spłonęło ok. 2400 mkw. hali. Straty nie zostały jeszcze oszacowane.

Radio Krzewnica, Katarzyna Wolna
"""

# close rewrite of misc_3 by a regional portal (same facts and figures, reworded, quote verbatim)
H["pl_reuse_rewrite_misc3"] = """Dzieci z chorym sercem będą leczone w Radomierzu. Nowy oddział od stycznia

Już nie w Łodzi czy w Warszawie, ale w Radomierzu będą leczone dzieci z wadami serca. Od 4 stycznia w Wojewódzkim Szpitalu Specjalistycznym zacznie działać oddział kardiologii dziecięcej – pierwszy taki w regionie.

Na oddziale znajdzie się 18 łóżek, z czego cztery na sali intensywnego nadzoru. Lecznica zakupiła sprzęt dostosowany do potrzeb najmłodszych, m.in. echokardiograf i angiograf. Koszt całego przedsięwzięcia to 23,5 mln zł, a 19 mln zł dołożył samorząd województwa.

„Rocznie z naszego województwa kierowaliśmy do innych ośrodków ok. 600 małych pacjentów. Część z nich teraz zostanie na miejscu, blisko domu i rodziców” – mówi dyrektor szpitala Elżbieta Nawrot.

Oddziałem pokieruje prof. Jacek Sobczak, przez 15 lat związany z Instytutem „Pomnik – Centrum Zdrowia Dziecka”. Placówka nadal prowadzi rekrutację – potrzebuje jeszcze dwóch lekarzy i sześciu pielęgniarek.

(red.), radomierz24.pl
"""

# shortened rewrite of ONE formula item (court_2)
H["pl_reuse_rewrite_court2"] = """Pijany kierowca zabił rowerzystę w Wierzbnie Starym. Usłyszał wyrok

Na 8 lat więzienia i dożywotni zakaz prowadzenia pojazdów skazał w środę Sąd Okręgowy w Krzewnicy 37-letniego Mariusza K. Mężczyzna w sierpniu 2025 r. w Wierzbnie Starym śmiertelnie potrącił 64-letniego rowerzystę.

Kierowca miał 1,9 promila alkoholu i jechał przez wieś ok. 110 km/h, po czym uciekł z miejsca wypadku. Policja zatrzymała go dzień później. Rodzina zmarłego ma dostać 60 tys. zł nawiązki.

Prokurator chciał 10 lat więzienia. Wyrok nie jest prawomocny.

(kas), Gazeta Krzewnicka
"""

# partial reuse: a different, related story lifting two paragraphs (MISC7_P2, MISC7_P3) verbatim from misc_7
H["pl_reuse_partial_misc7"] = f"""Rekordowy rok w odzyskiwaniu zagrabionych dzieł sztuki

Do Polski wróciło w tym roku 47 dzieł sztuki i zabytków utraconych w czasie II wojny światowej lub skradzionych z polskich kolekcji po wojnie. To najwięcej od początku prowadzenia rejestru – poinformowało w piątek Ministerstwo Kultury i Dziedzictwa Narodowego.

Wśród odzyskanych obiektów są obrazy, rzeźby, starodruki i elementy wyposażenia kościołów. Najwięcej z nich wróciło z Niemiec, Austrii i Stanów Zjednoczonych. Ministerstwo prowadzi obecnie ponad 120 postępowań restytucyjnych.

Jednym z najgłośniejszych przypadków był zwrot obrazu do Muzeum Okręgowego w Radomierzu. {MISC7_P2}

{MISC7_P3}

„Coraz więcej domów aukcyjnych sprawdza pochodzenie obiektów w bazach utraconych dóbr, zanim wystawi je na sprzedaż. To bardzo ułatwia nam pracę” – powiedział wiceminister kultury Paweł Górski. Baza dzieł utraconych liczy obecnie ponad 66 tys. pozycji.

Kinga Rutkowska (PAP)

kru/ mok/
"""
