"""HTML views for Jupyter: the ``_repr_html_`` of Document, Article, Record and SectionTree.

Each view is short (a long article shows its outline and its first paragraphs, with a note
of how much is cut; every repr stays well under 30 kB), self-contained (one small ``<style>``
block, no external CSS or JavaScript) and escapes every piece of text it shows: a report that
holds ``<script>`` shows it as text.

Every figure in the text is a ``<mark>`` whose ``title`` (shown on hover) says its metric,
value, unit, aspect, subject, period and flags; flagged figures are outlined in red and listed.

>>> import reportmine
>>> html = reportmine.extract("全年新发展会员680人，其中<35岁的青年会员210人。")[0]._repr_html_()
>>> "&lt;35岁" in html and "<35岁" not in html
True

:func:`use_cjk_font` makes matplotlib draw Chinese labels (see the archive notebook).
"""

from __future__ import annotations

import html as _html
from collections import Counter
from collections.abc import Iterable, Sequence

from .model import Article, Document, Part, Record, Section, SectionTree

__all__ = ["document_html", "article_html", "record_html", "sections_html", "use_cjk_font", "cjk_font_path"]

#: an article view shows at most this many paragraphs, this many characters of text,
#: this many headings in its outline and this many flagged figures in its list
MAX_PARAGRAPHS = 12
MAX_TEXT_CHARS = 3000
MAX_HEADINGS = 40
MAX_FLAGGED = 12
#: a document view shows this many articles in full, the rest as one line each
MAX_ARTICLES = 6
MAX_LISTED_ARTICLES = 40
MAX_HEADING_CHARS = 50
MAX_EVIDENCE_CHARS = 240

ASPECT_COLOURS = {
    "total": "#fff2a8",
    "new": "#c8f0c0",
    "part": "#cfe4ff",
    "change": "#ecd6ff",
    "target": "#ffd9b3",
}
FLAG_COLOUR = "#c62828"
PART_COLOURS = {"summary": "#e8eef7", "experience": "#e6f4ea", "problems": "#fde8e8", "plan": "#fff4e0"}

_STYLE = (
    "<style>"
    ".rm{font-family:sans-serif;font-size:13px;line-height:1.5;max-width:60em}"
    ".rm h4{margin:.3em 0;font-size:14px}"
    ".rm .rm-meta{color:#555;font-size:12px}"
    ".rm .rm-note{color:#777;font-style:italic;font-size:12px}"
    ".rm .rm-badge{display:inline-block;padding:0 .4em;margin:0 .15em;border-radius:3px;font-size:11px;"
    "background:#eee;color:#333;white-space:nowrap}"
    ".rm mark{padding:0 1px;border-radius:2px;color:inherit}"
    ".rm mark.rm-target{border-bottom:2px dashed #b26a00}"
    ".rm .rm-parts{display:flex;height:14px;margin:.3em 0;font-size:10px;line-height:14px}"
    ".rm .rm-parts span{overflow:hidden;white-space:nowrap;padding-left:2px;border-right:1px solid #fff}"
    ".rm ul.rm-outline{list-style:none;margin:.2em 0;padding-left:0}"
    ".rm ul.rm-outline li{margin:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}"
    ".rm .rm-text p{margin:.25em 0}"
    ".rm .rm-text p.rm-h{font-weight:bold}"
    ".rm table{border-collapse:collapse;font-size:12px}"
    ".rm td,.rm th{padding:1px 6px;text-align:left;border-bottom:1px solid #eee;vertical-align:top}"
    ".rm details{margin:.4em 0;border-left:3px solid #ddd;padding-left:.6em}"
    "</style>"
)


def _e(s) -> str:
    """HTML-escaped text (quotes too, so the result is safe inside an attribute)."""
    return _html.escape("" if s is None else str(s), quote=True)


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _num(v) -> str:
    if v is None:
        return ""
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.4g}"


def _value(r: Record) -> str:
    high = f"–{_num(r.high)}" if r.high is not None else ""
    return f"{_num(r.value)}{high} {r.unit}"


def _badge(text: str, cls: str = "", colour: str = "", fg: str = "") -> str:
    # colours inline too: viewers that drop <style> (an untrusted notebook, a code host's preview) keep them
    style = f' style="background:{colour}{f";color:{fg}" if fg else ""}"' if colour else ""
    return f'<span class="rm-badge {cls}"{style}>{_e(text)}</span>'


def _flags(flags: Iterable[str]) -> str:
    return "".join(_badge("⚑ " + f, "rm-flag", FLAG_COLOUR, "#fff") for f in flags)


def _wrap(body: str) -> str:
    return f'{_STYLE}<div class="rm">{body}</div>'


def figure_title(r: Record) -> str:
    """The hover text of a highlighted figure (plain text, not yet escaped)."""
    bits = [f"{r.metric} = {_value(r)} ({r.mention})", f"aspect: {r.aspect}", f"qualifier: {r.qualifier}"]
    if r.subject:
        bits.append(f"subject: {r.subject}")
    if r.period:
        bits.append(f"period: {r.period}")
    if r.flags:
        bits.append("flags: " + ", ".join(r.flags))
    if r.duplicate_of:
        bits.append(f"duplicate of: {r.duplicate_of}")
    return "\n".join(bits)


def _mark(r: Record, text: str) -> str:
    cls = ["rm-fig", f"rm-{r.aspect}"]
    if r.flags:
        cls.append("rm-flagged")
    if r.aspect == "target":
        cls.append("rm-target")
    style = f"background:{ASPECT_COLOURS.get(r.aspect, '#eee')}"
    if r.flags:
        style += f";outline:2px solid {FLAG_COLOUR}"
    return (f'<mark class="{" ".join(_e(c) for c in cls)}" style="{style}" '
            f'data-metric="{_e(r.metric)}" data-start="{r.start}" title="{_e(figure_title(r))}">{_e(text)}</mark>')


def highlight(text: str, spans: Sequence[tuple[int, int, Record]], start: int = 0, end: int | None = None) -> str:
    """``text[start:end]`` escaped, each (s, e, record) span in it wrapped in a ``<mark>``.

    Spans that overlap an earlier one are not marked again (their record is still listed
    in the article's tables); spans reaching outside the window are not marked.
    """
    end = len(text) if end is None else end
    out = []
    pos = start
    for s, e, r in sorted(spans, key=lambda x: (x[0], -x[1])):
        if s < pos or e > end or s >= e:
            continue
        out.append(_e(text[pos:s]))
        out.append(_mark(r, text[s:e]))
        pos = e
    out.append(_e(text[pos:end]))
    return "".join(out)


def _legend() -> str:
    return " ".join(_badge(a, colour=c) for a, c in ASPECT_COLOURS.items())


# ---------------------------------------------------------------- outline

def _heading_items(sections: Iterable[Section], limit: int) -> tuple[str, int]:
    """``<li>`` lines for the headings, indented by depth, with the part's role where it changes."""
    items = []
    shown = None
    n = 0
    for s in sections:
        n += 1
        if len(items) >= limit:
            continue
        role = ""
        if s.part and s.part != shown:
            role = _badge(s.part, colour=PART_COLOURS.get(s.part, ""))
            shown = s.part
        items.append(f'<li style="padding-left:{(s.depth - 1) * 1.2:.1f}em">'
                     f'{_e(s.marker)}{_e(_clip(s.heading, MAX_HEADING_CHARS))} {role}</li>')
    return "".join(items), n


def _outline(sections: Iterable[Section], limit: int = MAX_HEADINGS) -> str:
    items, n = _heading_items(sections, limit)
    if not n:
        return '<div class="rm-note">no headings</div>'
    cut = f'<div class="rm-note">… {n - limit} more headings not shown</div>' if n > limit else ""
    return f'<ul class="rm-outline">{items}</ul>{cut}'


def _parts_bar(parts: Sequence[Part], length: int) -> str:
    if not parts or length <= 0:
        return ""
    spans = []
    for p in parts:
        w = max(0.0, (min(p.end, length) - p.start) * 100.0 / length)
        spans.append(f'<span style="width:{w:.2f}%;background:{PART_COLOURS.get(p.role, "#eee")}" '
                     f'title="{_e(f"{p.role} {p.start}–{p.end}")}">{_e(p.role)}</span>')
    return f'<div class="rm-parts">{"".join(spans)}</div>'


def sections_html(tree: SectionTree | Sequence[Section]) -> str:
    """An article's heading tree: one line per heading, indented, with its part."""
    secs = list(tree) if isinstance(tree, SectionTree) else [s for r in tree for s in r.walk()]
    head = f"<h4>SectionTree: {len(secs)} sections</h4>"
    return _wrap(head + _outline(secs, limit=4 * MAX_HEADINGS))


# ---------------------------------------------------------------- records

def _evidence(r: Record, width: int = MAX_EVIDENCE_CHARS) -> str:
    """The record's sentence, escaped, its mention marked (clipped to ``width`` around the mention)."""
    ev = r.evidence or ""
    i = r.start - r.sentence_start if r.sentence_start >= 0 else -1
    if not (0 <= i and ev[i:i + len(r.mention)] == r.mention):
        i = ev.find(r.mention) if r.mention else -1
    if i < 0:
        return _e(_clip(ev, width))
    j = i + len(r.mention)
    lo = max(0, i - width // 2)
    hi = min(len(ev), j + width // 2)
    pre = "…" if lo else ""
    post = "…" if hi < len(ev) else ""
    return pre + highlight(ev, [(i, j, r)], lo, hi) + post


def _rows(pairs: Iterable[tuple[str, str]]) -> str:
    return "".join(f"<tr><th>{_e(k)}</th><td>{v}</td></tr>" for k, v in pairs)


def record_html(r: Record) -> str:
    """One figure: what it counts, its sentence with the mention marked, where it stands."""
    head = (f"<h4>{_e(r.metric)} {_e(_value(r))} {_badge(r.aspect, colour=ASPECT_COLOURS.get(r.aspect, ''))}"
            f"{_flags(r.flags)}</h4>")
    where = f"{r.doc_id} #{r.article} · text {r.start}–{r.end} · raw {r.raw_start}–{r.raw_end}"
    meta = " · ".join(str(x) for x in (r.title, r.year, r.org_level, r.report_type, r.path) if x not in ("", None))
    rows = [
        ("mention", _e(r.mention)),
        ("value", _e(f"{_value(r)} (raw unit {r.raw_unit}, {r.qualifier})")),
        ("subject", _e(r.subject)),
        ("period", _e(r.period or "")),
        ("part / section", _e(f"{r.part} / {r.section}")),
        ("sentence", _evidence(r)),
        ("where", _e(where)),
    ]
    if meta:
        rows.append(("article", _e(meta)))
    if r.why:
        rows.append(("why", _e(_clip(r.why, 200))))
    if r.flags:
        rows.append(("flags", _flags(r.flags)))
    if r.duplicate_of:
        rows.append(("duplicate of", _e(r.duplicate_of)))
    return _wrap(f"{head}<table>{_rows(rows)}</table>")


def _metric_counts(records: Sequence[Record]) -> str:
    if not records:
        return '<div class="rm-note">no figures</div>'
    counts = Counter(r.metric for r in records)
    cells = " ".join(f"{_e(m)}&nbsp;{n}" for m, n in counts.most_common())
    return f'<div class="rm-meta">figures by metric: {cells}</div>'


def _flagged(records: Sequence[Record]) -> str:
    flagged = [r for r in records if r.flags]
    if not flagged:
        return ""
    rows = "".join(f"<tr><td>{_flags(r.flags)}</td><td>{_e(r.metric)}</td><td>{_e(r.mention)}</td>"
                   f"<td>@{r.start}</td><td>{_evidence(r, 50)}</td></tr>"
                   for r in flagged[:MAX_FLAGGED])
    more = f'<div class="rm-note">… {len(flagged) - MAX_FLAGGED} more flagged</div>' if len(flagged) > MAX_FLAGGED else ""
    return f"<details open><summary>{len(flagged)} flagged figures</summary><table>{rows}</table>{more}</details>"


# ---------------------------------------------------------------- articles

def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _safe_cut(cut: int, spans: Sequence[tuple[int, int, Record]]) -> int:
    """``cut`` moved back so that it does not fall inside a figure."""
    for s, e, _ in spans:
        if s < cut < e:
            cut = s
    return cut


def _text(art: Article, max_paragraphs: int, max_chars: int) -> str:
    spans = [(r.start, r.end, r) for r in art.records if 0 <= r.start < r.end <= len(art.text)]
    spans.sort(key=lambda x: x[0])
    paras = _paragraph_bounds(art.text)
    # a line that is only a heading is shown bold (a heading run into its body is not)
    heads = {art.text.rfind("\n", 0, s.heading_start) + 1: s.heading_end for s in art.sections}
    shown = []
    budget = max_chars
    end_shown = 0
    for k, (s, e) in enumerate(paras):
        if k >= max_paragraphs or budget <= 0:
            break
        cut = e if e - s <= budget else _safe_cut(s + budget, spans)
        inside = [x for x in spans if s <= x[0] and x[1] <= cut]
        tail = "…" if cut < e else ""
        cls = ' class="rm-h"' if heads.get(s, -9) >= e - 2 else ""
        shown.append(f'<p{cls} data-start="{s}">{highlight(art.text, inside, s, cut)}{tail}</p>')
        budget -= cut - s
        end_shown = cut
        if cut < e:
            break
    left_paras = sum(1 for s, _ in paras if s >= end_shown)
    if end_shown < (paras[-1][1] if paras else 0):
        n_fig = sum(1 for x in spans if x[0] >= end_shown)
        shown.append(f'<div class="rm-note">… cut here: {len(art.text) - end_shown:,} of {len(art.text):,} '
                     f"characters, {left_paras} more paragraphs and {n_fig} more figures not shown "
                     f"(see art.text, art.records)</div>")
    return f'<div class="rm-text">{"".join(shown)}</div>'


def _article_head(art: Article, with_title: bool = True) -> str:
    md = art.metadata
    meta = [art.doc_id, f"#{art.index}"]
    if md:
        meta += [str(md.year or "year ?"), md.org_level or "level ?", md.report_type]
    meta += [f"{len(art.text):,} chars", f"{len(art.sections)} sections", f"{len(art.records)} figures"]
    n_flag = sum(1 for c in art.changes if c.flag)
    if n_flag:
        meta.append(f"{n_flag} doubtful spots flagged by the normaliser")
    flags = _flags(sorted({f for r in art.records for f in r.flags}))
    title = f"<h4>{_e(art.title or '(untitled)')}{flags}</h4>" if with_title else flags
    return f'{title}<div class="rm-meta">{_e(" · ".join(meta))}</div>'


def _article_body(art: Article, max_paragraphs: int, max_chars: int, max_headings: int,
                  with_title: bool = True) -> str:
    return (_article_head(art, with_title)
            + _parts_bar(art.parts, len(art.text))
            + f"<details open><summary>outline</summary>{_outline(art.sections, max_headings)}</details>"
            + _metric_counts(art.records)
            + _flagged(art.records)
            + f'<div class="rm-meta">figures by aspect (hover a figure for its metric and value): {_legend()}</div>'
            + _text(art, max_paragraphs, max_chars))


def article_html(art: Article) -> str:
    """An article: metadata, parts, outline, figure counts, flagged figures, the first paragraphs."""
    return _wrap(_article_body(art, MAX_PARAGRAPHS, MAX_TEXT_CHARS, MAX_HEADINGS))


def document_html(doc: Document) -> str:
    """A source file: how it was read, then each article (the first few in short, the rest as lines)."""
    src = doc.source
    head = (f"<h4>{_e(src.name)}</h4><div class=\"rm-meta\">"
            f"{_e(f'{src.encoding} · {src.format} · {len(src.text):,} source chars · {len(doc.articles)} articles · {len(doc.records)} figures')}"
            "</div>")
    if src.notes:
        head += f'<div class="rm-note">{_e("; ".join(_clip(n, 120) for n in src.notes[:5]))}</div>'
    if doc.leftover:
        chars = sum(len(t) for _, _, t in doc.leftover)
        head += (f'<div class="rm-note">{chars:,} characters outside every article (doc.leftover): '
                 f"{_e(_clip(doc.leftover[0][2], 80))}</div>")
    n = len(doc.articles)
    shown = doc.articles[:MAX_ARTICLES]
    # the text budget is shared: a page of many articles shows less of each
    chars = max(600, MAX_TEXT_CHARS * 2 // max(1, len(shown)))
    paras = max(3, MAX_PARAGRAPHS // max(1, len(shown)) + 2)
    heads = max(8, MAX_HEADINGS // max(1, len(shown)))
    blocks = []
    for k, art in enumerate(shown):
        opened = " open" if k == 0 else ""
        blocks.append(f"<details{opened}><summary>{_e(f'#{art.index} {_clip(art.title, 60)}')}</summary>"
                      f"{_article_body(art, paras, chars, heads, with_title=False)}</details>")
    rest = doc.articles[MAX_ARTICLES:]
    if rest:
        lines = "".join(f"<li>{_e(f'#{a.index} {_clip(a.title, 60)} · {len(a.records)} figures')}</li>"
                        for a in rest[:MAX_LISTED_ARTICLES])
        more = (f'<div class="rm-note">… and {len(rest) - MAX_LISTED_ARTICLES} more (doc.articles)</div>'
                if len(rest) > MAX_LISTED_ARTICLES else "")
        blocks.append(f"<details><summary>{len(rest)} more articles</summary><ul>{lines}</ul>{more}</details>")
    if not n:
        blocks.append('<div class="rm-note">no articles</div>')
    return _wrap(head + "".join(blocks))


# ---------------------------------------------------------------- charts

#: fonts with Chinese glyphs, best first: the pip package ``mplfonts`` (extra ``notebooks``)
#: ships Noto Sans CJK SC; a system Noto/Source Han/WenQuanYi font is used where installed
CJK_FONT_FILES = ("NotoSansCJKsc-Regular.otf", "SourceHanMonoSC-Regular.otf", "SimHei.ttf")
CJK_FONT_NAMES = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
                  "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimHei", "Microsoft YaHei", "PingFang SC")


def cjk_font_path() -> str | None:
    """Path of a font file with Chinese glyphs, or None (pip extra ``notebooks`` brings one)."""
    import importlib.util
    import pathlib

    spec = importlib.util.find_spec("mplfonts")
    if spec and spec.submodule_search_locations:
        for loc in spec.submodule_search_locations:
            for name in CJK_FONT_FILES:
                p = pathlib.Path(loc) / "fonts" / name
                if p.is_file():
                    return str(p)
    from matplotlib import font_manager

    by_name = {f.name: f.fname for f in font_manager.fontManager.ttflist}
    for name in CJK_FONT_NAMES:
        if name in by_name:
            return by_name[name]
    return None


def use_cjk_font() -> str:
    """Make matplotlib draw Chinese labels; returns the font family name used.

    Registers the font file of :func:`cjk_font_path` and puts it first in ``font.sans-serif``,
    with DejaVu Sans behind it for any glyph it lacks (e.g. the minus sign).
    Raises RuntimeError when no such font is installed: ``pip install 'reportmine[notebooks]'``.
    """
    import matplotlib
    from matplotlib import font_manager

    path = cjk_font_path()
    if path is None:
        raise RuntimeError("no font with Chinese glyphs found: pip install 'reportmine[notebooks]' "
                           "(brings mplfonts, which ships Noto Sans CJK SC) or install fonts-noto-cjk")
    font_manager.fontManager.addfont(path)
    name = font_manager.FontProperties(fname=path).get_name()
    matplotlib.rcParams["font.family"] = ["sans-serif"]
    matplotlib.rcParams["font.sans-serif"] = [name, "DejaVu Sans"]
    return name
