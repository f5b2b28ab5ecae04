"""Forum markup: BBCode tags go, the text they wrap stays; a page without BBCode is untouched."""

import doctest

import pytest

from reportmine.normalize import markup
from reportmine.normalize.markup import has_bbcode, strip_bbcode
from reportmine.textedit import TrackedText


def clean(text: str) -> str:
    return TrackedText(text).apply("strip_bbcode", strip_bbcode(text)).text


@pytest.mark.parametrize(
    "raw, want",
    [
        ("[b]一、加强组织建设[/b]", "一、加强组织建设"),
        ("[B]二、维权[/B]", "二、维权"),
        ("[align=center][size=5]区总工会工作总结[/size][/align]", "区总工会工作总结"),
        ("[color=#333333]新建工会12家。[/color]", "新建工会12家。"),
        ("[quote]原文：新建工会12家。[/quote]很好", "原文：新建工会12家。很好"),
        ("配图[img=600,400]http://x.cn/a.jpg[/img]如下[attach]77[/attach]。", "配图如下。"),
        ("[list][*]新建工会12家[*]发展会员300名[/list]", "新建工会12家\n发展会员300名"),  # an item ends a line
    ],
)
def test_tags_go_text_stays(raw, want):
    assert clean(raw) == want


@pytest.mark.parametrize(
    "text",
    [
        "依据临工发[2024]3号文件，新建工会12家。",
        "[一]组织建设：新建工会12家。",
        "见附件[1]和[2]，[b]级企业[size]不限。",  # tag names but no closing tag: not a forum post
        "今年以来新建工会12家。",
    ],
)
def test_text_without_bbcode_is_left_alone(text):
    assert not has_bbcode(text) and strip_bbcode(text) == []


def test_every_edit_is_explained():
    t = "[b]一、组织[/b][img]a.jpg[/img]"
    assert all(e.note.startswith("markup:") for e in strip_bbcode(t))


def test_doctests():
    assert doctest.testmod(markup).failed == 0


# --- emoji of a mobile article page (reportmine.normalize.symbols) ---

from reportmine.normalize import symbols  # noqa: E402
from reportmine.normalize.symbols import strip_emoji  # noqa: E402


def unemoji(text: str) -> str:
    return TrackedText(text).apply("strip_emoji", strip_emoji(text)).text


@pytest.mark.parametrize(
    "raw, want",
    [
        ("👉 一、建会入会", "一、建会入会"),  # before a heading: the blank after it goes too
        ("　　🔥二、技能竞赛", "　　二、技能竞赛"),  # the indent stays
        ("吸纳会员1200人。 🎉", "吸纳会员1200人。"),
        ("送去慰问金4.5万元。 ❤️", "送去慰问金4.5万元。"),  # a heart with its variation selector
        ("走访困难职工52户。🙏🏻", "走访困难职工52户。"),  # with a skin tone
        ("工会 👍 点赞", "工会 点赞"),
        ("▶ 一、建会入会", "一、建会入会"),  # a decorative mark before a heading numeral
        ("▶️（二）服务关爱", "（二）服务关爱"),
        ("☆第一部分 工作回顾", "第一部分 工作回顾"),
    ],
)
def test_emoji_go(raw, want):
    assert unemoji(raw) == want


@pytest.mark.parametrize(
    "text",
    ["①新建工会12家；★重点推进；申请→审核。", "占比５％，※注：含联合工会。", "今年以来新建工会12家。", "★★★级职工之家3个。", "→ 详见附件。"],
)
def test_text_without_emoji_is_left_alone(text):
    assert strip_emoji(text) == []


def test_every_emoji_edit_is_explained():
    assert all(e.note.startswith("symbols: emoji") for e in strip_emoji("👉 一、组织\n好。🎉"))


def test_symbols_doctests():
    assert doctest.testmod(symbols).failed == 0


# --- Markdown of an online document copied as its source (strip_markdown) ---

from reportmine.normalize.markup import has_markdown, strip_markdown  # noqa: E402


def unmark(text: str) -> str:
    return TrackedText(text).apply("strip_markdown", strip_markdown(text)).text


@pytest.mark.parametrize(
    "raw, want",
    [
        ("## 一、组织建设\n新建工会8家。", "一、组织建设\n新建工会8家。"),
        ("# 东湖街道工会2023年工作总结\n### （二）帮扶\n走访40户。", "东湖街道工会2023年工作总结\n（二）帮扶\n走访40户。"),
        ("**（一）“职工书屋”提档。**新增图书1200册。", "（一）“职工书屋”提档。新增图书1200册。"),
        ("| 指标 | 完成 |\n|:---|---:|\n| 新会员 | 215人 |\n| 慰问 | 33户 |", "指标 完成\n新会员 215人\n慰问 33户"),
        ("|名称|数量|\n|---|---|\n|驿站|4座|", "名称 数量\n驿站 4座"),
        ("## 三、下一步\n- 新建工会8家\n* 走访慰问40户", "三、下一步\n新建工会8家\n走访慰问40户"),
        ("## 一、概况\n发展会员60人。\n\n---\n评论(1)", "一、概况\n发展会员60人。\n\n评论(1)"),
        ("一、概况\n发展会员60人。\n---\n评论(1)", "一、概况\n发展会员60人。\n---\n评论(1)"),  # no sign of Markdown: a dashed line is the page's own
        # two asterisks right after a digit are a site's digit mask, not a bold mark; bold round a number goes
        ("## 一、概况\n新增会员2**人，新建工会小组1**个。", "一、概况\n新增会员2**人，新建工会小组1**个。"),
        ("## 一、概况\n新增会员**1200**人，走访3**户。", "一、概况\n新增会员1200人，走访3**户。"),
    ],
)
def test_markdown_goes_text_stays(raw, want):
    assert unmark(raw) == want


@pytest.mark.parametrize(
    "text",
    [
        "# 1号文件\n新建工会12家。",  # a lone # with no other sign: the report's own
        "甲 | 乙 | 丙\n发展会员60人。",  # pipes without a table rule
        "全年发展会员60人*，其中女职工20人。",
        "今年以来新建工会12家。",
        "- 格式:docx\n- 大小:26.40 KB\n上半年新建工会4家。",  # list marks without headings or a table
    ],
)
def test_text_without_markdown_is_left_alone(text):
    assert not has_markdown(text) and strip_markdown(text) == []


def test_pipes_without_a_table_rule_stay_on_a_markdown_page():
    t = "## 二、维权\n甲 | 乙\n调解12件。"
    assert unmark(t) == "二、维权\n甲 | 乙\n调解12件。"


def test_every_markdown_edit_is_explained():
    t = "## 一、组织\n**加强**\n|a|b|\n|---|---|\n|c|d|\n---"
    assert all(e.note.startswith("markup: a Markdown") or e.note.startswith("markup: Markdown") for e in strip_markdown(t))


def test_a_row_of_asterisks_between_reports_stays():
    t = "**区总工会2023年工作总结**\n新建工会12家。\n******\n**区总工会2024年工作要点**\n发展会员300名。"
    assert unmark(t) == "区总工会2023年工作总结\n新建工会12家。\n******\n区总工会2024年工作要点\n发展会员300名。"


# -- invisible characters (symbols.strip_invisible) ---------------------------------------------------
from reportmine.normalize import escapes  # noqa: E402
from reportmine.normalize.escapes import unescape_html, unescape_json  # noqa: E402
from reportmine.normalize.symbols import strip_invisible  # noqa: E402


def run(step, text: str) -> str:
    return TrackedText(text).apply(step.__name__, step(text)).text


@pytest.mark.parametrize(
    "raw, want",
    [
        ("吸纳\u200b会员2\u200c6\u200d8人", "吸纳会员268人"),
        ("建会率8\u00ad6.4%\u2060，\ufeff", "建会率86.4%，"),
        ("ä¸\u00adå¿ƒ", "ä¸\u00adå¿ƒ"),  # a byte of Latin-1 mojibake, for the codec step
    ],
)
def test_invisible_characters_go(raw, want):
    assert run(strip_invisible, raw) == want


def test_each_invisible_run_is_noted():
    (e,) = strip_invisible("工\u200b\u00ad会")
    assert (e.start, e.end, e.replacement) == (1, 3, "") and "U+200B U+00AD" in e.note


# -- escapes: HTML escaped twice, a JSON string ---------------------------------------------------------
@pytest.mark.parametrize(
    "raw, want",
    [
        ("&amp;nbsp;&amp;nbsp;今年&#65292;&ldquo;双争&rdquo;", "\xa0\xa0今年，“双争”"),
        ("<p style=\"text-indent:2em;\">新建工会9家</p>&lt;br&gt;走访&amp;amp;middot;", "\n新建工会9家\n\n走访·"),
        ("<span style=\"color:red\">三、</span>&lt;span style=&quot;x&quot;&gt;帮扶&lt;/span&gt;", "三、帮扶"),
        ("&amp;lt;br /&amp;gt;会员&amp;mdash;&amp;mdash;", "\n会员——"),
    ],
)
def test_escaped_html_is_decoded(raw, want):
    assert run(unescape_html, raw) == want


@pytest.mark.parametrize(
    "text",
    [
        "研发中心R&D投入50万元，其中<5%用于培训。",
        "开展“书香&nbsp”活动",  # no semicolon: no entity
        "会员&lt;100人的小微企业",  # one sign only
    ],
)
def test_a_page_with_fewer_than_two_signs_is_left_alone(text):
    assert unescape_html(text) == []


@pytest.mark.parametrize(
    "raw, want",
    [
        ('"content":"\\u5de5\\u4f1a\\u65b0\\u5efa12\\u5bb6\\n\\u8d70\\u8bbf"', "工会新建12家\n走访"),
        ('{"id":5,"title":"总结","body":"\\u4e00\\u3001\\"送清凉\\"\\u6d3b\\u52a8","views":40}', '一、"送清凉"活动'),
        ("\\\\u4e09\\\\u3001\\\\n", "三、\n"),  # escaped twice: decoded to the end in one pass
    ],
)
def test_json_string_is_decoded(raw, want):
    assert run(unescape_json, raw) == want


@pytest.mark.parametrize("text", ["文件路径D:\\new\\u6587件", "换行符写作\\n，引号写作\\\""])
def test_text_without_a_run_of_u_escapes_is_left_alone(text):
    assert unescape_json(text) == []


@pytest.mark.parametrize("text", ["&amp;nbsp;会员&#65292;&lt;br&gt;", '"content":"\\\\u4e09\\\\u3001\\n\\"x\\""'])
def test_escapes_are_idempotent(text):
    once = run(unescape_html, run(unescape_json, text))
    assert unescape_json(once) == [] and unescape_html(once) == []


def test_escapes_doctests():
    assert doctest.testmod(escapes).failed == 0
