# -*- coding: utf-8 -*-
"""Hand-written Brazilian Portuguese (Folhapress style) items: stand-alone misc_*, same-topic pair topic_1/2, same-event
pair event_1/2 (two outlets, written independently), the two rewrites and the partial reuse."""
H = {}

H["pt_misc_1"] = """Antiga estação ferroviária de Itaquari é reaberta como biblioteca

ITAQUARI, SP (FOLHAPRESS) - A antiga estação ferroviária de Itaquari, no interior paulista, fechada desde 1998, foi reaberta nesta segunda-feira (4) como biblioteca municipal. O prédio de 1912, tombado pelo patrimônio histórico do município, passou por uma restauração de dois anos que custou R$ 7,8 milhões.

A nova biblioteca tem acervo inicial de 42 mil livros, uma sala de leitura infantil no antigo armazém de cargas e um espaço com 30 computadores de uso gratuito. A plataforma de embarque foi coberta e vai receber saraus e feiras de livros aos fins de semana.

“Essa estação trouxe o progresso para Itaquari há mais de cem anos. Agora ela volta a ser um ponto de encontro, só que para a leitura”, disse a prefeita, Sandra Moreira Lopes, na cerimônia de inauguração.

A biblioteca vai funcionar de segunda a sábado, das 8h às 20h. Segundo a prefeitura, o antigo espaço da biblioteca, que ocupava duas salas no Paço Municipal, será transformado em arquivo histórico.
"""

H["pt_misc_2"] = """Biólogos descrevem nova espécie de perereca na mata atlântica do vale do Ribeira

SÃO PAULO, SP (FOLHAPRESS) - Uma equipe de biólogos descreveu uma nova espécie de perereca encontrada em um fragmento de mata atlântica no vale do Ribeira, no sul do estado de São Paulo. O anfíbio, que mede cerca de 2 centímetros, foi batizado de Ololygon ribeirana, em referência à região onde foi coletado.

A descrição foi publicada nesta terça-feira (5) em uma revista científica internacional. Segundo o herpetólogo Renato Kenji Yamada, que coordenou o estudo, a perereca se distingue das espécies aparentadas pelo canto, com notas curtas repetidas até 40 vezes por minuto, e por manchas alaranjadas na parte interna das coxas.

“Encontramos os primeiros exemplares em 2022, mas foram necessários três anos de gravações e de análises de DNA para ter certeza de que se tratava de uma espécie nova”, afirmou Yamada.

Os autores recomendam que a perereca seja classificada como ameaçada de extinção, já que só foi registrada em uma área de cerca de 15 quilômetros quadrados, cercada por plantações de banana e por uma estrada vicinal.
"""

H["pt_misc_3"] = """Café arábica sobe 18% em um mês e anima produtores do sul de Minas

SERRA ALTA DE MINAS, MG (FOLHAPRESS) - A saca de 60 quilos do café arábica foi negociada a R$ 2.340 nesta terça-feira (5) nas cooperativas do sul de Minas Gerais, alta de 18% em relação ao início de dezembro. É o maior valor nominal já registrado na região, segundo levantamento de uma cooperativa de Serra Alta de Minas.

Analistas atribuem a alta à quebra da safra no Vietnã, maior produtor de café robusta, e aos estoques baixos nos países consumidores. A demanda aquecida na Europa, às vésperas de novas regras ambientais para importação, também pressiona as cotações.

“Quem vendeu a safra antecipadamente no meio do ano está vendo o preço passar longe. Quem segurou o café no armazém está fazendo o melhor negócio da década”, disse o presidente da cooperativa, Antônio Carlos Ribeiro.

Apesar do cenário favorável, produtores se queixam da alta dos fertilizantes e da falta de mão de obra para a colheita, prevista para começar em maio.
"""

H["pt_misc_4"] = """Hospital regional de Serra Alta de Minas inaugura primeira UTI neonatal da região

SERRA ALTA DE MINAS, MG (FOLHAPRESS) - O Hospital Regional de Serra Alta de Minas inaugurou nesta quarta-feira (6) a primeira UTI neonatal da região, com 20 leitos. Até agora, recém-nascidos prematuros ou com complicações graves precisavam ser transferidos para Belo Horizonte, a 210 quilômetros de distância.

A unidade custou R$ 14,5 milhões, divididos entre o governo estadual e o Ministério da Saúde, e vai contar com 64 profissionais, entre médicos, enfermeiros e fisioterapeutas. Segundo a direção do hospital, cerca de 380 bebês por ano deixavam a região para receber atendimento na capital.

“Cada transferência era uma viagem de três horas de ambulância com um bebê de 800 gramas. Muitas famílias passavam semanas longe de casa”, disse a neonatologista Carla Regina Fontes, que vai coordenar a UTI.

Os primeiros pacientes devem ser internados a partir da próxima semana. O hospital também abriu 10 leitos de cuidados intermediários para os bebês que deixam a UTI.
"""

H["pt_misc_5"] = """Folia de Reis reúne 60 grupos e 25 mil pessoas em Juruaçu (GO)

JURUAÇU, GO (FOLHAPRESS) - Sessenta grupos de folia de reis de Goiás, Minas Gerais e Tocantins se encontraram nesta quarta-feira (6), Dia de Reis, em Juruaçu, no norte goiano, para o encerramento do ciclo natalino. A prefeitura estima que 25 mil pessoas tenham acompanhado o cortejo pelas ruas do centro.

Os foliões, com bandeiras, violas, caixas e sanfonas, percorreram 3 quilômetros até a praça da matriz, onde foram servidos 4.000 pratos de arroz com frango caipira, preparados por voluntários em tachos de cobre.

“Meu avô saía na folia, meu pai saiu e agora saem meus netos. Enquanto tiver gente para cantar, a tradição não morre”, disse o mestre Sebastião Ferreira da Silva, de 78 anos, que comanda uma das companhias mais antigas do município.

O encontro é realizado há 41 anos e foi reconhecido em 2024 como patrimônio cultural imaterial de Goiás.
"""

H["pt_misc_6"] = """Trem de passageiros volta a ligar Itaquari e Santa Cruz do Ribeira após 27 anos

ITAQUARI, SP (FOLHAPRESS) - Um trem de passageiros voltou a circular nesta quinta-feira (7) entre Itaquari e Santa Cruz do Ribeira, no interior paulista, 27 anos depois da desativação da linha. A primeira viagem saiu às 6h15 com 180 passageiros, entre moradores, ferroviários aposentados e autoridades.

Os 48 quilômetros de trilhos foram recuperados pelo governo estadual com investimento de R$ 312 milhões. Serão oito viagens de ida e volta por dia, e o percurso leva 52 minutos, contra cerca de uma hora e meia de ônibus pela rodovia.

A expectativa da concessionária que opera a linha é transportar 4.600 passageiros por dia a partir do segundo semestre, quando as quatro estações intermediárias estiverem concluídas. A passagem custa R$ 5,40, o mesmo valor do ônibus intermunicipal.

“Trabalhei 31 anos nessa ferrovia e vi o último trem partir. Nunca achei que ia ver outro chegar”, disse o maquinista aposentado Osvaldo Pereira Nunes, de 84 anos, que viajou na cabine a convite da empresa.

Nos primeiros dias, haverá apenas quatro viagens diárias, em fase de testes com passageiros.
"""

H["pt_misc_7"] = """Lagoa Funda amplia vacinação contra a dengue após alta de 70% nos casos

LAGOA FUNDA, PR (FOLHAPRESS) - A Prefeitura de Lagoa Funda, no oeste do Paraná, vai ampliar a partir desta sexta-feira (8) a vacinação contra a dengue para moradores de 10 a 59 anos com doenças crônicas. A decisão foi tomada depois que o município registrou 1.270 casos confirmados nas últimas quatro semanas, alta de 70% em relação ao mesmo período do ano anterior.

Segundo a Secretaria Municipal de Saúde, 14 pacientes estão internados, dois deles em UTI. Não há mortes confirmadas, mas três óbitos suspeitos são investigados.

A cidade recebeu 9.000 doses extras do imunizante. Além das 12 unidades básicas de saúde, haverá vacinação em um posto volante no terminal rodoviário, das 8h às 17h.

Agentes de endemias também fazem mutirões de casa em casa para eliminar criadouros do mosquito Aedes aegypti. De acordo com a prefeitura, 80% dos focos encontrados estavam em recipientes dentro dos quintais.
"""

H["pt_misc_8"] = """Porto Anil recebe 210 mil turistas no Réveillon, recorde da cidade

PORTO ANIL, BA (FOLHAPRESS) - Porto Anil, no sul da Bahia, recebeu cerca de 210 mil visitantes entre o Natal e o primeiro fim de semana de janeiro, o maior número de sua história, segundo balanço divulgado nesta segunda-feira (4) pela Secretaria de Turismo do município. No ano anterior, haviam sido 165 mil.

A taxa de ocupação dos hotéis e pousadas chegou a 97% na noite da virada, quando 120 mil pessoas acompanharam a queima de fogos de 18 minutos na orla. O aeroporto regional teve 46 voos extras no período.

“A abertura da nova rota aérea com São Paulo fez toda a diferença. Recebemos muita gente que nunca tinha ouvido falar da cidade”, afirmou a secretária de Turismo, Márcia Oliveira Santana.

O movimento também trouxe problemas: houve falta de água em bairros da orla e filas de até duas horas na travessia de balsa para as praias do sul.
"""

H["pt_misc_9"] = """Startup goiana de drones agrícolas recebe aporte de R$ 40 milhões

SÃO PAULO, SP (FOLHAPRESS) - A AgroVoo, startup de Juruaçu (GO) que usa drones para aplicar defensivos e mapear lavouras, recebeu um aporte de R$ 40 milhões liderado por um fundo de investimento paulista, informou a empresa nesta terça-feira (5).

Fundada em 2021 por três engenheiros agrônomos, a empresa atende 1.300 produtores em Goiás, Mato Grosso e Tocantins e monitorou 680 mil hectares na última safra. O faturamento em 2026 foi de R$ 58 milhões, o dobro do ano anterior.

Os recursos serão usados para abrir bases em Mato Grosso do Sul e no Matopiba e para desenvolver um drone com capacidade para 70 litros de calda, o dobro dos modelos atuais.

“O produtor médio não tem dinheiro para comprar um avião agrícola, mas precisa de precisão. É esse espaço que estamos ocupando”, disse o presidente-executivo e cofundador, Lucas Mendonça Arantes.
"""

H["pt_misc_10"] = """Moradora de Santa Cruz do Ribeira completa 106 anos com festa para 200 convidados

SANTA CRUZ DO RIBEIRA, SP (FOLHAPRESS) - A aposentada Benedita Rosa de Almeida, moradora mais velha de Santa Cruz do Ribeira, completou 106 anos nesta sexta-feira (8) com uma festa para cerca de 200 convidados no salão da igreja do bairro Porto Velho.

Nascida em 1921 em um sítio às margens do rio Ribeira de Iguape, dona Benedita trabalhou na roça e como lavadeira, criou 11 filhos e tem hoje 34 netos, 52 bisnetos e 9 tataranetos. Ela ainda mora sozinha, em uma casa ao lado da de uma das filhas.

“O segredo é não guardar raiva de ninguém e comer peixe do rio”, disse a aniversariante, que dançou duas músicas com o bisneto mais novo.

A prefeitura entregou a ela uma placa de homenagem. Segundo o IBGE, o município tem 14 moradores com mais de 100 anos.
"""

H["pt_misc_11"] = """Escola pública de Lagoa Funda vence torneio nacional de robótica

LAGOA FUNDA, PR (FOLHAPRESS) - Uma equipe de seis alunos de uma escola estadual de Lagoa Funda, no Paraná, venceu neste sábado (9) a final de um torneio nacional de robótica educacional, em Brasília, disputada por 96 equipes de 21 estados. O grupo garantiu vaga no mundial da competição, em abril, nos Estados Unidos.

O robô desenvolvido pelos estudantes, de 14 a 17 anos, separa automaticamente grãos de soja com defeito usando uma câmera e um programa de reconhecimento de imagem. O projeto foi montado com peças de sucata e custou cerca de R$ 1.800.

“A gente treinava depois da aula, no laboratório de ciências, muitas vezes até as 22h”, contou a aluna Gabriela Souza Kruger, de 16 anos, capitã da equipe.

A direção da escola diz que vai fazer uma vaquinha para custear as passagens dos alunos e de dois professores.
"""

H["pt_misc_12"] = """Preço do tomate dispara 62% em dezembro e pesa no bolso do consumidor

SÃO PAULO, SP (FOLHAPRESS) - O preço do tomate no atacado subiu 62% em dezembro e chegou a R$ 9,80 o quilo nesta segunda-feira (4) nas principais centrais de abastecimento do Sudeste, segundo levantamento de uma consultoria do setor de hortifrúti.

O aumento é explicado pelas chuvas fortes em áreas produtoras de São Paulo e de Minas Gerais, que provocaram doenças nas plantas e reduziram a oferta em cerca de 30%. A batata e a cenoura também ficaram mais caras, com altas de 24% e 19%, respectivamente.

“Na feira, o tomate está chegando a R$ 14. O cliente olha, reclama e leva só dois ou três”, disse a feirante Rosângela Duarte, que trabalha há 22 anos em feiras livres da zona leste paulistana.

Segundo a consultoria, os preços devem começar a cair em fevereiro, com a entrada da safra de verão de outras regiões.
"""

H["pt_misc_13"] = """Parque estadual reabre trilhas cinco meses após incêndio em Goiás

JURUAÇU, GO (FOLHAPRESS) - O Parque Estadual do Morro Azul, em Juruaçu, no norte de Goiás, reabriu neste sábado (9) três de suas sete trilhas, fechadas desde agosto, quando um incêndio queimou 4.200 hectares, cerca de 40% da área da unidade de conservação.

Brigadistas e voluntários plantaram 18 mil mudas de espécies do cerrado nas áreas mais afetadas. Segundo a gestão do parque, a vegetação rasteira já se recuperou em boa parte das áreas queimadas, mas as matas de galeria devem levar anos para voltar ao estado anterior.

As visitas precisam ser agendadas pela internet e estão limitadas a 300 pessoas por dia. A cachoeira do Véu, principal atração do parque, continua fechada.

A Polícia Civil concluiu em novembro que o fogo foi provocado por uma queimada irregular em uma propriedade vizinha. O dono da fazenda foi indiciado por crime ambiental.
"""

H["pt_misc_14"] = """Prefeitura de Itaquari abre concurso com 320 vagas e salários de até R$ 12 mil

ITAQUARI, SP (FOLHAPRESS) - A Prefeitura de Itaquari publicou nesta terça-feira (5) o edital de um concurso público com 320 vagas em 28 cargos, a maior seleção do município em 15 anos. Os salários variam de R$ 2.150, para auxiliar de serviços gerais, a R$ 12.300, para médico.

A maior parte das vagas é para a educação, com 140 postos de professor de educação básica, e para a saúde, com 62 vagas de técnico de enfermagem e enfermeiro. Há ainda vagas para engenheiro civil, guarda municipal e motorista.

As inscrições vão de 12 de janeiro a 9 de fevereiro, pela internet, e a taxa varia de R$ 45 a R$ 110, conforme o nível de escolaridade. As provas objetivas estão marcadas para 15 de março.

Segundo a prefeitura, 5% das vagas são reservadas a pessoas com deficiência e 20% a candidatos negros.
"""

H["pt_misc_15"] = """Lagoa Funda põe em circulação os primeiros 24 ônibus elétricos

LAGOA FUNDA, PR (FOLHAPRESS) - Os primeiros 24 ônibus elétricos do transporte coletivo de Lagoa Funda começaram a circular nesta quinta-feira (7) em quatro linhas que ligam o centro aos bairros da zona sul. Os veículos substituem parte da frota a diesel, que tem idade média de 11 anos.

Cada ônibus custou R$ 2,9 milhões e tem autonomia de 250 quilômetros com uma carga completa. A recarga é feita durante a noite, na garagem da empresa, que instalou 12 carregadores e uma usina solar no telhado.

Segundo a prefeitura, a substituição deve evitar a emissão de 1.900 toneladas de gás carbônico por ano. A meta é que metade da frota de 110 veículos seja elétrica até 2030.

“O passageiro vai perceber a diferença no barulho e no calor dentro do ônibus, porque todos têm ar-condicionado”, disse o secretário de Mobilidade, Eduardo Wiese.
"""

H["pt_misc_16"] = """Polícia resgata 430 aves silvestres em feira livre de Porto Anil (BA)

PORTO ANIL, BA (FOLHAPRESS) - Policiais militares ambientais resgataram neste domingo (10) 430 aves silvestres que eram vendidas ilegalmente em uma feira livre de Porto Anil, no sul da Bahia. Três homens foram presos em flagrante.

Entre os animais estavam canários-da-terra, coleirinhos, sabiás e seis papagaios-verdadeiros, muitos deles amontoados em gaiolas pequenas e sem água. Segundo a polícia, cerca de 40 aves estavam mortas ou morreram logo depois do resgate.

Os presos vão responder por crime contra a fauna e maus-tratos. Se condenados, podem pegar até um ano e meio de prisão, além de multa de R$ 500 por animal.

As aves sobreviventes foram levadas para um centro de triagem de animais silvestres, onde vão passar por avaliação veterinária antes de serem soltas na natureza.
"""

H["pt_misc_17"] = """Museu de Itaquari abre exposição com 180 obras de artistas indígenas

ITAQUARI, SP (FOLHAPRESS) - O Museu de Arte de Itaquari abre neste sábado (9) uma exposição com 180 obras de 46 artistas indígenas de 19 povos, entre pinturas, esculturas, cerâmicas, fotografias e vídeos. É a maior mostra de arte indígena contemporânea já realizada no interior paulista.

A exposição ocupa os três andares do museu e inclui uma instalação de 12 metros feita com fibras de buriti por artistas do Tocantins, além de uma série de retratos produzidos em aldeias do Alto Xingu.

“Não queremos ser vistos como peça de museu etnográfico. Somos artistas do nosso tempo”, afirmou a curadora, a artista guarani Jerá Poty Mirim.

A mostra fica em cartaz até 30 de maio, de terça a domingo, das 10h às 18h, com entrada gratuita.
"""

# same topic (cougars / jaguars), different events
H["pt_topic_1"] = """Onça-parda é flagrada em condomínio de Itaquari e capturada pelos bombeiros

ITAQUARI, SP (FOLHAPRESS) - Uma onça-parda foi capturada na manhã desta terça-feira (5) no quintal de uma casa em um condomínio fechado de Itaquari, no interior paulista, depois de ser filmada por câmeras de segurança andando pelas ruas do local durante a madrugada.

O animal, um macho jovem de cerca de 40 quilos, foi sedado com um dardo anestésico por uma equipe do Corpo de Bombeiros e de um veterinário da polícia ambiental. Ninguém ficou ferido.

Segundo a polícia ambiental, o condomínio fica ao lado de um fragmento de mata que se liga à serra, e a onça provavelmente se perdeu ao procurar território. É o terceiro registro da espécie em áreas urbanas da cidade em dois anos.

Depois de exames, o felino deve ser solto em uma área de mata distante das cidades.
"""

H["pt_topic_2"] = """Onça-pintada mata 14 bezerros em fazenda de Mato Grosso do Sul

CORUMBÁ, MS (FOLHAPRESS) - Uma onça-pintada matou 14 bezerros em uma fazenda do Pantanal de Corumbá, em Mato Grosso do Sul, nas últimas três semanas, segundo relatou o proprietário à polícia ambiental nesta sexta-feira (8).

Câmeras instaladas pelo fazendeiro registraram um macho adulto, identificado pelas manchas como um animal já monitorado por pesquisadores desde 2023. O prejuízo é estimado em R$ 42 mil.

Pesquisadores de uma organização de conservação que atua na região foram até a propriedade para orientar a instalação de cercas elétricas e de luzes nos piquetes onde ficam os bezerros. A caça da onça-pintada é crime ambiental.

“Ninguém aqui quer matar onça, mas o produtor precisa de apoio para conviver com ela”, disse o pecuarista Ronaldo Figueiredo, dono da fazenda.
"""

# same event (recycling warehouse fire in Lagoa Funda), two outlets written independently
H["pt_event_1"] = """Incêndio destrói galpão de cooperativa de reciclagem em Lagoa Funda (PR)

LAGOA FUNDA, PR (FOLHAPRESS) - Um incêndio destruiu na madrugada deste sábado (9) o galpão de uma cooperativa de reciclagem no bairro Jardim Industrial, em Lagoa Funda, no oeste do Paraná. Ninguém ficou ferido.

Segundo o Corpo de Bombeiros, o fogo começou por volta de 1h40 e se espalhou rapidamente pelas cerca de 40 toneladas de papelão e plástico armazenadas no local, que tinha 2.500 metros quadrados. Nove viaturas e 32 bombeiros trabalharam no combate às chamas, controladas só às 7h.

“O material reciclável é altamente combustível e a estrutura metálica cedeu em menos de uma hora. O trabalho principal foi impedir que o fogo chegasse às casas vizinhas”, disse o capitão Marcelo Tonial, que coordenou a operação.

A causa será investigada pela perícia da Polícia Civil. A Defesa Civil interditou o terreno.
"""

H["pt_event_2"] = """“Perdemos tudo”: cooperados choram diante das cinzas do barracão da Recicla Lagoa

Os 18 trabalhadores da Cooperativa Recicla Lagoa passaram a manhã deste sábado (9) olhando para o que sobrou do barracão onde separavam lixo reciclável havia nove anos, no Jardim Industrial. O incêndio, que começou de madrugada, consumiu as máquinas, a prensa e toda a carga que seria vendida na segunda-feira.

“Eram 40 toneladas prontas para entregar. Com esse dinheiro a gente pagava o mês de todo mundo”, contou, com a voz embargada, a presidente da cooperativa, Elisângela Moura. Ela diz que o prédio não tinha seguro.

A vizinha Maria Aparecida Kunz acordou com o estouro das telhas. “O céu estava laranja. Pegamos as crianças e saímos de casa de pijama”, lembra. Os bombeiros mandaram nove caminhões ao local.

Uma campanha para arrecadar doações foi criada ainda no sábado por moradores do bairro. A prefeitura promete ceder um espaço provisório para que os catadores voltem a trabalhar.

Rádio Lagoa FM
"""

# close rewrite of misc_4 by a regional site (same facts and figures, reworded, quote verbatim)
H["pt_reuse_rewrite_misc4"] = """Bebês prematuros não precisarão mais ir para BH: Serra Alta ganha UTI neonatal

A partir da próxima semana, bebês nascidos antes do tempo ou com complicações graves em Serra Alta de Minas e cidades vizinhas poderão ser tratados perto de casa. O Hospital Regional entregou nesta quarta-feira (6) sua UTI neonatal, com 20 leitos — a primeira da região.

Até então, a saída era a transferência para Belo Horizonte, que fica a 210 quilômetros. Pelas contas da direção do hospital, cerca de 380 recém-nascidos faziam esse trajeto todos os anos.

“Cada transferência era uma viagem de três horas de ambulância com um bebê de 800 gramas. Muitas famílias passavam semanas longe de casa”, afirmou Carla Regina Fontes, neonatologista que estará à frente da nova unidade.

O investimento foi de R$ 14,5 milhões, bancados pelo governo de Minas e pelo Ministério da Saúde. A equipe terá 64 profissionais, entre médicos, enfermeiros e fisioterapeutas, e outros 10 leitos de cuidados intermediários foram abertos para receber os bebês que recebem alta da UTI.

Portal Serra Alta
"""

# shortened rewrite of ONE formula item (acidente_2)
H["pt_reuse_rewrite_acidente2"] = """Caminhão sem freio mata avós e neta de 9 anos na descida da serra, na BR-381

Um casal de Ipatinga e a neta de 9 anos morreram no fim da tarde de terça-feira (5) quando o carro em que estavam foi atingido por trás por um caminhão desgovernado na BR-381, em Serra Alta de Minas. Os avós tinham 61 e 58 anos, e a família voltava de férias no litoral capixaba.

Segundo a Polícia Rodoviária Federal, o caminhão levava bobinas de aço e ficou sem freio no km 407, na descida da serra. O carro foi empurrado por uns 200 metros.

O caminhoneiro, de 39 anos, sofreu ferimentos leves. A pista ficou fechada por quatro horas.

Portal Vale do Aço
"""

# partial reuse: a state rail-plan item lifting two paragraphs of misc_6 verbatim
_m6 = H["pt_misc_6"].split("\n\n")
H["pt_reuse_partial_misc6"] = f"""Governo de SP anuncia plano de R$ 9 bilhões para trens regionais no interior

SÃO PAULO, SP (FOLHAPRESS) - O governo de São Paulo anunciou nesta sexta-feira (8) um plano de R$ 9 bilhões para reativar ou construir cinco linhas de trens regionais de passageiros até 2032, ligando cidades médias do interior a polos como Campinas, Sorocaba e o vale do Ribeira. O programa foi apresentado um dia depois da reabertura da primeira linha do pacote, entre Itaquari e Santa Cruz do Ribeira.

{_m6[2]}

{_m6[3]}

As próximas linhas previstas são as de Sorocaba a Itapetininga, com 98 quilômetros, e de Campinas a São João da Boa Vista, com 131 quilômetros. Segundo a Secretaria de Parcerias em Investimentos, os editais de concessão devem ser publicados ainda no primeiro semestre, e as obras, começar em 2028.

Especialistas em transporte elogiaram a iniciativa, mas lembram que linhas semelhantes anunciadas nas últimas duas décadas não saíram do papel. O plano depende de recursos federais e da participação de empresas privadas, que terão direito à exploração comercial das estações.
"""
