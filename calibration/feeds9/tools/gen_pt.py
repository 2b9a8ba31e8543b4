# -*- coding: utf-8 -*-
"""Brazilian Portuguese (Folhapress style) FORMULA items for feeds9: alerta_*, bolsa_*, acidente_*, juri_*, agua_*.
Each item reports its own event; the wording comes from one template per family."""
def J(title, paras):
    return title + "\n\n" + "\n\n".join(p.strip() for p in paras if p and p.strip()) + "\n"
ITEMS = {}
FAMILIES = {}
DOW = {4: "nesta segunda-feira (4)", 5: "nesta terça-feira (5)", 6: "nesta quarta-feira (6)", 7: "nesta quinta-feira (7)",
       8: "nesta sexta-feira (8)", 9: "neste sábado (9)", 10: "neste domingo (10)"}
DOWD = {4: "desta segunda-feira (4)", 5: "desta terça-feira (5)", 6: "desta quarta-feira (6)", 7: "desta quinta-feira (7)",
        8: "desta sexta-feira (8)", 9: "deste sábado (9)", 10: "deste domingo (10)"}

# ---- alerta: Inmet weather alerts (199 / 193 / 40199 paragraph repeats) ----
TEMP = ("a previsão é de chuva entre 30 e 60 milímetros por hora ou de 50 a 100 milímetros por dia, "
        "com ventos intensos de 60 a 100 km/h e queda de granizo")
al = [
 dict(n=1, d=4, cor="laranja", fen="tempestade", regs="o leste de São Paulo, o sul de Minas Gerais e o estado do Rio de Janeiro",
      vig="das 10h desta segunda às 10h de terça-feira (5)", det=TEMP,
      risco="Há risco de corte de energia elétrica, queda de galhos de árvores, alagamentos e descargas elétricas.",
      nm="418", cids="São Paulo, Campinas, Taubaté, Pouso Alegre e Petrópolis",
      title="Inmet emite alerta laranja de tempestade para SP, Minas e Rio"),
 dict(n=2, d=5, cor="vermelho", fen="acumulado de chuva", regs="a Zona da Mata mineira e o noroeste fluminense",
      vig="das 12h desta terça às 12h de quinta-feira (7)",
      det="o volume de chuva pode passar de 100 milímetros por dia, com precipitação persistente sobre um solo já encharcado pelas tempestades do fim de semana",
      risco="Há grande risco de deslizamentos de terra, enchentes e transbordamento de rios, com possíveis danos a casas e rodovias.",
      nm="146", cids="Juiz de Fora, Muriaé, Cataguases, Itaperuna e Santo Antônio de Pádua",
      title="Inmet emite alerta vermelho de chuva para a Zona da Mata e o noroeste do Rio"),
 dict(n=3, d=6, cor="laranja", fen="chuvas intensas", regs="o oeste do Paraná e de Santa Catarina",
      vig="das 15h desta quarta às 12h de quinta-feira (7)",
      det="a previsão é de chuva entre 20 e 30 milímetros por hora ou de 50 a 100 milímetros por dia, com ventos de 40 a 60 km/h",
      risco="Há risco de alagamentos, pequenos deslizamentos em cidades com áreas de encosta e interrupção no fornecimento de energia.",
      nm="231", cids="Cascavel, Foz do Iguaçu, Chapecó, Francisco Beltrão e Lagoa Funda",
      title="Inmet alerta para chuvas intensas no oeste do Paraná e de Santa Catarina"),
 dict(n=4, d=7, cor="laranja", fen="tempestade", regs="o leste de São Paulo e o sul de Minas Gerais",
      vig="das 14h desta quinta às 10h de sexta-feira (8)", det=TEMP,
      risco="Há risco de corte de energia elétrica, queda de galhos de árvores, alagamentos e descargas elétricas.",
      nm="287", cids="Sorocaba, Jundiaí, São José dos Campos, Itaquari, Varginha e Poços de Caldas",
      title="Inmet renova alerta laranja de tempestade para São Paulo e sul de Minas"),
 dict(n=5, d=9, cor="laranja", fen="tempestade", regs="Goiás, o Distrito Federal e o sul de Mato Grosso",
      vig="das 12h deste sábado às 10h de domingo (10)", det=TEMP,
      risco="Há risco de corte de energia elétrica, queda de árvores, alagamentos em vias urbanas e descargas elétricas.",
      nm="352", cids="Goiânia, Brasília, Anápolis, Rondonópolis e Juruaçu",
      title="Inmet emite alerta laranja de tempestade para Goiás, DF e Mato Grosso"),
]
for x in al:
    p1 = (f"BRASÍLIA, DF (FOLHAPRESS) - O Inmet (Instituto Nacional de Meteorologia) emitiu {DOW[x['d']]} um alerta {x['cor']} "
          f"de {x['fen']} para {x['regs']}. O aviso vale {x['vig']}.")
    p2 = f"Segundo o instituto, {x['det']}. {x['risco']}"
    p3 = f"O alerta abrange {x['nm']} municípios, entre eles {x['cids']}."
    p4 = ("Em caso de emergência, a orientação é acionar a Defesa Civil pelo telefone 199 ou o Corpo de Bombeiros pelo 193. "
          "O órgão recomenda não se abrigar debaixo de árvores, evitar áreas de encosta e margens de rios e não atravessar ruas alagadas. "
          "Os moradores também podem receber avisos por SMS ao cadastrar o CEP pelo número 40199.")
    ITEMS[f"pt_alerta_{x['n']}"] = J(x['title'], [p1, p2, p3, p4])

# ---- bolsa: Ibovespa and dollar closing reports ----
bo = [
 dict(n=1, d=4, dir="alta", pct="1,18", pts="158.312", giro="21,6",
      mot="impulsionado pela valorização do minério de ferro na China no primeiro pregão completo do ano",
      dd="caiu", pctd="0,74", usd="5,4120", motd="A moeda americana também perdeu força no exterior, depois que dados da indústria dos Estados Unidos vieram abaixo do esperado.",
      setor="As ações de mineradoras e siderúrgicas lideraram os ganhos do dia. Na ponta negativa ficaram as varejistas, pressionadas pela alta dos juros futuros.",
      acc="alta de 1,6%", title="Bolsa sobe 1,2% com minério e dólar cai a R$ 5,41"),
 dict(n=2, d=5, dir="queda", pct="0,62", pts="157.331", giro="19,8",
      mot="pressionado pelos bancos e pela cautela dos investidores antes da divulgação da ata do Fed, o banco central americano",
      dd="subiu", pctd="0,35", usd="5,4309", motd="O real acompanhou o desempenho de outras moedas de países emergentes, que perderam terreno ao longo da tarde.",
      setor="Os grandes bancos responderam pelas principais perdas do índice. Em sentido contrário, as ações de empresas de energia elétrica fecharam em alta.",
      acc="ganho de 0,9%", title="Bolsa cai 0,6% com bancos e dólar sobe a R$ 5,43"),
 dict(n=3, d=6, dir="alta", pct="0,41", pts="157.976", giro="18,3",
      mot="sustentado pelas ações de petroleiras, que acompanharam a alta do petróleo no mercado internacional",
      dd="recuou", pctd="0,21", usd="5,4195", motd="Operadores citaram a entrada de recursos estrangeiros na Bolsa e o diferencial de juros ainda elevado entre o Brasil e os Estados Unidos.",
      setor="Além das petroleiras, frigoríficos e exportadoras de celulose ficaram entre os destaques positivos. As construtoras caíram pelo segundo dia seguido.",
      acc="alta de 1,3%", title="Bolsa sobe 0,4% puxada por petroleiras; dólar fecha a R$ 5,42"),
 dict(n=4, d=8, dir="queda", pct="1,07", pts="156.286", giro="23,4",
      mot="depois que dados de emprego nos Estados Unidos acima do esperado reforçaram a expectativa de juros altos por mais tempo na maior economia do mundo",
      dd="subiu", pctd="0,88", usd="5,4872", motd="Foi a maior alta diária da moeda americana desde meados de dezembro.",
      setor="A queda foi generalizada, com perdas mais fortes entre as empresas de varejo, de construção civil e de educação, mais sensíveis aos juros.",
      acc="ganho de 0,2%", title="Bolsa cai 1,1% após dados dos EUA e dólar vai a R$ 5,48"),
]
for x in bo:
    p1 = (f"SÃO PAULO, SP (FOLHAPRESS) - O Ibovespa, principal índice da Bolsa brasileira, fechou {DOW[x['d']]} em {x['dir']} de {x['pct']}%, "
          f"aos {x['pts']} pontos, {x['mot']}. O giro financeiro foi de R$ {x['giro']} bilhões.")
    p2 = f"No câmbio, o dólar à vista {x['dd']} {x['pctd']}% e foi cotado a R$ {x['usd']} na venda. {x['motd']}"
    p3 = x['setor']
    p4 = (f"As cotações de fechamento são preliminares e ainda podem ser ajustadas após o leilão de encerramento da B3. "
          f"Em janeiro, o Ibovespa acumula {x['acc']}.")
    ITEMS[f"pt_bolsa_{x['n']}"] = J(x['title'], [p1, p2, p3, p4])

# ---- acidente: road accidents on federal highways (PRF; 'interditada ... perícia' sentence repeats) ----
ac = [
 dict(n=1, city="LAGOA FUNDA, PR", d=4, mortos="Quatro", fer="duas ficaram feridas", veic="uma carreta e uma van", rod="BR-277",
      loc="Lagoa Funda (PR)", quando="na madrugada",
      dyn="a van, que levava seis pessoas de volta de uma festa de Ano-Novo em Foz do Iguaçu, invadiu a pista contrária no km 512 e bateu de frente com a carreta, carregada de soja",
      soc="Os feridos foram levados pelo Siate do Corpo de Bombeiros ao hospital regional de Cascavel e estão internados em estado grave. O motorista da carreta, de 47 anos, não se feriu e fez o teste do bafômetro, que deu negativo.",
      h="cinco", title="Acidente entre carreta e van deixa quatro mortos na BR-277, no Paraná"),
 dict(n=2, city="SERRA ALTA DE MINAS, MG", d=5, mortos="Três", fer="uma ficou ferida", veic="um caminhão e um carro", rod="BR-381",
      loc="Serra Alta de Minas (MG)", quando="no fim da tarde",
      dyn="o caminhão, carregado com bobinas de aço, perdeu o freio na descida da serra, no km 407, e atingiu a traseira do carro, que foi arrastado por cerca de 200 metros",
      soc="As vítimas, um casal de 61 e 58 anos e a neta, de 9, moravam em Ipatinga e voltavam de férias no litoral do Espírito Santo. O motorista do caminhão, de 39 anos, teve ferimentos leves e foi levado ao hospital regional de Serra Alta.",
      h="quatro", title="Caminhão perde o freio e mata três pessoas de uma família na BR-381, em Minas"),
 dict(n=3, city="PORTO ANIL, BA", d=7, mortos="Duas", fer="19 ficaram feridas", veic="um ônibus de turismo e um caminhão", rod="BR-101",
      loc="Porto Anil (BA)", quando="na manhã",
      dyn="o ônibus, que saiu de Aracaju com 42 passageiros rumo a Porto Seguro, bateu na lateral do caminhão durante uma ultrapassagem no km 788 e tombou às margens da pista",
      soc="Os feridos foram levados para hospitais de Porto Anil e de Eunápolis, e três deles estão em estado grave. Entre os mortos está o motorista do ônibus, de 53 anos.",
      h="três", title="Ônibus de turismo tomba após batida com caminhão e deixa dois mortos na BR-101, na Bahia"),
 dict(n=4, city="JURUAÇU, GO", d=9, mortos="Cinco", fer="três ficaram feridas", veic="dois carros", rod="BR-153",
      loc="Juruaçu (GO)", quando="na noite",
      dyn="um dos veículos, com placa de Anápolis, invadiu a contramão em uma curva no km 214 e bateu de frente com o outro carro, em que viajava uma família de Porangatu",
      soc="Os feridos, entre eles uma criança de 6 anos, foram levados pelo Corpo de Bombeiros ao Hospital Estadual de Juruaçu. Policiais encontraram latas de cerveja no carro que invadiu a contramão.",
      h="seis", title="Batida de frente entre dois carros mata cinco na BR-153, em Goiás"),
]
for x in ac:
    p1 = (f"{x['city']} (FOLHAPRESS) - {x['mortos']} pessoas morreram e {x['fer']} em um acidente entre {x['veic']} na {x['rod']}, "
          f"em {x['loc']}, {x['quando']} {DOWD[x['d']]}, segundo a PRF (Polícia Rodoviária Federal).")
    p2 = f"De acordo com a PRF, {x['dyn']}."
    p3 = x['soc']
    p4 = (f"A rodovia ficou totalmente interditada por cerca de {x['h']} horas para o trabalho da perícia e a retirada dos veículos. "
          f"As circunstâncias do acidente serão investigadas pela Polícia Civil.")
    ITEMS[f"pt_acidente_{x['n']}"] = J(x['title'], [p1, p2, p3, p4])

# ---- juri: jury verdicts (appeal / no appeal in freedom sentence repeats) ----
ju = [
 dict(n=1, city="ITAQUARI, SP", d=4, com="Itaquari", reu="Márcio Aparecido Lemos", idade="41", pena="24 anos e 6 meses",
      crime="matar a ex-companheira, Juliana Ferraz Souto, 33, com golpes de faca na frente dos dois filhos do casal, em março de 2025",
      h="dez",
      fatos="Segundo a denúncia do Ministério Público, o réu não aceitava o fim do relacionamento, que durou oito anos, e descumpriu uma medida protetiva que o proibia de se aproximar da vítima. Ele foi contido por vizinhos e entregue à Polícia Militar.",
      prom="Ricardo Vasconcellos Pires", qual="feminicídio com as qualificadoras de motivo torpe e descumprimento de medida protetiva",
      defesa="A Defensoria Pública, que fez a defesa, alegou que o réu agiu sob violenta emoção e pediu a desclassificação para homicídio simples.",
      title="Júri condena a 24 anos homem que matou ex-companheira em Itaquari (SP)"),
 dict(n=2, city="SERRA ALTA DE MINAS, MG", d=5, com="Serra Alta de Minas", reu="Wanderson Alves Teixeira", idade="29", pena="18 anos",
      crime="matar a tiros o vizinho Geraldo Pimenta, 57, após uma discussão por causa de uma dívida de R$ 300, em outubro de 2024",
      h="oito",
      fatos="Segundo a denúncia, o réu foi até a casa da vítima armado com um revólver e disparou três vezes depois de uma briga na calçada. O crime foi presenciado pela mulher e por um neto de Pimenta.",
      prom="Adriana Campos Leite", qual="homicídio qualificado por motivo fútil e por recurso que dificultou a defesa da vítima",
      defesa="O advogado Paulo Sérgio Drummond sustentou a tese de legítima defesa, que foi rejeitada pelos jurados.",
      title="Homem que matou vizinho por dívida de R$ 300 é condenado a 18 anos em Minas"),
 dict(n=3, city="PORTO ANIL, BA", d=6, com="Porto Anil", reu="Cleiton Rodrigues de Jesus", idade="35", pena="21 anos",
      crime="matar o pescador Antônio Carlos Bispo, 44, com golpes de facão durante uma briga por causa de uma rede de pesca, em janeiro de 2024",
      h="seis",
      fatos="De acordo com o Ministério Público, o réu acusava a vítima de ter furtado uma rede avaliada em R$ 2.000 e a atacou na praia do Caboclo, diante de outros pescadores. Bispo chegou a ser levado ao hospital municipal, mas morreu no dia seguinte.",
      prom="Luciana Almeida Batista", qual="homicídio qualificado por motivo fútil",
      defesa="A defesa pediu a absolvição por falta de provas.",
      title="Júri condena a 21 anos acusado de matar pescador por causa de rede em Porto Anil (BA)"),
 dict(n=4, city="JURUAÇU, GO", d=8, com="Juruaçu", reu="Elias Moreira Campos", idade="52", pena="16 anos",
      crime="matar o genro, Rafael Dutra Neves, 28, com um tiro de espingarda em uma fazenda da zona rural, em agosto de 2025",
      h="sete",
      fatos="Segundo a acusação, o fazendeiro não aceitava o casamento da filha e já havia ameaçado a vítima em outras ocasiões. Depois do crime, ele fugiu e só se entregou à polícia quatro dias depois, acompanhado de um advogado.",
      prom="Fernando Rezende Prado", qual="homicídio qualificado por motivo torpe",
      defesa="A defesa alegou que o disparo foi acidental.",
      title="Fazendeiro que matou o genro com tiro de espingarda é condenado a 16 anos em Goiás"),
]
for x in ju:
    p1 = (f"{x['city']} (FOLHAPRESS) - O Tribunal do Júri de {x['com']} condenou {DOW[x['d']]} {x['reu']}, de {x['idade']} anos, "
          f"a {x['pena']} de prisão em regime fechado por {x['crime']}. O julgamento durou cerca de {x['h']} horas.")
    p2 = x['fatos']
    p3 = f"A acusação foi sustentada pelo promotor {x['prom']}, que pediu a condenação por {x['qual']}. {x['defesa']}"
    if x['prom'].startswith(("Adriana", "Luciana")):
        p3 = p3.replace("pelo promotor", "pela promotora")
    p4 = ("Cabe recurso ao Tribunal de Justiça. O juiz que presidiu a sessão negou ao réu o direito de recorrer em liberdade, "
          "e ele voltou para o presídio onde está desde a prisão preventiva.")
    ITEMS[f"pt_juri_{x['n']}"] = J(x['title'], [p1, p2, p3, p4])

# ---- agua: planned water-supply interruptions (195 and 'retomada gradual' paragraph repeat) ----
ag = [
 dict(n=1, city="ITAQUARI, SP", d=4, cid="Itaquari", nb="14", quando="nesta quarta-feira (6)", h1="7h", h2="19h",
      obra="a substituição de um trecho de 600 metros da adutora que abastece a zona norte",
      emp="o Saae (Serviço Autônomo de Água e Esgoto) de Itaquari", emps="o Saae",
      bairros="Jardim das Flores, Vila Operária, Parque São Bento, Jardim Bela Vista e Vila Nova", mil="38",
      title="Obra em adutora deixa 14 bairros de Itaquari sem água na quarta"),
 dict(n=2, city="LAGOA FUNDA, PR", d=5, cid="Lagoa Funda", nb="9", quando="nesta quinta-feira (7)", h1="8h", h2="18h",
      obra="a interligação da nova estação elevatória do bairro Alto da Serra à rede de distribuição",
      emp="a Companhia Municipal de Saneamento de Lagoa Funda", emps="a companhia",
      bairros="Alto da Serra, Centro, Jardim Paraíso, Vila Esperança e Conjunto Araucária", mil="21",
      title="Nove bairros de Lagoa Funda ficam sem água na quinta para obra em elevatória"),
 dict(n=3, city="PORTO ANIL, BA", d=6, cid="Porto Anil", nb="11", quando="neste sábado (9)", h1="6h", h2="16h",
      obra="o conserto de um vazamento na adutora do rio Anil e a troca de válvulas na estação de tratamento",
      emp="o Serviço Municipal de Água de Porto Anil", emps="o serviço municipal",
      bairros="Centro, Coqueiral, Praia do Caboclo, Alto do Cruzeiro e Mangue Seco", mil="27",
      title="Reparo em adutora interrompe abastecimento em 11 bairros de Porto Anil no sábado"),
 dict(n=4, city="SERRA ALTA DE MINAS, MG", d=8, cid="Serra Alta de Minas", nb="6", quando="na segunda-feira (11)", h1="8h", h2="17h",
      obra="a limpeza e a desinfecção do reservatório central, que tem capacidade para 2 milhões de litros",
      emp="o Saae de Serra Alta de Minas", emps="o Saae",
      bairros="Centro, Vila Rica, Bom Jardim, São Cristóvão, Alvorada e Morro do Cruzeiro", mil="15",
      title="Limpeza de reservatório deixa seis bairros de Serra Alta de Minas sem água na segunda"),
]
for x in ag:
    p1 = (f"{x['city']} (FOLHAPRESS) - O abastecimento de água será interrompido em {x['nb']} bairros de {x['cid']} {x['quando']}, "
          f"das {x['h1']} às {x['h2']}, para {x['obra']}, informou {x['emp']}.")
    p2 = (f"Entre os bairros afetados estão {x['bairros']}. Segundo {x['emps']}, cerca de {x['mil']} mil moradores devem ficar "
          f"sem água durante o serviço.")
    p3 = ("A retomada do fornecimento será gradual e pode levar até 12 horas após a conclusão da obra, sobretudo nos imóveis "
          "situados em pontos mais altos. A orientação é que os moradores reservem água com antecedência e usem a da caixa-d'água "
          "de forma racional.")
    p4 = "Em caso de vazamentos ou de falta de água fora da área programada, o consumidor pode acionar o serviço pelo telefone 195, que funciona 24 horas."
    ITEMS[f"pt_agua_{x['n']}"] = J(x['title'], [p1, p2, p3, p4])

for k in ITEMS:
    FAMILIES.setdefault(k.rsplit("_", 1)[0], []).append(k)
