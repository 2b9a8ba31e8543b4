"""Build <story>-repost.md and <story>-trimmed.txt from <story>-src.txt (verbatim paragraphs).

Adapted from calibration/multi16/tools/make_copies.py (multi15's, ... and multi8's script): chrome
tables for gu1, pa1, kn1, mn1, ps1. Every src here has a dateline (Gujarati "વેલણકોટ, તા. ૧૨ : ",
Punjabi "ਸ੍ਰੀ ਮੁਕਤਸਰ ਸਾਹਿਬ, 12 ਮਾਰਚ (ਪੱਤਰ ਪ੍ਰੇਰਕ)- ", Kannada "ತುಮಕೂರು: ", Mongolian
"Улиастай /ХӨХ МЭДЭЭ/. ", Pashto "اسعدآباد (وږمه، ۲۱ کب ۱۴۰۴): "); the repost drops it from the
first paragraph (new first words), as in wire.
Trimmed copies keep a shorter headline, drop the last paragraph(s) and one middle paragraph, and keep
each quotation paragraph together with the paragraph that introduces its speaker.
"""

from pathlib import Path

D = Path(__file__).resolve().parent.parent / "named"
S = {
    "gu1": dict(
        date="2026-03-12T13:20:00",
        author="ડેસ્ક",
        cat="સૌરાષ્ટ્ર",
        nav="હોમ | ગુજરાત | સૌરાષ્ટ્ર | દેશ | બિઝનેસ | સ્પોર્ટ્સ",
        breaking="તાજા સમાચાર",
        intro="આ પણ વાંચો:",
        dateline="વેલણકોટ, તા. ૧૨ : ",
        source="સ્રોત: એજન્સી",
        share="શેર કરો:",
        buttons="Facebook X WhatsApp Telegram",
        related="સંબંધિત સમાચાર",
        comment="પ્રતિભાવ આપો",
        email="તમારું ઈ-મેઈલ સરનામું પ્રકાશિત કરવામાં આવશે નહીં.",
        news="અમારા ન્યૂઝલેટરમાં જોડાઓ અને દરરોજ સવારે મહત્ત્વના સમાચાર મેળવો.",
        cookie="વધુ સારા અનુભવ માટે આ વેબસાઈટ કૂકીઝનો ઉપયોગ કરે છે. સંમત છું",
        short="વેલણકોટની બોટ દરિયામાં ડૂબી, બે ખલાસી લાપતા",
        keep=[1, 2, 3, 4, 6, 7],
    ),
    "pa1": dict(
        date="2026-03-12T17:05:00",
        author="ਡੈਸਕ",
        cat="ਪੰਜਾਬ",
        nav="ਮੁੱਖ ਪੰਨਾ | ਪੰਜਾਬ | ਦੇਸ਼ | ਵਿਦੇਸ਼ | ਖੇਤੀਬਾੜੀ | ਖੇਡਾਂ",
        breaking="ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ",
        intro="ਇਹ ਵੀ ਪੜ੍ਹੋ:",
        dateline="ਸ੍ਰੀ ਮੁਕਤਸਰ ਸਾਹਿਬ, 12 ਮਾਰਚ (ਪੱਤਰ ਪ੍ਰੇਰਕ)- ",
        source="ਸਰੋਤ: ਪੱਤਰ ਪ੍ਰੇਰਕ",
        share="ਸਾਂਝਾ ਕਰੋ:",
        buttons="Facebook X WhatsApp Telegram",
        related="ਸਬੰਧਤ ਖ਼ਬਰਾਂ",
        comment="ਟਿੱਪਣੀ ਕਰੋ",
        email="ਤੁਹਾਡਾ ਈਮੇਲ ਪਤਾ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਕੀਤਾ ਜਾਵੇਗਾ।",
        news="ਸਾਡੇ ਨਿਊਜ਼ਲੈਟਰ ਨਾਲ ਜੁੜੋ ਅਤੇ ਹਰ ਸਵੇਰ ਅਹਿਮ ਖ਼ਬਰਾਂ ਪ੍ਰਾਪਤ ਕਰੋ।",
        cookie="ਬਿਹਤਰ ਤਜਰਬੇ ਲਈ ਇਹ ਵੈੱਬਸਾਈਟ ਕੂਕੀਜ਼ ਵਰਤਦੀ ਹੈ। ਸਹਿਮਤ ਹਾਂ",
        short="ਭੱਟੀਵਾਲ ਰਜਬਾਹੇ ਵਿੱਚ ਪਾੜ, 650 ਏਕੜ ਕਣਕ ਡੁੱਬੀ",
        keep=[1, 2, 3, 5, 6, 7],
    ),
    "kn1": dict(
        date="2026-03-12T16:30:00",
        author="ಡೆಸ್ಕ್",
        cat="ಜಿಲ್ಲೆ",
        nav="ಮುಖಪುಟ | ರಾಜ್ಯ | ಜಿಲ್ಲೆ | ದೇಶ | ವಾಣಿಜ್ಯ | ಕ್ರೀಡೆ",
        breaking="ತಾಜಾ ಸುದ್ದಿ",
        intro="ಇದನ್ನೂ ಓದಿ:",
        dateline="ತುಮಕೂರು: ",
        source="ಮೂಲ: ಜನಧ್ವನಿ ವಾರ್ತೆ",
        share="ಹಂಚಿಕೊಳ್ಳಿ:",
        buttons="Facebook X WhatsApp Telegram",
        related="ಸಂಬಂಧಿತ ಸುದ್ದಿ",
        comment="ಪ್ರತಿಕ್ರಿಯಿಸಿ",
        email="ನಿಮ್ಮ ಇಮೇಲ್ ವಿಳಾಸವನ್ನು ಪ್ರಕಟಿಸಲಾಗುವುದಿಲ್ಲ.",
        news="ನಮ್ಮ ಸುದ್ದಿಪತ್ರಕ್ಕೆ ಚಂದಾದಾರರಾಗಿ, ಪ್ರತಿದಿನ ಬೆಳಿಗ್ಗೆ ಮುಖ್ಯ ಸುದ್ದಿಗಳನ್ನು ಪಡೆಯಿರಿ.",
        cookie="ಉತ್ತಮ ಅನುಭವಕ್ಕಾಗಿ ಈ ಜಾಲತಾಣ ಕುಕೀಗಳನ್ನು ಬಳಸುತ್ತದೆ. ಒಪ್ಪುತ್ತೇನೆ",
        short="ಕಲ್ಲುಬೆಟ್ಟದಹಳ್ಳಿಯಲ್ಲಿ ಚಿರತೆ ದಾಳಿ: ಇಬ್ಬರಿಗೆ ಗಾಯ",
        keep=[1, 2, 3, 4, 5, 7],
    ),
    "mn1": dict(
        date="2026-03-12T12:10:00",
        author="Мэдээний алба",
        cat="Орон нутаг",
        nav="Нүүр | Улс төр | Эдийн засаг | Нийгэм | Орон нутаг | Спорт",
        breaking="Шуурхай мэдээ",
        intro="Та үүнийг уншсан уу?",
        dateline="Улиастай /ХӨХ МЭДЭЭ/. ",
        source="Эх сурвалж: ХӨХ МЭДЭЭ",
        share="Хуваалцах:",
        buttons="Facebook X WhatsApp Telegram",
        related="Холбоотой мэдээ",
        comment="Сэтгэгдэл үлдээх",
        email="Таны имэйл хаяг нийтлэгдэхгүй.",
        news="Мэдээллийн товхимолд бүртгүүлж, өглөө бүр гол мэдээгээ аваарай.",
        cookie="Энэ сайт илүү сайн үйлчилгээ үзүүлэхийн тулд күүки ашигладаг. Зөвшөөрөх",
        short="Бороот-Ус суманд зуух эвдэрч, сургууль дулаангүй болов",
        keep=[1, 2, 3, 4, 6, 7, 8],
    ),
    "ps1": dict(
        date="2026-03-12T14:45:00",
        author="ډیسک",
        cat="ولایتونه",
        nav="کور پاڼه | سیاست | اقتصاد | ټولنه | ولایتونه | ورزش",
        breaking="تازه خبرونه",
        intro="دا هم ولولئ:",
        dateline="اسعدآباد (وږمه، ۲۱ کب ۱۴۰۴): ",
        source="سرچینه: وږمه خبري اژانس",
        share="شریکول:",
        buttons="Facebook X WhatsApp Telegram",
        related="اړوند خبرونه",
        comment="نظر ولیکئ",
        email="ستاسو برېښنالیک پته به نه خپرېږي.",
        news="زموږ خبرپاڼې ته غړیتوب واخلئ او هر سهار مهم خبرونه ترلاسه کړئ.",
        cookie="دا وېبپاڼه د ښه تجربې لپاره کوکیز کاروي. منم",
        short="کونړ: سېلاب درې تنه ووژل، ۲۷ کورونه ړنګ شول",
        keep=[1, 2, 3, 4, 6, 7, 8],
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
