"""Build <story>-repost.md and <story>-trimmed.txt from <story>-src.txt (verbatim paragraphs).

Adapted from calibration/multi22/tools/make_copies.py (multi20's, multi18's, ... and multi8's script):
chrome tables for lv1, mk1, uz1, ha1, mg1. Every src here has a dateline (Latvian LETA-style
"Jēkabpils, 24. marts, NZA. ", Macedonian MIA-style "Кичево, 24 март 2026 (НАВ) - ", Uzbek UzA/Dunyo-style
"Fargʻona, 24 mart (VAA) — ", Hausa NAN-style "Katsina, 24 ga Maris, 2026 (KDLA) – ", Malagasy ANTA-style
"Ambositra, 24 martsa 2026 (AVM) – "); the repost drops it from the first paragraph (new first words),
as in wire. The repost keeps the src paragraphs verbatim.
Trimmed copies keep a shorter headline, drop the last paragraph and one middle paragraph, and keep
each quotation paragraph together with the paragraph that introduces its speaker (in these src texts
every quotation sits in the same paragraph as its speaker's introduction).
"""

from pathlib import Path

D = Path(__file__).resolve().parent.parent / "named"
S = {
    "lv1": dict(
        date="2026-03-24T10:40:00",
        author="Redakcija",
        cat="Latvijā",
        nav="Sākums | Ziņas | Latvijā | Ekonomika | Sports | Pasaulē",
        breaking="Jaunākās ziņas",
        intro="Lasi arī:",
        dateline="Jēkabpils, 24. marts, NZA. ",
        source="Avots: NZA",
        share="Dalies:",
        buttons="Facebook X WhatsApp Telegram",
        related="Līdzīgi raksti",
        comment="Pievieno komentāru",
        email="Tava e-pasta adrese netiks publicēta.",
        news="Piesakies mūsu jaunumu vēstulei un saņem svarīgākās ziņas katru rītu.",
        cookie="Šī vietne izmanto sīkdatnes, lai uzlabotu lietošanas pieredzi. Piekrītu",
        short="Pļavsalā applūduši 46 īpašumi, evakuēti 38 cilvēki",
        keep=[1, 2, 3, 4, 5, 7],
    ),
    "mk1": dict(
        date="2026-03-24T12:10:00",
        author="Редакција",
        cat="Македонија",
        nav="Почетна | Вести | Македонија | Економија | Спорт | Свет",
        breaking="Најнови вести",
        intro="Прочитајте и:",
        dateline="Кичево, 24 март 2026 (НАВ) - ",
        source="Извор: НАВ",
        share="Сподели:",
        buttons="Facebook X Viber Telegram",
        related="Поврзани вести",
        comment="Остави коментар",
        email="Вашата адреса за е-пошта нема да биде објавена.",
        news="Пријавете се на нашиот билтен и добивајте ги најважните вести секое утро.",
        cookie="Оваа страница користи колачиња за подобро корисничко искуство. Се согласувам",
        short="Свлечиште во Долно Ѕвездино, евакуирани 63 жители",
        keep=[1, 2, 3, 4, 6, 7],
    ),
    "uz1": dict(
        date="2026-03-24T11:30:00",
        author="Tahririyat",
        cat="Jamiyat",
        nav="Bosh sahifa | Yangiliklar | Jamiyat | Iqtisodiyot | Sport | Dunyo",
        breaking="Soʻnggi yangiliklar",
        intro="Shuningdek oʻqing:",
        dateline="Fargʻona, 24 mart (VAA) — ",
        source="Manba: VAA",
        share="Ulashing:",
        buttons="Telegram Facebook X",
        related="Mavzuga oid",
        comment="Fikr qoldiring",
        email="Elektron pochta manzilingiz eʼlon qilinmaydi.",
        news="Axborotnomamizga obuna boʻling va eng muhim yangiliklarni har kuni ertalab oling.",
        cookie="Sayt qulaylik uchun cookie fayllaridan foydalanadi. Roziman",
        short="Fargʻonada boʻron: 742 ta uyning tomi shikastlandi",
        keep=[1, 2, 4, 5, 6, 7],
    ),
    "ha1": dict(
        date="2026-03-24T13:45:00",
        author="Editoci",
        cat="Labarai",
        nav="Gida | Labarai | Najeriya | Tattalin Arziki | Wasanni | Duniya",
        breaking="Sabbin labarai",
        intro="Karanta kuma:",
        dateline="Katsina, 24 ga Maris, 2026 (KDLA) – ",
        source="Majiya: KDLA",
        share="Yaɗa:",
        buttons="Facebook X WhatsApp Telegram",
        related="Labarai masu alaƙa",
        comment="Bar sharhi",
        email="Ba za a wallafa adireshin imel ɗinka ba.",
        news="Yi rajista domin samun muhimman labarai kowace safiya.",
        cookie="Wannan shafi yana amfani da kukis domin inganta amfaninka. Na amince",
        short="Gobara ta ƙone shaguna 326 a kasuwar Ɗantudu",
        keep=[1, 2, 3, 4, 6, 7],
    ),
    "mg1": dict(
        date="2026-03-24T09:50:00",
        author="Mpanoratra",
        cat="Vaovao",
        nav="Fandraisana | Vaovao | Madagasikara | Toekarena | Fanatanjahantena | Iraisam-pirenena",
        breaking="Vaovao farany",
        intro="Vakio koa:",
        dateline="Ambositra, 24 martsa 2026 (AVM) – ",
        source="Loharano: AVM",
        share="Zarao:",
        buttons="Facebook X WhatsApp",
        related="Vaovao mifandraika",
        comment="Mametraha hevitra",
        email="Tsy havoaka ho hitan'ny besinimaro ny adiresy mailakao.",
        news="Misoratra anarana amin'ny gazety an-tserasera ary mahazoa ireo vaovao lehibe isa-maraina.",
        cookie="Mampiasa cookies ity tranonkala ity mba hanatsarana ny fampiasana azy. Ekeko",
        short="Loza teo amin'ny RN7: olona sivy no maty",
        keep=[1, 2, 3, 5, 6, 7],
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
