# -*- coding: utf-8 -*-
"""Hand-written French (AFP regional wire style) items: stand-alone misc_*, same-topic pair topic_1/2, same-event pair
event_1/2 (two outlets, written independently), the two rewrites and the partial reuse. Typography via frtypo.fix."""
from frtypo import fix
H = {}

H["fr_misc_1"] = """Castelroux inaugure sa nouvelle médiathèque dans une ancienne tannerie

Castelroux, 14 déc 2026 (AFP) - La ville de Castelroux a inauguré lundi sa nouvelle médiathèque, installée dans les murs d'une tannerie du XIXe siècle fermée en 1987 et restée à l'abandon pendant près de quarante ans.

Le bâtiment de 6 200 m² accueille 180 000 documents, un auditorium de 140 places, un studio de musique et un espace de jeux vidéo. Les travaux ont coûté 14,8 millions d'euros, dont 5,2 millions apportés par l'État et la région.

« Cette tannerie a fait vivre des générations de Castelrousains. Nous voulions qu'elle redevienne un lieu ouvert à tous, sans condition », a déclaré le maire, Frédéric Lamarque, lors de l'inauguration.

La médiathèque sera ouverte six jours sur sept, y compris le dimanche après-midi, et l'inscription y est gratuite pour tous les habitants de l'agglomération.

fbe/mla/dch
"""

H["fr_misc_2"] = """Une mosaïque gallo-romaine mise au jour sous un futur supermarché à Puylaurier

Puylaurier, 14 déc 2026 (AFP) - Des archéologues de l'Institut national de recherches archéologiques préventives (Inrap) ont mis au jour à Puylaurier une mosaïque gallo-romaine de près de 40 m², sur le terrain où doit être construit un supermarché.

La mosaïque, datée de la fin du IIe siècle, ornait vraisemblablement la salle de réception d'une riche villa. Elle représente des motifs géométriques entourant un médaillon central où figure Bacchus, le dieu du vin, accompagné d'une panthère.

« Son état de conservation est remarquable, les couleurs sont encore très vives », a expliqué à l'AFP la responsable du chantier, Isabelle Roques. Les fouilles ont également livré des monnaies, des fragments d'enduits peints et les restes d'un système de chauffage par le sol.

La mosaïque sera déposée en janvier et confiée à un atelier de restauration avant d'être exposée au musée de Castelroux. Le chantier du supermarché a été repoussé de six mois.

mpf/ppy/cbn
"""

H["fr_misc_3"] = """L'ARS confirme la fermeture de la maternité de Montrevaux en juin 2027

Montrevaux, 15 déc 2026 (AFP) - L'agence régionale de santé (ARS) a confirmé mardi la fermeture de la maternité de l'hôpital de Montrevaux à la fin du mois de juin 2027, invoquant le manque de médecins et la baisse du nombre de naissances.

La maternité a réalisé 298 accouchements en 2025, en deçà du seuil de 300 par an fixé par la réglementation, contre 412 dix ans plus tôt. Trois des quatre postes de gynécologues-obstétriciens sont aujourd'hui occupés par des médecins intérimaires.

Les futures mères seront orientées vers la maternité de Castelroux, à 47 kilomètres. Un centre périnatal de proximité restera ouvert à Montrevaux pour les consultations et le suivi des grossesses, et une ambulance supplémentaire sera financée la nuit.

« Nous ne pouvons plus garantir la sécurité des accouchements avec des équipes qui changent chaque semaine », a déclaré le directeur général de l'ARS, Patrick Lenoir. Le collectif de défense de l'hôpital a appelé à un rassemblement samedi devant la mairie.

cbo/mla/swi
"""

H["fr_misc_4"] = """Villebrune : 110 chalets pour le marché de Noël, qui s'étend jusqu'aux quais

Villebrune, 15 déc 2026 (AFP) - Le marché de Noël de Villebrune a ouvert ses portes pour sa 25e édition, avec 110 chalets installés sur la place de la République et, pour la première fois, le long des quais de l'Orbe.

Les organisateurs attendent plus de 300 000 visiteurs jusqu'au 3 janvier. Artisans, producteurs de foie gras, de nougat et de vin chaud se partagent les chalets, dont un tiers sont réservés à des exposants du département.

Une grande roue de 32 mètres a été installée sur le quai Pasteur et une patinoire en glace recyclable sur la place du Marché. Après les critiques de l'an dernier, la mairie a renoncé à la piste de luge artificielle, jugée trop gourmande en énergie.

« Nous avons voulu un marché plus sobre mais plus grand, qui profite aussi aux commerçants des quais », a indiqué l'adjointe au commerce, Valérie Nguyen.

jbo/ito/dch
"""

H["fr_misc_5"] = """Truffes : le marché de Lézignac ouvre la saison avec des prix en hausse

Lézignac-sur-Orbe, 15 déc 2026 (AFP) - Le marché aux truffes de Lézignac-sur-Orbe, l'un des plus anciens de la région, a ouvert sa saison mardi avec des prix en nette hausse, jusqu'à 1 100 euros le kilo pour la truffe noire.

Seuls 38 kilos ont été présentés pour cette première séance, contre 61 l'an dernier à la même date. Les trufficulteurs attribuent cette faible récolte à la sécheresse de l'été, qui a compromis le développement des champignons.

« Les truffes sont belles et bien parfumées, mais il y en a peu. Les restaurateurs commencent déjà à passer commande pour les fêtes », a expliqué le président du syndicat des trufficulteurs de l'Orbe, Gilbert Mazars.

Le marché se tient chaque mardi matin sous la halle jusqu'à la mi-mars. Un contrôle de la qualité est assuré par des membres du syndicat avant toute transaction.

nav/mla/cbn
"""

MISC6_P2 = ("Fermée aux voyageurs en 2018 en raison du mauvais état de la voie, la ligne de 42 kilomètres a fait l'objet de travaux pendant deux ans et demi. "
            "Rails, traverses et ballast ont été entièrement remplacés, dix passages à niveau supprimés et cinq gares rénovées.")
MISC6_P3 = ("Le chantier a coûté 118 millions d'euros, financés à 60 % par la région, à 30 % par l'État et le reste par SNCF Réseau. "
            "Onze allers-retours quotidiens sont prévus en semaine, contre sept avant la fermeture, et le trajet entre les deux villes prendra 38 minutes.")
H["fr_misc_6"] = f"""Les trains circulent à nouveau entre Lézignac et Montrevaux après huit ans d'interruption

Lézignac-sur-Orbe, 16 déc 2026 (AFP) - Les trains régionaux ont recommencé à circuler mercredi entre Lézignac-sur-Orbe et Montrevaux, huit ans après la fermeture de cette ligne rurale dont les élus locaux réclamaient la réouverture.

{MISC6_P2}

{MISC6_P3}

« Beaucoup ne croyaient plus au retour du train. C'est la preuve qu'une petite ligne peut revivre quand tout le monde s'y met », a déclaré le vice-président de la région chargé des transports, Jérôme Castagné, à bord du premier train, parti à 6h12 de Lézignac.

Les billets seront gratuits jusqu'au 3 janvier pour faire découvrir la ligne.

mpf/ito/swi
"""

H["fr_misc_7"] = """Porcelaine : 84 suppressions de postes chez Dalbrac à Castelroux

Castelroux, 16 déc 2026 (AFP) - Le fabricant de porcelaine Dalbrac, l'un des plus anciens employeurs de Castelroux, a annoncé mercredi un plan de sauvegarde de l'emploi prévoyant 84 suppressions de postes sur 213, a-t-on appris de sources syndicales.

La direction invoque la flambée des coûts de l'énergie, qui représentent désormais près d'un quart des charges de l'usine, et la baisse des commandes de la grande distribution. L'un des deux fours de cuisson sera arrêté au printemps.

« On nous annonce ça à dix jours de Noël, après trois ans de sacrifices sur les salaires », a dénoncé le délégué CGT, Sébastien Chabert, à la sortie du comité social et économique.

Fondée en 1862, l'entreprise a été rachetée en 2019 par un fonds d'investissement lyonnais. La direction assure vouloir « préserver le site et le savoir-faire » en se recentrant sur la vaisselle haut de gamme pour l'hôtellerie.

fbe/ppy/dch
"""

H["fr_misc_8"] = """Pyrénées : deux randonneurs secourus à 2 400 mètres après une nuit dans la neige

Tarbes, 17 déc 2026 (AFP) - Deux randonneurs bloqués par la neige à près de 2 400 mètres d'altitude ont été secourus jeudi matin par les gendarmes du peloton de gendarmerie de haute montagne (PGHM) après avoir passé la nuit dans un abri de fortune.

Les deux hommes, âgés de 29 et 33 ans, étaient partis mercredi matin pour une boucle de deux jours au départ du lac de Gaube. Surpris par des chutes de neige plus fortes que prévu, ils avaient donné l'alerte vers 18h00, sans pouvoir poursuivre leur descente.

L'hélicoptère de la sécurité civile n'a pu décoller qu'au lever du jour en raison du brouillard. Les randonneurs, légèrement hypothermiques, ont été transportés à l'hôpital de Lourdes.

« Ils avaient un bon équipement et ont eu le réflexe de creuser un abri, ce qui leur a sans doute sauvé la vie », a souligné un officier du PGHM, qui rappelle de consulter le bulletin d'estimation du risque d'avalanche avant toute sortie.

jpa/mla/cbn
"""

H["fr_misc_9"] = """La doyenne de l'Orbe fête ses 107 ans

Saint-Amans-de-Lézière, 17 déc 2026 (AFP) - Marguerite Bonnafous, doyenne du département de l'Orbe, a fêté jeudi ses 107 ans dans sa maison de Saint-Amans-de-Lézière, où elle vit toujours seule avec l'aide d'une auxiliaire de vie.

Née le 17 décembre 1919 dans une famille de meuniers, elle a été couturière pendant plus de cinquante ans. Elle a eu quatre enfants, onze petits-enfants et dix-neuf arrière-petits-enfants, dont une partie était réunie pour l'occasion.

« Je n'ai pas de secret. J'ai travaillé, j'ai beaucoup marché et je n'ai jamais fait de régime », a-t-elle confié en riant, devant un gâteau aux noix préparé par sa petite-fille.

Le maire du village, Henri Vialar, lui a remis la médaille de la commune. La doyenne des Français, âgée de 114 ans, vit en Bretagne.

nav/ito/swi
"""

H["fr_misc_10"] = """Castelroux adopte un budget de 212 millions d'euros sans hausse d'impôts

Castelroux, 17 déc 2026 (AFP) - Le conseil municipal de Castelroux a adopté jeudi soir son budget 2027, d'un montant de 212 millions d'euros, sans augmentation des taux de la taxe foncière pour la sixième année consécutive.

Les investissements atteindront 58 millions d'euros, dont 19 millions pour la rénovation énergétique des écoles et 11 millions pour l'extension du réseau de pistes cyclables. La dette de la ville doit passer sous la barre des 90 millions d'euros fin 2027.

L'opposition a voté contre, dénonçant « un budget d'affichage » à quinze mois des élections municipales et réclamant davantage de moyens pour les quartiers nord.

Le maire, Frédéric Lamarque, a défendu « un budget sérieux dans un contexte où l'État demande toujours plus d'efforts aux collectivités ».

fbe/mla/dch
"""

H["fr_misc_11"] = """Un boulanger de Vaudrecourt sacré meilleure baguette du département

Vaudrecourt, 18 déc 2026 (AFP) - Un boulanger de Vaudrecourt, Karim Ouazzani, a remporté vendredi le concours de la meilleure baguette de tradition française du département de l'Orbe, devant 46 concurrents.

Le jury, composé de professionnels et de consommateurs, a noté à l'aveugle l'aspect, la cuisson, la mie et le goût des baguettes, qui devaient mesurer entre 50 et 55 centimètres et peser entre 250 et 300 grammes.

« Je fais ce métier depuis l'âge de quinze ans, et c'est la première fois que je présente un concours. Le secret, c'est le temps : ma pâte repose dix-huit heures », a expliqué le lauréat, installé depuis 2019 dans le centre-ville.

Il représentera le département à la finale régionale en mars et fournira pendant un an la préfecture en pain.

jbo/ppy/cbn
"""

H["fr_misc_12"] = """Brévannes : une centrale solaire sur une ancienne décharge

Brévannes, 18 déc 2026 (AFP) - Une centrale photovoltaïque de 14 mégawatts-crête a été mise en service vendredi à Brévannes, sur le site d'une ancienne décharge fermée en 2003 et inutilisable pour l'agriculture ou le logement.

Les 26 000 panneaux, installés sur 18 hectares, produiront l'équivalent de la consommation annuelle de 7 500 habitants. Le projet, porté par une société d'économie mixte associant la communauté de communes et un énergéticien régional, a coûté 11 millions d'euros.

Les panneaux ont été posés sur des lests en béton pour ne pas percer la couche d'argile qui recouvre les déchets. Des moutons entretiendront la végétation entre les rangées.

« Ce terrain était une cicatrice dans le paysage. Il va maintenant rapporter environ 300 000 euros par an à la collectivité », s'est félicité le président de la communauté de communes, Yves Carrière.

apz/mla/swi
"""

H["fr_misc_13"] = """Collèges de l'Orbe : 70 % de produits locaux dans les cantines d'ici 2028

Castelroux, 18 déc 2026 (AFP) - Le conseil départemental de l'Orbe s'est fixé pour objectif de servir 70 % de produits locaux dans les cantines de ses 34 collèges d'ici à la rentrée 2028, contre 41 % aujourd'hui.

Pour y parvenir, il va créer une plateforme d'achat commune à laquelle les agriculteurs du département pourront répondre directement, sans passer par les grossistes. Une légumerie sera aussi construite à Villebrune pour préparer les légumes frais.

Chaque jour, les collèges servent environ 14 000 repas. Le département prévoit d'y consacrer 2,4 millions d'euros supplémentaires par an.

« Nos agriculteurs produisent du bœuf, des lentilles, des pommes, du fromage. Il n'y a aucune raison que nos enfants mangent des produits venus de l'autre bout de l'Europe », a estimé le président du département, Marc Aubry.

cbo/ito/dch
"""

H["fr_misc_14"] = """Le pont suspendu de Saint-Amans rouvre après dix-huit mois de travaux

Saint-Amans-de-Lézière, 19 déc 2026 (AFP) - Le pont suspendu de Saint-Amans-de-Lézière, construit en 1898 au-dessus des gorges de la Lézière, a rouvert samedi à la circulation après dix-huit mois de travaux de restauration.

Les câbles porteurs et le tablier en bois ont été entièrement remplacés. L'ouvrage, long de 96 mètres, est désormais limité aux véhicules de moins de 3,5 tonnes et à une vitesse de 30 km/h.

Le chantier a coûté 4,6 millions d'euros, dont 1,2 million apportés par la Mission patrimoine, le pont étant inscrit aux monuments historiques depuis 1991.

« Pendant un an et demi, les habitants de la rive gauche ont dû faire un détour de 22 kilomètres pour aller à l'école ou chez le médecin », a rappelé le maire, Henri Vialar.

nav/mla/cbn
"""

H["fr_misc_15"] = """Chômage : le taux recule à 7,1 % dans l'Orbe au troisième trimestre

Castelroux, 19 déc 2026 (AFP) - Le taux de chômage a reculé à 7,1 % de la population active dans le département de l'Orbe au troisième trimestre, contre 7,4 % au trimestre précédent, selon les chiffres publiés par l'Insee.

Le département reste au-dessus de la moyenne nationale, mais l'écart se réduit. Le recul est plus marqué dans le bassin de Castelroux, porté par les embauches dans la logistique et le bâtiment.

Le nombre de demandeurs d'emploi inscrits à France Travail en catégorie A s'élevait à 18 240 fin septembre, en baisse de 3,2 % sur un an. Les chômeurs de longue durée en représentent toutefois toujours 44 %.

« Ces chiffres sont encourageants, mais la fermeture annoncée de postes dans l'industrie doit nous rendre prudents », a commenté le préfet de l'Orbe.

fbe/ppy/swi
"""

H["fr_misc_16"] = """L'hôpital de Villebrune visé par une cyberattaque, les urgences en mode dégradé

Villebrune, 20 déc 2026 (AFP) - L'hôpital de Villebrune a été victime dans la nuit de samedi à dimanche d'une cyberattaque qui a paralysé son système informatique, obligeant les services à travailler sur papier, a annoncé la direction.

Les urgences restent ouvertes mais fonctionnent en mode dégradé, et les patients les moins graves sont invités à se rendre à Castelroux. Les opérations programmées lundi ont été reportées, à l'exception des interventions urgentes.

La direction a porté plainte et l'Agence nationale de la sécurité des systèmes d'information (Anssi) a dépêché une équipe sur place. Aucune demande de rançon n'avait été reçue dimanche en fin de journée.

« Nos équipes sont mobilisées pour assurer la continuité des soins. Aucun patient n'a été mis en danger », a assuré la directrice de l'établissement, Anne-Laure Picard.

cbo/mla/dch
"""

H["fr_misc_17"] = """Le festival de la BD de Castelroux dévoile une affiche signée par une autrice québécoise

Castelroux, 20 déc 2026 (AFP) - Le festival de la bande dessinée de Castelroux, qui fêtera sa 30e édition du 2 au 4 avril, a dévoilé dimanche son affiche, dessinée par l'autrice québécoise Maude Tremblay-Ouellet.

L'affiche représente une jeune fille lisant sur le toit de l'ancienne tannerie, devenue médiathèque. Plus de 200 auteurs sont attendus, ainsi qu'une exposition consacrée à la bande dessinée canadienne francophone.

Les organisateurs espèrent dépasser les 45 000 visiteurs de l'an dernier. Un nouveau prix, décerné par un jury de collégiens de l'Orbe, sera remis pour la première fois.

« Castelroux est devenue en trente ans un rendez-vous que les auteurs aiment, parce qu'on y prend le temps de parler avec les lecteurs », a souligné la directrice du festival, Élodie Renaud.

jbo/ito/cbn
"""

# same topic (wolves), different events
H["fr_topic_1"] = """Loup : 23 brebis tuées dans une nouvelle attaque à Saint-Fiacre-du-Mont

Saint-Fiacre-du-Mont, 15 déc 2026 (AFP) - Vingt-trois brebis ont été tuées et sept blessées dans la nuit de lundi à mardi dans un troupeau de Saint-Fiacre-du-Mont, une attaque attribuée au loup par les agents de l'Office français de la biodiversité (OFB).

C'est la quatrième attaque en un mois sur la commune, où les éleveurs réclament des tirs de défense renforcés. Le troupeau de 380 bêtes était pourtant protégé par une clôture électrifiée et deux chiens patous.

« On fait tout ce qu'on nous demande, et on retrouve quand même les bêtes égorgées au petit matin. Je ne sais pas combien de temps on va tenir », a confié l'éleveur, Julien Blanc.

La préfecture a autorisé mardi un tir de défense simple pour une durée de trois mois.

apz/mla/swi
"""

H["fr_topic_2"] = """Un loup filmé en plein jour aux portes de Villebrune

Villebrune, 18 déc 2026 (AFP) - Un loup a été filmé jeudi en plein jour par un automobiliste à moins de deux kilomètres du centre de Villebrune, une première aussi près d'une ville du département, a confirmé l'Office français de la biodiversité (OFB).

Sur la vidéo, largement partagée sur les réseaux sociaux, l'animal traverse tranquillement la route départementale 17 avant de disparaître dans un bois, près d'une zone commerciale.

« Il s'agit très probablement d'un jeune mâle en dispersion, à la recherche d'un territoire. Ce comportement n'est pas inhabituel et l'animal ne présente pas de danger pour l'homme », a expliqué un agent de l'OFB.

La population de loups en France est estimée à un peu plus de 1 000 individus. La mairie a appelé les habitants à ne pas chercher à approcher l'animal.

jbo/ppy/dch
"""

# same event (sawmill fire in Puylaurier), two outlets written independently
H["fr_event_1"] = """Puylaurier : une scierie ravagée par un incendie, 35 salariés au chômage technique

Puylaurier, 16 déc 2026 (AFP) - Un violent incendie a détruit dans la nuit de mardi à mercredi un bâtiment de 3 000 m² de la scierie Vidal à Puylaurier, sans faire de blessé, a indiqué le service départemental d'incendie et de secours (Sdis).

Le feu s'est déclaré vers 23h30 dans le hangar de stockage des planches et s'est propagé à l'atelier de sciage. Une soixantaine de pompiers et vingt engins ont été mobilisés pour protéger les bâtiments voisins et un stock de grumes.

« L'incendie a été maîtrisé vers 4h00. Le vent soufflait en direction du bourg, mais nous avons pu empêcher toute propagation aux habitations », a déclaré le commandant des opérations de secours, le commandant Nicolas Ferrier.

Les 35 salariés de l'entreprise ont été placés en chômage technique. Une enquête a été ouverte par la gendarmerie pour déterminer l'origine du sinistre.

bla/mla/cbn
"""

H["fr_event_2"] = """« Cinquante ans de travail partis en fumée » : à Puylaurier, la scierie Vidal sous le choc

Devant les poutres calcinées encore fumantes, Gérard Vidal a du mal à trouver ses mots. « Mon père a monté cette scierie en 1976. Cinquante ans de travail partis en fumée en une nuit », souffle le patron de 58 ans, qui a été réveillé par un voisin peu avant minuit mardi.

Quand il est arrivé, les flammes dépassaient déjà le toit du hangar où étaient entreposées les planches prêtes à livrer. Il a ensuite vu le feu gagner l'atelier, où se trouvaient les deux scies principales, achetées il y a trois ans.

Quelque 60 sapeurs-pompiers ont lutté une bonne partie de la nuit. Au total, 3 000 m² de bâtiments ont brûlé, mais la maison d'habitation de la famille, à une centaine de mètres, a été épargnée.

Le maire, Christian Fabre, a ouvert la salle des fêtes pour accueillir les salariés mercredi matin. « La scierie, c'est 35 emplois, le deuxième employeur de la commune. Nous ferons tout pour qu'elle redémarre », assure-t-il. Gérard Vidal, lui, promet déjà de reconstruire.

Sophie Marty, La Dépêche de l'Orbe
"""

# close rewrite of misc_3 by a local news site (same facts and figures, reworded, quote verbatim)
H["fr_reuse_rewrite_misc3"] = """Maternité de Montrevaux : c'est fini fin juin 2027

C'est désormais officiel : les accouchements ne seront plus possibles à l'hôpital de Montrevaux après le mois de juin 2027. L'agence régionale de santé a tranché mardi, en mettant en avant la pénurie de médecins et le recul de la natalité.

Avec 298 naissances en 2025, l'établissement se situe juste sous le seuil réglementaire de 300 accouchements annuels. Il en comptait encore 412 il y a dix ans. Sur les quatre postes de gynécologues-obstétriciens, trois sont actuellement tenus par des intérimaires.

« Nous ne pouvons plus garantir la sécurité des accouchements avec des équipes qui changent chaque semaine », a déclaré le directeur général de l'ARS, Patrick Lenoir.

Pour accoucher, les habitantes du secteur devront désormais se rendre à Castelroux, à 47 kilomètres. Montrevaux conservera un centre périnatal de proximité pour les consultations et le suivi de grossesse, et une ambulance de nuit supplémentaire sera financée. Un rassemblement est prévu samedi devant la mairie à l'appel du collectif de défense de l'hôpital.

Rédaction Montrevaux Infos
"""

# shortened rewrite of ONE formula item (prefet_2)
H["fr_reuse_rewrite_prefet2"] = """Olivier Ravanel, un ancien gendarme nouveau préfet de l'Aveyron

L'Aveyron change de préfet. Le Conseil des ministres a nommé mercredi Olivier Ravanel, 58 ans, pour remplacer Catherine Aubrac, appelée à d'autres fonctions. Le nouveau représentant de l'État arrivera le 11 janvier.

Ancien officier de gendarmerie, Olivier Ravanel est entré dans le corps préfectoral en 2011. Il connaît bien le Sud : après avoir été sous-préfet d'Arles, il a dirigé la préfecture de la Haute-Marne entre 2021 et 2024, avant de devenir préfet délégué pour la défense et la sécurité de la zone Sud-Est.

Le Journal de Rodez
"""

# partial reuse: a regional round-up on rail investments lifting two paragraphs of misc_6 verbatim
H["fr_reuse_partial_misc6"] = f"""Petites lignes ferroviaires : la région promet 640 millions d'euros d'ici 2032

Castelroux, 18 déc 2026 (AFP) - La région a présenté vendredi un plan de 640 millions d'euros sur six ans pour rénover ses petites lignes ferroviaires, deux jours après la réouverture de la ligne Lézignac-Montrevaux, citée en exemple.

{MISC6_P2}

{MISC6_P3}

Le nouveau plan concerne sept autres lignes, dont celle de Castelroux à Brévannes, où les trains roulent au ralenti depuis 2021 sur 30 kilomètres. Deux lignes fermées, dont la liaison entre Villebrune et Saint-Amans-de-Lézière, pourraient rouvrir après 2030.

« Sans investissement, la moitié de ces lignes aurait fermé avant la fin de la décennie », a affirmé le président de la région, qui appelle l'État à tenir ses engagements. Les associations d'usagers saluent le plan mais réclament davantage de trains le week-end.

mpf/ppy/dch
"""

for k in list(H):
    H[k] = fix(H[k])
