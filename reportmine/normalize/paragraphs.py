"""Paragraph repair: re-join paragraphs broken inside a word, one paragraph per line.

Scraped and exported pages break paragraphs in odd places: seed 004 has
"…集体等饮" + blank line + "食服务业单位…", one sentence torn through the word
饮食.  :func:`join_broken_paragraphs` re-joins such a break when the evidence
says the line goes on:

* the line does not end a sentence or close a bracket (it ends in a Chinese
  character, or in a comma or 、, which cannot end a paragraph);
* neither it nor the next non-blank line is a heading (一、 （一） 1、 ① 第一部分 …)
  or a ``篇`` line, and the next line is not a short title-like line; a run-in
  heading line ("2.劳动竞赛成效明显。围绕…") counts as body after its first sentence;
* for a line ending in a character: a dictionary word spans the break (jieba's
  dictionary, consulted only at such candidate breaks, never on the whole text).

:func:`collapse_blank_lines` then leaves one paragraph per line: no blank
lines, no indentation, no trailing blanks, nothing before the first or after
the last paragraph.  A report flattened onto one line stays one line (the
section parser splits it).

>>> text = "共查出个体、私营、集体等饮\\n\\n食服务业单位大小共110家。\\n\\n一、加强学习\\n"
>>> from reportmine.textedit import TrackedText
>>> TrackedText(text).run([join_broken_paragraphs, collapse_blank_lines]).text
'共查出个体、私营、集体等饮食服务业单位大小共110家。\\n一、加强学习'
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from ..textedit import Edit

__all__ = ["join_broken_paragraphs", "collapse_blank_lines", "is_heading_line", "spans_word"]

#: A heading marker at the start of a line (the marker families of the spec).
HEADING_MARKER = re.compile(
    r"\s*(?:[一二三四五六七八九十百零〇]+\s*[、.．]"
    r"|[（(]\s*[一二三四五六七八九十百零〇]+\s*[)）]"
    r"|[0-9０-９]{1,3}\s*(?:[、．]|\.(?![0-9]))"
    r"|[（(]\s*[0-9０-９]{1,3}\s*[)）]"
    r"|[①-⑳]"
    r"|第[一二三四五六七八九十百0-9]+(?:部分|章|节|篇))"
)

#: A ``篇`` line of a multi-article page (乡镇工会上半年工作总结 篇1, 篇二：…).
PIECE_LINE = re.compile(r"[^。！？]{0,60}篇\s*[0-9一二三四五六七八九十]+\s*|\s*[【\[]?篇\s*[0-9一二三四五六七八九十]+[】\]]?.{0,60}")

#: Characters after which a paragraph goes on for certain (no paragraph ends on them).
CONTINUING_PUNCT = "，、,"
_CJK = re.compile(r"[\u3400-\u9fff]")
_ANY_PUNCT = re.compile(r"[，。；：！？、,.;:!?]")
#: What may open a continuation line: a character, digit, letter, or an opening quote/bracket.
_CONTINUATION_START = re.compile(r"[\u3400-\u9fff0-9A-Za-z“‘《〈「『]")

_WINDOW = 6


def is_heading_line(line: str) -> bool:
    """True when ``line`` starts with a heading marker or is a ``篇`` line.

    >>> is_heading_line("（一）引导干部职工深入学习。"), is_heading_line("乡镇工会上半年工作总结 篇2")
    (True, True)
    >>> is_heading_line("2023年镇总工会在镇党委的领导下")
    False
    """
    return bool(HEADING_MARKER.match(line)) or bool(PIECE_LINE.fullmatch(line.strip()))


_SENTENCE_END = re.compile(r"[。！？!?]")


def _runs_on(line: str) -> bool:
    """True for a run-in heading line whose body goes on after the heading's sentence end.

    >>> _runs_on("2.劳动竞赛成效明显。围绕重点工程项"), _runs_on("一、加强学习")
    (True, False)
    """
    return bool(_SENTENCE_END.search(line)) and not PIECE_LINE.fullmatch(line.strip())


def _title_like(line: str) -> bool:
    """A short line without any punctuation: a title or heading, not a paragraph fragment."""
    line = line.strip()
    return len(line) <= 30 and not _ANY_PUNCT.search(line)


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def spans_word(left: str, right: str) -> str:
    """The dictionary word that spans the join of ``left`` and ``right``, or ``""``.

    Only the last and first few characters are segmented (jieba's dictionary,
    no HMM guessing), so this is cheap enough to call at every candidate break.

    >>> spans_word("集体等饮", "食服务业单位")
    '饮食'
    >>> spans_word("街道总工会工作总结", "今年以来")
    ''
    """
    a, b = left[-_WINDOW:], right[:_WINDOW]
    if not (a and b and _CJK.match(a[-1]) and _CJK.match(b[0])):
        return ""
    jieba = _jieba()
    pos = 0
    cut = len(a)
    for tok in jieba.lcut(a + b, HMM=False):
        end = pos + len(tok)
        if pos < cut < end and all(_CJK.match(c) for c in tok) and jieba.dt.FREQ.get(tok, 0) > 0:
            return tok
        pos = end
        if pos >= cut:
            break
    return ""


def _next_nonblank(lines: list[tuple[int, int]], text: str, k: int) -> int | None:
    for j in range(k + 1, len(lines)):
        s, e = lines[j]
        if text[s:e].strip():
            return j
    return None


def _line_spans(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def join_broken_paragraphs(text: str) -> list[Edit]:
    """Edits that re-join paragraphs broken in mid-sentence.

    The line break (with any blank lines and indentation between) is deleted;
    a line ending in a sentence end, a heading, or a break with no evidence of
    continuation is left alone.

    >>> t = "共查出个体、私营、集体等饮\\n\\n食服务业单位大小共110家。"
    >>> [(t[e.start:e.end], e.note) for e in join_broken_paragraphs(t)]
    [('\\n\\n', 'broken paragraph re-joined: 饮食 spans the break')]
    >>> join_broken_paragraphs("一、加强学习\\n习近平讲话精神深入人心。")
    []
    """
    lines = _line_spans(text)
    edits: list[Edit] = []
    for k, (s, e) in enumerate(lines):
        line = text[s:e].rstrip()
        if not line.strip():
            continue
        last = line[-1]
        ends_in_comma = last in CONTINUING_PUNCT
        if not (ends_in_comma or _CJK.match(last)):
            continue
        if is_heading_line(line) and not _runs_on(line):
            continue
        j = _next_nonblank(lines, text, k)
        if j is None:
            continue
        js, je = lines[j]
        nxt = text[js:je]
        body = nxt.lstrip(" \t\u3000\xa0")
        if not body or not _CONTINUATION_START.match(body) or is_heading_line(body) or _title_like(body):
            continue
        if ends_in_comma:
            note = f"broken paragraph re-joined: the line ends in {last!r}"
        else:
            word = spans_word(line, body)
            if not word:
                continue
            note = f"broken paragraph re-joined: {word} spans the break"
        edits.append(Edit(s + len(line), js + (len(nxt) - len(body)), "", note))
    return edits


_HSPACE = " \t\u3000\xa0\r"


def collapse_blank_lines(text: str) -> list[Edit]:
    """Edits that leave one paragraph per line: no blank lines, no indentation, no trailing blanks.

    >>> t = "\\n  今年以来，工作顺利。  \\n\\n\\n一、加强学习\\n\\n"
    >>> from reportmine.textedit import TrackedText
    >>> TrackedText(t).apply("collapse_blank_lines", collapse_blank_lines(t)).text
    '今年以来，工作顺利。\\n一、加强学习'
    """
    lines = _line_spans(text)
    nonblank = [k for k, (s, e) in enumerate(lines) if text[s:e].strip(_HSPACE + "\n")]
    dels: list[tuple[int, int]] = []
    if not nonblank:
        return [Edit(0, len(text), "", "blank page emptied")] if text else []
    last = nonblank[-1]
    keep = set(nonblank)
    for k, (s, e) in enumerate(lines):
        seg = text[s:e]
        if k not in keep:
            # a blank line: drop it with its newline (the trailing ones with the newline before them)
            if k > last:
                dels.append((s - 1 if s > 0 else s, e))
            else:
                dels.append((s, min(e + 1, len(text))))
            continue
        lead = len(seg) - len(seg.lstrip(_HSPACE))
        trail = len(seg) - len(seg.rstrip(_HSPACE))
        if lead:
            dels.append((s, s + lead))
        if trail:
            dels.append((e - trail, e))
    # merge touching spans into single edits
    merged: list[list[int]] = []
    for a, b in sorted(dels):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [Edit(a, b, "", "blank lines / indentation collapsed") for a, b in merged if b > a]

