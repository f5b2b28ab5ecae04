"""The text of an OpenDocument text (``.odt``, what LibreOffice, OpenOffice and WPS save; also the
one-file XML form ``.fodt``) as a reader sees it, one line per paragraph, from its ``content.xml``.

* Headings (``text:h``), paragraphs (``text:p``) and list items are one line each; the text of spans,
  links and fields (a caption's 表1 number) is text, runs are joined (``51<span>27</span>`` is 5127).
  ``text:s`` is spaces (``text:c`` of them), ``text:tab`` a tab, ``text:line-break`` a newline.
  A list number the document wrote (``text:number``) opens its line; a bullet is no text.
* A table row (``table:table-row``, header rows too) is one line, its cells joined by one space, as
  the .docx and HTML readers read a row; a covered (merged-away) cell is no text.
* Footnotes and endnotes (``text:note``): their text after the body, without the citation mark.
* Not text: comments (``office:annotation``), deleted revisions (``text:tracked-changes``), bookmarks,
  page breaks, a table of contents, hidden text, a ruby's reading, an image's title and description
  (its alt text; a text box's paragraphs are text), the declarations of sequences and variables, and
  everything outside the body (page header and footer in styles.xml, meta.xml statistics, settings).

The zip container (its size limits, its errors) is :mod:`reportmine.decode`'s.

>>> xml = (f'<office:document-content {NAMESPACES}><office:body><office:text>'
...        '<text:h text:outline-level="1">一、组织建设</text:h><text:p>会员总数51<text:span>27</text:span>人，'
...        '<text:s text:c="2"/>建会率92.6%。<text:note><text:note-citation>1</text:note-citation>'
...        '<text:note-body><text:p>注：含农民工。</text:p></text:note-body></text:note></text:p>'
...        '</office:text></office:body></office:document-content>').encode()
>>> odf_lines(xml)
['一、组织建设', '会员总数5127人，  建会率92.6%。', '注：含农民工。']
"""

from __future__ import annotations

import re

from .wordml import with_marker

__all__ = ["odf_lines", "NAMESPACES", "ODF_TEXT_TYPES"]

_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#: The namespace declarations of office, text and table (for the examples and tests).
NAMESPACES = f'xmlns:office="{_OFFICE}" xmlns:text="{_TEXT_NS}" xmlns:table="{_TABLE_NS}"'
#: The media types (the ``mimetype`` member, the flat file's ``office:mimetype``) of a text document.
ODF_TEXT_TYPES = ("application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template",
                  "application/vnd.oasis.opendocument.text-master")

_O, _T, _TB = "{" + _OFFICE + "}", "{" + _TEXT_NS + "}", "{" + _TABLE_NS + "}"
_SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
_PARAGRAPHS = frozenset({_T + "p", _T + "h"})
_ROW, _CELL = _TB + "table-row", _TB + "table-cell"
_NOTE, _NOTE_BODY, _LIST_ITEM = _T + "note", _T + "note-body", _T + "list-item"
#: Elements whose content is no text where they stand (inline or between paragraphs).
_NOT_TEXT = frozenset({
    _O + "annotation", _O + "annotation-end", _T + "tracked-changes", _T + "note-citation", _T + "bookmark",
    _T + "bookmark-start", _T + "bookmark-end", _T + "soft-page-break", _T + "table-of-content",
    _T + "sequence-decls", _T + "variable-decls", _T + "user-field-decls", _T + "hidden-text",
    _T + "hidden-paragraph", _TB + "covered-table-cell", _O + "forms", _T + "change", _T + "change-start",
    _T + "change-end", _T + "reference-mark", _T + "reference-mark-start", _T + "reference-mark-end",
    _T + "toc-mark", _T + "alphabetical-index", _T + "illustration-index", _T + "table-index",
    _T + "bibliography", _T + "user-index", _T + "object-index", _T + "alphabetical-index-mark",
    _T + "ruby-text", _SVG + "title", _SVG + "desc",  # a ruby's reading (pinyin); an image's alt text
})
_SPACES_RE = re.compile(r"[ \t\r\n]+")


def _inline(element, out: list[str], notes: list) -> None:
    """The text of a paragraph's content, appended to ``out``; footnotes go to ``notes``.

    Whitespace in the XML collapses to one space, as ODF says (``text:s`` is the way to more).
    """
    if element.text:
        out.append(_SPACES_RE.sub(" ", element.text))
    for child in element.iterchildren():
        tag = child.tag
        if not isinstance(tag, str):  # a comment or processing instruction: only its tail is text
            pass
        elif tag == _T + "s":
            out.append(" " * int(child.get(_T + "c", "1") or 1))
        elif tag == _T + "tab":
            out.append("\t")
        elif tag == _T + "line-break":
            out.append("\n")
        elif tag == _NOTE:
            notes.append(child)
        elif tag not in _NOT_TEXT and tag != _T + "number":
            _inline(child, out, notes)
        if child.tail:
            out.append(_SPACES_RE.sub(" ", child.tail))


def _paragraph(p, notes: list) -> str:
    """One ``text:p``/``text:h``: its number (``text:number``, as the document wrote it) and text."""
    out: list[str] = []
    _inline(p, out, notes)
    text = "".join(out).strip(" ")
    return with_marker(_number(p), text)


def _number(element) -> str:
    """The list or heading number the document wrote (``text:number`` of a heading or list item), or ``""``."""
    number = element.find(_T + "number")
    return "".join(number.itertext()).strip() if number is not None else ""


def _block(element, lines: list[str], notes: list) -> None:
    """The paragraphs, list items and table rows under ``element``, in order, one line each (a list
    item's written number before its first paragraph)."""
    marker = _number(element) if element.tag == _LIST_ITEM else ""
    for child in element.iterchildren():
        tag = child.tag
        if not isinstance(tag, str) or tag in _NOT_TEXT:
            continue
        if tag in _PARAGRAPHS:
            lines.append(with_marker(marker, _paragraph(child, notes)) if marker else _paragraph(child, notes))
            marker = ""
        elif tag == _ROW:
            cells: list[str] = []
            for cell in child.iterchildren(_CELL):
                _block(cell, cells, notes)
            if line := " ".join(filter(None, (c.strip() for c in cells))):
                lines.append(line)
        else:  # text:list, text:list-item, text:section, table:table, its header rows, a text box …
            _block(child, lines, notes)


def odf_lines(xml: bytes) -> list[str]:
    """The lines of an OpenDocument text's body (``content.xml``, or a flat ``.fodt`` document):
    paragraphs, headings, list items and table rows in order, then the footnote and endnote texts.

    Raises the XML parser's error (``lxml.etree.XMLSyntaxError``) for XML that is not well formed,
    and ``ValueError`` when there is no ``office:text`` body.

    >>> row = '<table:table-row><table:table-cell><text:p>电工</text:p></table:table-cell><table:covered-table-cell/>'
    >>> xml = (f'<office:document-content {NAMESPACES}><office:body><office:text><table:table>'
    ...        f'<table:table-header-rows><table:table-row><table:table-cell><text:p>项目</text:p></table:table-cell>'
    ...        f'<table:table-cell><text:p>期数</text:p></table:table-cell></table:table-row></table:table-header-rows>'
    ...        f'{row}<table:table-cell><text:p>4</text:p></table:table-cell></table:table-row></table:table>'
    ...        '<text:list><text:list-item><text:p>慰问困难职工96户；</text:p></text:list-item></text:list>'
    ...        '</office:text></office:body></office:document-content>').encode()
    >>> odf_lines(xml)
    ['项目 期数', '电工 4', '慰问困难职工96户；']
    """
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    root = etree.fromstring(xml, parser)
    body = root.find(f"{_O}body/{_O}text")
    if body is None:
        raise ValueError("no office:text body (not a text document)")
    lines: list[str] = []
    notes: list = []
    _block(body, lines, notes)
    for note in notes:
        note_lines: list[str] = []
        for part in note.iterchildren(_NOTE_BODY):
            _block(part, note_lines, [])
        if text := "\n".join(note_lines).strip():
            lines.append(text)
    return lines
