"""Header tables whose cells are bare numbers (reportmine.tablerows): one figure per numeric cell,
its unit from the column's header, typed by the column, the row label as the subject; never a
bare number in prose, a list of years, phone numbers or a schedule.  Tables invented."""
import time

import pytest

import reportmine
from reportmine.extraction import extract_records
from reportmine.figures import find_figures
from reportmine.tablerows import table_cells

TAB = ("各基层工会情况如下：\n名称\t职工数\t建会率（%）\t经费（万元）\n第一车间\t215\t96.5\t3.2\n"
       "第二车间\t180\t92.1\t2.75\t\n合计\t395\t94.4\t5.95\n以上数据截至年底。")
SPACES = ("表2 帮扶情况\n单位    帮扶户数    帮扶资金（元）    占比（%）\n城东街道    36    54000    42.1\n"
          "城西街道    28    41000    31.9\n")
CELL_PER_LINE = ("全年帮扶工作情况见表3。\n表3 帮扶情况\n项目\n会员\n（人）\n新增\n（人）\n入会率\n（%）\n"
                 "东镇\n1520\n86\n95.2\n西镇\n980\n41\n91.7\n数据来源：组织部。")
#: rows whose line breaks a copy lost: each row's last number runs into the next row's label
GLUED = "单位 会员数 入会率 慰问金额（万元）\n机关 412\t99.3%\t12.36后勤 344\t97.4%\t10.32合计 756\t98.4%\t22.68"


def cells(text):
    return [(c.mention, c.column, c.unit_word, c.row) for c in table_cells(text)]


def records(text):
    return [(r.mention, r.metric, r.value, r.unit, r.raw_unit, r.subject, r.period)
            for r in sorted(extract_records(text), key=lambda r: r.start)]


def test_tab_separated_excel_table():
    assert records(TAB)[:3] == [
        ("215", "workers", 215.0, "person", "", "第一车间职工数", None),
        ("96.5", "coverage_rate", 96.5, "percent", "%", "第一车间建会率", None),
        ("3.2", "funds", 32000.0, "yuan", "万元", "第一车间经费", None),
    ]
    assert [r[0] for r in records(TAB)] == ["215", "96.5", "3.2", "180", "92.1", "2.75", "395", "94.4", "5.95"]


def test_space_aligned_table():
    assert records(SPACES) == [
        ("36", "relief_recipients", 36.0, "household", "", "城东街道帮扶户数", None),
        ("54000", "relief_amount", 54000.0, "yuan", "元", "城东街道帮扶资金", None),
        ("42.1", "share", 42.1, "percent", "%", "城东街道占比", None),
        ("28", "relief_recipients", 28.0, "household", "", "城西街道帮扶户数", None),
        ("41000", "relief_amount", 41000.0, "yuan", "元", "城西街道帮扶资金", None),
        ("31.9", "share", 31.9, "percent", "%", "城西街道占比", None),
    ]


def test_cell_per_line_table_with_wrapped_header_cells():
    # 会员 / （人）: a header cell wrapped before its bracket; 新增 counts what the column before it counts
    assert records(CELL_PER_LINE)[:3] == [
        ("1520", "members", 1520.0, "person", "人", "东镇会员", None),
        ("86", "members", 86.0, "person", "人", "东镇新增", None),
        ("95.2", "coverage_rate", 95.2, "percent", "%", "东镇入会率", None),
    ]
    assert len(records(CELL_PER_LINE)) == 6


def test_rows_run_together_are_split_at_the_label():
    assert [(c[0], c[3]) for c in cells(GLUED)] == [
        ("412", "机关"), ("99.3%", "机关"), ("12.36", "机关"), ("344", "后勤"), ("97.4%", "后勤"),
        ("10.32", "后勤"), ("756", "合计"), ("98.4%", "合计"), ("22.68", "合计")]
    assert [(r[1], r[3], r[4]) for r in records(GLUED)][:3] == [
        ("members", "person", ""), ("coverage_rate", "percent", "%"), ("relief_amount", "yuan", "万元")]


def test_a_cell_table_through_the_whole_pipeline():
    recs = sorted(reportmine.extract(SPACES), key=lambda r: r.start)
    assert [(r.mention, r.metric, r.unit) for r in recs][:2] == [("36", "relief_recipients", "household"),
                                                                 ("54000", "relief_amount", "yuan")]


@pytest.mark.parametrize("text", [
    "年份 2021 2022 2023 2024\n会员 3200 3400 3600 3900\n",  # a list of years: the header is numbers
    "部门 电话 传真 邮编\n办公室 0571 88123456 310000\n组织部 0571 88123457 310000\n",  # no unit in any column
    "时间 地点 内容 主持\n8:30 会议室 开幕式 张三\n9:00 礼堂 报告会 李四\n",  # a schedule
    "日期 场次 地点 备注\n3月5日 2 礼堂 无\n3月6日 1 会议室 无\n",  # dates are no row labels
    "单位 会员数 入会率 经费（万元）\n机关 412 99.3% 12\n",  # one row: no table is evident
    "单位 会员数\n机关 412\n后勤 344\n",  # two columns: a label list, not a header table
    "全年新增会员 1200 名，建会率 95 %，职工 3000 余人参与。\n会员 发展 情况 良好 12 项\n",  # prose
    "项目 2023年 2024年 增减\n会员人数 35620人 37184人 +1564人\n基层工会 486个 503个 +17个\n",  # units in cells
    "等级 晋升人数（人）占比（%）\n技师 47 16.2\n",  # glued header cells, one row: no table is evident
    "晋升人数（人）占比（%） 技师 47 16.2\n高级工 114 39.3\n",  # glued cells, one header cell before the label
])
def test_no_cells_where_no_header_table_is_evident(text):
    assert table_cells(text) == []


def test_a_row_that_breaks_the_pattern_ends_the_table():
    t = "单位 会员数 入会率\n机关 412 99.3%\n后勤 344 97.4%\n注 2024 年数据 12\n"
    assert [c[0] for c in cells(t)] == ["412", "99.3%", "344", "97.4%"]


def test_figures_in_the_table_replace_what_was_read_there():
    # 99.3% was a percent figure naming nothing; now the cell of the 入会率 column
    figs = find_figures(TAB)
    assert [(TAB[f.start:f.end], f.cell[0]) for f in figs][:2] == [("215", "第一车间职工数"), ("96.5", "第一车间建会率")]


def _cpu(fn, arg) -> float:
    t = time.process_time()
    fn(arg)
    return time.process_time() - t


@pytest.mark.parametrize("unit", [
    "工作总结\n会员 发展 情况 良好\n",  # short lines of short words, no number: read once each
    "单位\n会员\n（人）\n新增\n（人）\n入会率\n（%）\n" + "城关镇\n5286\n612\n94.8\n" * 20,
    "单位 会员数 入会率 慰问金额（万元）\n" + "机关分工会 412 99.3% 12.36\n" * 20,
    "全年新增会员1200人，建会率95%。职工3000余人参与。\n",
    "等级 晋升人数（人）占比（%）经费（万元）支出（元）\n" + "技师 47 16.2 3 9\n" * 20,
    "说明（一）情况（二）安排（三） 备注\n",  # bracketed words, no number: a glued run read once per line
])
def test_table_cells_is_linear(unit):
    # a header run read on to the text's end from every line start was quadratic (4x input: 16x time)
    small = unit * (4000 // len(unit) + 1)
    t1 = min(_cpu(table_cells, small) for _ in range(3))
    t16 = min(_cpu(table_cells, small * 16) for _ in range(3))
    assert t16 < 40 * t1 + 0.05


def test_header_cells_glued_after_their_brackets_are_split():
    # a Word table's cells joined by a space that normalising dropped after ） (heldout21 2105)
    t = "表 职工技能等级晋升情况\n等级 晋升人数（人）占参评人数比例（%）\n高级技师 12 4.1\n技师 47 16.2\n"
    assert [(c.mention, c.column, c.unit_word, c.row) for c in table_cells(t)] == [
        ("12", "晋升人数", "人", "高级技师"), ("4.1", "占参评人数比例", "%", "高级技师"),
        ("47", "晋升人数", "人", "技师"), ("16.2", "占参评人数比例", "%", "技师")]


def test_a_dash_cell_is_no_figure_and_keeps_the_row():
    t = "各单位情况\n单位 会员数 入会率 经费（万元）\n机关 412 99.3% 12\n后勤 344 — 10\n"
    assert [(c[0], c[3]) for c in cells(t)] == [("412", "机关"), ("99.3%", "机关"), ("12", "机关"),
                                                ("344", "后勤"), ("10", "后勤")]


def test_a_caption_line_without_digits_is_not_read_as_header():
    # the caption's words would make the header 5 cells wide for rows of 3: the header is the next line
    t = "表一 各分工会情况\n单位 会员数 入会率\n机关 412 99.3%\n后勤 360 97.4%\n"
    assert [c[1] for c in cells(t)] == ["会员数", "入会率", "会员数", "入会率"]


def test_a_serial_number_column_numbers_the_rows():
    t = "序号 单位 会员数 入会率\n1 机关 412 99.3%\n2 后勤 344 97.4%\n3 教务处 128 100%\n"
    assert [(c[0], c[3]) for c in cells(t)][:2] == [("412", "机关"), ("99.3%", "机关")]
    assert len(cells(t)) == 6


def test_the_caption_states_the_unit_of_every_column():
    t = "表2 工会经费收支情况（单位：万元）\n项目 上年 本年\n经费收入 320.5 356.2\n经费支出 298.1 341.7\n"
    assert [r[:5] for r in records(t)][:2] == [("320.5", "funds", 3205000.0, "yuan", "万元"),
                                                ("356.2", "funds", 3562000.0, "yuan", "万元")]


def test_a_unit_after_a_slash_in_the_header():
    t = "单位 会员/人 经费/万元 入会率/%\n东区 860 12.5 96.2\n西区 740 10.1 94.8\n"
    assert [(c[0], c[2]) for c in cells(t)][:3] == [("860", "人"), ("12.5", "万元"), ("96.2", "%")]


#: an 附件 table after a report: 序号 / 指标 / 单位 / 完成数, the unit of each row in its 单位 cell,
#: rows with tabs in some and runs of spaces in others
UNIT_COLUMN = ("附件：2025年工会工作目标完成情况\n序号\t指标名称\t单位\t目标数\t完成数\n"
               "1\t新组建基层工会\t个\t25\t31\n2    新发展会员    人    1800    2046\n"
               "3\t慰问困难职工\t户\t300\t352\n4    发放慰问资金    万元    60    72.5\n")


def test_unit_column_gives_each_row_its_unit():
    assert records(UNIT_COLUMN)[:2] == [
        ("25", "unions", 25.0, "org", "个", "新组建基层工会", None),
        ("31", "unions", 31.0, "org", "个", "新组建基层工会", None),
    ]
    assert [(r[0], r[1], r[2], r[4]) for r in records(UNIT_COLUMN)[2:]] == [
        ("1800", "members", 1800.0, "人"), ("2046", "members", 2046.0, "人"),
        ("300", "relief_recipients", 300.0, "户"), ("352", "relief_recipients", 352.0, "户"),
        ("60", "relief_amount", 600000.0, "万元"), ("72.5", "relief_amount", 725000.0, "万元")]


def test_unit_column_without_serial_and_a_percent_row():
    text = "表1\n项目 单位 完成数 上年\n新建职工书屋 家 12 9\n入会率 % 93.5 91.2\n"
    assert [(c.mention, c.unit_word, c.row) for c in table_cells(text)] == [
        ("12", "家", "新建职工书屋"), ("9", "家", "新建职工书屋"), ("93.5", "%", "入会率"), ("91.2", "%", "入会率")]


def test_first_column_named_unit_is_the_row_names_not_a_unit_column():
    # 单位 as the first column names the rows (机关, 后勤), as before
    text = "单位 会员数 入会率\n机关 412 99.3%\n后勤 344 97.4%\n"
    assert [c.unit_word for c in table_cells(text)] == ["人", "%", "人", "%"]


def test_unit_column_cell_that_is_a_sentence_is_no_table():
    text = "序号 指标 单位 完成数\n1 新建工会 今年全县新建了很多 41\n2 会员 人 20\n"
    assert table_cells(text) == []


def test_numbered_rows_with_a_unit_cell_whose_header_is_lost():
    # the page dropped the header line (序号 指标 单位 完成数): numbered rows 1, 2, 3 of label, unit, figure
    text = ("附件：2025年主要指标完成情况\n1 新组建基层工会 个 31\n2 新发展会员 人 2046\n"
            "3 发放慰问资金 万元 72.5\n以上数据由县总工会组织部提供。")
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in records(text)] == [
        ("31", "unions", 31.0, "个", "新组建基层工会"), ("2046", "members", 2046.0, "人", "新发展会员"),
        ("72.5", "relief_amount", 725000.0, "万元", "发放慰问资金")]


def test_numbered_rows_that_are_no_table():
    # one numbered row alone, rows not numbered in turn, a cell that is no unit: no figures
    assert table_cells("1 新组建基层工会 个 31\n今年工作顺利。\n") == []
    assert table_cells("1 新组建基层工会 个 31\n3 新发展会员 人 2046\n") == []
    text = "1 会议 时间 9\n2 会议 地点 3\n"
    assert [f for f in find_figures(text) if f.cell] == []
