"""OCR character confusions: a scan's OCR text reads one character for another of the same shape.

Which one was printed the words around it decide (目前己建成 is 已建成, 截至年未， is 年末); the
confusions live in ``data/ocr_confusions.tsv``, each row fixing its wrong form only where that form
is no word (自己, 未来, 末尾 stay).  A page without the characters a row needs costs one ``in``
test a row.

>>> from reportmine.textedit import TrackedText
>>> TrackedText("截至年未，目前己建成站点27个，尚末建会的企业仍有200家。1月9曰召开。").run([fix_ocr_confusions]).text
'截至年末，目前已建成站点27个，尚未建会的企业仍有200家。1月9日召开。'
>>> fix_ocr_confusions("自己的未来，末尾一段，子曰。")
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..tables import read_table
from ..textedit import Edit

__all__ = ["Confusion", "read_confusions", "confusion_edits", "ocr_confusions", "fix_ocr_confusions"]


@dataclass(frozen=True)
class Confusion:
    """One row of ``data/ocr_confusions.tsv``."""

    pattern: re.Pattern
    replacement: str
    needs: tuple[str, ...]
    example: str
    note: str


@lru_cache(maxsize=4)
def read_confusions(name: str) -> tuple[Confusion, ...]:
    """A table of confusions in the columns of ``data/ocr_confusions.tsv`` (``name`` in data/), compiled
    (patterns multi-line: ``^`` and ``$`` match at line ends)."""
    return tuple(
        Confusion(re.compile(r["pattern"], re.M), r["replacement"], tuple(r["needs"].split("|")), r["example"], r["note"])
        for r in read_table(name, __package__)
    )


def ocr_confusions() -> tuple[Confusion, ...]:
    """The table ``data/ocr_confusions.tsv``, compiled."""
    return read_confusions("ocr_confusions.tsv")


def confusion_edits(text: str, rows: tuple[Confusion, ...], label: str) -> list[Edit]:
    """Edits replacing every match of ``rows`` whose needed strings ``text`` holds, each noted
    ``label: <the row's note>``; where two meet, the first kept."""
    edits: list[Edit] = []
    for c in rows:
        if not any(n in text for n in c.needs):
            continue
        edits.extend(Edit(m.start(), m.end(), c.replacement, f"{label}: {c.note}") for m in c.pattern.finditer(text))
    edits.sort(key=lambda e: (e.start, e.end))
    return [e for i, e in enumerate(edits) if not i or e.start >= edits[i - 1].end]


def fix_ocr_confusions(text: str) -> list[Edit]:
    """Edits replacing the OCR confusions of ``data/ocr_confusions.tsv`` (each logged with its row's note)."""
    return confusion_edits(text, ocr_confusions(), "OCR confusion")
