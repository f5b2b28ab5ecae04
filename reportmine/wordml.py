"""The text of WordprocessingML (.docx) paragraphs as Word shows them: the document as accepted, with
its list numbers.

* Tracked changes: text inserted under revision (``w:ins``, ``w:moveTo``) is text, deleted text
  (``w:del``, ``w:moveFrom``) is not; comments, footnote reference marks and hidden runs
  (``w:vanish``) are not.  Runs inside
  hyperlinks, smart tags, custom XML, inline content controls and simple fields are text.
* List numbering (``word/numbering.xml``): a paragraph with a ``w:numPr`` (its own or its style's)
  starts with the marker a reader sees, ``%1、`` with ``chineseCounting`` as 一、, ``（%2）`` as （一）,
  ``%1.`` with ``decimal`` as 1. — counted per list and level as Word counts (a level's counter
  restarts when a higher level advances).  Bullets are no text.  The number formats are in
  ``data/decode_numbering.tsv``.
* Footnotes and endnotes (``word/footnotes.xml``): their text, without the reference mark.
* Word 2003 XML (``w:wordDocument``, one ``.xml`` file, namespace ``.../office/word/2003/wordml``) is
  the same markup under another namespace: :func:`word2003_lines` reads its ``w:body`` with the same
  walk (:func:`body_lines`), with the list markers Word wrote into it (``wx:t``), insertions
  (``aml:annotation`` of type ``Word.Insertion``) in, deletions and comments out, footnotes (held
  inside their runs) after the body, headers and footers (``w:sectPr``) out.

>>> W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
>>> from lxml import etree
>>> p = etree.fromstring(f'<w:p {W}><w:r><w:t>会员</w:t></w:r><w:del><w:r><w:delText>3,206</w:delText></w:r></w:del>'
...                      f'<w:ins><w:r><w:t>3,418</w:t></w:r></w:ins><w:r><w:t>人</w:t></w:r></w:p>')
>>> paragraph_text(p)
'会员3,418人'
"""

from __future__ import annotations

from functools import lru_cache

from .tables import read_table

__all__ = ["paragraph_text", "Numbering", "with_marker", "note_texts", "format_number", "body_lines", "word2003_lines",
           "WORD2003_NS"]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#: Word 2003 XML's namespace for the same elements (w:p, w:r, w:t, w:tbl …).
WORD2003_NS = "http://schemas.microsoft.com/office/word/2003/wordml"
_W = "{" + W_NS + "}"
_WX = "{http://schemas.microsoft.com/office/word/2003/auxHint}"  # Word 2003's hints: wx:sect, wx:t (list text)
_AML = "{http://schemas.microsoft.com/aml/2001/core}"  # Word 2003's annotations: revisions, comments, bookmarks
_RUN, _TEXT, _TAB, _PTAB, _BR, _CR, _HYPHEN = (_W + t for t in ("r", "t", "tab", "ptab", "br", "cr", "noBreakHyphen"))
#: Inline elements whose runs are text: insertions, moves to here, links, tags, content controls, fields.
_TEXT_CONTAINERS = frozenset(_W + t for t in (
    "ins", "moveTo", "hyperlink", "smartTag", "customXml", "sdt", "sdtContent", "fldSimple", "dir", "bdo", "hlink"))
_ANNOTATION, _ANNOTATION_CONTENT = _AML + "annotation", _AML + "content"
_W_TYPE = _W + "type"


def _run_text(run) -> str:
    """A run's text as python-docx reads it: w:t, tabs as a tab, line breaks (not page breaks) as a newline."""
    out = []
    for child in run.iterchildren():
        tag = child.tag
        if tag == _TEXT:
            out.append(child.text or "")
        elif tag in (_TAB, _PTAB):
            out.append("\t")
        elif tag == _BR:
            out.append("\n" if child.get(_W + "type", "textWrapping") == "textWrapping" else "")
        elif tag == _CR:
            out.append("\n")
        elif tag == _HYPHEN:
            out.append("-")
    return "".join(out)


def _hidden(run) -> bool:
    """True for a run formatted as hidden text (``w:vanish``): Word does not show it."""
    vanish = run.find(f"{_W}rPr/{_W}vanish")
    return vanish is not None and vanish.get(_W + "val", "true") not in ("0", "false", "off")


def paragraph_text(element) -> str:
    """The text of a ``w:p`` (or of an inline container in one) as accepted: inserted runs in, deleted
    out, hidden runs (``w:vanish``) out."""
    out = []
    for child in element.iterchildren():
        if child.tag == _RUN:
            if not _hidden(child):
                out.append(_run_text(child))
        elif child.tag in _TEXT_CONTAINERS:
            out.append(paragraph_text(child))
        elif child.tag == _ANNOTATION and child.get(_W_TYPE) == "Word.Insertion":  # Word 2003's tracked insertion
            out.extend(paragraph_text(c) for c in child.iterchildren(_ANNOTATION_CONTENT))
    return "".join(out)


@lru_cache(maxsize=1)
def _formats() -> dict[str, tuple[str, str]]:
    """``data/decode_numbering.tsv``: numFmt -> (how, digits)."""
    return {row["format"].strip(): (row["how"].strip(), row["digits"].strip()) for row in read_table("decode_numbering.tsv")}


_CN_DIGITS = "零一二三四五六七八九"


def _chinese(n: int, digits: str = _CN_DIGITS, units: str = "十百千万") -> str:
    """A number in Chinese counting (一, 十一, 二十, 一百零五); ``digits``/``units`` give the legal forms.

    >>> [_chinese(n) for n in (1, 10, 11, 20, 105, 1000)]
    ['一', '十', '十一', '二十', '一百零五', '一千']
    """
    if n <= 0:
        return str(n)
    if n >= 10000:
        return str(n)
    out, zero = [], False
    for power in (3, 2, 1, 0):
        d = n // 10**power % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append(digits[0])
            zero = False
        if not (power == 1 and d == 1 and not out and digits == _CN_DIGITS):
            out.append(digits[d])
        if power:
            out.append(units[power - 1])
    return "".join(out)


def _roman(n: int) -> str:
    out = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def format_number(n: int, fmt: str) -> str:
    """The counter ``n`` written in Word's number format ``fmt`` (``decimal`` for one not known).

    >>> [format_number(3, f) for f in ("decimal", "chineseCounting", "chineseCountingThousand", "ideographTraditional")]
    ['3', '三', '三', '丙']
    >>> [format_number(12, f) for f in ("chineseCounting", "decimalEnclosedCircle", "upperLetter", "lowerRoman", "decimalZero")]
    ['十二', '⑫', 'L', 'xii', '12']
    >>> format_number(3, "bullet"), format_number(2, "chineseLegalSimplified")
    ('', '贰')
    """
    how, digits = _formats().get(fmt, ("decimal", ""))
    if how == "decimal":
        return str(n)
    if how == "zero":
        return f"{n:02d}"
    if how == "none":
        return ""
    if how == "chinese":
        return _chinese(n)
    if how == "legal":
        return _chinese(n, digits, "拾佰仟万")
    if how == "sequence":  # a fixed run of signs: 甲乙丙…, ①②③…, ａｂｃ… (past its end, the number)
        return digits[n - 1] if 0 < n <= len(digits) else str(n)
    if how == "fullwidth":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if how in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)
        return letter if how == "upperLetter" else letter.lower()
    if how in ("upperRoman", "lowerRoman"):
        return _roman(n) if how == "upperRoman" else _roman(n).lower()
    return str(n)


def _val(element, path: str, default: str | None = None) -> str | None:
    found = element.find(path)
    return default if found is None else found.get(_W + "val", default)


class Numbering:
    """The list numbering of one document: what marker each numbered paragraph gets, in order.

    Built from ``word/numbering.xml`` (and ``word/styles.xml`` for styles that carry a list); call
    :meth:`marker` on every paragraph in document order.
    """

    def __init__(self, numbering_xml: bytes | None, styles_xml: bytes | None = None) -> None:
        from lxml import etree

        self.levels: dict[str, dict[int, dict]] = {}  # abstractNumId -> ilvl -> {start, fmt, text}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}  # numId -> (abstractNumId, start overrides)
        self.style_num: dict[str, tuple[str, int]] = {}  # paragraph style -> (numId, ilvl)
        self.counters: dict[str, dict[int, int]] = {}  # abstractNumId -> ilvl -> last number given
        self.overridden: set[str] = set()  # numIds whose start overrides have been applied
        self.style_links: dict[str, str] = {}  # abstractNumId -> the list style whose list it uses
        if numbering_xml:
            root = etree.fromstring(numbering_xml)
            for a in root.iterchildren(_W + "abstractNum"):
                levels = {}
                for lvl in a.iterchildren(_W + "lvl"):
                    levels[int(lvl.get(_W + "ilvl", "0"))] = {
                        "start": int(_val(lvl, _W + "start", "1") or 1),
                        "fmt": _val(lvl, _W + "numFmt", "decimal"),
                        "text": _val(lvl, _W + "lvlText", "") or "",
                    }
                self.levels[a.get(_W + "abstractNumId")] = levels
                link = _val(a, _W + "numStyleLink")
                if link and not levels:  # a list style's levels live in the list the style names
                    self.style_links[a.get(_W + "abstractNumId")] = link
            for num in root.iterchildren(_W + "num"):
                overrides = {}
                for o in num.iterchildren(_W + "lvlOverride"):
                    start = _val(o, _W + "startOverride")
                    if start is not None:
                        overrides[int(o.get(_W + "ilvl", "0"))] = int(start)
                self.nums[num.get(_W + "numId")] = (_val(num, _W + "abstractNumId"), overrides)
        if styles_xml:
            based_on: dict[str, str] = {}
            for style in etree.fromstring(styles_xml).iterchildren(_W + "style"):
                style_id = style.get(_W + "styleId")
                num_pr = style.find(f"{_W}pPr/{_W}numPr")
                if num_pr is not None and _val(num_pr, _W + "numId"):
                    self.style_num[style_id] = (_val(num_pr, _W + "numId"), int(_val(num_pr, _W + "ilvl", "0") or 0))
                elif (parent := _val(style, _W + "basedOn")) is not None:
                    based_on[style_id] = parent
            for style_id in based_on:  # a style without a list of its own has its parent's (标题 2 based on 标题 1)
                parent, seen = based_on[style_id], {style_id}
                while parent not in self.style_num and parent in based_on and parent not in seen:
                    seen.add(parent)
                    parent = based_on[parent]
                if parent in self.style_num:
                    self.style_num[style_id] = self.style_num[parent]

    def __bool__(self) -> bool:
        return bool(self.nums)

    def _num_of(self, p) -> tuple[str, int] | None:
        """``(numId, ilvl)`` of a paragraph: its own w:numPr, else its style's."""
        ppr = p.find(_W + "pPr")
        if ppr is None:
            return None
        num_pr = ppr.find(_W + "numPr")
        if num_pr is not None:
            num_id = _val(num_pr, _W + "numId")
            ilvl = int(_val(num_pr, _W + "ilvl", "0") or 0)
            if num_id is None:  # a level alone: the style's list
                style = _val(ppr, _W + "pStyle")
                return (self.style_num[style][0], ilvl) if style in self.style_num else None
            return num_id, ilvl
        style = _val(ppr, _W + "pStyle")
        return self.style_num.get(style) if style else None

    def _linked(self, abstract: str) -> str:
        """The abstract list whose levels ``abstract`` uses: itself, or through its list style
        (``w:numStyleLink`` -> the style's ``w:numId`` -> that list)."""
        link = self.style_links.get(abstract)
        if link in self.style_num and self.style_num[link][0] in self.nums:
            return self.nums[self.style_num[link][0]][0] or abstract
        return abstract

    def marker(self, p) -> str:
        """The list marker a reader sees before paragraph ``p`` (``""`` if it is no list item); counts it."""
        if not self.nums:
            return ""
        found = self._num_of(p)
        if found is None or found[0] == "0" or found[0] not in self.nums:
            return ""  # numId 0 removes the numbering
        num_id, ilvl = found
        abstract, overrides = self.nums[num_id]
        abstract = self._linked(abstract or "")
        levels = self.levels.get(abstract, {})
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(abstract or "", {})
        if num_id not in self.overridden:
            self.overridden.add(num_id)
            for level, start in overrides.items():  # a restarted list: its levels count from the override
                counters[level] = start - 1
                for deeper in [k for k in counters if k > level]:
                    del counters[deeper]
        counters[ilvl] = counters.get(ilvl, levels[ilvl]["start"] - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]  # a lower level starts again under the next item of this one
        text = levels[ilvl]["text"]
        for k in range(9):
            if f"%{k + 1}" in text:
                level = levels.get(k, {"start": 1, "fmt": "decimal"})
                value = counters.get(k, level["start"])
                text = text.replace(f"%{k + 1}", format_number(value, level["fmt"]))
        if levels[ilvl]["fmt"] in ("bullet", "none") or not text.strip():
            return ""
        return text


def with_marker(marker: str, text: str) -> str:
    """A paragraph's text after its list marker: a space between an ASCII marker and an ASCII digit or
    letter (``1.`` and ``2024年`` must not read as 1.2024), none otherwise (一、2024年, （一）民主).

    >>> with_marker("1.", "2024年"), with_marker("一、", "2024年"), with_marker("1.", "组织建设"), with_marker("", "正文")
    ('1. 2024年', '一、2024年', '1.组织建设', '正文')
    """
    if marker and marker[-1].isascii() and text[:1].isascii() and text[:1].isalnum():
        return f"{marker} {text}"
    return marker + text


def note_texts(notes_xml: bytes | None) -> list[str]:
    """The texts of the footnotes (or endnotes) of ``word/footnotes.xml``, separators left out, one per note.

    >>> W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    >>> note_texts(f'<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    ...            f'<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t> 注：以年底数为准。</w:t></w:r></w:p></w:footnote></w:footnotes>'.encode())
    ['注：以年底数为准。']
    """
    if not notes_xml:
        return []
    from lxml import etree

    out = []
    for note in etree.fromstring(notes_xml).iterchildren(_W + "footnote", _W + "endnote"):
        if note.get(_W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        text = "\n".join(paragraph_text(p) for p in note.iter(_W + "p")).strip()
        if text:
            out.append(text)
    return out


_P, _TR = _W + "p", _W + "tr"
#: Elements walked through for the paragraphs and table rows they hold (Word 2003's sections too).
_BODY_CONTAINERS = frozenset({*(_W + t for t in ("tbl", "tc", "sdt", "sdtContent", "customXml", "smartTag")),
                              _WX + "sect", _WX + "sub-section"})


def body_lines(body, marker=None) -> list[str]:
    """The lines of a document body (``w:body``) in order: each paragraph one line, after the list
    marker ``marker(p)`` gives it; a table row one line, its cells joined by one space (as the HTML
    reader reads a row: a row's label stays beside its figure, 会员人数 1486人).  Merged cells are one
    ``w:tc``, so nothing repeats.

    >>> from lxml import etree
    >>> W = f'xmlns:w="{W_NS}"'
    >>> body = etree.fromstring(f'<w:body {W}><w:p><w:r><w:t>表1</w:t></w:r></w:p><w:tbl><w:tr>'
    ...     f'<w:tc><w:p><w:r><w:t>会员</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>14</w:t></w:r>'
    ...     f'<w:r><w:t>86</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body>')
    >>> body_lines(body)
    ['表1', '会员 1486']
    """
    out: list[str] = []

    def walk(element, lines: list[str]) -> None:
        for child in element.iterchildren():
            tag = child.tag
            if tag == _P:
                lines.append(with_marker(marker(child), paragraph_text(child)) if marker else paragraph_text(child))
            elif tag == _TR:
                cells: list[str] = []
                walk(child, cells)
                if line := " ".join(filter(None, map(str.strip, cells))):
                    lines.append(line)
            elif tag in _BODY_CONTAINERS:
                walk(child, lines)

    walk(body, out)
    return out


#: Fonts whose list glyphs are bullets, not numbers (Wingdings writes its bullets as letters: Ø, §, l).
_SYMBOL_FONTS = ("symbol", "wingdings", "webdings")


def _word2003_marker(p) -> str:
    """The list marker Word 2003 wrote for paragraph ``p`` (``w:listPr/wx:t``, namespace renamed to
    :data:`W_NS`): 一、 （二） 1.; a bullet (a glyph without a digit or letter, or one in a symbol font)
    is no text.

    >>> from lxml import etree
    >>> def p(t, font=""):
    ...     f = f'<wx:font wx:val="{font}"/>' if font else ""
    ...     return etree.fromstring(f'<w:p xmlns:w="{W_NS}" xmlns:wx="{_WX[1:-1]}"><w:pPr><w:listPr>'
    ...                             f'<wx:t wx:val="{t}"/>{f}</w:listPr></w:pPr></w:p>')
    >>> _word2003_marker(p("一、")), _word2003_marker(p("·")), _word2003_marker(p("Ø", "Wingdings"))
    ('一、', '', '')
    """
    list_pr = p.find(f"{_W}pPr/{_W}listPr")
    if list_pr is None:
        return ""
    hint = list_pr.find(_WX + "t")
    text = (hint.get(_WX + "val") or "") if hint is not None else ""
    font = list_pr.find(_WX + "font")
    if font is not None and (font.get(_WX + "val") or "").lower().startswith(_SYMBOL_FONTS):
        return ""
    return text.strip() if any(c.isalnum() for c in text) else ""


def _rename_namespace(root, old: str, new: str) -> None:
    """Move every element and attribute of namespace ``old`` (``{uri}``) into ``new``, in place."""
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.startswith(old):
            element.tag = new + element.tag[len(old):]
        for key in [k for k in element.attrib if k.startswith(old)]:
            element.set(new + key[len(old):], element.attrib.pop(key))


def word2003_lines(root) -> list[str]:
    """The lines of a parsed Word 2003 XML document (``w:wordDocument``; its namespace is renamed to
    WordprocessingML's in place, so the .docx walk reads it): the body's paragraphs and table rows (:func:`body_lines`) with
    the list markers Word wrote, then the footnote and endnote texts.  Document properties, fonts,
    styles, headers and footers (in ``w:sectPr``) are no text.

    >>> from lxml import etree
    >>> doc = etree.fromstring(f'<w:wordDocument xmlns:w="{WORD2003_NS}" xmlns:wx="{_WX[1:-1]}"><w:body><wx:sect>'
    ...     '<w:p><w:r><w:t>参赛职工16</w:t></w:r><w:r><w:t>80人次</w:t></w:r><w:r><w:footnote><w:p><w:r>'
    ...     '<w:t>注：含外协。</w:t></w:r></w:p></w:footnote></w:r></w:p><w:sectPr><w:ftr><w:p><w:r><w:t>1</w:t>'
    ...     '</w:r></w:p></w:ftr></w:sectPr></wx:sect></w:body></w:wordDocument>')
    >>> word2003_lines(doc)
    ['参赛职工1680人次', '注：含外协。']
    """
    _rename_namespace(root, "{" + WORD2003_NS + "}", _W)
    body = root.find(_W + "body")
    if body is None:
        return []
    lines = body_lines(body, _word2003_marker)
    for note in body.iter(_W + "footnote", _W + "endnote"):
        text = "\n".join(paragraph_text(p) for p in note.iter(_P)).strip()
        if text:
            lines.append(text)
    return lines
