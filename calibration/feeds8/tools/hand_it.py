# -*- coding: utf-8 -*-
"""Hand-written Italian (ANSA style) items: stand-alone misc_*, same-topic pair topic_1/2, same-event pair
event_1/2 (two outlets, written independently), the two rewrites and the partial reuse."""
H = {}

H["it_misc_1"] = """Roccalta, apre il nuovo pronto soccorso: 24 posti e percorsi separati

(ANSA) - ROCCALTA, 14 DIC - È entrato in funzione oggi il nuovo pronto soccorso dell'ospedale Santa Maria della Misericordia di Roccalta, costruito in due anni accanto al vecchio edificio. La struttura, di 3.400 metri quadrati, ha 24 posti di osservazione, il doppio rispetto al passato, e percorsi separati per i pazienti pediatrici e per quelli infettivi.

L'investimento è stato di 21 milioni di euro, in gran parte fondi del Pnrr. Nel nuovo reparto lavoreranno 38 medici e 92 infermieri, con un incremento di 15 unità di personale.

"Negli ultimi anni abbiamo avuto picchi di attesa di oltre dieci ore. Con questi spazi e questo personale l'obiettivo è dimezzarli", ha detto il direttore generale dell'azienda sanitaria, Massimo Ferrante, durante l'inaugurazione alla presenza del presidente della Regione.

Il vecchio pronto soccorso sarà ristrutturato e ospiterà gli ambulatori per i codici minori.

(ANSA).
"""

H["it_misc_2"] = """Valdimonte, scoperta una tomba etrusca intatta con il corredo

(ANSA) - VALDIMONTE, 14 DIC - Una tomba etrusca a camera, ancora sigillata e con il corredo funerario intatto, è stata scoperta nella necropoli di Poggio Cerreto, a Valdimonte, durante una campagna di scavo della Soprintendenza archeologia, belle arti e paesaggio.

All'interno gli archeologi hanno trovato due letti funebri scolpiti nella roccia, vasi in bucchero, una coppa attica a figure rosse e gioielli in oro e ambra. La sepoltura risale alla seconda metà del VI secolo avanti Cristo e apparteneva probabilmente a una coppia di aristocratici.

"Trovare una tomba mai violata dai tombaroli è un evento rarissimo. Ci permetterà di studiare il rituale funerario senza alterazioni", ha spiegato l'archeologa Chiara Benvenuti, che dirige gli scavi.

I reperti saranno restaurati nei laboratori della Soprintendenza e poi esposti nel museo civico di Valdimonte, presumibilmente dall'estate 2027.

(ANSA).
"""

H["it_misc_3"] = """Olio: raccolta in calo del 30% nel Roccaltese, prezzi alle stelle

(ANSA) - ROCCALTA, 15 DIC - La produzione di olio extravergine di oliva nella provincia di Roccalta si chiuderà quest'anno con un calo di circa il 30% rispetto al 2025, a causa della siccità estiva e di una grandinata che a settembre ha colpito gli uliveti collinari. È la stima di Coldiretti Roccalta a campagna quasi conclusa.

Nei frantoi della provincia sono state lavorate finora circa 41 mila tonnellate di olive, con rese medie del 13%. Il prezzo dell'olio al frantoio ha raggiunto i 10,50 euro al litro, contro gli 8 dello scorso anno.

"La qualità è ottima, ma molte aziende piccole non coprono nemmeno i costi. Serve un piano per l'irrigazione di soccorso", ha detto il presidente di Coldiretti Roccalta, Lorenzo Gualtieri.

L'associazione invita i consumatori a diffidare degli oli venduti a prezzi troppo bassi nella grande distribuzione.

(ANSA).
"""

H["it_misc_4"] = """San Fermo, riaprono dopo il restauro gli affreschi barocchi di San Rocco

(ANSA) - SAN FERMO AL PIANO, 15 DIC - Tornano visibili da oggi gli affreschi barocchi della chiesa di San Rocco a San Fermo al Piano, dopo tre anni di restauro. Il ciclo, dipinto tra il 1688 e il 1692 dal pittore bolognese Giovan Battista Alberici, copre la volta e le pareti della navata per circa 520 metri quadrati.

Il restauro, costato 1,4 milioni di euro e finanziato in parte da una fondazione bancaria, ha rimosso lo strato di fumo e le ridipinture ottocentesche, riportando alla luce i colori originali. Durante i lavori è riemersa anche una figura di angelo che era stata coperta da un altare nel Settecento.

"Sotto la fuliggine c'era un cielo che nessuno vedeva da secoli", ha spiegato la restauratrice Francesca Monti, che ha guidato una squadra di otto tecnici.

La chiesa sarà aperta tutti i giorni dalle 9 alle 18. Sabato 19 dicembre è in programma un concerto di musica barocca.

(ANSA).
"""

H["it_misc_5"] = """Torre Albana, 400 figuranti per il presepe vivente più grande della regione

(ANSA) - TORRE ALBANA, 16 DIC - Saranno oltre 400 i figuranti del presepe vivente di Torre Albana, che quest'anno torna nel borgo antico dopo due edizioni ospitate nel parco comunale. Le rappresentazioni si terranno il 26 e 27 dicembre e il 3 e 6 gennaio, dalle 16 alle 20.

Il percorso, lungo un chilometro e mezzo tra vicoli e cantine, comprende 52 scene con antichi mestieri come il fabbro, il cestaio, il casaro e le filatrici. Le scenografie sono state realizzate da un gruppo di artigiani e studenti dell'istituto d'arte.

"È la festa di tutto il paese: ci sono famiglie che partecipano da tre generazioni", ha detto il presidente dell'associazione organizzatrice, Giuseppe Lattanzi.

L'ingresso costa 5 euro ed è gratuito per i bambini sotto i 12 anni. Il Comune ha predisposto navette gratuite dai parcheggi a valle.

(ANSA).
"""

H["it_misc_6"] = """Panettone, un pasticcere di Casalfiore vince il concorso nazionale

(ANSA) - CASALFIORE, 16 DIC - È di un pasticcere di Casalfiore, Davide Sartori, il miglior panettone tradizionale d'Italia per il 2026. Il titolo gli è stato assegnato ieri sera a Milano da una giuria di 14 maestri pasticceri, che ha valutato alla cieca 186 panettoni arrivati da tutte le regioni.

Il lievitato vincitore è preparato con lievito madre rinfrescato tre volte al giorno, burro di centrifuga, canditi di arancia fatti in laboratorio e vaniglia del Madagascar. La lavorazione dura 72 ore.

"Ho iniziato a 16 anni lavando le teglie nella pasticceria di mio zio. Dedico questo premio a lui", ha detto Sartori, 38 anni, che ha aperto il suo laboratorio nel 2017.

Dopo la vittoria gli ordini sono triplicati: la pasticceria ha sospeso le prenotazioni online per poter garantire le consegne entro Natale.

(ANSA).
"""

MISC7_P2 = ("Chiuso nel 2014 per problemi di sicurezza, il teatro ottocentesco da 780 posti è stato oggetto di un restauro complessivo costato 16,5 milioni di euro. "
            "Sono stati consolidati i palchi, rifatti gli impianti e restaurati il sipario storico dipinto e il soffitto della sala, con le allegorie delle arti.")
MISC7_P3 = ("La nuova gestione è affidata a una fondazione partecipata da Comune e Regione, che ha già presentato una stagione di 42 spettacoli tra prosa, lirica e danza. "
            "Gli abbonamenti hanno superato quota 2.100 in tre settimane.")
H["it_misc_7"] = f"""Roccalta, dopo 12 anni riapre il Teatro Comunale

(ANSA) - ROCCALTA, 17 DIC - Dopo dodici anni di chiusura riapre stasera il Teatro Comunale di Roccalta, con un concerto dell'orchestra regionale diretto dal maestro Alberto Cerutti e il pubblico delle grandi occasioni.

{MISC7_P2}

{MISC7_P3}

"Restituiamo alla città il suo salotto. Molti giovani di Roccalta non erano mai entrati in questo teatro", ha detto il sindaco Valerio Gentili.

(ANSA).
"""

H["it_misc_8"] = """Inaugurata la ciclabile del fiume Albana: 27 chilometri da Torre Albana al mare

(ANSA) - TORRE ALBANA, 17 DIC - È stata inaugurata oggi la pista ciclabile del fiume Albana, 27 chilometri che collegano il centro di Torre Albana alla costa seguendo gli argini del fiume. Il percorso attraversa quattro comuni e due aree naturali protette.

L'opera è costata 9,8 milioni di euro. Sono stati costruiti tre ponti ciclopedonali, dieci aree di sosta con fontanelle e colonnine per la ricarica delle bici elettriche, e un tratto di passerella in legno nella zona umida della foce.

"È un'infrastruttura per il turismo ma soprattutto per chi ogni giorno va a scuola o al lavoro in bicicletta", ha sottolineato l'assessora regionale ai trasporti Marta Colombo.

Entro il 2028 la ciclabile sarà collegata alla rete regionale con un nuovo tratto di 14 chilometri verso Ponte Lucera.

(ANSA).
"""

H["it_misc_9"] = """Farmaceutica, investimento da 60 milioni a San Fermo: 150 assunzioni

(ANSA) - SAN FERMO AL PIANO, 17 DIC - Il gruppo farmaceutico Velantis investirà 60 milioni di euro nello stabilimento di San Fermo al Piano per una nuova linea di produzione di farmaci iniettabili, con 150 assunzioni entro il 2028. L'accordo è stato firmato oggi in Regione.

Nello stabilimento lavorano attualmente 420 persone. La nuova linea, che sarà operativa dalla fine del 2027, produrrà farmaci oncologici destinati in gran parte all'export verso Stati Uniti e Giappone.

"Abbiamo scelto San Fermo per la qualità delle persone che ci lavorano e per la collaborazione con le università del territorio", ha detto l'amministratore delegato di Velantis Italia, Stefano Rinaldi.

La Regione contribuirà con 4 milioni di euro per la formazione dei nuovi addetti.

(ANSA).
"""

H["it_misc_10"] = """Compie 105 anni la staffetta partigiana Ines, festa a Ponte Lucera

(ANSA) - PONTE LUCERA, 18 DIC - Ha compiuto oggi 105 anni Ines Barbieri, ex staffetta partigiana e memoria storica di Ponte Lucera. A festeggiarla, nella casa dove vive con la figlia, il sindaco, una delegazione dell'Anpi e gli alunni di una classe quinta della scuola elementare.

Nata nel 1921, durante la guerra portava messaggi e viveri in bicicletta ai partigiani nascosti sulle colline. Dopo la Liberazione ha lavorato per quarant'anni in una filanda e poi come sarta.

"Ai ragazzi dico sempre di studiare e di non avere paura di dire quello che pensano", ha detto ai bambini, che le hanno regalato un album di disegni.

Il Comune le ha consegnato una pergamena e ha annunciato che le sarà intitolata la nuova sala della biblioteca.

(ANSA).
"""

H["it_misc_11"] = """Liceo di Valdimonte vince le Olimpiadi di matematica a squadre

(ANSA) - VALDIMONTE, 18 DIC - La squadra del liceo scientifico Galileo di Valdimonte ha vinto la gara nazionale delle Olimpiadi di matematica a squadre, battendo in finale 40 istituti di tutta Italia.

I sette studenti, tra i 16 e i 18 anni, hanno risolto in due ore 21 problemi su 24, staccando di 47 punti la seconda classificata, una squadra di Pisa. È la prima volta che un liceo della provincia arriva sul podio.

"Ci alleniamo il giovedì pomeriggio da tre anni. I ragazzi sono diventati una vera squadra, si fidano l'uno dell'altra", ha detto la professoressa Laura Pellegrini, che li ha preparati.

La squadra sarà ricevuta in Comune a gennaio. Due dei ragazzi parteciperanno agli stage di preparazione per le Olimpiadi internazionali.

(ANSA).
"""

H["it_misc_12"] = """Neve artificiale, aprono gli impianti di Monte Albano

(ANSA) - TORRE ALBANA, 18 DIC - Apriranno sabato gli impianti sciistici di Monte Albano, grazie alla neve programmata prodotta nelle notti fredde delle ultime due settimane. Saranno in funzione cinque seggiovie su sette e 18 chilometri di piste su 35.

Il gestore ha investito 2,3 milioni di euro in nuovi cannoni a basso consumo e in un bacino di raccolta dell'acqua piovana da 60 mila metri cubi, che permette di innevare senza prelevare dai torrenti.

"Senza la neve programmata qui la stagione non partirebbe prima di gennaio, e in certi inverni nemmeno a gennaio", ha ammesso il direttore della società degli impianti, Roberto Zanetti.

Lo skipass giornaliero costa 42 euro. Per i residenti della provincia è prevista una riduzione del 20% nei giorni feriali.

(ANSA).
"""

H["it_misc_13"] = """Asta del tartufo bianco, battuto un esemplare da 850 grammi

(ANSA) - CASALFIORE, 19 DIC - Un tartufo bianco di 850 grammi è stato aggiudicato per 68 mila euro all'asta benefica di Casalfiore, la più importante della provincia, a un imprenditore della ristorazione di Hong Kong collegato in video.

L'esemplare era stato trovato da un cercatore della zona con il suo cane, una lagotta di nome Bice, in un bosco di pioppi lungo il torrente Rio Secco. In totale l'asta ha raccolto 214 mila euro per nove lotti.

"Un pezzo così si trova una volta nella vita. L'ho riconosciuto dal profumo prima ancora di vederlo", ha raccontato il trifolao, Ernesto Balocco, 71 anni.

Il ricavato sarà destinato al reparto di pediatria dell'ospedale di Roccalta e a una casa di accoglienza per anziani.

(ANSA).
"""

H["it_misc_14"] = """Turismo, presenze in crescita dell'8% nella provincia di Roccalta

(ANSA) - ROCCALTA, 19 DIC - Le presenze turistiche nella provincia di Roccalta sono cresciute dell'8% nei primi dieci mesi dell'anno rispetto allo stesso periodo del 2025, raggiungendo quota 3,6 milioni. Lo rileva l'osservatorio regionale sul turismo.

A trainare la crescita sono i visitatori stranieri, aumentati del 14%, in particolare da Germania, Paesi Bassi e Stati Uniti. Stabile invece il turismo italiano. La permanenza media è di 3,4 notti.

"I borghi dell'interno stanno finalmente intercettando una parte del turismo che prima si fermava sulla costa", ha osservato l'assessore provinciale al turismo Carlo Benassi.

Crescono soprattutto gli agriturismi e le case vacanza, mentre gli alberghi tradizionali registrano un aumento più contenuto, del 3%.

(ANSA).
"""

H["it_misc_15"] = """Botti illegali, sequestrate tre tonnellate in un capannone

(ANSA) - PONTE LUCERA, 19 DIC - Tre tonnellate di fuochi d'artificio illegali sono state sequestrate dalla guardia di finanza in un capannone agricolo alla periferia di Ponte Lucera. Il titolare, un 49enne, è stato denunciato per detenzione abusiva di materiale esplodente.

I botti, in gran parte di fabbricazione artigianale e privi della marcatura Ce, erano stipati in scatoloni accanto a bombole di gas e a un deposito di fieno. Secondo gli investigatori sarebbero stati venduti nei giorni precedenti Capodanno.

"Si tratta di ordigni estremamente pericolosi, che possono causare gravi lesioni a chi li maneggia", hanno spiegato i finanzieri, che hanno fatto intervenire gli artificieri per la messa in sicurezza del materiale.

Dall'inizio di dicembre nella provincia sono state sequestrate oltre sei tonnellate di fuochi illegali.

(ANSA).
"""

H["it_misc_16"] = """Università di Roccalta, nasce il corso di laurea in ingegneria dell'idrogeno

(ANSA) - ROCCALTA, 20 DIC - L'Università di Roccalta attiverà dal prossimo anno accademico un corso di laurea magistrale in ingegneria dell'idrogeno e delle energie rinnovabili, il primo del genere nel Centro Italia. Il corso avrà 60 posti e sarà tenuto interamente in inglese.

Il percorso è stato costruito con tre aziende del settore energetico, che finanzieranno 12 borse di studio e ospiteranno i tirocini. Una parte delle lezioni si terrà nel nuovo laboratorio per le celle a combustibile, inaugurato a ottobre.

"Vogliamo formare gli ingegneri che serviranno alla transizione energetica e trattenere qui i nostri giovani migliori", ha detto il rettore Paolo Verri.

Le iscrizioni apriranno a marzo.

(ANSA).
"""

H["it_misc_17"] = """Mercatini di Natale a Casalfiore, boom di visitatori nel primo weekend

(ANSA) - CASALFIORE, 20 DIC - Oltre 45 mila visitatori nel primo fine settimana per i mercatini di Natale di Casalfiore, allestiti lungo le mura medievali con 90 casette di legno. Il Comune ha dovuto chiudere per alcune ore l'accesso al centro storico per motivi di sicurezza.

Tra i prodotti più richiesti ci sono le decorazioni in vetro soffiato, i formaggi di malga e il vin brulè. Alcuni espositori hanno esaurito la merce già sabato sera.

"Non ci aspettavamo un'affluenza del genere. Per i prossimi fine settimana potenzieremo le navette e gli steward", ha detto la sindaca Anna Ricciardi.

I mercatini resteranno aperti fino al 6 gennaio, tutti i giorni dalle 10 alle 20.

(ANSA).
"""

# same topic (wild boars), different events
H["it_topic_1"] = """Cinghiali nel parco cittadino di Roccalta, chiuse le aree giochi

(ANSA) - ROCCALTA, 15 DIC - Un branco di una decina di cinghiali si è stabilito da giorni nel parco della Rimembranza, in pieno centro a Roccalta, e il Comune ha deciso di chiudere le aree giochi e di vietare l'ingresso ai cani.

Gli animali sono stati avvistati più volte anche nelle strade vicine, mentre rovistavano tra i cassonetti dei rifiuti. Nessuno è rimasto ferito, ma alcuni residenti hanno segnalato di essere stati inseguiti.

"Stiamo lavorando con la Provincia e con la polizia provinciale per catturare gli animali con dei recinti-trappola e trasferirli", ha spiegato l'assessore all'ambiente Michele Serra.

Il Comune invita i cittadini a non lasciare rifiuti fuori dai cassonetti e a non dare cibo agli animali.

(ANSA).
"""

H["it_topic_2"] = """Auto contro un cinghiale sulla provinciale, ferito un automobilista

(ANSA) - CASALFIORE, 18 DIC - Un automobilista di 42 anni è rimasto ferito la scorsa notte dopo che la sua auto si è scontrata con un cinghiale sulla strada provinciale 9, tra Casalfiore e Ponte Lucera. L'uomo è stato trasportato all'ospedale di Roccalta con un trauma cranico, ma non è in pericolo di vita.

L'animale, un maschio di circa cento chili, è morto sul colpo. L'auto è andata distrutta.

È il terzo incidente di questo tipo sulla stessa strada dall'inizio di dicembre. "Chiediamo da anni recinzioni e dissuasori. Di notte questa strada è diventata una roulette russa", ha denunciato il presidente di un'associazione di automobilisti locali.

Secondo le associazioni agricole, nella provincia vivono oltre 20 mila cinghiali.

(ANSA).
"""

# same event (landslide at Valdimonte), two outlets written independently
H["it_event_1"] = """Frana a Valdimonte, evacuate 12 famiglie nella frazione di Castagneto

(ANSA) - VALDIMONTE, 16 DIC - Dodici famiglie, per un totale di 31 persone, sono state evacuate questa mattina nella frazione di Castagneto, a Valdimonte, dopo che una frana si è staccata dal versante sopra l'abitato, danneggiando due abitazioni e interrompendo la strada comunale.

Il movimento franoso, largo circa 80 metri, si è attivato dopo le piogge intense degli ultimi giorni. Non ci sono feriti. Sul posto i vigili del fuoco, i tecnici della Regione e i volontari della protezione civile.

"Il versante è ancora in movimento, per questo abbiamo ritenuto necessario allontanare i residenti in via precauzionale. Il monitoraggio proseguirà anche di notte", ha spiegato il comandante provinciale dei vigili del fuoco, Antonio Marras.

Gli sfollati sono stati sistemati in un albergo e presso parenti. La frazione, con la strada interrotta, è raggiungibile solo a piedi.

(ANSA).
"""

H["it_event_2"] = """Castagneto, la paura dopo il boato: "Ho visto il muro aprirsi"

"Alle sei e mezza ho sentito un rumore sordo, come un tuono. Poi ho visto il muro della cucina aprirsi davanti ai miei occhi". Rosa Fanelli, 74 anni, è una dei 31 abitanti di Castagneto che hanno dovuto lasciare le loro case ieri mattina.

La frana, favorita dalla pioggia caduta senza sosta per tre giorni, ha invaso la strada che porta alla frazione e ha lesionato la sua casa e quella dei vicini, i Bartoli. In pochi minuti sono arrivati pompieri e volontari, che hanno accompagnato a valle le 12 famiglie.

"Il fronte della frana è di circa 80 metri. Abbiamo chiesto lo stato di calamità alla Regione, servono lavori di consolidamento urgenti", dice il sindaco di Valdimonte, Giorgio Pace, che ha passato la giornata sul posto.

Per ora gli sfollati dormono in un hotel della zona, pagato dal Comune. "Speriamo di tornare per Natale", dice Rosa, "ma non so se avrò il coraggio di dormire ancora lì".

di Marco Testa, Il Corriere di Valdimonte
"""

# close rewrite of misc_4 by a local news site (same facts and figures, reworded, quote verbatim)
H["it_reuse_rewrite_misc4"] = """San Rocco, gli affreschi barocchi tornano a splendere

Dopo tre anni di cantiere, la chiesa di San Rocco a San Fermo al Piano mostra di nuovo il suo ciclo di affreschi. Le pitture, circa 520 metri quadrati tra volta e pareti della navata, furono realizzate dal bolognese Giovan Battista Alberici fra il 1688 e il 1692.

I restauratori hanno tolto il fumo e le ridipinture dell'Ottocento, e sono ricomparsi i colori di un tempo. Una sorpresa: dietro un altare aggiunto nel Settecento è tornato alla luce un angelo che nessuno ricordava. L'intervento è costato 1,4 milioni di euro, coperti in parte da una fondazione bancaria.

"Sotto la fuliggine c'era un cielo che nessuno vedeva da secoli", ha spiegato la restauratrice Francesca Monti, che ha guidato una squadra di otto tecnici.

Orari di apertura: tutti i giorni dalle 9 alle 18. Per festeggiare, sabato 19 dicembre la chiesa ospiterà un concerto di musica barocca.

SanFermoNotizie.it
"""

# shortened rewrite of ONE formula item (incidente_2)
H["it_reuse_rewrite_incidente2"] = """Torre Albana piange il 19enne morto in moto sulla statale

Lutto a Torre Albana per la morte di un ragazzo di 19 anni, vittima ieri mattina di un incidente sulla statale 148 all'altezza di Ponte Lucera. La sua moto si è schiantata contro un'auto che, arrivando dal senso opposto, stava girando verso un distributore di carburante.

Inutile l'arrivo dell'elisoccorso del 118. Il 52enne al volante della vettura è ricoverato in codice giallo all'ospedale di Torre Albana. La polizia stradale sta ricostruendo l'accaduto; per due ore il traffico è stato dirottato sulle strade secondarie.

Il Corriere di Torre Albana
"""

# partial reuse: a regional culture round-up lifting two paragraphs of misc_7 verbatim
H["it_reuse_partial_misc7"] = f"""Teatri storici, la Regione stanzia 30 milioni per il recupero

(ANSA) - ROCCALTA, 19 DIC - La Regione ha approvato un piano da 30 milioni di euro in cinque anni per il recupero dei teatri storici chiusi o inagibili, 23 in tutto, annunciato oggi dall'assessora alla cultura Elena Marchi. Il modello, ha spiegato, è quello del Teatro Comunale di Roccalta, riaperto questa settimana.

{MISC7_P2}

{MISC7_P3}

I primi fondi andranno ai teatri di Casalfiore e di Ponte Lucera, chiusi rispettivamente dal 2009 e dal 2016. "Ogni teatro riaperto è un presidio culturale per un intero territorio", ha detto Marchi. I comuni potranno presentare i progetti entro il 31 marzo.

(ANSA).
"""
