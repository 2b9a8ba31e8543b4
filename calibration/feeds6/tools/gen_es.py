# -*- coding: utf-8 -*-
"""Spanish (EFE / Europa Press style) formula items for feeds6.
Odd-numbered items EFE-style ("Ciudad, 30 nov (EFE).- ", quotes "..."), even items Europa Press-style
("CIUDAD, 30 (EUROPA PRESS)", quotes «...»)."""
def J(title, paras):
    return title + "\n\n" + "\n\n".join(p.strip() for p in paras if p and p.strip()) + "\n"
def DL(n, city, day):
    return f"{city}, {day} nov (EFE).- " if n % 2 else f"{city.upper()}, {day} (EUROPA PRESS)\n\n"
def Q(n, s):
    return f"\"{s}\"" if n % 2 else f"«{s}»"
ITEMS = {}

# ---- results: resultados trimestrales ----
rs = [
 dict(n=1, city="Valencia", day="5", firm="Grupo Levantina de Envases", desc="fabricante de envases", pct="18,4", net="42,7", rev="611,3", rpct="6,2", ebitda="97,5", debt="233", ceo="consejero delegado, Vicente Llorca", q="Hemos trasladado a precios el encarecimiento de la materia prima sin perder clientes, y eso explica la mejora del margen", extra="La compañía destacó el buen comportamiento de las exportaciones a Francia y Marruecos.", up=True),
 dict(n=2, city="Madrid", day="6", firm="Hoteles Meridiano", desc="cadena hotelera", pct="27,9", net="88,1", rev="734,6", rpct="9,8", ebitda="201,2", debt="512", ceo="presidenta ejecutiva, Carmen Ruiz de Alda", q="La ocupación en Canarias y en las ciudades ha superado ya los niveles de 2019 y la tarifa media sigue subiendo", extra="", up=True),
 dict(n=3, city="Bilbao", day="3", firm="Tubacex Norte", desc="grupo siderúrgico", pct="31,5", net="14,2", rev="402,8", rpct="4,1", ebitda="51,0", debt="388", ceo="consejero delegado, Iñigo Etxebarria", q="El trimestre ha estado marcado por los aranceles en Estados Unidos, que han retrasado varios pedidos importantes", extra="El grupo ha anunciado un plan de reducción de costes de 25 millones de euros hasta 2028.", up=False),
 dict(n=4, city="Barcelona", day="4", firm="Laboratorios Farmacat", desc="farmacéutica", pct="12,6", net="63,9", rev="522,0", rpct="7,5", ebitda="128,4", debt="146", ceo="consejero delegado, Jordi Puigvert", q="Nuestro nuevo tratamiento para la migraña ya se vende en once países y será el motor del crecimiento en los próximos años", extra="", up=True),
 dict(n=5, city="Sevilla", day="2", firm="Agroandalucía Alimentación", desc="grupo agroalimentario", pct="9,3", net="21,4", rev="389,5", rpct="2,3", ebitda="44,8", debt="97", ceo="presidente, Manuel Carrasco", q="La sequía ha reducido la cosecha de aceituna, pero el aceite envasado y los frescos han compensado buena parte de la caída", extra="La empresa mantiene su previsión de invertir 60 millones en una nueva planta en Écija.", up=False),
]
for x in rs:
    d = DL(x['n'], x['city'], x['day'])
    lead = d + (f"{x['firm']} obtuvo un beneficio neto de {x['net']} millones de euros entre enero y septiembre, un {x['pct']} % más que en el mismo periodo del año anterior, según ha informado este {['lunes','martes','miércoles','jueves','viernes'][x['n']-1]} la {x['desc']} a la Comisión Nacional del Mercado de Valores (CNMV)." if x['up'] else
                f"{x['firm']} registró un beneficio neto de {x['net']} millones de euros en los nueve primeros meses del año, un {x['pct']} % menos que un año antes, según la información remitida por el {x['desc']} a la Comisión Nacional del Mercado de Valores (CNMV).")
    p2 = f"La cifra de negocio alcanzó los {x['rev']} millones de euros, un {x['rpct']} % {'más' if x['up'] else 'menos'}, mientras que el resultado bruto de explotación (ebitda) se situó en {x['ebitda']} millones. La deuda financiera neta cerró septiembre en {x['debt']} millones de euros. " + x['extra']
    p3 = f"{Q(x['n'], x['q'])}, ha señalado su {x['ceo']}, en un comunicado." if x['n'] % 2 else f"Según su {x['ceo']}, {Q(x['n'], x['q'][0].lower() + x['q'][1:])}."
    p4 = "Las acciones de la compañía subían un 2,1 % a media sesión en la Bolsa de Madrid." if x['up'] else "Las acciones de la compañía cedían un 3,4 % en los primeros compases de la sesión bursátil."
    head = {1: "Levantina de Envases eleva su beneficio un 18,4 % hasta septiembre", 2: "Hoteles Meridiano gana 88,1 millones hasta septiembre, un 27,9 % más", 3: "Los aranceles recortan un 31,5 % el beneficio de Tubacex Norte",
            4: "Farmacat gana 63,9 millones de euros hasta septiembre", 5: "La sequía reduce un 9,3 % el beneficio de Agroandalucía"}[x['n']]
    ITEMS[f"es_results_{x['n']}"] = J(head, [lead, p2, p3, p4])

# ---- match: Liga Endesa de baloncesto ----
mt = [
 dict(n=1, city="Vitoria", day="29", home="El Baskonia", away="al Unicaja", score="88-81", top="Markus Howard", pts="24", top2="Tyson Pérez", pts2="17", coach="Pablo Laso", q="Hemos defendido con mucha energía en el último cuarto y eso ha decidido el partido", j="décima", more="El equipo vitoriano llegó a perder por doce puntos en el segundo cuarto, pero un parcial de 14-2 tras el descanso le devolvió el mando. Howard anotó cuatro triples, dos de ellos en los últimos tres minutos."),
 dict(n=2, city="Madrid", day="29", home="El Real Madrid", away="al Valencia Basket", score="95-79", top="Mario Hezonja", pts="21", top2="Jean Montero", pts2="19", coach="Sergio Scariolo", q="Hemos jugado cuarenta minutos serios ante un rival que llegaba en muy buena forma", j="décima", more="Los blancos dominaron el rebote, 41 a 28, y repartieron 24 asistencias. Walter Tavares añadió 12 puntos y 9 rebotes en apenas 20 minutos en pista."),
 dict(n=3, city="Badalona", day="30", home="El Joventut", away="al Gran Canaria", score="77-80", top="Ricky Rubio", pts="15", top2="Miquel Salvó", pts2="18", coach="Dani Miret", q="Nos ha faltado acierto en los tiros libres y en un final tan igualado eso se paga", j="décima", more="El conjunto canario ganó en el último segundo con una canasta de Salvó tras rebote ofensivo. La Penya, que había liderado durante casi todo el encuentro, falló seis tiros libres en el último cuarto."),
 dict(n=4, city="Barcelona", day="30", home="El Barça", away="al UCAM Murcia", score="92-84", top="Kevin Punter", pts="26", top2="Dylan Ennis", pts2="22", coach="Joan Peñarroya", q="Murcia es un equipo muy físico y hemos sufrido hasta el final, pero la victoria es merecida", j="décima", more="Los azulgranas rompieron el partido con un parcial de 10-0 a mitad del tercer cuarto. Jan Vesely aportó 14 puntos y 7 rebotes desde el banquillo."),
 dict(n=5, city="Tenerife", day="29", home="El La Laguna Tenerife", away="al Zaragoza", score="84-70", top="Marcelinho Huertas", pts="16", top2="Santi Yusta", pts2="14", coach="Txus Vidorreta", q="El equipo ha tenido paciencia y ha sabido esperar su momento", j="décima", more="Huertas repartió además once asistencias y firmó su tercer doble-doble de la temporada. El conjunto aragonés solo estuvo por delante en el primer cuarto."),
]
for x in mt:
    d = DL(x['n'], x['city'], x['day'])
    a, b = x['score'].split('-')
    won = int(a) > int(b)
    lead = d + (f"{x['home']} derrotó {x['away']} por {x['score']} en el partido de la {x['j']} jornada de la Liga Endesa, con {x['top']} como máximo anotador local con {x['pts']} puntos." if won else
                f"{x['home']} cayó ante el {x['away'][3:]} por {x['score']} en la {x['j']} jornada de la Liga Endesa, pese a los {x['pts']} puntos de {x['top']}.")
    p2 = f"Por el equipo visitante, el más destacado fue {x['top2']}, con {x['pts2']} puntos. " + x['more']
    p3 = f"{Q(x['n'], x['q'])}, declaró {x['coach']} en la rueda de prensa posterior." if x['n'] % 2 else f"El entrenador, {x['coach']}, resumió: {Q(x['n'], x['q'])}."
    p4 = "El encuentro se disputó ante unos 9.000 espectadores." if x['n'] in (1, 2) else ""
    head = {1: "88-81: El Baskonia remonta ante el Unicaja", 2: "95-79: El Real Madrid no da opción al Valencia Basket", 3: "77-80: El Gran Canaria gana en Badalona sobre la bocina",
            4: "92-84: Punter guía al Barça ante el UCAM Murcia", 5: "84-70: Huertas dirige el triunfo del Tenerife"}[x['n']]
    ITEMS[f"es_match_{x['n']}"] = J(head, [lead, p2, p3, p4])

# ---- airport: pasajeros de octubre (Aena) ----
ap = [
 dict(n=1, city="Málaga", day="12", ap="El aeropuerto de Málaga-Costa del Sol", pax="2.174.300", pct="7,1", intl="1.786.000", ops="16.420", ytd="22,6 millones", top="Reino Unido", who="la consejera de Turismo de la Junta", q="Estamos ante el mejor octubre de la historia del aeropuerto y la temporada de invierno se presenta con más plazas que nunca", extra=""),
 dict(n=2, city="Palma", day="12", ap="El aeropuerto de Palma de Mallorca", pax="3.021.800", pct="2,4", intl="2.391.000", ops="21.900", ytd="30,1 millones", top="Alemania", who="el presidente de la patronal hotelera", q="El crecimiento se concentra en los meses de temporada media, que es justo lo que necesitamos para desestacionalizar", extra="Los vuelos con Alemania y Reino Unido supusieron más de la mitad del tráfico internacional."),
 dict(n=3, city="Bilbao", day="12", ap="El aeropuerto de Bilbao", pax="612.400", pct="9,6", intl="311.000", ops="5.480", ytd="6,1 millones", top="Alemania", who="la diputada foral de Turismo", q="Las nuevas rutas a Europa están atrayendo a un visitante que gasta más y se queda más días", extra=""),
 dict(n=4, city="Santiago de Compostela", day="12", ap="El aeropuerto de Santiago-Rosalía de Castro", pax="318.600", pct="12,8", intl="129.000", ops="2.960", ytd="3,2 millones", top="Italia", who="el conselleiro de Turismo", q="El Camino sigue tirando del aeropuerto también en otoño", extra="Santiago fue el aeropuerto gallego con mayor tráfico por tercer mes consecutivo."),
 dict(n=5, city="Alicante", day="12", ap="El aeropuerto de Alicante-Elche Miguel Hernández", pax="1.683.900", pct="5,5", intl="1.447.000", ops="11.870", ytd="17,9 millones", top="Reino Unido", who="el presidente de la Diputación", q="Los residentes extranjeros de la provincia viajan cada vez más durante todo el año", extra=""),
]
for x in ap:
    d = DL(x['n'], x['city'], x['day'])
    lead = d + f"{x['ap']} registró en octubre un total de {x['pax']} pasajeros, un {x['pct']} % más que en el mismo mes de 2025, según los datos publicados este jueves por Aena."
    p2 = f"Del total, {x['intl']} viajeros correspondieron a vuelos internacionales, con {x['top']} como principal mercado. El aeródromo gestionó {x['ops']} operaciones y acumula {x['ytd']} de pasajeros en los diez primeros meses del año. " + x['extra']
    p3 = f"{Q(x['n'], x['q'])}, valoró {x['who']}." if x['n'] % 2 else f"Para {x['who']}, {Q(x['n'], x['q'][0].lower() + x['q'][1:])}."
    p4 = "En el conjunto de la red de Aena, los aeropuertos españoles sumaron en octubre 30,2 millones de pasajeros, un 3,9 % más que un año antes." if x['n'] in (1, 3, 4) else "El conjunto de la red de Aena cerró el mes con 30,2 millones de viajeros."
    head = {1: "El aeropuerto de Málaga supera los 2,1 millones de pasajeros en octubre", 2: "Son Sant Joan roza los tres millones de viajeros en octubre", 3: "El aeropuerto de Bilbao crece un 9,6 % en octubre",
            4: "El aeropuerto de Santiago gana un 12,8 % de pasajeros", 5: "El aeropuerto de Alicante-Elche suma 1,68 millones de pasajeros en octubre"}[x['n']]
    ITEMS[f"es_airport_{x['n']}"] = J(head, [lead, p2, p3, p4])

# ---- speed: campaña de control de velocidad de la DGT (casi todo cifras repetidas) ----
sp = [
 dict(n=1, city="Valladolid", day="23", com="Castilla y León", veh="148.300", den="4.120", pct="2,8", rad="310", top="189", lim="120", via="la A-62 a la altura de Tordesillas", rec="6"),
 dict(n=2, city="Sevilla", day="23", com="Andalucía", veh="312.600", den="8.770", pct="2,8", rad="540", top="201", lim="120", via="la A-4 en Carmona", rec="14"),
 dict(n=3, city="Toledo", day="23", com="Castilla-La Mancha", veh="121.900", den="3.410", pct="2,8", rad="260", top="176", lim="100", via="la N-401 en Sonseca", rec="5"),
 dict(n=4, city="Zaragoza", day="24", com="Aragón", veh="86.200", den="2.590", pct="3,0", rad="190", top="187", lim="120", via="la A-2 en Calatayud", rec="4"),
 dict(n=5, city="Mérida", day="24", com="Extremadura", veh="54.700", den="1.590", pct="2,9", rad="150", top="168", lim="90", via="la EX-100 en Badajoz", rec="2"),
]
for x in sp:
    d = DL(x['n'], x['city'], x['day'])
    lead = d + f"Los agentes de la Guardia Civil de Tráfico controlaron {x['veh']} vehículos en {x['com']} durante la campaña especial de control de velocidad de la DGT, desarrollada del 16 al 22 de noviembre, y denunciaron a {x['den']} conductores, el {x['pct']} % del total."
    p2 = f"En la campaña participaron {x['rad']} radares fijos y móviles, además de los 2 helicópteros Pegasus y las 12 furgonetas camufladas asignadas a la comunidad. La velocidad más alta se registró en {x['via']}, donde un turismo circulaba a {x['top']} kilómetros por hora en un tramo limitado a {x['lim']}. {x['rec']} conductores fueron investigados por un delito contra la seguridad vial."
    p3 = "Superar en más de 60 km/h el límite en vía interurbana, o en más de 80 km/h en autovía, está castigado con penas de prisión de 3 a 6 meses. Las multas por exceso de velocidad oscilan entre 100 y 600 euros y conllevan la pérdida de 2 a 6 puntos." if x['n'] in (1, 2, 4) else "Las sanciones por exceso de velocidad van de 100 a 600 euros y de 2 a 6 puntos del permiso, y superar el límite en más de 60 km/h, u 80 km/h en autovía, es delito castigado con 3 a 6 meses de prisión."
    p4 = "Según la DGT, la velocidad inadecuada está presente en 1 de cada 4 accidentes mortales." if x['n'] != 3 else ""
    head = {1: "La Guardia Civil denuncia a 4.120 conductores por velocidad en Castilla y León", 2: "8.770 denuncias por exceso de velocidad en Andalucía en una semana", 3: "Un conductor cazado a 176 km/h en la N-401 en la campaña de la DGT",
            4: "La DGT multa a 2.590 conductores en Aragón por correr", 5: "1.590 conductores denunciados por velocidad en Extremadura"}[x['n']]
    ITEMS[f"es_speed_{x['n']}"] = J(head, [lead, p2, p3, p4])

# ---- water: cortes de agua del Canal de Isabel II (cifras repetidas) ----
wt = [
 dict(n=1, city="Madrid", day="25", where="varias calles del barrio de Prosperidad, en el distrito de Chamartín", date="el martes 1 de diciembre", hog="3.200", cis="3", why="la renovación de una tubería de 300 milímetros", extra=""),
 dict(n=2, city="Alcalá de Henares", day="25", where="el barrio de Reyes Católicos de Alcalá de Henares", date="el miércoles 2 de diciembre", hog="2.100", cis="2", why="la conexión de una nueva arteria de distribución", extra="El Ayuntamiento ha pedido a los comercios de la zona que se abastezcan de agua embotellada."),
 dict(n=3, city="Getafe", day="26", where="la zona centro de Getafe", date="el jueves 3 de diciembre", hog="4.800", cis="4", why="la sustitución de válvulas en la red", extra=""),
 dict(n=4, city="Móstoles", day="26", where="el barrio de El Soto, en Móstoles", date="el lunes 7 de diciembre", hog="1.650", cis="2", why="la renovación de una tubería de 300 milímetros", extra="Los dos colegios de la zona mantendrán su actividad con depósitos provisionales."),
 dict(n=5, city="Leganés", day="27", where="el barrio de Zarzaquemada, en Leganés", date="el miércoles 9 de diciembre", hog="5.300", cis="4", why="obras de mejora en un depósito regulador", extra=""),
]
for x in wt:
    d = DL(x['n'], x['city'], x['day'])
    lead = d + f"El Canal de Isabel II cortará el suministro de agua {x['date']} en {x['where']}, entre las 8.00 y las 15.00 horas, por {x['why']}. El corte afectará a unos {x['hog']} hogares."
    p2 = f"La empresa pública instalará {x['cis']} camiones cisterna en la zona durante las 7 horas del corte. Tras el restablecimiento, el agua puede salir turbia durante las primeras 24 horas, por lo que se recomienda dejar correr el grifo entre 2 y 3 minutos. " + x['extra']
    p3 = "Para cualquier incidencia, el Canal dispone del teléfono gratuito 900 365 365, operativo las 24 horas del día los 365 días del año." if x['n'] % 2 else "Las incidencias pueden comunicarse al teléfono gratuito de averías 900 365 365, disponible las 24 horas."
    p4 = "El Canal recomienda no poner en marcha lavadoras ni lavavajillas hasta pasadas las 15.00 horas y tener agua almacenada para las necesidades básicas." if x['n'] in (1, 2, 5) else ""
    head = {1: "Corte de agua de 7 horas en Prosperidad el 1 de diciembre", 2: "Alcalá: 2.100 hogares sin agua el 2 de diciembre", 3: "Corte de agua en el centro de Getafe",
            4: "El Soto, en Móstoles, sin agua el 7 de diciembre", 5: "5.300 hogares de Zarzaquemada, sin agua el 9 de diciembre"}[x['n']]
    ITEMS[f"es_water_{x['n']}"] = J(head, [lead, p2, p3, p4])

# ---- premiere: estrenos teatrales ----
pr = [
 dict(n=1, city="Madrid", day="27", th="el Teatro Español", play="una nueva versión de \"La casa de Bernarda Alba\"", dir="la directora Carme Portaceli", cast="Nuria Espert, Lucía Quintana y Lola Casamayor", who="Portaceli", q="Lorca escribió sobre el silencio impuesto a las mujeres y ese silencio todavía no se ha roto del todo", until="hasta el 17 de enero", extra=""),
 dict(n=2, city="Barcelona", day="26", th="el Teatre Lliure", play="\"El jardín de los cerezos\", de Chéjov", dir="el director Julio Manrique", cast="Emma Vilarasau y Pere Arquillué", who="Manrique", q="Es una comedia sobre gente que no quiere enterarse de que su mundo se acaba", until="hasta el 20 de diciembre", extra="El montaje es una coproducción con el Teatro de la Abadía."),
 dict(n=3, city="Mérida", day="28", th="el Teatro María Luisa", play="\"Medea\", en versión de Vicente Molina Foix", dir="el director Pablo Messiez", cast="Ana Belén", who="Messiez", q="Medea es extranjera en todas partes y esa es la herida desde la que habla", until="hasta el 6 de diciembre", extra=""),
 dict(n=4, city="Sevilla", day="25", th="el Teatro Lope de Vega", play="\"El alcalde de Zalamea\", de Calderón", dir="la directora Helena Pimenta", cast="Carmelo Gómez y Joaquín Notario", who="Pimenta", q="Calderón nos pregunta qué hacemos cuando la ley no protege a los más débiles", until="hasta el 29 de noviembre", extra="La obra inicia después una gira por doce ciudades españolas."),
 dict(n=5, city="Valencia", day="27", th="el Teatre Principal", play="\"Tirant\", un espectáculo basado en la novela de Joanot Martorell", dir="el director Paco Azorín", cast="un reparto de catorce intérpretes", who="Azorín", q="Tirant es una novela llena de humor, aventura y deseo, y queríamos que el público lo sintiera", until="hasta el 13 de diciembre", extra=""),
]
for x in pr:
    d = DL(x['n'], x['city'], x['day'])
    lead = d + f"{x['th'][0].upper() + x['th'][1:]} estrena este fin de semana {x['play']}, dirigida por {x['dir'].split(' ', 2)[2]} y protagonizada por {x['cast']}. La obra permanecerá en cartel {x['until']}."
    p2 = f"En la presentación a los medios, {x['dir']} explicó que el montaje apuesta por una escenografía desnuda y un vestuario contemporáneo. " + x['extra']
    p3 = f"{Q(x['n'], x['q'])}, afirmó {x['who']}." if x['n'] % 2 else f"{x['who']} añadió: {Q(x['n'], x['q'])}."
    p4 = "Las entradas pueden adquirirse en la taquilla del teatro y a través de su página web, con descuentos para jóvenes y mayores de 65 años." if x['n'] in (1, 3, 5) else "La función tiene una duración aproximada de una hora y cuarenta minutos, sin descanso."
    head = {1: "Carme Portaceli lleva \"La casa de Bernarda Alba\" al Teatro Español", 2: "Julio Manrique estrena \"El jardín de los cerezos\" en el Lliure", 3: "Ana Belén es Medea en Mérida",
            4: "Helena Pimenta dirige \"El alcalde de Zalamea\" en Sevilla", 5: "\"Tirant\" llega al Teatre Principal de Valencia"}[x['n']]
    ITEMS[f"es_premiere_{x['n']}"] = J(head, [lead, p2, p3, p4])

# ---- obit: necrológicas ----
ob = [
 dict(n=1, city="Oviedo", day="22", who="El pintor asturiano Ramón Feito Alvarín", age="91", place="en su casa de Gijón", src="su familia", career="Feito Alvarín, formado en la Escuela de Artes y Oficios de Oviedo, desarrolló una obra centrada en el paisaje del Cantábrico y expuso en Madrid, París y Buenos Aires. En 2004 recibió la Medalla de Asturias.", trib="el presidente del Principado", q="Asturias pierde a uno de los artistas que mejor supo pintar su luz y su mar", born="1935"),
 dict(n=2, city="Madrid", day="24", who="La actriz Amparo Valle Soriano", age="84", place="en Madrid", src="la Academia de las Artes Escénicas", career="Valle Soriano intervino en más de 60 montajes teatrales y en numerosas series de televisión. Fue Premio Nacional de Teatro en 1998 y durante una década formó parte de la Compañía Nacional de Teatro Clásico.", trib="el ministro de Cultura", q="Su voz y su presencia en escena forman parte de la memoria de varias generaciones de espectadores", born="1942"),
 dict(n=3, city="Pamplona", day="26", who="El exciclista navarro Javier Goñi Urdiain", age="79", place="en Pamplona", src="la Federación Navarra de Ciclismo", career="Goñi Urdiain ganó dos etapas de la Vuelta a España y fue gregario de varios campeones en los años setenta. Tras su retirada dirigió durante veinte años una escuela de ciclismo en la Ribera.", trib="la presidenta del Gobierno de Navarra", q="Fue un deportista generoso que dedicó su vida a enseñar a los jóvenes a amar la bicicleta", born="1947"),
 dict(n=4, city="Santiago de Compostela", day="27", who="La poeta gallega Xela Vilar Outeiro", age="88", place="en Santiago de Compostela", src="la Real Academia Galega", career="Vilar Outeiro publicó una veintena de poemarios en gallego y fue una de las voces de la generación que renovó la poesía gallega en los años sesenta. Su obra ha sido traducida a ocho idiomas.", trib="el presidente de la Real Academia Galega", q="Deixa unha obra que xa forma parte do mellor da literatura galega", born="1938"),
]
for x in ob:
    d = DL(x['n'], x['city'], x['day'])
    lead = d + f"{x['who']} ha fallecido a los {x['age']} años {x['place']}, según ha informado {x['src']}."
    p2 = x['career'] + f" Había nacido en {x['born']}."
    p3 = f"{Q(x['n'], x['q'])}, ha señalado {x['trib']} en un mensaje en redes sociales." if x['n'] % 2 else f"{x['trib'][0].upper() + x['trib'][1:]} ha lamentado su muerte: {Q(x['n'], x['q'])}."
    p4 = "La capilla ardiente quedará instalada este sábado y el funeral se celebrará en la intimidad familiar." if x['n'] in (1, 3) else "Su familia ha pedido respeto y ha anunciado un acto de homenaje en las próximas semanas."
    head = {1: "Muere el pintor asturiano Ramón Feito Alvarín a los 91 años", 2: "Fallece la actriz Amparo Valle Soriano", 3: "Muere el exciclista Javier Goñi, ganador de dos etapas de la Vuelta",
            4: "Fallece la poeta gallega Xela Vilar Outeiro a los 88 años"}[x['n']]
    ITEMS[f"es_obit_{x['n']}"] = J(head, [lead, p2, p3, p4])

# ---- grant: subvenciones (grant_2 y grant_4 comparten una frase larga de la convocatoria) ----
LONG_ES = "Las ayudas, convocadas en régimen de concurrencia competitiva, cubren hasta el 80 % del coste de los proyectos y están destinadas a municipios de menos de 5.000 habitantes que mantengan la actividad durante al menos cinco años."
gr = [
 dict(n=1, city="Logroño", day="16", adm="El Gobierno de La Rioja", amt="2,4 millones de euros", obj="la modernización de 31 bodegas cooperativas", who="la consejera de Agricultura, Noemí Manzanos", q="Las cooperativas son el corazón de muchos de nuestros pueblos y queremos que sigan siéndolo", extra="Las bodegas podrán destinar el dinero a depósitos, sistemas de frío y energía solar.", long=False),
 dict(n=2, city="Soria", day="17", adm="La Junta de Castilla y León", amt="1,8 millones de euros", obj="la apertura de 46 tiendas multiservicio en pueblos de Soria, Zamora y Ávila", who="la consejera de Movilidad y Transformación Digital, María González Corral", q="Una tienda abierta es a menudo lo único que evita que un pueblo se quede sin vida social", extra="", long=True),
 dict(n=3, city="Murcia", day="18", adm="La Comunidad de Murcia", amt="5,1 millones de euros", obj="la instalación de placas solares en 212 centros educativos", who="el consejero de Educación, Víctor Marín", q="Los colegios van a producir su propia energía y ahorrarán dinero que podrá dedicarse a la enseñanza", extra="", long=False),
 dict(n=4, city="Huesca", day="19", adm="El Gobierno de Aragón", amt="960.000 euros", obj="la rehabilitación de 18 viviendas municipales para alquiler en el Pirineo", who="el consejero de Fomento, Octavio López", q="Sin vivienda no hay repoblación posible, por eso empezamos por las casas que ya son de los ayuntamientos", extra="Los ayuntamientos beneficiarios deberán destinar los pisos a alquiler asequible para jóvenes y familias.", long=True),
 dict(n=5, city="Cáceres", day="20", adm="La Junta de Extremadura", amt="3,3 millones de euros", obj="la contratación de 140 jóvenes investigadores en la Universidad de Extremadura", who="la consejera de Educación, Ciencia y FP, Mercedes Vaquera", q="Queremos que el talento que formamos aquí tenga la oportunidad de quedarse en Extremadura", extra="Los contratos tendrán una duración de tres años.", long=False),
]
for x in gr:
    d = DL(x['n'], x['city'], x['day'])
    lead = d + f"{x['adm']} ha concedido {x['amt']} en subvenciones para {x['obj']}, según ha anunciado {x['who']}."
    more = {1: "La convocatoria ha recibido 44 solicitudes, de las que 31 han sido aprobadas. Las cooperativas agrupan a más de 9.000 viticultores de toda la comunidad.",
            2: "Los establecimientos combinarán venta de alimentación, punto de recogida de paquetería, cajero y, en algunos casos, servicio de bar. Cada proyecto podrá recibir un máximo de 40.000 euros.",
            3: "La potencia total instalada superará los 6 megavatios y permitirá cubrir cerca de la mitad del consumo eléctrico de los centros. Las obras se realizarán en periodos no lectivos.",
            4: "Las viviendas se encuentran en 11 localidades de las comarcas de la Jacetania, el Sobrarbe y la Ribagorza. La mayoría son antiguas casas de maestros que llevaban años vacías.",
            5: "Los investigadores se incorporarán a 37 grupos de la universidad, principalmente en las áreas de agroalimentación, energía y salud."}[x['n']]
    p3 = (LONG_ES + " " + x['extra']) if x['long'] else x['extra']
    p4 = f"{Q(x['n'], x['q'])}, ha subrayado {x['who'].split(', ')[1]}." if x['n'] % 2 else f"En palabras de {x['who'].split(', ')[1]}, {Q(x['n'], x['q'][0].lower() + x['q'][1:])}."
    head = {1: "La Rioja destina 2,4 millones a modernizar 31 bodegas cooperativas", 2: "Castilla y León subvenciona 46 tiendas multiservicio en pueblos", 3: "Murcia instalará placas solares en 212 colegios",
            4: "Aragón rehabilitará 18 viviendas municipales en el Pirineo", 5: "Extremadura contratará a 140 jóvenes investigadores"}[x['n']]
    ITEMS[f"es_grant_{x['n']}"] = J(head, [lead, more, p3, p4])
