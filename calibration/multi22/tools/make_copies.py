"""Build <story>-repost.md and <story>-trimmed.txt from <story>-src.txt (verbatim paragraphs).

Adapted from calibration/multi20/tools/make_copies.py (multi18's, multi16's, ... and multi8's script):
chrome tables for ckb1, ti1, be1, yi1, ug1. Every src here has a dateline (Sorani
"ڕانیە، ١٨ی ئازار (زێ پرێس) - ", Tigrinya "መሆኒ፣ 9 መጋቢት 2018 ዓ.ም (ዜና ሰሜን) – ", Belarusian
"Полацк, 18 сакавіка (Навіны Падзвіння) – ", Yiddish "מייפּל־קריק, ניו־יאָרק (ייִדיש־פּרעס) — ",
Uyghur "ئاقسۇ، 18-مارت (تارىم خەۋەر تورى) — "); the repost drops it from the first paragraph (new first
words), as in wire. The repost keeps the src paragraphs verbatim.
Trimmed copies keep a shorter headline, drop the last paragraph(s) and one middle paragraph, and keep
each quotation paragraph together with the paragraph that introduces its speaker (in these src texts
every quotation sits in the same paragraph as its speaker's introduction).
"""

from pathlib import Path

D = Path(__file__).resolve().parent.parent / "named"
S = {
    "ckb1": dict(
        date="2026-03-18T10:45:00",
        author="دەستەی هەواڵ",
        cat="هەواڵی ناوخۆ",
        nav="سەرەکی | هەواڵ | کوردستان | ئابووری | وەرزش | جیهان",
        breaking="دوایین هەواڵەکان",
        intro="ئەمەش بخوێنەوە:",
        dateline="ڕانیە، ١٨ی ئازار (زێ پرێس) - ",
        source="سەرچاوە: زێ پرێس",
        share="هاوبەشی بکە:",
        buttons="Facebook X WhatsApp Telegram",
        related="هەواڵی پەیوەندیدار",
        comment="بۆچوونی خۆت بنووسە",
        email="ئیمەیڵەکەت بڵاو ناکرێتەوە.",
        news="بەشداری لە نامەی هەواڵەکانمان بکە و هەموو بەیانییەک گرنگترین هەواڵەکان وەربگرە.",
        cookie="ئەم ماڵپەڕە کووکی بەکار دەهێنێت بۆ باشترکردنی ئەزموونی بەکارهێنەر. ڕازیم",
        short="ژەهراویبوونی ٢١٣ میوانی شاییەک لە ڕانیە",
        keep=[1, 2, 3, 4, 5, 7],
    ),
    "ti1": dict(
        date="2026-03-18T12:20:00",
        author="ዴስክ ዜና",
        cat="ዜና ክልል",
        nav="መበገሲ | ዜና | ትግራይ | ቁጠባ | ስፖርት | ዓለም",
        breaking="ሓደሽቲ ዜናታት",
        intro="እዚ እውን ኣንብቡ፦",
        dateline="መሆኒ፣ 9 መጋቢት 2018 ዓ.ም (ዜና ሰሜን) – ",
        source="ምንጪ፦ ዜና ሰሜን",
        share="ኣካፍሉ፦",
        buttons="Facebook X WhatsApp Telegram",
        related="ተዛመድቲ ዜናታት",
        comment="ርእይቶኹም ሃቡ",
        email="ኢመይል ኣድራሻኹም ኣይሕተምን እዩ።",
        news="ናብ ሓበሬታ መልእኽትና ተመዝገቡ እሞ ኣገደስቲ ዜናታት ኩሉ ንግሆ ተቐበሉ።",
        cookie="እዚ መርበብ ንዝሓሸ ኣገልግሎት ኩኪስ ይጥቀም። ይሰማማዕ",
        short="ዕስለ ኣንበጣ ኣብ ራያ ዓዘቦ 1,200 ሄክታር ኣጥፊኡ",
        keep=[1, 2, 3, 4, 6, 7],
    ),
    "be1": dict(
        date="2026-03-18T14:05:00",
        author="Рэдакцыя",
        cat="Рэгіёны",
        nav="Галоўная | Навіны | Рэгіёны | Эканоміка | Спорт | Свет",
        breaking="Апошнія навіны",
        intro="Чытайце таксама:",
        dateline="Полацк, 18 сакавіка (Навіны Падзвіння) – ",
        source="Крыніца: Навіны Падзвіння",
        share="Падзяліцца:",
        buttons="Facebook X Viber Telegram",
        related="Падобныя навіны",
        comment="Пакінуць каментарый",
        email="Ваш адрас электроннай пошты не будзе апублікаваны.",
        news="Падпішыцеся на нашу рассылку і атрымлівайце галоўныя навіны кожную раніцу.",
        cookie="Сайт выкарыстоўвае файлы cookie, каб працаваць лепш. Згодны",
        short="У Чарнаборы 41 дом застаўся без ацяплення",
        keep=[1, 2, 4, 5, 6, 7],
    ),
    "yi1": dict(
        date="2026-03-18T16:30:00",
        author="רעדאַקציע",
        cat="אַמעריקע",
        nav="היים | נייַעס | אַמעריקע | ישׂראל | קולטור | מיינונגען",
        breaking="לעצטע נייַעס",
        intro="לייענט אויך:",
        dateline="מייפּל־קריק, ניו־יאָרק (ייִדיש־פּרעס) — ",
        source="מקור: ייִדיש־פּרעס",
        share="טיילט:",
        buttons="Facebook X WhatsApp Email",
        related="פֿאַרבונדענע אַרטיקלען",
        comment="לאָזט איבער אַ באַמערקונג",
        email="אייַער בליצבריוו־אַדרעס וועט נישט ווערן פֿאַרעפֿנטלעכט.",
        news="אַבאָנירט אונדזער בולעטין און באַקומט יעדן אינדערפֿרי די וויכטיקסטע נייַעס.",
        cookie="דער וועבזייַטל באַנוצט cookies כּדי צו פֿאַרבעסערן אייַער דערפֿאַרונג. מסכּים",
        short="פֿייַער צעשטערט די אַלטע שול אין מייפּל־קריק",
        keep=[1, 2, 3, 4, 5, 7],
    ),
    "ug1": dict(
        date="2026-03-18T11:15:00",
        author="تەھرىر بۆلۈمى",
        cat="شىنجاڭ",
        nav="باش بەت | خەۋەرلەر | شىنجاڭ | ئىقتىساد | تەنتەربىيە | دۇنيا",
        breaking="ئەڭ يېڭى خەۋەرلەر",
        intro="بۇنىمۇ ئوقۇڭ:",
        dateline="ئاقسۇ، 18-مارت (تارىم خەۋەر تورى) — ",
        source="مەنبە: تارىم خەۋەر تورى",
        share="ھەمبەھىرلەڭ:",
        buttons="WeChat Weibo QQ",
        related="مۇناسىۋەتلىك خەۋەرلەر",
        comment="پىكىر قالدۇرۇڭ",
        email="ئېلخەت ئادرېسىڭىز ئاشكارىلانمايدۇ.",
        news="خەۋەر ئاگاھلاندۇرۇشىمىزغا مۇشتەرى بولۇپ، ھەر كۈنى ئەتىگەندە مۇھىم خەۋەرلەرنى تاپشۇرۇۋېلىڭ.",
        cookie="بۇ تور بېكەت تېخىمۇ ياخشى مۇلازىمەت ئۈچۈن cookie ئىشلىتىدۇ. قوشۇلىمەن",
        short="كەلپىندە 5.8 بال يەر تەۋرىدى",
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
