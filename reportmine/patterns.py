r"""How Python's ``re`` reads a pattern: its parse tree, for the modules that find, from a cue or
furniture pattern itself, the strings or characters every match must hold (so a pattern is
searched only where they occur).

The parser is private to the standard library (``re._parser`` from Python 3.11, ``sre_parse``
before); it is reached only here.

>>> tree = parse("(?:不足|超过)[0-9]+人")
>>> tree is not None and len(tree) > 0
True
>>> parse(r"\p{Han}+") is None  # what only ``regex`` reads: None, the caller scans it whole
True
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["parse", "sre"]


@lru_cache(maxsize=1)
def sre():
    """``(parser, constants)``: the standard library's modules that read a pattern."""
    try:
        from re import _constants as constants, _parser as parser
    except ImportError:  # pragma: no cover - Python before 3.11
        import sre_constants as constants  # type: ignore[no-redef]
        import sre_parse as parser  # type: ignore[no-redef]
    return parser, constants


def parse(pattern: str):
    """The parse tree of ``pattern`` as Python's ``re`` reads it, or None where ``re`` cannot read
    it (syntax only the ``regex`` module knows)."""
    try:
        return sre()[0].parse(pattern)
    except Exception:  # noqa: BLE001 - any syntax Python's re does not read
        return None
