"""Build <story>-repost.md and <story>-trimmed.txt from <story>-src.txt (verbatim paragraphs).

Adapted from calibration/multi11/tools/make_copies.py (itself multi10's and multi8's script): chrome
tables for sv1, fi1, da1, hu2, lt1; the repost drops the agency dateline from the first paragraph
(new first words), as in wire. sv1 (TT), fi1 (STT) and da1 (Ritzau) have no dateline, as uk2 in
multi11: their reposts start with the blog's chrome, then the lead (da1 keeps its closing "/ritzau/"
line, which is a src paragraph). hu2 drops the MTI dateline, lt1 the ELTA dateline. Trimmed copies
keep each dash-quotation paragraph together with the paragraph that introduces its speaker.
"""

from pathlib import Path

D = Path(__file__).resolve().parent.parent / "named"
S = {
    "sv1": dict(
        date="2026-03-12T19:40:00",
        author="Redaktionen",
        cat="Nyheter",
        nav="Hem | Inrikes | Utrikes | Ekonomi | Sport | Debatt",
        breaking="Just nu",
        intro="Har du missat det?",
        dateline="",
        source="Källa: TT",
        share="Dela artikeln:",
        buttons="Facebook X LinkedIn E-post",
        related="Relaterade artiklar",
        comment="Lämna en kommentar",
        email="Din e-postadress kommer inte att publiceras.",
        news="Prenumerera på vårt nyhetsbrev och få dagens viktigaste nyheter varje morgon.",
        cookie="Den här webbplatsen använder cookies för att förbättra din upplevelse. Jag godkänner",
        short="Campylobacter i Storåsas vatten – 160 sjuka",
        keep=[1, 2, 3, 4, 5, 6, 7, 9, 10, 11],
    ),
    "fi1": dict(
        date="2026-03-12T17:25:00",
        author="Toimitus",
        cat="Uutiset",
        nav="Etusivu | Kotimaa | Ulkomaat | Talous | Urheilu | Mielipide",
        breaking="Tuoreimmat",
        intro="Jos et vielä ehtinyt lukea:",
        dateline="",
        source="Lähde: STT",
        share="Jaa artikkeli:",
        buttons="Facebook X WhatsApp Sähköposti",
        related="Aiheeseen liittyvää",
        comment="Jätä kommentti",
        email="Sähköpostiosoitettasi ei julkaista.",
        news="Tilaa uutiskirjeemme ja saat päivän tärkeimmät uutiset joka aamu.",
        cookie="Tämä sivusto käyttää evästeitä käyttökokemuksen parantamiseksi. Hyväksyn",
        short="Hiidenlahden saha suljetaan",
        keep=[1, 2, 3, 4, 5, 6, 8, 9, 10, 11],
    ),
    "da1": dict(
        date="2026-03-12T21:05:00",
        author="Redaktionen",
        cat="Nyheder",
        nav="Forside | Indland | Udland | Erhverv | Sport | Debat",
        breaking="Netop nu",
        intro="Gik du glip af det?",
        dateline="",
        source="Kilde: Ritzau",
        share="Del artiklen:",
        buttons="Facebook X LinkedIn E-mail",
        related="Relaterede artikler",
        comment="Skriv en kommentar",
        email="Din e-mailadresse bliver ikke offentliggjort.",
        news="Tilmeld dig vores nyhedsbrev og få dagens vigtigste nyheder hver morgen.",
        cookie="Denne hjemmeside bruger cookies for at forbedre din oplevelse. Accepter",
        short="Tærø-færgen på grund i tågen",
        keep=[1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12],
    ),
    "hu2": dict(
        date="2026-03-12T16:50:00",
        author="Szerkesztőség",
        cat="Hírek",
        nav="Címlap | Belföld | Külföld | Gazdaság | Sport | Vélemény",
        breaking="Friss",
        intro="Ha lemaradt volna:",
        dateline="Budapest, 2026. március 12., csütörtök (MTI) – ",
        source="Forrás: MTI",
        share="Cikk megosztása:",
        buttons="Facebook X Messenger E-mail",
        related="Kapcsolódó cikkek",
        comment="Szóljon hozzá",
        email="E-mail címét nem tesszük közzé.",
        news="Iratkozzon fel hírlevelünkre, és minden reggel megkapja a nap legfontosabb híreit.",
        cookie="Ez a weboldal sütiket használ a felhasználói élmény javítása érdekében. Elfogadom",
        short="Bezár a bodrogvári szülészet",
        keep=[1, 2, 3, 4, 5, 6, 7, 8, 10],
    ),
    "lt1": dict(
        date="2026-03-12T15:35:00",
        author="Redakcija",
        cat="Naujienos",
        nav="Pradžia | Lietuva | Pasaulis | Verslas | Sportas | Nuomonės",
        breaking="Skubiai",
        intro="Jei praleidote:",
        dateline="Šiauliai, kovo 12 d. (ELTA). ",
        source="Šaltinis: ELTA",
        share="Dalintis straipsniu:",
        buttons="Facebook X Messenger El. paštas",
        related="Susiję straipsniai",
        comment="Palikite komentarą",
        email="Jūsų el. pašto adresas nebus skelbiamas.",
        news="Užsiprenumeruokite mūsų naujienlaiškį ir kasryt gaukite svarbiausias dienos naujienas.",
        cookie="Ši svetainė naudoja slapukus, kad pagerintų jūsų patirtį. Sutinku",
        short="Gervuvoje dvėsta žuvys",
        keep=[1, 2, 3, 4, 5, 6, 8, 9, 10, 11],
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
