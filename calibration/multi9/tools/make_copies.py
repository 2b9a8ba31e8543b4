"""Build <story>-repost.md and <story>-trimmed.txt from <story>-src.txt (verbatim paragraphs).

Adapted from calibration/multi8/tools/make_copies.py: chrome tables for fr2, de2, ko2, hi2, tr2;
the repost also drops the agency dateline from the first paragraph (new first words), as in wire.
"""

from pathlib import Path

D = Path(__file__).resolve().parent.parent / "named"
S = {
    "fr2": dict(
        date="2025-03-12T18:40:00",
        author="La rédaction",
        cat="Actualités",
        nav="Accueil | France | Monde | Économie | Sports | Opinions",
        breaking="Dernière minute",
        intro="Au cas où vous l'auriez manqué\u00a0:",
        dateline="VIERZELLES, 12 mars 2025 (AFP) - ",
        source="Source\u00a0: AFP",
        share="Partager cet article\u00a0:",
        buttons="Facebook X WhatsApp LinkedIn E-mail",
        related="À lire aussi",
        comment="Laisser un commentaire",
        email="Votre adresse e-mail ne sera pas publiée.",
        news="Inscrivez-vous à notre lettre d'information pour recevoir l'essentiel de l'actualité chaque matin.",
        cookie="Ce site utilise des cookies pour améliorer votre expérience de navigation. En poursuivant, vous acceptez leur utilisation. Accepter",
        short="Vierzelles\u00a0: l'hôpital paralysé par une cyberattaque",
        keep=[1, 2, 3, 4, 6, 7, 8],
    ),
    "de2": dict(
        date="2025-05-15T20:05:00",
        author="Redaktion",
        cat="Nachrichten",
        nav="Startseite | Region | Deutschland | Welt | Wirtschaft | Sport",
        breaking="Eilmeldung",
        intro="Falls Sie es verpasst haben:",
        dateline="GREVINGHAUSEN (dpa) - ",
        source="Quelle: dpa",
        share="Artikel teilen:",
        buttons="Facebook X WhatsApp E-Mail",
        related="Das könnte Sie auch interessieren",
        comment="Kommentar schreiben",
        email="Ihre E-Mail-Adresse wird nicht veröffentlicht.",
        news="Abonnieren Sie unseren Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten.",
        cookie="Diese Website verwendet Cookies, um Ihnen das beste Nutzungserlebnis zu bieten. Mit der weiteren Nutzung stimmen Sie dem zu. Akzeptieren",
        short="A7-Talbrücke Wietenbach gesperrt",
        keep=[1, 2, 4, 5, 6, 7, 8],
    ),
    "ko2": dict(
        date="2025-04-12T11:20:00",
        author="편집팀",
        cat="사회",
        nav="홈 | 정치 | 경제 | 사회 | 국제 | 스포츠 | 오피니언",
        breaking="속보",
        intro="놓치셨나요? 다시 보기:",
        dateline="(서하=연합뉴스) 정다은 기자 = ",
        source="출처: 연합뉴스",
        share="이 기사 공유하기:",
        buttons="카카오톡 페이스북 X 링크복사",
        related="관련 기사",
        comment="댓글 쓰기",
        email="이메일 주소는 공개되지 않습니다.",
        news="뉴스레터를 구독하고 매일 아침 주요 뉴스를 받아보세요.",
        cookie="이 사이트는 더 나은 이용 환경을 위해 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주됩니다. 동의",
        short="서하 도심 땅꺼짐…트럭 빠져 운전자 부상",
        keep=[1, 2, 3, 4, 5, 7, 8, 9, 10],
    ),
    "hi2": dict(
        date="2025-03-12T16:30:00",
        author="डेस्क",
        cat="देश",
        nav="होम | देश | राज्य | दुनिया | कारोबार | खेल | विचार",
        breaking="ब्रेकिंग न्यूज़",
        intro="अगर आपसे छूट गया हो:",
        dateline="पटना, 12 मार्च (भाषा) ",
        source="स्रोत: भाषा",
        share="यह खबर शेयर करें:",
        buttons="फेसबुक व्हाट्सऐप एक्स ईमेल",
        related="ये भी पढ़ें",
        comment="अपनी टिप्पणी लिखें",
        email="आपका ईमेल पता प्रकाशित नहीं किया जाएगा।",
        news="हमारे न्यूज़लेटर की सदस्यता लें और हर सुबह सबसे अहम खबरें पाएं।",
        cookie="यह वेबसाइट आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करती है। जारी रखकर आप इसके लिए सहमति देते हैं। स्वीकार करें",
        short="मधुरापुर में जहरीली शराब से 11 की मौत",
        keep=[1, 2, 3, 4, 5, 7, 8],
    ),
    "tr2": dict(
        date="2025-04-09T17:45:00",
        author="Haber Merkezi",
        cat="Gündem",
        nav="Ana Sayfa | Gündem | Ekonomi | Dünya | Spor | Yazarlar",
        breaking="Son Dakika",
        intro="Gözden kaçırdıysanız:",
        dateline="MALATYA (AA) - ",
        source="Kaynak: AA",
        share="Bu haberi paylaş:",
        buttons="Facebook X WhatsApp Telegram",
        related="İlgili Haberler",
        comment="Yorum yap",
        email="E-posta adresiniz yayınlanmayacaktır.",
        news="Bültenimize abone olun, günün önemli haberleri her sabah e-posta kutunuza gelsin.",
        cookie="Bu sitede deneyiminizi iyileştirmek için çerezler kullanılmaktadır. Siteyi kullanmaya devam ederek çerez kullanımını kabul etmiş olursunuz. Kabul et",
        short="Malatya'da zirai don kayısıyı vurdu",
        keep=[1, 2, 3, 4, 5, 6, 8, 9],
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
    rbody = [first] + body[1:]
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
