"""Title tests shared by the furniture stage and the article splitter: the shape of a report's title
line, the ``篇`` lines of a multi-article page and its numbered titles, and the title words of
``reportmine/data/title_cues.tsv``.

They read nothing of any stage (only the text and the table), so normalisation may ask them
without reaching downstream into :mod:`reportmine.articles`.

>>> is_title_shaped("街道总工会2023年工作总结"), is_piece_line("乡镇工会上半年工作总结 篇1")
(True, True)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..tables import read_table

__all__ = ["PIECE_LINE", "HEADING_MARKER", "MAX_TITLE", "title_cues", "is_generic_title", "TITLE_YEAR_FRAGMENT", "TITLE_ABOUT_FRAGMENT", "is_piece_line",
           "is_title_shaped", "find_piece_lines", "is_entry_name", "opens_with_label", "is_entry_head", "is_entry_lead",
           "is_contributor_line", "is_collection_title", "is_title_subtitle"]


#: A ``篇`` line: "<title> 篇1", "篇1", "【篇一】<title>", "篇二：<title>", "第3篇：<title>", "<title> 第3篇".
_NUM = r"[0-9０-９一二三四五六七八九十]{1,3}"
PIECE_LINE = re.compile(
    rf"(?:[^。！？；\n]{{0,60}}?[\s　]*[【\[（(]?篇\s*{_NUM}[】\]）)]?"
    rf"|[【\[（(]?篇\s*{_NUM}[】\]）)]?(?:[:：\s　]+|(?=[^\s0-9０-９一二三四五六七八九十]))[^。！？；\n]{{1,60}}"
    rf"|[【\[]?第\s*{_NUM}\s*篇[】\]]?(?:[:：\s　]+[^。！？；\n]{{1,60}})?"
    rf"|[^。！？；\n]{{1,60}}?[\s　]+第\s*{_NUM}\s*篇"
    rf"|[^。！？；\n]{{1,60}}?[\s　]*[【\[（(]第\s*{_NUM}\s*篇[】\]）)])"
)

#: Heading markers at the start of a line: such a line is a section heading, not a title.
HEADING_MARKER = re.compile(
    r"(?:[一二三四五六七八九十百零〇]+\s*[、.．]|[（(]\s*[一二三四五六七八九十百零〇]+\s*[)）]"
    r"|[0-9０-９]{1,3}\s*(?:[、．]|\.(?![0-9]))|[（(]\s*[0-9０-９]{1,3}\s*[)）]|[①-⑳]"
    r"|第[一二三四五六七八九十百0-9]+(?:部分|章|节))"
)

#: Punctuation a title does not hold (a colon only at the end: "现总结如下：" is a lead-in).
_SENTENCE_PUNCT = re.compile(r"[。！？；，,;!?]|[：:]$")
MAX_TITLE = 60


@lru_cache(maxsize=1)
def _title_table() -> dict[str, tuple[str, ...]]:
    """The rows of ``reportmine/data/title_cues.tsv`` by kind (``cue``, ``generic``, ``opening``, ``piece``, ``author``,
    ``speaker``, ``note``, ``collection``, ``subtitle``)."""
    out: dict[str, list[str]] = {"cue": [], "generic": [], "opening": [], "piece": [], "author": [], "speaker": [], "note": [],
                                 "collection": [], "subtitle": []}
    for row in read_table("title_cues.tsv"):
        cue, kind = row["cue"].strip(), row["kind"].strip()
        if not cue or kind not in out:
            raise ValueError(f"title_cues.tsv:{row.line}: expected 'cue<TAB>kind<TAB>note' with kind cue, generic, opening, piece, author, speaker, note, collection or subtitle, got {dict(row)!r}")
        out[kind].append(cue)
    return {k: tuple(v) for k, v in out.items()}


def title_cues() -> tuple[str, ...]:
    """Cue words of report titles, from ``reportmine/data/title_cues.tsv``.

    >>> "总结" in title_cues() and "报告" in title_cues()
    True
    """
    return _title_table()["cue"]


#: What separates the category names of a navigation line or a page <title> (工作总结 | 范文大全).
_GENERIC_SEP = re.compile(r"[\s|｜/／、_>›»＞·•\-—–]+")
_BRACKETS = "【】[]《》<>"


def is_generic_title(line: str) -> bool:
    """True for a line made only of generic category names (工作总结, 工作计划 | 范文大全 …).

    Such a line is navigation or a piece of a page <title>, never a report's own title.

    >>> is_generic_title("工作总结"), is_generic_title("工作计划 | 范文大全"), is_generic_title("机关工会工作总结")
    (True, True, False)
    """
    generic = set(_title_table()["generic"])
    parts = [p.strip(_BRACKETS) for p in _GENERIC_SEP.split(line.strip())]
    parts = [p for p in parts if p]
    return bool(parts) and all(p in generic for p in parts)


@lru_cache(maxsize=1)
def _cue_re() -> re.Pattern:
    return re.compile("|".join(re.escape(c) for c in sorted(title_cues(), key=len, reverse=True)))


#: a line without the blanks around it (``\\s`` is what str.strip removes): from its first character
#: that is not blank to its last
_LINE = re.compile(r"[^\s](?:[^\n]*[^\s])?")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line with its surrounding blanks stripped (empty lines skipped).

    >>> _lines(" 篇1 \\n\\n\\u3000正文。\\r\\n")
    [(1, 3), (7, 10)]
    """
    return [m.span() for m in _LINE.finditer(text)]


def _lines_holding(text: str, word: str) -> list[tuple[int, int]]:
    """The lines of :func:`_lines` that hold ``word`` (every ``篇`` line holds 篇: the others are skipped unread).

    >>> t = "正文。\\n 乡镇工会工作总结 篇1 \\n篇2篇3\\n正文。"
    >>> [t[s:e] for s, e in _lines_holding(t, "篇")]
    ['乡镇工会工作总结 篇1', '篇2篇3']
    """
    out = []
    pos = text.find(word)
    while pos >= 0:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        out.append(_strip_span(text, text.rfind("\n", 0, pos) + 1, end))
        pos = text.find(word, end)
    return out


def is_piece_line(line: str) -> bool:
    """True for a ``篇`` line that opens one article of a multi-article page.

    >>> is_piece_line("乡镇工会上半年工作总结 篇1"), is_piece_line("【篇二】社区工会工作总结")
    (True, True)
    >>> is_piece_line("谱写工会工作新篇章。"), is_piece_line("第二篇章")
    (False, False)
    """
    line = line.strip()
    return len(line) <= 80 and bool(PIECE_LINE.fullmatch(line))


def is_title_shaped(line: str) -> bool:
    """True for a short line without sentence punctuation or heading marker that holds a title cue
    and is not a bare category name: a report's title by its shape.  Whether it is site furniture
    (首页 | 工作报告 | 工会工作) the furniture stage tells: ``furniture.is_title_line`` asks both.

    >>> is_title_shaped("关于区总工会的上半年工作总结及下一步打算范文"), is_title_shaped("六、下一步打算")
    (True, False)
    >>> is_title_shaped("范文：2023年镇总工会工作总结"), is_title_shaped("现将工作情况汇报如下：")
    (True, False)
    >>> is_title_shaped("工作总结")  # a bare category name (navigation) is not a report's title
    False
    >>> is_title_shaped("索引号：11330xxx-2025-00013  分类：工作总结")  # a record of the post's fields
    False
    """
    line = line.strip()
    return (
        0 < len(line) <= MAX_TITLE
        and not _SENTENCE_PUNCT.search(line)
        and not HEADING_MARKER.match(line)
        and bool(_cue_re().search(line))
        and not is_generic_title(line)
        and not is_field_line(line)
    )


#: A labelled field of a post's record line: a short label and its colon, at the line's start or after a blank
#: (索引号：…  分类：工作总结, 发布机构：…  生成日期：…).
_FIELD = re.compile(r"(?:^|\s)[\u4e00-\u9fff]{2,6}\s*[：:]\s*\S")


def is_field_line(line: str) -> bool:
    """True for a line of two or more labelled fields (a government site's record of a post: 索引号：…
    分类：工作总结): its title cue is a field's value, the line no title.  One label (范文：…) is a title's.

    >>> is_field_line("索引号：11330xxx-2025-00013  分类：工作总结"), is_field_line("范文：2023年镇总工会工作总结")
    (True, False)
    """
    return ("：" in line or ":" in line) and len(_FIELD.findall(line)) >= 2


def is_collection_title(title: str) -> bool:
    """True for the title of a collection of several unions' reports (a word of ``title_cues.tsv``, kind
    ``collection``: 汇编, 选编 …).

    >>> is_collection_title("2024年度基层工会工作总结汇编"), is_collection_title("区总工会2024年工作总结")
    (True, False)
    """
    return any(w in title for w in _title_table()["collection"])


@lru_cache(maxsize=1)
def _subtitle_re() -> re.Pattern:
    return re.compile(rf"[—–－]{{1,2}}\s*(?:{'|'.join(map(re.escape, _title_table()['subtitle'])) or '(?!)'})[^。！？；\n]{{1,{MAX_TITLE}}}")


def is_title_subtitle(line: str) -> bool:
    """True for a subtitle line that belongs to the headline above it: a dash, then a word of
    ``title_cues.tsv``, kind ``subtitle`` (an interview's ——访梅川县总工会主席李红梅); a speech's
    ——在…上的讲话 does not (it is the title block, not the title).

    >>> is_title_subtitle("——访梅川县总工会党组书记、主席李红梅"), is_title_subtitle("——在区总工会全委会议上的讲话")
    (True, False)
    """
    return _subtitle_re().fullmatch(line.strip()) is not None


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_piece_lines(text: str, is_title: Callable[[str], bool] = is_title_shaped) -> list[tuple[int, int]]:
    """Spans of the ``篇`` lines of a page, in order (else of its numbered titles, each stem read by
    ``is_title``: the later stages pass ``furniture.is_title_line``, which also refuses furniture).

    >>> t = "乡镇工会工作总结 篇1\\n正文。\\n乡镇工会工作总结 篇2\\n正文。"
    >>> [t[s:e] for s, e in find_piece_lines(t)]
    ['乡镇工会工作总结 篇1', '乡镇工会工作总结 篇2']
    """
    pieces = [(s, e) for s, e in _lines_holding(text, "篇") if is_piece_line(text[s:e])]
    return pieces or _numbered_titles(text, is_title)


#: The year (and period) a title opens with, left on a line of its own when a soft line break
#: (a .docx ``<w:br/>``, a centred title wrapped in two) split the title: "2024年度" / "工会主席述职报告".
TITLE_YEAR_FRAGMENT = re.compile(
    r"(?:[0-9]{4}|[0-9]{2}[xX*]{2})\s*年度?(?:上半年|下半年|第?[一二三四1-4]季度)?(?:度)?"
)
#: The union's name, printed on a line of its own above the rest of a title that opens with the year
#: or 关于 (梧溪县总工会 / 2024年度工作报告: a centred title broken in two).
TITLE_ORG_FRAGMENT = re.compile(r"[\u4e00-\u9fff]{1,16}(?:总工会|工会委员会|工会|工会联合会)")
#: The head of a long 关于 title wrapped in two by its width: the union's name and 关于, and no title cue
#: yet (江北区总工会关于开展2025年 / “职工技能提升”专项行动的实施方案).
TITLE_ABOUT_FRAGMENT = re.compile(r"[\u4e00-\u9fff]{1,16}(?:总工会|工会委员会|工会|工会联合会)关于[^。，；：！？、,;:!?]{1,24}")


#: A title numbered by a template site without 篇: "金秋助学活动总结1", "…总结（二）", "范文一：…".
_SMALL_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}
_NUMBER = r"[0-9]{1,2}|[一二三四五六七八九十]"
_NUMBERED_TITLE = re.compile(rf"(.{{2,{MAX_TITLE}}}?)\s*(?:[（(【\[]\s*({_NUMBER})\s*[）)】\]]|({_NUMBER}))")
_NUMBERED_TITLE_ENDS = frozenset("0123456789一二三四五六七八九十）)】]")  # the last character of such a title


@lru_cache(maxsize=1)
def _labelled_title() -> re.Pattern:
    """A numbered label before a title: "范文一：社区工会工作总结" (labels: ``title_cues.tsv``, kind ``piece``)."""
    labels = "|".join(re.escape(w) for w in sorted(_title_table()["piece"], key=len, reverse=True)) or "(?!)"
    return re.compile(rf"[【\[]?({labels})\s*({_NUMBER})\s*[】\]]?\s*[:：、.]?\s*(.{{2,{MAX_TITLE}}})")


def _number_of(word: str) -> int:
    return int(word) if word.isdigit() else _SMALL_NUMERALS[word]


def _numbered_titles(text: str, is_title: Callable[[str], bool] = is_title_shaped) -> list[tuple[int, int]]:
    r"""Spans of title lines that share one stem and number it 1, 2, 3 … (at least two of them).

    A collection page without 篇 numbers its reports after their common title
    (…总结1, …总结（二）) or under a numbered label (范文一：…); a single "…工作总结1"
    is a title, not the first of several.

    >>> t = "金秋助学活动总结1\n正文。\n金秋助学活动总结2\n正文。"
    >>> [t[s:e] for s, e in _numbered_titles(t)]
    ['金秋助学活动总结1', '金秋助学活动总结2']
    >>> t = "范文一：社区工会工作总结\n正文。\n范文二：企业工会工作计划\n正文。"
    >>> [t[s:e] for s, e in _numbered_titles(t)]
    ['范文一：社区工会工作总结', '范文二：企业工会工作计划']
    >>> _numbered_titles("街道工会工作总结1\n正文。")
    []
    """
    by_stem: dict[str, list[tuple[int, int, int]]] = {}
    for s, e in _lines(text):
        if e - s > MAX_TITLE + 12:
            continue
        m = _labelled_title().fullmatch(text, s, e)
        if m and is_title(m.group(3)):
            by_stem.setdefault("label:" + m.group(1), []).append((_number_of(m.group(2)), s, e))
            continue
        m = _NUMBERED_TITLE.fullmatch(text, s, e) if text[e - 1] in _NUMBERED_TITLE_ENDS else None
        if m and is_title(m.group(1)):
            by_stem.setdefault(m.group(1), []).append((_number_of(m.group(2) or m.group(3)), s, e))
    for found in by_stem.values():
        if len(found) >= 2 and [n for n, _, _ in found] == list(range(1, len(found) + 1)):
            return [(s, e) for _, s, e in found]
    return []


# --------------------------------------------------------------------------- yearbook entries

#: The longest name line of a yearbook entry.
MAX_ENTRY_NAME = 30
#: A paragraph opening with a bracketed label (【概况】, 【组织建设】): a yearbook entry's paragraphs.
_LABEL = re.compile(r"【[^【】\n。，]{1,12}】\s*\S")


@lru_cache(maxsize=1)
def _entry_words() -> dict[str, tuple[str, ...]]:
    """The rows of ``reportmine/data/yearbook_entries.tsv`` by kind (``org_suffix``, ``contributor``), longest first."""
    out: dict[str, list[str]] = {"org_suffix": [], "contributor": []}
    for row in read_table("yearbook_entries.tsv"):
        word, kind = row["word"].strip(), row["kind"].strip()
        if not word or kind not in out:
            raise ValueError(f"yearbook_entries.tsv:{row.line}: expected 'word<TAB>kind<TAB>note' with kind org_suffix or contributor, got {dict(row)!r}")
        out[kind].append(word)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _either(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in words) or "(?!)"


@lru_cache(maxsize=1)
def _entry_name_re() -> re.Pattern:
    return re.compile(rf"[\u4e00-\u9fff（）()·]{{1,{MAX_ENTRY_NAME}}}?(?:{_either(_entry_words()['org_suffix'])})")


@lru_cache(maxsize=1)
def _contributor_re() -> re.Pattern:
    """A contributor line: bracketed (（撰稿人：魏清和）) or bare with names only (撰稿：魏清和 审稿：李明),
    or bracketed after the entry's last sentence (…奖章。（撰稿：周晓岚）)."""
    roles = _either(_entry_words()["contributor"])
    name = r"[\u4e00-\u9fff·]{2,8}"
    return re.compile(
        rf"[（(]\s*(?:{roles})\s*[:：][^（）()\n]{{1,30}}[)）]"
        rf"|(?:{roles})\s*[:：]\s*{name}(?:[，,、\s]+(?:(?:{roles})\s*[:：]\s*)?{name}){{0,3}}"
        rf"|.*[。！？”）]\s*[（(]\s*(?:{roles})\s*[:：][^。！？（）()\n]{{1,30}}[)）]"
    )


def is_entry_name(line: str) -> bool:
    """True for the name line of a yearbook entry: an organisation's name alone (its last word a row
    ``org_suffix`` of ``data/yearbook_entries.tsv``), without punctuation.

    >>> is_entry_name("云州市总工会"), is_entry_name("共青团江南市委员会"), is_entry_name("云州市妇女联合会")
    (True, True, True)
    >>> is_entry_name("群众团体"), is_entry_name("全市工会。"), is_entry_name("2023年工会"), is_entry_name("（一）加强基层工会")
    (False, False, False, False)
    """
    line = line.strip()
    return 0 < len(line) <= MAX_ENTRY_NAME and _entry_name_re().fullmatch(line) is not None and not HEADING_MARKER.match(line)


def opens_with_label(line: str) -> bool:
    """True for a paragraph opening with a bracketed label and going on (【概况】2023年，…).

    >>> opens_with_label("【概况】2023年，全市有基层工会5872个。"), opens_with_label("【概况】"), opens_with_label("概况")
    (True, False, False)
    """
    return _LABEL.match(line.strip()) is not None


def is_entry_head(name_line: str, next_line: str) -> bool:
    """True when ``name_line`` is a yearbook entry's name right above its first, labelled paragraph:
    the entry's title (no title cue like 总结 or 报告 is there).

    >>> is_entry_head("云州市总工会", "【概况】2023年，全市有基层工会组织5872个。")
    True
    >>> is_entry_head("云州市总工会", "2023年，全市有基层工会组织5872个。")
    False
    """
    return opens_with_label(next_line) and is_entry_name(name_line)


#: What follows an encyclopedia entry's name at the start of its lead: an alias in brackets, then 是.
_LEAD_AFTER_NAME = re.compile(r"(?:[（(][^（）()\n]{1,20}[)）])?是")


def is_entry_lead(name_line: str, next_line: str) -> bool:
    """True when ``name_line`` is an encyclopedia entry's name right above its lead, which opens
    with the name and 是 (云岚市总工会是…): the entry's title, though no title cue is there.

    >>> is_entry_lead("云岚市总工会", "云岚市总工会是全市职工自愿结合的群众组织。")
    True
    >>> is_entry_lead("云岚市总工会", "云岚市总工会（简称市总工会）是全市各级工会的领导机关。")
    True
    >>> is_entry_lead("云岚市总工会", "云岚市总工会全年新建工会12家。"), is_entry_lead("工作重点", "工作重点是服务职工。")
    (False, False)
    """
    name, lead = name_line.strip(), next_line.strip()
    return lead.startswith(name) and is_entry_name(name) and _LEAD_AFTER_NAME.match(lead, len(name)) is not None


def is_contributor_line(line: str) -> bool:
    """True for a yearbook entry's contributor line, which closes the entry (roles: ``contributor``
    rows of ``data/yearbook_entries.tsv``); also one glued after the entry's last sentence.

    >>> is_contributor_line("（撰稿：周晓岚）"), is_contributor_line("撰稿人：魏清和 审稿：李明")
    (True, True)
    >>> is_contributor_line("1人获全国五一劳动奖章。（撰稿人：魏清和）")
    True
    >>> is_contributor_line("撰稿：全年征集职工撰稿文章86篇。")
    False
    """
    return _contributor_re().fullmatch(line.strip()) is not None
