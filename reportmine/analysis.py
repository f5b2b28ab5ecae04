"""A tidy summary of a records frame: one row per article for the questions analysts ask first.

:func:`summary` answers "how many members, how many new, what coverage, how much relief to whom"
per article, from figures it can trust: totals (or new counts) only, never a subset (``part``), a
year-on-year change or a plan target, and no figure validation flagged; it never adds percentages,
nor people to households.  Which figures feed which column is data:
``reportmine/data/summary_columns.tsv``.

>>> import reportmine
>>> text = ("镇总工会2023年工作总结\\n一、组织建设\\n全镇共有会员3200人，其中农民工会员1250人，今年新发展会员410人，"
...         "职工入会率达到92.5%，比上年提高1.5个百分点。\\n二、帮扶\\n慰问困难职工85人、困难户12户，发放慰问金6.8万元，"
...         "另发放助学金1.2万元。\\n三、下一步打算\\n力争新发展会员500人。")
>>> s = summary(reportmine.records_frame(reportmine.parse_text(text, name="town")))
>>> row = s.iloc[0]
>>> int(row.members), int(row.new_members), float(row.membership_rate), float(row.relief_amount)
(3200, 410, 92.5, 80000.0)
>>> int(row.relief_people), int(row.relief_households), int(row.n_targets)
(85, 12, 1)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .tables import read_table

__all__ = ["summary", "summary_columns", "SummaryColumn", "ARTICLE_KEYS"]

#: the columns that identify and describe an article, first in every summary row
ARTICLE_KEYS = ("doc_id", "article", "path", "title", "year", "org_level", "report_type")
HOW = ("max", "first", "sum")


@dataclass(frozen=True)
class SummaryColumn:
    column: str
    metric: str
    aspect: str
    unit: str
    name: str
    how: str

    @property
    def dtype(self) -> str:
        return "Float64" if self.unit in ("yuan", "percent") else "Int64"


@lru_cache(maxsize=None)
def summary_columns() -> tuple[SummaryColumn, ...]:
    """The rows of ``summary_columns.tsv``, checked (a percent column is never summed).

    >>> [c.column for c in summary_columns()][:2]
    ['members', 'new_members']
    """
    out = []
    for r in read_table("summary_columns.tsv"):
        c = SummaryColumn(r["column"], r["metric"], r["aspect"], r["unit"], r["name"], r["how"])
        if c.how not in HOW or c.aspect not in ("total", "new") or (c.unit == "percent" and c.how == "sum"):
            raise ValueError(f"summary_columns.tsv:{r.line}: how must be one of {HOW} (never sum for percent)"
                             f" and aspect total or new; got {dict(r)!r}")
        if c.name:
            regex.compile(c.name)
        out.append(c)
    return tuple(out)


@lru_cache(maxsize=None)
def _exclusions() -> tuple[tuple[regex.Pattern, regex.Pattern | None], ...]:
    return tuple((regex.compile(f"(?:{r['cue']})$"), regex.compile(r["after"]) if r.get("after") else None)
                 for r in read_table("summary_exclusions.tsv"))


def _per_unit(row) -> bool:
    """True for a figure per head or case, an extreme, an average or a former level (``summary_exclusions.tsv``)."""
    import pandas as pd

    if pd.isna(row.evidence) or pd.isna(row.mention):
        return False
    ev, mention = str(row.evidence), str(row.mention)
    at = -1
    if not pd.isna(row.sentence_start) and not pd.isna(row.start):
        at = int(row.start) - int(row.sentence_start)
    if not (0 <= at and ev.startswith(mention, at)):
        at = ev.find(mention)
    before = regex.split(r"[，,。；;！!？?\n]", ev[max(0, at - 40):max(at, 0)])[-1]
    after = ev[at + len(mention):at + len(mention) + 12] if at >= 0 else ""
    return any(cue.search(before) and (then is None or then.match(after)) for cue, then in _exclusions())


def _names(named: list[SummaryColumn], row, text: str) -> list[tuple[int, str]]:
    """(position, column) of every rate name of ``named`` fitting ``row``'s metric and unit in ``text``."""
    return sorted((m.start(), c.column) for c in named if c.metric == row.metric and c.unit == row.unit
                  for m in regex.finditer(c.name, text))


_PERCENT = regex.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?\s*[%％]")
_CLAUSE = regex.compile(r"[，,。；;！!？?\n]")


def _rate_column(row, named: list[SummaryColumn]) -> str | None:
    """The summary column a rate record's name gives it, or None.

    The rate names of the figure's clause decide (建会率和入会率分别达到95.2%和92.6%: the k-th figure after
    a run of names takes the k-th name; 建会率92%、入会率90%: each the name before it), then its subject,
    then the last rate named before it in its sentence.
    """
    import pandas as pd

    ev = "" if pd.isna(row.evidence) else str(row.evidence)
    at = ev.find(str(row.mention)) if not pd.isna(row.mention) else -1
    before = ev[:at] if at > 0 else ""
    clause = _CLAUSE.split(before)[-1]
    names = _names(named, row, clause)
    if names:  # the last run of names with no figure between them, and the figures since that run
        tokens = sorted([(p, "name", col) for p, col in names] + [(m.start(), "figure", "") for m in _PERCENT.finditer(clause)])
        since = 0
        while tokens and tokens[-1][1] == "figure":
            tokens.pop()
            since += 1
        run = []
        while tokens and tokens[-1][1] == "name":
            run.insert(0, tokens.pop()[2])
        return run[min(since, len(run) - 1)]
    subject = _names(named, row, "" if pd.isna(row.subject) else str(row.subject))
    if subject:
        return subject[0][1]
    last = _names(named, row, before)[-1:]  # 建会率由78%提高到95.3%: the second figure's subject is 提高到
    return last[0][1] if last else None


def _underlying(row) -> str:
    """The aspect a plan target would have as an achievement (its own sentence decides)."""
    from types import SimpleNamespace

    import pandas as pd

    from .aspect import aspect_of

    text = {k: "" if pd.isna(v) else str(v) for k, v in (("evidence", row.evidence), ("mention", row.mention),
                                                        ("raw_unit", row.raw_unit))}
    r = SimpleNamespace(part="", **text)
    return aspect_of(r, skip=("target",))


def summary(frame, *, include_flagged: bool = False, include_targets: bool = False):
    """One row per article: its metadata, then one column per row of ``summary_columns.tsv``.

    ``frame`` is a records frame (:func:`reportmine.records_frame`, :func:`reportmine.read_reports`): one
    row per article with a figure; or Documents / Articles: one row per article, figures or not.  Columns:

    * ``members``, ``unions`` (the largest total), ``new_members``, ``new_unions`` (the largest new count);
    * ``union_rate``, ``membership_rate``, ``contract_rate`` (the first rate of that name);
    * ``relief_amount`` (yuan), ``relief_people``, ``relief_households``, ``relief_person_times``
      (sums of the article's figures, each unit on its own);
    * ``n_records``, ``n_flagged`` (figures left out for a validation flag), ``n_targets`` (plan targets
      left out).

    Amounts per head or per case, extremes, averages (每户发放2000元, 单笔最高, 人均) and former levels
    (由78%提高到…) never feed a column (``summary_exclusions.tsv``).

    ``include_flagged=True`` lets flagged figures in; ``include_targets=True`` lets plan targets feed the
    columns as if they were achieved (to compare, call once with and once without).  Counts are Int64,
    money and rates Float64; an article with no fitting figure has ``pd.NA``.
    """
    import pandas as pd

    from .output import RECORD_SCHEMA, records_frame

    articles = None
    if not isinstance(frame, pd.DataFrame):  # Documents or Articles: every article gets a row, with figures or not
        from .output import articles_frame

        from .model import Article, Document

        items = [frame] if isinstance(frame, (Document, Article)) else list(frame)
        articles = articles_frame(items)
        frame = records_frame(items)
    elif "record_flags" not in frame.columns and "flags" in frame.columns:
        frame = frame.rename(columns={"flags": "record_flags"})
    df = frame.reset_index(drop=True)
    for col in RECORD_SCHEMA:
        if col not in df.columns:
            df[col] = pd.NA
    keys = ["doc_id", "article"]
    flagged = df["record_flags"].map(lambda f: len(f) > 0 if isinstance(f, (list, tuple)) else bool(f) and f == f)
    target = df["aspect"].astype("object").eq("target").fillna(False)
    source = df if articles is None else articles
    base = source[keys + list(ARTICLE_KEYS[2:])].astype({"doc_id": "string"}).drop_duplicates(keys).set_index(keys)
    counts = pd.DataFrame({"n_records": df.groupby(keys, sort=False).size(),
                           "n_flagged": flagged.groupby([df[k] for k in keys], sort=False).sum(),
                           "n_targets": target.groupby([df[k] for k in keys], sort=False).sum()})
    use = df[(include_flagged | ~flagged) & (include_targets | ~target)].copy()
    use = use[[not _per_unit(r) for r in use.itertuples()]] if len(use) else use
    if include_targets:  # a target feeds the column of what it aims at: 新发展会员800人 is new members
        use["aspect"] = [_underlying(r) if r.aspect == "target" else r.aspect for r in use.itertuples()]
    cols = list(summary_columns())
    named = [c for c in cols if c.name]
    rates = use[use["metric"].astype("object").isin({c.metric for c in named})]
    rate_of = {r.Index: _rate_column(r, named) for r in rates.itertuples()}
    result = base.copy()
    for c in cols:
        sel = use[(use["metric"].astype("object") == c.metric) & (use["unit"].astype("object") == c.unit)
                  & (use["aspect"].astype("object") == c.aspect)]
        if c.name:
            sel = sel[[rate_of.get(i) == c.column for i in sel.index]]
        if sel.empty:
            result[c.column] = pd.array([pd.NA] * len(result), dtype=c.dtype)
            continue
        series = getattr(sel.sort_values("start", kind="stable").groupby(keys, sort=False)["value"], c.how)()
        if c.dtype == "Int64":
            series = series.round()
        result[c.column] = series.reindex(result.index).astype(c.dtype)
    for col in counts.columns:
        result[col] = counts[col].reindex(result.index).fillna(0).astype("Int64")
    return result.reset_index()
