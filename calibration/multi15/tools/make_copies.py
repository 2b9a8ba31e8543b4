"""Build <story>-repost.md and <story>-trimmed.txt from <story>-src.txt (verbatim paragraphs).

Adapted from calibration/multi14/tools/make_copies.py (itself multi13's, multi12's, ... and multi8's
script): chrome tables for ko3, ja3, es3, ca1, ro1. Where the src has an agency dateline (Yonhap,
EFE, ACN, Agerpres) the repost drops it from the first paragraph (new first words), as in wire;
ja3 (a Kyodo-style domestic story) has none, so its repost keeps the lead as it is.
Trimmed copies keep a shorter headline, drop the last paragraph(s) and one middle paragraph, and keep
each quotation paragraph together with the paragraph that introduces its speaker.
"""

from pathlib import Path

D = Path(__file__).resolve().parent.parent / "named"
S = {
    "ko3": dict(
        date="2026-03-12T14:10:00",
        author="편집국",
        cat="사회",
        nav="홈 | 정치 | 경제 | 사회 | 전국 | 스포츠",
        breaking="속보",
        intro="놓치셨나요?",
        dateline="(해온=연합뉴스) 정민호 기자 = ",
        source="출처: 연합뉴스",
        share="공유하기:",
        buttons="카카오톡 페이스북 X 링크복사",
        related="관련 기사",
        comment="댓글 쓰기",
        email="이메일 주소는 공개되지 않습니다.",
        news="뉴스레터를 구독하고 매일 아침 주요 뉴스를 받아 보세요.",
        cookie="이 사이트는 더 나은 이용 환경을 위해 쿠키를 사용합니다. 동의",
        short="해온 시내버스 19개 노선 멈춰",
        keep=[1, 2, 3, 4, 6, 7, 8, 9, 10, 11],
    ),
    "ja3": dict(
        date="2026-03-12T16:30:00",
        author="編集部",
        cat="文化",
        nav="トップ | 国内 | 国際 | 経済 | 文化 | スポーツ",
        breaking="速報",
        intro="見逃した方へ：",
        dateline="",
        source="出典：共同通信",
        share="シェア：",
        buttons="X Facebook LINE はてなブックマーク",
        related="関連記事",
        comment="コメントを書く",
        email="メールアドレスが公開されることはありません。",
        news="ニュースレターに登録すると、毎朝主要ニュースをお届けします。",
        cookie="当サイトは利便性向上のためにクッキーを使用しています。同意する",
        short="秋津冬彦の未発表長編見つかる",
        keep=[1, 2, 3, 4, 5, 6, 8, 9],
    ),
    "es3": dict(
        date="2026-03-12T13:45:00",
        author="Redacción",
        cat="Andalucía",
        nav="Portada | España | Internacional | Economía | Deportes | Opinión",
        breaking="Última hora",
        intro="Por si te lo perdiste:",
        dateline="Almedro (Córdoba), 12 mar (EFE).- ",
        source="Fuente: EFE",
        share="Compartir:",
        buttons="Facebook X WhatsApp Correo",
        related="Noticias relacionadas",
        comment="Deja un comentario",
        email="Tu dirección de correo electrónico no será publicada.",
        news="Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes.",
        cookie="Este sitio utiliza cookies para mejorar tu experiencia. Acepto",
        short="Almedro cortará el agua por las noches",
        keep=[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12],
    ),
    "ca1": dict(
        date="2026-03-12T17:20:00",
        author="Redacció",
        cat="Comarques",
        nav="Portada | Política | Economia | Societat | Comarques | Esports",
        breaking="Última hora",
        intro="Per si t’ho has perdut:",
        dateline="Vilardell de Ter (ACN).- ",
        source="Font: ACN",
        share="Comparteix:",
        buttons="Facebook X WhatsApp Correu",
        related="Notícies relacionades",
        comment="Deixa un comentari",
        email="La teva adreça electrònica no es publicarà.",
        news="Subscriu-te al nostre butlletí i rep cada matí les notícies més importants.",
        cookie="Aquest web utilitza galetes per millorar la teva experiència. D’acord",
        short="Cal Moliner es convertirà en 64 pisos assequibles",
        keep=[1, 2, 3, 4, 5, 6, 8, 9],
    ),
    "ro1": dict(
        date="2026-03-12T12:35:00",
        author="Redacția",
        cat="Social",
        nav="Acasă | Politică | Economie | Social | Externe | Sport",
        breaking="Ultima oră",
        intro="Dacă ai ratat:",
        dateline="Piatra-Neamț, 12 mar /Agerpres/ - ",
        source="Sursa: Agerpres",
        share="Distribuie:",
        buttons="Facebook X WhatsApp E-mail",
        related="Articole similare",
        comment="Lasă un comentariu",
        email="Adresa ta de e-mail nu va fi publicată.",
        news="Abonează-te la newsletter și primești în fiecare dimineață cele mai importante știri.",
        cookie="Acest site folosește cookie-uri pentru a-ți îmbunătăți experiența. Accept",
        short="Alunecare de teren la Hârtopeni: 37 de gospodării evacuate",
        keep=[1, 2, 3, 5, 6, 7, 8, 9],
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
