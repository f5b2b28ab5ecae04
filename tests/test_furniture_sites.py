"""Site furniture of personal-library pages (360doc 个人图书馆), blog pages (新浪博客, 痞客邦-like), yearbook
entries copied from a PDF (年鉴), newspaper e-pages, e-mails saved as text, search-engine snapshots,
news-feed apps, WeChat articles and old government sites: the rows of furniture.tsv's blocks for them,
on invented lines and pages (whole pages as data: tests/test-cases/normalize/in-the-wild.json and negative.json).

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


# --- newspaper e-pages, e-mails, search-engine snapshots, news-feed apps, blogs, WeChat, old government sites ---
# Lines of these page kinds, invented (names, dates and numbers made up): furniture wherever they stand.
PAGE_KIND_LINES = [
    # newspaper e-paper (电子版)
    "上一版 下一版 | 版面导航 | 往期回顾",
    "上一期 下一期 | 版面目录 | PDF版",
    "[标题]",
    "【正文】",
    "临川工人报 电子版",
    "滨海日报 数字报",
    "2024年11月08日 星期五 第04版：综合",
    "第06版：工会视窗",
    "（下转第5版）",
    "（上接第1版）",
    "本版责任编辑：孟 晴 美术编辑：韩 笑",
    "本版图片由区总工会提供",
    "滨海工人报社出版 地址：滨海市长安路16号 邮编：215008 广告热线：0512-66012345",
    # e-mail
    "-------- 转发邮件信息 --------",
    "----- 原始邮件 -----",
    "> ----- 原始邮件 -----",
    '发件人："镇总工会办公室" <zzgh_bgs@126.com>',
    "> 发件人：赵敏 <zhaomin_gh@163.com>",
    '收件人："组织部 周洁" <zb_zj@163.com>',
    "发送日期：2024年12月30日(星期一) 上午10:05",
    "> 发送时间：2024年12月29日 21:18",
    "主题：转发：镇总工会2024年工作总结（送审稿）",
    "主题：回复：关于报送年度总结的通知",
    "附件：2024年工作总结（送审稿）.docx (42.1K)",
    "附件：工会年报.pdf",
    "发自我的手机",
    "发自我的iPhone",
    # search-engine snapshot (快照)
    "这是 http://www.example.gov.cn/ghgz/2024/1230/88.html 的快照。",
    "百度和网页 http://www.example.gov.cn/ghgz/88.html 的作者无关，不对其内容负责。快照谨为网络故障时之索引，不代表被搜索网站的即时页面。",
    "您查询的关键词是：工会 会员 入会率。如果打开速度慢，可以尝试快速版。",
    # news-feed app
    "+关注",
    "2024-12-31 18:05·浙江 柳溪街道总工会官方账号",
    "举报/反馈",
    # template site
    "【广告】扫码添加客服，回复“计划”免费领取50套模板",
    "本文共计2236字",
    "本文共1880字 预计阅读时间6分钟",
    # blog platform
    "張貼者：晨曦小站 於 2024-12-28 下午 03:20 分類：工作心得",
    "张贴者：晨曦小站 于 2024-12-28 下午 03:20",
    "全站熱搜",
    "创作者介绍",
    "留言(2) 引用(0) 人气(3,106)",
    # company or government site
    "发布时间：2024-12-26 来源：社区工会 作者：陈丽 阅读：[ 1206 ]次",
    "【关闭窗口】【打印本页】 分享到：微信 微博 QQ空间",
    "（C）2024 滨海市总工会 电话：0512-66012345",
    "热烈祝贺柳溪街道荣获“省级文明街道”称号！",
    # WeChat
    "▲2024年全区职工篮球赛颁奖现场",
    "△参赛选手合影留念",
    "喜欢就点个“在看”吧",
    "点个在看吧！",
    "阅读原文",
    "阅读 1.3万 在看 42 点赞 205 写留言",
    "关注该公众号",
    "预览时标签不可点",
]


# Report lines holding the same words: never furniture.
PAGE_KIND_REPORT_LINES = [
    "全年在《滨海工人报》刊发工会工作稿件38篇，其中头版5篇。",
    "开展“版面设计”技能比赛1次，参赛职工46人。",
    "主题教育期间，组织职工学习12场。",
    "开展以“安全生产”为主题的宣讲活动18场。",
    "快照式检查企业安全生产隐患128处。",
    "关注职工需求，全年收集意见建议236条。",
    "全年新建基层工会组织41个，新发展会员2380人。",
    "▲组织建设：全年新建工会组织23个。",
    "热烈祝贺的同时，我们也要看到，部分基层工会活力不足。",
    "张贴宣传海报1200张，发放宣传资料3.6万份。",
    "点赞身边好人，全年评选“最美职工”20名。",
    "二、广告宣传行业工会工作",
    "发件数量",
    "——",
]


@pytest.mark.parametrize("line", SITE_LINES + PAGE_KIND_LINES)
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


@pytest.mark.parametrize("line", REPORT_LINES + PAGE_KIND_REPORT_LINES)
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


def test_newspaper_continuation_marks_go_with_the_page_break():
    text = ("在柳溪区工会会员代表大会上的工作报告\n全区新建基层工会组织41个，\n（下转第3版）\n本版责任编辑：孟 晴\n"
            "临川工人报 电子版\n2024年11月08日 星期五 第03版：要闻\n（上接第2版）\n新发展会员2380人。")
    out = clean(text)
    assert "转第" not in out and "接第" not in out and "编辑" not in out and "电子版" not in out and "第03版" not in out
    assert "新发展会员2380人。" in out


def test_email_header_block_and_signature_go():
    text = ("-------- 转发邮件信息 --------\n发件人：\"镇总工会办公室\" <zzgh_bgs@126.com>\n发送日期：2024年12月30日 上午10:05\n"
            "收件人：\"组织部\" <zb@163.com>\n主题：转发：镇总工会2024年工作总结\n"
            "柳溪镇总工会2024年工作总结\n" + BODY + "\n--\n赵敏\n柳溪镇总工会办公室\n发自我的手机")
    assert clean(text).strip() == "柳溪镇总工会2024年工作总结\n" + BODY


def test_blog_sidebar_after_the_report_goes():
    text = "柳溪社区工会2024年工作总结\n" + BODY + "\n创作者介绍\n晨曦小站\n留言(0) 引用(0) 人气(1,024)"
    assert clean(text).strip() == "柳溪社区工会2024年工作总结\n" + BODY


def test_left_menu_goes_only_at_the_edge():
    text = "工作动态\n·镇务动态\n·工会工作\n柳溪镇总工会2024年工作总结\n" + BODY
    assert clean(text).strip() == "柳溪镇总工会2024年工作总结\n" + BODY
    inside = BODY + "\n·工会工作\n" + BODY
    assert clean(inside) == inside


# --- leftovers of heldout21-24 pages: government-site tails, a Taiwan mirror's head, a WeChat infographic,
# a news interview's picture, an official document's printing line, a Wayback Machine snapshot ---------------

STRONG_LINES_2024 = [
    "【字体：大 中 小】【打印】【关闭】",
    "【发表评论】【打印此文】【关闭窗口】",
    "苏公网安备 32011302000321号",
    "（本文联系人：王律师 电话：0512-6318 2201）",
    "分享：微信 | 微博 | QQ空间",
    "分享到：Facebook LINE Twitter",
    "医院工会资讯网（镜像站）｜首页｜最新消息｜会员专区",
    "张贴日期：2025/01/20 作者：院工会办公室 浏览人次：615",
    "2025-01-09 10:20 发表于浙江",
    "[图片] 张明在职工服务中心接待来访职工",
    "The Wayback Machine - https://web.archive.org/web/20180412093011/http://www.qhzgh.gov.cn/show.asp?id=88",
    # an attachment list closing a report is end matter in every blind gold that has one (heldout9 905, and
    # the file-name attachments of 1702, 1705, 2201, 2204): it was listed as a report line before
    "附件：1.2024年工会工作数据统计表",
]

#: report lines alike in their words, which must stay wherever they stand
REPORT_LINES_2024 = [
    "职工服务中心地址：人民路56号，服务热线：12351。",
    "全年编印《职工之声》12期，收到职工发表评论和建议320条，打印资料3000份。",
    "[图片] 一、组织建设",
    "[图片] 全年走访慰问困难职工316户，发放慰问金48万元。",
    "分享先进经验，组织微信、微博宣传活动12场。",
    "（2025年1月8日在林场第二届职工代表大会第三次会议上）",
]


@pytest.mark.parametrize("line", STRONG_LINES_2024)
def test_site_lines_of_the_2024_pages_go_anywhere(line):
    assert is_furniture_line(line)
    assert clean(BODY + "\n" + line + "\n" + BODY) == BODY + "\n" + BODY


@pytest.mark.parametrize("line", REPORT_LINES_2024)
def test_report_lines_like_them_stay(line):
    assert not is_furniture_line(line)
    assert clean(BODY + "\n" + line + "\n" + BODY) == BODY + "\n" + line + "\n" + BODY


@pytest.mark.parametrize("line", [
    "地址：青河县解放路18号 电话：0515-862 3301 技术支持：青河网络公司",
    "丰乐社区居委会 电话：0571-8612 3307",
    "青河镇人民政府主办 联系电话：0736-7521 0086",
    "数据统计周期：2024年1月—12月",
    "制图：区总工会宣传部",
    "2024年12月20日印发",
])
def test_tail_lines_go_in_the_tail_only(line):
    assert clean(BODY + "\n" + line).strip() == BODY
    inside = BODY + "\n" + line + "\n" + BODY
    assert clean(inside) == inside


def test_site_title_bar_goes_in_the_head():
    text = "青山市总工会 | 青山工会网\n青山市总工会2024年工作大事记\n" + BODY
    assert clean(text).strip() == "青山市总工会2024年工作大事记\n" + BODY


def test_icon_placeholders_of_an_infographic_go():
    assert clean("[图标] 01 组织建设\n新建基层工会 42家") == "01 组织建设\n新建基层工会 42家"


def test_wayback_machine_toolbar_is_no_page_text():
    from reportmine.decode import html_to_text

    page = (
        '<html><body><div id="wm-ipp-base"><div id="wm-ipp"><a href="/web/">Wayback Machine</a>'
        '<div id="wm-btns">Save</div><table><tr><td>FEB</td><td>MAR</td><td>APR</td></tr></table>'
        '<a href="/web/2019*/http://x.cn">47 captures</a><div id="wm-capinfo"><div>COLLECTED BY</div>'
        "Organization: Internet Archive</div></div>"
        '<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/20190315082233/http://x.cn/</div></div>'
        "<table><tr><td><p>青河县总工会2012年工作总结</p><p>" + BODY + "</p></td></tr></table></body></html>"
    )
    text = html_to_text(page)
    assert "Wayback" not in text and "captures" not in text and "Internet Archive" not in text
    assert BODY in text and "青河县总工会2012年工作总结" in text
