"""Split a normalised page into articles: one per ``篇``, or the page's single report.

Template sites put several reports on one page, each under a ``篇`` line
("乡镇工会上半年工作总结 篇1" … "篇4", "【篇二】…", "第3篇：…").  Such a page
yields one article per ``篇`` line, titled with that line as written; its body
runs to the next ``篇`` line.

A page without ``篇`` lines holds one report.  Its title is the report's own:
the first title-like line before the body (short, no sentence punctuation, no
heading marker, holding a cue word from ``data/title_cues.tsv`` such as 总结,
报告, 思路, 打算), or, when the report is flattened onto one line, the title at
its head followed by a space ("镇总工会工作报告 2023年镇总工会在…").  A forwarded
report's covering note at the page head (…正文贴在下面，请审阅。: ``title_cues.tsv`` kind
``note``) does not open the body: the title comes after it.  With no title the whole page
is the body and the title is ``""``.

Offsets index the page text.  The title is never part of the body; bodies are
stripped of surrounding blanks.  Text that belongs to no article (non-furniture
text before the first ``篇`` line or before the title) is not dropped silently:
:func:`split_page` returns it as ``leftover`` spans.

>>> page = "街道总工会工作总结 篇1\\n今年以来，工作顺利。\\n街道总工会工作总结 篇2\\n全年共走访企业12家。"
>>> [(a.title, page[a.start:a.end]) for a in split_articles(page)]
[('街道总工会工作总结 篇1', '今年以来，工作顺利。'), ('街道总工会工作总结 篇2', '全年共走访企业12家。')]
"""

from __future__ import annotations

import re
from dataclasses import astuple as _astuple, dataclass
from functools import lru_cache

from .normalize import titles
from .normalize.furniture import SENTENCE_CLOSED, is_title_line
from .normalize.titles import HEADING_MARKER, MAX_TITLE, TITLE_ORG_FRAGMENT, TITLE_YEAR_FRAGMENT, _cue_re, _lines, _strip_span, _title_table, is_generic_title, is_piece_line, title_cues

__all__ = [
    "ArticleSpan",
    "PageSplit",
    "split_articles",
    "split_page",
    "find_piece_lines",
    "find_title",
    "title_cues",
    "is_generic_title",
    "is_piece_line",
    "is_title_line",
    "site_suffix_at",
    "is_covering_note",
]


@dataclass(frozen=True)
class ArticleSpan:
    """One article of a page: its title span and its body span (page offsets, half-open).

    The title is not part of the body.  ``title == ""`` with
    ``title_start == title_end`` when the article has no title.  ``collection`` is the title of the
    collection an article was cut from under its union's name line (2024年度基层工会工作总结汇编), else "":
    its year and kind hold for the reports in it that name none (``metadata.extract_metadata``).
    """

    title: str
    title_start: int
    title_end: int
    start: int
    end: int
    collection: str = ""


@dataclass(frozen=True)
class PageSplit:
    """The articles of a page, and the spans of text that belong to none of them."""

    articles: tuple[ArticleSpan, ...]
    leftover: tuple[tuple[int, int], ...] = ()


_BODY_LINE = re.compile(r"[。！？!?]")
#: A web address: its ? (show.asp?id=1187) ends no sentence.
_URL = re.compile(r"(?i:https?://|www\.)[!-~]+")


def _is_sentence(line: str) -> bool:
    """True for a line holding a sentence end outside a web address (an archive's banner line
    ``… - https://web.archive.org/…/show.asp?id=1187`` above a page's title is no body line).

    >>> _is_sentence("今年以来，工作顺利。"), _is_sentence("The Wayback Machine - https://example.org/show.asp?id=7")
    (True, False)
    """
    if not _BODY_LINE.search(line):
        return False
    return _BODY_LINE.search(_URL.sub("", line)) is not None if "://" in line or "www." in line else True


def find_piece_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the ``篇`` lines of a page, in order (else of its numbered titles: …总结1, …总结2).

    >>> t = "乡镇工会工作总结 篇1\\n正文。\\n乡镇工会工作总结 篇2\\n正文。"
    >>> [t[s:e] for s, e in find_piece_lines(t)]
    ['乡镇工会工作总结 篇1', '乡镇工会工作总结 篇2']
    """
    return titles.find_piece_lines(text, is_title_line)


_HEAD_BEFORE_SPACE = re.compile(r"[^\s]{2,%d}(?=[ \u3000\t]+\S)" % MAX_TITLE)


def _one_line_title(text: str, s: int, e: int) -> tuple[int, int] | None:
    """A title at the head of a flattened report line, followed by a space."""
    m = _HEAD_BEFORE_SPACE.match(text[s:e])
    if m and is_title_line(m.group()):
        return s, s + m.end()
    return None


#: A year as a report's first sentence opens with it (2020年, 20xx年, 201*年).
_YEAR_OPENING = r"(?:[0-9]{4}|[0-9]{2}[xX*]{2}|[0-9]{3}[xX*])\s*年"


@lru_cache(maxsize=1)
def _opening_re() -> re.Pattern:
    words = sorted(_title_table()["opening"], key=len, reverse=True)
    alts = "|".join([_YEAR_OPENING, *(re.escape(w) for w in words)])
    return re.compile(rf"(?:{alts})(?:以来|上半年|下半年|度|底|初)?[，,]")  # 2020年，… 今年以来，…


#: A title in lenticular brackets opening a post, its first sentence glued after it (【…工作盘点】2024年，…).
_BRACKETED_HEAD = re.compile(r"【([^【】\n]{4,%d})】(?=\S)" % MAX_TITLE)


def _bracketed_title(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The span inside 【】 of a bracketed title that opens a line going on with the body
    (a Weibo or WeChat post: 【街道总工会2024年工作盘点】2024年，…); a label (【概况】2023年，…) holds
    no title cue and is no title.

    >>> t = "【街道总工会2024年工作盘点】2024年，街道总工会新建工会14个。"
    >>> s, e = _bracketed_title(t, 0, len(t))
    >>> t[s:e], _bracketed_title("【概况】2023年，全市有基层工会5872个。", 0, 23)
    ('街道总工会2024年工作盘点', None)
    """
    m = _BRACKETED_HEAD.match(text, s, e)
    if m is None or not is_title_line(m.group(1)):
        return None
    return m.start(1), m.end(1)


def _glued_title(text: str, s: int, e: int) -> tuple[int, int] | None:
    """A title glued straight onto the report's first sentence: "县总工会2020年工作总结2020年，县总工会…".

    The title ends at a title cue word right before an opening clause (a year, 今年,
    一年来 … from ``title_cues.tsv``, kind ``opening``, closed by a comma: 2020年，…
    今年以来，… 2023年上半年，…).

    >>> t = "县总工会2020年工作总结2020年，县总工会团结动员全县职工建功立业。"
    >>> s, e = _glued_title(t, 0, len(t))
    >>> t[s:e]
    '县总工会2020年工作总结'
    >>> _glued_title("县总工会认真总结2020年的工作。", 0, 15) is None
    True
    """
    line = text[s:e]
    for m in _cue_re().finditer(line, 0, MAX_TITLE + 4):
        if m.end() > MAX_TITLE:
            break
        if _opening_re().match(line, m.end()) and is_title_line(line[: m.end()]):
            return s, s + m.end()
    return None


#: A separator before a site suffix in a page title: "…工作总结_工作总结_范文大全网", "… | 范文网", "… - 某某网".
_SUFFIX_SEP = re.compile(r"\s*(?:_|｜|\||丨|\s[-–—]\s|\s—{1,2}\s)\s*")

#: A site name (范文大全网, 某某文库, example.com).
_SITE_NAME = re.compile(r"[^\s，。]{1,20}(?:网|网站|文库|(?i:\.com|\.cn|\.net|\.org))")

#: A subtitle line: it opens with a dash (——在市总工会全委会议上的报告).
_SUBTITLE = re.compile(r"[—–\-－]{1,2}")

#: A run of this many title-like lines right before the body: the last one is the report's own title
#: (the lines before it are a page title, a category or collection name, or linked titles).
MIN_LINK_RUN = 2


def site_suffix_at(line: str) -> int:
    """Where a site suffix starts in a title line (``len(line)`` when there is none).

    A page <title> copied into the text reads "<title>_<category>_<site>": the
    report's title is the first segment when it is a title line of its own and
    what follows is category names or a site name.

    >>> t = "2021年局机关工会工作总结_工作总结_范文大全网"
    >>> t[:site_suffix_at(t)]
    '2021年局机关工会工作总结'
    >>> t = "镇总工会2023年工作报告"
    >>> site_suffix_at(t) == len(t)
    True
    """
    m = _SUFFIX_SEP.search(line)
    if m is None or not is_title_line(line[: m.start()]):
        return len(line)
    rest = [p for p in _SUFFIX_SEP.split(line[m.end() :]) if p]
    if all(is_generic_title(p) or _SITE_NAME.fullmatch(p) or not _cue_re().search(p) for p in rest):
        return m.start()
    return len(line)


def _is_site_header(line: str) -> bool:
    """True for a title-like line whose title part is a site's name (the rest category names):
    the header of a template site, whose cue word (范文) is in the site's name.

    >>> _is_site_header("范文先生网 - 述职报告 工作总结 心得体会 讲话稿 范文大全"), _is_site_header("范文大全网")
    (True, True)
    >>> _is_site_header("第一范文网　首页")
    True
    >>> _is_site_header("2021年局机关工会工作总结_工作总结_范文大全网"), _is_site_header("县总工会2024年工作总结")
    (False, False)
    """
    head = line[: site_suffix_at(line)].strip()
    return _SITE_NAME.fullmatch(head) is not None or _is_site_home(head)


#: The label of a post's title field on a government or archive page (标    题：…, 题目：…, 文章名称：…): not the title.
_TITLE_LABEL = re.compile(r"(?:文章|文件|信息)?(?:标\s*题|题\s*目|名\s*称)\s*[：:]\s*")


def _title_span(text: str, s: int, e: int) -> tuple[int, int]:
    """The title part of a title line: without a site suffix, nor the label of a title field.

    >>> t = "标 题：金川市总工会2024年职工劳动和技能竞赛工作总结"
    >>> s, e = _title_span(t, 0, len(t))
    >>> t[s:e]
    '金川市总工会2024年职工劳动和技能竞赛工作总结'
    """
    e = s + site_suffix_at(text[s:e])
    m = _TITLE_LABEL.match(text, s, e)
    return (m.end(), e) if m and m.end() < e else (s, e)


def find_title(text: str) -> tuple[tuple[int, int] | None, int]:
    """The title span of a single-article page (or None) and where the text after it starts.

    The first title line before the body is the title (an <h1> comes first once the
    navigation is gone), unless it opens a run of title lines right before the body:
    a page title or collection name above the report's own headline, or a list of
    linked titles; the last one is the report's.

    >>> t = "县总工会精神文明工作总结\\n今年上半年，市总工会女职工委员会开展工作。"
    >>> span, after = find_title(t)
    >>> t[span[0]:span[1]], t[after:]
    ('县总工会精神文明工作总结', '\\n今年上半年，市总工会女职工委员会开展工作。')
    >>> t = "镇总工会工作报告 2023年镇总工会在镇党委的领导下，圆满完成了任务。"
    >>> span, after = find_title(t)
    >>> t[span[0]:span[1]], t[after:]
    ('镇总工会工作报告', ' 2023年镇总工会在镇党委的领导下，圆满完成了任务。')
    >>> t = "社区工会工作计划范文\\n企业工会年终总结\\n县总工会工作报告\\n今年以来，工作顺利。"
    >>> span, _ = find_title(t)
    >>> t[span[0]:span[1]]
    '县总工会工作报告'
    >>> t = "云州年鉴·2024\\n云州市总工会\\n【概况】2023年，全市有基层工会组织5872个。"
    >>> span, _ = find_title(t)  # a yearbook entry: its name line above its first labelled paragraph
    >>> t[span[0]:span[1]]
    '云州市总工会'
    >>> t = "企业工会工作总结范文\\n机械厂工会年度工作总结\\n今年以来，工作顺利。"
    >>> span, _ = find_title(t)
    >>> t[span[0]:span[1]]
    '机械厂工会年度工作总结'
    """
    lines = _lines(text)
    for k, (s, e) in enumerate(lines):
        line = text[s:e]
        if _is_site_header(line) or _is_nav_bar(line):
            continue  # a site's name heading its page (范文先生网 - 述职报告 工作总结 …, 第一范文网 首页 | 总结 | …): no title, nor one glued in it
        if is_title_line(line):
            run = k
            while run + 1 < len(lines) and _title_not_author(text[lines[run + 1][0] : lines[run + 1][1]]):
                run += 1
            after_run = text[lines[run + 1][0] : lines[run + 1][1]] if run + 1 < len(lines) else ""
            while run > k and _SUBTITLE.match(text[lines[run][0] : lines[run][1]]):
                run -= 1  # a subtitle (——在…上的报告) is not the headline
            opens_body = _BODY_LINE.search(after_run) or HEADING_MARKER.match(after_run) or _DATE_LINE.fullmatch(after_run)
            if run - k + 1 >= MIN_LINK_RUN and opens_body:
                s, e = lines[run]
            ts, te = _title_span(text, s, e)
            before = k - 1 if run == k or lines[run][0] != s else -1
            if before >= 0 and _title_fragment_before(text, lines[before], s):
                ts = lines[before][0]  # the title's year, left on a line of its own by a soft break
            at = k if lines[run][0] != s else run
            if te == e and at + 1 < len(lines) and _subtitle_below(text, e, lines[at + 1]):
                te = e = lines[at + 1][1]  # an interview's headline and its ——访… subtitle: one title
            return (ts, te), e
        bracketed = _bracketed_title(text, s, e)
        if bracketed is not None:
            return bracketed, bracketed[1] + 1  # the body starts after the closing 】
        one = _one_line_title(text, s, e) or _glued_title(text, s, e)
        if one is not None:
            return one, one[1]
        if k + 1 < len(lines) and titles.is_entry_head(line, text[lines[k + 1][0] : lines[k + 1][1]]):
            return (s, e), e  # a yearbook entry's name above its 【概况】… paragraph
        if k + 1 < len(lines) and titles.is_entry_lead(line, text[lines[k + 1][0] : lines[k + 1][1]]):
            return (s, e), e  # an encyclopedia entry's name above its lead (云岚市总工会是…)
        if k < _NOTE_LINES and is_covering_note(line):
            continue  # a forwarded report's covering note (…请审阅。): its title comes after
        if _is_sentence(line) or HEADING_MARKER.match(line):
            break  # the body has begun: there is no title
    return None, 0


def _title_fragment_before(text: str, line: tuple[int, int], title_start: int) -> bool:
    """True when ``line``, right above the title line starting at ``title_start`` (no blank line
    between), is the title's year split off by a soft break.

    >>> t = "2024年度\\n工会主席述职报告"
    >>> _title_fragment_before(t, (0, 6), 7), _title_fragment_before("2024年度\\n\\n工会主席述职报告", (0, 6), 8)
    (True, False)
    """
    s, e = line
    return text.count("\n", e, title_start) == 1 and TITLE_YEAR_FRAGMENT.fullmatch(text, s, e) is not None


def _subtitle_below(text: str, title_end: int, line: tuple[int, int]) -> bool:
    """True when ``line``, right under the title ending at ``title_end``, is a subtitle that belongs to
    it (an interview's ——访…: ``titles.is_title_subtitle``).

    >>> t = "【履职访谈】办好暖心事\\n——访县总工会主席李红梅"
    >>> _subtitle_below(t, 11, (12, len(t))), _subtitle_below("县总工会工作报告\\n——在全委会议上", 8, (9, 17))
    (True, False)
    """
    s, e = line
    return text.count("\n", title_end, s) == 1 and titles.is_title_subtitle(text[s:e])


#: A navigation bar: at least this many segments (医护工会信息网｜首页｜最新消息｜工作总结｜会员专区).
MIN_NAV_SEGMENTS = 3


def _is_nav_bar(line: str) -> bool:
    """True for a title-like line that is a site's navigation bar: separated segments, none of them a
    report's title (each a category name or without a title cue), though one (工作总结) holds a cue.

    >>> _is_nav_bar("医护工会信息网（台湾镜像站）｜首页｜最新消息｜工作总结｜会员专区")
    True
    >>> _is_nav_bar("一图读懂｜青溪区总工会2024年工作成绩单"), _is_nav_bar("2021年局机关工会工作总结_工作总结_范文大全网")
    (False, False)
    >>> _is_nav_bar("第一范文网 首页 | 总结 | 计划 | 报告 | 讲话稿 | 合同范本")  # the site's name and its home link
    True
    """
    parts = [p for p in _SUFFIX_SEP.split(line) if p.strip()]
    return len(parts) >= MIN_NAV_SEGMENTS and all(is_generic_title(p) or not _cue_re().search(p) or _is_site_home(p) for p in parts)


#: The home link after a site's name in its navigation bar (第一范文网 首页).
_HOME = re.compile(r"\s*(?:网站)?(?:首页|首頁|主页|主頁)")


def _is_site_home(segment: str) -> bool:
    """True for a navigation segment that is a site's name and its home link (第一范文网 首页), whose
    cue word (范文) is in the site's name.

    >>> _is_site_home("第一范文网 首页"), _is_site_home("范文大全网首页"), _is_site_home("县总工会2024年工作总结")
    (True, True, False)
    """
    m = _HOME.search(segment)
    return m is not None and m.end() == len(segment.rstrip()) and _SITE_NAME.fullmatch(segment[: m.start()].strip()) is not None


def _title_not_author(line: str) -> bool:
    """A title line that is not an author line (汇报人：… holds the title cue 汇报).

    >>> _title_not_author("镇工会工作总结"), _title_not_author("汇报人：镇工会主席 李红")
    (True, False)
    """
    return is_title_line(line) and not _author_line().fullmatch(line)


def split_page(text: str) -> PageSplit:
    """The articles of a normalised page and the leftover spans that belong to none.

    >>> t = "某单位\\n篇1\\n正文一。\\n篇2\\n正文二。"
    >>> r = split_page(t)
    >>> [(a.title, t[a.start:a.end]) for a in r.articles], [t[s:e] for s, e in r.leftover]
    ([('篇1', '正文一。'), ('篇2', '正文二。')], ['某单位'])
    """
    if not text.strip():
        return PageSplit(())
    pieces = find_piece_lines(text)
    if pieces:
        arts = []
        markers = []
        for i, (ts, te) in enumerate(pieces):
            stop = pieces[i + 1][0] if i + 1 < len(pieces) else len(text)
            own = _own_title_under(text, ts, te, stop)
            if own is not None:
                markers.append((ts, te))  # a bare 篇2 above the report's own title line: the title is that line
                ts, te = own
            else:
                after = _title_after_marker(text, ts, te)
                if after is not None:
                    markers.append((ts, after))  # 篇一：溪口县总工会2017年工作总结: the title is the report's own, after its marker
                    ts = after
            bs, be = _strip_span(text, te, stop)
            arts.append(ArticleSpan(text[ts:te], ts, te, bs, be))
        lo, hi = _strip_span(text, 0, pieces[0][0])
        leftover = ((lo, hi),) if hi > lo else ()
        return PageSplit(tuple(arts), leftover + tuple(markers))
    span, after = find_title(text)
    if span is None:
        bs, be = _strip_span(text, 0, len(text))
        return PageSplit((ArticleSpan("", 0, 0, bs, be),))
    ts, te = span
    leftover = []
    lo, hi = _strip_span(text, 0, ts)
    if hi > lo:
        leftover.append((lo, hi))
    lo, hi = _strip_span(text, te, after)
    if hi > lo:
        leftover.append((lo, hi))  # a site suffix cut from the title line
    title = text[ts:te]  # every span points back into the text (the normaliser joins a title a soft break split)
    after = _skip_repeated_title(text, title, after, leftover)
    bs, be = _strip_span(text, after, len(text))
    for find in (_second_printing, _closing_date):  # each on the body the one before left
        cut = find(text, bs, be)
        if cut is not None:
            lo, hi = _strip_span(text, cut, be)
            leftover.append((lo, hi))
            bs, be = _strip_span(text, bs, cut)
    arts = [ArticleSpan(title, ts, te, bs, be)]
    for sep_start, sep_end, ts2, te2 in _separated_titles(text, bs, be):
        last = arts[-1]
        arts[-1] = ArticleSpan(last.title, last.title_start, last.title_end, *_strip_span(text, last.start, sep_start))
        leftover.append((sep_start, sep_end))
        arts.append(ArticleSpan(text[ts2:te2], ts2, te2, *_strip_span(text, te2, be)))
    if len(arts) == 1:
        for ts2, te2 in _next_reports(text, bs, be, title):
            last = arts[-1]
            arts[-1] = ArticleSpan(last.title, last.title_start, last.title_end, *_strip_span(text, last.start, ts2))
            arts.append(ArticleSpan(text[ts2:te2], ts2, te2, *_strip_span(text, te2, be)))
    if len(arts) == 1 and titles.is_collection_title(title):
        start = te if te > ts else bs  # the first union's name may stand where a subtitle would (right under the title)
        units = [ArticleSpan(*_astuple(u)[:5], collection=title) for u in _unit_reports(text, start, be)]
        if units:
            leftover = [(a, b) for a, b in leftover if b <= units[0].title_start]  # a name line read as the title's suffix is a report's
            leftover.append((ts, te))  # the collection's title: each report has its own (its union's name)
            lo, hi = _strip_span(text, start, units[0].title_start)
            if hi > lo:
                leftover.append((lo, hi))  # the editor's note above the first report
            arts = units
    return PageSplit(tuple(arts), tuple(sorted(leftover)))


#: A bare piece marker: a 篇 line that numbers a report and names nothing (篇1, 【篇二】, 第3篇：).
_BARE_PIECE = re.compile(r"[【\[（(]?(?:第\s*)?篇?\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*篇?[】\]）)]?\s*[:：.、]?")


#: A piece marker opening a 篇 line that goes on with the report's own title (篇一：…, 篇1：…, 第一篇：…,
#: 【篇一】…, 篇一 …): the marker, its closing bracket and the colon or blank after it.
_LEADING_PIECE = re.compile(
    r"[【\[（(]?(?:第\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*篇|篇\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}))"
    r"(?:[】\]）)]\s*[:：.．、]?|\s*[:：.．、]|[\s\u3000]+)[\s\u3000]*"
)


def _title_after_marker(text: str, ts: int, te: int) -> int | None:
    """Where the report's own title starts on a 篇 line ``ts:te`` that opens with a piece marker and goes
    on with that title (篇一：溪口县总工会2017年工作总结, 【篇二】社区工会工作总结, 第3篇：…, 篇1 …): the
    title is the report's, the marker only numbers it (field gold f038, heldout42, heldout46).  None when
    the line names its report before the marker (社区工会工作总结 篇1: the title as written), when nothing
    title-like follows the marker, or when marker and title are glued without a colon, bracket or blank.

    >>> t = "篇一：溪口县总工会2017年工作总结"
    >>> t[_title_after_marker(t, 0, len(t)):]
    '溪口县总工会2017年工作总结'
    >>> [t[_title_after_marker(t, 0, len(t)):] for t in ("【篇二】社区工会工作总结", "第3篇：企业工会工作计划", "篇1 镇总工会工作报告")]
    ['社区工会工作总结', '企业工会工作计划', '镇总工会工作报告']
    >>> _title_after_marker("社区工会工作总结 篇1", 0, 11), _title_after_marker("篇1：工作总结", 0, 7)
    (None, None)
    """
    m = _LEADING_PIECE.match(text, ts, te)
    if m is None or m.end() >= te:
        return None
    return m.end() if is_title_line(text[m.end():te]) else None


def _own_title_under(text: str, ts: int, te: int, stop: int) -> tuple[int, int] | None:
    """The span of the report's own title line right under a bare ``篇`` marker line ``ts:te`` (篇1,
    【篇二】, 第3篇) whose report runs to ``stop``; None when the 篇 line names the report itself
    (社区工会工作总结 篇1) or the line under it is no title (the body starts there).

    >>> t = "篇1\\n临溪县直机关工会2024年工作总结\\n一年来，工作顺利。"
    >>> s, e = _own_title_under(t, 0, 2, len(t))
    >>> t[s:e]
    '临溪县直机关工会2024年工作总结'
    >>> _own_title_under("篇1\\n一年来，工作顺利。", 0, 2, 12), _own_title_under("社区工会工作总结 篇1\\n社区工会2024年工作总结\\n正文。", 0, 11, 30)
    (None, None)
    """
    line = text[ts:te]
    if "篇" not in line or not _BARE_PIECE.fullmatch(line):
        return None
    nl = text.find("\n", te, stop)
    if nl < 0:
        return None
    end = text.find("\n", nl + 1, stop)
    s, e = _strip_span(text, nl + 1, stop if end < 0 else end)
    return (s, e) if e > s and e < stop and is_title_line(text[s:e]) else None


#: A collection splits into its unions' reports only where at least this many name lines open one.
MIN_UNIT_REPORTS = 2
#: The lines above the first report of a collection (an editor's note 编者按：…) are at most this many.
MAX_COLLECTION_NOTE = 2


def _unit_reports(text: str, bs: int, be: int) -> list[ArticleSpan]:
    """The reports of a collection's body ``bs:be`` (its title a ``collection`` word of ``title_cues.tsv``:
    2024年度基层工会工作总结汇编), each under a line that is a union's name alone (荷塘区人民医院工会,
    华远物流有限公司工会: ``titles.is_entry_name``) right above a paragraph, and each holding a figure;
    [] unless at least ``MIN_UNIT_REPORTS`` do and at most ``MAX_COLLECTION_NOTE`` lines stand before
    the first.  A single report whose paragraphs name its sub-units is never cut: only a collection's
    title lets this run, and a name line must stand alone on its line.

    >>> t = "编者按：现摘编如下。\\n甲医院工会\\n全年新发展会员86名。\\n乙公司工会\\n全年慰问职工57人。"
    >>> [(a.title, t[a.start:a.end]) for a in _unit_reports(t, 0, len(t))]
    [('甲医院工会', '全年新发展会员86名。'), ('乙公司工会', '全年慰问职工57人。')]
    >>> _unit_reports("甲医院工会\\n全年新发展会员86名。\\n乙公司工会积极参与。", 0, 30)  # one name line only
    []
    """
    lines = _lines(text[bs:be])
    heads = [k for k in range(len(lines) - 1)
             if titles.is_entry_name(text[bs + lines[k][0]:bs + lines[k][1]])
             and _BODY_LINE.search(text, bs + lines[k + 1][0], bs + lines[k + 1][1])]
    if len(heads) < MIN_UNIT_REPORTS or heads[0] > MAX_COLLECTION_NOTE:
        return []
    out = []
    for i, k in enumerate(heads):
        ts, te = bs + lines[k][0], bs + lines[k][1]
        stop = bs + lines[heads[i + 1]][0] if i + 1 < len(heads) else be
        if not _FIGURE.search(text, te, stop):
            return []
        out.append(ArticleSpan(text[ts:te], ts, te, *_strip_span(text, te, stop)))
    return out


#: A line that separates two reports printed on one page without 篇 lines (******, ====, ※※※).
_SEPARATOR = re.compile(r"[*＊=＝※#~～_]{3,}")


def _separated_titles(text: str, bs: int, be: int) -> list[tuple[int, int, int, int]]:
    """The separator lines of the body ``bs:be`` right above a title line (a second report under a
    collection title: ``******`` then 镇总工会经费审查委员会2023年度工作总结), as (separator start,
    separator end, title start, title end).

    >>> t = "正文一。\\n******\\n镇总工会经费审查委员会2023年度工作总结\\n正文二。"
    >>> [(t[a:b], t[c:d]) for a, b, c, d in _separated_titles(t, 0, len(t))]
    [('******', '镇总工会经费审查委员会2023年度工作总结')]
    """
    if not _SEPARATOR.search(text, bs, be):
        return []
    lines = [(s, e) for s, e in _lines(text[bs:be]) if text[bs + s:bs + e].strip()]
    out = []
    for (s, e), nxt in zip(lines, lines[1:]):
        if _SEPARATOR.fullmatch(text[bs + s:bs + e].strip()) and is_title_line(text[bs + nxt[0]:bs + nxt[1]].strip()):
            out.append((bs + s, bs + e, *_strip_span(text, bs + nxt[0], bs + nxt[1])))
    return out


_YEAR = re.compile(r"[0-9]{4}\s*年")


def _next_reports(text: str, bs: int, be: int, title: str) -> list[tuple[int, int]]:
    """The title lines of the same union's further reports printed one after the other in the body ``bs:be``
    of the report titled ``title`` (a column page showing its 上半年 summary, then its 全年 summary, with no
    篇 line or separator between them): a title line that opens with the union's name of ``title``, names a
    year, is not ``title`` again (a report repeating its own title is one report), stands after a closed
    sentence (the report above it is finished) and has a line of body under it.  Cheap on other pages:
    nothing runs unless the union's name of the title is printed again in the body.

    >>> t = "青禾街道总工会2024年上半年工作总结\\n上半年新建工会12家。\\n青禾街道总工会2024年工作总结\\n全年新建工会27家。"
    >>> [t[a:b] for a, b in _next_reports(t, 20, len(t), "青禾街道总工会2024年上半年工作总结")]
    ['青禾街道总工会2024年工作总结']
    >>> t = "青禾街道总工会2024年工作总结\\n全年新建工会12家。\\n青禾街道总工会2024年工作总结\\n全年新建工会27家。"
    >>> _next_reports(t, 17, len(t), "青禾街道总工会2024年工作总结")  # its own title repeated
    []
    """
    org = TITLE_ORG_FRAGMENT.match(title)
    if org is None or not _YEAR.search(title) or text.find(org.group(), bs, be) < 0:
        return []
    key = _BLANKS.sub("", title)
    out = []
    prev = ""
    lines = _lines(text[bs:be])
    for k, (s, e) in enumerate(lines):
        line = text[bs + s:bs + e]
        if (k + 1 < len(lines) and line.startswith(org.group()) and _YEAR.search(line)
                and _BLANKS.sub("", line) != key and SENTENCE_CLOSED.search(prev) and is_title_line(line)):
            out.append((bs + s, bs + e))
        prev = line
    return out


#: A paragraph at least this long (characters) is too long to repeat by chance.
MIN_REPEAT_PARAGRAPH = 30
#: A second printing repeats at least this many long paragraphs of the first, in order.
MIN_REPEATED_PARAGRAPHS = 3


def _second_printing(text: str, start: int, end: int) -> int | None:
    """Where a second printing of the report begins in the body ``start:end``, or None.

    A template page can print the whole report twice (once, then again under 【相关阅读】 or a
    …（全文） heading).  The second printing repeats the long paragraphs of the first, in the same
    order: the first long paragraph seen again opens it when the next long paragraphs repeat
    too (``MIN_REPEATED_PARAGRAPHS`` in all); the lines above it that repeat the lines above the
    first (its headings), and the lines above those that are no body text (its title), belong to
    it.  One scan of the lines.

    >>> p = ["今年新建基层工会12家，发展会员1300名，建会率达到92.5%，比上年提高3个百分点。",
    ...      "全年走访慰问困难职工126户，发放慰问金18.6万元，帮助36名职工子女圆了大学梦。",
    ...      "举办职工技能竞赛8场，参赛职工1200人次，评出技术能手20名，推荐省级能手3名。"]
    >>> t = "\\n".join(["一、组织建设", *p, "某工会工作总结（全文）", *p])
    >>> t[_second_printing(t, 0, len(t)):].splitlines()[0]
    '某工会工作总结（全文）'
    >>> _second_printing("\\n".join(p + p[:2]), 0, len(t)) is None
    True
    """
    spans = _lines(text[start:end])
    lines = [text[start + s : start + e] for s, e in spans]
    longs = [k for k, line in enumerate(lines) if len(line) >= MIN_REPEAT_PARAGRAPH]
    first_at: dict[str, int] = {}  # paragraph -> its first index in longs
    for j, k in enumerate(longs):
        i = first_at.setdefault(lines[k], j)
        if i == j:
            continue
        n = 0
        while j + n < len(longs) and i + n < j and lines[longs[j + n]] == lines[longs[i + n]]:
            n += 1
        if n >= MIN_REPEATED_PARAGRAPHS:
            a, b = longs[i], k
            while a > 0 and lines[a - 1] == lines[b - 1]:  # the headings above it, repeated too
                a, b = a - 1, b - 1
            while b > 0 and not _BODY_LINE.search(lines[b - 1]) and not HEADING_MARKER.match(lines[b - 1]):
                b -= 1  # its own title and labels (…（全文）)
            return start + spans[b][0]
    return None


def _closing_date(text: str, start: int, end: int) -> int | None:
    """Where a closing date line stands alone at the end of the body ``start:end``, or None.

    The date a report was signed (2025年1月8日, right-aligned in the .docx) under its last
    paragraph is no body text.  Only a date alone: a signature block (the union's name, then
    the date) is left as it stands.

    >>> t = "以上述职，请予评议。\\n2025年1月8日"
    >>> t[_closing_date(t, 0, len(t)):]
    '2025年1月8日'
    >>> _closing_date("以上述职，请予评议。\\n某某公司工会\\n2025年1月8日", 0, 30) is None
    True
    """
    tail = max(start, text.rfind("\n", start, end - MAX_TITLE) if end - start > 2 * MAX_TITLE else start)
    lines = _lines(text[tail:end])  # the last lines only: a date line is short
    if len(lines) < 2:
        return None
    (ps, pe), (s, e) = lines[-2], lines[-1]
    if not _CLOSING_DATE.fullmatch(text, tail + s, tail + e):
        return None
    return tail + s if SENTENCE_CLOSED.search(text[tail + ps : tail + pe]) else None


#: A whole date on its own line (the date a report was signed).
_WHOLE_DATE = r"(?:[0-9]{4}|[0-9]{2}[xX*]{2})\s*年\s*[0-9xX*]{1,2}\s*月\s*[0-9xX*]{1,2}\s*日"
_CLOSING_DATE = re.compile(_WHOLE_DATE)


#: The date a speech or report was given, on its own line under the title: "（2021年9月26日）", or
#: a whole date without brackets: "2024年1月18日".
_DATE_LINE = re.compile(r"[（(]\s*(?:[0-9]{4}|[0-9]{2}[xX*]{2}|[0-9]{3}[xX*])\s*年(?:\s*[0-9xX*]{1,2}\s*月(?:\s*[0-9xX*]{1,2}\s*日)?)?\s*[)）]"
                        r"|" + _WHOLE_DATE)
#: The subtitle line under a speech's or report's title: "——在区总工会第三届委员会第五次全体会议上", or
#: its speaker "——市总工会主席 周明远" (no figure, no list mark: a dashed list item holds those).
_SUBTITLE_LINE = re.compile(r"[—–－]{1,2}\s*(?:[^。！？!?，,\n]{0,20}在[^。！？!?，,\n]{2,50}上(?:的[^。！？!?，,\n]{1,12})?"
                            r"|[^。！？!?，,、；;：:\n0-9０-９]{2,24})")  # or the speaker: ——市总工会主席 周明远


#: The author line under a duty report's or speech's title: "述职人：公司工会主席 周立新".
@lru_cache(maxsize=1)
def _author_line() -> re.Pattern:
    """An author line under a title (述职人：公司工会主席 周立新): a role of ``title_cues.tsv`` (kind
    ``author``), a colon, a name."""
    roles = "|".join(map(re.escape, _title_table()["author"]))
    return re.compile(rf"(?:{roles})\s*[:：]\s*[^。！？；，\n]{{1,40}}")

#: The speaker line under a speech's title without a colon: the speaker's office (its last word a role of
#: ``title_cues.tsv``, kind ``speaker``), a blank, the name: "县总工会经费审查委员会主任　周晓岚".
@lru_cache(maxsize=1)
def _speaker_line() -> re.Pattern:
    """A speaker line: an office of up to 24 characters ending in a role, a blank, a name of 2–4 characters.

    >>> bool(_speaker_line().fullmatch("县总工会经费审查委员会主任 周晓岚")), bool(_speaker_line().fullmatch("工会主席 述职报告"))
    (True, False)
    """
    roles = "|".join(map(re.escape, sorted(_title_table()["speaker"], key=len, reverse=True))) or "(?!)"
    return re.compile(rf"[^。！？!?，,、；;：:\s0-9０-９]{{0,24}}(?:{roles})[ \t\u3000]+(?!.*(?:{_cue_re().pattern}))[\u4e00-\u9fff·]{{2,4}}")


def is_covering_note(line: str) -> bool:
    """True for the short note a forwarded e-mail or message puts above the report (a word of
    ``title_cues.tsv``, kind ``note``: 请审阅, 贴在下面 …): the report's title comes after it.

    >>> is_covering_note("总结已按您的意见修改定稿，正文贴在下面，附件为Word版，请审阅。")
    True
    >>> is_covering_note("全年新建工会组织41个，请各单位认真审阅。"), is_covering_note("今年以来，工作顺利。")
    (False, False)
    """
    notes = _title_table()["note"]
    return len(line) <= _MAX_NOTE and not _FIGURE.search(line) and any(w in line for w in notes)


#: The longest covering note line; a note holds no figure (a digit).
_MAX_NOTE = 80
_FIGURE = re.compile(r"[0-9０-９]")
#: The lines a covering note and its salutation take at the head of a page (李主任： / …请审阅。).
_NOTE_LINES = 3

_BLANKS = re.compile(r"\s+")


def _skip_repeated_title(text: str, title: str, pos: int, leftover: list) -> int:
    """Skip lines right after the title that repeat it (page title + heading), give its subtitle or date,
    name its author (述职人：…) or speaker (…主任 周晓岚), or name the issuing union alone (a news-feed
    account 青禾工会, a union's name printed under the title); note them as leftover.

    >>> t = "在县工会代表大会上的工作报告\\n（2021年9月26日）\\n各位代表："
    >>> lo = []
    >>> t[_skip_repeated_title(t, "在县工会代表大会上的工作报告", 14, lo):], [t[s:e] for s, e in lo]
    ('\\n各位代表：', ['（2021年9月26日）'])
    >>> t = "县总工会工作报告\\n（2021年9月26日）\\n（2021年9月26日）\\n各位代表："
    >>> lo = []
    >>> t[_skip_repeated_title(t, "县总工会工作报告", 8, lo):], [t[s:e] for s, e in lo]
    ('\\n各位代表：', ['（2021年9月26日）', '（2021年9月26日）'])
    >>> t = "经费审查报告\\n——在区总工会全委会议上\\n2024年1月18日\\n各位委员："
    >>> lo = []
    >>> t[_skip_repeated_title(t, "经费审查报告", 6, lo):], [t[s:e] for s, e in lo]
    ('\\n各位委员：', ['——在区总工会全委会议上', '2024年1月18日'])
    >>> t = "镇总工会工作总结\\n青禾镇总工会\\n县总工会经审会主任　周晓岚\\n全年新建工会12家。"
    >>> lo = []
    >>> t[_skip_repeated_title(t, "镇总工会工作总结", 8, lo):], [t[s:e] for s, e in lo]
    ('\\n全年新建工会12家。', ['青禾镇总工会', '县总工会经审会主任\u3000周晓岚'])
    """
    key = _BLANKS.sub("", title)
    base = pos  # the lines' offsets are relative to where the scan began
    for s, e in _lines(text[base:]):
        line = text[base + s : base + e]
        if (_BLANKS.sub("", line) != key and not _DATE_LINE.fullmatch(line) and not _SUBTITLE_LINE.fullmatch(line)
                and not _author_line().fullmatch(line) and not _speaker_line().fullmatch(line)
                and not titles.is_entry_name(line)):
            break
        leftover.append((base + s, base + e))
        pos = base + e
    return pos


def split_articles(text: str) -> list[ArticleSpan]:
    """The articles of a normalised page (see :func:`split_page` for the leftover text).

    >>> [a.title for a in split_articles("关于工会工作的总结\\n今年工会工作取得了进展。")]
    ['关于工会工作的总结']
    >>> a = split_articles("今年工会工作取得了进展。")[0]
    >>> a.title, a.start, a.end
    ('', 0, 12)
    """
    return list(split_page(text).articles)
