# -*- coding: utf-8 -*-
"""Hand-written Spanish stand-alone items, same-topic stand-alones, and the two rewrites."""
H = {}
H["es_misc_1"] = """El lince ibérico supera por primera vez los 2.400 ejemplares

Madrid, 18 nov (EFE).- La población de lince ibérico en España y Portugal ha superado por primera vez los 2.400 ejemplares, según el censo de 2025 presentado este miércoles por el Ministerio para la Transición Ecológica, que refleja un aumento del 19 % respecto al año anterior.

De los 2.401 linces contabilizados, 1.557 viven en Andalucía, Castilla-La Mancha y Extremadura concentran la mayor parte del resto y Portugal alberga 354. El censo registró además 722 hembras reproductoras, la cifra más alta desde que comenzaron los recuentos.

"Hace veinte años quedaban menos de cien linces en dos núcleos aislados. Hoy el lince ya no está en peligro de extinción, pero todavía no está a salvo", afirmó el secretario de Estado de Medio Ambiente, Hugo Morán.

El ministerio advirtió de que los atropellos siguen siendo la principal causa de muerte no natural de la especie, con 183 linces muertos en carreteras el año pasado. Las comunidades autónomas estudian nuevos pasos de fauna en las vías con más siniestros.
"""
H["es_misc_2"] = """Hallan en Córdoba un mosaico romano con la figura de Baco

CÓRDOBA, 20 (EUROPA PRESS)

Las obras de una promoción de viviendas en el barrio cordobés de Ciudad Jardín han sacado a la luz un mosaico romano de unos 30 metros cuadrados con la figura central de Baco rodeado de motivos vegetales, según ha informado este viernes la Delegación de Cultura de la Junta de Andalucía.

El pavimento, fechado en el siglo II después de Cristo, pertenecía al comedor de una villa suburbana situada fuera de las murallas de Corduba, la capital de la provincia Bética. Se conserva en buen estado, salvo una franja dañada por una cimentación moderna.

«Es uno de los mosaicos figurativos más completos aparecidos en Córdoba en las últimas décadas», ha señalado la arqueóloga municipal Ana Ruiz Osuna.

Los técnicos extraerán el mosaico por piezas para su restauración y posterior exposición en el Museo Arqueológico de Córdoba. La promotora ha modificado el proyecto para conservar in situ parte de los muros de la villa en el sótano del edificio.
"""
H["es_misc_3"] = """El tren de alta velocidad llega a Badajoz con un tiempo de viaje de 3 horas y 40 minutos

Mérida, 23 nov (EFE).- El primer tren de alta velocidad entre Madrid y Badajoz ha completado este lunes su viaje inaugural en 3 horas y 40 minutos, casi una hora menos que los trenes que circulaban hasta ahora, tras la electrificación del último tramo entre Plasencia y Talayuela.

El servicio comercial comenzará el 14 de diciembre con tres frecuencias diarias en cada sentido y paradas en Talavera de la Reina, Navalmoral de la Mata, Plasencia, Cáceres y Mérida. Los billetes ya están a la venta desde 25 euros.

"Extremadura ha esperado demasiado tiempo este tren y hoy empieza a saldar una deuda histórica", declaró la presidenta de la Junta de Extremadura, María Guardiola, durante el acto celebrado en la estación de Mérida.

Plataformas ciudadanas recordaron, no obstante, que el tramo entre Talayuela y Madrid sigue pendiente de una nueva vía, sin la cual no será posible bajar de las tres horas. El ministerio prevé licitar las obras en 2027.
"""
H["es_misc_4"] = """La laguna de Santa Olalla recupera agua tras las lluvias de otoño en Doñana

HUELVA, 26 (EUROPA PRESS)

La laguna de Santa Olalla, la mayor de las lagunas permanentes del Parque Nacional de Doñana, ha recuperado agua tras las lluvias de octubre y noviembre, después de haberse secado por completo durante tres veranos consecutivos, según ha informado la Estación Biológica de Doñana.

Los técnicos estiman que la laguna tiene ahora una lámina de agua de unas 20 hectáreas, todavía lejos de su superficie histórica, pero suficiente para atraer a miles de aves invernantes como ánsares, patos cuchara y flamencos.

«Es una buena noticia, pero no debemos engañarnos: el acuífero sigue muy sobreexplotado y basta un año seco para volver a perderla», ha advertido el director de la Estación Biológica, Eloy Revilla.

Las precipitaciones acumuladas en el entorno de Doñana desde septiembre superan los 280 litros por metro cuadrado, por encima de la media de los últimos diez años.
"""
H["es_misc_5"] = """Sierra Nevada adelanta la apertura de la temporada de esquí

Granada, 27 nov (EFE).- La estación de esquí de Sierra Nevada abrirá este sábado la temporada 2026-2027, una semana antes de lo previsto, gracias a las nevadas de los últimos días y a las bajas temperaturas que han permitido fabricar nieve de forma continua.

La estación granadina ofrecerá en la primera jornada 21 kilómetros esquiables repartidos en 15 pistas, con espesores de entre 40 y 90 centímetros, y pondrá en marcha 9 remontes, entre ellos la telecabina Al-Andalus.

"Empezar en noviembre con este espesor es un regalo, y esperamos que los primeros esquiadores lleguen ya desde el primer día", señaló la consejera delegada de Cetursa, María José López.

La estación prevé contratar a unos 1.200 trabajadores durante la temporada y confía en superar el millón de esquiadores, cifra que no alcanza desde hace cuatro inviernos.
"""
# same topic, different events: brown bears
H["es_topic_1"] = """Una osa con dos crías se pasea por un pueblo de Somiedo

Oviedo, 9 nov (EFE).- Una osa parda con dos crías ha sido grabada por varios vecinos mientras recorría de madrugada las calles del pueblo de Villar de Vildas, en el concejo asturiano de Somiedo, en busca de fruta en los huertos.

Las imágenes, difundidas en redes sociales, muestran a los tres animales junto a un manzano a escasos metros de una vivienda. La guardería del parque natural ha confirmado que la familia de osos frecuenta la zona desde hace semanas.

"No es una situación de peligro, pero pedimos a los vecinos que no dejen fruta ni restos de comida al alcance de los osos", explicó un portavoz de la Consejería de Medio Rural.

La población de oso pardo en la cordillera Cantábrica supera ya los 370 ejemplares.
"""
H["es_topic_2"] = """Un cazador, herido leve por un oso en la montaña palentina

PALENCIA, 21 (EUROPA PRESS)

Un cazador de 58 años ha resultado herido leve en un brazo tras ser atacado por un oso pardo este sábado durante una batida de jabalí en el término municipal de Velilla del Río Carrión, en la Montaña Palentina, según ha informado el 112 de Castilla y León.

El hombre fue trasladado por sus compañeros hasta la carretera y después en ambulancia al Hospital Río Carrión de Palencia. Según las primeras informaciones, el oso reaccionó al encontrarse de frente con el cazador en una zona de matorral.

«El animal se retiró inmediatamente y no persiguió al herido», ha señalado una fuente de los agentes medioambientales de la Junta.

La Junta recordará a las sociedades de cazadores los protocolos de actuación en zonas con presencia de osos.
"""
H["es_reuse_rewrite_misc1"] = """El censo del lince ibérico rebasa los 2.400 ejemplares, un 19 % más

MADRID, 18 (EUROPA PRESS)

El lince ibérico ha superado por primera vez la barrera de los 2.400 ejemplares en la Península, según el censo correspondiente a 2025 que ha dado a conocer el Ministerio para la Transición Ecológica y que refleja un incremento del 19 % en un año.

El recuento sitúa la población en 2.401 linces, de los cuales 1.557 se encuentran en Andalucía y 354 en Portugal, mientras que el resto se reparte principalmente entre Castilla-La Mancha y Extremadura. Las hembras reproductoras llegan a 722, máximo histórico.

«Hace veinte años quedaban menos de cien linces en dos núcleos aislados. Hoy el lince ya no está en peligro de extinción, pero todavía no está a salvo», ha dicho el secretario de Estado de Medio Ambiente, Hugo Morán.

Los atropellos, que acabaron con 183 linces el año pasado, continúan siendo la primera causa de muerte no natural, por lo que las comunidades estudian instalar más pasos de fauna.
"""
H["es_reuse_rewrite_grant4"] = """Aragón destina 960.000 euros a recuperar viviendas municipales en el Pirineo

Huesca, 19 nov (EFE).- Un total de 18 viviendas propiedad de ayuntamientos del Pirineo oscense serán rehabilitadas para destinarlas a alquiler gracias a 960.000 euros en subvenciones concedidas por el Gobierno de Aragón.

Los pisos están repartidos en 11 localidades de la Jacetania, el Sobrarbe y la Ribagorza y en su mayoría fueron casas de maestros que permanecían vacías desde hace años.

Las ayudas, convocadas en régimen de concurrencia competitiva, cubren hasta el 80 % del coste de los proyectos y están destinadas a municipios de menos de 5.000 habitantes que mantengan la actividad durante al menos cinco años.

"Sin vivienda no hay repoblación posible, por eso empezamos por las casas que ya son de los ayuntamientos", dijo el consejero de Fomento, Octavio López.
"""
