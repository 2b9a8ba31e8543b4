# -*- coding: utf-8 -*-
"""Hand-written Swahili (KNA style) items: stand-alone misc_*, same-topic pair topic_1/2, same-event pair
event_1/2 (KNA and Taifa Leo-style outlet, written independently), the two rewrites and the partial reuse."""
H = {}

H["sw_misc_1"] = """Hospitali ya Rufaa ya Ngarimu yapata chumba cha wagonjwa mahututi

Ngarimu, Desemba 14 (KNA) – Wagonjwa wanaohitaji huduma za dharura katika Kaunti ya Nyeri hawatalazimika tena kusafiri hadi Nairobi baada ya Hospitali ya Rufaa ya Ngarimu kufungua chumba cha wagonjwa mahututi (ICU) chenye vitanda 12.

Chumba hicho kimejengwa na kuwekewa vifaa kwa gharama ya Sh84 milioni, fedha zilizotolewa na serikali ya kaunti kwa ushirikiano na Wizara ya Afya. Kina mashine 12 za kusaidia kupumua, mashine mbili za kusafisha damu na mfumo wa oksijeni unaojitegemea.

Akizungumza wakati wa uzinduzi, Gavana wa kaunti hiyo alisema: "Kwa miaka mingi tumepoteza wagonjwa njiani wakipelekwa Nairobi. Leo tunafunga ukurasa huo."

Afisa Mkuu wa Afya wa kaunti, Dkt. Ruth Wanjiku Gathoni, alisema madaktari wanne na wauguzi 28 wamepewa mafunzo maalum ya kuhudumia wagonjwa mahututi.
"""

H["sw_misc_2"] = """Wakulima wa Bondeni Juu watarajia mavuno ya mahindi ya magunia milioni 1.2

Bondeni Juu, Desemba 14 (KNA) – Wakulima wa mahindi katika eneo la Bondeni Juu, Kaunti ya Nakuru, wanatarajia kuvuna takriban magunia milioni 1.2 ya kilo 90 msimu huu, ongezeko la asilimia 20 ikilinganishwa na mwaka uliopita.

Afisa wa kilimo wa eneo hilo, Bw. Joseph Kipchumba Sang, alisema mavuno hayo mazuri yametokana na mvua ya kutosha na mbolea ya bei nafuu iliyosambazwa na serikali kwa wakulima zaidi ya 18,000.

Hata hivyo, wakulima wamelalamikia bei ya chini inayotolewa na mawakala, ya Sh2,800 kwa gunia, huku Bodi ya Nafaka na Mazao (NCPB) ikinunua kwa Sh3,500. "Tunaomba NCPB ifungue vituo zaidi vya kununua mahindi karibu na mashamba yetu," alisema mkulima Bi. Esther Jepkosgei.

Bw. Sang aliwashauri wakulima kukausha mahindi vizuri ili kuepuka sumu ya kuvu.
"""

H["sw_misc_3"] = """Visukuku vya tembo wa kale vyagunduliwa kaskazini mwa Kenya

Lodwar, Desemba 15 (KNA) – Watafiti wa Makavazi ya Kitaifa ya Kenya (NMK) wamegundua visukuku vya tembo wa kale anayekadiriwa kuishi miaka milioni 3.5 iliyopita katika eneo la Nakwamoru, Kaunti ya Turkana.

Kwa mujibu wa kiongozi wa utafiti huo, Dkt. Mary Akinyi Odera, mifupa hiyo, ikiwemo fuvu kamili na meno mawili makubwa yenye urefu wa mita 2.4, ilipatikana baada ya mvua kubwa kumomonyoa udongo wa mto mkavu mwezi Oktoba.

"Ni nadra kupata fuvu kamili la umri huu. Litatusaidia kuelewa jinsi tembo walivyobadilika kadri hali ya hewa ya eneo hili ilivyobadilika," alisema Dkt. Odera.

Timu ya watafiti 14 imekuwa ikichimbua eneo hilo kwa wiki sita. Visukuku hivyo vitasafirishwa hadi Nairobi kwa uchunguzi zaidi kabla ya kuonyeshwa katika makavazi mwaka ujao.
"""

H["sw_misc_4"] = """Wakulima wa chai wa Ngarimu kupokea bonasi ya Sh2.1 bilioni

Ngarimu, Desemba 15 (KNA) – Zaidi ya wakulima 42,000 wa chai wanaowasilisha majani yao kwa viwanda vitano vya eneo la Ngarimu watapokea jumla ya Sh2.1 bilioni kama malipo ya ziada, maarufu kama bonasi, kabla ya Krismasi.

Mwenyekiti wa kiwanda cha chai cha Gathuthi, Bw. Francis Ndirangu, alisema wakulima watalipwa kati ya Sh24 na Sh31 kwa kila kilo waliyowasilisha mwaka huu, kulingana na bei iliyopatikana katika mnada wa Mombasa.

"Hii ni habari njema kwa familia zetu. Bei imeimarika baada ya kuanza kuuza chai yetu moja kwa moja kwa wanunuzi wa nje," alisema Bi. Jane Wangui, mkulima wa kijiji cha Kiandu.

Fedha hizo zitaanza kuingia katika akaunti za wakulima kupitia benki na huduma za simu kuanzia Desemba 21.
"""

H["sw_misc_5"] = """Kituo cha Huduma chafunguliwa Tawalia

Tawalia, Desemba 16 (KNA) – Wakazi wa Tawalia na vijiji jirani sasa wanaweza kupata huduma za serikali kama usajili wa vitambulisho, vyeti vya kuzaliwa na leseni za biashara karibu na nyumbani baada ya kufunguliwa kwa Kituo cha Huduma mjini humo.

Kituo hicho kina madirisha 22 ya kutolea huduma kutoka idara 14 za serikali, zikiwemo Mamlaka ya Ushuru ya Kenya (KRA), Hazina ya Taifa ya Bima ya Afya na idara ya usajili wa watu.

Msimamizi wa kituo hicho, Bi. Zuhura Mohamed Athman, alisema kinatarajiwa kuhudumia zaidi ya watu 600 kila siku. "Wakazi walikuwa wakisafiri kilomita 70 hadi Kilifi kupata huduma hizi," alisema.

Kituo kitafunguliwa kuanzia saa mbili asubuhi hadi saa kumi na moja jioni, Jumatatu hadi Ijumaa, na Jumamosi hadi saa saba mchana.
"""

MISC6_P2 = ("Daraja hilo lenye urefu wa mita 120 limejengwa na Mamlaka ya Barabara za Mashambani (KeRRA) kwa gharama ya Sh420 milioni. "
            "Linaunganisha kata za Mwarakaya na Kibarani, ambazo zimekuwa zikitenganishwa na mto huo kila msimu wa mvua.")
MISC6_P3 = ("Kabla ya ujenzi wake, wakazi walilazimika kuvuka mto kwa mitumbwi au kutembea kilomita 35 kupitia daraja la Tawalia. "
            "Wanafunzi wa shule nne za eneo hilo walikosa masomo kwa wiki kadhaa kila mwaka mto ulipofurika.")
H["sw_misc_6"] = f"""Daraja la Mto Tawa lafunguliwa rasmi, kufungua vijiji vya Mwarakaya

Tawalia, Desemba 16 (KNA) – Wakazi wa vijiji vya Mwarakaya, Kaunti ya Kilifi, wamesherehekea kufunguliwa rasmi kwa daraja jipya juu ya Mto Tawa, ambalo limemaliza miaka mingi ya kutengwa wakati wa mvua.

{MISC6_P2}

{MISC6_P3}

"Tumekuwa tukipoteza watu wetu mtoni. Leo ni siku ya furaha kwa kila mzazi wa Mwarakaya," alisema mzee wa kijiji, Bw. Kazungu Charo, wakati wa sherehe ya ufunguzi.
"""

H["sw_misc_7"] = """Miche 500,000 kupandwa Kamuthe katika kampeni ya upanzi wa miti

Kamuthe, Desemba 17 (KNA) – Zaidi ya miche 500,000 ya miti itapandwa katika Kaunti ndogo ya Kamuthe msimu huu wa mvua, kama sehemu ya kampeni ya kitaifa ya kupanda miti bilioni 15 ifikapo mwaka 2032.

Mhifadhi wa misitu wa eneo hilo, Bi. Agnes Mwende Musyoka, alisema miche hiyo, ikiwemo miembe, mikorosho na miti ya asili kama mibuyu na mivule, itasambazwa bila malipo kwa shule, makanisa na vikundi vya vijana.

"Tunataka kila mwanafunzi apande mti wake na kuutunza hadi amalize shule," alisema Bi. Musyoka wakati wa kuzindua kampeni hiyo katika Shule ya Msingi ya Muvuti, ambapo wanafunzi walipanda miche 2,000.

Eneo la Kamuthe lina kiwango cha misitu cha asilimia 6 pekee, chini ya lengo la kitaifa la asilimia 30.
"""

H["sw_misc_8"] = """Waendeshaji bodaboda 800 wapewa mafunzo ya usalama barabarani Kamuthe

Kamuthe, Desemba 17 (KNA) – Jumla ya waendeshaji pikipiki za bodaboda 800 katika mji wa Kamuthe wamekamilisha mafunzo ya wiki mbili kuhusu usalama barabarani na huduma ya kwanza, yaliyoandaliwa na Mamlaka ya Kitaifa ya Uchukuzi na Usalama (NTSA).

Kila mmoja wao alipewa kofia ngumu mpya, jaketi inayong'aa na cheti kitakachomwezesha kupata leseni ya kuendesha pikipiki kwa bei nafuu.

Kamanda wa trafiki wa eneo hilo, Bw. Benson Kilonzo, alisema ajali za bodaboda zimechangia zaidi ya nusu ya vifo 46 vilivyotokana na ajali za barabarani katika kaunti ndogo hiyo mwaka huu. "Wengi wanaendesha bila leseni wala kofia. Tunataka kubadilisha hali hiyo," alisema.

Mwenyekiti wa chama cha waendeshaji bodaboda, Bw. Stephen Muli, aliwataka wenzake kuheshimu sheria za barabarani.
"""

H["sw_misc_9"] = """Bwawa la Sh96 milioni kumaliza uhaba wa maji Kamuthe

Kamuthe, Desemba 18 (KNA) – Zaidi ya familia 9,000 katika vijiji vya Kyeni na Muvuti, Kaunti ya Machakos, zitanufaika na bwawa jipya lenye uwezo wa kuhifadhi mita za ujazo 250,000 za maji, lililokamilika wiki hii.

Bwawa hilo limejengwa kwa gharama ya Sh96 milioni na serikali ya kitaifa kwa ushirikiano na shirika lisilo la kiserikali. Maji yake yatatumika kwa matumizi ya nyumbani, mifugo na kilimo cha unyunyiziaji kwa wakulima wadogo 600.

"Akina mama walikuwa wakitembea hadi kilomita 10 kutafuta maji wakati wa kiangazi. Sasa watapata muda wa kufanya shughuli nyingine," alisema Afisa wa Maji wa Kaunti, Bw. Jackson Mutiso.

Kamati ya wakazi imeundwa kusimamia bwawa hilo na kukusanya ada ndogo ya matengenezo.
"""

H["sw_misc_10"] = """Tamasha la Utamaduni wa Wamijikenda laanza Tawalia

Tawalia, Desemba 18 (KNA) – Tamasha la siku tatu la utamaduni wa jamii ya Wamijikenda limeanza katika uwanja wa Bomani, Tawalia, likiwavutia wageni zaidi ya 5,000 kutoka ndani na nje ya nchi.

Vikundi 32 vya ngoma za kitamaduni, wakiwemo wachezaji wa ngoma ya Gonda na Chechemko, vinashiriki, pamoja na maonyesho ya vyakula vya asili, vifaa vya kitamaduni na hadithi za wazee.

Waziri wa Utamaduni wa kaunti, Bi. Kadzo Mwaringa, alisema tamasha hilo linalenga kurithisha vijana mila na desturi za jamii hiyo. "Utamaduni wetu ni utambulisho wetu. Tusipoufundisha watoto wetu, utapotea," alisema.

Tamasha hilo litafungwa Jumapili kwa sherehe ya kuwatuza wazee waliochangia kuhifadhi lugha na historia ya jamii.
"""

H["sw_misc_11"] = """Mwanariadha wa Bondeni Juu ashinda Nusu Marathoni ya Ngarimu

Ngarimu, Desemba 19 (KNA) – Mwanariadha chipukizi kutoka Bondeni Juu, Kevin Kiprotich Bett, ameshinda mbio za Nusu Marathoni ya Ngarimu kwa muda wa saa 1 dakika 1 na sekunde 12, rekodi mpya ya mashindano hayo.

Bett, mwenye umri wa miaka 20, aliongoza kundi la wanariadha 4,500 walioshiriki mbio hizo za kilomita 21 zilizoanzia katika uwanja wa Kamukunji. Kwa upande wa wanawake, Mercy Chebet Kosgei alishinda kwa saa 1 dakika 9 na sekunde 40.

"Nilifanya mazoezi kwa miezi mitano milimani. Nashukuru kocha wangu na familia yangu," alisema Bett, aliyetuzwa Sh500,000.

Waandalizi walisema sehemu ya mapato ya mbio hizo itatumika kujenga wodi ya watoto katika Hospitali ya Rufaa ya Ngarimu.
"""

H["sw_misc_12"] = """Chama cha ushirika chapata kifaa cha kupoza maziwa cha lita 10,000

Ngarimu, Desemba 19 (KNA) – Wafugaji wa ng'ombe wa maziwa katika eneo la Ruthagati, Kaunti ya Nyeri, wamepata afueni baada ya chama chao cha ushirika kupokea kifaa cha kupoza maziwa chenye uwezo wa lita 10,000.

Kifaa hicho cha thamani ya Sh7.5 milioni kimetolewa na serikali ya kaunti kwa ushirikiano na mpango wa kitaifa wa kuimarisha ufugaji. Kitasaidia wafugaji 1,300 kuhifadhi maziwa yao badala ya kuyauza kwa bei ya chini kwa mawakala.

"Tulikuwa tukimwaga maziwa jioni kwa kukosa wanunuzi. Sasa tunaweza kuyahifadhi hadi asubuhi," alisema mwenyekiti wa chama hicho, Bi. Lucy Wairimu.

Chama hicho kinatarajia kuongeza bei kwa wafugaji kutoka Sh45 hadi Sh52 kwa lita mwaka ujao.
"""

H["sw_misc_13"] = """Vikundi vya akina mama Tawalia vyanufaika na mradi wa unyunyiziaji wa sola

Tawalia, Desemba 19 (KNA) – Vikundi 18 vya akina mama katika eneo la Kibarani, Kaunti ya Kilifi, vimepokea pampu za maji zinazotumia nishati ya jua, zitakazowawezesha kulima mboga na matunda mwaka mzima.

Mradi huo wa thamani ya Sh12 milioni, unaofadhiliwa na serikali ya kaunti pamoja na shirika la maendeleo, unahusisha visima vinne, matangi ya maji na mafunzo ya kilimo cha kisasa kwa wanawake 420.

"Tangu tupate pampu hizi, tunavuna sukumawiki na nyanya hata wakati wa kiangazi. Tunalipa karo za watoto bila shida," alisema Bi. Mapenzi Kahindi, mwenyekiti wa kikundi kimoja.

Afisa wa kilimo wa kaunti alisema mradi huo utapanuliwa hadi vijiji vingine kumi mwaka ujao.
"""

H["sw_misc_14"] = """Bibi wa miaka 104 asherehekea Krismasi mapema na vitukuu

Kamuthe, Desemba 20 (KNA) – Bi. Mbithe Nduku, mkazi wa kijiji cha Muvuti anayeaminika kuwa mzee zaidi katika Kaunti ndogo ya Kamuthe, amesherehekea kutimiza miaka 104 pamoja na watoto, wajukuu na vitukuu zaidi ya 90.

Bi. Nduku, aliyezaliwa mwaka 1922 kwa mujibu wa kitambulisho chake, ni mama wa watoto tisa, ambapo sita kati yao bado wako hai. Bado anatembea bila msaada na hushiriki ibada kanisani kila Jumapili.

"Siri yangu ni kula vyakula vya asili, kufanya kazi shambani na kuishi kwa amani na majirani," alisema kwa Kikamba huku akitabasamu.

Familia yake iliandaa sherehe kubwa iliyohudhuriwa na viongozi wa eneo hilo, ambao walimtaja kuwa hazina ya historia ya jamii.
"""

H["sw_misc_15"] = """Maktaba ya kidijitali yafunguliwa kwa wanafunzi wa Bondeni Juu

Bondeni Juu, Desemba 20 (KNA) – Maktaba ya kwanza ya kidijitali katika eneo la Bondeni Juu imefunguliwa, ikiwa na kompyuta 40, vitabu 6,000 na muunganisho wa intaneti wa kasi ya juu.

Maktaba hiyo, iliyojengwa kwa Sh18 milioni na Huduma ya Maktaba ya Kitaifa ya Kenya (KNLS) kwa ushirikiano na serikali ya kaunti, itafunguliwa kila siku ikiwemo wikendi wakati wa likizo ya shule.

"Wanafunzi wetu walikuwa wakisafiri hadi Nakuru kupata vitabu vya marejeleo. Sasa watapata hata vitabu vya kielektroniki bila malipo," alisema mkutubi, Bi. Naomi Chepngetich.

Wanafunzi zaidi ya 300 walijiandikisha katika siku ya kwanza.
"""

H["sw_misc_16"] = """Wafugaji nyuki Kamuthe wavuna kilo 40,000 za asali

Kamuthe, Desemba 20 (KNA) – Wafugaji nyuki katika Kaunti ndogo ya Kamuthe wamevuna zaidi ya kilo 40,000 za asali msimu huu, karibu mara mbili ya mavuno ya mwaka uliopita, kufuatia mvua nzuri iliyoongeza maua.

Afisa wa mifugo wa eneo hilo, Bw. Patrick Wambua, alisema wafugaji 1,100 wamepewa mizinga ya kisasa 3,500 katika miaka miwili iliyopita, na kiwanda kidogo cha kusindika asali kimejengwa mjini Kamuthe.

"Asali inatusaidia sana wakati mahindi yanaponyauka kwa ukame. Kilo moja sasa inauzwa Sh600," alisema mfugaji Bw. Mutua Kyalo.

Wafugaji wameomba msaada wa kupata vyeti vya ubora ili kuuza asali yao katika maduka makubwa.
"""

H["sw_misc_17"] = """Zaidi ya chupa 1,200 za damu zakusanywa Ngarimu

Ngarimu, Desemba 20 (KNA) – Zaidi ya chupa 1,200 za damu zimekusanywa katika kampeni ya siku tano ya uchangiaji damu iliyoandaliwa mjini Ngarimu kabla ya msimu wa sikukuu, ambapo ajali za barabarani huongezeka.

Kampeni hiyo iliendeshwa na Huduma ya Kitaifa ya Kuongeza Damu kwa ushirikiano na vyuo vikuu na makanisa ya eneo hilo. Wanafunzi wa vyuo walichangia karibu nusu ya damu iliyokusanywa.

"Hospitali zetu hukumbwa na uhaba mkubwa wa damu mwezi Desemba. Tunawashukuru wote waliojitokeza," alisema mratibu wa kampeni, Bw. Anthony Mugo.

Wananchi wanaoweza kuchangia damu wametakiwa kutembelea kituo cha kudumu kilichoko katika Hospitali ya Rufaa ya Ngarimu.
"""

# same topic (crocodiles), different events
H["sw_topic_1"] = """Mvuvi ajeruhiwa na mamba katika Mto Tawa

Tawalia, Desemba 15 (KNA) – Mvuvi mmoja wa kijiji cha Kibarani, Kaunti ya Kilifi, anauguza majeraha mabaya katika hospitali ya Tawalia baada ya kushambuliwa na mamba alipokuwa akivua samaki katika Mto Tawa.

Bw. Charo Ngumbao, 46, aliokolewa na wavuvi wenzake waliompiga mamba huyo kwa makasia hadi akamwachilia. Alijeruhiwa vibaya mguu wa kushoto.

Mkuu wa Huduma ya Wanyamapori (KWS) eneo hilo, Bw. Ahmed Omar, alisema maafisa wameweka mitego ya kumnasa mamba huyo. "Tunawaomba wakazi kuepuka kuingia mtoni, hasa wakati wa jioni na usiku," alisema.

Wakazi wamelalamikia ongezeko la mamba mtoni tangu kiwango cha maji kiongezeke.
"""

H["sw_topic_2"] = """KWS yawahamisha mamba watatu kutoka bwawa la Kamuthe

Kamuthe, Desemba 18 (KNA) – Maafisa wa Huduma ya Wanyamapori Kenya (KWS) wamewakamata na kuwahamisha mamba watatu kutoka bwawa moja la kijiji cha Kyeni, Kaunti ya Machakos, baada ya wakazi kulalamika kuwa wamekuwa wakiwala mbuzi wao.

Mamba hao, wakubwa zaidi wakiwa na urefu wa mita 3.2, walinaswa kwa mitego usiku na kusafirishwa hadi Mbuga ya Kitaifa ya Tsavo Mashariki.

"Huenda walifika hapa kupitia mto wakati wa mvua kubwa mwezi uliopita. Tumewahamisha bila kuwadhuru," alisema afisa wa KWS, Bi. Jacinta Mwikali.

Wakazi walisema wamepoteza zaidi ya mbuzi 20 katika kipindi cha wiki tatu.
"""

# same event (building collapse in Ngarimu), KNA and a Taifa Leo-style outlet, written independently
H["sw_event_1"] = """Wawili wafariki jengo likiporomoka mjini Ngarimu

Ngarimu, Desemba 17 (KNA) – Watu wawili wamefariki na wengine 9 kujeruhiwa baada ya jengo la ghorofa nne lililokuwa likijengwa kuporomoka katika mtaa wa Gakanga, mjini Ngarimu, Alhamisi asubuhi.

Kamanda wa Polisi wa Kaunti ya Nyeri, Bw. Richard Mutai, alisema waliofariki ni mafundi John Maina, 27, na Peter Otieno, 35, waliokuwa wakifanya kazi ghorofa ya juu wakati jengo hilo lilipoanguka mwendo wa saa nne asubuhi. Majeruhi walikimbizwa katika Hospitali ya Rufaa ya Ngarimu.

"Shughuli za uokoaji zimekamilika na hatuamini kuna mtu mwingine aliyekwama. Mmiliki wa jengo na mkandarasi wanatafutwa ili kuhojiwa," alisema Bw. Mutai.

Mamlaka ya Kitaifa ya Ujenzi (NCA) imesema itachunguza iwapo jengo hilo lilikuwa na kibali.
"""

H["sw_event_2"] = """'Tulisikia mlio kama radi' – Mashahidi wasimulia jengo lilivyoanguka Gakanga

Na MWANDISHI WETU

WAKAZI wa mtaa wa Gakanga, mjini Ngarimu, bado wamepigwa na butwaa baada ya jengo lililokuwa likijengwa kuanguka jana na kuua mafundi wawili, Peter Otieno (35) na John Maina (27).

Bi. Susan Nyambura, anayeuza mboga karibu na eneo hilo, alisema aliona nguzo za ghorofa ya chini zikipasuka dakika chache kabla ya mkasa. "Tulisikia mlio kama radi, kisha vumbi likafunika kila kitu. Tuliwasikia wengine wakilia chini ya vifusi," alisimulia.

Vijana wa mtaa walianza kuchimba kwa mikono kabla ya wazima moto kufika. Kati ya waliookolewa, watu 9 walipelekwa hospitalini, wawili wakiwa katika hali mahututi.

Fundi mmoja aliyenusurika, Bw. Dennis Kariuki, alidai kuwa mmiliki aliwalazimisha kuongeza ghorofa ya nne ingawa kuta za chini zilikuwa na nyufa. Maafisa wa NCA walifika eneo hilo jana jioni na kufunga majengo mengine mawili jirani.
"""

# close rewrite of misc_3 by another outlet (same facts and figures, reworded, quote verbatim)
H["sw_reuse_rewrite_misc3"] = """Fuvu la tembo wa miaka milioni 3.5 lapatikana Turkana

Na MWANDISHI WETU

FUVU kamili la tembo aliyeishi miaka milioni 3.5 iliyopita limepatikana katika eneo la Nakwamoru, Kaunti ya Turkana, na watafiti wa Makavazi ya Kitaifa ya Kenya.

Mifupa hiyo, pamoja na meno mawili makubwa ya urefu wa mita 2.4, iliibuka wazi baada ya mvua kubwa ya Oktoba kumomonyoa kingo za mto mkavu, alieleza kiongozi wa timu hiyo Dkt. Mary Akinyi Odera.

"Ni nadra kupata fuvu kamili la umri huu. Litatusaidia kuelewa jinsi tembo walivyobadilika kadri hali ya hewa ya eneo hili ilivyobadilika," alisema Dkt. Odera.

Watafiti 14 wamefanya uchimbuzi katika eneo hilo kwa muda wa wiki sita. Baada ya uchunguzi zaidi jijini Nairobi, visukuku hivyo vitaonyeshwa kwa umma katika makavazi mwaka ujao.
"""

# shortened rewrite of ONE formula item (appoint_2)
H["sw_reuse_rewrite_appoint2"] = """Mwachongo kuongoza CDA

Na MWANDISHI WETU

MHANDISI Abdulrahman Salim Mwachongo ndiye mwenyekiti mpya wa Mamlaka ya Maendeleo ya Pwani (CDA). Uteuzi wake wa miaka mitatu umetangazwa kupitia notisi nambari 16311 katika Gazeti Rasmi la Serikali.

Mwachongo, aliyekuwa mkurugenzi mkuu wa kampuni ya maji ya Tawalia kwa miaka 8 na kusimamia kusambazwa kwa mabomba hadi vijiji 40, anamrithi Bi. Rehema Kahindi Katana. Kazi yake kubwa itakuwa kukamilisha miradi ya mabwawa na unyunyiziaji katika kaunti za Pwani.
"""

# partial reuse: a county infrastructure budget item lifting two paragraphs of misc_6 verbatim
H["sw_reuse_partial_misc6"] = f"""Kaunti ya Kilifi kutumia Sh1.6 bilioni kwa madaraja na barabara za mashambani

Kilifi, Desemba 18 (KNA) – Serikali ya Kaunti ya Kilifi imetenga Sh1.6 bilioni katika bajeti ya ziada kwa ajili ya ujenzi wa madaraja saba na ukarabati wa kilomita 240 za barabara za mashambani katika mwaka huu wa kifedha.

Waziri wa Barabara wa kaunti, Bw. Nelson Kenga, aliwaambia madiwani kuwa mpango huo unaiga mafanikio ya daraja la Mto Tawa lililofunguliwa wiki hii.

{MISC6_P2}

{MISC6_P3}

Bw. Kenga alisema madaraja mengine yatajengwa katika maeneo ya Ganze na Magarini, ambako jamii bado hutengwa na mafuriko. Madiwani waliidhinisha bajeti hiyo bila mabadiliko.
"""
