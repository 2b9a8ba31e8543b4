"""Build <story>-repost.md and <story>-trimmed.txt from <story>-src.txt (verbatim paragraphs).

Adapted from calibration/multi18/tools/make_copies.py (multi16's, ... and multi8's script): chrome
tables for bo1, dv1, or1, yo1, sq1. Every src here has a dateline (Tibetan
"གངས་རི་གསར་འགྱུར་ཁང་ནག་ཆུ་ནས་ཟླ་༣ ཚེས་༡༢ ཉིན་གྱི་གློག་འཕྲིན། ", Dhivehi "ލ. ދޫރަފުށި، 12 މާރިޗު - ",
Odia "ଭଦ୍ରକ, ୧୨।୩ (ନିଜସ୍ୱ ପ୍ରତିନିଧି): ", Yoruba "Ìbàdàn (Akéde Ìròyìn) – ", Albanian
"Gramsh, 12 mars /ALP/ – "); the repost drops it from the first paragraph (new first words), as in wire.
The repost keeps the src paragraphs verbatim (the Yoruba repost keeps every tone mark; the tone-dropping
blog of the README is the loose rewrite, which is hand-written).
Trimmed copies keep a shorter headline, drop the last paragraph(s) and one middle paragraph, and keep
each quotation paragraph together with the paragraph that introduces its speaker.
"""

from pathlib import Path

D = Path(__file__).resolve().parent.parent / "named"
S = {
    "bo1": dict(
        date="2026-03-12T15:10:00",
        author="རྩོམ་སྒྲིག་ཁང་",
        cat="ས་གནས།",
        nav="མདུན་ངོས། | གསར་འགྱུར། | ས་གནས། | དཔལ་འབྱོར། | རིག་གནས། | ལུས་རྩལ།",
        breaking="གསར་འགྱུར་གསར་ཤོས།",
        intro="འདི་ཡང་ཀློག་རོགས།",
        dateline="གངས་རི་གསར་འགྱུར་ཁང་ནག་ཆུ་ནས་ཟླ་༣ ཚེས་༡༢ ཉིན་གྱི་གློག་འཕྲིན། ",
        source="འབྱུང་ཁུངས། གངས་རི་གསར་འགྱུར་ཁང་།",
        share="མཉམ་སྤྱོད།",
        buttons="Facebook X WeChat Telegram",
        related="འབྲེལ་ཡོད་གསར་འགྱུར།",
        comment="བསམ་ཚུལ་འགོད་རོགས།",
        email="ཁྱེད་ཀྱི་གློག་ཡིག་ཁ་བྱང་ཁྱབ་བསྒྲགས་བྱེད་མི་སྲིད།",
        news="ང་ཚོའི་གསར་འགྱུར་ཡིག་ཆུང་ལ་མིང་འགོད་གནང་ནས་ཞོགས་པ་རེར་གསར་འགྱུར་གལ་ཆེན་ལེན་རོགས།",
        cookie="དྲ་ཚིགས་འདིས་བེད་སྤྱོད་བཟང་བའི་ཆེད་དུ་ཀུ་ཀི་བཀོལ་སྤྱོད་བྱེད། ཁས་ལེན།",
        short="ཤུག་ཐང་ལར་ཁ་བས་རླངས་འཁོར་༨༦ བཀག",
        keep=[1, 2, 3, 4, 6, 7],
    ),
    "dv1": dict(
        date="2026-03-12T11:40:00",
        author="ނިއުސް ޑެސްކް",
        cat="ރާއްޖެ",
        nav="ފުރަތަމަ ސަފްހާ | ޚަބަރު | ރާއްޖެ | ވިޔަފާރި | ކުޅިވަރު | ދުނިޔެ",
        breaking="އެންމެ ފަހުގެ ޚަބަރު",
        intro="މިއަށް ވެސް ބައްލަވާ:",
        dateline="ލ. ދޫރަފުށި، 12 މާރިޗު - ",
        source="މަޞްދަރު: ޚަބަރު ޑެސްކް",
        share="ޝެއާ ކުރައްވާ:",
        buttons="Facebook X Viber Telegram",
        related="ގުޅުންހުރި ޚަބަރު",
        comment="ކޮމެންޓް ކުރައްވާ",
        email="ތިޔަބޭފުޅާގެ އީމެއިލް އެޑްރެސް ޝާއިޢު ނުކުރެވޭނެއެވެ.",
        news="އަހަރެމެންގެ ނިއުސްލެޓަރަށް ސައިން އަޕް ކުރައްވައި، ކޮންމެ ހެނދުނަކު މުހިންމު ޚަބަރުތައް ހޯއްދަވާ.",
        cookie="މި ވެބްސައިޓުގައި ކުކީސް ބޭނުންކުރެއެވެ. އެއްބަސް",
        short="ދޫރަފުށީގެ 43 ގެއަކަށް ކަނޑު ފެން ވަދެއްޖެ",
        keep=[1, 2, 3, 4, 5, 7],
    ),
    "or1": dict(
        date="2026-03-12T13:55:00",
        author="ଡେସ୍କ",
        cat="ଜିଲ୍ଲା",
        nav="ମୁଖ୍ୟ ପୃଷ୍ଠା | ଓଡ଼ିଶା | ଜିଲ୍ଲା | ଦେଶ | ବାଣିଜ୍ୟ | ଖେଳ",
        breaking="ତାଜା ଖବର",
        intro="ଏହା ମଧ୍ୟ ପଢ଼ନ୍ତୁ:",
        dateline="ଭଦ୍ରକ, ୧୨।୩ (ନିଜସ୍ୱ ପ୍ରତିନିଧି): ",
        source="ସୂତ୍ର: ନିଜସ୍ୱ ପ୍ରତିନିଧି",
        share="ସେୟାର କରନ୍ତୁ:",
        buttons="Facebook X WhatsApp Telegram",
        related="ସମ୍ବନ୍ଧିତ ଖବର",
        comment="ମତାମତ ଦିଅନ୍ତୁ",
        email="ଆପଣଙ୍କ ଇମେଲ ଠିକଣା ପ୍ରକାଶ କରାଯିବ ନାହିଁ।",
        news="ଆମ ନ୍ୟୁଜଲେଟରରେ ଯୋଗ ଦିଅନ୍ତୁ ଏବଂ ପ୍ରତିଦିନ ସକାଳେ ମୁଖ୍ୟ ଖବର ପାଆନ୍ତୁ।",
        cookie="ଉନ୍ନତ ଅନୁଭୂତି ପାଇଁ ଏହି ୱେବସାଇଟ କୁକିଜ ବ୍ୟବହାର କରେ। ସହମତ",
        short="କୁସୁମଡିହିରେ ଅଗ୍ନିକାଣ୍ଡ, ୩୭ ଘର ପାଉଁଶ",
        keep=[1, 2, 3, 4, 5, 7],
    ),
    "yo1": dict(
        date="2026-03-12T16:20:00",
        author="Olóòtú",
        cat="Ìròyìn",
        nav="Ojú-ìwé àkọ́kọ́ | Ìròyìn | Nàìjíríà | Ọrọ̀ ajé | Eré ìdárayá | Àgbáyé",
        breaking="Ìròyìn tuntun",
        intro="Ẹ tún ka:",
        dateline="Ìbàdàn (Akéde Ìròyìn) – ",
        source="Orísun: Akéde Ìròyìn",
        share="Ẹ pín in:",
        buttons="Facebook X WhatsApp Telegram",
        related="Àwọn ìròyìn tó jọ mọ́ ọn",
        comment="Fi èrò rẹ sílẹ̀",
        email="A kò ní ṣe àtẹ̀jáde àdírẹ́sì ímeèlì rẹ.",
        news="Forúkọ sílẹ̀ fún ìwé ìròyìn wa, kí o máa rí àwọn ìròyìn pàtàkì gbà láràárọ̀.",
        cookie="Ojú-òpó yìí ń lo kúkì láti mú kí ìrírí rẹ dára sí i. Mo gbà",
        short="Ilé alájà mẹ́ta wó ní Ìbàdàn, èèyàn méjì kú",
        keep=[1, 2, 3, 4, 5, 7],
    ),
    "sq1": dict(
        date="2026-03-12T12:35:00",
        author="Redaksia",
        cat="Rajone",
        nav="Kryefaqja | Politikë | Ekonomi | Sociale | Rajone | Sport",
        breaking="Lajmi i fundit",
        intro="Lexoni edhe:",
        dateline="Gramsh, 12 mars /ALP/ – ",
        source="Burimi: ALP",
        share="Shpërndaje:",
        buttons="Facebook X WhatsApp Telegram",
        related="Lajme të ngjashme",
        comment="Lini një koment",
        email="Adresa juaj e email-it nuk do të publikohet.",
        news="Regjistrohuni në buletinin tonë dhe merrni çdo mëngjes lajmet më të rëndësishme.",
        cookie="Kjo faqe përdor cookies për një përvojë më të mirë. Pranoj",
        short="Rrëshqitje dheu në Gramsh, evakuohen 14 familje",
        keep=[1, 2, 3, 4, 5, 7],
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
