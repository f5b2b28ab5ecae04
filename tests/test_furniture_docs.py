"""Furniture of Q&A answer pages (知乎-like), presentations exported as text (PowerPoint outline) and
online documents (腾讯文档 / 石墨-like): the rows of furniture.tsv's block for them, on invented lines
and pages.  Whole pages as data: tests/test-cases/normalize/in-the-wild.json.
"""

import pytest
from test_furniture_sites import BODY, clean

from reportmine.normalize import normalize
from reportmine.normalize.furniture import is_furniture_line

# Lines that are furniture wherever they stand (invented after these kinds of pages).
DOC_LINES = [
    # Q&A answer pages
    "关注问题",
    "写回答",
    "关注问题 写回答 邀请回答",
    "添加评论",
    "申请转载",
    "默认排序",
    "被浏览",
    "被浏览 3,902",
    "关注者 56",
    "8 个回答",
    "查看全部 23 个回答",
    "发布于 2023-11-30 19:07・IP 属地湖南",
    "编辑于 2023-12-02 08:15",
    "发布于 昨天 21:40",
    "IP 属地广东",
    "谢邀，这是我们镇去年的材料，仅供参考",
    "谢邀",
    "更多回答",
    # presentations
    "第12张幻灯片",
    "幻灯片 4",
    "Slide 7",
    "汇报人：工会办公室 刘敏",
    "主讲人：王海",
    "备注：这页讲2分钟，先放照片",
    "演讲者备注：点击后出现动画",
    "谢谢观看！",
    "感谢聆听",
    # online documents
    "最近编辑：今天 09:12",
    "最近修改：2024-03-02 14:20  2人正在编辑  分享",
    "5人正在编辑",
    "评论（3）",
    "@老刘：这个数是不是少算了两家？",
    "回复 阿芳：按年报改过了",
    "字数统计：2,318",
    "仅自己可见",
    "仅限工会委员可见 · 由 阿芳 创建于 2024-01-03",
    "获得链接的人可查看",
]


@pytest.mark.parametrize("line", DOC_LINES)
def test_doc_line_is_furniture(line):
    assert clean(f"{BODY}\n{line}\n{BODY}") == f"{BODY}\n{BODY}"


# Report lines that merely mention these words: they stay.
REPORT_LINES = [
    "全年回复职工来信来访46件，办结率100%。",
    "回复：经研究，同意增设职工书屋2个。",
    "备注：以上数据截至11月30日。",
    "职工对服务的满意率为96%，赞同率达到89%。",
    "共收到合理化建议58条，采纳并发布于厂务公开栏23条。",
    "目录管理规范，建档企业120家。",
    "工会组织发现问题12个，整改到位12个。",
    "全年共有3人正在申报市级劳动模范。",
    "谢谢大家！",
]


@pytest.mark.parametrize("line", REPORT_LINES)
def test_report_line_stays(line):
    assert not is_furniture_line(line)
    assert clean(f"{BODY}\n{line}\n{BODY}") == f"{BODY}\n{line}\n{BODY}"


def test_bullet_glyph_goes_the_item_stays():
    assert clean(f"{BODY}\n• 慰问困难职工33户\n– 培训职工700人次\n{BODY}") == f"{BODY}\n慰问困难职工33户\n培训职工700人次\n{BODY}"


def test_a_dash_joined_to_its_word_stays():
    assert clean(f"{BODY}\n–2024年\n{BODY}") == f"{BODY}\n–2024年\n{BODY}"


def test_presentation_figures_on_their_own_lines_join_their_bullet():
    page = "第2张幻灯片\r\n一、职工服务\r\n• 走访慰问职工\r\n26\r\n户\r\n• 发放慰问金\r\n3.2\r\n万元\r\n• 参保率\r\n97.1%\r\n备注：这页讲1分钟\r\n"
    assert normalize(page) == "一、职工服务\n走访慰问职工26户\n发放慰问金3.2万元\n参保率97.1%"


def test_online_document_comment_thread_goes():
    page = (
        "## 一、基本情况\n辖区新发展会员52人，其中快递员17人。\n\n---\n评论(1)\n"
        "@小赵：快递员是不是19人？\n回复 老周：按台账17人\n字数统计：860\n"
    )
    assert normalize(page) == "一、基本情况\n辖区新发展会员52人，其中快递员17人。"


def test_other_answers_of_a_q_and_a_page_go():
    page = (
        "赞同 86 86 人赞同了该回答\n\n2023年，厂工会新发展会员132名，入会率达到96.5%。\n"
        "发布于 2024-01-09 20:15・IP 属地江苏\n赞同 86\n添加评论\n\n更多回答\n\n写材料的老王\n"
        "赞同 12\n先列数字再写做法。我一般分两块：成绩和不足，最后写打算……\n阅读全文\n"
        "发布于 2023-12-30 10:02・IP 属地山东\n"
    )
    assert normalize(page) == "2023年，厂工会新发展会员132名，入会率达到96.5%。"


@pytest.mark.parametrize("line", ["赞同 47", "赞同 1.2 万", "赞同 47 47 人赞同了该回答", "312 人赞同了该文章"])
def test_vote_line_is_furniture(line):
    assert is_furniture_line(line)
