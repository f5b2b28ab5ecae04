r"""OCR punctuation: a fax's or a scan's OCR reads Chinese punctuation as Latin marks.

， comes out as ``,`` or ``﹐``, 。 as ``o`` or ``0`` at a sentence's end, 、 as `````` or ``'`` (the
heading markers too: ``一`民主管理``), so a page loses its sentence ends (``986人0`` reads as a
figure 0) and its headings.  The rows of ``data/ocr_punctuation.tsv`` undo it, each only where no real
text has the form; they are tried only on a page that shows the damage twice at least
(:data:`OCR_PUNCTUATION_EVIDENCE`), so that a page with one stray mark keeps it.  A page without
``﹐``, a backtick, an apostrophe or ``o`` ending a line pays four ``in`` tests.

It runs before the markup step, which would take a backtick for Markdown's code mark.

>>> from reportmine.textedit import TrackedText
>>> t = "2025年﹐工会取得新成效0\n一`民主管理\n采纳87条,创造效益326万元0通过0A系统公开45条o\n事故率为0\n"
>>> print(TrackedText(t).run([fix_ocr_punctuation]).text)
2025年，工会取得新成效。
一、民主管理
采纳87条,创造效益326万元。通过OA系统公开45条。
事故率为0
<BLANKLINE>
>>> fix_ocr_punctuation("事故率为0\n团结带领职工﹐取得成效。")
[]
"""

from __future__ import annotations

import re

from ..textedit import Edit
from .ocr import confusion_edits, read_confusions

__all__ = ["OCR_PUNCTUATION_EVIDENCE", "MIN_EVIDENCE", "fix_ocr_punctuation"]

#: The marks of OCR'd punctuation: a small comma, a heading marker with ` or ', an o ending a
#: Chinese sentence at a line's end.
OCR_PUNCTUATION_EVIDENCE = re.compile(r"﹐|^[一二三四五六七八九十]{1,2}[`'](?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff%])o$", re.M)
#: A page shows the damage this many times at least before any row is tried.
MIN_EVIDENCE = 2


def fix_ocr_punctuation(text: str) -> list[Edit]:
    """Edits restoring the punctuation of ``data/ocr_punctuation.tsv`` on a page showing OCR damage."""
    if "﹐" not in text and "`" not in text and "'" not in text and "o\n" not in text and not text.endswith("o"):
        return []
    found = 0
    for _ in OCR_PUNCTUATION_EVIDENCE.finditer(text):
        found += 1
        if found >= MIN_EVIDENCE:
            break
    else:
        return []
    return confusion_edits(text, read_confusions("ocr_punctuation.tsv"), "OCR punctuation")
