"""A plain-text outline of an article's headings and parts (``reportmine outline FILE``).

>>> from reportmine.sections import parse_sections
>>> text = "总结如下：\\n一、抓学习\\n（一）学理论。正文。\\n二、下一步打算\\n一是继续。"
>>> parts, roots = parse_sections(text)
>>> print(format_outline("区总工会工作总结", parts, roots))
区总工会工作总结
一、抓学习  [summary]
  （一）学理论
二、下一步打算  [plan]
"""

from __future__ import annotations

from typing import Sequence

from .model import Part, Section, iter_sections

__all__ = ["format_outline"]

MAX_HEADING = 60


def _clip(s: str, n: int = MAX_HEADING) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def format_outline(title: str, parts: Sequence[Part], sections: Sequence[Section], indent: str = "  ") -> str:
    """One line per heading, indented by depth, with the part's role where it changes.

    A part that holds no heading (a lead-in paragraph such as 肯定成绩的同时…不足)
    gets a line of its own: ``[problems] (no heading, 1200–1350)``.

    >>> print(format_outline("t", [Part("summary", 0, 5), Part("problems", 5, 9)], []))
    t
    [summary] (no heading, 0–5)
    [problems] (no heading, 5–9)
    """
    heads = list(iter_sections(sections))
    events: list[tuple[int, int, str]] = []  # (position, order, line)
    shown = None
    hi = 0
    for pi, p in enumerate(parts):
        inside = []
        while hi < len(heads) and heads[hi].start < p.end:
            if heads[hi].start >= p.start:
                inside.append(heads[hi])
            hi += 1
        if not inside:
            events.append((p.start, 0, f"[{p.role}] (no heading, {p.start}–{p.end})"))
            shown = p.role
            continue
        if pi > 0 and inside[0].start > p.start and shown != p.role:
            # text before the part's first heading belongs to the part: announce it there
            events.append((p.start, 0, f"[{p.role}]"))
            shown = p.role
        for h in inside:
            line = f"{indent * (h.depth - 1)}{h.marker}{_clip(h.heading)}"
            if h.part != shown:
                line += f"  [{h.part}]"
                shown = h.part
            events.append((h.start, 1, line))
    # headings outside every part (should not happen: parts cover the text)
    for h in heads[hi:]:
        events.append((h.start, 1, f"{indent * (h.depth - 1)}{h.marker}{_clip(h.heading)}"))
    events.sort(key=lambda e: (e[0], e[1]))
    return "\n".join([title] + [e[2] for e in events])
