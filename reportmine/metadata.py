"""Article metadata: year, level of the reporting union, kind of report.

The cues live in ``data/metadata_cues.tsv``.  The opening of the article (its
first paragraph) is where a report names itself: a self-description there
outranks a title, which is often a collection's or a site's generic label.

>>> md = extract_metadata("乡镇工会上半年工作总结 篇2", "zz乡工会工作在县总工会的领导下，认真工作。\\n一年来，我们…\\n回顾201x年工作，主要得益于…")
>>> md.year, md.org_level, md.report_type
(None, '乡镇', 'annual')
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterator, Sequence

from .model import Metadata, Part
from .tables import read_table

__all__ = ["extract_metadata", "find_year", "find_org_level", "find_report_type", "metadata_cues"]

LEVELS = ("市", "区", "县", "乡镇", "街道", "社区", "村", "企业", "机关", "事业单位", "省", "other")
#: The levels a place names; a trade union of a place (市建筑业工会) has the place's level.
PLACE_LEVELS = ("省", "市", "区", "县", "乡镇", "街道")
REPORT_TYPES = ("half_year", "annual", "plan", "other")

_YEAR_RE = re.compile(r"(?<![\d.．])(19[5-9]\d|20\d\d)(?![\d.．%])")
#: a year in the text that dates the report: not one a span starts at (2016年以来, 2016年起任) nor a year of a
#: person's life in a profile (1978年出生, 1998年参加工作, 2001年入党)
_YEAR_IN_TEXT_RE = re.compile(r"(?<![\d.．])(19[5-9]\d|20\d\d)年(?!以来|来|起|前|之前|开始|\d{1,2}月生|出生|生[人，,、）)]|参加工作|入党|入伍|入职|毕业|退休)")
# words before a union's name in the same clause that make it a superior, not the speaker:
# 在市总工会的领导下, 以县总工会…为指导, 结合区总工会的要求, 配合市总 …
_SUPERIOR_RE = re.compile(r"在|以(?!来|后|前)|结合|根据|按照|配合|会同|向|协助|上级|由(?!于)|受|经(?!济|过)|参加|联合|和|与|及")
_CLAUSE_END = "，。；：！？,;:!?\n"


@dataclass(frozen=True)
class MetadataCue:
    field: str
    where: str
    value: str
    weight: int
    pattern: str


@functools.lru_cache(maxsize=None)
def metadata_cues() -> tuple[MetadataCue, ...]:
    """The rows of ``data/metadata_cues.tsv``, in file order.

    >>> {c.field for c in metadata_cues()} == {"org_level", "report_type", "year"}
    True
    """
    out = []
    for r in read_table("metadata_cues.tsv"):
        ok = (
            (r["field"] == "org_level" and r["value"] in LEVELS and r["where"] in ("name", "self"))
            or (r["field"] == "org_level" and r["where"] == "industry" and r["value"] == "place")
            or (r["field"] == "org_level" and r["where"] == "ending" and r["value"] == "-")
        ) or (
            r["field"] == "report_type" and r["value"] in REPORT_TYPES and r["where"] in ("title", "opening", "body")
        ) or (r["field"] == "year" and r["where"] == "review" and r["value"] == "previous")
        if not ok:
            raise ValueError(f"metadata_cues.tsv:{r.line}: not a known field/where/value: {r}")
        re.compile(r["cue"])
        out.append(MetadataCue(r["field"], r["where"], r["value"], int(r["weight"]) if r["weight"].isdigit() else 0, r["cue"]))
    return tuple(out)


@functools.lru_cache(maxsize=None)
def _name_re() -> tuple[re.Pattern, dict[str, str]]:
    """One regex for every union name (街道总工会, 镇工会, 市总 …) and its level by key.

    A trade union of a place (市建筑业工会, 区教育工会) matches with the place in
    group ``place`` (its level is the place's); any other name with its last word
    in group ``key`` (医院工会 → other, 公司工会 → 企业).

    >>> rx, level = _name_re()
    >>> m = rx.search("市建筑业工会")
    >>> level[m.group("place")]
    '市'
    >>> m = rx.search("市第一人民医院工会")
    >>> m.group("place"), level[m.group("key")]
    (None, 'other')
    >>> level[rx.search("双河村（社区）联合工会").group("key")]
    '村'
    """
    level = {c.pattern: c.value for c in metadata_cues() if c.field == "org_level" and c.where == "name"}
    keys = sorted(level, key=len, reverse=True)
    alt = "|".join(re.escape(k) for k in keys)
    places = "|".join(re.escape(k) for k in keys if level[k] in PLACE_LEVELS)
    trades = "|".join(f"(?:{c.pattern})" for c in metadata_cues() if c.field == "org_level" and c.where == "industry")
    industry = rf"(?P<place>{places})[\u4e00-\u9fff]{{0,6}}?(?:{trades})(?=工会|工委)|" if trades else ""
    endings = "|".join(c.pattern for c in metadata_cues() if c.field == "org_level" and c.where == "ending")
    # every name starts with the first character of a key: one test skips the other positions
    first = "".join(sorted({re.escape(k[0]) for k in keys}))
    # a second name in brackets may stand between the level and the ending (双河村（社区）联合工会): the first names the level
    return re.compile(rf"(?=[{first}])(?:{industry}(?P<key>{alt}))(?P<also>{_ALSO_NAMED})?(?:{endings})"), level


#: A second name in brackets after a union's level word (双河村（社区）, 青山县（区）, 恒达（集团）).
_ALSO_NAMED = r"[（(][\u4e00-\u9fff]{1,4}[）)]"
#: What stands before a class of unions, not one union's name (各街道（乡镇）工会, 现有乡镇（街道）总工会14个).
_CLASS_BEFORE = frozenset("各全有等和及与、的在对向由为个所将把从")


def _names_one_union(s: str, m: re.Match) -> bool:
    """False for a level word with a second name in brackets that names a class of unions: nothing of a
    name stands before it (各街道（乡镇）工会, 现有乡镇（街道）总工会); 双河村（社区）联合工会 names one.

    >>> rx, _ = _name_re()
    >>> [_names_one_union(t, rx.search(t)) for t in ("双河村（社区）联合工会", "组织各街道（乡镇）工会", "镇工会")]
    [True, False, True]
    """
    if not m.group("also"):
        return True
    before = s[m.start() - 1] if m.start() else ""
    return "\u4e00" <= before <= "\u9fff" and before not in _CLASS_BEFORE


@functools.lru_cache(maxsize=None)
def _self_res() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(c.pattern), c.value) for c in metadata_cues() if c.field == "org_level" and c.where == "self")


#: characters of the first paragraph read for its year, level and type
_OPENING = 400


def _opening(text: str, limit: int = _OPENING) -> str:
    nl = text.find("\n")
    return text[: min(limit, nl if nl >= 0 else len(text))]


_SALUTATION_RE = re.compile(r"[^\n。，]{1,16}[：:][ \t]*\n")


def _opening_after_salutation(text: str) -> str:
    """The first paragraph, or the one after a salutation line (各位代表：, 同志们：).

    >>> _opening_after_salutation("各位代表：\\n现在，我向大会报告工作。\\n一、回顾")
    '现在，我向大会报告工作。'
    """
    m = _SALUTATION_RE.match(text)
    return _opening(text[m.end():] if m else text)


#: a year written in Chinese numerals, digit by digit (二〇二四年, 二零二三年度)
_CN_YEAR_RE = re.compile("[一二][〇零○九][〇零○一二三四五六七八九]{2}(?=年)")
_CN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")


def _year_digits(s: str) -> str:
    """``s`` with its years in Chinese numerals written in digits (same length: 二〇二四年 → 2024年).

    >>> _year_digits("截至二〇二四年底，第二十三届")
    '截至2024年底，第二十三届'
    """
    if "〇" not in s and "零" not in s and "○" not in s and "九" not in s:
        return s
    return _CN_YEAR_RE.sub(lambda m: m.group().translate(_CN_DIGITS), s)


def find_year(title: str, text: str) -> int | None:
    """A four-digit year written in the title or the first paragraph (20XX stays None).

    >>> find_year("镇总工会工作报告", "2023年镇总工会在镇党委的领导下…")
    2023
    >>> find_year("区总工会上半年工作总结", "区总工会紧紧围绕20XX年全区工会工作要点…") is None
    True
    >>> find_year("在县总工会全委会议上的工作报告", "各位委员：\\n一、过去一年的工作回顾\\n2023年，县总工会…")
    2023
    >>> find_year("东湖街道总工会二〇二四年工作总结", "")
    2024
    >>> find_year("李秀芬同志先进事迹材料", "李秀芬，女，1978年出生，2016年起任街道总工会副主席，2024年被推荐为候选人。")
    2024
    """
    m = _YEAR_RE.search(_year_digits(title or ""))
    if m:
        return int(m.group(1))
    head = _year_digits(text[:max(_YEAR_LEAD_REACH, _OPENING)])
    m = _YEAR_IN_TEXT_RE.search(_opening(head))
    if m:
        return int(m.group(1))
    m = _YEAR_LEAD_RE.search(head[:_YEAR_LEAD_REACH])
    if m:
        return int(m.group(1))
    tail = _year_digits(text[-_SIGNED_REACH:].rstrip())
    m = next((m for m in _DATE_LINE_RE.finditer(tail) if m.end() == len(tail)), None)
    return int(m.group(1)) if m else None


#: the date under the signature that closes a report (xx镇工会\n2020年7月8日) dates it, and so
#: does a date line under a title (（2021年9月26日）): a date on a line of its own
_SIGNED_REACH = 80
_DATE_LINE_RE = re.compile(r"(?m)^[ \t\u3000（(]*(19[5-9]\d|20\d\d)年\d{1,2}月\d{1,2}日[)）]?[ \t\u3000]*$")


#: A paragraph near the start that opens with its year (after a salutation or a first heading:
#: 各位委员：…一、过去一年的工作回顾\n2023年，县总工会…) names the year reported on.
_YEAR_LEAD_RE = re.compile(r"(?m)^\s*(19[5-9]\d|20\d\d)年度?[，,]")
_YEAR_LEAD_REACH = 600


def _speakers(s: str) -> Iterator[str]:
    """Levels of the unions named in ``s`` as the acting subject (not as a superior), in order."""
    rx, level = _name_re()
    for m in rx.finditer(s):
        cs = m.start()
        while cs > 0 and s[cs - 1] not in _CLAUSE_END:
            cs -= 1
        if not _SUPERIOR_RE.search(s, cs, m.start()) and _names_one_union(s, m):
            yield level[m.group("place") or m.group("key")]


def _speaker_level(s: str) -> str | None:
    """Level of the first union named in ``s`` as the acting subject, or None."""
    return next(_speakers(s), None)


def _self_level(s: str) -> str | None:
    best = None
    for rx, value in _self_res():
        m = rx.search(s)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), value)
    return best[1] if best else None


def find_org_level(title: str, text: str) -> str:
    """Level of the reporting union: its own name or 我X in the opening, else the title, else the body.

    >>> find_org_level("县总工会精神文明工作总结", "今年上半年，市总工会女职工委员会在上级女职委和市总的领导下…")
    '市'
    >>> find_org_level("关于区总工会的上半年工作总结", "今年以来，在区委和市总工会的正确领导下，区总工会紧紧围绕…")
    '区'
    """
    opening = _opening(text)
    found = _speaker_level(opening) or _self_level(opening) or _speaker_level(title or "")
    if found:
        return found
    counts: dict[str, int] = {}
    for rx, value in _self_res():
        counts[value] = counts.get(value, 0) + len(rx.findall(text))
    if counts and max(counts.values()) > 0:
        return max(counts, key=counts.get)
    body = _speaker_level(text[:5000])
    if body:
        return body
    # no union speaks: a body named after its place (街道劳动争议调解中心, 社区服务站) has the place's level
    for s in (title or "", _OPENING_TIME_RE.sub("", opening, count=1)):
        m = _PLACE_PREFIX_RE.match(s)
        if m:
            return _name_re()[1][m.group(1)]
    return "other"


#: a place word opening a title or the opening's subject, after a masked name (xx街道, ＊＊社区)
_PLACE_PREFIX_RE = re.compile(r"[xX×*＊﹡]{0,4}(街道|社区|乡镇|镇|乡|县|区|市|省)(?![委长级])")
#: the time phrase an opening starts with (今年以来，/ 2023年，/ 上半年，)
_OPENING_TIME_RE = re.compile(r"^[^，,。]{0,12}?(以来|年|月|期间|来)[，,]")


@functools.lru_cache(maxsize=None)
def _type_cues(where: str) -> tuple[tuple[str, int, re.Pattern], ...]:
    """(type, weight, compiled cue) of the report_type cues searched in ``where``, in file order."""
    return tuple((c.value, c.weight, re.compile(c.pattern)) for c in metadata_cues()
                 if c.field == "report_type" and c.where == where)


def _scores(where: str, s: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for value, weight, pattern in _type_cues(where):
        if pattern.search(s):
            out[value] = out.get(value, 0) + weight
    return out


def _decide(scores: dict[str, int]) -> str | None:
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


#: a title cue of this weight decides the type whatever the body says (计划 without 总结, 代表大会上的…报告)
_DECISIVE = 5
#: an opening that announces an account of work done (现将全年工作总结如下) outranks a plan title
_SUMMARY_ANNOUNCED = re.compile(r"(工作|情况)?(总结|汇报)如下")


def find_report_type(title: str, text: str, parts: Sequence[Part] = ()) -> str:
    """half_year, annual, plan or other: body evidence first, then the title.

    >>> find_report_type("乡镇工会上半年工作总结 篇4", "现将一年来的工作情况汇报如下，并对下年度的工作做几点意见")
    'annual'
    >>> find_report_type("关于区总工会的上半年工作总结及下一步打算", "今年以来，区总工会…")
    'half_year'
    >>> find_report_type("2024年工会工作计划", "2024年，工会将…")
    'plan'
    >>> find_report_type("工会工作总结 篇2", "2024年，工会将…", (Part("plan", 0, 13),))  # the body outranks a collection title
    'plan'
    """
    title_scores = _scores("title", title or "")
    opening = _opening_after_salutation(text)
    opening_scores = _scores("opening", opening)
    if title_scores.get("other", 0) >= _DECISIVE or opening_scores.get("other", 0) >= _DECISIVE:
        return "other"
    if parts and all(p.role == "plan" for p in parts):
        return "plan"
    if title_scores.get("plan", 0) >= _DECISIVE and not _SUMMARY_ANNOUNCED.search(opening):
        return "plan"
    body = _scores("body", text)
    for k, v in opening_scores.items():
        body[k] = body.get(k, 0) + v
    body.pop("plan", None)
    decided = _decide(body) or _decide(title_scores)
    if decided:
        return decided
    return "annual" if _ACCOUNT_WORD.search((title or "") + _opening(text)) else "other"


_ACCOUNT_WORD = re.compile(r"总结|报告|汇报")


#: A date line under a title in these first months of a year dates a speech that may review the year before.
_REVIEW_MONTHS = 3
_DATE_PARTS_RE = re.compile(r"(19[5-9]\d|20\d\d)年(\d{1,2})月")


@functools.lru_cache(maxsize=None)
def _review_re() -> re.Pattern:
    """The cues of ``metadata_cues.tsv`` (field ``year``, where ``review``) of a report reviewing the year before."""
    cues = [c.pattern for c in metadata_cues() if c.field == "year" and c.where == "review"]
    return re.compile("|".join(f"(?:{c})" for c in cues) or "(?!)")


def title_block_year(title_block: str, text: str) -> int | None:
    """The year a date line under the title (（2025年1月15日）) names for the report: its own year, or the year
    before for a speech given in the first months of a year whose opening reviews the past year (过去一年,
    一年来: cues of ``metadata_cues.tsv``, field ``year``): a 全委会 report in January reports on the last year.

    >>> title_block_year("（2025年1月15日）", "同志们：\\n一、过去一年工作回顾\\n过去一年，我们…")
    2024
    >>> title_block_year("（2021年9月26日）", "各位代表：\\n过去五年，我们…"), title_block_year("（2025年1月15日）", "各位代表：\\n现在报告工作。")
    (2021, 2025)
    >>> title_block_year("——在全委会议上", "过去一年，…") is None
    True
    """
    m = _DATE_LINE_RE.search(title_block)
    if m is None:
        return None
    year = int(m.group(1))
    parts = _DATE_PARTS_RE.match(m.group(0).strip(" \t\u3000（("))
    if parts and int(parts.group(2)) <= _REVIEW_MONTHS and _review_re().search(text[:_YEAR_LEAD_REACH]):
        return year - 1
    return year


def extract_metadata(title: str, text: str, parts: Sequence[Part] = (), title_block: str = "", collection: str = "") -> Metadata:
    """Title, year, org_level and report_type of one article.

    ``title_block`` is the page text between the title and the body (a date line under the
    title of a speech or congress report: （2021年9月26日）); it dates the report where the
    title and the opening do not.  ``collection`` is the title of the collection the article was cut from
    (articles.ArticleSpan.collection: 2024年度基层工会工作总结汇编): a report in it that names no year has the
    collection's, and its kind is read from its title and the collection's together.

    >>> extract_metadata("镇总工会工作报告", "2023年镇总工会在镇党委的领导下…一年来…")
    Metadata(title='镇总工会工作报告', year=2023, org_level='乡镇', report_type='annual')
    >>> extract_metadata("在县工会代表大会上的工作报告", "各位代表：\\n现在，我向大会报告工作。", title_block="\\n（2021年9月26日）\\n").year
    2021
    >>> md = extract_metadata("实验小学工会", "今年，校工会召开教代会2次。", collection="2024年度基层工会工作总结汇编")
    >>> md.year, md.report_type
    (2024, 'annual')
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_metadata() takes the article text as a str, got {type(text).__name__}")
    year = find_year(title or "", text)
    if year is None and title_block:
        year = title_block_year(title_block, text)
    if year is None and collection:
        year = find_year(collection, "")
    return Metadata(
        title=title or "",
        year=year,
        org_level=find_org_level(title or "", text),
        report_type=find_report_type(f"{title} {collection}" if collection else title or "", text, parts),
    )
