# -*- coding: utf-8 -*-
"""Swahili (KNA / Kenya News Agency style) FORMULA items for feeds8: power_*, weather_*, court_*, match_*, appoint_*.
Each item reports its own event; the wording comes from one template per family."""
def J(title, paras):
    return title + "\n\n" + "\n\n".join(p.strip() for p in paras if p and p.strip()) + "\n"
ITEMS = {}
FAMILIES = {}

# ---- power: Kenya Power planned interruptions (hours 9 am - 5 pm, 97771 / 0703 070 707 repeat) ----
pw = [
 dict(n=1, town="Ngarimu", d="14", area="mji wa Ngarimu", county="Nyeri", wd="Jumanne", date="15", title="Sehemu za mji wa Ngarimu kukosa umeme Jumanne",
      why="ubadilishaji wa nguzo zilizooza na upanuzi wa laini kuu ya kusambaza umeme", places="Soko la Ngarimu, Mtaa wa Gakanga, Hospitali ya Misheni ya Ngarimu, Shule ya Upili ya Wasichana ya Ngarimu na vijiji vya Kiamwangi na Gitunduti",
      reg="Mlima Kenya Kaskazini", mgr="Bw. Peter Mwangi Kariuki", cust="4,200", extra="Hospitali ya Misheni imeshauriwa kuandaa jenereta yake mapema."),
 dict(n=2, town="Tawalia", d="15", area="mji wa Tawalia na viunga vyake", county="Kilifi", wd="Jumatano", date="16", title="Wakazi wa Tawalia kukosa umeme Jumatano",
      why="uwekaji wa transfoma mpya katika kituo kidogo cha Tawalia", places="Mtaa wa Majengo, Bandari ya Wavuvi, Soko la Samaki, Kijiji cha Mwarakaya na eneo la hoteli la Ufuo wa Tawalia",
      reg="Pwani Kaskazini", mgr="Bi. Mwanajuma Said Bakari", cust="6,850", extra="Wamiliki wa hoteli wameombwa kuwajulisha wageni wao mapema."),
 dict(n=3, town="Ngarimu", d="16", area="viunga vya mji wa Ngarimu", county="Nyeri", wd="Alhamisi", date="17", title="Viunga vya Ngarimu kukosa umeme Alhamisi",
      why="ukarabati wa laini ya msongo wa kati inayopita kando ya barabara ya Ngarimu-Karatina", places="Kiwanda cha Chai cha Gathuthi, kijiji cha Kiandu, Kituo cha Biashara cha Ruthagati, Shule ya Msingi ya Kiandu na mashamba ya kahawa ya Ichamara",
      reg="Mlima Kenya Kaskazini", mgr="Bw. Peter Mwangi Kariuki", cust="3,150", extra="Kiwanda cha Chai cha Gathuthi kimeshauriwa kupanga upya zamu za kusindika majani."),
 dict(n=4, town="Kamuthe", d="17", area="mji wa Kamuthe", county="Machakos", wd="Jumamosi", date="19", title="Mji wa Kamuthe kukosa umeme Jumamosi",
      why="kuunganisha laini mpya ya kusambaza umeme kwa eneo la viwanda la Kamuthe", places="Eneo la Viwanda la Kamuthe, Mtaa wa Kyeni, Soko la Mitumba, Kituo cha Polisi cha Kamuthe na kijiji cha Muvuti",
      reg="Mashariki ya Chini", mgr="Bw. Daniel Musyoka Mutua", cust="5,400", extra="Wenye viwanda vidogo wameshauriwa kupanga kazi zao siku nyingine."),
 dict(n=5, town="Bondeni Juu", d="18", area="Bondeni Juu", county="Nakuru", wd="Jumanne", date="22", title="Wakazi wa Bondeni Juu kukosa umeme Jumanne ijayo",
      why="ukataji wa miti iliyo karibu na nyaya za umeme na ubadilishaji wa vihami vilivyoharibika", places="Kijiji cha Kiptoro, Mtaa wa Mawingu, Chuo cha Mafunzo ya Ufundi cha Bondeni, Soko la Maziwa na mashamba ya maua ya Lelmokwo",
      reg="Bonde la Ufa Kati", mgr="Bi. Faith Chepkoech Kirui", cust="2,780", extra="Wakulima wa maua wamejulishwa ili kuhifadhi maua katika vyumba vya baridi mapema."),
]
for x in pw:
    p1 = (f"{x['town']}, Desemba {x['d']} (KNA) – Wakazi wa maeneo kadhaa ya {x['area']}, Kaunti ya {x['county']}, watakosa huduma ya umeme {x['wd']}, Desemba {x['date']}, "
          f"kati ya saa tatu asubuhi na saa kumi na moja jioni, kampuni ya Kenya Power imetangaza.")
    p2 = f"Kwa mujibu wa tangazo la kampuni hiyo, kukatizwa huko kwa umeme kunalenga kuruhusu {x['why']}. Maeneo yatakayoathirika ni pamoja na {x['places']}."
    p3 = (f"Meneja wa Kenya Power wa eneo la {x['reg']}, {x['mgr']}, amesema takriban wateja {x['cust']} wataathirika na kwamba huduma itarejeshwa mara tu kazi itakapokamilika. "
          f"{x['extra']}")
    p4 = ("Kampuni hiyo imewataka wateja kuchukulia nyaya zote za umeme kuwa na nguvu wakati wote wa kazi hiyo, na kuripoti hitilafu au dharura yoyote "
          "kupitia nambari ya bure 97771 au 0703 070 707.")
    ITEMS[f"sw_power_{x['n']}"] = J(x['title'], [p1, p2, p3, p4])

# ---- weather: Kenya Meteorological Department warnings (24 hours repeat) ----
wt = [
 dict(n=1, town="Mombasa", d="14", title="KMD yatoa tahadhari ya mvua kubwa Pwani", what="mvua kubwa", cnt="kaunti tano za Pwani",
      counties="Mombasa, Kwale, Kilifi, Tana River na Lamu", when="Jumanne hadi Alhamisi", amt="Mvua inayozidi milimita 50 katika kipindi cha saa 24 inatarajiwa katika baadhi ya maeneo, hasa karibu na ufuo wa bahari, ikiambatana na radi.",
      risk="mafuriko ya ghafla katika maeneo ya chini na mitaa yenye mifereji midogo", off="Mkurugenzi wa Idara hiyo, Dkt. Samuel Kimani Ndung'u"),
 dict(n=2, town="Nyeri", d="15", title="Tahadhari ya mvua kubwa yatolewa kwa kaunti za Mlima Kenya", what="mvua kubwa", cnt="kaunti sita za eneo la Mlima Kenya",
      counties="Nyeri, Murang'a, Kirinyaga, Embu, Meru na Tharaka-Nithi", when="Jumatano hadi Ijumaa", amt="Mvua inayozidi milimita 40 katika kipindi cha saa 24 inatarajiwa, hasa katika maeneo ya miinuko, ikiambatana na upepo mkali na mvua ya mawe.",
      risk="maporomoko ya ardhi katika maeneo ya miteremko mikali", off="Afisa Mkuu wa Utabiri katika Idara hiyo, Bi. Grace Wanjiru Muthoni"),
 dict(n=3, town="Marsabit", d="17", title="Upepo mkali watarajiwa kaskazini mwa nchi, KMD yaonya", what="upepo mkali", cnt="kaunti tano za kaskazini na kaskazini mashariki",
      counties="Marsabit, Turkana, Isiolo, Wajir na Mandera", when="Ijumaa hadi Jumapili", amt="Upepo unaovuma kwa kasi ya zaidi ya mita 12 kwa sekunde unatarajiwa katika kipindi cha saa 24 kuanzia Ijumaa asubuhi, hasa katika maeneo tambarare.",
      risk="dhoruba za vumbi zinazoweza kupunguza uwezo wa kuona barabarani", off="Mkurugenzi wa Idara hiyo, Dkt. Samuel Kimani Ndung'u"),
 dict(n=4, town="Kisumu", d="18", title="Mvua kubwa yatarajiwa eneo la Ziwa Victoria, wakazi watahadharishwa", what="mvua kubwa", cnt="kaunti saba za eneo la Ziwa Victoria na Magharibi",
      counties="Kisumu, Homa Bay, Siaya, Migori, Kakamega, Bungoma na Busia", when="Jumamosi hadi Jumatatu", amt="Mvua inayozidi milimita 30 katika kipindi cha saa 24 inatarajiwa, hasa nyakati za alasiri na jioni, ikiambatana na radi.",
      risk="mafuriko katika maeneo ya Nyando na Budalang'i pamoja na mito kufurika", off="Afisa Mkuu wa Utabiri katika Idara hiyo, Bi. Grace Wanjiru Muthoni"),
]
for x in wt:
    p1 = (f"{x['town']}, Desemba {x['d']} (KNA) – Idara ya Utabiri wa Hali ya Hewa nchini (KMD) imetoa tahadhari ya {x['what']} kwa {x['cnt']}, "
          f"yaani {x['counties']}, kuanzia {x['when']}.")
    p2 = f"{x['amt']} Idara hiyo imeonya kuwa hali hiyo huenda ikasababisha {x['risk']}."
    p3 = (f"{x['off']} amewashauri wakazi wa maeneo yaliyo hatarini kuchukua tahadhari na kufuata maelekezo ya maafisa wa serikali. "
          f"Madereva wametakiwa kutovuka mito au madaraja yaliyofurika, na wazazi kuwachunga watoto wao.")
    p4 = "Idara hiyo imesema itaendelea kutoa taarifa za hali ya hewa kila baada ya saa 24 kupitia tovuti yake na mitandao ya kijamii."
    ITEMS[f"sw_weather_{x['n']}"] = J(x['title'], [p1, p2, p3, p4])

# ---- court: magistrate court sentences (14 days to appeal repeats) ----
ct = [
 dict(n=1, town="Kamuthe", d="14", court="Mahakama ya Kamuthe", name="Joseph Mutinda Kioko", age="38", yrs="saba", yn="7",
      off="wizi wa ng'ombe watano wa mkulima mmoja wa kijiji cha Muvuti", title="Mwanamume afungwa miaka 7 kwa wizi wa ng'ombe Kamuthe",
      facts="Mahakama ilielezwa kuwa mshtakiwa aliiba ng'ombe hao usiku wa Agosti 3, 2025 na kuwasafirisha kwa lori hadi soko la mifugo la Kyeni, ambako alikamatwa na maafisa wa polisi akijaribu kuwauza kwa Sh240,000.",
      judge="Hakimu Mkuu Bi. Esther Mwikali Nzioka", say="wizi wa mifugo umekithiri katika eneo hilo na kwamba adhabu kali inahitajika ili kuwa funzo kwa wengine", extra="Ng'ombe hao walirejeshwa kwa mwenyewe."),
 dict(n=2, town="Tawalia", d="15", court="Mahakama ya Tawalia", name="Hamisi Juma Chengo", age="29", yrs="kumi", yn="10",
      off="kusafirisha kilo 60 za bangi zenye thamani ya Sh1.8 milioni", title="Mshukiwa wa kusafirisha bangi afungwa miaka 10 Tawalia",
      facts="Mahakama ilielezwa kuwa mshtakiwa alikamatwa Machi 12, 2026 katika kizuizi cha polisi cha Mwarakaya akiwa ameficha bangi hiyo ndani ya magunia ya makaa katika gari dogo la mizigo.",
      judge="Hakimu Mkuu Bw. Ali Omar Mwachiro", say="ushahidi uliowasilishwa na upande wa mashtaka haukuacha shaka yoyote", extra="Mahakama pia iliamuru gari hilo litaifishwe na serikali."),
 dict(n=3, town="Ngarimu", d="16", court="Mahakama ya Ngarimu", name="Samuel Githinji Maina", age="51", yrs="mitano", yn="5",
      off="kuuza kipande kimoja cha ardhi kwa watu watatu tofauti na kujipatia Sh3.6 milioni kwa njia ya udanganyifu", title="Mfanyabiashara afungwa miaka 5 kwa kuuza shamba moja mara tatu",
      facts="Mahakama ilielezwa kuwa kati ya Januari na Juni 2024, mshtakiwa alitumia hati ghushi za umiliki kuuza ekari mbili za ardhi katika kijiji cha Kiandu, ambayo ilikuwa mali ya marehemu mjomba wake.",
      judge="Hakimu Mkuu Bi. Lucy Wambui Ndegwa", say="mshtakiwa aliwadhulumu walalamishi waliotumia akiba yao yote", extra="Mahakama pia ilimwamuru kuwalipa walalamishi fidia ya Sh3.6 milioni."),
 dict(n=4, town="Bondeni Juu", d="17", court="Mahakama ya Bondeni Juu", name="Wilson Kiprono Rotich", age="44", yrs="mitatu", yn="3",
      off="kukata miti 140 ya asili katika msitu wa Lelmokwo bila kibali na kuchoma makaa", title="Mkazi wa Bondeni Juu afungwa miaka 3 kwa kukata miti ya msitu",
      facts="Mahakama ilielezwa kuwa mshtakiwa alikamatwa na maafisa wa Huduma ya Misitu Kenya (KFS) Mei 18, 2026 akiwa na magunia 85 ya makaa ndani ya msitu huo.",
      judge="Hakimu Mkuu Bw. Kennedy Ochieng' Otieno", say="uharibifu wa misitu unahatarisha vyanzo vya maji vinavyotegemewa na maelfu ya wakazi", extra="Alipewa pia chaguo la kulipa faini ya Sh500,000."),
]
for x in ct:
    p1 = (f"{x['town']}, Desemba {x['d']} (KNA) – {x['court']} imemhukumu {x['name']}, {x['age']}, kifungo cha miaka {x['yrs']} jela "
          f"baada ya kumpata na hatia ya {x['off']}.")
    p2 = x['facts']
    p3 = f"Akitoa hukumu hiyo, {x['judge']} alisema kuwa {x['say']}. {x['extra']}"
    p4 = "Mshtakiwa amepewa siku 14 kukata rufaa iwapo hajaridhika na uamuzi huo."
    ITEMS[f"sw_court_{x['n']}"] = J(x['title'], [p1, p2, p3, p4])

# ---- match: football, Ligi Kuu (fictional clubs), round 14 ----
mt = [
 dict(n=1, town="Ngarimu", d="19", home="Ngarimu Stars", away="Tawalia Sharks", sc="2-1", hs="2", as_="1",
      lead="Ngarimu Stars iliendeleza rekodi yake ya kutoshindwa nyumbani baada ya kuilaza Tawalia Sharks mabao 2-1 katika mechi ya raundi ya 14 ya Ligi Kuu iliyochezwa Jumamosi katika uwanja wa Kamukunji, Ngarimu.",
      goals="Ngarimu Stars: Brian Kamau (dk 23), Eric Wachira (dk 81); Tawalia Sharks: Rashid Mwinyi (dk 55)", cards="Kadi za njano: Eric Wachira (Ngarimu), Salim Baya na Omar Kazungu (Tawalia)",
      club="Ngarimu Stars", pos="tatu", pts="27", coach="Kocha wa Ngarimu Stars, Francis Maina", q="Vijana walionyesha uvumilivu. Tulikosa nafasi nyingi kipindi cha kwanza, lakini tulipata bao la ushindi mwishoni"),
 dict(n=2, town="Kamuthe", d="19", home="Kamuthe United", away="Bondeni FC", sc="0-0", hs="0", as_="0",
      lead="Kamuthe United na Bondeni FC zilitoka sare tasa katika mechi ya raundi ya 14 ya Ligi Kuu iliyochezwa Jumamosi katika uwanja wa Kyeni, Kamuthe, huku wenyeji wakimaliza mchezo wakiwa wachezaji kumi.",
      goals="Hakuna", cards="Kadi nyekundu: Dennis Mutua (Kamuthe, dk 68). Kadi za njano: Kelvin Kipkemboi (Bondeni)",
      club="Kamuthe United", pos="tisa", pts="18", coach="Kocha wa Kamuthe United, Paul Nzomo", q="Tulipambana vizuri hata baada ya kubaki kumi. Sare hii ugenini ingekuwa nzuri, lakini nyumbani tulistahili zaidi"),
 dict(n=3, town="Kisumu", d="20", home="Mto Mawe Rangers", away="Nyali Warriors", sc="1-3", hs="1", as_="3",
      lead="Nyali Warriors iliimarisha uongozi wake kileleni mwa Ligi Kuu baada ya kuichapa Mto Mawe Rangers mabao 3-1 ugenini katika mechi ya raundi ya 14 iliyochezwa Jumapili katika uwanja wa Moi, Kisumu.",
      goals="Mto Mawe Rangers: George Odhiambo (dk 12); Nyali Warriors: Abdallah Hamisi (dk 34, dk 70), Victor Omondi (dk 90+2)", cards="Kadi za njano: George Odhiambo (Mto Mawe), Issa Mwakio (Nyali)",
      club="Nyali Warriors", pos="kwanza", pts="33", coach="Kocha wa Nyali Warriors, Ibrahim Shikanda", q="Abdallah yuko katika kiwango cha juu sana, na kikosi kizima kilicheza kwa nidhamu kipindi cha pili"),
 dict(n=4, town="Tawalia", d="20", home="Mwamba FC", away="Ruiru Youth", sc="4-2", hs="4", as_="2",
      lead="Mwamba FC iliibuka na ushindi wa mabao 4-2 dhidi ya Ruiru Youth katika mechi ya raundi ya 14 ya Ligi Kuu iliyochezwa Jumapili katika uwanja wa Bomani, Tawalia, mshambuliaji Juma Tsuma akifunga mabao matatu.",
      goals="Mwamba FC: Juma Tsuma (dk 9, dk 37, dk 72), Khamis Ngala (dk 86); Ruiru Youth: Patrick Njoroge (dk 18, dk 44)", cards="Kadi za njano: Khamis Ngala (Mwamba), Patrick Njoroge na John Kimani (Ruiru)",
      club="Mwamba FC", pos="sita", pts="22", coach="Kocha wa Mwamba FC, Hassan Chidzuga", q="Tuliongea wakati wa mapumziko na vijana wakarudi uwanjani kwa nguvu mpya. Juma alikuwa nyota wa leo"),
]
for x in mt:
    title = f"Ligi Kuu: {x['home']} {x['sc']} {x['away']}"
    p1 = f"{x['town']}, Desemba {x['d']} (KNA) – {x['lead']}"
    g = "" if x['goals'] == "Hakuna" else f"\nWafungaji: {x['goals']}"
    block = f"Matokeo: {x['home']} {x['hs']}, {x['away']} {x['as_']}{g}\n{x['cards']}"
    tab = (f"Matokeo hayo yanaiweka {x['club']} katika nafasi ya {x['pos']} kwenye jedwali la ligi ikiwa na alama {x['pts']} baada ya mechi 14. "
           f"Ligi hiyo itasimama kwa mapumziko ya sikukuu na kurejea Januari 9.")
    p4 = f"{x['coach']}, alisema: \"{x['q']}.\""
    ITEMS[f"sw_match_{x['n']}"] = J(title, [p1, block, tab, p4])

# ---- appoint: Gazette-notice board appointments (three-year term repeats) ----
ap = [
 dict(n=1, d="14", town="Nairobi", ws="Waziri wa Kilimo na Ustawi wa Mifugo", name="Dkt. Margaret Njeri Wambugu", board="Bodi ya Maziwa ya Kenya (KDB)", gz="16284", wd="Ijumaa",
      pred="Bw. Julius Kiprotich Langat", prof="Dkt. Wambugu ni mtaalamu wa lishe ya mifugo na amewahi kuhudumu kama mhadhiri katika Chuo Kikuu cha Egerton kwa zaidi ya miaka 15, kabla ya kuwa mkurugenzi wa chama cha ushirika cha wafugaji wa ng'ombe wa maziwa cha Ngarimu.",
      title="Dkt. Margaret Wambugu ateuliwa mwenyekiti wa Bodi ya Maziwa", task="kuimarisha bei ya maziwa kwa wakulima na kupanua masoko ya nje"),
 dict(n=2, d="15", town="Nairobi", ws="Waziri wa Maji, Usafi wa Mazingira na Unyunyiziaji", name="Eng. Abdulrahman Salim Mwachongo", board="Mamlaka ya Maendeleo ya Pwani (CDA)", gz="16311", wd="Jumatatu",
      pred="Bi. Rehema Kahindi Katana", prof="Eng. Mwachongo ni mhandisi wa maji aliyehudumu kama mkurugenzi mkuu wa kampuni ya maji ya Tawalia kwa miaka 8, ambapo alisimamia upanuzi wa mabomba kufikia vijiji 40.",
      title="Mhandisi Mwachongo ateuliwa kuongoza Mamlaka ya Maendeleo ya Pwani", task="kukamilisha miradi ya mabwawa na unyunyiziaji inayoendelea katika kaunti za Pwani"),
 dict(n=3, d="16", town="Nairobi", ws="Waziri wa Mazingira, Mabadiliko ya Tabianchi na Misitu", name="Prof. Daniel Kiprop Kosgei", board="Wakala wa Kuhifadhi Vyanzo vya Maji (KWTA)", gz="16347", wd="Jumanne",
      pred="Bi. Alice Nduta Kamau", prof="Prof. Kosgei ni mtaalamu wa ikolojia ya misitu katika Chuo Kikuu cha Moi na amechapisha tafiti nyingi kuhusu uhifadhi wa msitu wa Mau.",
      title="Prof. Kosgei ateuliwa mwenyekiti wa Wakala wa Vyanzo vya Maji", task="kuongeza kasi ya upandaji miti na kulinda vyanzo vya maji dhidi ya uvamizi"),
 dict(n=4, d="18", town="Nairobi", ws="Waziri wa Kilimo na Ustawi wa Mifugo", name="Bi. Catherine Wairimu Gichuki", board="Bodi ya Chai ya Kenya (TBK)", gz="16402", wd="Alhamisi",
      pred="Bw. Stephen Onyango Owino", prof="Bi. Gichuki ni mkulima wa chai na mwanauchumi aliyehudumu kama mkurugenzi wa kiwanda cha chai cha Gathuthi kwa miaka sita.",
      title="Bi. Catherine Gichuki ateuliwa kuongoza Bodi ya Chai", task="kuboresha malipo ya bonasi kwa wakulima wadogo na kuongeza mauzo ya chai iliyosindikwa"),
]
for x in ap:
    p1 = (f"{x['town']}, Desemba {x['d']} (KNA) – {x['ws']} amemteua {x['name']} kuwa mwenyekiti wa {x['board']} kwa kipindi cha miaka mitatu, "
          f"kupitia notisi nambari {x['gz']} iliyochapishwa katika Gazeti Rasmi la Serikali {x['wd']}.")
    p2 = f"{x['name']} anachukua nafasi ya {x['pred']}, ambaye muda wake wa kuhudumu ulikamilika mwezi uliopita."
    p3 = x['prof']
    p4 = (f"Katika notisi hiyo, Waziri amesema uteuzi huo unaanza kutekelezwa mara moja. Mwenyekiti huyo mpya anatarajiwa {x['task']}.")
    ITEMS[f"sw_appoint_{x['n']}"] = J(x['title'], [p1, p2, p3, p4])

for k in ITEMS:
    FAMILIES.setdefault(k.rsplit("_", 1)[0], []).append(k)
