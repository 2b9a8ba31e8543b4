"""Build <story>-repost.md and <story>-trimmed.txt from <story>-src.txt (verbatim paragraphs).

Adapted from calibration/multi10/tools/make_copies.py (itself multi8's script): chrome tables for
nl1, uk2, bg1, cs1, en-gb1; the repost drops the agency dateline from the first paragraph (new first
words), as in wire. If the dateline is a whole paragraph (en-gb1: the "By ..., PA" byline line), the
repost drops that paragraph. uk2 (Ukrinform) has no dateline, as pl2 in multi10: its repost starts
with the blog's chrome, then the lead. Trimmed copies keep the split quotation's paragraphs together.
"""

from pathlib import Path

D = Path(__file__).resolve().parent.parent / "named"
S = {
    "nl1": dict(
        date="2025-03-12T19:45:00",
        author="Redactie",
        cat="Nieuws",
        nav="Home | Binnenland | Buitenland | Economie | Sport | Opinie",
        breaking="Net binnen",
        intro="Gemist? Lees het hier terug:",
        dateline="HEMMEROORD (ANP) - ",
        source="Bron: ANP",
        share="Deel dit artikel:",
        buttons="Facebook WhatsApp X LinkedIn",
        related="Gerelateerde artikelen",
        comment="Laat een reactie achter",
        email="Je e-mailadres wordt niet gepubliceerd.",
        news="Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws.",
        cookie="Deze website gebruikt cookies om je ervaring te verbeteren. Akkoord",
        short="Dijk Hemmeroord verzakt, 214 bewoners weg",
        keep=[1, 2, 3, 4, 5, 6, 8, 9, 10],
    ),
    "uk2": dict(
        date="2025-03-12T18:30:00",
        author="Редакція",
        cat="Новини",
        nav="Головна | Україна | Світ | Економіка | Спорт | Думки",
        breaking="Терміново",
        intro="Якщо ви пропустили:",
        dateline="",
        source="Джерело: Укрінформ",
        share="Поділитися:",
        buttons="Facebook Telegram X Viber",
        related="Читайте також",
        comment="Залишити коментар",
        email="Ваша адреса електронної пошти не буде опублікована.",
        news="Підпишіться на нашу розсилку, щоб щоранку отримувати головні новини.",
        cookie="Цей сайт використовує файли cookie для покращення роботи. Погоджуюсь",
        short="Гірники у Вербополі перекрили трасу через борги",
        keep=[1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13],
    ),
    "bg1": dict(
        date="2025-03-12T17:55:00",
        author="Редакция",
        cat="Новини",
        nav="Начало | България | Свят | Икономика | Спорт | Мнения",
        breaking="Извънредно",
        intro="Ако сте пропуснали:",
        dateline="Ловеч, 12 март /Мария Стоянова, БТА/ ",
        source="Източник: БТА",
        share="Споделете статията:",
        buttons="Facebook Viber X Messenger",
        related="Още по темата",
        comment="Оставете коментар",
        email="Вашият имейл адрес няма да бъде публикуван.",
        news="Абонирайте се за нашия бюлетин и получавайте най-важните новини всяка сутрин.",
        cookie="Този сайт използва бисквитки, за да подобри вашето изживяване. Приемам",
        short="Свлачище в Крайречие: 37 души са евакуирани",
        keep=[1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12],
    ),
    "cs1": dict(
        date="2025-03-12T16:20:00",
        author="Redakce",
        cat="Zprávy",
        nav="Úvod | Domácí | Zahraniční | Ekonomika | Sport | Názory",
        breaking="Právě teď",
        intro="Pokud vám to uniklo:",
        dateline="Radoňov (Liberecký kraj) 12. března (ČTK) - ",
        source="Zdroj: ČTK",
        share="Sdílejte článek:",
        buttons="Facebook X WhatsApp E-mail",
        related="Související články",
        comment="Přidat komentář",
        email="Vaše e-mailová adresa nebude zveřejněna.",
        news="Přihlaste se k odběru newsletteru a dostávejte každé ráno nejdůležitější zprávy.",
        cookie="Tento web používá soubory cookie ke zlepšení vašeho zážitku. Souhlasím",
        short="Jizerské sklárny jsou v insolvenci",
        keep=[1, 2, 3, 4, 5, 6, 7, 9, 10, 11],
    ),
    "en-gb1": dict(
        date="2025-03-12T20:15:00",
        author="Newsdesk",
        cat="News",
        nav="Home | UK | World | Business | Sport | Comment",
        breaking="Breaking",
        intro="In case you missed it:",
        dateline="By Rachel Ormerod, PA",
        source="Source: PA",
        share="Share this article:",
        buttons="Facebook WhatsApp X Email",
        related="Related stories",
        comment="Leave a comment",
        email="Your email address will not be published.",
        news="Sign up to our newsletter for the day's top stories every morning.",
        cookie="This site uses cookies to improve your experience. Accept",
        short="Kelsmouth swing bridge shut over corrosion",
        keep=[1, 2, 3, 5, 6, 7, 8, 10, 11, 12],
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
