"""Build <story>-repost.md and <story>-trimmed.txt from <story>-src.txt (verbatim paragraphs).

Adapted from calibration/multi20/tools/make_copies.py (multi18's, ... and multi8's script): chrome
tables for hr3, is1, eu1, so1, tl1. Four srcs have a dateline (Croatian "VRANJKOVAC, 19. ožujka (HDS) - ",
Basque "Ibarzelai, martxoak 19 (EHA) – ", Somali "Marsa-Yare (WWD) – ", Filipino
"SAN VICENTE FERRER, Nueva Ecija – "), which the repost drops from the first paragraph (new first
words), as in wire. is1 has no dateline (Icelandic sites such as RÚV and mbl.is run none, like sv1/fi1 in
multi12): its repost starts with the blog's chrome, then the lead.
Trimmed copies keep a shorter headline, drop the last paragraph and one middle paragraph, and keep
each quotation paragraph together with the paragraph that introduces its speaker.
"""

from pathlib import Path

D = Path(__file__).resolve().parent.parent / "named"
S = {
    "hr3": dict(
        date="2026-03-19T11:25:00",
        author="Redakcija",
        cat="Vijesti",
        nav="Naslovnica | Vijesti | Hrvatska | Regija | Sport | Lifestyle",
        breaking="Najnovije",
        intro="Pročitajte i ovo:",
        dateline="VRANJKOVAC, 19. ožujka (HDS) - ",
        source="Izvor: HDS",
        share="Podijeli:",
        buttons="Facebook X WhatsApp Viber",
        related="Povezane vijesti",
        comment="Ostavite komentar",
        email="Vaša adresa e-pošte neće biti objavljena.",
        news="Prijavite se na naš newsletter i svako jutro primajte najvažnije vijesti.",
        cookie="Ova stranica koristi kolačiće kako bi vam pružila bolje korisničko iskustvo. Prihvaćam",
        short="Vranjkovac: zagađena voda, 23 osobe u bolnici",
        keep=[1, 2, 3, 4, 5, 7],
    ),
    "is1": dict(
        date="2026-03-19T09:15:00",
        author="Ritstjórn",
        cat="Innlent",
        nav="Forsíða | Innlent | Erlent | Viðskipti | Íþróttir | Menning",
        breaking="Nýjast",
        intro="Lestu einnig:",
        dateline="",
        source="Heimild: fréttastofa",
        share="Deila:",
        buttons="Facebook X Messenger Netfang",
        related="Tengdar fréttir",
        comment="Skrifaðu athugasemd",
        email="Netfangið þitt verður ekki birt.",
        news="Skráðu þig á póstlistann okkar og fáðu helstu fréttir dagsins á hverjum morgni.",
        cookie="Þessi vefur notar vafrakökur til að bæta upplifun þína. Samþykkja",
        short="Snjóflóð á Urðarvík: 19 hús rýmd",
        keep=[1, 2, 3, 4, 5, 7],
    ),
    "eu1": dict(
        date="2026-03-19T12:05:00",
        author="Erredakzioa",
        cat="Gizartea",
        nav="Azala | Gizartea | Politika | Ekonomia | Kirola | Kultura",
        breaking="Azken orduko albisteak",
        intro="Irakurri hau ere:",
        dateline="Ibarzelai, martxoak 19 (EHA) – ",
        source="Iturria: EHA",
        share="Partekatu:",
        buttons="Facebook X WhatsApp Telegram",
        related="Lotutako albisteak",
        comment="Utzi iruzkin bat",
        email="Zure helbide elektronikoa ez da argitaratuko.",
        news="Harpidetu gure buletinera eta jaso goizero albiste garrantzitsuenak.",
        cookie="Webgune honek cookieak erabiltzen ditu zure esperientzia hobetzeko. Onartu",
        short="Sutea Ibarzelaiko birziklategian: 11.000 lagun konfinatuta",
        keep=[1, 2, 3, 4, 5, 7],
    ),
    "so1": dict(
        date="2026-03-19T10:40:00",
        author="Tifaftirka",
        cat="Wararka",
        nav="Bogga Hore | Wararka | Puntland | Soomaaliya | Ganacsi | Ciyaaraha",
        breaking="Warkii ugu dambeeyay",
        intro="Sidoo kale akhriso:",
        dateline="Marsa-Yare (WWD) – ",
        source="Isha: WWD",
        share="La wadaag:",
        buttons="Facebook X WhatsApp Telegram",
        related="Warar la xiriira",
        comment="Faallo ka bixi",
        email="Ciwaankaaga iimaylka lama daabici doono.",
        news="Iska diiwaangeli warsidahayaga oo subax kasta hel wararka ugu muhiimsan.",
        cookie="Boggan wuxuu isticmaalaa cookies si loo hagaajiyo khibradaada. Waan aqbalay",
        short="Doon ku rogmatay Marsa-Yare: laba kalluumaysato oo dhintay",
        keep=[1, 2, 3, 5, 6, 7],
    ),
    "tl1": dict(
        date="2026-03-19T08:30:00",
        author="Balita Desk",
        cat="Probinsya",
        nav="Home | Balita | Probinsya | Showbiz | Sports | Negosyo",
        breaking="Breaking News",
        intro="Basahin din:",
        dateline="SAN VICENTE FERRER, Nueva Ecija – ",
        source="Pinagmulan: Balita ng Bayan",
        share="I-share:",
        buttons="Facebook X Messenger Viber",
        related="Mga kaugnay na balita",
        comment="Mag-iwan ng komento",
        email="Hindi ipapakita ang iyong email address.",
        news="Mag-subscribe sa aming newsletter para sa pinakamahahalagang balita tuwing umaga.",
        cookie="Gumagamit ang website na ito ng cookies para sa mas magandang karanasan. Sang-ayon",
        short="87 estudyante, naospital sa sopas ng feeding program",
        keep=[1, 2, 3, 4, 6, 7],
    ),
}
for story, c in S.items():
    text = (D / f"{story}-src.txt").read_text(encoding="utf-8").strip("\n")
    paras = text.split("\n\n")
    head, body = paras[0], paras[1:]
    title = head.replace('"', '\\"')
    first = body[0]
    if c["dateline"]:
        assert first.startswith(c["dateline"]), story
        first = first[len(c["dateline"]):]
    rbody = ([first] if first else []) + body[1:]
    repost = "\n".join(
        [
            "---",
            "layout: post",
            f'title: "{title}"',
            f"date: {c['date']}",
            f'author: "{c["author"]}"',
            f"categories: [{c['cat']}]",
            "---",
            "",
            c["nav"],
            c["breaking"],
            "",
            c["intro"],
            "",
            "\n\n".join(rbody),
            "",
            c["source"],
            "",
            c["share"],
            c["buttons"],
            "",
            c["related"],
            "",
            c["comment"],
            "",
            c["email"],
            "",
            c["news"],
            "",
            c["cookie"],
            "",
        ]
    )
    (D / f"{story}-repost.md").write_text(repost, encoding="utf-8")
    trimmed = "\n\n".join([c["short"]] + [body[i - 1] for i in c["keep"]]) + "\n"
    (D / f"{story}-trimmed.txt").write_text(trimmed, encoding="utf-8")
    print(story, len(body), "paras; trimmed keeps", c["keep"])
