# -*- coding: utf-8 -*-
"""Spanish (EFE / Europa Press style) FORMULA items for feeds10: trafico_*, detenidos_*, aemet_*, ibex_*, bonoloto_*.
Each item reports its own event; the wording comes from one template per family. Week: Monday 30 November -
Sunday 6 December 2026."""
def J(title, paras):
    return title + "\n\n" + "\n\n".join(p.strip() for p in paras if p and p.strip()) + "\n"
ITEMS = {}
FAMILIES = {}
MES = {30: "nov", 1: "dic", 2: "dic", 3: "dic", 4: "dic", 5: "dic", 6: "dic"}
DOW = {30: "lunes", 1: "martes", 2: "miércoles", 3: "jueves", 4: "viernes", 5: "sábado", 6: "domingo"}

# ---- trafico: fatal road accidents (DGT 011 paragraph and 'en lo que va de año' sentence repeat) ----
tr = [
 dict(n=1, lugar="Castrobello", prov="Zamora", d=30,
      suj="Un hombre de 47 años ha muerto", como="tras salirse de la vía y volcar con su turismo", via="N-122", km="438",
      serv="Centro de Emergencias 112 de Castilla y León", hora="7.40",
      dyn="el conductor, vecino de la localidad y que circulaba en dirección a Zamora, ha perdido el control del vehículo en una curva con placas de hielo y ha caído a una finca situada a unos cuatro metros por debajo de la calzada",
      medios="una ambulancia de soporte vital avanzado de Sacyl y una dotación de bomberos de la Diputación de Zamora, que han tenido que excarcelar al herido",
      extra="Los sanitarios han intentado reanimarlo durante más de media hora, pero solo han podido confirmar su fallecimiento.",
      region="Castilla y León", tot="128", comp="nueve menos",
      title="Muere un hombre de 47 años al volcar su coche en la N-122 en Castrobello (Zamora)"),
 dict(n=2, lugar="Torrealba del Pinar", prov="Soria", d=1,
      suj="Una mujer de 71 años ha muerto", como="al ser atropellada por un camión", via="N-234", km="362",
      serv="Centro de Emergencias 112 de Castilla y León", hora="9.15",
      dyn="la víctima cruzaba la travesía fuera del paso de peatones, a la salida de una panadería, y el conductor del camión, un hombre de 52 años que transportaba madera hacia un aserradero de la comarca, no ha podido evitar el atropello pese a frenar",
      medios="una unidad de soporte vital avanzado y un helicóptero medicalizado, que finalmente no ha podido despegar por la niebla",
      extra="El conductor del camión ha dado negativo en las pruebas de alcohol y drogas, y el Ayuntamiento de Torrealba del Pinar ha decretado un día de luto oficial.",
      region="Castilla y León", tot="129", comp="ocho menos",
      title="Muere una mujer de 71 años atropellada por un camión en Torrealba del Pinar (Soria)"),
 dict(n=3, lugar="Fuentealegre", prov="Murcia", d=2,
      suj="Dos jóvenes de 19 y 21 años han muerto", como="al chocar el turismo en el que viajaban contra un camión", via="autovía A-7", km="571",
      serv="Centro de Coordinación de Emergencias de la Región de Murcia", hora="4.20",
      dyn="el turismo, en el que viajaban cuatro amigos que regresaban de una fiesta en Lorca, ha invadido el arcén y ha impactado contra la parte trasera de un camión frigorífico que estaba detenido por una avería",
      medios="dos ambulancias, bomberos del Consorcio de Extinción de Incendios y Salvamento de la Región de Murcia y una patrulla de la Policía Local de Fuentealegre",
      extra="Los otros dos ocupantes del coche, de 20 y 22 años, han sido trasladados con heridas graves al Hospital Clínico Universitario Virgen de la Arrixaca.",
      region="la Región de Murcia", tot="54", comp="tres más",
      title="Mueren dos jóvenes al chocar su coche contra un camión averiado en la A-7 en Fuentealegre (Murcia)"),
 dict(n=4, lugar="Navalcerro", prov="Toledo", d=4,
      suj="Un motorista de 34 años ha muerto", como="tras chocar frontalmente con una furgoneta", via="N-401", km="86",
      serv="Servicio de Emergencias 112 de Castilla-La Mancha", hora="18.05",
      dyn="la motocicleta y la furgoneta, que circulaban en sentidos opuestos, han colisionado en una recta poco después de que el motorista iniciara un adelantamiento a un tractor, según las primeras hipótesis de los agentes",
      medios="una UVI móvil del Servicio de Salud de Castilla-La Mancha y los bomberos del Consorcio Provincial de Toledo",
      extra="El conductor de la furgoneta, de 58 años, ha resultado herido leve y ha sido atendido en el Hospital Universitario de Toledo.",
      region="Castilla-La Mancha", tot="97", comp="once más",
      title="Muere un motorista de 34 años en un choque frontal con una furgoneta en la N-401 en Navalcerro (Toledo)"),
]
for x in tr:
    p1 = (f"{x['lugar']} ({x['prov']}), {x['d']} {MES[x['d']]} (EFE).- {x['suj']} este {DOW[x['d']]} {x['como']} en la {x['via']}, "
          f"a su paso por el término municipal de {x['lugar']}, según ha informado el {x['serv']}.")
    p2 = f"El siniestro se ha producido sobre las {x['hora']} horas en el kilómetro {x['km']} de la vía, cuando {x['dyn']}."
    p3 = f"Hasta el lugar se han desplazado agentes de la Guardia Civil de Tráfico, {x['medios']}. {x['extra']}"
    p4 = (f"Con este siniestro son ya {x['tot']} las personas que han perdido la vida en las carreteras de {x['region']} en lo que va "
          f"de año, {x['comp']} que en el mismo periodo de 2025, según los datos provisionales de la Dirección General de Tráfico (DGT).")
    p5 = ("La DGT recuerda que el estado de las carreteras puede consultarse en el teléfono 011 y en su página web, y pide extremar "
          "la precaución durante los meses de invierno, cuando la niebla y el hielo reducen la visibilidad y la adherencia de los vehículos.")
    ITEMS[f"es_trafico_{x['n']}"] = J(x['title'], [p1, p2, p3, p4, p5])

# ---- detenidos: arrests (court / prison sentence and 091 / 062 paragraph repeat) ----
de = [
 dict(n=1, lugar="Castrobello", prov="Zamora", d=30, cuerpo="La Guardia Civil", corto="El instituto armado", sitio="Castrobello",
      quien="un vecino de la localidad", edad="38", fem=False,
      delito="una veintena de robos en naves agrícolas y explotaciones ganaderas de la comarca de Tierra del Vino",
      fuente="la Subdelegación del Gobierno en Zamora",
      inicio="el mes de agosto", origen="varios agricultores denunciaron la desaparición de gasóleo, herramientas y baterías de tractores de sus naves",
      metodo="Según los investigadores, el arrestado actuaba de madrugada y utilizaba una furgoneta con las placas de matrícula dobladas para dificultar su identificación. En un registro en una finca de su propiedad, los agentes han recuperado 1.400 litros de gasóleo, dos motosierras y 23 baterías, valorados en unos 18.000 euros.",
      ante="cinco antecedentes por hechos similares", juz="2", partido="Zamora", medida="ha decretado su libertad provisional con cargos",
      title="Detenido un vecino de Castrobello (Zamora) por una veintena de robos en naves agrícolas"),
 dict(n=2, lugar="Alboreda", prov="Valencia", d=1, cuerpo="La Policía Nacional", corto="La Policía Nacional", sitio="Alboreda",
      quien="una mujer", edad="29", fem=True,
      delito="37 estafas a personas mayores a las que cobraba por falsas revisiones de la instalación del gas",
      fuente="la Jefatura Superior de Policía de la Comunitat Valenciana",
      inicio="septiembre", origen="la comisaría de Alboreda empezó a recibir denuncias de vecinos de edad avanzada que habían pagado por revisiones que nunca se realizaron",
      metodo="La detenida se presentaba en los domicilios con un uniforme y un carné falsos de una supuesta empresa instaladora, simulaba comprobar la caldera y cobraba entre 180 y 600 euros por la revisión y por piezas que no llegaba a cambiar. Los agentes calculan que obtuvo así unos 46.000 euros.",
      ante="once antecedentes por estafa", juz="3", partido="Alboreda", medida="ha decretado su ingreso en prisión provisional",
      title="Detenida en Alboreda (Valencia) una falsa técnica del gas por 37 estafas a personas mayores"),
 dict(n=3, lugar="Puerto Alcázar", prov="Cádiz", d=2, cuerpo="La Guardia Civil", corto="El instituto armado", sitio="la playa de Los Lances Chicos, en Puerto Alcázar",
      quien="el patrón de una embarcación semirrígida", edad="44", fem=False,
      delito="un delito contra la salud pública tras interceptar una narcolancha cargada con 2.300 kilos de hachís",
      fuente="la Comandancia de la Guardia Civil de Cádiz",
      inicio="la madrugada del domingo", origen="una patrullera del Servicio Marítimo detectó la embarcación, de doce metros de eslora y con tres motores, cuando se aproximaba a la costa sin luces",
      metodo="Tras una persecución de cerca de veinte minutos, la narcolancha ha embarrancado en la orilla. Otros cuatro ocupantes han logrado huir a pie, mientras que los agentes han intervenido 68 fardos de hachís, 1.200 litros de gasolina en garrafas y dos teléfonos satelitales.",
      ante="tres antecedentes por narcotráfico", juz="4", partido="Algeciras", medida="ha decretado su ingreso en prisión provisional",
      title="Detenido en Puerto Alcázar (Cádiz) el patrón de una narcolancha con 2.300 kilos de hachís"),
 dict(n=4, lugar="Fuentealegre", prov="Murcia", d=4, cuerpo="La Policía Nacional", corto="La Policía Nacional", sitio="Fuentealegre",
      quien="un joven", edad="22", fem=False,
      delito="un delito de homicidio en grado de tentativa por apuñalar a otro hombre a la salida de un bar",
      fuente="la Delegación del Gobierno en la Región de Murcia",
      inicio="la madrugada del pasado domingo", origen="la víctima, un hombre de 31 años, recibió tres puñaladas en el abdomen tras una discusión en la puerta de un local de ocio del centro de la localidad",
      metodo="El herido fue operado de urgencia en el hospital comarcal y permanece ingresado en estado grave, aunque estable. Las imágenes de las cámaras de seguridad de la zona y el testimonio de varios testigos permitieron identificar al agresor, que ha sido arrestado en el domicilio de un familiar en Cartagena.",
      ante="dos antecedentes por lesiones", juz="1", partido="Fuentealegre", medida="ha decretado su ingreso en prisión provisional",
      title="Detenido un joven de 22 años por apuñalar a un hombre a la salida de un bar en Fuentealegre (Murcia)"),
]
for x in de:
    el = "La detenida" if x['fem'] else "El detenido"
    p1 = (f"{x['lugar']} ({x['prov']}), {x['d']} {MES[x['d']]} (EFE).- {x['cuerpo']} ha detenido en {x['sitio']} a {x['quien']}, "
          f"de {x['edad']} años, como presunt{'a autora' if x['fem'] else 'o autor'} de {x['delito']}, según ha informado este {DOW[x['d']]} {x['fuente']}.")
    p2 = f"La investigación se inició {'en ' if not x['inicio'].startswith('la ') else ''}{x['inicio']}, cuando {x['origen']}."
    p3 = x['metodo']
    p4 = (f"{el}, que tiene {x['ante']}, ha pasado a disposición del Juzgado de Instrucción número {x['juz']} de {x['partido']}, "
          f"que {x['medida']}.")
    p5 = (f"La investigación continúa abierta y no se descartan nuevas detenciones. {x['corto']} recuerda que cualquier persona que "
          f"tenga información sobre estos hechos puede facilitarla de forma anónima a través de los teléfonos 091 y 062.")
    ITEMS[f"es_detenidos_{x['n']}"] = J(x['title'], [p1, p2, p3, p4, p5])

# ---- aemet: Aemet orange warnings (orange-level definition and 112 paragraph repeat) ----
ae = [
 dict(n=1, lugar="Oviedo", d=30, fen="nevadas", zona="la cordillera Cantábrica de Asturias y la montaña de León", cuando="este lunes",
      det="se esperan acumulaciones de nieve de hasta 20 centímetros en 24 horas por encima de los 700 metros de altitud, que podrán llegar a los 500 metros al final del día",
      h1="12.00", h2="24.00", dia2="",
      extra="Además, hay aviso amarillo por viento en el litoral asturiano, con rachas de hasta 80 kilómetros por hora, y por nevadas en Cantabria y el norte de Burgos. La Dirección General de Tráfico exige el uso de cadenas para los camiones en el puerto de Pajares y en otros 11 tramos de la red secundaria.",
      title="Aviso naranja por nevadas de hasta 20 centímetros en la cordillera Cantábrica"),
 dict(n=2, lugar="Valencia", d=1, fen="lluvias", zona="el litoral sur de Valencia y el litoral norte de Alicante", cuando="este martes",
      det="las precipitaciones podrán acumular hasta 120 litros por metro cuadrado en 12 horas y serán localmente fuertes y persistentes, acompañadas de tormentas",
      h1="6.00", h2="23.59", dia2="",
      extra="La Generalitat ha activado la alerta por lluvias en 14 municipios de la Safor y la Marina Alta, y siete ayuntamientos han suspendido las clases presenciales. El resto de la Comunitat Valenciana está en aviso amarillo, con acumulados de hasta 60 litros.",
      title="Aviso naranja por lluvias de hasta 120 litros en el litoral sur de Valencia y norte de Alicante"),
 dict(n=3, lugar="A Coruña", d=2, fen="fenómenos costeros", zona="el litoral de A Coruña y de Lugo", cuando="este miércoles",
      det="el viento del noroeste soplará con fuerza 8 en alta mar y habrá mar combinada del noroeste con olas de entre 6 y 7 metros de altura",
      h1="0.00", h2="18.00", dia2="",
      extra="Capitanía Marítima ha recomendado a la flota de bajura que permanezca en puerto, y la Xunta ha cerrado al público los paseos marítimos de seis concellos de la Costa da Morte. En el interior de Lugo hay aviso amarillo por nevadas a partir de 900 metros.",
      title="Aviso naranja por olas de hasta 7 metros en el litoral de A Coruña y Lugo"),
 dict(n=4, lugar="Oviedo", d=3, fen="nevadas", zona="la cordillera Cantábrica de Asturias y la montaña de León", cuando="este jueves",
      det="se esperan acumulaciones de nieve de hasta 15 centímetros en 24 horas por encima de los 600 metros de altitud, con ventisca en las zonas altas",
      h1="6.00", h2="21.00", dia2="",
      extra="Es el segundo episodio de nevadas de la semana en el norte peninsular. Hay aviso amarillo por nieve en Palencia y el norte de Burgos, y por heladas de hasta 6 grados bajo cero en el páramo leonés. Los servicios de Fomento mantienen 42 quitanieves en las carreteras de la zona.",
      title="Nuevo aviso naranja por nevadas en la cordillera Cantábrica, esta vez por encima de 600 metros"),
 dict(n=5, lugar="Santa Cruz de Tenerife", d=5, fen="vientos", zona="las cumbres de Tenerife y de La Palma", cuando="este sábado",
      det="soplará viento del noreste con rachas máximas de hasta 100 kilómetros por hora, que podrían ser superiores en zonas expuestas",
      h1="8.00", h2="20.00", dia2="",
      extra="El Cabildo de Tenerife ha cerrado los accesos al Parque Nacional del Teide, y el Gobierno de Canarias ha declarado la situación de prealerta por viento en las dos islas. En las medianías del norte hay aviso amarillo por rachas de 80 kilómetros por hora.",
      title="Aviso naranja por rachas de hasta 100 km/h en las cumbres de Tenerife y La Palma"),
]
for x in ae:
    p1 = (f"{x['lugar']}, {x['d']} {MES[x['d']]} (EFE).- La Agencia Estatal de Meteorología (Aemet) ha activado el aviso naranja por "
          f"{x['fen']} en {x['zona']} para {x['cuando']}, según ha informado el organismo en su último boletín.")
    p2 = f"Según la Aemet, {x['det']}. El aviso estará activo desde las {x['h1']} hasta las {x['h2']} horas{x['dia2']}."
    p3 = x['extra']
    p4 = ("El nivel naranja indica un riesgo meteorológico importante, con fenómenos no habituales y con cierto grado de peligro para "
          "las actividades usuales. Protección Civil recomienda evitar los desplazamientos que no sean imprescindibles, informarse del "
          "estado de las carreteras antes de salir y seguir en todo momento las indicaciones de los servicios de emergencia, a los que "
          "puede llamarse a través del 112.")
    ITEMS[f"es_aemet_{x['n']}"] = J(x['title'], [p1, p2, p3, p4])

# ---- ibex: Madrid stock exchange closes (Europe / currencies / risk premium sentences repeat) ----
ib = [
 dict(n=1, d=30, dir="una subida", pct="0,62", pts="17.245,3", mot="impulsado por la banca y por las compras de última hora en el sector turístico",
      color="El selectivo ha cerrado noviembre con una revalorización del 3,1 %, su tercer mes consecutivo de ganancias, y en lo que va de año acumula un alza del 24,6 %. Los bancos han subido de media un 1,4 % ante la expectativa de que los tipos de interés se mantengan sin cambios, mientras que las compañías eléctricas han cedido terreno por la toma de beneficios.",
      europa="París ha subido un 0,38 %, Fráncfort un 0,51 %, Londres un 0,22 % y Milán un 0,74 %",
      eur="se mantenía estable", usd="1,1574", brent="63,42",
      prima="ha bajado hasta los 58", bono="3,12", vol="1.184", acum="",
      title="El Ibex sube un 0,62 % y cierra noviembre con una ganancia del 3,1 %"),
 dict(n=2, d=1, dir="un descenso", pct="0,85", pts="17.098,7", mot="lastrado por las caídas de los valores industriales tras la publicación de datos de actividad manufacturera peores de lo esperado en la zona euro",
      color="El índice manufacturero de la zona euro ha bajado en noviembre hasta los 47,8 puntos, por debajo de la barrera de los 50 que separa la expansión de la contracción. Las constructoras y las empresas de componentes para automóviles han sido las más castigadas, con retrocesos de hasta el 3 %, y solo las compañías de telecomunicaciones han cerrado en positivo.",
      europa="París ha caído un 0,91 %, Fráncfort un 1,12 %, Londres un 0,47 % y Milán un 0,96 %",
      eur="bajaba ligeramente", usd="1,1531", brent="62,88",
      prima="ha subido hasta los 61", bono="3,17", vol="1.342", acum="",
      title="El Ibex cae un 0,85 % y pierde los 17.100 puntos por los malos datos industriales europeos"),
 dict(n=3, d=2, dir="un avance", pct="0,31", pts="17.151,7", mot="en una sesión de escaso volumen y a la espera de la reunión del Banco Central Europeo de la próxima semana",
      color="Los inversores han optado por la prudencia antes de conocer el viernes el informe de empleo de Estados Unidos. Las aseguradoras y las empresas del sector sanitario han liderado las subidas, mientras que las petroleras han retrocedido por tercera sesión consecutiva por el descenso del precio del crudo.",
      europa="París ha avanzado un 0,24 %, Fráncfort un 0,19 %, Londres un 0,35 % y Milán un 0,41 %",
      eur="subía levemente", usd="1,1556", brent="61,95",
      prima="se ha mantenido en los 61", bono="3,15", vol="986", acum="",
      title="El Ibex sube un 0,31 % en una sesión de transición y roza los 17.152 puntos"),
 dict(n=4, d=3, dir="una subida", pct="1,12", pts="17.343,8", mot="hasta marcar un nuevo máximo desde 2007 gracias al tirón de la banca y de las eléctricas",
      color="El selectivo ha recuperado con holgura los 17.300 puntos después de que varios miembros del Banco Central Europeo descartaran nuevas subidas de tipos a corto plazo. Los bancos han ganado de media un 2,2 % y las eléctricas un 1,6 %, y solo tres de los 35 valores del índice han terminado la jornada en negativo.",
      europa="París ha subido un 0,87 %, Fráncfort un 1,04 %, Londres un 0,66 % y Milán un 1,21 %",
      eur="se apreciaba", usd="1,1612", brent="62,37",
      prima="ha bajado hasta los 57", bono="3,09", vol="1.527", acum="",
      title="El Ibex sube un 1,12 % y marca un nuevo máximo desde 2007 en los 17.343 puntos"),
]
for x in ib:
    p1 = (f"Madrid, {x['d']} {MES[x['d']]} (EFE).- El Ibex 35, el principal indicador de la Bolsa española, ha cerrado la sesión de este "
          f"{DOW[x['d']]} con {x['dir']} del {x['pct']} %, hasta los {x['pts']} puntos, {x['mot']}.")
    p2 = x['color']
    p3 = (f"En el resto de Europa, {x['europa']}. En el mercado de divisas, el euro {x['eur']} frente al dólar, a {x['usd']} unidades, "
          f"y el barril de Brent, de referencia en Europa, cotizaba a {x['brent']} dólares al cierre de la sesión.")
    p4 = (f"La prima de riesgo española, que mide el diferencial entre el bono español a diez años y su equivalente alemán, {x['prima']} "
          f"puntos básicos, con el interés del bono nacional en el {x['bono']} %. En el mercado continuo se negociaron {x['vol']} millones de euros.")
    ITEMS[f"es_ibex_{x['n']}"] = J(x['title'], [p1, p2, p3, p4])

# ---- bonoloto: Bonoloto draws (SELAE / tax / three-month paragraph repeats) ----
bo = [
 dict(n=1, d=30, nums="3, 11, 19, 27, 36 y 44", comp="8", rein="5",
      primera="no hay acertantes de primera categoría (seis aciertos), por lo que el bote sigue creciendo.",
      n2="2", p2="48.312,65", n3="71", p3="1.204,18", rec="2.811.406,50", next="martes 1 de diciembre", bote="3.100.000",
      title="Resultados de la Bonoloto del lunes 30 de noviembre"),
 dict(n=2, d=1, nums="6, 14, 22, 31, 40 y 47", comp="29", rein="1",
      primera="no hay acertantes de primera categoría (seis aciertos), por lo que el bote sigue creciendo.",
      n2="1", p2="96.780,12", n3="58", p3="1.411,37", rec="2.765.233,00", next="miércoles 2 de diciembre", bote="3.400.000",
      title="Resultados de la Bonoloto del martes 1 de diciembre"),
 dict(n=3, d=2, nums="4, 12, 18, 33, 41 y 49", comp="25", rein="7",
      primera="hay un único acertante de primera categoría (seis aciertos), que ha validado su boleto en la administración de loterías número 2 de Castrobello (Zamora) y cobrará 3.412.877,54 euros.",
      n2="3", p2="31.506,90", n3="64", p3="1.286,03", rec="2.902.118,00", next="jueves 3 de diciembre", bote="400.000",
      title="Resultados de la Bonoloto del miércoles 2 de diciembre: un boleto de Castrobello (Zamora) gana 3,4 millones"),
 dict(n=4, d=3, nums="2, 9, 17, 26, 38 y 43", comp="35", rein="0",
      primera="no hay acertantes de primera categoría (seis aciertos), por lo que el bote sigue creciendo.",
      n2="2", p2="42.119,58", n3="80", p3="987,45", rec="2.684.915,50", next="viernes 4 de diciembre", bote="700.000",
      title="Resultados de la Bonoloto del jueves 3 de diciembre"),
]
for x in bo:
    p1 = (f"Madrid, {x['d']} {MES[x['d']]} (EFE).- La combinación ganadora del sorteo de la Bonoloto celebrado este {DOW[x['d']]} está "
          f"formada por los números {x['nums']}. El número complementario es el {x['comp']} y el reintegro, el {x['rein']}.")
    p2 = f"Según ha informado la Sociedad Estatal Loterías y Apuestas del Estado (SELAE), {x['primera']}"
    p3 = (f"De segunda categoría (cinco aciertos más el complementario) hay {x['n2']} acertantes, que cobrarán {x['p2']} euros cada uno, "
          f"y de tercera categoría (cinco aciertos), {x['n3']}, que recibirán {x['p3']} euros. La recaudación del sorteo ha ascendido a {x['rec']} euros.")
    if x['n2'] == "1":
        p3 = p3.replace("hay 1 acertantes, que cobrarán", "hay un acertante, que cobrará").replace(" euros cada uno,", " euros,")
    p4 = f"El bote para el próximo sorteo, que se celebrará el {x['next']}, asciende a {x['bote']} euros."
    p5 = ("La Bonoloto se sortea de lunes a sábado y la apuesta mínima cuesta 0,50 euros. Los premios superiores a 40.000 euros "
          "tributan un gravamen especial del 20 % en la parte que exceda de esa cantidad, y los boletos premiados pueden cobrarse en "
          "un plazo de tres meses a partir del día siguiente al sorteo.")
    ITEMS[f"es_bonoloto_{x['n']}"] = J(x['title'], [p1, p2, p3, p4, p5])

for k in ITEMS:
    FAMILIES.setdefault(k.rsplit("_", 1)[0], []).append(k)
