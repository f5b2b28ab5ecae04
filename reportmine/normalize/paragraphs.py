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
  dictionary, consulted only at such candidate breaks, never on the whole text, and
  only where the two characters around the break occur together in some dictionary
  word: a title line above a paragraph is decided without loading it).

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
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from pathlib import Path

from ..patterns import required_strings
from ..tables import parse_table
from ..textedit import Edit
from .titles import MAX_TITLE, TITLE_ABOUT_FRAGMENT, TITLE_ORG_FRAGMENT, TITLE_YEAR_FRAGMENT, is_title_shaped, title_cues

__all__ = ["split_merged_columns", "join_broken_paragraphs", "collapse_blank_lines", "is_heading_line", "spans_word",
           "opens_with_number_word", "hidden_gap", "gap_breaks", "runs_on"]

#: A heading marker at the start of a line (the marker families of the spec).
HEADING_MARKER = re.compile(
    r"\s*(?:[一二三四五六七八九十百零〇]+\s*[、.．]"
    r"|[（(]\s*[一二三四五六七八九十百零〇]+\s*[)）]"
    r"|[0-9０-９]{1,3}\s*(?:[、．]|\.(?![0-9]))"
    r"|[（(]\s*[0-9０-９]{1,3}\s*[)）]"
    r"|[①-⑳]"
    r"|第[一二三四五六七八九十百0-9]+(?:部分|章|节|篇))"
)

#: A ``篇`` line of a multi-article page (乡镇工会上半年工作总结 篇1, 篇二：…, 学校工会工作总结【第一篇】).
PIECE_LINE = re.compile(
    r"[^。！？]{0,60}篇\s*[0-9一二三四五六七八九十]+\s*|\s*[【\[]?篇\s*[0-9一二三四五六七八九十]+[】\]]?.{0,60}"
    r"|[^。！？]{1,60}[【\[（(]第\s*[0-9一二三四五六七八九十]+\s*篇[】\]）)]\s*"
)

#: Characters after which a paragraph goes on for certain (no paragraph ends on them).
CONTINUING_PUNCT = "，、,"
_CJK = re.compile(r"[\u3400-\u9fff]")
_ANY_PUNCT = re.compile(r"[，。；：！？、,.;:!?]")
#: What may open a continuation line: a character, digit, letter, or an opening quote/bracket.
_CONTINUATION_START = re.compile(r"[\u3400-\u9fff0-9A-Za-z“‘《〈「『]")

_WINDOW = 6
#: jieba's blocks (``jieba.re_han_default``): it segments these and yields anything else a character at a time.
_JIEBA_BLOCK = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+")


def is_heading_line(line: str) -> bool:
    """True when ``line`` starts with a heading marker or is a ``篇`` line.

    >>> is_heading_line("（一）引导干部职工深入学习。"), is_heading_line("乡镇工会上半年工作总结 篇2")
    (True, True)
    >>> is_heading_line("2023年镇总工会在镇党委的领导下")
    False
    """
    return bool(HEADING_MARKER.match(line)) or bool(PIECE_LINE.fullmatch(line.strip()))


_SENTENCE_END = re.compile(r"[。！？!?]")


def runs_on(line: str) -> bool:
    """True for a run-in heading line whose body goes on after the heading's sentence end.

    >>> runs_on("2.劳动竞赛成效明显。围绕重点工程项"), runs_on("一、加强学习")
    (True, False)
    >>> runs_on("1、调解组织建设：全区新建调解委员会46个，规模以上企业调解组织"), runs_on("一、主要做法：")
    (True, False)
    """
    return bool(_SENTENCE_END.search(line) or _LABEL_THEN_TEXT.search(line)) and not PIECE_LINE.fullmatch(line.strip())


#: A heading's label closed by a colon with its body after it on the line (1、调解组织建设：全区新建…).
_LABEL_THEN_TEXT = re.compile(r"[：:]\s*[^\s：:]")


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


#: The pairs of characters inside a word of jieba's dictionary that the shipped character model
#: dropped as rare (it keeps pairs seen with a weight of 3 or more), one a line.
RARE_PAIRS_PATH = Path(__file__).with_name("data") / "rare_word_pairs.txt"


def dictionary_pairs() -> set[str]:
    """Every pair of adjacent characters inside a Chinese word of jieba's dictionary (frequency above 0)."""
    from .charlm import _is_cjk, _jieba_dict

    pairs: set[str] = set()
    with open(_jieba_dict(), encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit() and int(parts[1]) > 0 and all(_is_cjk(c) for c in parts[0]):
                pairs.update(a + b for a, b in zip(parts[0], parts[0][1:]))
    return pairs


def build_rare_pairs(path: Path = RARE_PAIRS_PATH) -> Path:
    """Write the dictionary's pairs that the character model lacks (``python -m
    reportmine.normalize.paragraphs --rebuild`` after rebuilding the model or upgrading jieba)."""
    from .charlm import CharLM

    lm = CharLM.load()
    path.write_text("".join(p + "\n" for p in sorted(dictionary_pairs()) if lm.bi.get(p) == 0), encoding="utf-8")
    return path


@lru_cache(maxsize=1)
def _rare_pairs() -> frozenset[str]:
    return frozenset(RARE_PAIRS_PATH.read_text(encoding="utf-8").split())


def _may_span(x: str, y: str) -> bool:
    """False when no word of jieba's dictionary holds ``x`` followed by ``y`` (the shipped
    character model counts the pairs inside dictionary words, ``data/rare_word_pairs.txt``
    holds those it dropped): the break then splits no word, and jieba's dictionary (0.85 s
    to load) is not loaded for it.  A title line above the first paragraph is such a break
    on nearly every page.

    >>> _may_span("饮", "食"), _may_span("险", "源"), _may_span("结", "今")
    (True, True, False)
    """
    from .charlm import CharLM

    return CharLM.load().bi.get(x + y) > 0 or x + y in _rare_pairs()


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
    # jieba.lcut(a + b, HMM=False), without its generators: only the block of jieba's
    # segmentation that holds the break is cut (one DAG and route), and only the
    # word over the break is looked at; the same words (tested against lcut)
    if not _may_span(a[-1], b[0]):
        return ""
    cut = len(a)
    for m in _JIEBA_BLOCK.finditer(a + b):
        if m.start() < cut < m.end():
            break
    else:
        return ""  # a character jieba cuts one by one
    block, cut = m.group(), cut - m.start()
    dt = _jieba().dt
    route: dict[int, tuple[float, int]] = {}
    dt.calc(block, dt.get_DAG(block), route)
    x = 0
    while x < cut:
        y = route[x][1] + 1
        if cut < y:
            tok = block[x:y]
            return tok if all(_CJK.match(c) for c in tok) and dt.FREQ.get(tok, 0) > 0 else ""
        x = y
    return ""


def _next_nonblank(lines: list[tuple[int, int]], text: str, k: int) -> int | None:
    for j in range(k + 1, len(lines)):
        s, e = lines[j]
        if text[s:e].strip():
            return j
    return None


def _next_body(text: str, lines: list[tuple[int, int]], k: int) -> tuple[int, str]:
    """Where the text of the next non-blank line after line ``k`` starts, and that text ("" at the end)."""
    j = _next_nonblank(lines, text, k)
    if j is None:
        return len(text), ""
    js, je = lines[j]
    nxt = text[js:je]
    body = nxt.lstrip(" \t\u3000\xa0")
    return js + (len(nxt) - len(body)), body


def _line_spans(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


#: The site furniture table; its rows of kind ``gap`` are a document site's hidden-text gap.
FURNITURE_TABLE = Path(__file__).with_name("data") / "furniture.tsv"
#: The blanks around a gap, cut with it.
_BLANKS = " \t\u3000\xa0"


@lru_cache(maxsize=1)
def hidden_gap() -> tuple[re.Pattern, tuple[str, ...]]:
    """The hidden-text gap of a document site's preview (……此处隐藏1,286字……): one alternation of the
    rows of kind ``gap`` of ``data/furniture.tsv``, and strings one of which every gap holds (a page
    without them is not searched).

    >>> rx, gate = hidden_gap()
    >>> rx.search("折合2…此处隐藏1,286字…余名").group(), "此处隐藏" in gate
    ('…此处隐藏1,286字…', True)
    """
    rows = [r["pattern"] for r in parse_table(FURNITURE_TABLE.read_text(encoding="utf-8"), "furniture.tsv") if r["kind"] == "gap"]
    gate: set[str] = set()
    for pat in rows:
        gate |= required_strings(pat) or {""}
    return re.compile("|".join(f"(?:{p})" for p in rows)), tuple(sorted(gate))


def gap_breaks(text: str) -> list[Edit]:
    r"""A paragraph break in place of each hidden-text gap glued to report text: the site cut the
    report there, so the two sides are no one sentence (折合2 | 余名职工: no figure 2余名).
    :func:`remove_furniture` leaves such a gap for this step (a gap alone on its line it removes).
    A gap at a line's end takes the line break after it (the next line opens the next paragraph);
    one opening a line, the line break before it; at the page's edge it just goes.

    >>> t = "发放慰问金折合2…此处隐藏1,286字…余名职工报名参加。"
    >>> [(t[e.start:e.end], e.replacement) for e in gap_breaks(t)]
    [('…此处隐藏1,286字…', '\n')]
    >>> t = "新签订集体合同5 ……此处隐藏88字……\n份，覆盖职工。"
    >>> [(t[e.start:e.end], e.replacement) for e in gap_breaks(t)]
    [(' ……此处隐藏88字……\n', '\n')]
    >>> gap_breaks("新建工会12家。\n…此处隐藏402字…\n")
    []
    >>> [(e.start, e.end) for e in gap_breaks("工会……此处隐藏12字……\n……此处隐藏9字……记者")]  # one break for both
    [(2, 24)]
    """
    rx, gate = hidden_gap()
    if not any(g in text for g in gate):
        return []
    edits = []
    note = "paragraph break: a document site hid text here (……此处隐藏N字……); the two sides are no one sentence"
    for m in rx.finditer(text):
        a, b = m.span()
        lo, hi = text.rfind("\n", 0, a) + 1, text.find("\n", b)
        hi = len(text) if hi < 0 else hi
        before, after = bool(text[lo:a].strip()), bool(text[b:hi].strip())
        if not (before or after):
            continue
        while a > lo and text[a - 1] in _BLANKS:
            a -= 1
        while b < hi and text[b] in _BLANKS:
            b += 1
        if before and not after:  # at the line's end: up to the next line's text
            nxt = len(text[b:]) - len(text[b:].lstrip())
            b, put = (b + nxt, "\n") if b + nxt < len(text) else (b, "")
        elif after and not before:  # opening the line: from the last line's text
            prev = len(text[:a].rstrip())
            a, put = (prev, "\n") if prev > 0 else (a, "")
        else:
            put = "\n"
        e = Edit(a, b, put, note if put else "furniture (gap): a hidden-text gap at the page's edge")
        if edits and a < edits[-1].end:  # two gaps sharing the line break between them: one break
            last = edits.pop()
            e = Edit(last.start, max(b, last.end), last.replacement or put, last.note if last.replacement else e.note)
        edits.append(e)
    return _rejoined_as_a_second_pass_would(text, edits)


def _rejoined_as_a_second_pass_would(text: str, edits: list[Edit]) -> list[Edit]:
    r"""The gap breaks of ``edits`` that the paragraph step, run on the page with every break made,
    re-joins (a line ending in a comma or inside a word, the next opening with ，or ）): those gaps
    just go, their sides joined now.  Normalising is idempotent: a second pass sees a plain line
    break there, knows nothing of the gap, and would join it (困难职 | 工312人, 职工， | ，发放).
    A number and what follows it (折合2 | 余名) stay apart: joined they would make a figure the
    page never held (the one case left where a second pass still joins).

    >>> t = "走访慰问困难职……此处隐藏300字……工312人，发放慰问金。"
    >>> [(e.replacement, e.note[:30]) for e in gap_breaks(t)]
    [('', 'furniture (gap): a hidden-text')]
    """
    if not any(e.replacement for e in edits):
        return edits
    pieces, at, pos, n = [], [], 0, 0  # n: the length of the pieces so far
    for e in edits:
        pieces.append(text[pos : e.start])
        n += e.start - pos
        at.append(n if e.replacement else -1)
        pieces.append(e.replacement)
        n += len(e.replacement)
        pos = e.end
    pieces.append(text[pos:])
    # (not the number rule: 折合2 | 余名 across a gap is no figure 2余名, though a second pass joins it)
    joins = sorted((j.start, j.end) for j in join_broken_paragraphs("".join(pieces))
                   if not j.replacement and j.note != _NUMBER_JOIN)
    join_starts = [a for a, _ in joins]
    out = []
    for e, p in zip(edits, at):
        i = bisect_right(join_starts, p) - 1  # the join starting last at or before p (joins do not overlap)
        if p >= 0 and i >= 0 and p < joins[i][1]:
            e = Edit(e.start, e.end, "", "furniture (gap): a hidden-text gap whose two sides a second pass would re-join (a plain line break there)")
        out.append(e)
    return out


#: How much of a paragraph joined so far is kept to judge it (its start decides heading and title; bounded, so linear).
_PARA_HEAD = 200


def join_broken_paragraphs(text: str) -> list[Edit]:
    """Edits that re-join paragraphs broken in mid-sentence.

    The line break (with any blank lines and indentation between) is deleted;
    a line ending in a sentence end, a heading, or a break with no evidence of
    continuation is left alone.  A hidden-text gap of a document site inside a line
    becomes a line break (:func:`gap_breaks`): no rule re-joins across it.

    >>> t = "共查出个体、私营、集体等饮\\n\\n食服务业单位大小共110家。"
    >>> [(t[e.start:e.end], e.note) for e in join_broken_paragraphs(t)]
    [('\\n\\n', 'broken paragraph re-joined: 饮食 spans the break')]
    >>> join_broken_paragraphs("一、加强学习\\n习近平讲话精神深入人心。")
    []
    """
    lines = _line_spans(text)
    edits: list[Edit] = gap_breaks(text)
    gaps = len(edits)
    gap_starts = [g.start for g in edits]  # ascending (one search of the page)
    full = _full_width(text, lines)
    exact = exact_wrap([w for w in (text[a:b].strip() for a, b in lines) if w]) if full is None and len(lines) >= MIN_WRAPPED_LINES else None
    carried, carried_to = "", -1  # the paragraph joined so far onto the line it continues on
    for k in _lines_to_judge(text, lines, full if exact is None else exact):
        s, e = lines[k]
        line = text[s:e].rstrip()
        if not line.strip():
            continue
        # judge the paragraph as it will stand once joined (idempotent: a second pass sees it whole)
        para = carried[:_PARA_HEAD] + line.lstrip() if carried_to == k else line
        split_title = _title_after_its_year(text, lines, k, line)
        if split_title is not None:
            edits.append(split_title)
            carried, carried_to = para, _next_nonblank(lines, text, k)
            continue
        if is_heading_line(para) and not runs_on(para):
            continue  # a heading ends its paragraph: no test below re-joins it (each asks this first)
        if gaps and _in_gap(edits, gap_starts, s + len(line)):
            continue  # a gap's break: no rule re-joins across it
        last = line[-1]
        glued = _glued_continuation(text, lines, k, line, para)
        if glued is None and ((full is not None and _width(line) >= full) or (exact is not None and len(line.strip()) >= exact - 1)):
            glued = _wrapped(text, lines, k, para)
        if glued is not None:
            edits.append(glued)
            carried, carried_to = para, _next_nonblank(lines, text, k)
            continue
        ends_in_comma = last in CONTINUING_PUNCT
        if not (ends_in_comma or _CJK.match(last)):
            continue
        stop, body = _next_body(text, lines, k)
        if not body or not _CONTINUATION_START.match(body) or is_heading_line(body) or _title_like(_as_joined(text, lines, stop, body)):
            continue
        if ends_in_comma:
            note = f"broken paragraph re-joined: the line ends in {last!r}"
        else:
            word = spans_word(line, body)
            if not word:
                continue
            note = f"broken paragraph re-joined: {word} spans the break"
        edits.append(Edit(s + len(line), stop, "", note))
        carried, carried_to = para, _next_nonblank(lines, text, k)
    return sorted(edits, key=lambda x: x.start) if gaps else edits


def _in_gap(gaps: list[Edit], starts: list[int], pos: int) -> bool:
    """Whether ``pos`` lies in one of ``gaps`` (ascending, not overlapping; ``starts`` their starts):
    a bisection, so that a page of many gaps stays linear."""
    i = bisect_right(starts, pos) - 1
    return i >= 0 and pos <= gaps[i].end


#: The longest line a title's year split off may be (2024年度上半年, with indentation).
_YEAR_FRAGMENT_MAX = 24


def _title_after_its_year(text: str, lines: list[tuple[int, int]], k: int, line: str) -> Edit | None:
    r"""The re-join of a title's year (or of the union's name above a title opening with the year or
    关于), left on line ``k`` of its own by a soft break (a .docx ``<w:br/>``, a centred title
    wrapped in two), with the rest of the title on the next line.

    >>> t = "2024年度\n\n工会主席述职报告\n今年以来，工作顺利。"
    >>> [(t[e.start:e.end], e.note) for e in join_broken_paragraphs(t)]
    [('\n\n', 'broken title re-joined: its year split off by a soft break (2024年度 / 工会主席述职报告)')]
    >>> join_broken_paragraphs("2024年度\n先进个人名单")
    []
    >>> t = "梧溪县总工会\n2024年度工作报告\n今年以来，工作顺利。"
    >>> [e.note for e in join_broken_paragraphs(t)]
    ["broken title re-joined: the union's name above the rest of it (梧溪县总工会 / 2024年度工作报告)"]
    >>> t = "聚力服务职工 赋能县域发展\n——云岭县总工会深化职工服务工作经验交流材料\n云岭县总工会坚持服务职工。"
    >>> [t[e.start:e.end] for e in join_broken_paragraphs(t)]
    ['\n']
    >>> join_broken_paragraphs("在市总工会全委会议上的讲话\n——市总工会主席 周明远\n同志们：")
    []
    >>> t = "江北区总工会关于开展2025年\n“职工技能提升”专项行动的实施方案\n为深入实施职工技能提升工程，制定本方案。"
    >>> [e.note for e in join_broken_paragraphs(t)]
    ['broken title re-joined: a long 关于 title wrapped by its width (…总工会关于开展2025年 / “职工技能提升”专项行动的实施方案)']
    """
    if len(line) > _YEAR_FRAGMENT_MAX:
        return None
    if TITLE_YEAR_FRAGMENT.fullmatch(line.strip()):
        stop, body = _next_body(text, lines, k)
        if not is_title_shaped(body):
            return None
        return Edit(lines[k][0] + len(line), stop, "", "broken title re-joined: its year split off by a soft break (2024年度 / 工会主席述职报告)")
    if k + 1 >= len(lines):
        return None
    if TITLE_ORG_FRAGMENT.fullmatch(line.strip()):
        stop, body = _next_body(text, lines, k)
        if stop == lines[k + 1][0] and is_title_shaped(body) and (TITLE_YEAR_FRAGMENT.match(body) or body.startswith("关于")):
            return Edit(lines[k][0] + len(line), stop, "", "broken title re-joined: the union's name above the rest of it (梧溪县总工会 / 2024年度工作报告)")
    elif TITLE_ABOUT_FRAGMENT.fullmatch(line.strip()) and not is_title_shaped(line):
        stop, body = _next_body(text, lines, k)
        if stop == lines[k + 1][0] and is_title_shaped(body) and len(line.strip()) + len(body.strip()) <= MAX_TITLE:
            return Edit(lines[k][0] + len(line), stop, "", "broken title re-joined: a long 关于 title wrapped by its width (…总工会关于开展2025年 / “职工技能提升”专项行动的实施方案)")
    elif _title_like(line) and not is_heading_line(line) and not is_title_shaped(line):
        stop, body = _next_body(text, lines, k)
        if stop == lines[k + 1][0] and _SUBTITLE_DASH.match(body) and is_title_shaped(body):
            return Edit(lines[k][0] + len(line), stop, "", "title re-joined: a headline above a ——subtitle that names the report (聚力服务职工 赋能县域发展 / ——…经验交流材料)")
    return None


#: The dash a subtitle line opens with (——云岭县总工会…经验交流材料).
_SUBTITLE_DASH = re.compile(r"[—–－]{1,2}|-{2}")


#: The end of a line that may go on in the next one: a comma or 、, a Chinese character, a digit or
#: a dot (a number broken off its unit), or a blank (the line's end is then looked at).  A line
#: ending otherwise (。 ） ” …) is re-joined only where the next opens with a mark no line opens
#: with, or the page is hard-wrapped.  (The line break first: re scans for it, not for the class.)
_MAY_GO_ON = re.compile(r"\n(?<=[，、,0-9.\u3400-\u9fff\s]\n)")


def _lines_to_judge(text: str, lines: list[tuple[int, int]], full: float | None) -> range | list[int]:
    r"""The numbers of the lines :func:`join_broken_paragraphs` must look at: every line on a
    hard-wrapped page (``full``) or one where a line opens with a mark no line opens with;
    else only the lines that may end inside a paragraph (:data:`_MAY_GO_ON`), and the last:
    no other line can be re-joined, and one scan finds them (a clean page ends most lines with 。).

    >>> t = "今年以来，工作顺利。\n一、加强学习\n共查出集体等饮\n食服务业单位。"
    >>> _lines_to_judge(t, _line_spans(t), None)
    [1, 2, 3]
    """
    if full is not None or _OPENS_WITH_MARK.search(text):
        return range(len(lines))
    starts = [s for s, _ in lines]
    return sorted({bisect_right(starts, m.start()) - 1 for m in _MAY_GO_ON.finditer(text)} | {len(lines) - 1})


def _as_joined(text: str, lines: list[tuple[int, int]], start: int, body: str) -> str:
    """The line ``body`` (starting at ``start``) as it will stand once a line opening with a mark no
    line opens with is glued onto it: "工会" + "。" is no title (a second pass would see 工会。)."""
    k = bisect_right(lines, (start, len(text) + 1)) - 1
    _, nxt = _next_body(text, lines, k)
    return body + nxt if nxt[:1] and nxt[0] in NEVER_OPENING else body


#: Marks no line opens with: a line starting with one goes on from the line before (…合同412份\n，其中…).
NEVER_OPENING = "，、。；：！？）》〉」』”’%％,;:!?)"
#: A line after a line break opening with one of them (after the blanks :func:`_next_body` skips).
_OPENS_WITH_MARK = re.compile(rf"\n[ \t\u3000\xa0]*[{re.escape(NEVER_OPENING)}]")
#: A line ending in a number (…法人单位2380 / …专项合同5); not a phone number, a code or a date (0731-8800, 20230405).
_ENDS_IN_NUMBER = re.compile(r"(?<![0-9.\-－/:：])[0-9][0-9.]{0,6}\Z")
#: The characters a match of ``_ENDS_IN_NUMBER`` ends in.
_NUMBER_END = frozenset("0123456789.")
#: A number ending in a complete group of three after a thousands comma (48,215): no digit goes on it.
_COMPLETE_GROUP = re.compile(r"[0-9],[0-9]{3}\Z")
#: The note of the number rule's join (:func:`_glued_continuation`).
_NUMBER_JOIN = "broken paragraph re-joined: a number and what follows it"
#: A table row copied as text: a label, then two or more number cells set apart by blanks or tabs
#: (机关分工会 412 99.3% 12.36): the line after such a row is the next row (or the text under the
#: table), not the rest of its last number.
_TABLE_ROW = re.compile(r"[^\s0-9][^\s]*(?:[ \t\u3000\xa0]+[0-9][0-9,]*(?:\.[0-9]+)?[%％]?){2,}")
#: What may follow a number broken off its line: more digits, its decimals (1 / .5万条), or a character
#: (its unit: 个, 万元, 户, 年 …).
_NUMBER_GOES_ON = re.compile(r"[0-9\u3400-\u9fff%]|\.[0-9]")


def _glued_continuation(text: str, lines: list[tuple[int, int]], k: int, line: str, para: str | None = None) -> Edit | None:
    r"""The re-join of line ``k`` with the next one where the next cannot open a paragraph.

    * the next line opens with a mark no line opens with (，、。；）” …);
    * the line ends in a number and the next goes on with digits or a character: a number
      and its unit (2380\n个, 30\n万元, 2022\n年度), or a number, broken by a hard wrap
      (…合同5\n2份 once a page counter between them is gone).  A heading or a short
      title-like line (金秋助学活动总结1) ending in a number is left alone.

    >>> t = "覆盖法人单位2380\n个，会员8.7万人\n，其中女会员3.9万人。"
    >>> [(t[e.start:e.end], e.note) for e in join_broken_paragraphs(t)]
    [('\n', 'broken paragraph re-joined: a number and what follows it'), ('\n', 'broken paragraph re-joined: the next line opens with ，')]
    """
    stop, body = _next_body(text, lines, k)
    opens = body[:1] and body[0] in NEVER_OPENING
    # a number at the line end (its last character first: the search alone scans the line)
    number = line[-1:] in _NUMBER_END and _ENDS_IN_NUMBER.search(line) and _NUMBER_GOES_ON.match(body)
    if number and body[:1].isdigit() and _COMPLETE_GROUP.search(line):
        number = False  # 48,215 / 137: a number whose last group of three is complete takes no more digits
    if number and _TABLE_ROW.fullmatch(line.strip()):
        number = False  # 机关分工会 412 99.3% 12.36 / 文理学院分工会 684 …: a table's row ends its line
    if not (opens or number):
        if body[:1] in _NUMBER_END and _CJK.match(line[-1:]) and is_figure_line(_with_its_unit(text, lines, stop, body)):
            return _figure_joined(text, lines, k, line, para, stop, body)
        return None  # most lines: none of the tests holds, whatever the heading
    s = lines[k][0]
    para = line if para is None else para  # the whole paragraph this line ends
    heading = is_heading_line(para.strip()) and not runs_on(para)
    if opens and not heading:
        return Edit(s + len(line), stop, "", f"broken paragraph re-joined: the next line opens with {body[0]}")
    if (
        number
        and not heading
        and not is_heading_line(body)
        and (not _title_like(para) or _number_goes_on_after_title_like(para, body) or _figure_carried(line, para, body))
    ):
        return Edit(s + len(line), stop, "", _NUMBER_JOIN)
    return None


#: A line that is one figure: a number and its unit or percent sign (2次, 5.4万元, 98.5%, 1,286 人).
_FIGURE_LINE = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?\s*[万亿千]?\s*(?P<unit>[%％]|[\u3400-\u9fff（）()]{1,4})")
#: A number alone on its line (1286, 5.4, 1,286).
_BARE_NUMBER = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")
#: The note of the figure-line join.
_FIGURE_JOIN = "broken paragraph re-joined: a figure on its own line goes with the words it counts"


def is_figure_line(line: str) -> bool:
    """True when ``line`` is nothing but a number and its unit (``data/units.tsv``) or a percent sign.

    A presentation exported as text, or a form copied cell by cell, puts a figure on a line of its
    own under the words it counts (召开职代会 / 2次).  A date (2025年1月) or a bare number is no figure line.

    >>> is_figure_line("2次"), is_figure_line("5.4万元"), is_figure_line("98.5%"), is_figure_line("2025年1月"), is_figure_line("137")
    (True, True, True, False, False)
    """
    m = _FIGURE_LINE.fullmatch(line.strip())
    if m is None:
        return False
    unit = m.group("unit")
    return unit in "%％" or unit in _units()


def _figure_carried(line: str, para: str, body: str) -> bool:
    """True when ``line`` is a bare number a figure-line join carried onto the words before it
    (召开职代会 / 2 / 次: the paragraph reads 召开职代会2) and ``body`` opens with its unit."""
    return para != line and _BARE_NUMBER.fullmatch(line.strip()) is not None and body.startswith(_units())


def _with_its_unit(text: str, lines: list[tuple[int, int]], start: int, body: str) -> str:
    """The line ``body`` (starting at ``start``) with the next line glued on where ``body`` is a bare
    number and the next line opens with a unit: the figure as the number rule will join it (1286 / 人)."""
    if not _BARE_NUMBER.fullmatch(body.strip()):
        return body
    k = bisect_right(lines, (start, len(text) + 1)) - 1
    _, nxt = _next_body(text, lines, k)
    return body.strip() + nxt.strip() if nxt[:1] in "万亿千" or nxt.startswith(_units()) else body


def _figure_joined(text: str, lines: list[tuple[int, int]], k: int, line: str, para: str | None, stop: int, body: str) -> Edit | None:
    r"""The join of line ``k`` (ending in a Chinese character) with the figure line under it.

    Not after a heading or a line that closes a sentence: 一、组织建设 / 2次 stays apart.

    >>> t = "召开职代会\n2次\n一、组织建设\n3个"
    >>> [(t[e.start:e.end], e.note) for e in join_broken_paragraphs(t)]
    [('\n', 'broken paragraph re-joined: a figure on its own line goes with the words it counts')]
    >>> t = "召开职代会\n2\n次\n发放慰问金\n5.4\n万元"
    >>> [e.note for e in join_broken_paragraphs(t)][2:]
    ['broken paragraph re-joined: a figure on its own line goes with the words it counts', 'broken paragraph re-joined: a number and what follows it']
    """
    para = line if para is None else para
    if is_heading_line(para.strip()) or _SENTENCE_END.search(line):
        return None
    return Edit(lines[k][0] + len(line), stop, "", _FIGURE_JOIN)


#: What a number at the end of a short title-like line goes on with besides a unit of ``data/units.tsv``:
#: 万/亿, and the date words (…及2022\n年度工作思路); not digits (乡镇工会工作总结 1\n20xx年…).
_NUMBER_WORDS = "万亿千百年月日"


@lru_cache(maxsize=1)
def _unit_of() -> dict[str, str]:
    """``data/units.tsv`` as raw unit -> unit (``none``: a word that begins with a unit's character, 组织)."""
    from ..tables import read_table

    return {row["raw_unit"]: row["unit"] for row in read_table("units.tsv") if row["raw_unit"]}


@lru_cache(maxsize=1)
def _units() -> tuple[str, ...]:
    return tuple(_unit_of())


def _number_goes_on_after_title_like(line: str, body: str) -> bool:
    """For a short line without punctuation ending in a number: does ``body`` carry the number on?

    Yes when it opens with a number word (万元, 年度…, not a digit), or with a unit (户, 名 …) after a
    line that holds no title cue: "慰问459\n户困难职工", but not "金秋助学活动总结1\n本次活动…".

    >>> _number_goes_on_after_title_like("慰问459", "户困难职工"), _number_goes_on_after_title_like("汶溪市总工会2021年度工作总结及2022", "年度工作思路")
    (True, True)
    >>> _number_goes_on_after_title_like("金秋助学活动总结1", "本次活动共资助学生20名。")
    False
    """
    if body[:1] in _NUMBER_WORDS:
        return True
    return body.startswith(_units()) and not any(c in line for c in title_cues())


def opens_with_number_word(text: str) -> bool:
    """True when ``text`` opens with a unit of ``data/units.tsv`` or a number word (万, 年 …).

    >>> opens_with_number_word("年是开局之年"), opens_with_number_word("名选手"), opens_with_number_word("总工会")
    (True, True, False)
    """
    return text[:1] in _NUMBER_WORDS or _opens_with_unit(text)


def _opens_with_unit(text: str) -> bool:
    """True when ``text`` opens with a unit: the longest row of ``data/units.tsv`` there is no word of
    unit none (组 is a unit, 组织 none: ``01 组织建设`` is a heading, not 01组).

    >>> _opens_with_unit("组流动书架"), _opens_with_unit("组织建设"), _opens_with_unit("名选手")
    (True, False, True)
    """
    if not text.startswith(_units()):
        return False
    return _unit_of()[max((u for u in _units() if text.startswith(u)), key=len)] != "none"


#: A page is hard-wrapped when this many lines, and this share of its lines, fill the wrap width.
MIN_WRAPPED_LINES = 5
MIN_WRAPPED_SHARE = 0.4
#: A line is full when its width is at least this share of the wrap width.
FULL_LINE = 0.85
#: The narrowest wrap width (columns; a Chinese character is two): a PDF page holds 14 characters and more
#: (a column of a two-column page: 17).
MIN_WRAP = 28
#: Below this wrap width (a column, not a page), the wrap must be exact: this many lines or more of
#: exactly the wrap width (a list of short items of about one length is no wrap).
JUSTIFIED_BELOW = 40
_SENTENCE_DONE = re.compile(r"[。！？!?：:；;]\s*$")


def _width(line: str) -> int:
    """Display width: an ASCII character counts one column, anything else (Chinese, full-width marks) two.

    >>> _width("共12人，“好”")
    14
    """
    return 2 * len(line) - len(line.encode("ascii", "ignore"))


def _full_width(text: str, lines: list[tuple[int, int]]) -> float | None:
    r"""The width from which a line of a hard-wrapped page (a PDF copy) is full, or None.

    The wrap width is the median width of the longer half of the lines; the page is
    hard-wrapped when it is wide enough, enough lines come close to it, and most of
    those stop inside a sentence (lines that end their sentences are a list).

    >>> t = "一二三四五六七八九十一二三四五六七八九十，\n" * 6 + "一二三。"
    >>> round(_full_width(t, _line_spans(t)), 1)
    35.7
    >>> _full_width("今年以来，工作顺利。\n一、加强学习\n全年新建工会12家，发展会员300人。", _line_spans("今年以来，工作顺利。\n一、加强学习\n全年新建工会12家，发展会员300人。")) is None
    True
    """
    kept = [line for line in (text[s:e].strip() for s, e in lines) if line]
    if len(kept) < MIN_WRAPPED_LINES:
        return None
    measured = [2 * len(line) - len(line.encode("ascii", "ignore")) for line in kept]  # _width, inline
    widths = sorted(measured)
    top = widths[len(widths) // 2 :]
    wrap = top[len(top) // 2]
    if wrap < MIN_WRAP:
        return None  # short lines
    if wrap < JUSTIFIED_BELOW and measured.count(wrap) < MIN_WRAPPED_LINES:
        return None  # short lines of about one length: a list, unless the wrap is exact (a column)
    near = [line for w, line in zip(measured, kept) if FULL_LINE * wrap <= w <= wrap * 1.1]
    if len(near) < MIN_WRAPPED_LINES or len(near) < MIN_WRAPPED_SHARE * len(widths):
        return None
    open_ = sum(1 for line in near if not _SENTENCE_DONE.search(line))
    if 2 * open_ < len(near):
        return None  # lines that end their sentences: a list, not a wrap
    return FULL_LINE * wrap


#: An exact wrap (a copy wrapped at a count of characters, not a width): its lines are this long at least …
MIN_EXACT_WRAP = 20
#: … this many lines, and this share of the page's lines, have its length …
MIN_EXACT_SHARE = 0.25
#: … and at most this share are longer (a title, a line a page break joined).
MAX_OVER_WRAP = 0.1


def exact_wrap(lines: list[str]) -> int | None:
    r"""The wrap width in characters of a page wrapped at a count of characters (a PDF text layer, an
    e-mail client wrapping every 38 characters), or None: the most common length of its lines (of
    :data:`MIN_EXACT_WRAP` characters or more), held by :data:`MIN_WRAPPED_LINES` lines and
    :data:`MIN_EXACT_SHARE` of the lines at least, few lines longer, and most of the lines of that
    length stopping inside a sentence.  A page of figures with digits (half as wide as a Chinese
    character) is seen where :func:`_full_width`'s measure of width is too loose for its share of
    full lines.

    >>> exact_wrap(["一二三四五六七八九十1234567890，二三四五"] * 5 + ["一二三。", "一、加强学习"])
    25
    >>> exact_wrap(["今年以来，工作顺利，职工群众满意度明显提高。"] * 6) is None
    True
    """
    widths = Counter(len(line) for line in lines)
    best = max((w for w in widths if w >= MIN_EXACT_WRAP), key=lambda w: (widths[w], w), default=None)
    if best is None:
        return None
    at = widths[best]
    over = sum(c for w, c in widths.items() if w > best + 1)
    if at < MIN_WRAPPED_LINES or at < MIN_EXACT_SHARE * len(lines) or over > MAX_OVER_WRAP * len(lines):
        return None
    done = sum(1 for line in lines if len(line) == best and _SENTENCE_DONE.search(line))
    return best if 2 * done < at else None


def _wrapped(text: str, lines: list[tuple[int, int]], k: int, para: str) -> Edit | None:
    r"""The re-join of a full line of a hard-wrapped page that does not end a sentence (…“工业强县”\n战略…).

    ``para`` is the paragraph the line ends (earlier lines joined onto it).
    """
    if _SENTENCE_DONE.search(para) or (is_heading_line(para.strip()) and not runs_on(para)) or is_bracketed_line(para):
        return None
    stop, body = _next_body(text, lines, k)
    if not body or not _CONTINUATION_START.match(body) or is_heading_line(body):
        return None
    end = lines[k][0] + len(text[lines[k][0] : lines[k][1]].rstrip())
    return Edit(end, stop, "", "hard-wrapped line re-joined: the line is full (PDF copy)")


_OPENING, _CLOSING = "（(", "）)"


def is_bracketed_line(line: str) -> bool:
    """True when ``line`` is one bracketed note from end to end: the occasion under a speech's title
    (（2025年1月10日在林场第三届职工代表大会第四次会议上）), a date line, an editor's note.  Such a
    line is a unit of its own: a hard-wrapped page's full line of this kind does not run on.

    >>> is_bracketed_line("（2025年1月10日在林场第三届职工代表大会第四次会议上）"), is_bracketed_line("(2024年3月26日)")
    (True, True)
    >>> is_bracketed_line("（一）加强组织建设（重点）"), is_bracketed_line("全年新建工会（含联合工会）")
    (False, False)
    """
    line = line.strip()
    if len(line) < 2 or line[0] not in _OPENING or line[-1] not in _CLOSING:
        return False
    depth = 0
    for i, c in enumerate(line):
        depth += (c in _OPENING) - (c in _CLOSING)
        if depth == 0 and i < len(line) - 1:
            return False  # the first bracket closes before the end: （一）…, （含…）…
    return depth == 0


_HSPACE = " \t\u3000\xa0\r"


#: the gap between two columns a PDF copy printed side by side: four spaces or more after text
_COLUMN_GAP = re.compile(r"(?<=\S) {4,}(?=[^ \t\r\n])")  # (the second column may open indented: 　　)
#: most lines of a run of columns hold this much text on both sides of the gap (a table of short
#: cells, 新建工会    12家, is no page of columns)
MIN_COLUMN_TEXT = 8
#: a run of this many lines with one such gap each is a page printed in two columns
MIN_COLUMN_LINES = 3


def split_merged_columns(text: str) -> list[Edit]:
    """Edits putting the two columns of a page a PDF copy printed side by side one after the other.

    A run of :data:`MIN_COLUMN_LINES` lines or more, each holding exactly one gap of four spaces or
    more inside its text, is written as the text before the gaps, line by line, then the text
    after them (the columns are read top to bottom, left then right; a copy pads the first
    column unevenly, so where the second starts varies).  A line of several gaps is a table row,
    not a column, and so is a run whose lines mostly hold short cells (fewer than
    :data:`MIN_COLUMN_TEXT` characters on a side).  The run is one edit: its characters trace back to the run as a whole.  Runs
    before the spacing step: spaces are still as the copy had them.

    >>> t = "甲一甲一甲一甲一    乙一乙一乙一乙一\\n甲二甲二甲二甲二甲    乙二乙二乙二乙二\\n甲三甲三甲三甲三。       乙三乙三乙三乙三。\\n尾"
    >>> from reportmine.textedit import TrackedText
    >>> print(TrackedText(t).run([split_merged_columns]).text)
    甲一甲一甲一甲一
    甲二甲二甲二甲二甲
    甲三甲三甲三甲三。
    乙一乙一乙一乙一
    乙二乙二乙二乙二
    乙三乙三乙三乙三。
    尾
    >>> split_merged_columns("项目    数量    单位\\n职工之家    45    个\\n职工书屋    12    家")
    []
    >>> split_merged_columns("指标    完成数\\n新建工会    12家\\n发展会员    1300名\\n慰问职工    126户")
    []
    """
    if "    " not in text:
        return []
    edits: list[Edit] = []
    run: list[tuple[int, int, int, int]] = []  # (line start, line end, gap start, gap end)

    def close() -> None:
        texty = sum(1 for s, e, g, h in run if g - s >= MIN_COLUMN_TEXT and len(text[h:e].strip()) >= MIN_COLUMN_TEXT)
        if len(run) >= MIN_COLUMN_LINES and 2 * texty > len(run):
            lefts = [text[s:g] for s, _, g, _ in run]
            rights = [text[h:e].rstrip() for _, e, _, h in run]
            edits.append(Edit(run[0][0], run[-1][1], "\n".join(lefts + rights), "two columns printed side by side"))
        run.clear()

    for s, e in _line_spans(text):
        gaps = list(_COLUMN_GAP.finditer(text, s, e))
        if len(gaps) != 1:
            close()
            continue
        run.append((s, e, gaps[0].start(), gaps[0].end()))
    close()
    return edits


def collapse_blank_lines(text: str) -> list[Edit]:
    """Edits that leave one paragraph per line: no blank lines, no indentation, no trailing blanks.

    >>> t = "\\n  今年以来，工作顺利。  \\n\\n\\n一、加强学习\\n\\n"
    >>> from reportmine.textedit import TrackedText
    >>> TrackedText(t).apply("collapse_blank_lines", collapse_blank_lines(t)).text
    '今年以来，工作顺利。\\n一、加强学习'
    """
    if not _blank_at_a_line_edge(text):
        dels = _empty_lines(text)  # no indentation, no trailing blank, no blank line: only empty lines to drop
        if dels is None:
            return [Edit(0, len(text), "", "blank page emptied")] if text else []
        return _merged_deletions(dels)
    lines = _line_spans(text)
    nonblank = [k for k, (s, e) in enumerate(lines) if text[s:e].strip(_HSPACE + "\n")]
    dels = []
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
    return _merged_deletions(dels)


def _blank_at_a_line_edge(text: str) -> bool:
    r"""Whether a blank of ``_HSPACE`` starts or ends a line of ``text`` (each blank found by
    ``str.find``, far cheaper than a scan for a class; a page has few).

    >>> _blank_at_a_line_edge("工会工作总结 篇1\n正文。"), _blank_at_a_line_edge("工会\n\u3000\u3000正文。")
    (False, True)
    """
    n = len(text)
    for c in _HSPACE:
        i = text.find(c)
        while i >= 0:
            if i == 0 or i == n - 1 or text[i - 1] == "\n" or text[i + 1] == "\n":
                return True
            i = text.find(c, i + 1)
    return False


_EMPTY_LINE_AFTER = re.compile(r"\n(?=\n|\Z)")


def _empty_lines(text: str) -> list[tuple[int, int]] | None:
    """The deletions of :func:`collapse_blank_lines` on a text where no blank (space, tab,
    ideographic space, no-break space, carriage return) starts or ends a line: its empty lines,
    each with the line break after it, or before it after the last line of text; None when every
    line is empty.

    >>> t = "\\n一、加强学习\\n\\n\\n正文。\\n\\n"
    >>> _empty_lines(t), _empty_lines("\\n\\n")
    ([(0, 1), (8, 9), (9, 10), (13, 14), (14, 15)], None)
    """
    end = len(text.rstrip("\n"))  # where the last line of text ends
    if not end:
        return None
    dels = [(0, 1)] if text[0] == "\n" else []
    for m in _EMPTY_LINE_AFTER.finditer(text):
        s = m.end()  # an empty line starts here
        dels.append((s - 1, s) if s > end else (s, s + 1))
    return dels


def _merged_deletions(dels: list[tuple[int, int]]) -> list[Edit]:
    """Deletions, touching ones merged into single edits."""
    merged: list[list[int]] = []
    for a, b in sorted(dels):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [Edit(a, b, "", "blank lines / indentation collapsed") for a, b in merged if b > a]



if __name__ == "__main__":  # pragma: no cover
    import sys

    if "--rebuild" in sys.argv[1:]:
        print(f"wrote {build_rare_pairs()}")
