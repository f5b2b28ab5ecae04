"""Site furniture of personal-library pages (360doc 个人图书馆), blog pages (新浪博客) and yearbook
entries copied from a PDF (年鉴): the rows of furniture.tsv's block for them, on invented lines and
pages (whole pages as data: tests/test-cases/normalize/in-the-wild.json and negative.json).

Two things these pages need that rows cannot do are done in code: a yearbook entry's name line
above its 【概况】 paragraph is its title (titles.is_entry_head, the organisation suffixes a table:
data/yearbook_entries.tsv), and after the entry's contributor line the next entry is the page's
overrun (furniture._yearbook_overrun).
"""

import pytest

import reportmine
from reportmine.normalize.furniture import is_furniture_line, remove_furniture
from reportmine.textedit import TrackedText


def clean(text: str) -> str:
    return TrackedText(text).apply("remove_furniture", remove_furniture(text)).text


BODY = "全年新建基层工会组织41个，新发展会员2380人，职工入会率达到91.7%。"

# Lines that are furniture wherever they stand (invented after these kinds of pages).
SITE_LINES = [
    # 360doc 个人图书馆
    "来自：河畔听风 >《工会资料》2024-11-02 | 阅1836转 22",
    "来自: 河畔听风 > 《工会资料》",
    "来自：河畔听风 >《工会资料》2024-11-02 | 阅 90 转 1 转藏 全屏 打印 分享 献花（3）",
    "转藏 全屏 打印 分享 献花（0）",
    "转藏 | 分享 | 献花(5) +1",
    "献花（12）",
    "阅 1523 | 转 16",
    "全屏 打印 分享",
    "喜欢该文的人也喜欢 更多",
    "本文是河畔听风的馆藏",
    "12条评论",
    "请登录后发表评论，还可以输入500字",
    # 新浪博客
    "(2023-12-29 18:02:45)",
    "（2024-3-5 08:15）",
    "(2024-01-15 09:05:12)[转载▼]",
    "（2023-06-30 17:40:08） [编辑][删除]",
    "阅读（86）评论（1）收藏 转载 喜欢▼ 打印 举报",
    "阅读(1024) ┊ 评论(6) ┊ 收藏(2) ┊ 转载(3) ┊ 喜欢▼ ┊ 打印 ┊ 举报",
    "转载 喜欢▼ 打印 举报",
    "前一篇：石桥村工会2022年工作总结",
    "后一篇：乡工会开展“送清凉”活动",
    "重要提示：警惕虚假中奖信息",
    "[发评论]",
    "登录名： 密码： 找回密码 注册",
    "记住登录状态",
    "验证码： 请点击后输入验证码 收听验证码",
    "新浪BLOG意见反馈留言板 电话：4006900000 提示音后按1键",
    "博客积分：1520",
    "博客访问：204,311",
    "获赠金笔：0支",
    "博主信息",
    "博文分类",
    "加好友 发纸条 写留言 加关注",
    # yearbooks
    "云州年鉴·2024",
    "2024 云州年鉴",
    "江南年鉴（2024）",
    "·312· 江南年鉴·2024",
    "· 96 ·",
    "江南年鉴·2024 ·313·",
    "288 云州年鉴 2024",
    "中国工会年鉴（二〇二四）",
    "云州年鉴 2024卷",
    "群众团体 ·289·",
    "·290· 社会团体",
    "（撰稿人：魏清和）",
    "（执笔：韩露）",
    "撰稿：魏清和",
    "撰稿人：魏清和 审稿：李明",
]


@pytest.mark.parametrize("line", SITE_LINES)
def test_site_line_is_furniture(line):
    assert is_furniture_line(line)


# Report lines holding the same words: never furniture.
REPORT_LINES = [
    "来自全县各行业的128名职工参加了比赛，其中转岗职工16人。",
    "五一前夕，组织职工代表向劳模献花致敬。",
    "职工书屋馆藏图书1.2万册",
    "全年收到职工留言312条",
    "阅读分享会8场",
    "全屏展示劳模风采",
    "阅览室全年接待职工1523人次",
    "三、群众团体工作",
    "参与编写《云州年鉴（2024）》群众团体篇目。",
    "职代会于2024-07-08 14:30召开",
    "【转岗培训】全年组织转岗培训12期。",
    "撰稿：全年征集职工撰稿文章86篇。",
]


@pytest.mark.parametrize("line", REPORT_LINES)
def test_report_line_is_not_furniture(line):
    assert not is_furniture_line(line)


def test_repost_mark_before_a_title_goes_and_the_title_stays():
    text = "【转】石桥镇总工会2024年工作总结\n" + BODY
    assert clean(text) == "石桥镇总工会2024年工作总结\n" + BODY


def test_repost_mark_before_a_sentence_stays():
    text = "[转载]" + BODY
    assert clean(text) == text


def test_yearbook_contributor_glued_after_the_last_sentence_goes():
    assert clean(BODY + "（撰稿人：魏清和）") == BODY


def test_yearbook_category_line_goes_only_at_the_edge():
    assert clean("群众团体\n江南市总工会\n" + BODY) == "江南市总工会\n" + BODY
    middle = BODY + "\n群众团体\n" + BODY
    assert clean(middle) == middle


def test_yearbook_page_break_inside_a_sentence_is_joined():
    text = "【帮扶解困】全年慰问困\n\n· 41 ·\n\n江南年鉴·2024\n\n难职工3200户。"
    assert clean(text) == "【帮扶解困】全年慰问困难职工3200户。"
    right_hand = "【帮扶解困】全年慰问困\n群众团体 ·43·\n难职工3200户。"
    assert clean(right_hand) == "【帮扶解困】全年慰问困难职工3200户。"


YEARBOOK_ENTRY = (
    "江南年鉴·2024\n社会团体\n江南市总工会\n"
    "【概况】2023年，全市有基层工会组织2648个，会员31.2万人。\n"
    "【帮扶解困】全年走访慰问困难职工2.3万人次，发放慰问金1480万元。\n"
    "（撰稿：沈一帆）\n"
    "江南市妇女联合会\n【概况】2023年，全市有各级妇联组织1790个，"
)


def test_yearbook_entry_name_is_the_title():
    doc = reportmine.parse_text(YEARBOOK_ENTRY)
    assert doc.articles[0].title == "江南市总工会"


def test_yearbook_next_entry_after_the_contributor_line_goes():
    doc = reportmine.parse_text(YEARBOOK_ENTRY)
    assert "妇女联合会" not in doc.articles[0].text and "1790" not in doc.articles[0].text
    assert doc.articles[0].text.endswith("发放慰问金1480万元。")


def test_yearbook_next_entry_after_a_glued_contributor_goes():
    text = ("共青团江南市委员会\n【概况】全市有基层团组织3120个，团员8.6万人。\n【青年就业】举办招聘会12场。（撰稿人：魏清和）\n"
            "· 290 ·\n江南市科学技术协会\n【概况】全市有学会46个。\n【科普】开展科普活动320场。")
    doc = reportmine.parse_text(text)
    assert [a.title for a in doc.articles] == ["共青团江南市委员会"]
    assert doc.articles[0].text == "【概况】全市有基层团组织3120个，团员8.6万人。\n【青年就业】举办招聘会12场。"


@pytest.mark.parametrize(
    "after",
    [
        "江南市总工会\n全市有基层工会2648个。",  # a name line not above a labelled paragraph: no next entry
        "【帮扶解困】全年慰问困难职工3200户。",  # the entry goes on under a label
        "今年以来，全市新建工会组织214个。",
    ],
)
def test_what_follows_a_contributor_line_and_is_no_next_entry_stays(after):
    text = "江南市总工会\n【概况】全市有基层工会组织2648个。\n（撰稿：沈一帆）\n" + after
    assert after.split("\n")[-1] in clean(text)


def test_an_organisation_name_above_an_unlabelled_paragraph_is_no_title():
    doc = reportmine.parse_text("江南市总工会\n2023年，全市有基层工会组织2648个，会员31.2万人。")
    assert doc.articles[0].title == ""
