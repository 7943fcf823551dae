"""What an article's text says, as weighted terms: the input of story clusters and related
reading (`content.stories`, `content.related`).

A story is recognized by what its reports share: the names of the people, companies and
places in it, its numbers (amounts, percentages, days of the month) and the content words
that describe the event. So a text becomes a bag of terms:

- English (and Latin words inside Korean text, such as `HBM` or `SK`): lowercased words
  without the stop words that every report uses ("said", "the", "Tuesday"), with a light
  suffix stripping so that "strike", "strikes" and "striking" are one term. A word
  written with a capital inside a sentence is a name and weighs more.
- Korean: every pair of adjacent Hangul syllables within a word (character bigrams).
  Korean glues particles and endings onto words (`한결테크가`, `한결테크는`); the bigrams
  of the stem are the same whatever is glued on, and a compound split differently by two
  writers (`고대역폭메모리`, `고대역폭 메모리`) still shares most of them. Measured on
  the labelled set against a morphological analyser (kiwipiepy's nouns): as precise and
  recalls as much, at a tenth of the time per text and without kiwipiepy's 2.5-second model load
  (bench/README.md, "Story clusters").
- Numbers, in one spelling for both languages: `1.2 trillion won` and `1조2000억원`
  are both `#1.2e12`, `3.2 percent` and `3.2%` are `#3.2%`, `Nov. 19` and `19일`
  share `#19`. Shared numbers are how English and Korean reports of one event find each
  other, with the Latin names they share.

Only the headline and the start of the text are read (`LEAD_CHARS`): a report states the
event at the top, and the rest (background, quotes, other news) blurs it, and costs time
at 10,000 articles.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
from array import array
from collections import Counter

LEAD_CHARS = 1200  # of the text, after the headline
HEADLINE_WEIGHT = 2.0  # a headline term counts as this many mentions
NAME_WEIGHT = 2.0  # a capitalized word inside a sentence, a number
NUMBER_WEIGHT = 2.0
ROMAN_WEIGHT = 1.0  # a Korean word romanized, or an English name, as '~name'


def _words(text: str) -> list[str]:
    """A list of words written as text, one space apart: the tables below."""
    return text.split()


_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")
# Korean numbers with their units: 1조2000억, 6만6000, 3.5%; English: 1,200.5 and 3.2%.
_DIGITS = r"\d(?:[\d,]*\d)?"  # 1,200: commas inside, never at the end ('On Dec. 1, ...')
_KO_NUMBER = re.compile(
    rf"({_DIGITS}(?:\.\d+)?)\s*(조|억|만)(?:\s*({_DIGITS})\s*(억|만))?(?:\s*({_DIGITS}))?"
)
_NUMBER = re.compile(rf"(?<![\w.])({_DIGITS}(?:\.\d+)?)(\s*(?:%|percent\b|per cent\b|퍼센트))?")
_SCALE = re.compile(r"\s*(thousand|million|billion|trillion)\b", re.IGNORECASE)
# A word, and the mark that ends the sentence before it when it starts a sentence.
_WORD_IN_CONTEXT = re.compile(r"(?:([.!?:\"“”])\s+)?([A-Za-z][A-Za-z'\u2019-]*[A-Za-z]|[A-Za-z])")
_KO_UNITS = {"조": 10**12, "억": 10**8, "만": 10**4}
# Dates, in one spelling: '12월 1일' and 'December 1' (or 'Dec. 1') are '#m12 #d1'.
_KO_DATE = re.compile(r"(\d{1,2})월\s*(\d{1,2})일|(\d{1,2})\s*(월|일)")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
# A month's name just before a day: 'Nov. 10', 'December 1'.
_MONTH_BEFORE = re.compile(r"\b([A-Za-z]{3,9})\.?\s+$")
# Small numbers written as words, as English reports often write them ('three times' is '3배').
_NUMBER_WORDS = dict(
    zip(
        _words("one two three four five six seven eight nine ten eleven twelve"),
        range(1, 13),
        strict=True,
    )
)
_EN_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}

# Words every report of anything uses: function words, reporting verbs, time words. They
# would make every pair of texts look alike.
STOP_WORDS = frozenset(
    _words(
        """
    a about above according across added adds after again against ago ahead all also although
    am among an and announce announced another any are around as at be because been before
    being below between both but by can cannot could day days did do does doing done down
    during each early earlier either else end even ever every few first for former from
    further get gets given go going got had has have having he her here hers him his how
    however i if in including inside into is it its itself just last late later least less
    like likely made make makes many may me might more most mr mrs ms much must my near
    nearly new next no nor not now of off on once one only or other others our out over own
    part per percent plan plans put rather said same say saying says see seen set several
    she should since so some still such than that the their them then there these they this
    those though three through thursday to today told too tuesday two under until up upon us
    very via was we wednesday week weeks well were what when where whether which while who
    whom whose why will with within without would year years yesterday yet you your monday
    friday saturday sunday month months time times told statement spokesperson official
    officials people report reported reports reporting news press company companies
    firm firms government move moves expected expects week's year's
    jan feb mar apr jun jul aug sep sept oct nov dec january february march april june july
    august september october november december
    """
    )
)


def _stem(word: str) -> str:
    """A light English suffix stripping, the same on both sides of every comparison:
    plural and verb endings, so that reports in different tenses share their words."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ed") and not word.endswith("eed"):
        return word[:-2]
    if len(word) > 3 and word.endswith("es") and word[-3] in "sxz":
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _number(value: float, percent: bool) -> str:
    """'#1.2e12', '#19', '#3.2%': three significant digits, one spelling for both languages."""
    if percent:
        return f"#{value:g}%"
    if value >= 10**4:
        mantissa, exponent = f"{value:.2e}".split("e")
        return f"#{float(mantissa):g}e{int(exponent)}"
    return f"#{value:g}"


def _plain(number: str) -> float:
    return float(number.replace(",", ""))


def numbers(text: str) -> list[str]:
    """Every number of the text as a term (`_number`); Korean amounts with their units
    first, so that '1조2000억' is one number and not two."""
    found: list[str] = []

    def korean(match: re.Match[str]) -> str:
        value = _plain(match[1]) * _KO_UNITS[match[2]]
        if match[3]:
            value += _plain(match[3]) * _KO_UNITS[match[4]]
        elif match[5]:
            value += _plain(match[5])
        found.append(_number(value, False))
        return " "

    def korean_date(match: re.Match[str]) -> str:
        if match[1]:
            found.extend((f"#m{int(match[1])}", f"#d{int(match[2])}"))
        else:
            found.append(f"#{'m' if match[4] == '월' else 'd'}{int(match[3])}")
        return " "

    rest = text
    if _HANGUL_RUN.search(text):
        rest = _KO_NUMBER.sub(korean, rest)
        rest = _KO_DATE.sub(korean_date, rest)
    for match in _NUMBER.finditer(rest):
        if not match[2] and len(match[1]) <= 2:  # a day after a month's name: 'Nov. 10'
            before = _MONTH_BEFORE.search(rest, max(0, match.start() - 12), match.start())
            if before and before[1] != "may" and before[1].lower() in _MONTHS:
                found.append(f"#d{int(match[1])}")  # the month is a word (`word_terms`)
                continue
        try:
            value = _plain(match[1])
        except ValueError:  # '1,,2'
            continue
        scale = _SCALE.match(rest, match.end())
        if scale and not match[2]:
            value *= _EN_SCALES[scale[1].lower()]
        found.append(_number(value, bool(match[2])))
    return found


@functools.lru_cache(maxsize=1 << 17)
def word_terms(word: str) -> tuple[tuple[str, float], ...]:
    """The terms one English word gives, with their weights: its stem (a name, a word
    with a capital, weighs NAME_WEIGHT and is also a `~name`, what a Korean report's
    romanized words can match); a month's name or a small number written out, as a
    number; a stop word, nothing."""
    lower = word.lower().replace("\u2019", "'")
    if lower.endswith("'s"):
        lower = lower[:-2]
    if lower in _NUMBER_WORDS:
        return ((f"#{_NUMBER_WORDS[lower]}", NUMBER_WEIGHT),)
    if lower in _MONTHS and word != "may":
        return ((f"#m{_MONTHS[lower]}", NUMBER_WEIGHT),)
    if lower in STOP_WORDS or len(lower) < 2:
        return ()
    stem = _stem(lower)
    if not word[0].isupper():
        return ((stem, 1.0),)
    return ((stem, NAME_WEIGHT), ("~" + lower.replace("-", "").replace("'", ""), ROMAN_WEIGHT))


def _latin_terms(text: str, counts: Counter[str], weight: float) -> None:
    """English words of `text` into `counts` (`word_terms`). A capitalized word is a
    name, except where it starts a sentence; in a headline written in title case,
    where most words are capitalized, only words in capitals are."""
    words = Counter(_WORD_IN_CONTEXT.findall(". " + text))
    title_case = sum(t for (_, w), t in words.items() if w[0].isupper()) > 0.6 * sum(words.values()) > 3
    for (mark, word), times in words.items():
        if (mark or title_case) and not word.isupper():
            word = word.lower()
        for term, term_weight in word_terms(word):
            counts[term] += weight * times * term_weight


# Particles and endings Korean glues onto words, longest first: the stem is the word.
_KO_SUFFIXES = tuple(
    sorted(
        _words(
            """
        은 는 이 가 을 를 의 에 와 과 도 로 만 서 께 며 고 다
        에서 으로 에게 까지 부터 보다 처럼 이라 라고 이며 하고 하며 했다 한다 됐다 된다 하는 했고
        으며 이다 이고 에는 에도 에서는 에서도 으로는 으로도 이라고 했으며 한다고 했다고 된다고
        """
        ),
        key=len,
        reverse=True,
    )
)
# Bigrams of the words every Korean report uses (endings, "said", "this year").
_KO_STOP = frozenset(
    _words(
        "했다 밝혔 혔다 있다 이다 한다 하는 했고 했으 으며 있는 라고 이라 에서 으로 것으 것이 이번 올해 지난 "
        "이날 위해 대한 통해 따르 르면 따라 관계 계자 말했 했습 습니 니다 있습 기자"
    )
)
_INITIALS = _words("g kk n d tt r m b pp s ss - j jj ch k t p h")
_MEDIALS = _words("a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i")
# A final consonant before another consonant or at the end, and before a vowel (liaison).
_FINALS = _words("- k k k n n n t l k m l l l p l m p p t t ng t t k t p t")
_LIAISON = _words("- g kk ks n nj nh d r lg lm lb ls lt lp lh m b bs s ss ng j ch k t p -")


@functools.lru_cache(maxsize=65536)
def romanized(syllables: str) -> str:
    """Hangul in the Revised Romanization, as English reports spell Korean names
    ('청주' -> 'cheongju', '철원' -> 'cheorwon', '달빛' -> 'dalbit'); the main rules
    only: a final consonant moves onto a following vowel, and ㄹㄹ is 'll'."""
    parts: list[tuple[int, int, int]] = []
    for char in syllables:
        code = ord(char) - 0xAC00
        parts.append((code // 588, code % 588 // 28, code % 28))
    out = []
    for index, (initial, medial, final) in enumerate(parts):
        if index == 0 or initial != 11:  # ㅇ as an initial is silent
            previous_final = parts[index - 1][2] if index else 0
            out.append("l" if initial == 5 and previous_final == 8 else _INITIALS[initial])
        out.append(_MEDIALS[medial])
        following = parts[index + 1][0] if index + 1 < len(parts) else None
        out.append((_LIAISON if following == 11 else _FINALS)[final] if final else "")
    return "".join(out).replace("-", "")


_SUFFIXES_BY_LENGTH = [(n, frozenset(x for x in _KO_SUFFIXES if len(x) == n)) for n in (4, 3, 2, 1)]


@functools.lru_cache(maxsize=1 << 17)
def korean_terms(run: str) -> tuple[tuple[str, float], ...]:
    """The terms one Korean word gives: its stem (the word without the particle or ending
    glued to it, the longest that leaves two syllables), the stem's character bigrams at
    half weight, and the romanized forms of its first two syllables and, for a word of
    three (a person's name: '이창민'), of its last two, as `~name`: what an English
    report of the same event spells ('hanbit', 'gyeongju', 'changmin')."""
    stem = run
    for length, suffixes in _SUFFIXES_BY_LENGTH:
        if len(run) - length >= 2 and run[-length:] in suffixes:
            stem = run[:-length]
            break
    if len(stem) < 2:
        return ()
    terms: dict[str, float] = {stem: 1.0}
    for index in range(len(stem) - 1):
        bigram = stem[index : index + 2]
        if bigram not in _KO_STOP:
            terms[bigram] = terms.get(bigram, 0.0) + 0.5
    named = "~" + romanized(stem[:2])
    terms[named] = terms.get(named, 0.0) + ROMAN_WEIGHT
    if len(stem) == 3:
        given = "~" + romanized(stem[1:])
        terms[given] = terms.get(given, 0.0) + ROMAN_WEIGHT
    return tuple(terms.items())


def _hangul_terms(text: str, counts: Counter[str], weight: float) -> None:
    """Korean words of `text` into `counts` (`korean_terms`)."""
    for run, times in Counter(_HANGUL_RUN.findall(text)).items():
        for term, term_weight in korean_terms(run):
            counts[term] += weight * times * term_weight


def term_counts(headline: str, text: str, outlet: str = "", lead_chars: int = LEAD_CHARS) -> Counter[str]:
    """The weighted mentions of every term in the headline and the start of the text.
    The outlet's own name is left out: a wire's dateline names it in every report."""
    counts: Counter[str] = Counter()
    lead = text[:lead_chars]
    korean = _HANGUL_RUN.search(headline) is not None or _HANGUL_RUN.search(lead) is not None
    if outlet and outlet in lead:
        lead = lead.replace(outlet, " ")
    for part, weight in ((headline, HEADLINE_WEIGHT), (lead, 1.0)):
        for term in numbers(part):
            counts[term] += weight * NUMBER_WEIGHT
        _latin_terms(part, counts, weight)
        if korean:
            _hangul_terms(part, counts, weight)
    return counts


def damped(counts: Counter[str]) -> dict[str, float]:
    """Mentions damped (1 + log n): a word repeated five times is not five times the story."""
    return {term: 1.0 + math.log(n) if n > 1 else n for term, n in counts.items()}


TERMS_KEY = 8  # bytes of a hash of the packed terms, ahead of them


def packed_terms(headline: str, text: str, outlet: str = "") -> bytes:
    """`damped(term_counts(...))` as bytes (`Article.terms`): a hash of the rest
    (`TERMS_KEY` bytes, what `terms_key` gives), the number of terms, their weights,
    then the terms, NUL-separated. The article reader makes it in its worker processes
    and the content cache keeps it, so a rebuild counts the terms of the files it reads
    again only; one bytes value a file unpickles in a fraction of the time a dict of a
    hundred strings takes, and is unpacked only for the days a build looks at."""
    counts = damped(term_counts(headline, text, outlet))
    weights = array("d", counts.values())
    names = "\0".join(counts).encode("utf-8", "surrogatepass")
    packed = len(counts).to_bytes(4, "little") + weights.tobytes() + names
    return hashlib.blake2b(packed, digest_size=TERMS_KEY).digest() + packed


def terms_key(data: bytes) -> str:
    """A short hash of packed terms: equal for equal terms (an edit past an article's
    lead, or of its byline, leaves it as it was)."""
    return data[:TERMS_KEY].hex()


def unpacked_terms(data: bytes) -> dict[str, float]:
    """The damped term counts `packed_terms` packed, in the same order."""
    return dict(zip(*term_lists(data), strict=True))


def term_lists(data: bytes) -> tuple[list[str], array[float]]:
    """The terms `packed_terms` packed and their damped counts, in the same order."""
    count = int.from_bytes(data[TERMS_KEY : TERMS_KEY + 4], "little")
    weights = array("d")
    if not count:
        return [], weights
    start = TERMS_KEY + 4
    weights.frombytes(data[start : start + 8 * count])
    return data[start + 8 * count :].decode("utf-8", "surrogatepass").split("\0"), weights
