"""The normaliser: decoded text in, clean simplified text out, every change explained.

Each step is a small named function ``step(text) -> list[Edit]`` living in the
module of its concern; this module only fixes their order.  The result is a
:class:`~reportmine.textedit.TrackedText`: the normalised text, a source span
for every character, and the log of changes.

>>> from reportmine.normalize import normalize, normalize_and_explain
>>> normalize("會員共計１４３８人,建會率達到84.7%")
'会员共计1438人，建会率达到84.7%'
>>> text, changes = normalize_and_explain("關(guān)于")
>>> text, [c.step for c in changes]
('关于', ['strip_pinyin', 'to_simplified'])
"""

from __future__ import annotations

from ..textedit import Change, Step, TrackedText
from .codec import fix_codec_confusion, repair_gbk_damage
from .compat import fix_compatibility_forms
from .escapes import unescape_html, unescape_json
from .furniture import join_broken_paragraphs, remove_furniture
from .layout import undo_letter_spacing, undo_page_layout
from .markup import strip_bbcode, strip_markdown
from .ocr import fix_ocr_confusions
from .ocr_punctuation import fix_ocr_punctuation
from .paragraphs import collapse_blank_lines, split_merged_columns
from .pinyin import strip_pinyin
from .punctuation import fix_corner_quotes, fix_fullwidth, fix_group_commas, fix_punctuation, fix_spacing
from .script import fix_taiwan_wording, has_traditional, to_simplified
from .spinning import flag_spun_synonyms
from .symbols import strip_emoji, strip_invisible

__all__ = ["MARKUP_STEPS", "REPAIR_STEPS", "CLEANUP_STEPS", "simplify_script", "normalize_tracked", "normalize", "normalize_and_explain"]

#: Invisible anti-copy characters (zero-width, soft hyphen), the escapes of a JSON string and of HTML
#: escaped twice (\u4e09, &amp;nbsp;, &lt;br&gt;), forum markup (BBCode tags) and emoji go first of
#: all: none is a character of the report, and the pinyin and codec steps must see the characters
#: they stood between side by side (nèi)[/list]下, (dòng😀), 3\u200b126人).  JSON goes before HTML
#: (a JSON string may carry escaped tags: \u003cbr\u003e) and again after it (the tags between two
#: escapes hid the run that shows JSON); a page without a backslash pays a str.find each time.
#: A fax's OCR punctuation (一`民主管理, 新成效0, ﹐) is restored before the Markdown step, which
#: would take its backticks for code marks (a page without ﹐ ` ' or o at a line's end: four ``in`` tests).
MARKUP_STEPS: tuple[Step, ...] = (strip_invisible, unescape_json, unescape_html, unescape_json, strip_bbcode, fix_ocr_punctuation, strip_markdown, strip_emoji)

#: Undo damage to the characters themselves; these need the text as it came (the compatibility forms
#: of a PDF copy, ⼯ for 工, before the script step, which must see the everyday character).
REPAIR_STEPS: tuple[Step, ...] = (fix_codec_confusion, repair_gbk_damage, strip_pinyin, fix_compatibility_forms)

#: Tidy the simplified text: a letter-spaced PDF copy's blank after every character (first: every
#: later rule reads figures and lines, 1 2 8 6 人 is none), page layout (line numbers, quote prefixes, a page flattened onto one
#: line: first, while the blanks that carry the evidence are as the copy had them), columns printed
#: side by side, punctuation, width, quotation marks, spacing, furniture, paragraphs, OCR character confusions (己建成, 年未，: judged in the text as it
#: stands at last, the scan's spaces gone, furniture cut and lines joined, so that a second pass agrees);
#: then report words a rewriting tool swapped in (flags, one certain repair).
#: Punctuation and spacing are fixed again after furniture is cut and lines are
#: joined: a cut or a join can bring a half-width mark beside Chinese ("(" + newline
#: + "。"), and normalising must be idempotent.  The full-width commas between digit groups become
#: ASCII after the last spacing step (a blank it removes may bring a group beside one).  (The lines a join or a gap break makes
#: meet the furniture rows, and pinyin debris a gap break brings beside Chinese goes, in the
#: paragraph step itself: :func:`~reportmine.normalize.furniture.join_broken_paragraphs`.)
#: Markdown is stripped once more after the joins, for markup the first pass could not see: pinyin
#: debris before a table rule ((qū)|---|), a heading's hashes before one (## |---|), bold marks a join
#: or the spacing step brought together; a second normalisation would strip it (a page without
#: ``##``, ``|---`` or ``**`` pays one scan).
CLEANUP_STEPS: tuple[Step, ...] = (
    undo_letter_spacing,
    undo_page_layout,
    split_merged_columns,
    fix_punctuation,
    fix_fullwidth,
    fix_corner_quotes,
    fix_spacing,
    remove_furniture,
    join_broken_paragraphs,
    strip_markdown,
    fix_punctuation,
    fix_spacing,
    fix_group_commas,
    fix_ocr_confusions,
    collapse_blank_lines,
    flag_spun_synonyms,
)


def simplify_script(t: TrackedText) -> TrackedText:
    """Traditional → simplified, then Taiwan-style wording (网路, 程式, 支援 …) undone.

    The wording is only undone in text that arrived in traditional script: in a
    mainland text 支援 may be meant.
    """
    was_traditional = has_traditional(t.text)
    t = t.run((to_simplified,))
    return t.run((fix_taiwan_wording,)) if was_traditional else t


def normalize_tracked(text: str | TrackedText) -> TrackedText:
    """Normalise ``text``; keep the offset map and the change log.

    The steps run one call each, the result replacing the text before it, so that only the text
    a step reads (its offset map and log) is held while it runs, not every earlier stage's (a
    long page holds 8 bytes a character of map per stage, and a Traditional page's log).
    """
    t = text if isinstance(text, TrackedText) else TrackedText(text)
    for step in MARKUP_STEPS + REPAIR_STEPS:
        t = t.run((step,))
    t = simplify_script(t)
    for step in CLEANUP_STEPS:
        t = t.run((step,))
    return t


def normalize(text: str) -> str:
    """The normalised form of ``text`` (idempotent: ``normalize(normalize(t)) == normalize(t)``)."""
    return normalize_tracked(text).text


def normalize_and_explain(text: str) -> tuple[str, list[Change]]:
    """Normalised text and the list of changes made (ftfy's ``fix_and_explain``)."""
    t = normalize_tracked(text)
    return t.text, list(t.changes)
