"""Forum markup: BBCode tags a forum post was copied with ([b]…[/b], [size=3], [color=#333333] …).

A report pasted into a forum (Discuz, phpBB) and copied back out as the editor's source keeps
its BBCode: ``[b]一、加强组织建设[/b]``, ``[size=3][color=#333333]　　今年以来……[/color][/size]``.
:func:`strip_bbcode` deletes the tags and keeps the text they wrap.  Two tags wrap no text of
the report: ``[img]…[/img]`` and ``[attach]…[/attach]`` (and ``[media]``, ``[flash]``) hold a
picture's address or an attachment number, so they go with what they wrap.  ``[quote]``
wraps text quoted from another post: the tags go, the quoted text stays (it may be the
report; the 原帖由 … 发表 line over it is furniture, see ``furniture.tsv``).

Only known tag names are touched, and only on a page that closes one of them (``[/b]``,
``[/size]`` …): a report's own square brackets ([2024]12号, [一]) never match a tag name,
and a page without ``[/`` costs one ``str.find``.

>>> from reportmine.textedit import TrackedText
>>> t = "[b]一、加强组织建设[/b]\\n[size=3][color=#333333]新建工会12家。[/color][/size][img]http://x.cn/a.jpg[/img]"
>>> TrackedText(t).apply("strip_bbcode", strip_bbcode(t)).text
'一、加强组织建设\\n新建工会12家。'
"""

from __future__ import annotations

import re

from ..textedit import Edit

__all__ = ["strip_bbcode", "strip_markdown", "has_markdown", "BBCODE_TAGS", "BBCODE_DROPPED"]

#: Tag names whose tags go and whose text stays.
BBCODE_TAGS = (
    "b", "i", "u", "s", "strike", "sup", "sub", "size", "color", "font", "align", "left", "center", "right",
    "url", "email", "quote", "code", "list", "indent", "backcolor", "p", "table", "tr", "td", "float", "hide",
    "free", "postbg", "hr", "\\*",
)
#: Tag names whose tags go with what they wrap (a picture's address, an attachment number).
BBCODE_DROPPED = ("img", "attach", "attachimg", "media", "flash", "audio")

#: An opening tag ``[name]`` or ``[name=value]``, or a closing tag ``[/name]``, of a known name.
_TAG = re.compile(
    r"\[(?:/?(?i:%s)|(?i:%s)=[^\]\n]{1,200})\]" % ("|".join(BBCODE_TAGS), "|".join(BBCODE_TAGS))
)
#: A dropped tag with its content (on one line).
_DROPPED = re.compile(r"\[((?i:%s))(?:=[^\]\n]{0,200})?\][^\[\n]{0,500}\[/\1\]" % "|".join(BBCODE_DROPPED))
#: Tags that end a block (a list item, a paragraph, a table row): where text stands before them on
#: their line, they become a line break, so that items do not run together (新建工会12家[*]走访…).
_BREAKING = re.compile(r"\[(?:\*|/p|/tr|/li)\]", re.I)
#: A closing tag of a known name: the page's sign of BBCode.
_CLOSING = re.compile(r"\[/(?i:%s)\]" % "|".join(BBCODE_TAGS + BBCODE_DROPPED))


def has_bbcode(text: str) -> bool:
    """True when ``text`` closes a known BBCode tag (``[/b]``, ``[/color]`` …): one cheap scan.

    >>> has_bbcode("[b]一、组织建设[/b]"), has_bbcode("临工发[2024]3号，见[附件1]。")
    (True, False)
    """
    return "[/" in text and _CLOSING.search(text) is not None


def strip_bbcode(text: str) -> list[Edit]:
    """Edits that delete the BBCode tags of a forum post, keeping the text they wrap.

    ``[img]`` and ``[attach]`` go with their content; every other known tag goes alone, but one
    that ends a block ([*], [/p], [/tr]) after text on its line becomes a line break.
    A page that closes no known tag is left as it is (its brackets are its own).

    >>> t = "[url=http://x.cn/1]区总工会[/url]新建工会[b]12[/b]家。"
    >>> [(t[e.start:e.end], e.note) for e in strip_bbcode(t)][:2]
    [('[url=http://x.cn/1]', 'markup: a BBCode tag of a forum post'), ('[/url]', 'markup: a BBCode tag of a forum post')]
    >>> strip_bbcode("依据[2024]12号文件，[一]为总则。")
    []
    """
    if not has_bbcode(text):
        return []
    edits: list[Edit] = []
    end = 0
    for m in _DROPPED.finditer(text):
        edits.append(Edit(m.start(), m.end(), "", f"markup: a BBCode [{m.group(1).lower()}] with its content (a picture or attachment)"))
    for m in _TAG.finditer(text):
        breaks = _BREAKING.fullmatch(m.group()) is not None and _TAG.sub("", text[text.rfind("\n", 0, m.start()) + 1:m.start()]).strip()
        edits.append(Edit(m.start(), m.end(), "\n" if breaks else "", "markup: a BBCode tag of a forum post"))
    edits.sort(key=lambda e: e.start)  # (a tag inside a dropped span is skipped below)
    out: list[Edit] = []
    for e in edits:
        if e.start >= end:
            out.append(e)
            end = e.end
    return out


# --- Markdown: an online document (腾讯文档, 石墨, 语雀) or a wiki copied as its source ---------------

#: The page's sign of Markdown: a heading of level 2 or more, a table's separator row, or bold marks.
_MD_SIGNS = ("##", "|---", "| ---", "|:--", "**")
#: An ATX heading's hashes at the start of a line (``## 一、基本情况``): the hashes and the blank go,
#: a doubled run too (``## ## 一、``, a heading pasted under a heading mark), so that one pass is enough.
_MD_HEADING = re.compile(r"^[^\S\n]*(?:#{1,6}[^\S\n]+)+(?=\S)", re.M)
#: A pair of bold marks on one line (``**（一）组织建设。**``): both go, the text stays; a run of three or
#: more asterisks (a line of stars, ******标题******) is no bold mark.  Blanks inside the marks
#: (``**一、\u3000**``) are allowed: the spacing step takes them later, and a second pass would see bold.
#: Two asterisks right after a digit open no bold: they are a site's digit mask (1**人, 6**家: heldout30 3003).
_MD_BOLD = re.compile(r"(?<![*0-9])\*\*[^\S\n]*(?=[^\s*])([^*\n]{1,200}?)(?<=\S)[^\S\n]*\*\*(?!\*)")  # exactly two: ****** is a rule line
#: A table's separator row (``|---|---|``, ``| :--- | ---: |``), with its line break.
_MD_TABLE_RULE = re.compile(r"^[^\S\n]*\|?(?:[^\S\n]*:?-{3,}:?[^\S\n]*\|)+(?:[^\S\n]*:?-{3,}:?[^\S\n]*)?[^\S\n]*(?:\n|$)", re.M)
#: A table row: a line that opens and closes with a pipe and holds at least one more.
_MD_TABLE_ROW = re.compile(r"^[^\S\n]*\|(.*\|.*)\|[^\S\n]*$", re.M)
#: A thematic break (``---``) alone on its line, with its line break.  (``***`` / ``******`` is
#: left alone: a collection of reports separates its reports with it, and the article step reads it.)
_MD_RULE = re.compile(r"^[^\S\n]*-{3,}[^\S\n]*(?:\n|$)", re.M)
#: A list item's mark at the start of a line (``- 新建工会8家``, ``* 走访40户``), with its blank.
_MD_ITEM = re.compile(r"^[^\S\n]*[-*+][^\S\n]+(?=\S)", re.M)


def has_markdown(text: str) -> bool:
    """True when ``text`` shows Markdown (``##``, a table rule ``|---``, or ``**``): one cheap scan each.

    >>> has_markdown("## 一、基本情况"), has_markdown("# 1号文件\\n新建工会12家。")
    (True, False)
    """
    return any(sign in text for sign in _MD_SIGNS)


def _table_row_edits(m: re.Match) -> list[Edit]:
    """Edits for one pipe-table row: the outer pipes go, each inner pipe becomes one blank."""
    note = "markup: a Markdown table row's pipes (cells joined by one blank)"
    start, inner = m.start(1), m.group(1)
    edits = [Edit(m.start(), start, "", note), Edit(m.end(1), m.end(), "", note)]
    for cell in re.finditer(r"[^\S\n]*\|[^\S\n]*", inner):
        edits.append(Edit(start + cell.start(), start + cell.end(), " ", note))
    first, last = re.match(r"[^\S\n]*", inner), re.search(r"[^\S\n]*$", inner)
    if first.end():
        edits.insert(1, Edit(start, start + first.end(), "", note))
    if last.start() < len(inner):
        edits.append(Edit(start + last.start(), start + len(inner), "", note))
    return edits


def strip_markdown(text: str) -> list[Edit]:
    """Edits that delete the Markdown of a document copied as its source, keeping its text.

    Heading hashes (``## 一、基本情况`` → ``一、基本情况``), bold marks (``**（一）…。**``), a
    table's separator row and, on a page with ``##`` headings or a table, a ``---`` break and the
    marks of list items (``- 新建工会8家``) go; a pipe-table row becomes one line with
    its cells joined by one blank (``| 新发展会员 | 86人 |`` → ``新发展会员 86人``).  A page without
    ``##``, ``|---`` or ``**`` is left as it is (a lone ``#`` or ``|`` is the report's own).

    >>> from reportmine.textedit import TrackedText
    >>> t = "## 二、主要工作\\n| 项目 | 数量 |\\n|---|---|\\n| 新发展会员 | 86人 |\\n**（一）建家。**新建12家。"
    >>> TrackedText(t).apply("strip_markdown", strip_markdown(t)).text
    '二、主要工作\\n项目 数量\\n新发展会员 86人\\n（一）建家。新建12家。'
    >>> strip_markdown("# 临工发3号\\n甲 | 乙")
    []
    """
    if not has_markdown(text):
        return []
    edits: list[Edit] = []
    if "#" in text:
        edits += [Edit(m.start(), m.end(), "", "markup: a Markdown heading's hashes") for m in _MD_HEADING.finditer(text)]
    if "**" in text:
        for m in _MD_BOLD.finditer(text):
            edits.append(Edit(m.start(), m.start() + 2, "", "markup: Markdown bold marks"))
            edits.append(Edit(m.end() - 2, m.end(), "", "markup: Markdown bold marks"))
    rules = list(_MD_TABLE_RULE.finditer(text)) if "--" in text else []
    edits += [Edit(m.start(), m.end(), "", "markup: a Markdown table's separator row") for m in rules]
    if rules:
        ruled = {m.start() for m in rules}
        edits += [e for m in _MD_TABLE_ROW.finditer(text) if m.start() not in ruled for e in _table_row_edits(m)]
    if "##" in text or rules:  # a dashed line or a list mark only where headings or a table show Markdown
        if "---" in text:
            edits += [Edit(m.start(), m.end(), "", "markup: a Markdown thematic break") for m in _MD_RULE.finditer(text)]
        edits += [Edit(m.start(), m.end(), "", "markup: a Markdown list item's mark") for m in _MD_ITEM.finditer(text)]
    edits.sort(key=lambda e: (e.start, e.end))
    out: list[Edit] = []
    end = 0
    for e in edits:
        if e.start >= end:
            out.append(e)
            end = max(end, e.end)
    return out
