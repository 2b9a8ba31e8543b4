"""Build <story>-repost and <story>-trimmed in named/ from <story>-src.txt (verbatim paragraphs).

Adapted from calibration/multi16/tools/make_copies.py. The repost is the whole src (title line, then
every paragraph; the it1 agency dateline "CHIETI, 12 MAR - " dropped, so its first words are new) with
site chrome around it: en1 as a Markdown blog post (YAML front matter, navigation, share buttons,
cookie and newsletter lines, like multi16's reposts); it1, pl1, vi1 and hi1 as the text of a record
that a CMS or media-monitoring export holds (a "read also" line first, source, share and newsletter
lines last), one paragraph per line group, title on the first line. The trimmed copy keeps a shorter
headline, drops the last paragraph(s) and one middle paragraph.
"""

from pathlib import Path

D = Path(__file__).resolve().parent.parent / "named"
S = {
    "en1": dict(
        md=True, date="2026-03-12T13:20:00+00:00", author="Fen Edge Notes", cat="Local news",
        nav="Home | News | Transport | Community | Sport | Contact",
        intro="Shared from the Fenland Mercury: the story everyone in the villages is talking about today.",
        tail=["Source: Fenland Mercury", "Share this:", "Facebook X WhatsApp Email", "Related posts",
              "Leave a comment", "Your email address will not be published.",
              "Sign up to our newsletter for the week's local news every Friday.",
              "This site uses cookies to improve your experience. Accept"],
        dateline="", short="Marchway Buses collapses, 38 routes axed",
        keep=[1, 2, 3, 4, 5, 7, 8],
    ),
    "it1": dict(
        intro="Leggi anche: Maltempo, allerta arancione in Abruzzo fino a venerdì",
        tail=["Fonte: agenzia", "Condividi: Facebook X WhatsApp Telegram",
              "Iscriviti alla newsletter per ricevere ogni mattina le notizie del territorio."],
        dateline="CHIETI, 12 MAR - ", short="Frana sulla Sp 214, isolata Colle San Vito",
        keep=[1, 2, 3, 4, 5, 7],
    ),
    "pl1": dict(
        intro="Czytaj także: Nowe rondo w Wierzbnie Królewskim otwarte dla kierowców",
        tail=["Źródło: Kurier Nadwarciański", "Udostępnij: Facebook X WhatsApp",
              "Zapisz się do newslettera i codziennie rano otrzymuj najważniejsze wiadomości z regionu."],
        dateline="", short="Porodówka w Wierzbnie Królewskim zawieszona",
        keep=[1, 2, 3, 4, 6, 7, 8],
    ),
    "vi1": dict(
        intro="Xem thêm: An Giang khởi công cầu Vàm Xáng mới, tổng vốn 120 tỷ đồng",
        tail=["Nguồn: Báo Mê Kông Ngày Nay", "Chia sẻ: Facebook Zalo",
              "Đăng ký nhận bản tin để cập nhật tin tức mới nhất mỗi sáng."],
        dateline="", short="Sạt lở bờ sông Hậu, 9 căn nhà bị cuốn trôi",
        keep=[1, 2, 3, 4, 5, 7, 8],
    ),
    "hi1": dict(
        intro="यह भी पढ़ें: कन्नौज में इत्र कारोबारियों के लिए नया प्रशिक्षण केंद्र शुरू",
        tail=["स्रोत: जनप्रहरी समाचार सेवा", "शेयर करें: Facebook X WhatsApp",
              "हमारे न्यूज़लेटर की सदस्यता लें और हर सुबह ताजा खबरें पाएं।"],
        dateline="", short="कोल्ड स्टोरेज से अमोनिया रिसाव, 23 बीमार",
        keep=[1, 2, 3, 5, 6, 7],
    ),
}
for story, c in S.items():
    text = (D / f"{story}-src.txt").read_text(encoding="utf-8").strip("\n")
    paras = text.split("\n\n")
    head, body = paras[0], paras[1:]
    first = body[0]
    if c["dateline"]:
        assert first.startswith(c["dateline"]), story
        first = first[len(c["dateline"]):]
    rbody = [first] + body[1:]
    if c.get("md"):
        title = head.replace('"', '\\"')
        lines = ["---", "layout: post", f'title: "{title}"', f"date: {c['date']}", f'author: "{c["author"]}"',
                 f"categories: [{c['cat']}]", "---", "", c["nav"], "", c["intro"], "", "\n\n".join(rbody), "",
                 "\n\n".join(c["tail"]), ""]
        (D / f"{story}-repost.md").write_text("\n".join(lines), encoding="utf-8")
    else:
        (D / f"{story}-repost.txt").write_text("\n\n".join([head, c["intro"]] + rbody + c["tail"]) + "\n", encoding="utf-8")
    trimmed = "\n\n".join([c["short"]] + [body[i - 1] for i in c["keep"]]) + "\n"
    (D / f"{story}-trimmed.txt").write_text(trimmed, encoding="utf-8")
    print(story, len(body), "paras; trimmed keeps", c["keep"])
