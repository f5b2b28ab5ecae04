"""Site furniture removal: each pattern family removes real furniture and keeps body text."""

import pytest

from reportmine.normalize.furniture import load_furniture_patterns, remove_furniture
from reportmine.textedit import TrackedText

BODY = "今年以来，镇总工会认真开展各项工作，全镇共有会员13200人，入会率达96%以上。"
BODY2 = "二是积极探索职工民主管理新路子，依法维护职工民主权利，取得了较好的效果。"


def clean(text: str) -> str:
    return TrackedText(text).apply("remove_furniture", remove_furniture(text)).text


def removed(text: str) -> list[str]:
    return [text[e.start : e.end].strip() for e in remove_furniture(text)]


# Real furniture lines, each from a family in furniture.tsv (the seeds and common template sites).
FURNITURE_LINES = [
    "网站首页 工作范例 办公范例 个人范例 党团范例 简历范例 学生范例 其他范例 专题范例",
    "首页\xa0>\xa0其他 >",
    "当前位置：首页 > 范文大全 > 工作总结",
    "欢迎访一网宝!您身边的知识小帮手,专注做最新的学习参考资料!",
    "一网宝 分享 时间： 加入收藏 我要投稿 点赞",
    "分享",
    "下载文档",
    "收藏 分享赚钱",
    "收起",
    "展开",
    "【打印本页】【关闭窗口】",
    "返回顶部",
    "2023年镇总工会工作报告附表.xlsx",  # (a file named as a report is kept as its title: see below)
    "ID:658860",
    "大小：22.02KB",
    "页数：9页",
    "格式：DOCX",
    "时间：2023-04-14",
    "发布时间：2023年04月14日",
    "阅读次数：1234",
    "栏目： 工会工作总结 / 释出于： / 人气：1.14W",
    "来源：镇总工会",
    "责任编辑：张三",
    "网站客服：3074922707",
    "此文档下载收益归作者所有",
    "你可能关注的文档",
    "一键复制全文保存为WORD",
    "微信扫码领取福利",
    "微信扫码分享",
    "扫一扫",
    "领取福利",
    "上一篇：社区工会工作计划",
    "下一篇：企业工会工作总结",
    "版权声明：本文内容由互联网用户自发贡献，本站不拥有所有权。",
    "本文地址：http://www.example.com/a/1.html",
    "第9页 共9页",
    "乡镇工会上半年工作总结（精选4篇）",
    "街道总工会工作总结(实用三篇)",
]


@pytest.mark.parametrize("line", FURNITURE_LINES)
def test_furniture_line_removed_between_body_paragraphs_or_at_edges(line):
    page = f"{line}\n\n{BODY}\n\n{BODY2}\n"
    assert removed(page) == [line]
    assert line not in clean(page)
    assert BODY in clean(page) and BODY2 in clean(page)


# Body sentences that use the same words: never furniture.
BODY_SENTENCES = [
    "组织职工分享先进经验，共下载学习资料300余份。",
    "下载文档时要注意保密规定，严禁上传涉密文件。",
    "时间：3月5日至3月8日，地点：镇文化广场。",
    "资金来源：镇财政拨款和工会经费各占一半。",
    "上半年共编发简报12期，在网站发布信息86条，点击量逾万次。",
    "微信扫码入会活动覆盖企业45家，新增会员300余人。",
    "客服中心建设取得新进展，共受理职工来电186件。",
    "温馨提示卡发放到每一位职工手中，提醒注意安全生产。",
    "会同团委、妇联开展了“书香职工”读书分享活动。",
    "编印《工会工作总结汇编》（共3篇）发给基层工会。",
]


@pytest.mark.parametrize("sentence", BODY_SENTENCES)
def test_body_sentence_with_furniture_words_is_kept(sentence):
    page = f"县总工会工作总结\n{BODY}\n{sentence}\n{BODY2}"
    assert remove_furniture(page) == []


def test_weak_patterns_only_at_page_edges():
    # a bare number and a keyword line are furniture in the head/tail, not between body paragraphs
    head = "2023 总工会 工作报告\n221381\n" + BODY + "\n" + BODY2
    assert removed(head) == ["2023 总工会 工作报告", "221381"]
    middle = BODY + "\n2023 总工会 工作报告\n221381\n" + BODY2
    assert remove_furniture(middle) == []


def test_site_name_line_under_title():
    page = "关于区总工会的上半年工作总结及下一步打算范文\n\n思而思学网\n\n" + BODY
    assert removed(page) == ["思而思学网"]


def test_notice_and_its_numbered_items():
    page = (
        "温馨提示：\n"
        "1. 部分包含数学公式或PPT动画的文件，查看预览时可能会显示错乱或异常，文件下载后无此问题，请放心下载。\n"
        "2. 本文档由用户上传，版权归属用户，汇文网负责整理代发布。\n"
        "镇总工会工作报告 " + BODY + "\n"
        "1、加强学习，提高素质。" + BODY2
    )
    out = clean(page)
    assert "温馨提示" not in out and "放心下载" not in out and "汇文网" not in out
    assert out.startswith("镇总工会工作报告 ")
    assert "1、加强学习，提高素质。" in out  # numbered body lines after the body began are not notice items


def test_link_list_in_tail_removed_with_its_links():
    page = BODY + "\n" + BODY2 + "\n热门推荐\n乡镇工会工作计划\n社区工会工作总结范文\n最新文章\n"
    out = clean(page)
    assert out.rstrip("\n") == BODY + "\n" + BODY2


def test_link_list_header_inside_body_removes_only_itself():
    page = BODY + "\n相关文章\n" + BODY2 + "\n"
    assert removed(page) == ["相关文章"]


def test_page_counter_at_line_end():
    page = BODY + " 第9页 共9页\n此文档下载收益归作者所有"
    edits = remove_furniture(page)
    assert [page[e.start : e.end] for e in edits] == [" 第9页 共9页", "此文档下载收益归作者所有"]
    assert clean(page).rstrip("\n") == BODY


def test_page_counter_glued_but_nothing_else_kept():
    # the counter alone on its line is whole-line furniture, not a tail cut
    assert removed(BODY + "\n第2页 共3页\n" + BODY2) == ["第2页 共3页"]


def test_collection_title_recurring_mid_article():
    page = (
        "乡镇工会上半年工作总结（精选4篇）\n\n乡镇工会上半年工作总结 篇1\n\n" + BODY
        + "\n\n乡镇工会上半年工作总结（精选4篇）\n\n20xx年上半年具体做了以下几方面工作：\n\n" + BODY2
    )
    out = clean(page)
    assert "精选4篇" not in out
    assert "乡镇工会上半年工作总结 篇1" in out  # the 篇 line is not furniture
    assert "20xx年上半年具体做了以下几方面工作：" in out


def test_every_removal_is_recorded():
    page = "分享\n下载文档\n" + BODY + " 第1页 共1页\n收起"
    t = TrackedText(page).apply("remove_furniture", remove_furniture(page))
    assert [c.before.strip() for c in t.changes] == ["分享", "下载文档", "第1页 共1页", "收起"]
    assert all(c.note.startswith("furniture") and c.after == "" for c in t.changes)
    # removals map back to the raw text
    assert all(page[c.raw_start : c.raw_end] == c.before for c in t.changes)


def test_idempotent_on_seed_like_page():
    page = "\n".join(FURNITURE_LINES[:10]) + "\n" + BODY + " 第9页 共9页\n" + BODY2 + "\n" + "\n".join(FURNITURE_LINES[20:30])
    once = clean(page)
    assert remove_furniture(once) == []


def test_gold_texts_unchanged(gold_articles):
    for stem, art in gold_articles:
        assert remove_furniture(art["text"]) == [], (stem, art["article"])
        with_title = art["title"] + "\n" + art["text"]
        assert remove_furniture(with_title) == [], (stem, art["article"])


def test_table_is_well_formed():
    pats = load_furniture_patterns()
    assert len(pats) > 30
    assert all(p.note for p in pats)
    assert all(p.pattern.pattern == p.source for p in pats)  # each row compiles (on first use)


def test_bad_regular_expression_is_explained_with_its_row():
    from reportmine.normalize.furniture import _compile_rows, _read_table

    rows = _read_table("pattern\tkind\tnote\n页码\tline\tok\n第(\\d+页\tline\tbroken\n", "t.tsv")
    with pytest.raises(ValueError, match=r"t.tsv:\d+: bad regular expression"):
        _compile_rows(list(rows))


def test_bad_table_row_is_explained():
    from reportmine.normalize.furniture import _read_table

    with pytest.raises(ValueError, match="unknown kind"):
        _read_table("pattern\tkind\tnote\nabc\twhole\tx\n", "t.tsv")
    with pytest.raises(ValueError, match="3 tab-separated columns"):
        _read_table("pattern\tkind\tnote\nabc line x\n", "t.tsv")


@pytest.mark.parametrize(
    "blurb",
    [
        "以下是小编整理的乡镇工会上半年工作总结，希望对大家有所帮助。",
        "【导语】工作总结是对一定时期内的工作加以总结。下面是整理的范文，欢迎阅读！",
        "工作总结就是把一个时间段的工作进行一次全面系统的总结，下面是为大家整理的工作总结范文，仅供参考。",
        "（此文档为word格式，可任意修改编辑！）",
        "本文由一网宝整理发布，转载请注明出处。",
    ],
)
def test_template_site_blurb_removed_so_the_title_survives(blurb):
    page = f"{blurb}\n县总工会工作总结\n{BODY}\n{BODY2}"
    assert clean(page).lstrip("\n").startswith("县总工会工作总结\n")


@pytest.mark.parametrize("sentence", ["职工书屋全天开放，欢迎阅读。", "职工书屋全天开放，欢迎阅读，共接待职工3000人次。"])
def test_body_sentence_with_welcome_is_kept(sentence):
    assert remove_furniture(f"{BODY}\n{sentence}\n{BODY2}") == []


def test_site_name_between_body_paragraphs_is_kept():
    assert remove_furniture(f"{BODY}\n思而思学网\n{BODY2}") == []


# --- article meta lines: fields in any order and with any separator, anywhere on the page -------------
META_LINES = [
    "更新日期：2022/11/03 点击：517",
    "来源：职工之家网 | 作者：王平 | 人气：86",
    "作者：佚名丨发布时间：2021年06月30日 09:15",
    "阅读：2,480 评论：3 字数：4600",
    "栏目：工会范文 / 标签：工会 总结",
    "2023-10-08 15:42:10 来源：网络整理 编辑：小林",
    "【发布时间：2020-12-21】【浏览次数：1,306】",
    "分类：年终总结，浏览：920次",
    "浏览2156次",
    "发布于 2019-04-16  阅读 1502",
    "7831人阅读",
]


@pytest.mark.parametrize("line", META_LINES)
def test_meta_line_removed_between_body_paragraphs(line):
    page = f"县总工会工作总结\n{BODY}\n{line}\n{BODY2}"
    assert removed(page) == [line]


def test_meta_line_under_title_removed_and_yields_no_number():
    page = f"市总工会2022年工作报告\n发表时间：2023-01-09 阅读次数：4021次\n{BODY}"
    out = clean(page)
    assert "4021" not in out and out.startswith("市总工会2022年工作报告\n" + BODY)


META_LOOKALIKES = [
    "时间：2023年5月1日 地点：市工人文化宫",  # an activity's time and place
    "全年阅读：共读书12本，撰写心得30篇。",
    "作者：张三同志带领班组完成技改18项。",
    "编辑出版《职工风采》4期，发行2000册。",
    "点击率居全市前列，浏览量达到3万人次以上。",
]


@pytest.mark.parametrize("sentence", META_LOOKALIKES)
def test_body_line_with_meta_words_is_kept(sentence):
    assert remove_furniture(f"县总工会工作总结\n{BODY}\n{sentence}\n{BODY2}") == []


# --- link lists: a header with a prefix, and its titles, in the tail or before the next article ---------
def test_related_list_with_collection_prefix_in_tail():
    page = (
        f"{BODY}\n{BODY2}\n【企业工会年度总结（通用3篇）】相关文章：\n"
        "工厂工会工作计划范文\n机关工会个人述职报告5篇\n"
    )
    assert clean(page).rstrip("\n") == f"{BODY}\n{BODY2}"


@pytest.mark.parametrize("header", ["猜你喜欢：", "延伸阅读", "推荐阅读：", "更多街道工会总结范文>>", "相关推荐"])
def test_link_list_headers(header):
    page = f"{BODY}\n{BODY2}\n{header}\n某某公司工会工作计划\n"
    assert clean(page).rstrip("\n") == f"{BODY}\n{BODY2}"


def test_link_list_between_two_reports_keeps_the_next_title():
    page = (
        f"社区工会工作总结 篇1\n{BODY}\n相关文章：\n学校工会工作计划\n企业工会工作总结\n"
        f"社区工会工作总结 篇2\n{BODY2}"
    )
    out = clean(page)
    assert "学校工会工作计划" not in out and "企业工会工作总结\n" not in out
    assert "社区工会工作总结 篇2\n" + BODY2 in out


def test_link_list_in_head_keeps_the_title_above_the_body():
    page = f"热门范文\n车间工会工作计划\n乡镇工会工作汇报\n县总工会2022年工作总结\n{BODY}\n{BODY2}"
    assert clean(page).lstrip("\n").startswith(f"县总工会2022年工作总结\n{BODY}")


def test_link_list_header_word_in_a_sentence_is_kept():
    for sentence in ("向职工推荐阅读书目50种，开展读书分享会6场。", "更多职工参加了技能培训，共计1200人次。"):
        assert remove_furniture(f"县总工会工作总结\n{BODY}\n{sentence}\n{BODY2}") == []


# --- contact details: glued after the last sentence or on a line of their own -------------------------
@pytest.mark.parametrize(
    "contact",
    ["服务热线：400-800-1234", "联系电话：(010)62345678", "邮箱：ghzj@example.cn", "QQ：12345678 微信号：gonghui2023"],
)
def test_contact_glued_after_last_sentence(contact):
    page = f"{BODY}\n{BODY2} {contact}"
    assert removed(page)[-1] == contact
    assert clean(page).rstrip() == f"{BODY}\n{BODY2}"


def test_contact_line_of_its_own():
    page = f"{BODY}\n{BODY2}\n投诉电话：0571-87654321\n"
    assert removed(page) == ["投诉电话：0571-87654321"]


@pytest.mark.parametrize(
    "sentence",
    [
        "开通职工维权热线：12351，全年接听来电860个。",
        "如有困难请拨打工会服务热线：12351。",
        "职工可通过微信公众号反映诉求，共收到留言320条。",
    ],
)
def test_sentence_with_a_phone_number_is_kept(sentence):
    assert remove_furniture(f"县总工会工作总结\n{BODY}\n{sentence}\n{BODY2}") == []


# --- more template-site furniture, each with a body sentence that uses the same word ----------------
MORE_FURNITURE = [
    ("本文由工会资料网整理发布", "本文由工会办公室整理，经职代会讨论通过后印发。"),
    ("版权归原作者所有，如有侵权请联系删除。", "职工技术创新成果的版权归企业所有，奖励另行发放。"),
    ("转载请注明出处", "各基层工会报送材料时请注明联系人，共收到材料56份。"),
    ("上一篇：车间工会年度总结", "上一年度遗留的12件提案已全部办结。"),
    ("下一篇：2024年街道工会工作要点", "下一步，我们将继续深化厂务公开工作。"),
    ("返回列表", "将评选结果返回各单位，列表公示7天。"),
    ("分享到：微信 微博 QQ空间", "把先进经验分享到各基层工会，共交流材料20份。"),
    ("扫一扫，手机阅读", "组织职工扫码入会，新发展会员120人。"),
    ("点击下载", "点击量逾三万次，下载学习资料800余份。"),
    ("收藏本文", "职工书屋收藏图书6000册，本文库向全体会员开放。"),
    ("【打印此文】 【关闭窗口】", "打印宣传资料3000份，关闭违规场所2处。"),
    ("Copyright © 2019-2024 工会范文网 All Rights Reserved", "职工发明专利申请量同比增长20%。"),
    ("苏ICP备10023456号-2", "全年备案集体合同86份。"),
    ("相关热词搜索：街道工会 年度总结", "热词“职工之家”搜索量居全市前列，共3万次。"),
    ("发表评论", "职工对工会工作的评论满意度达95%。"),
    ("手机版", "手机版“职工之家”上线以来，注册会员8000余人。"),
]


@pytest.mark.parametrize("furniture, sentence", MORE_FURNITURE)
def test_more_template_furniture_removed_and_lookalike_sentence_kept(furniture, sentence):
    page = f"县总工会工作总结\n{BODY}\n{furniture}\n{BODY2}\n"
    assert removed(page) == [furniture]
    assert remove_furniture(f"县总工会工作总结\n{BODY}\n{sentence}\n{BODY2}") == []


def test_editor_attribution_after_last_sentence():
    page = f"{BODY}\n{BODY2}（责任编辑：周敏）"
    assert removed(page) == ["（责任编辑：周敏）"]


def test_table_defines_are_expanded_and_undefined_names_explained():
    from reportmine.normalize.furniture import _read_table

    rows = _read_table("pattern\tkind\tnote\n\\d+\tdefine\tnum\n第<<num>>页\tline\tpage\n", "t.tsv")
    assert [r.pattern.pattern for r in rows] == ["(?:第(?:\\d+)页)"]
    with pytest.raises(ValueError, match="<<nope>>"):
        _read_table("pattern\tkind\tnote\n<<nope>>\tline\tx\n", "t.tsv")


# Navigation bars and breadcrumbs with | / 丨 › » separators, and font-size switches: furniture anywhere.
# Each beside a body-like line using the same words with the same separators, which stays.
NAVIGATION = [
    ("首页 | 工作报告 | 工会工作 | 范文大全", "序号 | 单位 | 人数"),
    ("网站首页 丨 工作总结 丨 党团工作", "“首页”栏目丨点击量 丨 3万次"),
    ("主页 › 工作计划 › 工会工作计划", "市总工会 › 县总工会 › 乡镇工会三级联动，共调处纠纷12件。"),
    ("您的位置：首页 / 总结报告 / 工会", "抓好组织工作  做好宣传工作  落实女工工作"),
    ("工作总结 | 工作计划 | 心得体会 | 述职报告", "工会工作 / 党建工作两手抓，全年开展活动36次。"),
    ("首页 » 范文大全 » 工作总结 »", "组织职工学习《工会法》，发放资料500余份。"),
]


@pytest.mark.parametrize("nav, lookalike", NAVIGATION)
def test_navigation_bar_with_separators_removed_anywhere(nav, lookalike):
    page = f"县总工会工作总结\n{BODY}\n{nav}\n{BODY2}\n"
    assert removed(page) == [nav]
    assert remove_furniture(f"县总工会工作总结\n{BODY}\n{lookalike}\n{BODY2}\n") == []


@pytest.mark.parametrize(
    "meta",
    ["发布日期：2024-02-26\u3000\u3000字体：大 中 小", "字体：大 中 小", "【字号：大 中 小】", "来源：市总工会 字号：T T T"],
)
def test_font_size_switch_alone_or_in_a_meta_line(meta):
    page = f"县总工会工作总结\n{meta}\n{BODY}\n{BODY2}\n"
    assert removed(page) == [meta]


def test_font_size_switch_glued_to_a_title_line():
    page = f"县总工会工作总结 字体：大 中 小\n{BODY}\n"
    assert clean(page) == f"县总工会工作总结\n{BODY}\n"


def test_body_sentence_about_font_size_is_kept():
    page = f"{BODY}\n字体大小要统一，正文用三号仿宋，共印发通知3份。\n{BODY2}"
    assert remove_furniture(page) == []


# --- furniture of real archive pages (field corpus classes), each with a body sentence using the same words --
FIELD_FURNITURE = [
    ("时间：2021-05-06 11:20:45 分享：网友 下载本文", "全年共分享典型经验12条，下载学习资料600余份。"),
    ("释出时间：2022-10-09 检视人数：85", "检视发现安全隐患17处，均已整改到位。"),
    ("2019-04-12 来源：网络 人气（ ）", "“职工之家”人气持续上升，来源于会员的建议达90条。"),
    ("发布时间：2020-11-30|来源：网友投稿|浏览：次", "全年浏览职工书屋图书2万余次。"),
    ("时间：2022-12-20 09:15:02（作者：雨林）", "作者协会会员12人参加了职工文艺创作培训。"),
    ("发布日期：2023-03-02 08:40信息来源：县总工会办公室浏览量：", "县总工会办公室全年编发信息来源稿件210篇。"),
    ("时间：2021-06-18 14:22:31 工作报告 浏览量：", "听取和审议工作报告后，代表们提出建议36条。"),
    ("上传人：文库**  页数：6  大小：28.4KB  下载积分：5", "全年积分制管理覆盖企业56家，页数统计从略。"),
    ("文档格式：.docx  文档页数：3页  上传时间：2022-01-05", "文档格式统一后，全年归档文书1200份。"),
    ("工作总结 阅读（1.8W）", "开展工作总结交流，阅读推广活动惠及职工3000人。"),
    ("- 大小:24.5 KB", "全年新建职工小家15个，大小企业全部覆盖。"),
    ("• 相关推荐", "推荐评选市级劳动模范2名。"),
    ("?", "职工还有什么困难？工会干部逐户询问了120户。"),
    ("- 3 -", "全年开展“3-5-3”帮扶行动，受助职工86人。"),
    ("申明敬告：本站不保证该用户上传的文档完整性，不预览、不比对内容而直接下载产生的反悔问题本站不予受理。", "工会郑重申明：会费收缴严格执行标准。"),
    ("文档介绍", "向新会员发放《入会须知》和文档资料各1份。"),
    ("本文标题：社区工会2022年工作总结", "本文件所称职工，是指与用人单位建立劳动关系的劳动者。"),
    ("链接地址：http://m.example.com/office/12345.html", "链接地址已在职工微信群公布，点击量达4000次。"),
    ("本文档由用户上传，仅供学习参考", "本文档共收录职工合理化建议85条。"),
    ("本文（街道工会工作总结.doc）为本站会员（文库**）主动上传，文库仅提供信息存储空间。", "本文件由县总工会办公室负责解释。"),
    ("主办：青溪市总工会 地址：青溪市人民路1号 电话：0731-8800xxx", "主办单位为市总工会，承办单位为市体育局，参赛职工400人。"),
    ("Powered by 某某秘书网 © All Rights Reserved。", "电力职工创新工作室获专利授权8项。"),
    ("某某文秘网 版权所有", "职工发明成果版权所有权归企业，奖励发明人3万元。"),
    ("来源：网络整理 免责声明：本文仅限学习分享，如产生版权问题，请联系我们及时删除。", "免责条款须经职代会审议，全年审议合同3份。"),
    ("导语：社区工会工作总结一文由网友投稿整理，仅代表作者个人观点，供学习参考。", "导语部分由工会办公室撰写，全文约3000字。"),
    ("【阅读指引】本文由网友投稿整理，仅供写作时参考使用。", "开展阅读指引活动，发放书目500份。"),
    ("下载本文  复制全文", "复制推广先进经验，全年培训工会干部90人次。"),
    ("合集下载", "合集汇编了职工优秀论文36篇。"),
    ("全文阅读已结束，如果需要下载本文请点击", "职工读书月全文阅读活动参与者达800人。"),
    ("查看全文>>", "查看全体会员档案，更新信息320条。"),
    ("【字体：大 中 小】【打印本页】【关闭窗口】", "关闭窗口期后，受理职工申请56件。"),
    ("（责任编辑：林xx）", "（一）编辑出版职工文集1本，收录作品120篇。"),
    ("相关推荐：街道工会2023年工作要点  社区工会工作计划", "相关推荐人选经公示无异议，共推荐先进个人8名。"),
    ("更多相关专题", "更多职工参与到相关专题讨论中，共收到建议60条。"),
    ("相关文档推荐", "相关文档已全部归档，共计120份。"),
    ("文秘汇www.example-wenmi.cn", "文秘人员培训覆盖各基层工会，共培训60人次。"),
    ("文秘汇，范文写作文库", "开展职工写作培训，收集范文作品40篇。"),
    ("• 职工之家网移动版", "移动版“职工之家”平台注册会员2万人。"),
    ("搜索  热门搜索：工会工作总结 年终总结 述职报告", "热门岗位招聘会提供岗位800个。"),
    ("第1页/共3页  原创力文档 book.example.com 收藏 分享", "收藏职工书画作品35幅，分享展出两次。"),
    ("文章录入：管理员  责任编辑：张xx", "录入会员信息5000条，实现会员实名制管理。"),
    ("复制链接", "复制推广“链接+服务”模式，覆盖企业45家。"),
    ("本文已影响 人", "本文件已印发各基层工会，影响职工1万人。"),
    ("更多内容请访问某某范文网", "更多职工请访问职工服务中心，全年接待1200人次。"),
    ("本文共3页，当前为第1页", "本文件共3章，当前工作重点为第1章所列事项。"),
    ("文章标题：街道工会2023年工作总结", "文章标题统一用二号小标宋，全年编发简报24期。"),
    ("友情链接：全国总工会 省总工会", "友情链接共建单位12家，开展联谊活动6场。"),
    ("网站声明 | 联系我们 | 网站地图", "声明发布后，联系企业36家。"),
    ("信息发布：办公室  发布日期：2023-05-06", "信息发布及时，全年发布日期固定在每周一。"),
    ("字号：T | T", "字号统一后，全年印发文件40份。"),
    ("文档下载", "文档资料下载量达3000次。"),
    ("该文档为用户出资购买，版权归用户所有", "职工技术创新成果的版权归企业所有，奖励另行发放。"),
    ("word格式文档无特别注明外均可编辑修改，预览文档经过压缩，下载后原文更清晰！", "预览职工书画作品40幅，下载后印制展板12块。"),
]


@pytest.mark.parametrize("furniture, sentence", FIELD_FURNITURE)
def test_field_furniture_removed_and_lookalike_sentence_kept(furniture, sentence):
    page = f"县总工会工作总结\n{BODY}\n{furniture}\n{BODY2}\n"
    assert removed(page) == [furniture.strip()]
    assert remove_furniture(f"县总工会工作总结\n{BODY}\n{sentence}\n{BODY2}") == []


def test_vip_notice_goes_with_its_numbered_rules():
    page = f"VIP\n1、本站文档均由用户上传分享，付费购买仅获得阅读和下载服务。\n2、文档内容的完整性由上传者负责。\n县总工会工作总结\n{BODY}"
    assert clean(page) == f"县总工会工作总结\n{BODY}"


def test_site_name_and_channel_or_home_only_at_the_page_edge():
    assert removed(f"某某范文网 工作总结频道\n{BODY}\n{BODY2}") == ["某某范文网 工作总结频道"]
    assert removed(f"公文素材库 首页\n{BODY}\n{BODY2}") == ["公文素材库 首页"]


def test_page_title_printed_again_inside_the_report_is_removed():
    page = f"街道工会年度工作总结\n{BODY}\n街道工会年度工作总结\n一、加强组织建设\n{BODY2}"
    assert clean(page) == f"街道工会年度工作总结\n{BODY}\n一、加强组织建设\n{BODY2}"


def test_repeated_piece_titles_of_a_collection_page_are_kept():
    page = f"社区工会工作总结 篇1\n{BODY}\n社区工会工作总结\n社区工会工作总结 篇2\n{BODY2}\n社区工会工作总结"
    assert remove_furniture(page) == []


# furniture glued to text on one line: only its span goes
GLUED = [
    ("精品文档---下载后可任意编辑", f"精品文档---下载后可任意编辑县总工会工作总结 {BODY}", f"县总工会工作总结 {BODY}"),
    ("首页 > 工作计划 > 工会计划", f"首页 > 工作计划 > 工会计划 县总工会2024年工作要点 {BODY}", f"县总工会2024年工作要点 {BODY}"),
    (
        "template-site blurb",
        f"总结是对过去工作的回顾。下面是小编整理的工会总结，欢迎大家阅读。{BODY}",
        BODY,
    ),
    ("page counter inside a sentence", "全镇共新建工会12家，第2页共4页新发展会员300名。", "全镇共新建工会12家，新发展会员300名。"),
    (
        "member-only gap",
        "建会率达到90%……（某某秘书网http://www.example.com省略860字，正式会员可完整阅读）……全年发展会员2000名。",
        "建会率达到90%全年发展会员2000名。",
    ),
    ("hidden-text gap", "……此处隐藏1520个字……3、开展劳动竞赛。", "3、开展劳动竞赛。"),
    ("preview cut mark", "县总工会将在巩固成果的基础上，进一……", "县总工会将在巩固成果的基础上，进一"),
    ("link list glued after the last sentence", f"{BODY} 相关推荐： 社区工会工作计划 街道工会年度总结 下载本文", BODY),
]


@pytest.mark.parametrize("label, page, expected", GLUED)
def test_furniture_glued_to_a_line_is_cut_from_it(label, page, expected):
    assert clean(page) == expected, label


@pytest.mark.parametrize(
    "sentence",
    [
        "登录职工服务平台www.example.gov.cn办理入会，共办理3000人。",
        "开展“第1页”读书分享活动，参与职工共计400人。",
        "开展征文、演讲、摄影……各类活动丰富多彩。",
        "职工首页推荐栏目 > 点击进入",
    ],
)
def test_glued_patterns_leave_body_text_alone(sentence):
    assert clean(f"{BODY}\n{sentence}\n{BODY2}") == f"{BODY}\n{sentence}\n{BODY2}"


def test_site_watermark_on_its_own_line_is_cut_where_it_recurs_in_a_sentence():
    mark = "某某范文宝典:www.example-fw.com"
    page = f"{BODY}\n{mark}\n组织劳模疗休{mark}养300人。\n{BODY2}"
    assert clean(page) == f"{BODY}\n组织劳模疗休养300人。\n{BODY2}"
    # without the stand-alone line there is no evidence where the watermark starts: the sentence stays
    assert clean(f"{BODY}\n组织劳模疗休{mark}养300人。") == f"{BODY}\n组织劳模疗休{mark}养300人。"


# --- random pages mixing the field-corpus furniture, wraps and titles: normalising twice changes nothing ---
from hypothesis import given, settings
from hypothesis import strategies as st

from reportmine.normalize import normalize

_FIELD_LINES = [
    "2023 年，区 总工会新建工会 41 家，发展会员 2600 人，入会率达到 92.4% 。",
    "覆盖法人单位1870",
    "个，会员6.2万人。",
    "- 3 -",
    "第 2 页 共 5 页",
    "，其中工资专项集体合同201份。",
    "某某写作宝典:www.example-xz.com",
    "为劳模疗休某某写作宝典:www.example-xz.com养260人。",
    "精品文档---下载后可任意编辑",
    "街道总工会年度工作总结",
    "……此处隐藏1830个字……",
    "?",
    "【字体:大 中 小】【打印本页】【关闭窗口】",
    "县总工会2022年工作总结2022年，县总工会团结全县职工建功立业，各项工作保持良。",
    "2022年，县总工会团结全县职工建功立业，各项工作保持良好态势。",
    "一、组织建设",
    "工会与司法所建立'劳资纠纷联调机制。",
    "相关推荐：社区工会工作计划  街道工会总结",
    "进一……",
    "",
    "典型案例4",
    "3篇，举办培训班3期。",
    "全年新建基层工会64家，新发展会员3820人，其中快递员、网约",
    "VIP",
    "1、本站文档均由用户上传分享。",
    "时间：2022-08-15 14:20:05 分享：网友 下载本文",
    "金秋助学活动总结1",
    "金秋助学活动总结2",
    "工会工作计划【第一篇】",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_FIELD_LINES), min_size=1, max_size=10))
def test_field_furniture_pages_normalise_idempotently(lines):
    once = normalize("\n".join(lines))
    assert normalize(once) == once


# -- the factor prefilter: a line is tried only against the rows whose factors it holds -------
from reportmine.normalize import furniture as _f  # noqa: E402
from conftest import SAMPLES  # noqa: E402

_EVERY_STRING = sorted(
    {s for name, v in dict(globals()).items() if name.isupper() and isinstance(v, list) for s in v if isinstance(s, str)}
    | {s for name, v in dict(globals()).items() if name.isupper() and isinstance(v, list) for t in v if isinstance(t, tuple) for s in t if isinstance(s, str)}
)
_SAMPLE_LINES = sorted({line.strip() for p in SAMPLES for line in p.read_text("utf-8").split("\n") if line.strip()})


def test_every_match_of_a_row_holds_one_of_its_factors():
    """What the prefilter rests on, checked on every string of these tests and every line of the samples."""
    lines = [s for text in _EVERY_STRING for s in text.split("\n") if s.strip()] + _SAMPLE_LINES
    checked = 0
    for p in load_furniture_patterns():
        factors = _f.row_factors(p.source)
        if factors is None:
            continue
        for line in lines:
            for m in p.pattern.finditer(line):
                if m.end() > m.start():
                    checked += 1
                    assert any(f in m.group() for f in factors), (p.where, m.group())
    assert checked > 100


@pytest.mark.parametrize(
    "source, factors",
    [
        (r"(?:网站首页|首页)\s*[>›»＞/]x", {"首页"}),  # 网站首页 holds 首页
        (r"第\s*\d+\s*页", {"第"}),  # single characters, both: the first found is kept
        (r"ab?c", {"ac", "abc"}),  # a run of literal pieces: its strings, whole
        (r"(?:ab|cd)+e*", {"ab", "cd"}),
        (r"x{0,3}(?i:vip)", {"v", "V"}),  # case-insensitive: the cases of a letter
        (r"[^a]+", None),
        (r"(?=.*本站)[^\n]{0,9}", None),  # a lookahead holds nothing of its own
        (r"[ \t]{2,}", {" ", "\t"}),
        (r"(?<=[。])\s*来源", {"来源"}),
    ],
)
def test_row_factors(source, factors):
    got = _f.row_factors(source)
    assert (set(got) if got is not None else None) == factors


@pytest.mark.parametrize(
    "page",
    [
        "",
        "第",
        "首页 > 工作总结\n今年以来，第1页共3页。\n\n小编为大家整理\n𠀀首页",
        "浏览：3821次\n相关推荐\n作者：晓雨 | 来源：范文网\n温馨提示：\n1. 下载",
        "\n\n\n下载文档",
        "全文共\n第2页 共9页",
        "下载", "下", "工作总结范文\n下", "\U0001F600第\n作者：\U0001F600𠀀下载", "\uffff下\n载",  # a pair at the end, split, astral
    ]
    + ["\n".join(_EVERY_STRING[i : i + 7]) for i in range(0, len(_EVERY_STRING), 7)],
)
def test_page_scan_finds_the_rows_a_line_lookup_finds(page, monkeypatch):
    monkeypatch.setattr(_f, "_SCAN_FROM", 0)  # the numpy scan, whatever the page's length
    spans = list(_f._lines(page))
    assert _f._rows_by_line(page, spans) == [_f._rows_in(page[s:e]) for s, e in spans]


def _match_line_by_alternation(line, kinds):
    """_match_line as it was: one alternation of every row of ``kinds`` first, no factors."""
    if not line or len(line) > _f.MAX_FURNITURE_LINE:
        return None
    m = _f._BULLET.match(line)
    candidates = (line, line[m.end() :]) if m is not None and m.end() < len(line) else (line,)
    if not any(_f._combined_of(kinds).fullmatch(c) for c in candidates):
        return None
    for kind in kinds:
        for cand in candidates:
            for p in load_furniture_patterns():
                if p.kind == kind and p.pattern.fullmatch(cand):
                    return p
    return None


@pytest.mark.parametrize("kinds", [("line", "notice", "list", "watermark", "page", "head", "inline"), ("edge",), ("line", "edge")])
def test_match_line_with_factors_is_the_match_by_alternation(kinds):
    lines = [s.strip() for text in _EVERY_STRING for s in text.split("\n") if s.strip()] + _SAMPLE_LINES
    lines += ["- " + s for s in lines[:200]]
    for line in lines:
        assert _f._match_line(line, kinds) == _match_line_by_alternation(line, kinds), line


def test_case_insensitive_rows_have_factors():
    assert sorted(_f.row_factors(r"x*(?i:vip)|购买须知")) == ["V", "v", "购买须知"]
    assert sorted(_f.row_factors(r"(?i)ok")) == ["O", "o"]
    assert _f.row_factors(r"(?i:ſ)") is None


def test_a_row_said_never_to_hold_a_full_stop_never_does():
    from reportmine.patterns import may_hold

    lines = [s for text in _EVERY_STRING for s in text.split("\n") if s.strip()] + _SAMPLE_LINES
    lines += [line + "。" for line in lines[:300]] + ["。" + line for line in lines[:300]]
    for p in load_furniture_patterns():
        if may_hold(p.source, "。"):
            continue
        for line in lines:
            for m in p.pattern.finditer(line):
                assert "。" not in m.group(), (p.where, m.group())


def test_glued_furniture_found_with_the_rows_a_line_may_match_is_found_with_all_rows():
    lines = [s for text in _EVERY_STRING for s in text.split("\n") if s.strip()] + _SAMPLE_LINES
    lines += [a + b for a, b in zip(lines[:400], lines[400:800])]  # furniture glued to body text
    for line in lines:
        rows = _f._rows_in(line)
        assert _f._glued_edits(line, 0, len(line), rows=rows) == _f._glued_edits(line, 0, len(line)), line
        assert _f._head_match(line, 0, len(line), rows) == _f._head_match(line, 0, len(line)) or (
            _f._head_match(line, 0, len(line), rows).span() == _f._head_match(line, 0, len(line)).span()
        ), line


def test_a_page_with_a_lone_surrogate_is_scanned(monkeypatch):
    monkeypatch.setattr(_f, "_SCAN_FROM", 0)
    page = "首页 > 工作总结\udce5\n今年以来，工作顺利。\ud800"
    spans = list(_f._lines(page))
    assert _f._rows_by_line(page, spans) == [_f._rows_in(page[s:e]) for s, e in spans]
    assert removed(page) == ["首页 > 工作总结\udce5"]


# A forum thread: the post holding the report stays; its header, user name, bars and the replies go.
FORUM_THREAD = (
    "【经验交流】镇总工会2023年工作总结 [复制链接]\n查看: 512 | 回复: 2\n"
    "青山工会\n楼主 | 发表于 2024-1-5 09:12 | 只看该作者\n"
    f"{BODY}\n{BODY2}\n"
    "--------\n签名：服务职工\n回复 引用 举报\n"
    "小李\n沙发 | 发表于 2024-1-5 10:00\n写得好，学习了，我们镇也要学。\n回复 引用 举报\n"
    "老王\n5# 发表于 2024-1-6 11:30\n收藏了。"
)


def test_forum_thread_keeps_the_first_post_only():
    assert clean(FORUM_THREAD) == f"镇总工会2023年工作总结\n{BODY}\n{BODY2}\n"


def test_post_header_in_a_body_sentence_stays():
    page = f"{BODY}\n调研文章发表于2024年3月《工运研究》，被引用12次。\n{BODY2}"
    assert remove_furniture(page) == []


def test_a_single_post_loses_no_body_after_it():
    page = f"张三\n楼主 | 发表于 2024-1-5 09:12\n{BODY}\n{BODY2}"
    assert clean(page) == f"{BODY}\n{BODY2}"


def test_file_name_that_is_the_only_title_keeps_the_name():
    """A document-site preview shows the title only in the file name: the extension goes, the name stays."""
    page = f"2023年镇总工会工作报告.docx\n\n{BODY}\n"
    assert clean(page).startswith("2023年镇总工会工作报告\n")
    page = f"2023年镇总工会工作报告.docx\n\n镇总工会2023年工作报告\n{BODY}\n"  # named again (another order): the line goes
    assert "docx" not in clean(page) and clean(page).count("工作报告") == 1


def test_normalisation_reads_no_later_stage():
    # the title tests furniture and paragraphs ask live in normalize/titles.py: no module of the
    # normaliser imports the article splitter (or anything after it), not even lazily inside a function
    import ast
    from pathlib import Path

    import reportmine.normalize as pkg

    later = {"articles", "sections", "figures", "extraction", "output", "pipeline", "metadata", "classify"}
    for path in Path(pkg.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level >= 2:
                assert (node.module or "").split(".")[0] not in later, (path.name, node.module)


# -- a forum thread whose author goes on with the report in later posts ------------------------------

_THREAD = """职工之家论坛 › 工会工作 › 经验交流
【工作总结】区教育工会2024年工作总结 [复制链接]
查看: 1520 | 回复: 4

园丁之友
楼主 | 发表于 2024-12-20 09:12 | 只看该作者 | 倒序浏览

区教育工会2024年工作总结
一、组织建设
全年新建学校工会6个，发展会员420名。
------------------
签名：教书育人，服务职工
回复 引用 举报

园丁之友
沙发 | 发表于 2024-12-20 09:20
二、维权帮扶
走访慰问困难教职工86人，发放慰问金12.6万元。
回复 引用 举报

小白菜
板凳 | 发表于 2024-12-20 10:02
学习了，写得很好！我们学校工会今年也新建了职工书屋3个。
回复 引用 举报

书香满园
4# 发表于 2024-12-20 11:40
接上楼：三、文体活动
举办教职工运动会1场，参加教职工1300人次。
回复 引用 举报

园丁之友
5# 发表于 2024-12-21 08:00
谢谢支持，欢迎交流！
回复 引用 举报

返回列表
"""


def test_the_authors_continuation_posts_stay_as_report_text():
    from reportmine.pipeline import parse_text

    doc = parse_text(_THREAD)
    (art,) = doc.articles
    assert art.title == "区教育工会2024年工作总结"
    assert art.text == ("一、组织建设\n全年新建学校工会6个，发展会员420名。\n二、维权帮扶\n走访慰问困难教职工86人，发放慰问金12.6万元。\n"
                        "三、文体活动\n举办教职工运动会1场，参加教职工1300人次。")
    mentions = [r.mention for r in doc.records]
    assert "86人" in mentions and "1300人次" in mentions and "3个" not in mentions  # another user's reply holds no figure


def test_a_thread_without_continuation_keeps_only_the_first_post():
    page = _THREAD.replace("园丁之友\n沙发", "白衣天使\n沙发").replace("接上楼：三、文体活动", "三、文体活动")
    out = normalize(page)
    assert "维权帮扶" not in out and "文体活动" not in out and "签名" not in out and "谢谢支持" not in out


# -- the apparatus of a printed page (rows of data/layout.tsv, running heads, footnotes) ----------------

@pytest.mark.parametrize("line", [
    "一、2024年工作回顾 ………………………… 2",
    "（三）维护职工权益，构建和谐劳动关系..................3",
    "二、存在的问题 · · ·  ·········· 12页",
    "目　　录",
    "──────────────────────",
    "————————",
    "审 议 稿",
    "征求意见稿·请勿外传",
    "修改稿",
    "（2025年1月6日 第三稿）",
    "内部资料 注意保密",
])
def test_page_apparatus_lines_go_anywhere(line):
    text = f"全年新建工会12家。\n{line}\n发展会员300人。"
    assert normalize(text) == "全年新建工会12家。\n发展会员300人。"


@pytest.mark.parametrize("sentence", [
    "全年工作取得了一定成效……2",  # an ellipsis before a number: no leader of a contents page
    "目录管理规范，全年清理会员目录2次。",
    "修改稿件12篇，审议稿件8篇。",
    "----------",  # ASCII hyphens: an e-mail's or a signature block's line (a negative case of the suite)
])
def test_body_lines_like_page_apparatus_stay(sentence):
    text = f"全年新建工会12家。\n{sentence}\n发展会员300人。"
    assert normalize(text) == text


def test_a_running_head_at_the_top_of_two_pages_goes_and_the_sentence_runs_on():
    page = "一、工作回顾\n全年新建工会12家，为职\n— 1 —\n县总工会工作报告\n工挽回损失60万元。\n二、存在问题\n— 2 —\n县总工会工作报告\n三、工作打算"
    assert normalize(page) == "一、工作回顾\n全年新建工会12家，为职工挽回损失60万元。\n二、存在问题\n三、工作打算"


def test_a_line_after_one_page_break_only_is_no_running_head():
    page = "一、工作回顾\n全年新建工会12家。\n— 1 —\n二、维权服务\n全年调解劳动争议46件。"
    assert "二、维权服务" in normalize(page)


def test_footnotes_need_their_rule_and_a_page_bottom():
    with_rule = "全年新建服务站点64个③，每个站点配备“六有”设施。\n——————\n③站点依托银行网点建设。\n— 3 —\n二、存在问题"
    assert normalize(with_rule) == "全年新建服务站点64个，每个站点配备“六有”设施。\n二、存在问题"
    without = "全年新建服务站点64个，每个站点配备“六有”设施。\n③站点依托银行网点建设。\n— 3 —\n二、存在问题"
    assert "③站点依托银行网点建设。" in normalize(without)


def test_strong_furniture_after_head_furniture_goes_whole_in_one_pass():
    # 【转】 is a head row, 赞同 123 a Q&A vote line: a second pass (the head cut) would take the line
    for text in ("【转】赞同 123", "【转】赞同 123\n今年以来，工会工作顺利，全年新建工会12家。"):
        once = normalize(text)
        assert "赞同" not in once and normalize(once) == once
