"""Escapes left in a plain-text page: HTML escaped twice, and a JSON string copied as it was sent.

A page whose CMS escaped the article's HTML twice shows, once copied as text, the entities and the
tags themselves: ``&amp;nbsp;&amp;nbsp;2024年以来&#65292;围绕&ldquo;强基础&rdquo;…&lt;br&gt;``,
``<p style="text-indent:2em;">``, ``</span>``.  :func:`unescape_html` decodes each entity (again
while ``&amp;`` hides another: ``&amp;nbsp;`` → ``&nbsp;`` → a no-break space), deletes the tags,
and makes a line break of ``<br>``, ``<p>``, ``</p>``, ``<div>`` … (escaped or not).  It acts only on a
page with two signs of escaped HTML at least (an entity of a known name or number, or a tag of a
known name): a report's own ``&`` (R&D) or ``<`` (<5%) is no sign, and one stray sign changes nothing.

A page copied from an API response holds a JSON string: ``"id":2025,"content":"\\u4e09\\u3001…\\n…``.
Where a run of two ``\\uXXXX`` escapes at least shows it, :func:`unescape_json` decodes the
escapes (``\\uXXXX``, ``\\n`` a line break, ``\\"`` a quote, ``\\/``, ``\\t``), a backslash
escaped twice as well, and deletes the string's envelope: the keys and values before it on its
line (``"id":20250110086,"status":1,"content":"``) and its closing quote.

Both say what they changed (one edit a sign) and are idempotent: every escape is decoded to the
end in one pass.  A page without ``&``/``<`` or without ``\\u`` costs one ``str.find``.

>>> from reportmine.textedit import TrackedText
>>> t = '<p style="x">&amp;nbsp;会员&#65292;&ldquo;六有&rdquo;</p>&lt;br&gt;'
>>> TrackedText(t).run([unescape_html]).text
'\\n\\xa0会员，“六有”\\n\\n'
>>> t = '"id":7,"content":"\\\\u4e09\\\\u3001\\\\u5e2e\\\\u6276\\\\n举办\\\\"迎新春\\\\"活动。"'
>>> TrackedText(t).run([unescape_json]).text
'三、帮扶\\n举办"迎新春"活动。'
"""

from __future__ import annotations

import html
from bisect import bisect_right
import re
from functools import lru_cache

from ..textedit import Edit

__all__ = ["unescape_html", "unescape_json", "BLOCK_TAGS", "INLINE_TAGS"]

#: Tags that end a line of text: escaped or not, they become a line break.
BLOCK_TAGS = ("p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "ul", "ol", "blockquote")
#: Tags that only style text: escaped or not, they go.
INLINE_TAGS = ("span", "font", "strong", "b", "i", "u", "em", "a", "img", "sup", "sub", "td", "th", "tbody", "o:p", "center", "small", "big")

#: ``&`` escaped any number of times (``&``, ``&amp;``, ``&amp;amp;``).
_AMP = r"&(?:amp;)*"
_TAG_NAMES = "|".join(sorted(BLOCK_TAGS + INLINE_TAGS, key=len, reverse=True))
#: A tag of a known name, written as it is (``<p style="…">``, ``</span>``, ``<br/>``) or escaped
#: (``&lt;br&gt;``, ``&amp;lt;/p&amp;gt;``), on one line.
_TAG = re.compile(
    rf"(?:<|{_AMP}lt;)\s*(/?)\s*({_TAG_NAMES})(?![\w:])(?:[^<>&\n]|&(?:amp;)*quot;|&(?!(?:amp;)*gt;))*?/?\s*(?:>|{_AMP}gt;)",
    re.I,
)
#: An entity by name or number, its ``&`` escaped any number of times (``&amp;nbsp;``).
_ENTITY = re.compile(rf"{_AMP}(?:#[0-9]{{2,7}}|#[xX][0-9a-fA-F]{{2,6}}|[A-Za-z][A-Za-z0-9]{{1,31}});")
#: A sign of escaped HTML: an entity or a tag.
_SIGN = re.compile(f"{_TAG.pattern}|{_ENTITY.pattern}", re.I)
#: This many signs at least on a page before anything is decoded.
MIN_SIGNS = 2


@lru_cache(maxsize=1)
def _entity_names() -> frozenset[str]:
    """The names HTML5 knows with their semicolon (``nbsp;``, ``ldquo;``)."""
    return frozenset(name for name in html.entities.html5 if name.endswith(";"))


def _decode_entity(s: str) -> str | None:
    """The text an entity (its ``&`` escaped any number of times) stands for, or None when it is none.

    >>> _decode_entity("&amp;amp;nbsp;"), _decode_entity("&#65292;"), _decode_entity("&amp;"), _decode_entity("&foo;")
    ('\\xa0', '，', '&', None)
    """
    core = s
    while core.startswith("&amp;") and len(core) > 5:  # &amp;nbsp; → &nbsp; (but &amp; is &)
        core = "&" + core[5:]
    name = core[1:]
    if not name.startswith("#") and name not in _entity_names():
        return None
    out = html.unescape(core)
    return None if out == core else out


def _sign_edits(text: str) -> list[Edit]:
    """One edit a sign of escaped HTML (tags and entities of a known name), in text order."""
    edits = []
    for m in _SIGN.finditer(text):
        s = m.group()
        tag = _TAG.fullmatch(s)
        if tag is not None:
            block = tag.group(2).lower() in BLOCK_TAGS
            edits.append(Edit(m.start(), m.end(), "\n" if block else "", f"escaped HTML: a <{tag.group(1)}{tag.group(2).lower()}> tag"))
            continue
        decoded = _decode_entity(s)
        if decoded is not None:
            edits.append(Edit(m.start(), m.end(), decoded, f"escaped HTML: the entity {s}"))
    return edits


def unescape_html(text: str) -> list[Edit]:
    """Edits decoding the entities and removing the tags of HTML left (escaped, once or twice) in a
    text page; nothing on a page with fewer than :data:`MIN_SIGNS` signs.

    >>> from reportmine.textedit import TrackedText
    >>> TrackedText("&lt;p&gt;新建工会12家&amp;mdash;&amp;mdash;R&D中心<5个").run([unescape_html]).text
    '\\n新建工会12家——R&D中心<5个'
    >>> unescape_html("研发中心R&D投入5万元，AT&amp;T")  # one sign: left as written
    []
    """
    if "&" not in text and "<" not in text:
        return []
    edits = _sign_edits(text)
    return edits if len(edits) >= MIN_SIGNS else []


# --- JSON ------------------------------------------------------------------------------------------

#: The sign of a JSON string sent with ASCII escapes: two ``\\uXXXX`` in a row.
_JSON_SIGN = re.compile(r"\\+u[0-9a-fA-F]{4}\\+u[0-9a-fA-F]{4}")
#: An escape, its backslash escaped any number of times (``\\u4e09``, ``\\\\n``): surrogate pairs whole.
_JSON_ESCAPE = re.compile(r"\\+(?:u[dD][89abAB][0-9a-fA-F]{2}\\+u[dD][c-fC-F][0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[nrt\"/])")
_SIMPLE = {"n": "\n", "r": "", "t": "\t", '"': '"', "/": "/"}
#: A JSON string's envelope at the start of a line: the keys and short values before it, and its own key.
_KEY = r'"[A-Za-z_][\w-]{0,30}"\s*:\s*'
_ENVELOPE = re.compile(rf'^[ \t]*[{{\[]?[ \t]*(?:{_KEY}(?:-?[0-9]+(?:\.[0-9]+)?|true|false|null|"[^"\\\n]{{0,80}}")\s*,\s*)*{_KEY}"', re.M)
#: The end of the string on its line: the closing quote and whatever keys follow it.
_CLOSING = re.compile(r'(?<!\\)"\s*(?:,\s*' + _KEY + r'.*)?[}\]]*[ \t]*$', re.M)


def _decode_json_escape(s: str) -> str:
    r"""The character a JSON escape stands for (its backslash escaped any number of times).

    >>> _decode_json_escape("\\u4e09"), _decode_json_escape("\\\\n"), _decode_json_escape("\\ud83d\\ude00")
    ('三', '\n', '😀')
    """
    codes = [int(h, 16) for h in re.findall(r"u([0-9a-fA-F]{4})", s)]
    if not codes:
        return _SIMPLE[s[-1]]
    if len(codes) == 2:
        return chr(0x10000 + ((codes[0] - 0xD800) << 10) + (codes[1] - 0xDC00))
    return chr(codes[0])


def unescape_json(text: str) -> list[Edit]:
    """Edits decoding the escapes of a JSON string copied into a text page (where two ``\\uXXXX`` in
    a row show one) and deleting its envelope: the keys before it on its line and its closing quote.

    >>> from reportmine.textedit import TrackedText
    >>> TrackedText('{"id":3,"title":"x","content":"\\\\u5de5\\\\u4f1a\\\\n新建12家。","hits":9}').run([unescape_json]).text
    '工会\\n新建12家。'
    >>> unescape_json("路径C:\\\\new\\\\u6587件")  # no run of \\u escapes: left as written
    []
    """
    if "\\" not in text or not _JSON_SIGN.search(text):
        return []
    edits = []
    for m in _ENVELOPE.finditer(text):
        edits.append(Edit(m.start(), m.end(), "", "JSON: the keys before a string of an API response"))
        line_end = text.find("\n", m.end())
        close = _CLOSING.search(text, m.end(), len(text) if line_end < 0 else line_end)
        if close is not None:
            edits.append(Edit(close.start(), close.end(), "", "JSON: the end of a string of an API response"))
    starts, ends = [e.start for e in edits], [e.end for e in edits]  # in text order, not overlapping
    for m in _JSON_ESCAPE.finditer(text):
        k = bisect_right(starts, m.start()) - 1  # the last envelope piece starting at or before it
        if k < 0 or m.start() >= ends[k]:
            edits.append(Edit(m.start(), m.end(), _decode_json_escape(m.group()), f"JSON: the escape {m.group()}"))
    edits.sort(key=lambda e: e.start)
    return edits
