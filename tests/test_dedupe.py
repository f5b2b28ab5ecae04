"""Recycled text: near-duplicate paragraphs across reports name their first occurrence."""

import pandas as pd
import pytest

import reportmine
from reportmine.cli import EXIT_OK, main
from reportmine.dedupe import DuplicateFinder, duplicates, same_numbers, similar_pairs

# invented paragraphs, each holding figures
RELIEF = "元旦春节期间，镇总工会联合民政部门走访慰问困难职工家庭73户，发放慰问金和物资折合8.6万元，把党和政府的温暖送到职工心坎上。"
TRAINING = "围绕产业工人队伍建设改革，区总工会举办电工、焊工技能培训班6期，参训职工420人次，其中112人取得中级以上职业资格证书。"
MEMBERS = "截至11月底，全县建会企业达到215家，会员总数18630人，其中农民工会员7215人，新发展会员1094人。"


def frame(rows):
    return pd.DataFrame(rows, columns=["doc_id", "mention", "evidence"])


def firsts(rows) -> list:
    return list(duplicates(frame(rows))["duplicate_of"].fillna(""))


def test_a_copied_paragraph_names_the_first_report():
    df = duplicates(frame([("a", "73户", RELIEF), ("b", "420人次", TRAINING), ("c", "73户", RELIEF)]))
    assert list(df["duplicate_of"].fillna("")) == ["", "", "a"]
    assert df.attrs["duplicates"] == 1


def test_light_rewrites_are_still_copies():
    spun = RELIEF.replace("温暖", "暖和").replace("走访", "拜访").replace("，", ",")  # spun words, half-width commas
    framed = "首页>工作总结 " + TRAINING + " 本文来源于网络"  # furniture glued to the paragraph
    assert firsts([("a", "73户", RELIEF), ("a", "420人次", TRAINING), ("b", "73户", spun), ("c", "420人次", framed)]) == ["", "", "a", "a"]


def test_a_template_filled_with_other_figures_is_not_a_copy():
    other = MEMBERS.replace("215", "164").replace("18630", "12907").replace("7215", "5120").replace("1094", "877")
    assert firsts([("a", "215家", MEMBERS), ("b", "164家", other)]) == ["", ""]


def test_the_figure_must_be_in_the_earlier_paragraph():
    changed = MEMBERS.replace("1094", "1203")  # one figure changed: the others are still recycled
    assert firsts([("a", "1094人", MEMBERS), ("a", "215家", MEMBERS), ("b", "1203人", changed), ("b", "215家", changed)]) == ["", "", "", "a"]


def test_repeats_inside_one_report_are_not_duplicates():
    assert firsts([("a", "73户", RELIEF), ("a", "73户", RELIEF)]) == ["", ""]


def test_chains_point_to_the_first_occurrence():
    assert firsts([("a", "73户", RELIEF), ("b", "73户", RELIEF + "！"), ("c", "73户", "！" + RELIEF)]) == ["", "a", "a"]


def test_short_paragraphs_are_not_judged():
    assert firsts([("a", "5家", "新建工会5家。"), ("b", "5家", "新建工会5家。")]) == ["", ""]


def test_same_numbers_and_similar_pairs():
    assert same_numbers("无数字", "也无数字")
    assert not same_numbers("会员300人", "会员300人，工会12家，女职工80人")
    assert similar_pairs([]) == []
    assert similar_pairs(["甲乙", "丙丁"]) == [[0], [1]]  # shorter than a 3-gram
    pairs = similar_pairs([RELIEF, TRAINING, RELIEF])
    assert pairs[0] == [0, 2] and pairs[1] == [1]


def test_finder_keeps_record_order():
    f = DuplicateFinder()
    f.add_records([{"doc_id": "a", "mention": "6期"}, {"doc_id": "a", "mention": "73户"}], [TRAINING, RELIEF])
    f.add_records([{"doc_id": "b", "mention": "73户"}, {"doc_id": "b", "mention": "6期"}], [RELIEF, TRAINING])
    assert f.first_occurrences() == ["", "", "a", "a"]


def test_documents_use_their_paragraphs():
    text = "一、帮扶工作\n" + RELIEF + "\n二、技能提升\n" + TRAINING + "\n"
    docs = [reportmine.parse_text(text, name="first"), reportmine.parse_text("某街道工会2023年总结\n" + RELIEF + "\n", name="second")]
    df = duplicates(docs)
    assert len(df) > 3
    assert df.attrs["duplicates"] >= 1
    assert set(df[df["doc_id"] == "second"]["duplicate_of"]) == {"first"}
    assert df[df["doc_id"] == "first"]["duplicate_of"].isna().all()


def test_empty_frame_keeps_the_records_schema():
    from reportmine.output import records_frame

    df = duplicates(records_frame([]))
    assert len(df) == 0 and dict(df.dtypes) == dict(records_frame([]).dtypes)


@pytest.mark.parametrize("flag", ["--dedupe", "--mark-duplicates"])
def test_extract_drops_or_marks_duplicates(tmp_path, flag):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("甲镇总工会工作总结\n" + RELIEF + "\n" + TRAINING + "\n", encoding="utf-8")
    (src / "b.txt").write_text("乙镇总工会工作总结\n" + MEMBERS + "\n" + RELIEF + "\n", encoding="gb18030")
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(src), "-o", str(out), flag, "--no-progress"]) == EXIT_OK
    df = pd.read_json(out, lines=True, dtype=False)
    from_b = df[df["doc_id"].astype(str).str.startswith("b")]
    copied = from_b[from_b["evidence"].str.contains("慰问")]
    if flag == "--dedupe":
        assert len(copied) == 0 and len(from_b) >= 3  # the recycled relief figures are gone, the rest stays
    else:
        assert len(copied) >= 2 and set(copied["duplicate_of"]) == {"a"}
        assert set(df[df["doc_id"] == "a"]["duplicate_of"].fillna("")) == {""}
