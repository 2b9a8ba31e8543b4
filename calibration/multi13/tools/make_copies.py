"""Build <story>-repost.md and <story>-trimmed.txt from <story>-src.txt (verbatim paragraphs).

Adapted from calibration/multi12/tools/make_copies.py (itself multi11's, multi10's and multi8's
script): chrome tables for fr3, de3, ru3, ar3, zh4. Every src here has an agency dateline (AFP, dpa,
TASS, MENA, Xinhua), which the repost drops from the first paragraph (new first words), as in wire.
Trimmed copies keep a shorter headline, drop the last paragraph(s) and one middle paragraph, and keep
each quotation paragraph together with the paragraph that introduces its speaker.
"""

from pathlib import Path

D = Path(__file__).resolve().parent.parent / "named"
S = {
    "fr3": dict(
        date="2026-03-12T18:10:00",
        author="La rédaction",
        cat="Économie",
        nav="Accueil | France | Monde | Économie | Sport | Opinions",
        breaking="À la une",
        intro="Si vous l'avez manqué :",
        dateline="PARIS, 12 mars 2026 (AFP) - ",
        source="Source : AFP",
        share="Partager l'article :",
        buttons="Facebook X LinkedIn E-mail",
        related="Articles liés",
        comment="Laisser un commentaire",
        email="Votre adresse e-mail ne sera pas publiée.",
        news="Abonnez-vous à notre newsletter et recevez l'essentiel de l'actualité chaque matin.",
        cookie="Ce site utilise des cookies pour améliorer votre expérience. J'accepte",
        short="Ferlane ferme son usine des Ardennes",
        keep=[1, 2, 3, 4, 5, 6, 8, 9, 10, 11],
    ),
    "de3": dict(
        date="2026-03-12T17:45:00",
        author="Redaktion",
        cat="Panorama",
        nav="Startseite | Politik | Wirtschaft | Panorama | Sport | Meinung",
        breaking="Eilmeldung",
        intro="Falls Sie es verpasst haben:",
        dateline="Hamburg (dpa) - ",
        source="Quelle: dpa",
        share="Artikel teilen:",
        buttons="Facebook X WhatsApp E-Mail",
        related="Mehr zum Thema",
        comment="Kommentar schreiben",
        email="Ihre E-Mail-Adresse wird nicht veröffentlicht.",
        news="Abonnieren Sie unseren Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten.",
        cookie="Diese Website verwendet Cookies, um Ihr Nutzungserlebnis zu verbessern. Akzeptieren",
        short="Lange Haft für Kokainschmuggel im Hafen",
        keep=[1, 2, 3, 4, 5, 6, 7, 8, 10, 11],
    ),
    "ru3": dict(
        date="2026-03-12T14:20:00",
        author="Редакция",
        cat="Наука",
        nav="Главная | Россия | Мир | Экономика | Наука | Спорт",
        breaking="Срочно",
        intro="Если вы пропустили:",
        dateline="МОСКВА, 12 марта. /ТАСС/. ",
        source="Источник: ТАСС",
        share="Поделиться:",
        buttons="ВКонтакте Telegram Одноклассники E-mail",
        related="Читайте также",
        comment="Оставить комментарий",
        email="Ваш адрес электронной почты не будет опубликован.",
        news="Подпишитесь на нашу рассылку и получайте главные новости дня каждое утро.",
        cookie="Этот сайт использует файлы cookie для улучшения работы. Принять",
        short="РТ-40 на Алтае принял первый сигнал",
        keep=[1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12],
    ),
    "ar3": dict(
        date="2026-03-12T16:05:00",
        author="فريق التحرير",
        cat="محافظات",
        nav="الرئيسية | أخبار مصر | عربي ودولي | اقتصاد | رياضة | مقالات",
        breaking="عاجل",
        intro="إذا فاتك الخبر:",
        dateline="القاهرة في ١٢ مارس /أ ش أ/ ",
        source="المصدر: وكالة أنباء الشرق الأوسط",
        share="شارك الخبر:",
        buttons="فيسبوك إكس واتساب البريد الإلكتروني",
        related="أخبار ذات صلة",
        comment="أضف تعليقا",
        email="لن يتم نشر عنوان بريدك الإلكتروني.",
        news="اشترك في نشرتنا البريدية لتصلك أهم الأخبار كل صباح.",
        cookie="يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. موافق",
        short="تسمم ٧٤ تلميذا بوجبة مدرسية في البحيرة",
        keep=[1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12],
    ),
    "zh4": dict(
        date="2026-03-12T20:30:00",
        author="编辑部",
        cat="三农",
        nav="首页 | 时政 | 国际 | 财经 | 三农 | 评论",
        breaking="最新",
        intro="错过了吗？",
        dateline="新华社北京3月12日电（记者 刘晓峰 陈静）",
        source="来源：新华社",
        share="分享到：",
        buttons="微信 微博 QQ空间 复制链接",
        related="相关阅读",
        comment="发表评论",
        email="您的电子邮箱地址不会被公开。",
        news="订阅我们的新闻简报，每天早上获取最重要的新闻。",
        cookie="本网站使用Cookie以改善您的浏览体验。同意",
        short="耐盐碱水稻“滨盐稻7号”获国审",
        keep=[1, 2, 3, 4, 6, 7, 8, 9, 10],
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
