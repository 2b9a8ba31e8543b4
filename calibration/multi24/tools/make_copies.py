"""Build <story>-repost.md and <story>-trimmed.txt from <story>-src.txt (verbatim paragraphs).

Adapted from calibration/multi23/tools/make_copies.py (multi22's, ... and multi8's script): chrome tables
for ja4, ar4, ru4, es4, zh5. Every src here has an agency dateline (Japanese Kyodo/Jiji-style "【長岡東邦】",
Arabic QNA-style "الدوحة في 30 مارس /وخأ/ ", Russian TASS-style "КЕМЕРОВО, 30 марта. /Интерсибирь/. ",
Spanish EFE-style "Puerto Albar, 30 mar (AIN).- ", Chinese Xinhua-style "华通社南昌3月30日电（记者 林雨晴 吴振宇）");
the repost drops it from the first paragraph (new first words), as in wire. The repost keeps the src
paragraphs verbatim.
Trimmed copies keep a shorter headline, drop the last paragraph and one middle paragraph, and keep each
quotation paragraph together with the paragraph that introduces its speaker (in these src texts every
quotation sits in the same paragraph as its speaker's introduction).
"""

from pathlib import Path

D = Path(__file__).resolve().parent.parent / "named"
S = {
    "ja4": dict(
        date="2026-03-30T18:20:00",
        author="編集部",
        cat="経済",
        nav="ホーム | ニュース | 経済 | 社会 | スポーツ | 国際",
        breaking="最新ニュース",
        intro="あわせて読みたい：",
        dateline="【長岡東邦】",
        source="出典：東邦通信",
        share="この記事をシェアする：",
        buttons="X Facebook LINE はてなブックマーク",
        related="関連記事",
        comment="コメントを書く",
        email="メールアドレスが公開されることはありません。",
        news="ニュースレターに登録して、毎朝の主要ニュースを受け取りましょう。",
        cookie="当サイトは利便性向上のためにCookieを使用しています。同意する",
        short="信濃川信組が破綻、債務超過287億円",
        keep=[1, 2, 3, 4, 5, 7],
    ),
    "ar4": dict(
        date="2026-03-30T16:05:00",
        author="هيئة التحرير",
        cat="اقتصاد",
        nav="الرئيسية | أخبار | اقتصاد | سياسة | رياضة | العالم",
        breaking="عاجل",
        intro="اقرأ أيضا:",
        dateline="الدوحة في 30 مارس /وخأ/ ",
        source="المصدر: وخأ",
        share="شارك:",
        buttons="فيسبوك إكس واتساب تيليغرام",
        related="أخبار ذات صلة",
        comment="أضف تعليقا",
        email="لن يتم نشر عنوان بريدك الإلكتروني.",
        news="اشترك في نشرتنا البريدية لتصلك أهم الأخبار كل صباح.",
        cookie="يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. موافق",
        short="خفض سقف إنتاج النفط 450 ألف برميل يوميا اعتبارا من مايو",
        keep=[1, 2, 3, 5, 6, 7],
    ),
    "ru4": dict(
        date="2026-03-30T12:40:00",
        author="Редакция",
        cat="Происшествия",
        nav="Главная | Новости | Регион | Экономика | Спорт | В мире",
        breaking="Срочные новости",
        intro="Читайте также:",
        dateline="КЕМЕРОВО, 30 марта. /Интерсибирь/. ",
        source="Источник: Интерсибирь",
        share="Поделиться:",
        buttons="ВКонтакте Одноклассники Telegram",
        related="Похожие новости",
        comment="Оставить комментарий",
        email="Ваш адрес электронной почты не будет опубликован.",
        news="Подпишитесь на нашу рассылку и получайте главные новости каждое утро.",
        cookie="Сайт использует файлы cookie для удобства пользователей. Согласен",
        short="На шахте в Кузбассе погибли пять горняков",
        keep=[1, 2, 3, 4, 5, 7],
    ),
    "es4": dict(
        date="2026-03-30T08:15:00",
        author="Redacción",
        cat="Política",
        nav="Portada | Noticias | Política | Economía | Deportes | Internacional",
        breaking="Última hora",
        intro="Te puede interesar:",
        dateline="Puerto Albar, 30 mar (AIN).- ",
        source="Fuente: AIN",
        share="Compartir:",
        buttons="Facebook X WhatsApp Telegram",
        related="Noticias relacionadas",
        comment="Deja un comentario",
        email="Tu dirección de correo electrónico no será publicada.",
        news="Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes.",
        cookie="Este sitio utiliza cookies para mejorar tu experiencia. Aceptar",
        short="UR gana en Valdoria pero no alcanza la mayoría absoluta",
        keep=[1, 2, 4, 5, 6, 7],
    ),
    "zh5": dict(
        date="2026-03-30T15:30:00",
        author="编辑部",
        cat="国内",
        nav="首页 | 新闻 | 国内 | 财经 | 体育 | 国际",
        breaking="最新消息",
        intro="相关阅读：",
        dateline="华通社南昌3月30日电（记者 林雨晴 吴振宇）",
        source="来源：华通社",
        share="分享到：",
        buttons="微信 微博 QQ空间",
        related="相关新闻",
        comment="发表评论",
        email="您的邮箱地址不会被公开。",
        news="订阅我们的新闻简报，每天早上获取重要新闻。",
        cookie="本网站使用Cookie以改善您的浏览体验。同意",
        short="青岚县洪涝灾害 紧急转移安置2.3万人",
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
