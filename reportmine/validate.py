"""Validation flags on typed records (records.md ``flags``).

* ``implausible_rate`` — a coverage rate or share over 100 (completion rates may exceed 100).
* ``sum_mismatch`` — parts and a stated total in one sentence disagree; the total carries the
  flag.  Both orders: parts then a total (参培人员男46人、女6人，共计50人) and a total then its
  其中 parts (共有会员3860名，其中男会员2950名、女会员820名).
* ``share_mismatch`` — a stated share (其中女职工235人，占51%) that disagrees with part/whole
  by more than one point.
* ``garbled_number`` is set by :mod:`reportmine.figures` and passed through.

>>> from reportmine.extraction import extract
>>> [(r.value, r.flags) for r in extract("参培人员男46人、女6人，共计50人。")]
[(46.0, ()), (6.0, ()), (50.0, ('sum_mismatch',))]
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import replace
from typing import Sequence

from .aspect import aspect_of
from .model import Record

__all__ = ["validate", "implausible_rate", "share_tolerance", "RATE_METRICS"]

RATE_METRICS = frozenset({"coverage_rate", "share"})
_TOTAL = re.compile(r"(?:共计|合计|总计|一共|总共|总数|累计共|共)(?:有|为|达|达到)?$")
_PEOPLE = frozenset({"person", "household", "person_time"})


def implausible_rate(rec: Record) -> bool:
    """A rate that cannot be over 100 but is.

    >>> implausible_rate(Record("coverage_rate", "签订率", 20230, "percent", "%", "exact", "20230%", 0, 6))
    True
    >>> implausible_rate(Record("completion_rate", "计划", 280, "percent", "%", "exact", "280%", 0, 4))
    False
    """
    return rec.metric in RATE_METRICS and rec.unit == "percent" and rec.value > 100


def _compatible(a: Record, b: Record) -> bool:
    return a.unit == b.unit or (a.unit in _PEOPLE and b.unit in _PEOPLE)


def _by_sentence(records: Sequence[Record]) -> dict[tuple[int, int], list[int]]:
    groups: dict[tuple[int, int], list[int]] = {}
    for i, r in enumerate(records):
        groups.setdefault((r.sentence_start, r.sentence_end), []).append(i)
    return groups


def _is_total(text: str, rec: Record, prev_end: int) -> bool:
    """Does a total word (共计, 合计…) end right before ``rec``, after the figure before it?

    (The words hold no clause mark, so reading from the last mark or from further left is the same.)

    >>> t = "男46人、女6人，共计50人"
    >>> _is_total(t, Record("members", "", 50, "person", "人", "exact", "50人", 11, 14, sentence_start=0), 8)
    True
    """
    return _TOTAL.search(text, max(prev_end, rec.sentence_start, rec.start - 14), rec.start) is not None


def _sum_flags(text: str, records: list[Record], idx: list[int], flags: dict[int, set[str]]) -> None:
    """Parts listed before a stated total in the same sentence must add up to it."""
    first = 0
    for k, i in enumerate(idx):
        tot = records[i]
        prev_end = records[idx[k - 1]].end if k else tot.sentence_start
        if tot.unit == "percent" or not _is_total(text, tot, prev_end):
            continue
        lo = max(text.rfind("；", tot.sentence_start, tot.start), text.rfind(";", tot.sentence_start, tot.start))
        parts = [records[j] for j in idx[first:k]
                 if records[j].unit == tot.unit and records[j].metric == tot.metric and records[j].start > lo
                 and not _is_base(text, records[j])]
        first = k + 1
        if len(parts) < 2 or tot.qualifier != "exact" or any(p.qualifier != "exact" for p in parts):
            continue
        if "其中" in text[parts[0].start:tot.start]:
            continue  # 新发展会员3210人，其中…920人，会员总数6.8万人: a part of a part, no flat list
        if _new_against_stock(text, parts[0], tot):
            continue  # 新组建工会7个、工会小组58个，工会总数达到64个: new ones are no parts of the stock
        total = sum(p.value for p in parts)
        if abs(total - tot.value) > 1e-6 and (total > tot.value or total >= PARTITION_SHARE * tot.value):
            flags[i].add("sum_mismatch")  # a small sum is a selection before a larger total


#: what, right after a count, makes it the population the next count is drawn from (2480人中, 186家当中);
#: not the 中 of a noun (2个中心, 3所中学, 5家中小企业)
_BASE_AFTER = re.compile(r"(?:当中|之中|中)(?![心学小级层国标专职医间央华部型])")


def _is_base(text: str, rec: Record) -> bool:
    """Is ``rec`` the pool a later figure is drawn from (执业律师2480人中入会2295人): no part of a
    sum, since the parts after it are a selection of it.

    >>> t = "执业律师2480人中入会2295人，律所辅助人员入会634人，会员合计2929人"
    >>> r = lambda v, s, e: Record("members", "", v, "person", "人", "exact", t[s:e], s, e, sentence_start=0)
    >>> _is_base(t, r(2480, 4, 9)), _is_base(t, r(2295, 12, 17)), _is_base("建成2个中心", r(2, 2, 4))
    (True, False, False)
    >>> from reportmine.extraction import extract
    >>> [(r.value, r.flags) for r in extract(t)][-1]
    (2929.0, ())
    """
    return _BASE_AFTER.match(text, rec.end) is not None


#: a stock stated after a list (…，基层工会总数达到64个) and the words that make the list one of new ones
_STOCK = re.compile(r"总数|总量|累计")
_NEW = re.compile(r"新|增")


def _new_against_stock(text: str, first: Record, tot: Record) -> bool:
    """Are the parts before a total new ones (新组建, 新增…) and the total a stock (总数达到)?  The
    stock holds the old ones too: no sum.

    >>> t = "新组建基层工会7个、班组工会小组58个，全系统基层工会总数达到64个"
    >>> r = lambda v, s: Record("unions", "", v, "org", "个", "exact", f"{v}个", s, s + 2, sentence_start=0)
    >>> _new_against_stock(t, r(7, 7), r(64, 35))
    True
    """
    lead = re.split(r"[，；：,;:。]", text[first.sentence_start:first.start])[-1]
    return bool(_NEW.search(lead)) and _STOCK.search(text, max(tot.sentence_start, tot.start - 14), tot.start) is not None


_STATED_TOTAL = re.compile(r"共计|合计|总计|一共|总共|共有|累计共|总数|共")
PARTITION_SHARE = 0.9  # parts covering this much of a stated total are meant to make it up
#: a total of an account (合计, 总计): three or more lines after it are its make-up, however short
_ACCOUNT_TOTAL = re.compile(r"合计|总计")


def _is_partition(text: str, whole: Record, parts: list[Record]) -> bool:
    """Are the 其中 parts meant to make up the whole?  Yes when the whole is a stated total
    (共计/合计/共有… in its clause) and the parts cover most of it (a near miss is an error, a small
    sum is a subset: 其中女会员…), or when the parts are the two sexes (男…、女…).

    >>> r = lambda v, s: Record("members", "", v, "person", "名", "exact", f"{v}名", s, s + 3)
    >>> t = "共有会员3860名，其中男会员2950名、女会员820名。"
    >>> _is_partition(t, r(3860, 4), [r(2950, 13), r(820, 22)])
    True
    >>> _is_partition("共有会员3860名，其中女会员820名、青年会员900名。", r(3860, 4), [r(820, 13), r(900, 22)])
    False
    """
    clause_left = re.split(r"[，；：,;:。]", text[whole.sentence_start:whole.start])[-1]
    total = sum(p.value for p in parts)
    if _STATED_TOTAL.search(clause_left) and whole.value > 0 and total >= PARTITION_SHARE * whole.value:
        return True
    if len(parts) >= 3 and _ACCOUNT_TOTAL.search(clause_left):
        return True  # 支出合计186万元，其中教育42万元、文体68万元、维权20万元…: an account's lines
    heads = _heads(text, whole, parts)
    return len(parts) == 2 and any(heads[0].startswith(a) and heads[1].startswith(b) for a, b in _PAIRS)


def _heads(text: str, whole: Record, parts: list[Record]) -> list[str]:
    """What names each part: the words before it back to a 、, comma or 其中 (女会员, 农村户籍女职工)."""
    heads = [text[max(whole.sentence_start, p.start - 12):p.start] for p in parts]
    return [re.split(r"[，、；,;：:。\s]|其中|分别[为是]", h)[-1] for h in heads]


def _cross_cutting(text: str, whole: Record, parts: list[Record]) -> bool:
    """Do the parts cut the whole along two lines, one by sex and one by something else (其中女会员
    2810人、农民工会员3960人)?  Such parts overlap: their sum may exceed the whole.

    >>> r = lambda v, s: Record("members", "", v, "person", "人", "exact", f"{v}人", s, s + 4, sentence_start=0)
    >>> t = "会员总数6745人，其中女会员2810人、农民工会员3960人"
    >>> _cross_cutting(t, r(6745, 4), [r(2810, 14), r(3960, 25)])
    True
    """
    by_sex = [h.startswith(("男", "女")) for h in _heads(text, whole, parts)]
    return any(by_sex) and not all(by_sex)


#: the two halves of a population: two 其中 parts named by them make the whole up (男…、女…;
#: 农村户籍…、城镇户籍…), in either order
_PAIRS = tuple((a, b) for x, y in (("男", "女"), ("农村", "城镇"), ("农村", "城市"), ("本地", "外地"),
                                   ("在职", "退休"), ("城镇", "乡村")) for a, b in ((x, y), (y, x)))


def _parts_end(text: str, qi: int, end: int) -> int:
    """Where the parts opened by 其中 at ``qi`` end: at a ； or the sentence end ``end``, or at the
    closing bracket when 其中 stands inside brackets (建会29家（其中联合工会6个，…），新增…)."""
    opened = max(text.rfind("（", 0, qi), text.rfind("(", 0, qi))
    if opened >= 0 and max(text.rfind("）", opened, qi), text.rfind(")", opened, qi)) < 0:
        close = [x for x in (text.find("）", qi, end), text.find(")", qi, end)) if x >= 0]
        if close:
            return min(close)
    semi = [text.find(c, qi, end) for c in "；;"]
    return min([x for x in semi if x >= 0], default=end)


#: a clause that states what a figure reaches (…，覆盖小微企业140余家): no part of the 其中 list
_REACH = re.compile(r"覆盖|涉及|惠及|带动|辐射|服务")
_NEW_WHOLE = re.compile(r"总数|总量|共计|合计|总计|共有|累计")


def _clause_before(text: str, rec: Record) -> str:
    return re.split(r"[，；：,;:。（(]", text[max(rec.sentence_start, rec.start - 20):rec.start])[-1]


def _opens_with_qizhong(text: str, end: int, next_start: int) -> bool:
    """Does the sentence starting at ``next_start`` follow the one ending at ``end`` directly and
    open with 其中 (the breakdown of the sentence before)?"""
    return not text[end:next_start].strip() and text.startswith("其中", next_start)


def _subset_flags(text: str, records: list[Record], idx: list[int], flags: dict[int, set[str]],
                  next_sentence: Sequence[int], qizhong: Sequence[int]) -> None:
    """A whole followed by 其中 parts: two or more parts cannot add up to more than it, and parts
    that are meant to make it up (:func:`_is_partition`) must add up to it.  ``next_sentence``
    holds the records of the sentence after, when it opens with 其中 (共投入资金186.4万元。其中：
    生活救助…71.2万元；医疗救助…48.5万元…): they are the parts of this sentence's last figure that
    is no percentage and no change (总支出2287.3万元，完成预算的96.5%。其中：…; 会员总数4862人，
    比上年增加215人。其中：…).
    ``qizhong``: where 其中 stands in the sentence (:func:`_qizhong_at`)."""
    if not idx:
        return
    last_count = -1
    if next_sentence:  # the whole of the next sentence's 其中 parts: the last count, no change
        last_count = max((k for k, i in enumerate(idx) if records[i].unit != "percent" and not _is_change(text, records[i])),
                         default=-1)
    for k, i in enumerate(idx):
        whole = records[i]
        if whole.unit == "percent" or whole.qualifier != "exact":
            continue
        n = bisect.bisect_left(qizhong, whole.end)  # the first 其中 after the whole
        if n < len(qizhong):
            qi = qizhong[n]
            if k + 1 < len(idx) and records[idx[k + 1]].start < qi:
                continue  # 其中 belongs to a later figure
            stop = _parts_end(text, qi, whole.sentence_end)
            later = next((qizhong[m] for m in range(n + 1, len(qizhong)) if text.startswith("其中", qizhong[m])), stop)
            stop = min(stop, later)  # a later 其中 opens another breakdown (no run-on page reads all of it per whole)
            parts = []
            for j in idx[k + 1:]:
                if records[j].start >= stop:
                    break
                if qi < records[j].start:
                    parts.append(records[j])
        elif next_sentence and k == last_count:
            parts = [records[j] for j in next_sentence]
        else:
            continue
        if _subset_mismatch(text, whole, parts):
            flags[i].add("sum_mismatch")


def _subset_mismatch(text: str, whole: Record, parts: list[Record]) -> bool:
    """Do the records after 其中 (``parts``) contradict ``whole``: two or more of its kind adding up
    to more than it, or, when meant to make it up, to anything else?"""
    # 分别为 names the whole's own parts, whatever kind typing gave them (会员1926人，分别为劳务派遣工742人…)
    exhaustive = bool(parts) and _EXHAUSTIVE.search(text, whole.end, parts[0].start) is not None
    parts = [p for p in parts if _compatible(p, whole) and (exhaustive or p.metric == whole.metric)
             and not _REACH.match(_clause_before(text, p))]
    totals = [n for n, p in enumerate(parts) if _NEW_WHOLE.search(_clause_before(text, p))]
    parts = parts[:totals[0]] if totals else parts  # …，会员总数达到6.8万人: a new whole, no part
    if len(parts) < 2:
        return False
    total = sum(p.value for p in parts)
    if _cross_cutting(text, whole, parts):
        return False
    if total > whole.value + 1e-6:
        return True
    return (abs(total - whole.value) > 1e-6 and all(p.qualifier == "exact" for p in parts)
            and (exhaustive or _is_partition(text, whole, parts)))


ROUGH_SHARE_UNITS = frozenset({"成", "分之", "百分之"})


def share_tolerance(share: Record) -> float:
    """Percentage points a stated share may differ from part / whole: one point for a plain
    percentage, five for a rough one (约占三分之一, 近四成, 60%左右).

    >>> share_tolerance(Record("share", "", 51, "percent", "%", "exact", "51%", 0, 3))
    1.0
    >>> share_tolerance(Record("share", "", 40, "percent", "成", "approx", "约四成", 0, 3))
    5.0
    """
    return 5.0 if share.qualifier != "exact" or share.raw_unit in ROUGH_SHARE_UNITS else 1.0


def _share_flags(text: str, records: list[Record], idx: list[int], flags: dict[int, set[str]],
                 qizhong: Sequence[int]) -> None:
    """其中 part … 占 N%: check N against part / whole.  ``qizhong``: where 其中 stands in the
    sentence (:func:`_qizhong_at`)."""
    for k, i, share, part in _shares(text, records, idx):
        n = bisect.bisect_right(qizhong, part.start - 2) - 1  # the last 其中 before the part
        if n < 0:
            continue
        qi = qizhong[n]
        whole = next((records[j] for j in reversed(idx[:k - 1])
                      if records[j].end <= qi and _compatible(records[j], part) and not _is_change(text, records[j])), None)
        if whole is None or whole.value <= 0:
            continue
        computed = part.value / whole.value * 100
        if abs(computed - share.value) > share_tolerance(share):
            flags[i].add("share_mismatch")


def _is_change(text: str, rec: Record) -> bool:
    """Is ``rec`` a difference against another period (比上年增加380人次)?  Such a figure is no whole
    of the 其中 parts after it (the aspect cues of ``data/aspect_cues.tsv`` decide, as for the record's
    own aspect)."""
    return aspect_of(rec, text, skip=("target",)) == "change"


def _shares(text: str, records: list[Record], idx: list[int]):
    """``(k, i, share, part)`` for each stated share ``records[i] = records[idx[k]]`` right after
    the counted part it is the share of (其中女职工235人，占51%)."""
    for k, i in enumerate(idx):
        share = records[i]
        if share.metric != "share" or share.unit != "percent" or k == 0:
            continue
        part = records[idx[k - 1]]
        if part.unit != "percent" and not _own_base(text, part, share):
            yield k, i, share, part


#: adverbs that may stand before 占 in a share clause with no subject of its own (约占, 分别占, 仅占)
_BEFORE_ZHAN = re.compile(r"(?:约|大约|将近|近|仅|只|共|分别|合计|均|各)*占")


def _own_base(text: str, part: Record, share: Record) -> bool:
    """Does the share's clause name its own subject before 占, so that it is not the share of the
    part before it (…业务支出30万元，经费支出占全年预算的93.5%; but 其中女职工235人，占51%)?

    >>> t = "尚有9项未完成，其中3项滞后；二是资金拨付率仅为71.2%"
    >>> _own_base(t, Record("other", "", 3, "item", "项", "exact", "3项", 10, 12),
    ...           Record("share", "", 71.2, "percent", "%", "exact", "71.2%", 24, 29))
    True
    >>> t = "业务支出30万元，经费支出占全年预算的93.5%"
    >>> _own_base(t, Record("funds", "", 30, "yuan", "万元", "exact", "30万元", 4, 8),
    ...           Record("share", "", 93.5, "percent", "%", "exact", "93.5%", 20, 25))
    True
    """
    clause = re.split(r"[，,；;：:]", text[part.end:share.start])[-1]
    if "率" in clause:
        return True  # a rate of its own (二是…项目资金拨付率仅为71.2%): its base is not the part's whole
    m = _BEFORE_ZHAN.search(clause)
    return m is not None and bool(clause[:m.start()].strip())


def _qizhong_at(text: str, lo: int, hi: int) -> list[int]:
    """Where 其中 or 分别为/分别是 (a breakdown's opener) stands in ``text[lo:hi]``, in order (read
    once per sentence, not per figure).

    >>> t = "其中甲，其中乙其中"
    >>> _qizhong_at(t, 1, 9), _qizhong_at(t, 1, 8)
    ([4, 7], [4])
    >>> _qizhong_at("会员1926人，分别为甲742人", 0, 17)
    [8]
    """
    out, at = [], text.find("其中", lo, hi)
    while at >= 0:
        out.append(at)
        at = text.find("其中", at + 2, hi)
    if "分别" in text[lo:hi]:
        out = sorted(out + [m.start() for m in _EXHAUSTIVE.finditer(text, lo, hi)])
    return out


#: a breakdown that names every part of the figure before it (会员1926人，分别为甲742人、乙659人…)
_EXHAUSTIVE = re.compile(r"分别(?:为|是)")

#: a figure per head or per unit (会员人均2883元, 平均每个基层工会1名): no total and no part of one
_PER_HEAD = re.compile(r"(?:人均|户均|平均|每人|每户|每名|每位|每个|每家|每千名)[^，,；;：:。、]{0,6}$")


def _per_head(text: str, rec: Record) -> bool:
    """Is ``rec`` a figure per head or per unit?  It is never a part of a sum nor the whole of one.

    >>> t = "投入资金1.26亿元，会员人均2883元"
    >>> _per_head(t, Record("funds", "", 2883, "yuan", "元", "exact", "2883元", 16, 21, sentence_start=0))
    True
    """
    return _PER_HEAD.search(text, max(rec.sentence_start, rec.start - 12), rec.start) is not None


#: the order of a record's flags
_ORDER = ("implausible_rate", "sum_mismatch", "share_mismatch", "garbled_number")


def validate(records: Sequence[Record], text: str) -> list[Record]:
    """``records`` (in text order, as :func:`reportmine.extraction.extract_records` makes them)
    with validation flags added (existing flags are kept).

    >>> from reportmine.extraction import extract
    >>> [(r.metric, r.flags) for r in extract("慰问459户困难职工，其中女职工235人，占60%。")]
    [('relief_recipients', ()), ('relief_recipients', ()), ('share', ('share_mismatch',))]
    """
    records = list(records)
    flags: dict[int, set[str]] = defaultdict(set)  # the flags found, by record
    for i, r in enumerate(records):
        if implausible_rate(r):
            flags[i].add("implausible_rate")
    groups = list(_by_sentence(records).items())
    for g, ((_, end), idx) in enumerate(groups):
        after = groups[g + 1] if g + 1 < len(groups) else None
        opens_parts = after is not None and _opens_with_qizhong(text, end, after[0][0])
        counts = [i for i in idx if not _per_head(text, records[i])]
        _sum_flags(text, records, counts, flags)
        qizhong = _qizhong_at(text, records[idx[0]].sentence_start, end)
        _subset_flags(text, records, counts, flags, after[1] if opens_parts else (), qizhong)
        _share_flags(text, records, idx, flags, qizhong)
    for i, r in enumerate(records):
        if r.flags or i in flags:
            fl = tuple(sorted(flags[i] | set(r.flags), key=_flag_order))
            if fl != r.flags:
                records[i] = replace(r, flags=fl)
    return records


def _flag_order(flag: str) -> tuple[int, str]:
    return (_ORDER.index(flag) if flag in _ORDER else len(_ORDER), flag)
