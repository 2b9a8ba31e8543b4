"""Build <story>-repost.md and <story>-trimmed.txt from <story>-src.txt (verbatim paragraphs).

Adapted from calibration/multi4/tools/make_copies.py: chrome tables for zh2, ar2, ru2, ja2, es2;
the repost also drops the agency dateline from the first paragraph (new first words), as in wire.
"""

from pathlib import Path

D = Path(__file__).resolve().parent.parent / "named"
S = {
    "zh2": dict(
        date="2025-06-12T21:30:00",
        author="编辑部",
        cat="新闻",
        nav="首页 | 国内 | 国际 | 财经 | 体育 | 评论",
        breaking="最新消息",
        intro="错过了？一起来看：",
        dateline="华讯社昆明6月12日电（记者李明轩、赵婉清）",
        source="来源：华讯社",
        share="分享到：",
        buttons="微信 微博 QQ空间 复制链接",
        related="相关阅读",
        comment="发表评论",
        email="您的邮箱地址不会被公开。",
        news="订阅我们的每日新闻简报，第一时间获取最新资讯。",
        cookie="本网站使用Cookie以提升您的浏览体验，继续浏览即表示您同意。同意",
        short="云岭县5.4级地震致3死47伤",
        keep=[1, 2, 3, 4, 5, 7, 8, 9],
    ),
    "ar2": dict(
        date="2025-08-08T19:10:00",
        author="فريق التحرير",
        cat="أخبار",
        nav="الرئيسية | محليات | عربي ودولي | اقتصاد | رياضة | آراء",
        breaking="عاجل",
        intro="إن فاتك الخبر:",
        dateline="رأس السدرة، 8 آب/أغسطس (وكالة أنباء المشرق) – ",
        source="المصدر: وكالة أنباء المشرق",
        share="شارك الخبر:",
        buttons="Facebook WhatsApp X Telegram",
        related="أخبار ذات صلة",
        comment="اترك تعليقاً",
        email="لن يتم نشر عنوان بريدك الإلكتروني.",
        news="اشترك في نشرتنا البريدية لتصلك أهم الأخبار يومياً.",
        cookie="يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. موافق",
        short="انقطاع المياه عن رأس السدرة لليوم الثاني",
        keep=[1, 2, 3, 4, 5, 6, 8, 9],
    ),
    "ru2": dict(
        date="2025-01-14T18:45:00",
        author="Редакция",
        cat="Новости",
        nav="Главная | Россия | В мире | Экономика | Спорт | Мнения",
        breaking="Срочно",
        intro="Если вы пропустили:",
        dateline="КРАСНОКАМЫШИНСК, 14 января. /Агентство «Ермак-Пресс»/. ",
        source="Источник: агентство «Ермак-Пресс»",
        share="Поделиться:",
        buttons="ВКонтакте Telegram Одноклассники WhatsApp",
        related="Читайте также",
        comment="Оставить комментарий",
        email="Ваш адрес электронной почты не будет опубликован.",
        news="Подпишитесь на нашу рассылку, чтобы получать главные новости каждый день.",
        cookie="Мы используем файлы cookie, чтобы сделать сайт удобнее. Продолжая пользоваться сайтом, вы соглашаетесь с этим. Принять",
        short="Краснокамышинск остался без тепла",
        keep=[1, 2, 3, 4, 6, 7, 8, 9],
    ),
    "ja2": dict(
        date="2024-10-02T20:00:00",
        author="編集部",
        cat="ニュース",
        nav="ホーム | 国内 | 国際 | 経済 | スポーツ | オピニオン",
        breaking="速報",
        intro="見逃した方はこちら：",
        dateline="",
        source="出典：通信社配信記事",
        share="この記事をシェアする：",
        buttons="X LINE Facebook はてなブックマーク",
        related="関連記事",
        comment="コメントを書く",
        email="メールアドレスが公開されることはありません。",
        news="ニュースレターに登録して、毎朝最新ニュースを受け取りましょう。",
        cookie="当サイトではCookieを使用しています。閲覧を続けることで同意したものとみなします。同意する",
        short="北榛名市で給食食中毒、263人に症状",
        keep=[1, 2, 3, 4, 6, 7, 8],
    ),
    "es2": dict(
        date="2025-03-23T22:15:00",
        author="Redacción",
        cat="Noticias",
        nav="Inicio | Colombia | Mundo | Economía | Deportes | Opinión",
        breaking="Última hora",
        intro="Por si te lo perdiste:",
        dateline="Bogotá, 23 mar (Agencia Cordillera).- ",
        source="Fuente: Agencia Cordillera",
        share="Comparte esta noticia:",
        buttons="Facebook WhatsApp X Email",
        related="Noticias relacionadas",
        comment="Deja un comentario",
        email="Tu dirección de correo electrónico no será publicada.",
        news="Suscríbete a nuestro boletín y recibe las noticias más importantes cada mañana.",
        cookie="Este sitio utiliza cookies para mejorar tu experiencia. Aceptar",
        short="Cinco mineros muertos en una mina de Boyacá",
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
