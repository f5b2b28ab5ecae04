"""The Jupyter views (reportmine.display): structure, escaping, size bounds, highlight offsets, CJK charts."""

import html
import io
import re
import warnings
from html.parser import HTMLParser

import pytest

import reportmine
from conftest import SAMPLES
from reportmine import display
from reportmine.model import Document, Record, Source
from reportmine.pipeline import analyse_article
from reportmine.textedit import TrackedText

LIMIT = 30_000
EVIL = "<script>alert(1)</script>"


class Marks(HTMLParser):
    """Collects the text of each <p data-start> and each <mark> with its attributes and position."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras = []  # [para start, text so far]
        self.marks = []  # (attrs, text, offset in the article text computed from the paragraph)
        self._mark = None
        self._in_p = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "p" and "data-start" in a:
            self.paras.append([int(a["data-start"]), ""])
            self._in_p = True
        elif tag == "mark":
            pos = self.paras[-1][0] + len(self.paras[-1][1]) if self._in_p else None
            self._mark = [a, "", pos]

    def handle_endtag(self, tag):
        if tag == "p":
            self._in_p = False
        if tag == "mark" and self._mark is not None:
            self.marks.append(tuple(self._mark))
            self._mark = None

    def handle_data(self, data):
        if self._mark is not None:
            self._mark[1] += data
        if self._in_p:
            self.paras[-1][1] += data


def parsed(h: str) -> Marks:
    m = Marks()
    m.feed(h)
    return m


def make_article(text: str, title: str = "区总工会2023年工作总结", doc_id: str = "t"):
    return analyse_article(doc_id, 1, title, TrackedText(text), text)


# An invented report whose title, headings, subjects and evidence carry markup.
EVIL_TEXT = (
    f"一、{EVIL}抓组建\n"
    f"全年新建<b>工会</b>5家，新发展{EVIL}会员680人，其中农民工会员312人。\n"
    "（一）<img src=x onerror=alert(2)>维权\n"
    "职工劳动合同签订率达10230%。\n"
    "二、明年打算\n"
    "力争新发展会员1000人。\n"
)


@pytest.fixture(scope="module")
def sample_docs():
    return [reportmine.load(p) for p in SAMPLES]


@pytest.fixture(scope="module")
def evil():
    art = make_article(EVIL_TEXT, title=f"{EVIL}工会工作总结", doc_id=f"{EVIL}")
    return Document(Source(name=f"{EVIL}.txt", text=EVIL_TEXT, encoding="utf-8", notes=(EVIL,)), (art,),
                    leftover=((0, 3, EVIL),))


# ------------------------------------------------------------- escaping

def _no_markup_leak(h: str):
    assert "<script" not in h and "<img" not in h and "<b>" not in h and "onerror=alert" not in h.replace("onerror=alert(2)&gt;", "")
    # the escaped forms are there: the text is shown, not dropped
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in h


def test_evil_fixture_reaches_every_field(evil):
    art = evil[0]
    assert EVIL in art.title
    assert any(EVIL in s.heading for s in art.sections)
    assert any("<b>" in r.subject or EVIL in r.subject for r in art.records)
    assert any(EVIL in r.evidence for r in art.records)
    assert any(r.flags for r in art.records)


@pytest.mark.parametrize("view", ["document", "article", "sections", "records"])
def test_all_text_escaped(evil, view):
    art = evil[0]
    if view == "document":
        outs = [evil._repr_html_()]
    elif view == "article":
        outs = [art._repr_html_()]
    elif view == "sections":
        outs = [art.sections._repr_html_()]
        assert "&lt;img src=x onerror=alert(2)&gt;" in outs[0]
    else:
        outs = [r._repr_html_() for r in art.records if EVIL in r.evidence]
        assert outs
    for h in outs:
        _no_markup_leak(h)


def test_record_fields_escaped_including_attributes():
    r = Record(metric='x"><script>', subject=EVIL, value=1.0, unit="person", raw_unit="人", qualifier="exact",
               mention="1人", start=3, end=5, evidence=f"{EVIL}有1人。", sentence_start=-2, flags=('"<b>',),
               title=EVIL, doc_id=EVIL, period=EVIL, section=EVIL, why=EVIL, path=EVIL)
    h = display.record_html(r)
    assert "<script" not in h and "<b>" not in h and 'x">' not in h
    # the hover text is an attribute: quotes are escaped too
    m = parsed(h)
    (attrs, text, _), = m.marks
    assert text == "1人" and EVIL in attrs["title"] and '"<b>' in attrs["title"]


# ------------------------------------------------------------- structure

def test_article_view_structure(sample_docs):
    art = sample_docs[0][0]
    h = art._repr_html_()
    m = parsed(h)
    assert html.escape(art.title) in h
    assert h.count('<li style="padding-left') == min(len(art.sections), display.MAX_HEADINGS)
    for p in art.parts:
        assert f">{p.role}</span>" in h  # the parts bar names every part
    assert str(art.metadata.org_level) in h
    assert f"{len(art.records)} figures" in h
    assert m.marks, "figures are highlighted"
    assert '<p class="rm-h"' in h  # heading lines stand out in the text
    assert 'class="rm-note"' in h and "cut here" in h  # this article is long: the cut is said


def test_short_article_shows_everything_without_cut_note():
    art = make_article("一、抓组建\n全年新建工会5家，新发展会员680人。\n")
    h = art._repr_html_()
    assert "cut here" not in h
    m = parsed(h)
    assert [t for _, t, pos in m.marks if pos is not None] == [r.mention for r in art.records] == ["5家", "680人"]


def test_hover_says_metric_value_aspect():
    art = make_article("全年新发展会员680人，其中农民工会员312人。\n")
    m = parsed(art._repr_html_())
    for (attrs, text, _), r in zip(m.marks, art.records):
        assert attrs["data-metric"] == r.metric
        assert r.metric in attrs["title"] and "680" in m.marks[0][0]["title"]
        assert f"aspect: {r.aspect}" in attrs["title"]
        assert f"rm-{r.aspect}" in attrs["class"]


def test_flags_visible(evil):
    art = evil[0]
    flagged = [r for r in art.records if r.flags]
    h = art._repr_html_()
    assert f"{len(flagged)} flagged figures" in h
    for r in flagged:
        for f in r.flags:
            assert f"⚑ {f}" in h
    m = parsed(h)
    in_text = [a for a, _, pos in m.marks if pos is not None and "rm-flagged" in a["class"]]
    in_list = [a for a, _, pos in m.marks if pos is None and "rm-flagged" in a["class"]]
    assert len(in_text) == len(in_list) == len(flagged)  # marked in the text and in the list
    # the outline is inline: it survives viewers that drop <style> (untrusted notebooks)
    assert all("outline:2px solid" in a["style"] for a in in_text + in_list)
    assert "⚑" in display.record_html(flagged[0])


def test_document_view_lists_articles(sample_docs):
    doc = max(sample_docs, key=len)
    assert len(doc) > 1
    h = doc._repr_html_()
    assert h.count("<details") >= len(doc)
    for a in doc:
        assert html.escape(display._clip(a.title, 60)) in h
    assert doc.source.encoding in h


def test_document_with_many_articles_lists_the_rest():
    body = "一、抓组建\n全年新建工会5家，新发展会员680人。\n"
    arts = tuple(analyse_article(f"d#{i}", i, f"第{i}篇总结", TrackedText(body), body) for i in range(1, 61))
    h = Document(Source("d", body, "utf-8"), arts)._repr_html_()
    assert len(h) < LIMIT
    assert f"{60 - display.MAX_ARTICLES} more articles" in h
    assert "第60篇总结" not in h and "… and" in h  # beyond the listed ones: a count, not lines


def test_empty_document_and_article():
    doc = reportmine.parse_text("")
    assert "no articles" in doc._repr_html_()
    art = make_article("没有数字的一句话。\n")
    h = art._repr_html_()
    assert "no figures" in h and "no headings" in h


# ------------------------------------------------------------- highlights at the right offsets

def _check_marks(art, h):
    m = parsed(h)
    by_start = {}
    for r in art.records:
        by_start.setdefault(r.start, []).append(r)
    for start, text in m.paras:
        shown = text[:-1] if text.endswith("…") and not art.text[start:start + len(text)].endswith("…") else text
        assert art.text[start:start + len(shown)] == shown
    for attrs, text, pos in m.marks:
        start = int(attrs["data-start"])
        assert any(r.mention == text for r in by_start[start])
        if pos is None:  # in the list of flagged figures, not in the text
            continue
        assert pos == start, "the mark stands where its record starts"
        assert art.text[start:start + len(text)] == text
    return m


def test_highlight_offsets_on_every_sample(sample_docs):
    n = 0
    for doc in sample_docs:
        for art in doc:
            m = _check_marks(art, art._repr_html_())
            n += len(m.marks)
            for r in art.records[:5]:
                (attrs, text, _), = parsed(r._repr_html_()).marks
                assert text == r.mention and int(attrs["data-start"]) == r.start
    assert n > 50


def test_overlapping_spans_marked_once():
    art = make_article("全年新发展会员680人。\n")
    r = art.records[0]
    h = display.highlight(art.text, [(r.start, r.end, r), (r.start + 1, r.end, r)])
    assert h.count("<mark") == 1


def test_cut_never_splits_a_figure():
    line = "，".join(f"第{i}季度新发展会员1234{i % 10}人" for i in range(400)) + "。\n"
    art = make_article(line)
    h = art._repr_html_()
    _check_marks(art, h)
    assert "cut here" in h


# ------------------------------------------------------------- size bounds

def test_every_sample_view_is_small(sample_docs):
    for doc in sample_docs:
        assert len(doc._repr_html_()) < LIMIT
        for art in doc:
            assert len(art._repr_html_()) < LIMIT
            assert len(art.sections._repr_html_()) < LIMIT
            for r in art.records:
                assert len(r._repr_html_()) < 8_000


def test_huge_article_is_cut():
    body = "".join(f"{'一二三四五六七八九'[i % 9]}、第{i}项工作\n全年新建工会{i}家，新发展会员{i * 7}人，慰问困难职工{i}户。\n"
                   for i in range(1, 1500))
    art = make_article(body)
    assert len(art.records) > 3000 and len(art.sections) > 1000
    for h in (art._repr_html_(), art.sections._repr_html_(),
              Document(Source("big", body, "utf-8"), (art,))._repr_html_()):
        assert len(h) < LIMIT
    assert "more headings not shown" in art._repr_html_()


def test_one_line_article_is_cut():
    art = make_article("全年" + "开展活动，" * 20000 + "新建工会5家。")
    h = art._repr_html_()
    assert len(h) < LIMIT and "cut here" in h


def test_long_evidence_is_clipped_around_the_mention():
    ev = "很长的句子" * 500 + "新发展会员680人" + "很长的句子" * 500
    r = Record(metric="members", subject="会员", value=680.0, unit="person", raw_unit="人", qualifier="exact",
               mention="680人", start=2505, end=2509, evidence=ev, sentence_start=0)
    h = display.record_html(r)
    assert len(h) < 8_000
    (attrs, text, _), = parsed(h).marks
    assert text == "680人"


# ------------------------------------------------------------- Chinese labels in charts

def _chart_warnings():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig, ax = plt.subplots()
        ax.bar(["市总工会", "县级", "乡镇（街道）", "企业"], [3, -1, 4, 2])
        ax.set_title("会员人数：2023年 −5%")
        fig.savefig(io.BytesIO(), format="png")
        plt.close(fig)
    return [str(w.message) for w in caught if "missing from" in str(w.message) or "Glyph" in str(w.message)]


def test_chinese_chart_labels_have_glyphs():
    import matplotlib

    with matplotlib.rc_context():
        matplotlib.rcdefaults()
        assert _chart_warnings(), "without a CJK font matplotlib warns (so this test can fail)"
        name = display.use_cjk_font()
        assert "CJK" in name or "Hei" in name or "Han" in name
        assert _chart_warnings() == []


def test_cjk_font_comes_from_the_projects_own_install():
    # the test extra installs mplfonts (Noto Sans CJK SC): no system font is needed on a fresh machine
    path = display.cjk_font_path()
    assert path and "mplfonts" in path


def test_heading_lines_bold_but_not_a_heading_run_into_its_body():
    art = make_article("一、抓组建\n全年新建工会5家。\n二、强服务。全年慰问困难职工45户，发放慰问金9万元，走访企业12家。\n")
    assert [s.heading for s in art.sections][:1] == ["抓组建"] and len(art.sections) == 2
    paras = parsed_paragraph_classes(art._repr_html_())
    assert paras[0] == ("rm-h", "一、抓组建")
    assert paras[1][0] == "" and paras[2][0] == ""


def parsed_paragraph_classes(h: str) -> list[tuple[str, str]]:
    """(class, text) of each paragraph of the article text."""
    out = []
    for cls, body in re.findall(r'<p(?: class="([^"]*)")? data-start="\d+">(.*?)</p>', h, re.S):
        out.append((cls, html.unescape(re.sub(r"<[^>]+>", "", body))))
    return out


def test_sections_view_takes_the_tree_or_its_roots():
    art = make_article("一、抓组建\n（一）建会\n全年新建工会5家。\n二、强服务\n慰问困难职工45户。\n")
    by_tree = display.sections_html(art.sections)
    assert by_tree == display.sections_html(art.sections.roots)
    assert "3 sections" in by_tree and by_tree.count("<li") == 3
    assert 'padding-left:1.2em">（一）建会' in by_tree  # indented by depth
