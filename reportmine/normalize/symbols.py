"""Emoji: the pictures a mobile article page sets before headings and after sentences.

A report copied from a mobile article page (a 公众号 post) carries emoji: ``👉 一、建会入会`` (so
the heading is no longer found), ``…吸纳会员一千二百余人。 🎉``, ``真贴心！👍``.  No report writes
them; :func:`strip_emoji` deletes each run of them, with the blank that set it off from the text
(the blank after it where it opens a line, the blank before it elsewhere), and says so.

Only pictographs count (the emoji blocks, the miscellaneous symbols and dingbats, ⭐ ⭕, the
variation selector and joiner that build them): the marks a report does write (①, ★ in a
list, ※, →, ％) are not touched, except a decorative mark (▶ ◆ ■ ★ →) opening a line right
before a heading numeral (``◆ 二、服务关爱``): it hides the heading as an emoji does.  A page without emoji costs one regex search.

>>> from reportmine.textedit import TrackedText
>>> t = "👉 一、建会入会\\n吸纳会员1200人。 🎉\\n真贴心！👍 赞 12"
>>> TrackedText(t).apply("strip_emoji", strip_emoji(t)).text
'一、建会入会\\n吸纳会员1200人。\\n真贴心！ 赞 12'
"""

from __future__ import annotations

import re

from ..textedit import Edit
from .paragraphs import HEADING_MARKER

__all__ = ["strip_emoji", "EMOJI"]

#: One emoji character: the emoji blocks (U+1F000–1FAFF), miscellaneous symbols and dingbats
#: (☀ ⚖ ❤ ✨ ✅; ★ ☆ U+2605/2606 and the circled and check marks a list may use are left out),
#: ⭐ ⭕ ⬆ ⬇, and the pieces that build an emoji (variation selector 16, zero-width joiner,
#: skin tones are in the first block, keycap U+20E3).
EMOJI = "[\U0001F000-\U0001FAFF\u2600-\u2604\u2607-\u2610\u2614-\u27BF\u2B05-\u2B07\u2B1B\u2B1C\u2B50\u2B55\uFE0F\u200D\u20E3]"
#: A run of emoji (one picture is often several code points: ❤️ = U+2764 U+FE0F).
_RUN = re.compile(EMOJI + "+")
#: Decorative marks (arrows, geometric shapes ▶ ◆ ■ ●, stars ★ ☆) opening a line: before a heading
#: marker (一、 （一） 第一部分: :data:`~reportmine.normalize.paragraphs.HEADING_MARKER`) they hide the
#: heading as an emoji does.  Elsewhere such marks stay (a list's ★, a flow's →).
_DECOR_AT_LINE_START = re.compile(r"(?m)^[ \t\u3000\xa0]*((?:[\u2190-\u21FF\u25A0-\u25FF\u2605\u2606]\uFE0F?)+[ \t\u3000\xa0]*)")
_DECOR = re.compile(r"[\u2190-\u21FF\u25A0-\u25FF\u2605\u2606]")
_BLANK = " \t\u3000\xa0"


def strip_emoji(text: str) -> list[Edit]:
    """Edits that delete the emoji of a page, each run with the blank that set it off, and the
    decorative marks before headings (:func:`_decor_before_headings`).

    At the start of a line the blanks after the run go (``👉 一、`` → ``一、``); elsewhere the
    blanks before it (``。 🎉`` → ``。``, ``工会 👍 点赞`` → ``工会 点赞``).

    >>> [(e.start, e.end, e.note) for e in strip_emoji("。 🎉")]
    [(1, 3, 'symbols: emoji (🎉)')]
    >>> strip_emoji("①新建工会★12家→见表，占比5％。")
    []
    """
    edits = _decor_before_headings(text) if _DECOR.search(text) else []
    if _RUN.search(text) is None:
        return edits
    marks = list(edits)  # a mark's variation selector (▶️) went with it
    floor = 0  # where the last emoji edit ended: blanks it took are not taken twice (😀\u3000😀)
    for m in _RUN.finditer(text):
        start, end = m.start(), m.end()
        if any(e.start <= start < e.end for e in marks) or start < floor:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        if not _RUN.sub("", text[line_start:start]).strip(_BLANK):  # only blanks and emoji before it
            while end < len(text) and text[end] in _BLANK:
                end += 1
        else:
            while start > max(line_start, floor) and text[start - 1] in _BLANK:
                start -= 1
        edits.append(Edit(start, end, "", f"symbols: emoji ({m.group()})"))
        floor = end
    return sorted(edits, key=lambda e: e.start)


def _decor_before_headings(text: str) -> list[Edit]:
    """Edits that delete a decorative mark opening a line before a heading numeral, with its blanks.

    >>> t = "▶️ 一、建会入会\\n◆（二）服务\\n★重点推进书屋建设；流程：申请→审核。"
    >>> [(t[e.start:e.end], e.note) for e in _decor_before_headings(t)]
    [('▶️ ', 'symbols: a mark before a heading (▶️)'), ('◆', 'symbols: a mark before a heading (◆)')]
    """
    return [
        Edit(m.start(1), m.end(1), "", f"symbols: a mark before a heading ({m.group(1).strip()})")
        for m in _DECOR_AT_LINE_START.finditer(text) if HEADING_MARKER.match(text, m.end())
    ]
