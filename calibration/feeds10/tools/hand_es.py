# -*- coding: utf-8 -*-
"""Hand-written Spanish (EFE style) items: stand-alone misc_*, same-topic pair topic_1/2, same-event pair event_1/2
(two outlets, written independently), the two rewrites and the partial reuse."""
H = {}

H["es_misc_1"] = """Castrobello abre un museo del queso en su antigua fábrica de harinas

Castrobello (Zamora), 30 nov (EFE).- La antigua fábrica de harinas de Castrobello, cerrada desde 1987, ha abierto este lunes sus puertas como Museo del Queso de Tierra del Vino, un espacio que repasa la historia de la elaboración quesera en la comarca y que aspira a atraer a 15.000 visitantes al año.

La rehabilitación del edificio, de cuatro plantas y construido en 1921 junto al río, ha costado 2,4 millones de euros, financiados por la Junta de Castilla y León, la Diputación de Zamora y fondos europeos. Las antiguas tolvas y los molinos de cilindros se han conservado y forman parte del recorrido.

El museo ocupa 1.100 metros cuadrados y cuenta con una sala de catas, una cava con capacidad para 800 piezas y un obrador en el que las queserías de la zona ofrecerán talleres los fines de semana. En la comarca funcionan hoy 14 queserías artesanas, que dan empleo a unas 160 personas.

"Esta fábrica dio de comer a medio pueblo durante sesenta años. Ahora queremos que vuelva a dar vida a Castrobello, que ha perdido un tercio de su población desde que cerró", ha explicado el alcalde, Julián Prieto Salvador, durante la inauguración.

El museo abrirá de miércoles a domingo y la entrada general costará 5 euros, con descuentos para jubilados, estudiantes y grupos. Los menores de 12 años y los empadronados en el municipio podrán visitarlo gratis.

La apertura coincide con la feria anual del queso, que reunirá este fin de semana a 40 productores en la plaza Mayor.
"""

H["es_misc_2"] = """Hallan una villa romana con mosaicos del siglo IV en Torrealba del Pinar

Torrealba del Pinar (Soria), 1 dic (EFE).- Un equipo de arqueólogos ha sacado a la luz en una finca de Torrealba del Pinar los restos de una villa romana del siglo IV con al menos tres estancias decoradas con mosaicos polícromos, uno de ellos con una escena de caza en la que aparecen un jinete, dos perros y un ciervo.

Los restos aparecieron el pasado verano durante la construcción de una balsa de riego, y la Junta de Castilla y León paralizó la obra y encargó una excavación de urgencia que ha durado cuatro meses, según ha explicado este martes la directora de los trabajos, la arqueóloga Marta Llorente Gil.

La parte excavada ocupa unos 600 metros cuadrados e incluye un pequeño complejo termal con sus hornos y las conducciones de agua caliente. Los investigadores creen que la villa, vinculada a una explotación agrícola y ganadera, pudo llegar a ocupar más de una hectárea.

"El mosaico de la cacería está casi completo y tiene una calidad que no esperábamos en una villa de este tamaño. Es, sin duda, uno de los hallazgos más importantes de la provincia en las últimas décadas", ha señalado Llorente.

Los mosaicos se cubrirán de nuevo con geotextil y arena para protegerlos durante el invierno, y la Junta estudiará con el propietario de la finca y con el ayuntamiento la posibilidad de adquirir los terrenos y musealizar el yacimiento.

El alcalde de Torrealba del Pinar, Ángel Ortega, ha pedido que las piezas muebles encontradas, entre ellas 37 monedas y una fíbula de bronce, se expongan en el municipio.
"""

H["es_misc_3"] = """El hospital comarcal de Fuentealegre estrena una unidad de hemodiálisis con 18 puestos

Fuentealegre (Murcia), 2 dic (EFE).- El Hospital Comarcal de Fuentealegre ha puesto en marcha este miércoles una unidad de hemodiálisis con 18 puestos, que evitará a unos 90 pacientes con insuficiencia renal crónica de la comarca desplazarse tres veces por semana a Murcia para recibir tratamiento.

La nueva unidad, situada en la segunda planta del edificio de consultas externas, ha supuesto una inversión de 3,2 millones de euros del Servicio Murciano de Salud, que incluye las obras, una planta de tratamiento de agua y los monitores de diálisis.

Contará con una plantilla de 26 profesionales, entre nefrólogos, enfermeras y técnicos, y funcionará de lunes a sábado en tres turnos, de 8.00 a 23.00 horas. Según la gerencia del hospital, cada paciente recorría hasta ahora una media de 140 kilómetros de ida y vuelta en cada sesión, en ambulancia o en taxi sanitario.

"Hay pacientes que llevaban años saliendo de casa a las seis de la mañana para volver a media tarde, tres días a la semana. Para ellos esto cambia la vida", ha afirmado la jefa de Nefrología, la doctora Inmaculada Sáez Ruiz.

El consejero de Salud, que ha visitado las instalaciones, ha anunciado que el hospital incorporará en 2027 una consulta específica de enfermedad renal avanzada para retrasar la entrada de los pacientes en diálisis.

La Asociación de Enfermos Renales de la comarca, que recogió más de 12.000 firmas para reclamar la unidad, ha celebrado su apertura, aunque ha pedido que se amplíe el horario de transporte sanitario.
"""

H["es_misc_4"] = """El precio del aceite de oliva en origen cae un 22 % en el inicio de la campaña

JAÉN, 30 (EUROPA PRESS)

El precio del aceite de oliva virgen extra en origen ha caído un 22 % en el primer mes de la campaña 2026-2027 y se sitúa en torno a los 3,60 euros por kilo, frente a los 4,60 euros de finales de octubre, según los datos del sistema de información de precios que recoge las operaciones de las almazaras.

La bajada se debe a las buenas perspectivas de cosecha en Andalucía, donde las lluvias de primavera y un verano sin olas de calor extremas han permitido un buen cuajado del fruto. Las primeras estimaciones sitúan la producción nacional en 1,55 millones de toneladas, un 18 % más que en la campaña anterior.

Las cooperativas de la provincia de Jaén, que concentran cerca de la mitad de la producción española, han comenzado la recolección con rendimientos grasos algo inferiores a los habituales por la falta de lluvias en octubre.

"Con estos precios el olivar tradicional de secano está al límite. Los costes de la mano de obra, el gasóleo y los fertilizantes no han bajado en la misma proporción", ha advertido el presidente de la cooperativa Virgen de la Sierra, Rafael Cobo Martos, que agrupa a 1.900 socios.

Los envasadores prevén que la bajada llegue a los lineales de los supermercados en las próximas semanas, aunque con un retraso de entre uno y dos meses. En el último año, el precio de la botella de litro de virgen extra en las tiendas ha oscilado entre los 7 y los 9 euros.

Las organizaciones agrarias han pedido al Ministerio de Agricultura que active el almacenamiento privado si los precios siguen bajando.
"""

H["es_misc_5"] = """Navalcerro monta un belén monumental de 240 metros cuadrados en su antigua iglesia

Navalcerro (Toledo), 4 dic (EFE).- El municipio toledano de Navalcerro ha inaugurado este viernes un belén monumental de 240 metros cuadrados en la antigua iglesia de San Bartolomé, desacralizada en los años sesenta, con 1.150 figuras y varias escenas animadas que recrean la vida en un pueblo manchego de principios del siglo XX.

El montaje ha sido obra de una treintena de voluntarios de la Asociación Belenista de Navalcerro, que han dedicado más de 9.000 horas de trabajo desde el mes de marzo. Incluye un río con agua corriente de 18 metros, un molino, un horno de pan con fuego simulado y una noria movida por un pequeño motor.

Las figuras, de entre 15 y 40 centímetros, han sido modeladas en barro por artesanos de Murcia y de Olot, y se han vestido con tejidos cosidos a mano por un grupo de mujeres del pueblo, que han reproducido los trajes tradicionales de la comarca a partir de fotografías antiguas.

"Queríamos un belén que contara también nuestra historia. Hay un pastor que es igual que mi abuelo y una lavandera que tiene la cara de una vecina que murió el año pasado", ha relatado el presidente de la asociación, Francisco Javier Díaz Moreno.

El belén podrá visitarse hasta el 6 de enero, todos los días de 11.00 a 14.00 y de 17.00 a 21.00 horas. La entrada es gratuita, aunque se pedirá un donativo voluntario que irá destinado a Cáritas parroquial.

El ayuntamiento espera superar los 20.000 visitantes que recibió el belén del año pasado, instalado en el salón de plenos y con una superficie mucho menor.
"""

H["es_misc_6"] = """Abre la vía verde del Alto Orbeda, 54 kilómetros sobre el trazado de un tren minero

San Martín de Orbeda (León), 1 dic (EFE).- La vía verde del Alto Orbeda, que recorre 54 kilómetros por el trazado del antiguo ferrocarril minero que unía San Martín de Orbeda con las cuencas del norte de León, ha abierto este martes al paso de caminantes y ciclistas, 34 años después de que circulara el último tren de carbón.

La adecuación del trazado ha costado 6,8 millones de euros, aportados por el Ministerio para la Transición Ecológica a través del programa de caminos naturales y por la Diputación de León. El recorrido atraviesa nueve túneles, que se han iluminado con sensores de presencia, y tres viaductos de hierro restaurados.

Los promotores calculan que la vía verde recibirá unos 40.000 usuarios al año, y los ayuntamientos por los que pasa esperan que sirva de reclamo para las casas rurales y los restaurantes de la zona. A lo largo del camino se han instalado 12 áreas de descanso y paneles que explican la historia de la minería en el valle.

"Mi padre bajaba en este tren a la mina todos los días. Verlo ahora lleno de chavales en bicicleta es una alegría y también una forma de no olvidar lo que fue esto", ha dicho Manuel Álvarez Tascón, antiguo picador y presidente de la asociación de jubilados mineros.

Las antiguas estaciones de San Martín de Orbeda y de Villar de Peñas se convertirán en 2027 en un albergue y en un centro de interpretación, con una inversión adicional de 1,3 millones.
"""

H["es_misc_7"] = """Catalina Fernández, la vecina más longeva de León, cumple 108 años

San Martín de Orbeda (León), 3 dic (EFE).- Catalina Fernández Rodríguez, considerada la persona más longeva de la provincia de León, ha celebrado este jueves su 108 cumpleaños en la residencia de mayores de San Martín de Orbeda, rodeada de sus dos hijos, cinco nietos y nueve bisnietos.

Nacida el 3 de diciembre de 1918 en una pequeña aldea del valle, Catalina trabajó desde niña en las tierras de su familia y, tras casarse con un minero, regentó durante más de treinta años una tienda de ultramarinos en la plaza del pueblo, que cerró en 1984.

Según cuentan sus familiares, mantiene una buena salud, aunque utiliza silla de ruedas desde hace dos años, y sigue leyendo el periódico todas las mañanas con la ayuda de una lupa. Hasta los 100 años vivió sola en su casa y cuidaba un pequeño huerto.

"Me preguntan siempre cuál es el secreto y yo les digo que no hay ninguno: trabajar, comer de todo un poco y no guardar rencor a nadie", ha bromeado la homenajeada al soplar las velas de una tarta con la cifra 108.

El alcalde de San Martín de Orbeda, Luis Miguel García, le ha entregado una placa conmemorativa y un ramo de flores en nombre de la corporación municipal, y la banda de música local le ha dedicado un pasodoble.

Según el Instituto Nacional de Estadística, en la provincia de León viven cerca de 600 personas centenarias, una de las proporciones más altas de España.
"""

H["es_misc_8"] = """Una empresa riojana usará drones para detectar enfermedades en 3.000 hectáreas de viñedo

Logroño, 2 dic (EFE).- La empresa riojana Vitidron, creada en 2023 por tres ingenieros agrónomos, ha cerrado una ronda de financiación de 1,8 millones de euros para extender a 3.000 hectáreas de viñedo su servicio de detección temprana de enfermedades mediante drones equipados con cámaras multiespectrales.

El sistema, que ya se ha probado durante dos campañas en 400 hectáreas de bodegas de la Rioja Alta, permite identificar focos de mildiu y de oídio hasta diez días antes de que los síntomas sean visibles a simple vista, según ha explicado este miércoles la compañía.

Los drones sobrevuelan las parcelas una vez por semana y las imágenes se procesan con un programa de inteligencia artificial que genera un mapa con las cepas afectadas. De esta forma, los viticultores pueden tratar solo las zonas necesarias y reducir el uso de fitosanitarios.

"En las parcelas piloto hemos conseguido bajar un 35 % los tratamientos sin perder producción. Para una bodega mediana eso supone un ahorro de miles de euros y mucho menos producto químico en el campo", ha señalado la consejera delegada de la empresa, Lucía Sáenz de Tejada.

La ronda ha estado liderada por un fondo especializado en tecnología agroalimentaria y en ella ha participado también la Agencia de Desarrollo Económico de La Rioja. Vitidron, que tiene su sede en un vivero de empresas de Logroño, prevé duplicar su plantilla, de 11 trabajadores, el próximo año.

La empresa negocia además con cooperativas de la Ribera del Duero y de Navarra para llevar el servicio a otras denominaciones de origen en 2027.
"""

H["es_misc_9"] = """La conservera Hermanos Villalta plantea un ERE para 140 trabajadores en Puerto Alcázar

Puerto Alcázar (Cádiz), 3 dic (EFE).- La conservera Hermanos Villalta, la mayor empresa industrial de Puerto Alcázar, ha comunicado este jueves a los sindicatos su intención de presentar un expediente de regulación de empleo (ERE) que afectaría a 140 de sus 390 trabajadores, la mayoría mujeres de la línea de envasado.

La empresa, fundada en 1948 y especializada en conservas de atún y caballa, atribuye la decisión a la caída de las ventas en Europa, a la competencia de las conservas importadas de terceros países y al aumento del precio del pescado, que según la dirección se ha encarecido un 27 % en dos años.

El comité de empresa ha anunciado movilizaciones y ha convocado una primera concentración el lunes a las puertas de la fábrica. Los sindicatos acusan a la dirección de querer trasladar parte de la producción a una planta que el grupo tiene en Marruecos.

"Estamos hablando de familias enteras que viven de esta fábrica desde hace tres generaciones. No vamos a aceptar despidos mientras se abren líneas fuera de España", ha afirmado la presidenta del comité, Rocío Benítez Carrasco.

El periodo de consultas durará un máximo de 30 días. El alcalde de Puerto Alcázar, José Antonio Medina, ha pedido a la Junta de Andalucía que medie entre las partes y ha recordado que la conservera es el primer empleador privado del municipio, que tiene una tasa de paro del 24 %.

La dirección ha asegurado que está dispuesta a negociar prejubilaciones y recolocaciones en otras plantas del grupo.
"""

H["es_misc_10"] = """Los fabricantes de turrón de Xalona prevén vender un 8 % más esta Navidad

Xalona (Alicante), 30 nov (EFE).- Los fabricantes de turrón de Xalona, una localidad alicantina de 6.800 habitantes con una larga tradición turronera, prevén vender esta Navidad unos 14 millones de tabletas, un 8 % más que el año pasado, impulsados por las exportaciones y por la recuperación del consumo interno.

Según la asociación de fabricantes del municipio, que agrupa a 11 empresas, la producción comenzó a finales de agosto y las fábricas trabajan estas semanas a pleno rendimiento, con cerca de 900 trabajadores temporales contratados para la campaña.

El precio de la almendra, que había subido con fuerza en los últimos años por la sequía, se ha moderado esta temporada, lo que ha permitido mantener los precios de venta al público. La tableta de turrón de Jijona y de Alicante de calidad suprema cuesta de media entre 6 y 9 euros.

"El turrón ya no es solo un producto de Navidad. Cada vez vendemos más en verano y en el extranjero, sobre todo en Francia, Alemania y Estados Unidos, donde hay mucha demanda de productos gourmet", ha explicado el presidente de la asociación, Vicente Sirvent Mira.

Las exportaciones suponen ya el 26 % de las ventas del sector en la localidad, frente al 15 % de hace una década. Las empresas han lanzado además versiones sin azúcar añadido y con chocolate negro para atraer a nuevos consumidores.

El Museo del Turrón de Xalona, que recibe unos 60.000 visitantes al año, ha ampliado su horario durante las fiestas.
"""

H["es_misc_11"] = """El embalse de La Rambla Seca cae al 14 % y Fuentealegre restringe el riego de jardines

Fuentealegre (Murcia), 3 dic (EFE).- El embalse de La Rambla Seca, que abastece a Fuentealegre y a otros cuatro municipios del noroeste murciano, se encuentra al 14 % de su capacidad tras el otoño más seco de los últimos 30 años, lo que ha llevado al ayuntamiento a prohibir el riego de jardines privados y el llenado de piscinas.

El pantano, con una capacidad de 38 hectómetros cúbicos, almacena ahora 5,3, frente a los 11,8 de hace un año. En septiembre, octubre y noviembre apenas han caído 41 litros por metro cuadrado en la cuenca, menos de la mitad de lo habitual, según los registros de la confederación hidrográfica.

El bando municipal, que entra en vigor este viernes, limita también la limpieza de calles con agua potable y obliga a los comercios a cerrar las fuentes ornamentales. Las infracciones podrán sancionarse con multas de hasta 750 euros.

"No hay riesgo inmediato para el abastecimiento de las casas, pero tenemos que ahorrar ahora para no tener cortes en verano", ha explicado la concejala de Medio Ambiente, Pilar Navarro Egea, que ha pedido a los vecinos que reduzcan el consumo un 15 %.

Los regantes de la comarca, que dependen en parte del mismo embalse, han visto reducida su dotación a la mitad y temen pérdidas en los cultivos de almendro y de cítricos.

El ayuntamiento ha anunciado que licitará en enero la reparación de 12 kilómetros de tuberías antiguas, por las que se pierde cerca de un 20 % del agua que se distribuye.
"""

H["es_misc_12"] = """Intervenidas 430.000 cajetillas de tabaco de contrabando en el puerto de Puerto Alcázar

PUERTO ALCÁZAR (CÁDIZ), 4 (EUROPA PRESS)

La Guardia Civil y el Servicio de Vigilancia Aduanera han intervenido en el puerto de Puerto Alcázar 430.000 cajetillas de tabaco de contrabando ocultas en un contenedor que, según su documentación, transportaba losas de mármol procedentes de un puerto del Mediterráneo oriental.

La mercancía, valorada en unos 2,1 millones de euros, se descubrió durante una inspección con escáner de rayos X, que detectó irregularidades en la densidad de la carga. Al abrir el contenedor, los agentes encontraron las cajas de tabaco tras una primera fila de placas de mármol, según ha informado este viernes la Agencia Tributaria.

El importe de los impuestos que se habrían dejado de pagar asciende a 1,7 millones de euros. Las cajetillas, de una marca sin autorización para su venta en la Unión Europea, iban a distribuirse en mercados ambulantes y en locales de varias provincias andaluzas.

La operación ha permitido identificar a la empresa importadora, con sede en Sevilla, cuyo administrador, un hombre de 51 años, ha sido investigado por un presunto delito de contrabando.

"Las redes utilizan cada vez más contenedores con mercancías legales para camuflar el tabaco, porque saben que los controles en los pasos terrestres se han reforzado", han explicado fuentes de la investigación.

En lo que va de año, las autoridades han aprehendido en los puertos andaluces más de 3,5 millones de cajetillas de contrabando.
"""

H["es_misc_13"] = """El festival de cortometrajes de Alboreda bate su récord con 2.400 obras de 86 países

Alboreda (Valencia), 30 nov (EFE).- El Festival Internacional de Cortometrajes de Alboreda, que celebra este año su vigésima edición del 9 al 13 de diciembre, ha recibido un récord de 2.400 obras de 86 países, de las que 64 competirán en las secciones oficiales, según han anunciado este lunes sus organizadores.

La sección de ficción incluirá 28 cortometrajes, la de animación 18 y la de documental otros 18. Por primera vez, el festival tendrá una sección dedicada a piezas rodadas con teléfonos móviles por estudiantes de secundaria de la Comunitat Valenciana, con 12 títulos.

El certamen repartirá 32.000 euros en premios, y el ganador de la sección de ficción obtendrá además el pase directo a la preselección de los premios Goya en la categoría de mejor cortometraje.

"Cuando empezamos, hace veinte años, proyectábamos en un bar con una sábana colgada de la pared. Hoy recibimos películas de todos los continentes y vienen directores que luego triunfan en Cannes o en San Sebastián", ha recordado el director del festival, Pau Ferrer Llopis.

Las proyecciones tendrán lugar en el Teatro Principal de Alboreda y en dos salas del centro cultural municipal, con entradas a 3 euros. Además, habrá talleres gratuitos de guion y de montaje para jóvenes.

El festival contará con un presupuesto de 210.000 euros, aportados por el ayuntamiento, la Diputación de Valencia, el Instituto Valenciano de Cultura y varios patrocinadores privados.
"""

H["es_misc_14"] = """Alumnos de un instituto de Navalcerro ganan un premio europeo con un filtro de cáscaras de almendra

Navalcerro (Toledo), 1 dic (EFE).- Cuatro alumnos de bachillerato del instituto público Campo de Montalbán de Navalcerro han ganado el primer premio de un concurso europeo de jóvenes científicos con un filtro que utiliza cáscaras de almendra tostadas para eliminar nitratos del agua de pozos agrícolas.

Los estudiantes, de entre 16 y 17 años, recogieron muestras de agua de 23 pozos de la comarca durante el curso pasado y comprobaron que en 15 de ellos la concentración de nitratos superaba el límite de 50 miligramos por litro que fija la normativa para el agua de consumo.

El filtro, que han fabricado con materiales reciclados y un coste inferior a 30 euros, consigue reducir esa concentración en un 60 % en las pruebas de laboratorio, según ha explicado este martes el centro educativo.

"Empezamos casi por casualidad, porque el abuelo de uno de nosotros se quejaba de que no podía beber el agua de su pozo. Nunca pensamos que íbamos a llegar tan lejos", ha contado una de las alumnas, Sara Gómez Rubio.

El premio, dotado con 7.000 euros, se entregó el fin de semana en Bruselas, donde el equipo presentó su proyecto ante un jurado de investigadores de 14 países. Los alumnos destinarán el dinero a comprar material para el laboratorio del instituto.

La Universidad de Castilla-La Mancha ha ofrecido a los estudiantes la posibilidad de seguir desarrollando el filtro en uno de sus laboratorios de química ambiental.
"""

H["es_misc_15"] = """Alboreda renueva su flota urbana con 22 autobuses eléctricos

Alboreda (Valencia), 2 dic (EFE).- Alboreda ha presentado este miércoles los 22 autobuses eléctricos que sustituirán a partir del lunes a la mitad de su flota de transporte urbano, con lo que se convertirá en la primera ciudad valenciana de su tamaño con más vehículos eléctricos que diésel en sus líneas.

Los nuevos autobuses, de 12 metros de longitud y con capacidad para 80 pasajeros, han costado 13,6 millones de euros, financiados en un 60 % con fondos europeos de recuperación. Tienen una autonomía de 300 kilómetros y se recargarán por la noche en las cocheras municipales, donde se ha instalado una planta fotovoltaica de 1,2 megavatios.

Según el ayuntamiento, el cambio permitirá evitar la emisión de unas 1.900 toneladas de dióxido de carbono al año y reducirá un 40 % el gasto en combustible de la empresa municipal de transportes.

"La gente nota la diferencia en cuanto sube: no hay ruido, no huele a gasoil y las paradas están más limpias. Es un cambio que se ve y se oye", ha afirmado la alcaldesa, Amparo Soler Climent.

Los vehículos llevan puertos de carga USB, pantallas con información en tiempo real y espacio para dos sillas de ruedas y dos cochecitos de bebé. La empresa municipal ha formado a sus 64 conductores en técnicas de conducción eficiente.

El consistorio prevé sustituir los 20 autobuses diésel restantes antes de 2029 y estudia crear una línea nocturna los fines de semana.
"""

H["es_misc_16"] = """Una fábrica de madera contralaminada creará 85 empleos en Castrobello

Castrobello (Zamora), 4 dic (EFE).- La empresa Maderas del Duero instalará en el polígono industrial de Castrobello una fábrica de paneles de madera contralaminada para la construcción, con una inversión de 27 millones de euros y la creación de 85 empleos directos, según ha anunciado este viernes la Junta de Castilla y León.

La planta ocupará una parcela de 60.000 metros cuadrados y tendrá capacidad para producir 50.000 metros cúbicos de paneles al año, que se destinarán a la construcción de viviendas, colegios y edificios de oficinas en España y en Francia.

La empresa utilizará madera de pino procedente de montes certificados de Zamora, León y Soria, lo que, según sus responsables, generará otros 200 empleos indirectos en el sector forestal y en el transporte.

"La madera es el material de construcción del futuro: almacena carbono, se monta en la mitad de tiempo y permite edificar en altura. Queremos que Castrobello sea una referencia en este sector", ha afirmado el consejero delegado de la compañía, Alberto Rubio Cuesta.

La Junta aportará una subvención de 4,1 millones de euros a través de su programa de ayudas a la industria en zonas rurales. Las obras comenzarán en la primavera de 2027 y la fábrica debería estar en funcionamiento a finales de 2028.

El alcalde de Castrobello, Julián Prieto Salvador, ha calificado el proyecto como "la mejor noticia para el pueblo en medio siglo" y ha anunciado que el ayuntamiento bonificará el impuesto de construcciones.
"""

H["es_misc_17"] = """Rescatados dos montañeros tras pasar la noche a la intemperie en los Picos de Europa

Oviedo, 6 dic (EFE).- El Grupo de Rescate del 112 Asturias y la Guardia Civil han rescatado este domingo a dos montañeros de 28 y 33 años que habían pasado la noche a la intemperie a unos 2.100 metros de altitud en los Picos de Europa, después de desorientarse por la niebla durante el descenso de una cima.

Los dos jóvenes, vecinos de Gijón, alertaron al 112 sobre las 19.30 horas del sábado, cuando ya había oscurecido y la temperatura había bajado a cinco grados bajo cero. Las condiciones meteorológicas impidieron que el helicóptero pudiera volar durante la noche, según ha informado el Servicio de Emergencias del Principado.

Un equipo de cuatro rescatadores salió a pie desde el refugio más cercano, pero tuvo que detenerse por el riesgo de aludes. Los montañeros, que llevaban ropa de abrigo y una manta térmica, se resguardaron junto a una roca y mantuvieron contacto telefónico con los servicios de emergencia hasta que se agotó la batería de uno de los móviles.

"Hicieron lo correcto: no se movieron, se protegieron del viento y ahorraron batería. Eso les ha salvado la vida", ha explicado uno de los rescatadores.

El helicóptero los localizó a las 8.15 horas y los trasladó al Hospital Universitario Central de Asturias con síntomas de hipotermia leve.

El 112 recuerda que en invierno conviene consultar la previsión, llevar material adecuado y comunicar siempre la ruta prevista.
"""

# same topic (Iberian lynx), different events
H["es_topic_1"] = """Muere atropellado un lince ibérico en la A-4 a su paso por Jaén

Jaén, 1 dic (EFE).- Un ejemplar macho de lince ibérico de unos dos años ha muerto atropellado este martes en la autovía A-4, en el término municipal de Guarromán (Jaén), según ha informado la Consejería de Sostenibilidad y Medio Ambiente de la Junta de Andalucía.

El animal, que llevaba un collar emisor, había nacido en libertad en la sierra de Andújar y se encontraba en fase de dispersión, es decir, buscando un territorio propio lejos del de su madre. Un conductor avisó al 112 sobre las 6.30 horas tras ver el cuerpo en el arcén.

Es el decimonoveno lince muerto por atropello en España en lo que va de año, según los datos de los programas de conservación, lo que convierte las carreteras en la principal causa de mortalidad no natural de la especie.

"Cada atropello es una pérdida enorme, porque se trata de un animal joven que podría haber formado una nueva población. Necesitamos más pasos de fauna y vallados en los puntos negros", ha señalado un técnico del programa de conservación.

La Junta ha recordado que en este tramo de la A-4 ya se han construido cuatro pasos inferiores adaptados, pero que los animales siguen cruzando por la calzada en algunos puntos sin vallar.

La población de lince ibérico supera ya los 2.400 ejemplares entre España y Portugal, frente a menos de un centenar a principios de este siglo.
"""

H["es_topic_2"] = """Sueltan dos linces ibéricos en los Montes de Toledo para crear un nuevo núcleo

Navalcerro (Toledo), 4 dic (EFE).- Técnicos de la Junta de Comunidades de Castilla-La Mancha han liberado este viernes dos linces ibéricos, un macho y una hembra nacidos en un centro de cría en cautividad, en una finca de los Montes de Toledo próxima a Navalcerro, con el objetivo de consolidar un nuevo núcleo reproductor de la especie.

Los animales, de un año y medio, han pasado las últimas seis semanas en un cercado de presuelta de dos hectáreas, donde se han acostumbrado a cazar conejos y al entorno. Llevan collares con GPS que permitirán seguir sus movimientos durante los próximos meses.

Con esta suelta, son ya 31 los linces liberados en los Montes de Toledo desde que comenzó el programa de reintroducción en la zona, en el que colaboran propietarios de fincas privadas, cazadores y organizaciones conservacionistas.

"La clave es el conejo. Aquí hemos trabajado con los propietarios para recuperar sus poblaciones, y eso es lo que permite que el lince se quede", ha explicado la bióloga responsable del seguimiento, Elena Martín Bermejo.

El año pasado nacieron en la comarca al menos 14 cachorros en libertad, lo que confirma, según la Junta, que el núcleo empieza a ser estable. Los técnicos confían en que la hembra liberada pueda tener su primera camada la próxima primavera.

La consejería ha pedido a los conductores precaución en las carreteras comarcales de la zona, donde se han instalado nuevas señales de aviso.
"""

# same event (furniture warehouse fire in Navalcerro), two outlets written independently
H["es_event_1"] = """Un incendio destruye una nave de una fábrica de muebles en el polígono de Navalcerro

Navalcerro (Toledo), 5 dic (EFE).- Un incendio ha destruido durante la madrugada de este sábado una nave de 3.000 metros cuadrados de una fábrica de muebles en el polígono industrial de Navalcerro, sin que haya que lamentar daños personales, según ha informado el Consorcio Provincial de Extinción de Incendios de Toledo.

El aviso se recibió en el centro del 112 de Castilla-La Mancha a las 2.45 horas, cuando un vigilante de una empresa cercana vio salir humo por la cubierta. Hasta el lugar se desplazaron seis dotaciones de bomberos de los parques de Torrijos, Toledo y Talavera de la Reina, con 22 efectivos.

Las llamas se propagaron con rapidez por el almacén de tableros, barnices y productos acabados, y provocaron el derrumbe parcial de la cubierta. Los bomberos centraron sus esfuerzos en evitar que el fuego alcanzara una segunda nave anexa y un depósito de gasóleo, lo que consiguieron, y dieron el incendio por controlado a las 7.30 horas.

La columna de humo, visible desde varios kilómetros, obligó a la Guardia Civil a cortar durante dos horas la carretera de acceso al polígono. El ayuntamiento recomendó a los vecinos de las casas más próximas mantener cerradas puertas y ventanas.

Las causas del incendio se desconocen por el momento y serán investigadas por la Guardia Civil. La empresa, que da trabajo a 45 personas, no ha cuantificado todavía los daños.
"""

H["es_event_2"] = """«Veinte años de trabajo se han quemado en una noche»: la fábrica de muebles Hermanos Gálvez, arrasada por el fuego

El teléfono de Ramón Gálvez sonó a las tres menos cuarto de la madrugada del sábado. Al otro lado, el vigilante de la nave vecina le decía que salía humo del tejado de su fábrica. «Cuando llegué ya no se podía entrar. Veinte años de trabajo se han quemado en una noche», resumía ayer por la tarde, todavía con la ropa oliendo a humo, el gerente de Muebles Hermanos Gálvez.

La empresa familiar, que fundó su padre en un pequeño taller del casco antiguo y que se trasladó al polígono en 2006, tenía en el almacén los pedidos de Navidad de varias tiendas de Madrid y de Andalucía. «Había más de trescientas mesas y aparadores listos para cargar el lunes», explicaba.

Sus 45 empleados se acercaron a primera hora a ver lo que quedaba de la nave de 3.000 metros cuadrados, con la cubierta hundida y las paredes ennegrecidas. «Lo primero que nos ha dicho Ramón es que nadie se va a quedar en la calle», contaba Lucía Herrero, que trabaja en el taller de barnizado desde hace once años.

Los vecinos de la urbanización cercana vivieron una noche de nervios. «Se veían las llamas desde la terraza y olía muchísimo a plástico quemado», relataba Andrés, jubilado.

Gálvez agradeció el trabajo de los bomberos, que salvaron la nave de montaje y la maquinaria principal, y confía en retomar parte de la actividad en dos semanas.

El Eco de Navalcerro
"""

# close rewrite of misc_3 by a local news site (same facts and figures, reworded, quote verbatim)
H["es_reuse_rewrite_misc3"] = """Se acabaron los viajes a Murcia: 90 enfermos renales ya se dializan en Fuentealegre

Los pacientes con insuficiencia renal crónica de la comarca ya no tendrán que hacer la maleta tres veces por semana. Desde este miércoles, el Hospital Comarcal de Fuentealegre cuenta con su propia unidad de hemodiálisis, con 18 puestos, que atenderá a unos 90 enfermos que hasta ahora recibían el tratamiento en la capital.

La diferencia es notable: según los cálculos de la gerencia, cada uno de ellos sumaba de media 140 kilómetros entre ida y vuelta en cada sesión, ya fuera en ambulancia o en taxi sanitario.

«Hay pacientes que llevaban años saliendo de casa a las seis de la mañana para volver a media tarde, tres días a la semana. Para ellos esto cambia la vida», resumió la doctora Inmaculada Sáez Ruiz, responsable del servicio de Nefrología.

El Servicio Murciano de Salud ha invertido 3,2 millones de euros en las obras, en los monitores y en una planta para tratar el agua. La unidad, instalada en la segunda planta del edificio de consultas externas, abrirá de lunes a sábado de 8.00 a 23.00 horas, repartidas en tres turnos, y tendrá 26 profesionales entre nefrólogos, enfermeras y técnicos.

El consejero de Salud, de visita en el hospital, avanzó que en 2027 se sumará una consulta de enfermedad renal avanzada. La asociación de enfermos renales, que llegó a reunir más de 12.000 firmas, celebra la apertura, pero reclama más horarios de transporte sanitario.

Fuentealegre Hoy
"""

# shortened rewrite of ONE formula item (detenidos_2)
H["es_reuse_rewrite_detenidos2"] = """Cae la falsa técnica del gas que engañó a 37 mayores de Alboreda

Se presentaba con uniforme y un carné de una empresa instaladora que no existía, fingía revisar la caldera y pedía entre 180 y 600 euros. Así estafó, según la Policía Nacional, a 37 vecinos de edad avanzada de Alboreda una mujer de 29 años que fue arrestada el martes.

Los agentes le atribuyen un botín de unos 46.000 euros. Las primeras denuncias llegaron a la comisaría local en septiembre.

La mujer, con once antecedentes por estafa, está ya en prisión provisional por orden del Juzgado de Instrucción número 3.

Crónica de Alboreda
"""

# partial reuse: a regional greenways plan lifting two paragraphs of misc_6 verbatim
_m6 = H["es_misc_6"].split("\n\n")
H["es_reuse_partial_misc6"] = f"""La Junta destinará 22 millones a convertir 300 kilómetros de vías férreas abandonadas en caminos

Valladolid, 3 dic (EFE).- La Junta de Castilla y León ha aprobado este jueves un plan para transformar en vías verdes unos 300 kilómetros de antiguos trazados ferroviarios abandonados en seis provincias de la comunidad, con una inversión de 22 millones de euros hasta 2030, dos días después de la apertura del camino del Alto Orbeda, en León.

{_m6[2]}

{_m6[3]}

El plan incluye la recuperación de los antiguos trazados del ferrocarril de la Bureba, en Burgos, y de un ramal minero en el norte de Palencia, así como la conexión de la vía verde del Alto Orbeda con el Camino de Santiago, según ha explicado el consejero de Medio Ambiente tras la reunión del Consejo de Gobierno.

Los ayuntamientos por los que pasan los trazados deberán comprometerse a mantener las infraestructuras y a señalizar las conexiones con los cascos urbanos. La Junta abrirá en febrero una línea de ayudas para negocios de hostelería y alquiler de bicicletas situados a menos de dos kilómetros de los caminos.

Los colectivos ciclistas han valorado el plan, aunque reclaman que se acelere la tramitación, ya que algunos de los proyectos llevan más de una década en estudio y varios puentes se encuentran en mal estado.
"""
