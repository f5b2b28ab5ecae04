"""reportmine.summary: one row per article, from trustworthy figures only (issue 8)."""

import pandas as pd
import pytest

import reportmine
from reportmine.analysis import summary, summary_columns
from reportmine.output import read_records, records_frame, write_records

PAGE = (
    "区总工会2022年工作总结 篇1\n一、组织建设\n全区共有会员5400人，其中女会员2300人，全年新发展会员620人，新建工会17家，"
    "建会率、入会率分别达到94%和91%，入会率比上年提高2个百分点。\n二、帮扶\n春节期间慰问困难职工140人、困难户36户，"
    "发放慰问金9.5万元，发放助学金2万元，全年走访慰问困难职工60人次。\n三、下一步工作打算\n力争会员总数达到6000人，新发展会员800人。\n"
    "区总工会2022年工作总结 篇2\n全年走访企业30家，集体合同签订率达到20230%。"
)


@pytest.fixture(scope="module")
def doc():
    return reportmine.parse_text(PAGE, name="district")


@pytest.fixture(scope="module")
def row(doc):
    return summary(records_frame(doc)).set_index("article").loc[1]


def test_one_row_per_article_with_metadata(doc):
    s = summary(doc)
    assert list(s.doc_id) == ["district#1", "district#2"] and list(s.article) == [1, 2]
    assert list(s.year) == [2022, 2022]


def test_totals_only_not_parts_changes_or_targets(row):
    assert row.members == 5400  # not the 2300 women (part), not the 6000 target
    assert row.new_members == 620  # not the 800 target
    assert row.new_unions == 17 and pd.isna(row.unions)


def test_rates_by_name_never_summed(row):
    assert row.union_rate == 94 and row.membership_rate == 91  # the 2-point change is no rate


def test_people_households_and_person_times_are_never_added(row):
    assert [int(row[c]) for c in ("relief_people", "relief_households", "relief_person_times")] == [140, 36, 60]
    assert row.relief_amount == 115000


def test_flagged_figures_left_out_unless_asked(doc):
    s = summary(doc).set_index("article")
    assert pd.isna(s.loc[2, "contract_rate"]) and s.loc[2, "n_flagged"] == 1
    assert summary(doc, include_flagged=True).set_index("article").loc[2, "contract_rate"] == 20230


def test_targets_left_out_unless_asked(doc, row):
    assert row.n_targets == 2
    with_targets = summary(doc, include_targets=True).set_index("article").loc[1]
    assert with_targets.members == 6000 and with_targets.new_members == 800


def test_dtypes_fixed_and_empty_input_gives_the_same_schema(doc):
    full, empty = summary(doc), summary(records_frame([]))
    assert len(empty) == 0
    assert dict(full.dtypes.astype(str)) == dict(empty.dtypes.astype(str))
    for c in summary_columns():
        assert str(full[c.column].dtype) == ("Float64" if c.unit in ("yuan", "percent") else "Int64")


def test_works_on_a_frame_read_back_from_a_file(tmp_path, doc):
    path = tmp_path / "r.csv"
    write_records(doc, path)
    pd.testing.assert_frame_equal(summary(read_records(path)).drop(columns="path"), summary(doc).drop(columns="path"))


def test_percent_columns_cannot_be_summed():
    assert all(not (c.unit == "percent" and c.how == "sum") for c in summary_columns())


def test_amounts_per_head_extremes_and_averages_are_no_totals():
    text = ("慰问困难职工14户，每户发放慰问金3000元；全年支付互助金56万元，其中单笔最高赔付6万元，"
            "另为劳模发放慰问金1.2万元，人均慰问金800元。")
    row = summary(reportmine.parse_text(text)).iloc[0]
    assert row.relief_amount == 560000 + 12000 and row.relief_households == 14  # not 3000, 6万, 800


def test_summary_exclusion_examples():
    import regex

    from reportmine.tables import read_table

    for r in read_table("summary_exclusions.tsv"):
        text, _, mention = r["example"].partition(" => ")
        doc = reportmine.parse_text(text)
        assert mention in [x.mention for x in doc.records], r["example"]
        rf = records_frame(doc)
        kept = summary(rf, include_flagged=True)
        rf_without = rf[rf.mention != mention]
        assert kept.drop(columns=["n_records"]).equals(summary(rf_without, include_flagged=True).drop(columns=["n_records"])), r["example"]
        regex.compile(r["cue"])


def test_a_former_level_is_not_the_articles_rate():
    row = summary(reportmine.parse_text("全区非公企业建会率由76%提高到93.5%，从业人员6200人。")).iloc[0]
    assert row.union_rate == 93.5


@pytest.mark.parametrize("text, union, membership", [
    ("全镇建会率92%、入会率90.5%。", 92, 90.5),
    ("全镇入会率90.5%，建会率92%。", 92, 90.5),
    ("全镇建会率和职工入会率分别达到96.5%和93%。", 96.5, 93),
])
def test_each_rate_takes_its_own_name(text, union, membership):
    row = summary(reportmine.parse_text(text)).iloc[0]
    assert (row.union_rate, row.membership_rate) == (union, membership)


def test_documents_give_a_row_to_an_article_without_figures():
    doc = reportmine.parse_text("镇工会工作总结 篇1\n全镇会员900人。\n镇工会工作总结 篇2\n加强学习，提高素质。")
    s = summary(d for d in [doc])  # any iterable of Documents
    assert list(s.article) == [1, 2] and list(s.n_records) == [1, 0] and pd.isna(s.members[1])
    assert list(summary(records_frame(doc)).article) == [1]  # a records frame knows only articles with figures
