"""Compatibility forms: characters that stand for a common one (a normalising step).

Text copied out of a PDF often holds a Kangxi radical or a CJK compatibility ideograph where the
page showed the everyday character (⼯会 with U+2F2F for 工, 年 U+F98E for 年): the PDF's font
mapped the glyph to the wrong code point.  They look the same, but a search for 工会 or a cue of
the tables does not find them.  Word documents also number headings with a single parenthesised
numeral (㈠ ㈡ ㈢, U+3220…), which the spec's marker family writes （一）.  Unicode's NFKC mapping
says which everyday character each one is; this step applies it to these blocks only (NFKC over
the whole text would also fold full-width punctuation, which the punctuation step decides).

Japanese kanji forms stand for a Chinese character too: an OCR run with a Japanese model, or a
Japanese IME, writes 労働 for 劳动, 総 for 总, 実 for 实.  OpenCC's t2s does not map them (they are
neither simplified nor traditional Chinese), so a search for 总工会 misses 総工会.  The table
``data/variants.tsv`` lists the Japanese forms that are not also everyday Chinese characters (会 区
and 員 職 are; the script step sees to the traditional ones) and the simplified character each
stands for; a line written in Japanese (hiragana in it) is left as it is.

>>> from reportmine.textedit import TrackedText
>>> TrackedText("⼀、⼯会建设\\n㈠组建⼯会。全市新增会员⼀千⼈").run([fix_compatibility_forms]).text
'一、工会建设\\n（一）组建工会。全市新增会员一千人'
>>> TrackedText("青原县総工会：労働関系和谐").run([fix_compatibility_forms]).text
'青原县总工会：劳动关系和谐'
>>> fix_compatibility_forms("①工会（一）建设")
[]
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..tables import read_table
from ..textedit import Edit

__all__ = ["fix_compatibility_forms", "COMPATIBILITY_FORMS", "JapaneseForm", "japanese_forms", "HIRAGANA", "japanese_line"]

#: The blocks read: CJK radicals supplement and Kangxi radicals (U+2E80–U+2FDF), parenthesised
#: ideographs (U+3220–U+3243), CJK compatibility ideographs (U+F900–U+FAFF and the supplement
#: U+2F800–U+2FA1F).  Circled numerals ① and circled ideographs stay: ① is a heading marker.
_COMPATIBILITY_BLOCKS = "\u2e80-\u2fdf\u3220-\u3229\uf900-\ufaff\U0002f800-\U0002fa1f"
COMPATIBILITY_FORMS = re.compile(f"[{_COMPATIBILITY_BLOCKS}]+")


@dataclass(frozen=True)
class JapaneseForm:
    """One row of ``data/variants.tsv``: the Japanese form ``japanese`` is the simplified ``chinese``.

    ``traditional`` is the form OpenCC's JPVariants maps it from; ``before`` a set of characters one
    of which must stand right before it (empty: anywhere); a row whose ``chinese`` is empty names a
    Japanese form left alone on purpose (``note`` says why).
    """

    japanese: str
    chinese: str
    traditional: str = ""
    before: str = ""
    note: str = ""


@lru_cache(maxsize=1)
def japanese_forms() -> dict[str, JapaneseForm]:
    """The Japanese forms to rewrite, by character (the rows of ``variants.tsv`` with a Chinese form).

    >>> f = japanese_forms()
    >>> f["労"].chinese, f["総"].chinese, "会" in f, "員" in f, "弁" in f
    ('劳', '总', False, False, False)
    """
    forms = {}
    for row in read_table("variants.tsv", __package__):
        form = JapaneseForm(**{k: v.strip() for k, v in row.items()})
        if len(form.japanese) != 1 or len(form.chinese) > 1:
            raise ValueError(f"variants.tsv:{row.line}: one character a form: {form.japanese!r} -> {form.chinese!r}")
        if form.chinese:
            forms[form.japanese] = form
    return forms


@lru_cache(maxsize=1)
def _scan() -> re.Pattern:
    """One class of every character this step reads: the compatibility blocks and the Japanese forms
    (a page without any pays one search)."""
    return re.compile(f"[{_COMPATIBILITY_BLOCKS}{re.escape(''.join(japanese_forms()))}]+")


#: Hiragana: a line holding some is Japanese text (a quoted name or sentence), written as it is.
HIRAGANA = re.compile("[\u3041-\u309f]")


def japanese_line(line: str) -> bool:
    """True if ``line`` reads as Japanese: two hiragana or more, one in ten of its characters at
    least (an OCR's stray の in a Chinese line does not count).

    >>> japanese_line("労働組合の活動について"), japanese_line("労働模范の318人次，其中慰问劳模27人")
    (True, False)
    """
    kana = len(HIRAGANA.findall(line))
    return kana >= 2 and kana * 10 >= len(line.strip())


@lru_cache(maxsize=4096)
def _everyday(ch: str) -> str | None:
    """The everyday form of a compatibility character, or None where Unicode gives none.

    >>> _everyday("\u2f2f"), _everyday("\u3222"), _everyday("\uf98e"), _everyday("\u2e81")
    ('工', '（三）', '年', None)
    """
    nf = unicodedata.normalize("NFKC", ch)
    if nf == ch:
        return None
    if len(nf) == 3 and nf[0] == "(" and nf[2] == ")":  # ㈠ → (一): the spec's marker （一）
        return f"（{nf[1]}）"
    is_han = len(nf) == 1 and ("\u3400" <= nf <= "\u9fff" or "\U00020000" <= nf <= "\U0003134f")
    return nf if is_han else None


def _japanese_edit(text: str, i: int, form: JapaneseForm, lines: dict[int, bool]) -> Edit | None:
    """The edit writing the Japanese form at ``text[i]`` as Chinese, or None where the row's
    ``before`` does not hold or the line is Japanese (``lines`` caches the answer by line start)."""
    if form.before and (i == 0 or text[i - 1] not in form.before):
        return None
    start = text.rfind("\n", 0, i) + 1
    japanese = lines.get(start)
    if japanese is None:
        end = text.find("\n", i)
        japanese = lines[start] = japanese_line(text[start : end if end >= 0 else len(text)])
    if japanese:
        return None
    return Edit(i, i + 1, form.chinese, f"Japanese form: {form.japanese} is {form.chinese} (OCR or IME with Japanese kanji)")


def fix_compatibility_forms(text: str) -> list[Edit]:
    """Edits writing each Kangxi radical, compatibility ideograph, parenthesised numeral and
    Japanese kanji form of ``text`` as the character it stands for (one scan; a page without them
    costs that scan)."""
    edits = []
    japanese = japanese_forms()
    lines: dict[int, bool] = {}
    for m in _scan().finditer(text):
        for i, ch in enumerate(m.group(), m.start()):
            form = japanese.get(ch)
            if form is not None:
                edit = _japanese_edit(text, i, form, lines)
                if edit is not None:
                    edits.append(edit)
                continue
            every = _everyday(ch)
            if every is not None:
                kind = "a parenthesised numeral" if len(every) > 1 else "a compatibility form (PDF font mapping)"
                edits.append(Edit(i, i + 1, every, f"compatibility: {ch} (U+{ord(ch):04X}) is {kind} of {every}"))
    return edits
