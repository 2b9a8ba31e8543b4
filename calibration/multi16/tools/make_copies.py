"""Build <story>-repost.md and <story>-trimmed.txt from <story>-src.txt (verbatim paragraphs).

Adapted from calibration/multi15/tools/make_copies.py (multi14's, multi13's, ... and multi8's
script): chrome tables for zh1, te1, mr1, az1, sk1. Where the src has an agency dateline (CNA,
PTI, PTI/Marathi, TASR) the repost drops it from the first paragraph (new first words), as in wire;
az1 (a Report.az-style story whose bureau credit sits inside the lead sentence) has none, so its
repost keeps the lead as it is.
Trimmed copies keep a shorter headline, drop the last paragraph(s) and one middle paragraph, and keep
each quotation paragraph together with the paragraph that introduces its speaker.
"""

from pathlib import Path

D = Path(__file__).resolve().parent.parent / "named"
S = {
    "zh1": dict(
        date="2026-03-12T11:05:00",
        author="編輯部",
        cat="地方",
        nav="首頁 | 政治 | 財經 | 社會 | 地方 | 運動",
        breaking="即時新聞",
        intro="你可能錯過了：",
        dateline="（中央社記者林宜蓁彰化12日電）",
        source="資料來源：中央社",
        share="分享：",
        buttons="Facebook LINE X 複製連結",
        related="相關新聞",
        comment="發表留言",
        email="您的電子郵件地址不會被公開。",
        news="訂閱電子報，每天早上掌握重要新聞。",
        cookie="本網站使用 Cookie 以提供更好的瀏覽體驗。同意",
        short="彰化永嶺市場大火　63攤燒毀",
        keep=[1, 2, 3, 5, 6, 7],
    ),
    "te1": dict(
        date="2026-03-12T15:40:00",
        author="డెస్క్",
        cat="తెలంగాణ",
        nav="హోమ్ | తెలంగాణ | ఆంధ్రప్రదేశ్ | జాతీయం | వ్యాపారం | క్రీడలు",
        breaking="తాజా వార్తలు",
        intro="మీరు మిస్ అయ్యారా?",
        dateline="ఖమ్మం, మార్చి 12 (పీటీఐ): ",
        source="మూలం: పీటీఐ",
        share="షేర్ చేయండి:",
        buttons="Facebook X WhatsApp Telegram",
        related="సంబంధిత వార్తలు",
        comment="వ్యాఖ్యానించండి",
        email="మీ ఈమెయిల్ చిరునామా ప్రచురించబడదు.",
        news="మా న్యూస్‌లెటర్‌కు సబ్‌స్క్రైబ్ చేసి ప్రతి ఉదయం ముఖ్య వార్తలు పొందండి.",
        cookie="మెరుగైన అనుభవం కోసం ఈ సైట్ కుకీలను ఉపయోగిస్తుంది. అంగీకరిస్తున్నాను",
        short="చింతలకోటలో వడగళ్ల వాన: భారీగా పంట నష్టం",
        keep=[1, 2, 4, 5, 6, 7, 8],
    ),
    "mr1": dict(
        date="2026-03-12T18:15:00",
        author="वृत्तसेवा",
        cat="महाराष्ट्र",
        nav="मुख्यपृष्ठ | महाराष्ट्र | देश-विदेश | अर्थवृत्त | क्रीडा | मनोरंजन",
        breaking="ताज्या बातम्या",
        intro="हे वाचलंत का?",
        dateline="सांगली, १२ मार्च (पीटीआय) – ",
        source="स्रोत: पीटीआय",
        share="शेअर करा:",
        buttons="Facebook X WhatsApp Telegram",
        related="संबंधित बातम्या",
        comment="प्रतिक्रिया नोंदवा",
        email="तुमचा ई-मेल पत्ता प्रसिद्ध केला जाणार नाही.",
        news="आमच्या न्यूजलेटरची सदस्यता घ्या आणि रोज सकाळी महत्त्वाच्या बातम्या मिळवा.",
        cookie="अधिक चांगल्या अनुभवासाठी हे संकेतस्थळ कुकीज वापरते. मान्य",
        short="‘कृष्णाई’ला घेराव; साखर जप्तीचे आदेश",
        keep=[1, 2, 3, 4, 6, 7, 8],
    ),
    "az1": dict(
        date="2026-03-12T10:25:00",
        author="Redaksiya",
        cat="Regionlar",
        nav="Əsas | Siyasət | İqtisadiyyat | Cəmiyyət | Regionlar | İdman",
        breaking="Son xəbərlər",
        intro="Bunu oxumusunuz?",
        dateline="",
        source="Mənbə: Report",
        share="Paylaş:",
        buttons="Facebook X WhatsApp Telegram",
        related="Oxşar xəbərlər",
        comment="Şərh yaz",
        email="E-poçt ünvanınız dərc olunmayacaq.",
        news="Bülletenimizə abunə olun, hər səhər ən vacib xəbərləri alın.",
        cookie="Bu sayt daha yaxşı təcrübə üçün kukilərdən istifadə edir. Razıyam",
        short="Qaxda körpü çöküb, yeddi kənd təcrid olunub",
        keep=[1, 2, 3, 4, 6, 7],
    ),
    "sk1": dict(
        date="2026-03-12T14:50:00",
        author="Redakcia",
        cat="Ekonomika",
        nav="Domov | Slovensko | Zahraničie | Ekonomika | Šport | Kultúra",
        breaking="Najnovšie",
        intro="Ak ste to prehliadli:",
        dateline="Banská Bystrica 12. marca (TASR) - ",
        source="Zdroj: TASR",
        share="Zdieľať:",
        buttons="Facebook X WhatsApp E-mail",
        related="Súvisiace články",
        comment="Pridať komentár",
        email="Vaša e-mailová adresa nebude zverejnená.",
        news="Prihláste sa na odber newslettera a každé ráno dostanete najdôležitejšie správy.",
        cookie="Táto stránka používa súbory cookie na zlepšenie vašej skúsenosti. Súhlasím",
        short="Sklárne Lúčnica prepustia 286 ľudí",
        keep=[1, 2, 4, 5, 6, 7, 8],
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
