"""Emoji: the pictures a mobile article page sets before headings and after sentences.

A report copied from a mobile article page (a 公众号 post) carries emoji: ``👉 一、建会入会`` (so
the heading is no longer found), ``…吸纳会员一千二百余人。 🎉``, ``真贴心！👍``.  No report writes
them; :func:`strip_emoji` deletes each run of them, with the blank that set it off from the text
(the blank after it where it opens a line, the blank before it elsewhere), and says so.

Only pictographs count (the emoji blocks, the miscellaneous symbols and dingbats, ⭐ ⭕, the
variation selector and joiner that build them): the marks a report does write (①, ★ in a
list, ※, →, ％) are not touched.  A page without emoji costs one regex search.

>>> from reportmine.textedit import TrackedText
>>> t = "👉 一、建会入会\\n吸纳会员1200人。 🎉\\n真贴心！👍 赞 12"
>>> TrackedText(t).apply("strip_emoji", strip_emoji(t)).text
'一、建会入会\\n吸纳会员1200人。\\n真贴心！ 赞 12'
"""

from __future__ import annotations

import re

from ..textedit import Edit

__all__ = ["strip_emoji", "EMOJI"]

#: One emoji character: the emoji blocks (U+1F000–1FAFF), miscellaneous symbols and dingbats
#: (☀ ⚖ ❤ ✨ ✅; ★ ☆ U+2605/2606 and the circled and check marks a list may use are left out),
#: ⭐ ⭕ ⬆ ⬇, and the pieces that build an emoji (variation selector 16, zero-width joiner,
#: skin tones are in the first block, keycap U+20E3).
EMOJI = "[\U0001F000-\U0001FAFF\u2600-\u2604\u2607-\u2610\u2614-\u27BF\u2B05-\u2B07\u2B1B\u2B1C\u2B50\u2B55\uFE0F\u200D\u20E3]"
#: A run of emoji (one picture is often several code points: ❤️ = U+2764 U+FE0F).
_RUN = re.compile(EMOJI + "+")
_BLANK = " \t\u3000\xa0"


def strip_emoji(text: str) -> list[Edit]:
    """Edits that delete the emoji of a page, each run with the blank that set it off.

    At the start of a line the blanks after the run go (``👉 一、`` → ``一、``); elsewhere the
    blanks before it (``。 🎉`` → ``。``, ``工会 👍 点赞`` → ``工会 点赞``).

    >>> [(e.start, e.end, e.note) for e in strip_emoji("。 🎉")]
    [(1, 3, 'symbols: emoji (🎉)')]
    >>> strip_emoji("①新建工会★12家→见表，占比5％。")
    []
    """
    if _RUN.search(text) is None:
        return []
    edits: list[Edit] = []
    for m in _RUN.finditer(text):
        start, end = m.start(), m.end()
        line_start = text.rfind("\n", 0, start) + 1
        if not text[line_start:start].strip(_BLANK):
            while end < len(text) and text[end] in _BLANK:
                end += 1
        else:
            while start > line_start and text[start - 1] in _BLANK:
                start -= 1
        edits.append(Edit(start, end, "", f"symbols: emoji ({m.group()})"))
    return edits
