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

from functools import lru_cache

from ..tables import read_table
from ..textedit import Edit
from .paragraphs import HEADING_MARKER

__all__ = ["strip_emoji", "strip_invisible", "EMOJI"]

#: One emoji character: the emoji blocks (U+1F000–1FAFF), miscellaneous symbols and dingbats
#: (☀ ⚖ ❤ ✨ ✅; ★ ☆ U+2605/2606, the check marks ✓ ✔ U+2713/2714 a slide's list opens its lines
#: with, and the circled marks a list may use are left out),
#: ⭐ ⭕ ⬆ ⬇, and the pieces that build an emoji (variation selector 16, zero-width joiner,
#: skin tones are in the first block, keycap U+20E3).
EMOJI = "[\U0001F000-\U0001FAFF\u2600-\u2604\u2607-\u2610\u2614-\u2712\u2715-\u27BF\u2B05-\u2B07\u2B1B\u2B1C\u2B50\u2B55\uFE0F\u200D\u20E3]"
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
    if "【" in text:
        edits = sorted(edits + bracketed_headings(text), key=lambda e: e.start)
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


#: A heading set in lenticular brackets on a line of its own (【一、主要指标完成情况】, 【（二）建功立业】), as
#: a news-feed app or a 公众号 post prints it: a marker of the spec's families right after 【 (not 第N篇:
#: 【第一篇】 numbers the articles of a page), no sentence end inside, 】 closing the line.
_BRACKETED_HEADING = re.compile(
    r"(?m)^[ \t\u3000\xa0]*(?:" + EMOJI + r"+[ \t\u3000\xa0]*)?(【)(?=[ \t\u3000]*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十]+\s*[)）]"
    r"|[0-9]{1,2}\s*(?:[、．]|\.(?![0-9]))|[（(]\s*[0-9]{1,2}\s*[)）]))[^【】。！？!?\n]{2,40}(】)[ \t\u3000\xa0]*$"
)


def bracketed_headings(text: str) -> list[Edit]:
    """Edits that take the brackets off a heading set in 【】 on its own line (they hide its marker).

    >>> t = "【一、主要指标完成情况】\\n全年新建工会12家。\\n【第一篇】\\n【提示】一、见附件。\\n【二、建功立业】全年…"
    >>> [(t[e.start:e.end], e.note) for e in bracketed_headings(t)]
    [('【', 'symbols: brackets around a heading (【一、主要指标完成情况】)'), ('】', 'symbols: brackets around a heading (【一、主要指标完成情况】)')]
    """
    out = []
    for m in _BRACKETED_HEADING.finditer(text):
        note = f"symbols: brackets around a heading ({text[m.start(1):m.end(2)]})"
        out += [Edit(m.start(1), m.end(1), "", note), Edit(m.start(2), m.end(2), "", note)]
    return out


# --- invisible characters: a template site's anti-copy watermark ---------------------------------


@lru_cache(maxsize=1)
def _invisible() -> tuple[str, re.Pattern]:
    """The characters no report holds (``invisible`` of ``data/punctuation.tsv``: zero-width space,
    non-joiner, joiner, word joiner, U+FEFF inside the text, soft hyphen) and a scan for runs of them."""
    chars = next(r["value"] for r in read_table("punctuation.tsv", __package__) if r["name"] == "invisible")
    chars = chars.encode("ascii").decode("unicode_escape")  # the table writes them as \\uXXXX
    return chars, re.compile(f"[{chars}]+")


#: Characters of a page of Latin-1/cp1252 mojibake (UTF-8 bytes read one by one: ``ä¼š`` for 会): a
#: soft hyphen among them is the byte 0xAD of that text, for the codec step to read, not a watermark.
#: (Not the no-break space: a watermark sets both side by side, and the spacing step takes it.)
_LATIN_MOJIBAKE = re.compile("[\u0080-\u009f\u00a1-\u00ac\u00ae-\u00ff€‚ƒ„†‡ˆ‰Š‹ŒŽ˜™š›œžŸ]")


def strip_invisible(text: str) -> list[Edit]:
    """Edits that delete the invisible characters a template site sprinkles through a page against
    copying (U+200B/200C/200D/2060/FEFF and the soft hyphen U+00AD), inside words and inside figures
    alike (``3\\u200c126人`` → ``3126人``, ``9\\u00ad1.3%`` → ``91.3%``): each run goes, and says so.
    A soft hyphen beside a character of Latin-1 mojibake (``ä¸\\xadå¿ƒ``) is a byte of that text
    and stays for the codec step.

    They run first of all, so that every later step (the codec repair, the pinyin, the figures) sees
    the characters they stood between side by side.  A page without any costs a few ``str.find``
    scans (no regular expression runs).

    >>> t = "会员3\u200c126人，建会率9\u00ad1.3%\ufeff。"
    >>> from reportmine.textedit import TrackedText
    >>> TrackedText(t).apply("strip_invisible", strip_invisible(t)).text
    '会员3126人，建会率91.3%。'
    >>> [e.note for e in strip_invisible("工\u200b\u00ad会，ä¸\u00adå¿ƒ")]
    ['invisible character (anti-copy watermark): U+200B U+00AD']
    >>> strip_invisible("新建工会12家。")
    []
    """
    chars, scan = _invisible()
    if not any(c in text for c in chars):
        return []
    edits = []
    for m in scan.finditer(text):
        s, e = m.span()
        run = m.group()
        if "\xad" in run and ((s and _LATIN_MOJIBAKE.match(text, s - 1)) or _LATIN_MOJIBAKE.match(text, e)):
            run = run.replace("\xad", "")  # a byte of mojibake: the zero-width characters beside it go alone
            if not run:
                continue
            edits.extend(Edit(k, k + 1, "", f"invisible character (anti-copy watermark): U+{ord(c):04X}")
                         for k, c in enumerate(m.group(), s) if c != "\xad")
            continue
        edits.append(Edit(s, e, "", "invisible character (anti-copy watermark): " + " ".join(f"U+{ord(c):04X}" for c in run)))
    return edits

