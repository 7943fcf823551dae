"""Hangul in Latin letters, as a Korean site's address spells its name ('가온' in
news.gaon.example): the Revised Romanization of Korean, syllable by syllable, without the
sound changes between syllables that the full system applies (addresses seldom do)."""

from __future__ import annotations

# The letters of each initial consonant, vowel and final consonant, in Unicode's order of
# the jamo (the silent initial ㅇ has none, nor has a syllable without a final).
_FIRST = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_VOWEL = (
    *("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae"),
    *("oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"),
)
_LAST = (
    *("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l"),
    *("p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"),
)
_SYLLABLES = range(0xAC00, 0xD7A4)


def romanized(text: str) -> str:
    """`text` with each Hangul syllable in Latin letters; other characters as they are."""
    out = []
    for char in text:
        code = ord(char)
        if code not in _SYLLABLES:
            out.append(char)
            continue
        index = code - 0xAC00
        out.append(_FIRST[index // 588] + _VOWEL[(index % 588) // 28] + _LAST[index % 28])
    return "".join(out)


def spellings(text: str) -> set[str]:
    """How an address may spell the Hangul: as the system does, and with the two vowels
    that older spellings write with one letter ('eo' as 'o', 'eu' as 'u': 'yonsei')."""
    strict = romanized(text)
    eo, eu = strict.replace("eo", "o"), strict.replace("eu", "u")
    return {strict, eo, eu, eo.replace("eu", "u")}
