"""Build <story>-repost.md and <story>-trimmed.txt from <story>-src.txt (verbatim paragraphs).

Adapted from calibration/multi13/tools/make_copies.py (itself multi12's, multi11's, multi10's and
multi8's script): chrome tables for fa2, he2, ur2, ta2, ms1. Where the src has an agency dateline
(IRNA, APP, PTI, Bernama) the repost drops it from the first paragraph (new first words), as in
wire; he2 (a news-site story) has no dateline, so its repost keeps the lead as it is.
Trimmed copies keep a shorter headline, drop the last paragraph(s) and one middle paragraph, and keep
each quotation paragraph together with the paragraph that introduces its speaker.
"""

from pathlib import Path

D = Path(__file__).resolve().parent.parent / "named"
S = {
    "fa2": dict(
        date="2026-03-12T13:30:00",
        author="تحریریه",
        cat="جامعه",
        nav="صفحه اصلی | سیاسی | اقتصادی | اجتماعی | ورزشی | بین‌الملل",
        breaking="فوری",
        intro="اگر از دست داده‌اید:",
        dateline="کرمان- ایرنا- ",
        source="منبع: ایرنا",
        share="اشتراک‌گذاری:",
        buttons="تلگرام واتس‌اپ ایکس ایمیل",
        related="اخبار مرتبط",
        comment="ارسال نظر",
        email="نشانی ایمیل شما منتشر نخواهد شد.",
        news="در خبرنامه ما عضو شوید و هر روز صبح مهم‌ترین خبرها را دریافت کنید.",
        cookie="این سایت برای بهبود تجربه شما از کوکی استفاده می‌کند. می‌پذیرم",
        short="فرونشست کاهوران به راه‌آهن رسید",
        keep=[1, 2, 3, 4, 5, 7, 8, 9, 10],
    ),
    "he2": dict(
        date="2026-03-12T11:15:00",
        author="מערכת",
        cat="חדשות",
        nav="ראשי | חדשות | כלכלה | ספורט | תרבות | דעות",
        breaking="מבזק",
        intro="למקרה שפספסתם:",
        dateline="",
        source="מקור: מערכת החדשות",
        share="שתפו:",
        buttons="פייסבוק X וואטסאפ דוא״ל",
        related="כתבות נוספות",
        comment="הוסיפו תגובה",
        email="כתובת הדוא״ל שלך לא תפורסם.",
        news="הירשמו לניוזלטר שלנו וקבלו את החדשות החשובות בכל בוקר.",
        cookie="אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה. אישור",
        short="שריפה במפעל מיחזור בקריית שדמות",
        keep=[1, 2, 3, 4, 5, 7, 8, 9, 10, 11],
    ),
    "ur2": dict(
        date="2026-03-12T19:40:00",
        author="ادارہ",
        cat="پاکستان",
        nav="صفحہ اول | پاکستان | دنیا | کاروبار | کھیل | کالم",
        breaking="تازہ ترین",
        intro="اگر آپ سے رہ گئی ہو:",
        dateline="ملتان۔12 مارچ (اے پی پی): ",
        source="ذریعہ: اے پی پی",
        share="شیئر کریں:",
        buttons="فیس بک ایکس واٹس ایپ ای میل",
        related="متعلقہ خبریں",
        comment="تبصرہ کریں",
        email="آپ کا ای میل ایڈریس شائع نہیں کیا جائے گا۔",
        news="ہمارے نیوز لیٹر کو سبسکرائب کریں اور ہر صبح اہم خبریں حاصل کریں۔",
        cookie="یہ ویب سائٹ آپ کے تجربے کو بہتر بنانے کے لیے کوکیز استعمال کرتی ہے۔ قبول ہے",
        short="کوٹ مہران میں نیا گرڈ سٹیشن فعال",
        keep=[1, 2, 3, 4, 5, 6, 8, 9, 10],
    ),
    "ta2": dict(
        date="2026-03-12T17:05:00",
        author="செய்திப் பிரிவு",
        cat="தமிழகம்",
        nav="முகப்பு | தமிழகம் | இந்தியா | உலகம் | வணிகம் | விளையாட்டு",
        breaking="பிரேக்கிங்",
        intro="தவறவிட்டீர்களா?",
        dateline="கிருஷ்ணகிரி, மார்ச் 12 (பிடிஐ): ",
        source="ஆதாரம்: பிடிஐ",
        share="பகிர்க:",
        buttons="ஃபேஸ்புக் எக்ஸ் வாட்ஸ்அப் மின்னஞ்சல்",
        related="தொடர்புடைய செய்திகள்",
        comment="கருத்து தெரிவிக்க",
        email="உங்கள் மின்னஞ்சல் முகவரி வெளியிடப்படாது.",
        news="எங்கள் செய்திமடலுக்குப் பதிவு செய்து, தினமும் காலையில் முக்கியச் செய்திகளைப் பெறுங்கள்.",
        cookie="உங்கள் அனுபவத்தை மேம்படுத்த இந்தத் தளம் குக்கீகளைப் பயன்படுத்துகிறது. ஏற்கிறேன்",
        short="சின்னக்குன்றூரில் யானைகள்: 60 ஏக்கர் பயிர்கள் சேதம்",
        keep=[1, 2, 4, 5, 6, 7, 8, 9, 10, 11],
    ),
    "ms1": dict(
        date="2026-03-12T15:50:00",
        author="Meja Berita",
        cat="Ekonomi",
        nav="Utama | Nasional | Dunia | Bisnes | Sukan | Rencana",
        breaking="Terkini",
        intro="Jika anda terlepas:",
        dateline="KUALA LUMPUR, 12 Mac (Bernama) -- ",
        source="Sumber: Bernama",
        share="Kongsi artikel:",
        buttons="Facebook X WhatsApp E-mel",
        related="Berita berkaitan",
        comment="Tinggalkan komen",
        email="Alamat e-mel anda tidak akan disiarkan.",
        news="Langgan surat berita kami dan terima berita utama setiap pagi.",
        cookie="Laman web ini menggunakan kuki untuk menambah baik pengalaman anda. Terima",
        short="Silvanta labur RM1.2 bilion di Kedah",
        keep=[1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13],
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
