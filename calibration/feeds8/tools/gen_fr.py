# -*- coding: utf-8 -*-
"""French (AFP regional wire style) FORMULA items for feeds8: vigilance_*, prefet_*, tribunal_*, match_*, deces_*.
Each item reports its own event; the wording comes from one template per family. Typography via frtypo.fix."""
from frtypo import fix
def J(title, paras, sign):
    return fix(title + "\n\n" + "\n\n".join(p.strip() for p in paras if p and p.strip()) + "\n\n" + sign + "\n")
ITEMS = {}
FAMILIES = {}

# ---- vigilance: Météo-France orange warnings (bulletins at 6h00 and 16h00, four-level scale repeat) ----
vg = [
 dict(n=1, city="Clermont-Ferrand", d="14", wd="lundi", phen="neige-verglas", nd="cinq", title="Neige et verglas : cinq départements du Massif central en vigilance orange",
      start="lundi 22h00", end="mardi 12h00", cause="de l'arrivée d'une perturbation neigeuse par le sud-ouest",
      depts="le Puy-de-Dôme, le Cantal, la Haute-Loire, la Loire et l'Ardèche",
      det="Les prévisionnistes attendent de 5 à 10 cm de neige en plaine et de 15 à 25 cm au-dessus de 800 mètres. Des pluies verglaçantes sont possibles en fin de nuit sur l'est de la Haute-Loire et le nord de l'Ardèche.",
      pref="La préfecture du Puy-de-Dôme a interdit la circulation des poids lourds de plus de 7,5 tonnes sur l'A75 entre Issoire et Saint-Flour à partir de 20h00.",
      jaune="12", sign="cbo/mla/dch"),
 dict(n=2, city="Rennes", d="15", wd="mardi", phen="vents violents", nd="trois", title="Tempête : le Finistère, les Côtes-d'Armor et le Morbihan en vigilance orange vents violents",
      start="mardi 18h00", end="mercredi 8h00", cause="du passage d'une dépression creusée au large de l'Irlande",
      depts="le Finistère, les Côtes-d'Armor et le Morbihan",
      det="Les rafales devraient atteindre 100 à 110 km/h dans l'intérieur des terres et jusqu'à 130 km/h sur le littoral, notamment à la pointe du Finistère. Une vigilance jaune vagues-submersion accompagne l'épisode, avec des vagues de 7 à 8 mètres au large.",
      pref="La préfecture du Finistère a demandé aux communes de fermer parcs et jardins publics et déconseillé toute sortie en mer.",
      jaune="9", sign="hdu/ppy/swi"),
 dict(n=3, city="Montpellier", d="16", wd="mercredi", phen="pluie-inondation", nd="quatre", title="Épisode méditerranéen : quatre départements en vigilance orange pluie-inondation",
      start="mercredi 14h00", end="jeudi 18h00", cause="d'un épisode méditerranéen alimenté par un flux de sud humide",
      depts="l'Hérault, le Gard, l'Aveyron et la Lozère",
      det="Il devrait tomber 150 à 200 mm de pluie en 24 heures sur les reliefs cévenols, localement 250 mm, et 80 à 120 mm sur la plaine héraultaise. Des crues rapides des petits cours d'eau sont attendues.",
      pref="Le rectorat de Montpellier a annoncé que les transports scolaires seraient suspendus jeudi dans le Gard et la Lozère.",
      jaune="7", sign="nav/mla/cbn"),
 dict(n=4, city="Rennes", d="17", wd="jeudi", phen="vents violents", nd="quatre", title="Nouvelle tempête : quatre départements de l'Ouest en vigilance orange vents violents",
      start="jeudi 20h00", end="vendredi 10h00", cause="de l'arrivée d'une nouvelle dépression atlantique, deux jours après la précédente",
      depts="le Finistère, les Côtes-d'Armor, la Manche et le Calvados",
      det="Les rafales devraient atteindre 110 à 120 km/h dans l'intérieur des terres et jusqu'à 140 km/h sur les caps exposés du Cotentin. La mer sera très forte, avec des vagues de 6 à 7 mètres au large.",
      pref="La préfecture de la Manche a annoncé la fermeture de la liaison maritime vers les îles Chausey vendredi matin.",
      jaune="11", sign="hdu/ito/swi"),
 dict(n=5, city="Strasbourg", d="19", wd="samedi", phen="neige-verglas", nd="trois", title="L'Alsace et les Vosges en vigilance orange neige-verglas",
      start="samedi 16h00", end="dimanche 14h00", cause="d'une masse d'air froid descendue de Scandinavie",
      depts="le Bas-Rhin, le Haut-Rhin et les Vosges",
      det="Les prévisionnistes attendent de 3 à 8 cm de neige en plaine d'Alsace et de 20 à 30 cm sur les Vosges au-dessus de 600 mètres, avec des températures comprises entre -6 et -9 degrés dimanche matin.",
      pref="La préfecture du Bas-Rhin a interdit la circulation des poids lourds sur la RN4 à partir de samedi 18h00 et recommandé de reporter les déplacements non indispensables.",
      jaune="14", sign="apz/cbo/dch"),
]
for x in vg:
    p1 = (f"{x['city']}, {x['d']} déc 2026 (AFP) - Météo-France a placé {x['wd']} {x['nd']} départements en vigilance orange {x['phen']} "
          f"à partir de {x['start']} et jusqu'à {x['end']}, en raison {x['cause']}.")
    p2 = f"Sont concernés {x['depts']}. {x['det']}"
    p3 = (f"« Dans les départements en vigilance orange, soyez très prudents, limitez vos déplacements et tenez-vous informés de l'évolution de la situation », "
          f"recommande Météo-France. {x['pref']}")
    p4 = (f"La vigilance orange est le deuxième niveau le plus élevé sur une échelle de quatre. Par ailleurs, {x['jaune']} autres départements sont placés en vigilance jaune. "
          f"Météo-France réactualise ses cartes de vigilance au moins deux fois par jour, à 6h00 et à 16h00.")
    ITEMS[f"fr_vigilance_{x['n']}"] = J(x['title'], [p1, p2, p3, p4], x['sign'])

# ---- prefet: appointments in the Conseil des ministres of Wednesday 16 December ----
pf = [
 dict(n=1, f=True, name="Hélène Marchetti", dept="de la Creuse", prev="directrice de cabinet du préfet de la région Occitanie", age="51",
      pred="Jean-Marc Delorme", predn="nommé préfet de l'Indre", form="diplômée de Sciences Po Bordeaux et ancienne élève de l'École nationale d'administration (promotion Averroès)",
      career="Elle a notamment été sous-préfète de Figeac, puis secrétaire générale de la préfecture de la Corrèze.", start="4 janvier", sign="vl/ito/dch"),
 dict(n=2, f=False, name="Olivier Ravanel", dept="de l'Aveyron", prev="préfet délégué pour la défense et la sécurité auprès du préfet de la zone Sud-Est", age="58",
      pred="Catherine Aubrac", predn="appelée à d'autres fonctions", form="ancien officier de gendarmerie, passé par l'École des officiers de Melun",
      career="Il a rejoint le corps préfectoral en 2011 et a été sous-préfet d'Arles, puis préfet de la Haute-Marne de 2021 à 2024.", start="11 janvier", sign="vl/mla/cbn"),
 dict(n=3, f=True, name="Nadia Bensalem", dept="des Landes", prev="sous-directrice de l'administration territoriale au ministère de l'Intérieur", age="47",
      pred="Philippe Casteran", predn="nommé préfet de la Haute-Vienne", form="diplômée de l'Institut d'études politiques de Lyon et ancienne élève de l'ENA (promotion Molière)",
      career="Elle a été secrétaire générale de la préfecture de la Gironde et sous-préfète de Dax, dans le même département des Landes, entre 2016 et 2019.", start="4 janvier", sign="vl/ppy/swi"),
 dict(n=4, f=False, name="Thierry Gombault", dept="du Jura", prev="secrétaire général de la préfecture du Nord", age="55",
      pred="Sylvie Ménard", predn="nommée préfète de la Somme", form="juriste de formation, ancien administrateur civil au ministère des Armées",
      career="Il a été sous-préfet de Saint-Omer puis directeur de cabinet du préfet de police des Bouches-du-Rhône.", start="18 janvier", sign="vl/ito/swi"),
]
for x in pf:
    e = "e" if x['f'] else ""
    P = "Elle" if x['f'] else "Il"
    title = f"{x['name']} nommé{e} {'préfète' if x['f'] else 'préfet'} {x['dept']}"
    p1 = (f"Paris, 16 déc 2026 (AFP) - {x['name']}, jusqu'ici {x['prev']}, a été nommé{e} {'préfète' if x['f'] else 'préfet'} {x['dept']} "
          f"mercredi en Conseil des ministres, selon le compte rendu publié par l'Élysée.")
    p2 = f"{P} succède à {x['pred']}, {x['predn']}."
    p3 = f"Âgé{e} de {x['age']} ans, {x['name']} est {x['form']}. {x['career']}"
    p4 = (f"{P} prendra ses fonctions le {x['start']}. Les préfets sont nommés par décret du président de la République pris en Conseil des ministres, "
          f"sur proposition du Premier ministre et du ministre de l'Intérieur.")
    ITEMS[f"fr_prefet_{x['n']}"] = J(title, [p1, p2, p3, p4], x['sign'])

# ---- tribunal: tribunal correctionnel verdicts (dix jours pour faire appel repeats) ----
tb = [
 dict(n=1, city="Castelroux", d="14", town="Castelroux", wd="lundi", who="un homme de 34 ans", pr="Il", sent="quatre ans de prison, dont deux avec sursis,",
      off="une série de 27 cambriolages commis dans des maisons du secteur entre mars et septembre 2025", title="Castelroux : quatre ans de prison pour l'auteur de 27 cambriolages",
      facts="Selon l'accusation, le prévenu repérait les maisons dont les volets restaient fermés pendant les vacances et revendait les bijoux volés sur internet. Le préjudice total a été évalué à 143 000 euros.",
      req="cinq ans de prison, dont trois ferme", dfn="Son avocat, Me Laurent Siméon, a plaidé « la précarité d'un homme sans ressources depuis la fermeture de son entreprise ».",
      extra="le maintien en détention du prévenu et l'obligation d'indemniser les 27 familles", sign="bla/mla/dch"),
 dict(n=2, city="Villebrune", d="15", town="Villebrune", wd="mardi", who="l'ancien trésorier d'un club de handball amateur de la ville, âgé de 52 ans,", pr="Il", sent="dix-huit mois de prison avec sursis",
      off="abus de confiance au préjudice de l'association, dont il a détourné 86 000 euros entre 2019 et 2024", title="Villebrune : l'ex-trésorier d'un club de handball condamné pour avoir détourné 86 000 euros",
      facts="Selon l'accusation, l'homme effectuait des virements réguliers depuis les comptes du club vers ses comptes personnels, en les présentant comme des remboursements de frais de déplacement.",
      req="deux ans de prison avec sursis", dfn="L'ancien trésorier a reconnu les faits à l'audience et remboursé 30 000 euros.",
      extra="une interdiction de gérer une association pendant cinq ans", sign="bla/ppy/cbn"),
 dict(n=3, city="Montrevaux", d="16", town="Montrevaux", wd="mercredi", who="un automobiliste de 26 ans", pr="Il", sent="trois ans de prison, dont un avec sursis,",
      off="homicide involontaire aggravé, après un accident qui avait coûté la vie à une joggeuse de 41 ans en juin sur la départementale 912", title="Montrevaux : trois ans de prison pour le chauffard qui avait tué une joggeuse",
      facts="Selon l'enquête, le conducteur circulait à 128 km/h sur une portion limitée à 80 km/h et présentait un taux d'alcool de 1,6 gramme par litre de sang. Il avait percuté la victime qui courait sur l'accotement.",
      req="quatre ans de prison, dont deux ferme", dfn="Son avocate, Me Claire Dumoulin, a souligné « les remords sincères » de son client, qui s'est excusé auprès de la famille.",
      extra="l'annulation de son permis de conduire avec interdiction de le repasser pendant cinq ans", sign="jpa/mla/swi"),
 dict(n=4, city="Puylaurier", d="17", town="Puylaurier", wd="jeudi", who="un éleveur de 61 ans", pr="Il", sent="15 000 euros d'amende, dont 10 000 avec sursis,",
      off="mauvais traitements sur animaux, après la découverte en février de 120 bovins sous-alimentés dans son exploitation", title="Puylaurier : un éleveur condamné pour mauvais traitements sur 120 bovins",
      facts="Selon les services vétérinaires, 14 bêtes avaient été retrouvées mortes dans les stabulations et les autres étaient privées de fourrage depuis plusieurs semaines.",
      req="six mois de prison avec sursis", dfn="Son avocat a évoqué « un homme seul, épuisé et dépassé » par la maladie de son épouse.",
      extra="une interdiction définitive de détenir des animaux", sign="jpa/ppy/dch"),
]
for x in tb:
    p1 = (f"{x['city']}, {x['d']} déc 2026 (AFP) - Le tribunal correctionnel de {x['town']} a condamné {x['wd']} {x['who']} à {x['sent']} "
          f"pour {x['off']}, a-t-on appris auprès du parquet.")
    p2 = x['facts']
    p3 = f"Le parquet avait requis {x['req']}. {x['dfn']}"
    p4 = f"Le tribunal a également prononcé {x['extra']}. {x['pr']} dispose de dix jours pour faire appel de la décision."
    ITEMS[f"fr_tribunal_{x['n']}"] = J(x['title'], [p1, p2, p3, p4], x['sign'])

# ---- match: National (3rd division, fictional clubs), 17th round, Friday 18 December ----
mt = [
 dict(n=1, home="US Castelroux", away="FC Montrevaux", sc="2-1", ht="1-0", city="Castelroux",
      lead="L'US Castelroux a battu le FC Montrevaux 2 à 1 vendredi lors de la 17e journée de National, grâce à un but de Yanis Belkacem à la 86e minute.",
      stade="Stade Marcel-Arnaud", crowd="4 210", ref="M. Romain Lebrun", goals="Castelroux : Diallo (23e), Belkacem (86e) - Montrevaux : Peyrot (57e sur pen.)",
      cards="Castelroux : Mendy (41e), Belkacem (88e) - Montrevaux : Ferrand (30e), Goujon (77e)", club="Castelroux", pos="4", pts="29", gap="6",
      q="On a manqué de justesse pendant une heure, mais le groupe a montré du caractère jusqu'au bout", coach="l'entraîneur castelrousain Didier Vasseur", sign="lbr/cbo/dch"),
 dict(n=2, home="Stade villebrunois", away="AS Puylaurier", sc="0-0", ht="0-0", city="Villebrune",
      lead="Le Stade villebrunois et l'AS Puylaurier se sont quittés sur un match nul sans but vendredi lors de la 17e journée de National, les Villebrunois finissant la rencontre à dix.",
      stade="Stade des Tanneurs", crowd="2 870", ref="M. Kévin Marchal", goals="aucun",
      cards="Villebrune : Lopez (35e), Tessier (58e, 71e) - Puylaurier : Aubert (62e). Expulsion : Tessier (71e, Villebrune)", club="Villebrune", pos="11", pts="20", gap="15",
      q="À dix contre onze pendant vingt minutes, on a su souffrir, mais il nous manque toujours de l'efficacité devant", coach="l'entraîneur villebrunois Alain Rigaud", sign="lbr/mla/cbn"),
 dict(n=3, home="Olympique Lézignac", away="SC Saint-Fiacre", sc="1-3", ht="1-1", city="Lézignac-sur-Orbe",
      lead="Le SC Saint-Fiacre a conforté sa place de leader du National en s'imposant 3 à 1 vendredi sur la pelouse de l'Olympique Lézignac, lors de la 17e journée, avec un doublé de Mathis Carré.",
      stade="Stade municipal de l'Orbe", crowd="3 540", ref="M. Sébastien Ouali", goals="Lézignac : Barbier (14e) - Saint-Fiacre : Carré (38e, 64e), N'Diaye (90e+2)",
      cards="Lézignac : Barbier (50e) - Saint-Fiacre : Morel (81e)", club="Saint-Fiacre", pos="1", pts="35", gap="0",
      q="Mathis est dans une forme exceptionnelle et toute l'équipe a été très sérieuse en deuxième période", coach="l'entraîneur de Saint-Fiacre Franck Delattre", sign="ngu/cbo/swi"),
 dict(n=4, home="ES Vaudrecourt", away="Racing Brévannes", sc="4-2", ht="2-2", city="Vaudrecourt",
      lead="L'ES Vaudrecourt a battu le Racing Brévannes 4 à 2 vendredi lors de la 17e journée de National, grâce notamment à un triplé de son attaquant Loïc Marquet.",
      stade="Stade Léo-Lagrange", crowd="2 150", ref="M. Damien Roux", goals="Vaudrecourt : Marquet (9e, 33e, 70e), Sissoko (84e) - Brévannes : Hamidi (18e, 44e)",
      cards="Vaudrecourt : Perrin (66e) - Brévannes : Hamidi (52e), Vidal (79e)", club="Vaudrecourt", pos="7", pts="25", gap="10",
      q="À la pause, on s'est dit les choses et les garçons ont remis de l'intensité, c'est une belle réaction", coach="l'entraîneur de Vaudrecourt Patrick Lemaire", sign="ngu/mla/dch"),
]
for x in mt:
    title = f"Football : {x['home']} - {x['away']} {x['sc']} (National, 17e journée)"
    p1 = f"{x['city']}, 18 déc 2026 (AFP) - {x['lead']}"
    g = "" if x['goals'] == "aucun" else f"\nButs : {x['goals']}"
    block = (f"{x['home']} - {x['away']} : {x['sc']} (mi-temps : {x['ht']})\n{x['stade']}. {x['crowd']} spectateurs. Arbitre : {x['ref']}.{g}\n"
             f"Avertissements : {x['cards']}")
    if x['pos'] == "1":
        tab = (f"À l'issue de cette 17e journée, {x['club']} occupe la 1re place du National avec {x['pts']} points et compte quatre longueurs d'avance sur son dauphin. "
               f"La 18e journée, la dernière avant la trêve hivernale, se jouera le 8 janvier.")
    else:
        tab = (f"À l'issue de cette 17e journée, {x['club']} occupe la {x['pos']}e place du National avec {x['pts']} points, à {x['gap']} longueurs du leader, le SC Saint-Fiacre. "
               f"La 18e journée, la dernière avant la trêve hivernale, se jouera le 8 janvier.")
    p4 = f"« {x['q']} », a déclaré {x['coach']} après la rencontre."
    ITEMS[f"fr_match_{x['n']}"] = J(title, [p1, block, tab, p4], x['sign'])

# ---- deces: obituaries ----
dc = [
 dict(n=1, f=False, city="Villebrune", d="14", name="Bernard Coustel", desc="maire de Villebrune de 1977 à 2008", tt="ancien maire de Villebrune", age="88", when="dimanche", src="la mairie",
      birth="1938 à Puylaurier", career="cet ancien instituteur avait été élu à la tête de la ville à 39 ans et avait siégé au conseil général pendant dix-huit ans. On lui doit notamment la piscine municipale et le jumelage avec la ville allemande de Lauterbach",
      q="Bernard Coustel a donné trente et un ans de sa vie à Villebrune. Il connaissait chaque rue et presque chaque famille", qw="l'actuelle maire, Sandrine Valette",
      fun="vendredi 18 décembre à 14h30 en l'église Saint-Martin de Villebrune", sign="mpf/ito/dch"),
 dict(n=2, f=False, city="Lézignac-sur-Orbe", d="15", name="Jean-Paul Sarrazac", tt="chef doublement étoilé de Lézignac-sur-Orbe", desc="chef cuisinier qui avait décroché deux étoiles au guide Michelin", age="79", when="lundi", src="sa famille",
      birth="1947 à Montrevaux", career="il avait ouvert en 1974 à Lézignac-sur-Orbe « La Table de l'Orbe », qui avait obtenu sa première étoile en 1983 et la seconde en 1991. Il avait cédé l'établissement à son fils en 2012",
      q="Il nous a appris que la grande cuisine commence au marché, chez le producteur du coin", qw="le chef Thomas Girardin, qui fut son second pendant neuf ans",
      fun="samedi 19 décembre à 10h30 en l'église Notre-Dame de Lézignac-sur-Orbe", sign="mpf/mla/cbn"),
 dict(n=3, f=True, name="Monique Féraud", city="Grenoble", d="16", tt="pionnière du ski alpin français", desc="ancienne championne de ski alpin, médaillée de bronze en slalom aux championnats du monde de 1966", age="83", when="mardi", src="la Fédération française de ski",
      birth="1943 à Saint-Fiacre-du-Mont", career="elle avait remporté quatre titres de championne de France avant d'ouvrir une école de ski dans sa station natale, qu'elle a dirigée pendant près de quarante ans",
      q="Monique a ouvert la voie à des générations de skieuses. Elle venait encore encourager les jeunes au bord des pistes l'hiver dernier", qw="le président du comité de ski du Dauphiné, Luc Berthaud",
      fun="lundi 21 décembre à 15h00 en l'église de Saint-Fiacre-du-Mont", sign="jbo/ppy/swi"),
 dict(n=4, f=False, city="Castelroux", d="18", name="Lucien Taillefer", tt="ancien député de l'Orbe", desc="député de la 2e circonscription de l'Orbe de 1981 à 1993", age="91", when="jeudi", src="sa famille",
      birth="1935 à Castelroux", career="cet ancien avocat avait présidé pendant quinze ans le conseil de surveillance de l'hôpital de Castelroux. Il avait été l'un des artisans de l'ouverture de l'antenne universitaire de la ville en 1989",
      q="Lucien Taillefer était un républicain exigeant, courtois avec tous, y compris avec ses adversaires", qw="le président du conseil départemental, Marc Aubry",
      fun="mardi 22 décembre à 10h00 en la cathédrale Saint-Étienne de Castelroux", sign="bla/ito/dch"),
]
for x in dc:
    e = "e" if x['f'] else ""
    title = f"Mort de {x['name']}, {x['tt']}"
    p1 = (f"{x['city']}, {x['d']} déc 2026 (AFP) - {x['name']}, {x['desc']}, est mort{e} {x['when']} à l'âge de {x['age']} ans, "
          f"a annoncé {x['src']}.")
    p2 = f"Né{e} en {x['birth']}, {x['career']}."
    p3 = f"« {x['q']} », a réagi {x['qw']}."
    p4 = f"Ses obsèques seront célébrées {x['fun']}. Un registre de condoléances est ouvert à l'accueil de la mairie."
    ITEMS[f"fr_deces_{x['n']}"] = J(title, [p1, p2, p3, p4], x['sign'])

for k in ITEMS:
    FAMILIES.setdefault(k.rsplit("_", 1)[0], []).append(k)
