"""Language-agnostic tokens and sentences (segment.py), on normalised text as the pipeline gives it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dedupe.normalize import normalize
from dedupe.segment import _QUOTED, quoted_spans, regex_sentence_spans, segment, sentence_spans, sentences, tokens


def _tokens(text: str) -> list[str]:
    return tokens(normalize(text))


def _sentences(text: str) -> list[str]:
    # The pipeline splits text normalised without case folding (case tells "p.m. on" from ". On").
    return sentences(normalize(text, fold_case=False))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The price rose to 1,850 dollars, or 3.5%, at 12:30.",
            ["the", "price", "rose", "to", "1,850", "dollars", "or", "3.5", "at", "12:30"],
            id="english-numbers-keep-separators",
        ),
        pytest.param(
            "Don't stop — it's 2024-04-28.",
            ["don", "t", "stop", "it", "s", "2024", "04", "28"],
            id="english-apostrophes-and-dates-split",
        ),
        pytest.param(
            "L'économie française a crû de 0,7 % en 2024.",
            ["l", "économie", "française", "a", "crû", "de", "0,7", "en", "2024"],
            id="french",
        ),
        pytest.param(
            "Москва заявила, что солдаты ВЕРНУЛИСЬ домой.",
            ["москва", "заявила", "что", "солдаты", "вернулись", "домой"],
            id="russian",
        ),
        pytest.param(
            "قالت الوزارة إن ١٢ شخصا أصيبوا.",
            ["قالت", "الوزارة", "إن", "١٢", "شخصا", "أصيبوا"],
            id="arabic-with-arabic-indic-digits",
        ),
        pytest.param(
            "सरकार ने कहा कि किसानों को राहत मिलेगी।",
            ["सरकार", "ने", "कहा", "कि", "किसानों", "को", "राहत", "मिलेगी"],
            id="hindi-combining-marks-stay-in-words",
        ),
        pytest.param(
            "北京时间周一发布",
            ["北京", "京时", "时间", "间周", "周一", "一发", "发布"],
            id="chinese-character-bigrams",
        ),
        pytest.param(
            "東京都は月曜日に発表した",
            ["東京", "京都", "都は", "は月", "月曜", "曜日", "日に", "に発", "発表", "表し", "した"],
            id="japanese-character-bigrams",
        ),
        pytest.param(
            "กรุงเทพ",
            ["กร", "รุ", "ุง", "งเ", "เท", "ทพ"],
            id="thai-character-bigrams",
        ),
        pytest.param(
            "Hello 北京 world 中",
            ["hello", "北京", "world", "中"],
            id="mixed-scripts-single-character-run",
        ),
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    assert _tokens(text) == expected


def test_hindi_word_keeps_its_combining_marks() -> None:
    # U+094B (vowel sign o) and U+0902 (anusvara) are marks, not letters: they must not split.
    word = "किसानों"
    assert any(ch in word for ch in "\u094b\u0902")
    assert _tokens(word) == [word]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "He left at 3.40 p.m. on Monday. Then he returned! Did he? Yes.",
            ["He left at 3.40 p.m. on Monday.", "Then he returned!", "Did he?", "Yes."],
            id="english-abbreviation-not-split",
        ),
        pytest.param(
            "It was U.S. policy. The end.",
            ["It was U.S. policy.", "The end."],
            id="english-initialism",
        ),
        pytest.param(
            "Le prix a baissé de 3,5 %. Les syndicats protestent !",
            ["Le prix a baissé de 3,5 %.", "Les syndicats protestent !"],
            id="french",
        ),
        pytest.param(
            "Мэр приехал в 9.30 утра. Жители ждали его?! Да.",
            ["Мэр приехал в 9.30 утра.", "Жители ждали его?!", "Да."],
            id="russian",
        ),
        pytest.param(
            "هل جاء الوزير؟ نعم جاء.",
            ["هل جاء الوزير؟", "نعم جاء."],
            id="arabic-question-mark",
        ),
        pytest.param(
            "بارش ہوئی۔ لوگ گھر گئے۔",
            ["بارش ہوئی۔", "لوگ گھر گئے۔"],
            id="urdu-full-stop",
        ),
        pytest.param(
            "वह आया। वह गया।",
            ["वह आया।", "वह गया।"],
            id="hindi-danda",
        ),
        pytest.param(
            "他来了。她走了。",
            ["他来了。", "她走了。"],
            id="chinese-full-stop-without-space",
        ),
        pytest.param(
            "line one\nline two\n\nline three",
            ["line one", "line two", "line three"],
            id="line-breaks",
        ),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_full_width_exclamation_and_question_marks_end_sentences() -> None:
    # After NFKC the marks are ASCII; the sentences must still be four.
    assert _sentences("他来了。她走了！真的吗？是的。") == ["他来了。", "她走了!", "真的吗?", "是的。"]


def test_segment_marks_quoted_tokens_and_sentences() -> None:
    text = normalize('The mayor said: "we will rebuild it." Work starts in May.', fold_case=False)
    seg = segment(text)
    assert seg.tokens == ["the", "mayor", "said", "we", "will", "rebuild", "it", "work", "starts", "in", "may"]
    assert seg.quoted == [False] * 3 + [True] * 4 + [False] * 4
    assert seg.sentence_of == [0] * 7 + [1] * 4
    assert [text[s:e] for s, e in seg.spans][:3] == ["The", "mayor", "said"]
    assert len(seg.sentence_spans) == 2


def test_a_japanese_quotation_with_a_title_inside_is_one_quotation() -> None:
    # 「…『…』…」: the white corner brackets quote inside the quotation (or name a work).
    text = normalize("首相は「『異次元の少子化対策』を進める」と述べた。", fold_case=False)
    assert [text[s:e] for s, e in quoted_spans(text)] == ["\"'異次元の少子化対策'を進める\""]
    assert quoted_spans(normalize("映画『君の名は。』が公開された。", fold_case=False)) == []


def test_doubled_apostrophes_quote_as_hindi_agencies_type_them() -> None:
    # PTI-Bhasha style: ''…'' (or typographic ‘‘…’’, single quotes after normalisation).
    text = normalize("एसपी ने कहा, ''दोषियों को बख्शा नहीं जाएगा। जांच जारी है।'' उन्होंने बताया।", fold_case=False)
    assert [text[s:e] for s, e in quoted_spans(text)] == ["''दोषियों को बख्शा नहीं जाएगा। जांच जारी है।''"]
    typographic = normalize("He said \u2018\u2018we will rebuild\u2019\u2019 and left.", fold_case=False)
    assert [typographic[s:e] for s, e in quoted_spans(typographic)] == ["''we will rebuild''"]
    seg = segment(text)
    assert [token for token, quoted in zip(seg.tokens, seg.quoted, strict=True) if quoted] == [
        "दोषियों",
        "को",
        "बख्शा",
        "नहीं",
        "जाएगा",
        "जांच",
        "जारी",
        "है",
    ]
    # One apostrophe is no quotation; two doubled ones on other lines are none either.
    assert quoted_spans(normalize("rock 'n' roll, the 90's, 's avonds", fold_case=False)) == []
    assert quoted_spans("a '' b\nc '' d") == []
    # Inch marks and primes follow a number; LaTeX's ``…'' closes after a word; wiki markup is
    # glued to its words: none of them opens a quotation.
    assert quoted_spans("a 27'' monitor and a 32'' monitor") == []
    assert quoted_spans(normalize("5\u2032 11\u2032\u2032 and 6\u2032 2\u2032\u2032", fold_case=False)) == []
    assert quoted_spans("``yes'' and ``no''") == []
    assert quoted_spans("the word''italic''here") == []


def test_initials_do_not_end_sentences() -> None:
    assert sentences("N. Korea sent troops. J. Smith said so. It ended.") == [
        "N. Korea sent troops.",
        "J. Smith said so.",
        "It ended.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("မြန်မာ စာ။ နောက်ထပ် စာ။", ["မြန်မာ စာ။", "နောက်ထပ် စာ။"]),  # Myanmar
        ("ខ្មែរ ភាសា។ ប្រយោគ ទីពីរ។", ["ខ្មែរ ភាសា។", "ប្រយោគ ទីពីរ។"]),  # Khmer
        ("ኢትዮጵያ ዛሬ ። ሁለተኛ ዓረፍተ ነገር ፧", ["ኢትዮጵያ ዛሬ ።", "ሁለተኛ ዓረፍተ ነገር ፧"]),  # Ethiopic
        ("Հայաստան այսօր։ Երկրորդ նախադասություն։", ["Հայաստան այսօր։", "Երկրորդ նախադասություն։"]),  # Armenian
        ("བོད་ཡིག། གཉིས་པ།", ["བོད་ཡིག།", "གཉིས་པ།"]),  # Tibetan
    ],
)
def test_full_stops_of_other_scripts_end_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
    assert regex_sentence_spans(text) == sentence_spans(text)


def test_georgian_sentences_end_at_full_stops() -> None:
    # Georgian letters are lower case to Unicode, but Georgian has no capitals to start a sentence.
    text = "ქალაქში წყალდიდობაა. მაცხოვრებლები ევაკუირებულნი არიან. Это первое. e.g. this"
    assert sentences(text) == ["ქალაქში წყალდიდობაა.", "მაცხოვრებლები ევაკუირებულნი არიან.", "Это первое. e.g. this"]
    assert regex_sentence_spans(text) == sentence_spans(text)


def test_a_line_break_ends_a_sentence_whatever_follows() -> None:
    text = "The first paragraph ends here. \n\nthe second starts in lower case. N.\nKorea"
    assert sentences(text) == ["The first paragraph ends here.", "the second starts in lower case.", "N.", "Korea"]
    assert regex_sentence_spans(text) == sentence_spans(text)


@given(st.text(alphabet="\"'ab \n«»", max_size=60))
def test_quotations_found_by_search_are_those_of_the_pattern(text: str) -> None:
    # ``quoted_spans`` finds the quotations of a text without doubled apostrophes by searching
    # for the marks; the pattern, ``_QUOTED``, is the definition.
    expected = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    assert quoted_spans(text) == expected
    assert quoted_spans(text) == expected  # the second time from the cache
