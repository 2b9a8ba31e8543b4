"""Build <story>-repost.md and <story>-trimmed.txt from <story>-src.txt (verbatim paragraphs).

Adapted from calibration/multi8/tools/make_copies.py: chrome tables for zh3, it2, pl2, vi2, pt2;
the repost drops the agency dateline from the first paragraph (new first words), as in wire.
If the dateline is a whole paragraph (pt2: Agência Brasil byline line), the repost drops that paragraph.
pl2 (PAP) has no dateline, as ja2 in multi8: its repost starts with the blog's chrome, then the lead.
"""

from pathlib import Path

D = Path(__file__).resolve().parent.parent / "named"
S = {
    "zh3": dict(
        date="2025-03-12T20:40:00",
        author="小編",
        cat="新聞",
        nav="首頁 | 國內 | 國際 | 財經 | 生活 | 評論",
        breaking="即時新聞",
        intro="錯過了嗎？一起看看：",
        dateline="（中訊社記者林冠宇屏東12日電）",
        source="資料來源：中訊社",
        share="分享這篇文章：",
        buttons="Facebook LINE X 複製連結",
        related="延伸閱讀",
        comment="發表留言",
        email="您的電子郵件地址不會被公開。",
        news="訂閱我們的電子報，每天早上收到最新消息。",
        cookie="本網站使用Cookie以提供更好的瀏覽體驗，繼續瀏覽即表示您同意。我知道了",
        short="貨輪擱淺枋嶼外海 漏油2公里",
        keep=[1, 2, 3, 4, 6, 7, 8, 9],
    ),
    "it2": dict(
        date="2025-03-12T21:05:00",
        author="Redazione",
        cat="Cronaca",
        nav="Home | Cronaca | Politica | Economia | Sport | Opinioni",
        breaking="Ultim'ora",
        intro="Se ve lo siete persi:",
        dateline="(ANSA) - ROMA, 12 MAR - ",
        source="Fonte: ANSA",
        share="Condividi l'articolo:",
        buttons="Facebook WhatsApp X Telegram",
        related="Articoli correlati",
        comment="Lascia un commento",
        email="Il tuo indirizzo email non sarà pubblicato.",
        news="Iscriviti alla nostra newsletter per ricevere ogni mattina le notizie più importanti.",
        cookie="Questo sito utilizza i cookie per migliorare la tua esperienza di navigazione. Accetta",
        short="Rogo a Castel Ceraso, chiuse nove scuole",
        keep=[1, 2, 3, 4, 5, 6, 8, 9, 10],
    ),
    "pl2": dict(
        date="2025-03-12T19:20:00",
        author="Redakcja",
        cat="Wiadomości",
        nav="Strona główna | Kraj | Świat | Gospodarka | Sport | Opinie",
        breaking="Pilne",
        intro="Jeśli przegapiłeś:",
        dateline="",
        source="Źródło: PAP",
        share="Udostępnij:",
        buttons="Facebook X WhatsApp Messenger",
        related="Przeczytaj także",
        comment="Dodaj komentarz",
        email="Twój adres e-mail nie zostanie opublikowany.",
        news="Zapisz się do naszego newslettera, aby codziennie otrzymywać najważniejsze wiadomości.",
        cookie="Ta strona korzysta z plików cookies. Korzystając ze strony, zgadzasz się na ich użycie. Akceptuję",
        short="Cysterny z kwasem wykoleiły się w Żurawcu",
        keep=[1, 2, 3, 4, 5, 7, 8, 9, 10, 11],
    ),
    "vi2": dict(
        date="2025-03-14T16:30:00",
        author="Ban biên tập",
        cat="Tin tức",
        nav="Trang chủ | Thời sự | Thế giới | Kinh tế | Thể thao | Góc nhìn",
        breaking="Tin nóng",
        intro="Nếu bạn đã bỏ lỡ:",
        dateline="An Giang (TTXVN 14/3) - ",
        source="Nguồn: TTXVN",
        share="Chia sẻ bài viết:",
        buttons="Facebook Zalo X Sao chép liên kết",
        related="Tin liên quan",
        comment="Để lại bình luận",
        email="Địa chỉ email của bạn sẽ không được công khai.",
        news="Đăng ký nhận bản tin để cập nhật tin tức mới nhất mỗi sáng.",
        cookie="Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. Đồng ý",
        short="Cháy chợ Phú Lạc, 320 ki-ốt bị thiêu rụi",
        keep=[1, 2, 3, 4, 6, 7, 8, 9],
    ),
    "pt2": dict(
        date="2025-03-12T20:10:00",
        author="Redação",
        cat="Notícias",
        nav="Início | Brasil | Mundo | Economia | Esportes | Opinião",
        breaking="Última hora",
        intro="Caso você tenha perdido:",
        dateline="Publicado em 12/03/2025 - 17:45 Por Renata Albuquerque - Repórter da Agência Brasil - Curitiba",
        source="Fonte: Agência Brasil",
        share="Compartilhe esta notícia:",
        buttons="Facebook WhatsApp X E-mail",
        related="Notícias relacionadas",
        comment="Deixe um comentário",
        email="Seu endereço de e-mail não será publicado.",
        news="Assine nossa newsletter e receba as principais notícias todas as manhãs.",
        cookie="Este site utiliza cookies para melhorar sua experiência. Aceitar",
        short="Operação fecha sete postos no Paraná",
        keep=[1, 2, 3, 4, 5, 7, 8, 9, 10],
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
