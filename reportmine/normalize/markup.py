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

__all__ = ["strip_bbcode", "BBCODE_TAGS", "BBCODE_DROPPED"]

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
