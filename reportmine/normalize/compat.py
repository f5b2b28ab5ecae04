"""Compatibility forms: characters that stand for a common one (a normalising step).

Text copied out of a PDF often holds a Kangxi radical or a CJK compatibility ideograph where the
page showed the everyday character (⼯会 with U+2F2F for 工, 年 U+F98E for 年): the PDF's font
mapped the glyph to the wrong code point.  They look the same, but a search for 工会 or a cue of
the tables does not find them.  Word documents also number headings with a single parenthesised
numeral (㈠ ㈡ ㈢, U+3220…), which the spec's marker family writes （一）.  Unicode's NFKC mapping
says which everyday character each one is; this step applies it to these blocks only (NFKC over
the whole text would also fold full-width punctuation, which the punctuation step decides).

>>> from reportmine.textedit import TrackedText
>>> TrackedText("⼀、⼯会建设\\n㈠组建⼯会。全市新增会员⼀千⼈").run([fix_compatibility_forms]).text
'一、工会建设\\n（一）组建工会。全市新增会员一千人'
>>> fix_compatibility_forms("①工会（一）建设")
[]
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..textedit import Edit

__all__ = ["fix_compatibility_forms", "COMPATIBILITY_FORMS"]

#: The blocks read: CJK radicals supplement and Kangxi radicals (U+2E80–U+2FDF), parenthesised
#: ideographs (U+3220–U+3243), CJK compatibility ideographs (U+F900–U+FAFF and the supplement
#: U+2F800–U+2FA1F).  Circled numerals ① and circled ideographs stay: ① is a heading marker.
COMPATIBILITY_FORMS = re.compile("[\u2e80-\u2fdf\u3220-\u3229\uf900-\ufaff\U0002f800-\U0002fa1f]+")


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


def fix_compatibility_forms(text: str) -> list[Edit]:
    """Edits writing each Kangxi radical, compatibility ideograph and parenthesised numeral of
    ``text`` as the character it stands for (one scan; a page without them costs that scan)."""
    edits = []
    for m in COMPATIBILITY_FORMS.finditer(text):
        for i, ch in enumerate(m.group(), m.start()):
            every = _everyday(ch)
            if every is not None:
                kind = "a parenthesised numeral" if len(every) > 1 else "a compatibility form (PDF font mapping)"
                edits.append(Edit(i, i + 1, every, f"compatibility: {ch} (U+{ord(ch):04X}) is {kind} of {every}"))
    return edits
