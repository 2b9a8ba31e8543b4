# -*- coding: utf-8 -*-
"""Italian (ANSA style) FORMULA items for feeds8: allerta_*, lotto_*, sciopero_*, incidente_*, sentenza_*.
Each item reports its own event; the wording comes from one template per family."""
def J(title, paras):
    return title + "\n\n" + "\n\n".join(p.strip() for p in paras if p and p.strip()) + "\n\n(ANSA).\n"
ITEMS = {}
FAMILIES = {}

# ---- allerta: Protezione civile weather alerts (site sentence and 112 repeat) ----
al = [
 dict(n=1, d="14", dom="martedì 15 dicembre", title="Maltempo: allerta arancione in Liguria e Toscana, gialla in altre sei regioni",
      pert="Una perturbazione di origine atlantica", eff="piogge intense e temporali sulle regioni tirreniche centro-settentrionali, con venti forti di libeccio sulle coste",
      det="precipitazioni diffuse, anche a carattere di rovescio o temporale, su Liguria e Toscana, in particolare sui settori settentrionali, con quantitativi cumulati da moderati a elevati, fino a 120 millimetri nelle 24 ore",
      ar="rischio idrogeologico e idraulico su gran parte della Liguria e sui bacini settentrionali della Toscana",
      gi="Emilia-Romagna, Lazio, Umbria, Piemonte, Lombardia e Veneto"),
 dict(n=2, d="15", dom="mercoledì 16 dicembre", title="Maltempo: neve fino in pianura al Nord, allerta arancione in Piemonte",
      pert="L'arrivo di aria fredda dai Balcani", eff="un deciso calo delle temperature e nevicate fino a quote di pianura su Piemonte, Lombardia ed Emilia-Romagna",
      det="nevicate dai 200-400 metri su Piemonte e Lombardia, con apporti al suolo da moderati ad abbondanti, fino a 30 centimetri sui settori appenninici, e gelate diffuse nelle ore notturne",
      ar="neve e rischio idrogeologico per temporali sui settori meridionali del Piemonte",
      gi="Lombardia, Emilia-Romagna, Valle d'Aosta e Liguria"),
 dict(n=3, d="16", dom="giovedì 17 dicembre", title="Maltempo: allerta arancione in Calabria e Sicilia, gialla in Campania e Basilicata",
      pert="Un vortice di bassa pressione in risalita dal Nord Africa", eff="piogge intense e temporali al Sud e sulle Isole maggiori, con venti forti di scirocco e mareggiate lungo le coste esposte",
      det="precipitazioni sparse, anche a carattere di forte rovescio o temporale, su Calabria e Sicilia, specie sui settori ionici, con quantitativi cumulati fino a 150 millimetri nelle 24 ore",
      ar="rischio idrogeologico sui settori ionici della Calabria e su quelli orientali della Sicilia",
      gi="Campania, Basilicata, Puglia e Sardegna"),
 dict(n=4, d="18", dom="sabato 19 dicembre", title="Maltempo: allerta arancione per vento in Sardegna, gialla in altre cinque regioni",
      pert="Un intenso flusso di correnti nord-occidentali", eff="venti di burrasca su gran parte del Centro-Sud e sulla Sardegna, con mareggiate e un nuovo calo delle temperature",
      det="venti da forti a burrasca dai quadranti occidentali, con raffiche fino a 100 chilometri orari sulla Sardegna e sulle coste tirreniche, e mari agitati o molto agitati",
      ar="vento e mareggiate sui settori settentrionali e occidentali della Sardegna",
      gi="Lazio, Campania, Toscana, Calabria e Sicilia"),
 dict(n=5, d="19", dom="domenica 20 dicembre", title="Maltempo: allerta arancione in Veneto e Friuli Venezia Giulia per piogge e neve",
      pert="Una nuova perturbazione in arrivo dalla Francia", eff="piogge diffuse al Nord-Est e nevicate abbondanti sulle Alpi orientali, con un rialzo dello zero termico",
      det="precipitazioni diffuse su Veneto e Friuli Venezia Giulia, con quantitativi cumulati elevati sui settori prealpini, fino a 130 millimetri nelle 24 ore, e nevicate al di sopra dei 1.200-1.400 metri",
      ar="rischio idrogeologico e valanghe sui settori prealpini e alpini di Veneto e Friuli Venezia Giulia",
      gi="Trentino-Alto Adige, Lombardia ed Emilia-Romagna"),
]
for x in al:
    p1 = (f"(ANSA) - ROMA, {x['d']} DIC - {x['pert']} porterà da domani, {x['dom']}, {x['eff']}. "
          f"Il Dipartimento della Protezione civile, d'intesa con le regioni coinvolte, ha emesso un avviso di condizioni meteorologiche avverse "
          f"che prevede dalle prime ore di domani {x['det']}.")
    p2 = f"Per la giornata di domani è stata valutata allerta arancione per {x['ar']}. Allerta gialla su {x['gi']}."
    p3 = ("Il quadro meteorologico e delle criticità previste sull'Italia è aggiornato quotidianamente sul sito del Dipartimento (www.protezionecivile.gov.it), "
          "dove sono consultabili anche le norme di comportamento da seguire in caso di maltempo. In caso di emergenza il numero da chiamare è il 112.")
    ITEMS[f"it_allerta_{x['n']}"] = J(x['title'], [p1, p2, p3])

# ---- lotto: SuperEnalotto draws (last '6' sentence repeats) ----
lt = [
 dict(n=1, d="15", conc="199", title="SuperEnalotto: nessun 6, il jackpot sale a 71,8 milioni", jack="71,8", n5="3", q5="38.417,22",
      comb="7, 19, 33, 48, 61, 85", j="26", ss="54", n4="412", q4="306,15", n3="17.930", q3="29,84", n2="281.466", q2="5,62",
      w5="Uno dei '5' è stato centrato a Fidenza, in provincia di Parma, con una schedina da due euro."),
 dict(n=2, d="17", conc="200", title="SuperEnalotto: nessun 6 né 5+1, jackpot a 73,1 milioni", jack="73,1", n5="5", q5="22.904,67",
      comb="3, 14, 27, 50, 66, 79", j="41", ss="8", n4="498", q4="268,30", n3="19.805", q3="27,41", n2="297.120", q2="5,38",
      w5="Due dei '5' sono stati realizzati in Campania, a Caserta e a Pozzuoli, in provincia di Napoli."),
 dict(n=3, d="18", conc="201", title="SuperEnalotto: centrato un 5+1 da 574 mila euro, il jackpot sale a 74,3 milioni", jack="74,3", n5="4", q5="27.618,09",
      comb="11, 22, 35, 44, 70, 88", j="57", ss="31", n4="377", q4="329,72", n3="16.442", q3="31,06", n2="268.913", q2="5,71",
      w5="Il '5+1' da 574.306,40 euro è stato centrato a Roccalta, in una ricevitoria di via Garibaldi, con una giocata da quattro euro."),
 dict(n=4, d="19", conc="202", title="SuperEnalotto: nessun 6, il jackpot vola a 75,9 milioni", jack="75,9", n5="6", q5="19.355,48",
      comb="5, 16, 39, 52, 67, 90", j="12", ss="73", n4="531", q4="247,93", n3="21.078", q3="25,90", n2="309.854", q2="5,21",
      w5="Tre dei '5' sono stati giocati in Lombardia, a Bergamo, Brescia e Varese."),
]
for x in lt:
    if x['n'] == 3:
        p1 = (f"(ANSA) - ROMA, {x['d']} DIC - Nessun '6' al concorso n.{x['conc']} del SuperEnalotto di oggi, ma centrato un '5+1'. "
              f"Realizzati anche {x['n5']} '5' che vincono {x['q5']} euro ciascuno. Il jackpot per il prossimo concorso sale a {x['jack']} milioni di euro.")
    else:
        p1 = (f"(ANSA) - ROMA, {x['d']} DIC - Nessun '6' né '5+1' al concorso n.{x['conc']} del SuperEnalotto di oggi. "
              f"Centrati {x['n5']} '5' che vincono {x['q5']} euro ciascuno. Il jackpot per il prossimo concorso sale a {x['jack']} milioni di euro.")
    p2 = f"La combinazione vincente è: {x['comb']}. Numero Jolly: {x['j']}. Numero SuperStar: {x['ss']}."
    p3 = f"Queste le quote: ai {x['n4']} punti 4 vanno {x['q4']} euro; ai {x['n3']} punti 3 {x['q3']} euro; ai {x['n2']} punti 2 {x['q2']} euro. {x['w5']}"
    p4 = "L'ultimo '6' è stato centrato il 3 febbraio 2026 a Monza, con una vincita di 88,6 milioni di euro."
    ITEMS[f"it_lotto_{x['n']}"] = J(x['title'], [p1, p2, p3, p4])

# ---- sciopero: local public transport strikes ----
sc = [
 dict(n=1, city="ROCCALTA", d="14", when="Venerdì 18 dicembre", cityn="Roccalta", hours="24 ore", comp="Amr, l'azienda della mobilità di Roccalta,",
      un="Filt Cgil, Fit Cisl e Uiltrasporti", title="Trasporti: venerdì 18 sciopero di 24 ore di bus e tram a Roccalta",
      why="ci sono la mancata applicazione dell'accordo integrativo firmato nel 2024 e la carenza di circa 60 autisti, che secondo i sindacati costringe il personale a turni di straordinario continui",
      fasce="dall'inizio del servizio alle 8.30 e dalle 17 alle 20", extra="Resteranno chiuse le biglietterie di piazza Cavour e della stazione centrale."),
 dict(n=2, city="VALDIMONTE", d="15", when="Lunedì 21 dicembre", cityn="Valdimonte", hours="4 ore, dalle 10 alle 14,", comp="Trasporti Valdimontani spa, che gestisce le linee urbane ed extraurbane,",
      un="Usb e Faisa Confail", title="Trasporti: lunedì 21 sciopero di quattro ore dei bus a Valdimonte",
      why="ci sono le aggressioni al personale viaggiante, 23 dall'inizio dell'anno, e la richiesta di vigilanza a bordo sulle linee serali",
      fasce="poiché lo stop cade fuori dalle fasce orarie di garanzia, potrebbero non essere effettuate tutte le corse previste in quella fascia", extra="Le linee scolastiche sono comunque garantite."),
 dict(n=3, city="SAN FERMO AL PIANO", d="16", when="Venerdì 18 dicembre", cityn="San Fermo al Piano", hours="8 ore, dalle 9 alle 17,", comp="Ferrovie del Pian Fermano, che gestiscono la linea regionale per Roccalta,",
      un="Orsa Ferrovie", title="Trasporti: venerdì sciopero di otto ore sulla ferrovia San Fermo-Roccalta",
      why="ci sono il piano di esternalizzazione della manutenzione dei treni e i ritardi nel rinnovo del contratto aziendale, scaduto da due anni",
      fasce="dalle 6 alle 9 e dalle 18 alle 21", extra="Saranno attivati bus sostitutivi solo per le corse tra San Fermo al Piano e Casalfiore."),
 dict(n=4, city="TORRE ALBANA", d="17", when="Martedì 22 dicembre", cityn="Torre Albana", hours="24 ore", comp="Tam, il trasporto pubblico di Torre Albana,",
      un="Filt Cgil e Ugl Autoferrotranvieri", title="Trasporti: martedì 22 sciopero di 24 ore della Tam a Torre Albana",
      why="c'è la decisione del Comune di affidare a un'azienda privata cinque linee periferiche dal prossimo anno, che secondo i sindacati mette a rischio 40 posti di lavoro",
      fasce="dalle 5.30 alle 8.30 e dalle 17.30 alle 20.30", extra="La navetta per l'ospedale, affidata a una cooperativa, funzionerà regolarmente."),
]
for x in sc:
    p1 = (f"(ANSA) - {x['city']}, {x['d']} DIC - {x['when']} sarà una giornata difficile per chi si sposta con i mezzi pubblici a {x['cityn']}: "
          f"i sindacati {x['un']} hanno proclamato uno sciopero di {x['hours']} del personale di {x['comp']}")
    p1 = p1.rstrip(",") + "."
    p2 = f"Alla base della protesta, spiegano i sindacati in una nota, {x['why']}."
    p3 = (f"Durante lo sciopero saranno garantite le corse nelle fasce di tutela, {x['fasce']}. {x['extra']}"
          if not x['fasce'].startswith("poiché") else f"Durante lo sciopero, {x['fasce']}. {x['extra']}")
    p4 = "L'azienda invita gli utenti a consultare il sito internet e l'app ufficiale per gli aggiornamenti in tempo reale sul servizio."
    ITEMS[f"it_sciopero_{x['n']}"] = J(x['title'], [p1, p2, p3, p4])

# ---- incidente: fatal road accidents (118 repeats) ----
ic = [
 dict(n=1, city="ROCCALTA", d="14", age="34", sex="m", frm="Casalfiore", when="nella notte", road="strada provinciale 21", com="Valdimonte",
      title="Incidente stradale nel Roccaltese, muore un 34enne",
      dyn="l'uomo, che viaggiava da solo a bordo della sua utilitaria, ha perso il controllo del mezzo in curva, forse a causa dell'asfalto bagnato, finendo contro un albero",
      help="con un'ambulanza e l'automedica, e i vigili del fuoco, che hanno dovuto estrarre il ferito dalle lamiere", inj="",
      pol="ai carabinieri della compagnia di Valdimonte", v="stanno", clos="La strada è rimasta chiusa per circa tre ore."),
 dict(n=2, city="TORRE ALBANA", d="15", age="19", sex="m", frm="Torre Albana", when="questa mattina", road="statale 148", com="Ponte Lucera",
      title="Scontro tra auto e moto sulla statale, muore un 19enne",
      dyn="il giovane, in sella a una moto di grossa cilindrata, si è scontrato frontalmente con un'auto che proveniva dalla direzione opposta e stava svoltando verso una stazione di servizio",
      help="con l'elisoccorso", inj="Il conducente dell'auto, un 52enne, è stato trasportato in codice giallo all'ospedale di Torre Albana.",
      pol="alla polizia stradale", v="sta", clos="Il traffico è stato deviato per oltre due ore sulla viabilità secondaria."),
 dict(n=3, city="SAN FERMO AL PIANO", d="17", age="78", sex="f", frm="San Fermo al Piano", when="ieri sera", road="via Emilia, alle porte del centro abitato di", com="San Fermo al Piano",
      title="Investita mentre attraversa la strada, muore una 78enne",
      dyn="la donna stava attraversando la strada sulle strisce pedonali quando è stata travolta da un'auto guidata da un 45enne, che si è subito fermato a prestare soccorso",
      help="con un'ambulanza", inj="",
      pol="alla polizia locale", v="sta", clos="Il conducente è stato sottoposto agli accertamenti di rito per alcol e droga."),
 dict(n=4, city="VALDIMONTE", d="19", age="56", sex="m", frm="Roccalta", when="nel primo pomeriggio", road="autostrada A1, nel tratto tra i caselli di Valdimonte e Ponte Lucera,", com="Valdimonte",
      title="Tamponamento tra mezzi pesanti in A1, muore un camionista di 56 anni",
      dyn="il tir guidato dall'uomo ha tamponato un altro mezzo pesante fermo in coda per un precedente incidente, in un tratto interessato da lavori",
      help="con l'elisoccorso, e i vigili del fuoco", inj="L'autista dell'altro camion, un 41enne di nazionalità romena, è rimasto lievemente ferito.",
      pol="alla polizia stradale", v="sta", clos="Nel tratto si sono formati fino a nove chilometri di coda in direzione nord."),
]
for x in ic:
    un = "Una" if x['sex'] == "f" else "Un"
    mort = "morta" if x['sex'] == "f" else "morto"
    lei = "la donna" if x['sex'] == "f" else ("il giovane" if x['age'] == "19" else "l'uomo")
    loc = f"sulla {x['road']} {x['com']}" if x['road'].startswith("via") else f"sulla {x['road']} nel territorio di {x['com']}"
    if x['road'].startswith("autostrada"):
        loc = f"sull'{x['road']} nel territorio di {x['com']}"
    p1 = f"(ANSA) - {x['city']}, {x['d']} DIC - {un} {x['age']}enne di {x['frm']} è {mort} {x['when']} in un incidente stradale {loc}."
    p2 = f"Secondo una prima ricostruzione, {x['dyn']}."
    p3 = f"Sul posto sono intervenuti i sanitari del 118, {x['help']}, ma per {lei} non c'è stato nulla da fare. {x['inj']}"
    p4 = f"I rilievi sono stati affidati {x['pol']}, che {x['v']} lavorando per ricostruire l'esatta dinamica. {x['clos']}"
    ITEMS[f"it_incidente_{x['n']}"] = J(x['title'], [p1, p2, p3, p4])

# ---- sentenza: court verdicts (90 days for the reasons repeats) ----
st = [
 dict(n=1, city="ROCCALTA", d="15", court="La Corte d'Assise di Roccalta", who="un 63enne di Torre Albana", imp="imputato", h="cinque", sent="18 anni di reclusione",
      what="l'omicidio del vicino di casa, ucciso con un colpo di fucile al termine di una lite per un parcheggio nel maggio del 2025", title="Uccise il vicino dopo una lite per il parcheggio, condannato a 18 anni",
      facts="Secondo l'accusa, l'uomo aveva sparato al 48enne dal balcone di casa, dopo anni di dissidi per l'uso del cortile comune. La vittima era morta sul colpo davanti alla moglie.",
      req="l'ergastolo", dif="La difesa aveva chiesto il riconoscimento della provocazione.",
      extra="Alla moglie e ai due figli della vittima è stata riconosciuta una provvisionale di 200 mila euro."),
 dict(n=2, city="VALDIMONTE", d="16", court="Il tribunale di Valdimonte", who="due fratelli di 27 e 31 anni", imp="imputati", h="tre", sent="5 anni e 4 mesi di reclusione ciascuno",
      what="una serie di truffe ad anziani con la tecnica del finto carabiniere, commesse tra il 2024 e il 2025 in tutta la provincia", title="Truffe agli anziani con il finto carabiniere, condannati due fratelli",
      facts="Secondo le indagini, i due telefonavano alle vittime spacciandosi per militari e chiedendo denaro e gioielli per evitare l'arresto di un familiare. Le persone raggirate sono 22, per un bottino complessivo di circa 190 mila euro.",
      req="6 anni", dif="I difensori avevano chiesto l'assoluzione per uno dei due fratelli.",
      extra="I giudici hanno disposto anche la confisca di un appartamento e di due auto intestate ai fratelli."),
 dict(n=3, city="CASALFIORE", d="17", court="Il tribunale di Casalfiore", who="l'ex amministratore di un'azienda di mobili del distretto, un 58enne", imp="imputato", h="due", sent="3 anni e 6 mesi di reclusione",
      what="bancarotta fraudolenta, per aver svuotato le casse della società prima del fallimento, dichiarato nel 2023", title="Bancarotta di un mobilificio, condannato l'ex amministratore",
      facts="Secondo la procura, l'imprenditore aveva trasferito macchinari e commesse a una nuova società intestata alla compagna, lasciando debiti per oltre 4 milioni di euro e 37 dipendenti senza stipendio.",
      req="4 anni e 2 mesi", dif="L'avvocato dell'imputato ha parlato di \"sentenza ingiusta\".",
      extra="Per l'imputato è scattata anche l'inabilitazione all'esercizio di un'impresa commerciale per 10 anni."),
 dict(n=4, city="PONTE LUCERA", d="18", court="Il gup di Ponte Lucera, con rito abbreviato,", who="un 24enne", imp="imputato", h="quattro", sent="7 anni e 8 mesi di reclusione",
      what="detenzione ai fini di spaccio di oltre 11 chili di cocaina, trovati nel doppiofondo della sua auto durante un controllo nel marzo scorso", title="Undici chili di cocaina nel doppiofondo dell'auto, condannato 24enne",
      facts="Il giovane era stato fermato dalla guardia di finanza al casello dell'A1. Secondo gli investigatori, la droga, che avrebbe fruttato oltre un milione di euro, era destinata alle piazze di spaccio della provincia.",
      req="9 anni", dif="La difesa ha sostenuto che il giovane fosse un semplice corriere, all'oscuro della quantità trasportata.",
      extra="Il giudice ha disposto la confisca dell'auto e di 14 mila euro in contanti."),
]
for x in st:
    p1 = (f"(ANSA) - {x['city']}, {x['d']} DIC - {x['court']} ha condannato a {x['sent']} {x['who']}, {x['imp']} per {x['what']}. "
          f"La sentenza è stata letta in aula dopo {x['h']} ore di camera di consiglio.")
    p2 = x['facts']
    p3 = f"Il pm aveva chiesto {x['req']}. {x['dif']}"
    p4 = (f"{x['extra']} Le motivazioni della sentenza saranno depositate entro 90 giorni. "
          f"Contro la decisione le parti potranno ricorrere in appello.")
    ITEMS[f"it_sentenza_{x['n']}"] = J(x['title'], [p1, p2, p3, p4])

for k in ITEMS:
    FAMILIES.setdefault(k.rsplit("_", 1)[0], []).append(k)
