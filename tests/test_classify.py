"""Typing: metric, subject, period — on seed-like and on synthetic report sentences."""
import pytest

from reportmine.classify import cues, find_periods
from reportmine.extraction import extract


def typed(text):
    return [(r.mention, r.metric, r.unit) for r in extract(text)]


@pytest.mark.parametrize("text, expected", [
    # phrasings not in the seeds
    ("今年新发展会员1200人，建会率达95%。", [("1200人", "members", "person"), ("95%", "coverage_rate", "percent")]),
    ("春节期间，慰问困难职工320户，发放慰问金48万元。",
     [("320户", "relief_recipients", "household"), ("48万元", "relief_amount", "yuan")]),
    ("全年举办培训班12期，培训职工1500人次。",
     [("12期", "training_sessions", "session"), ("1500人次", "trainees", "person_time")]),
    ("受理劳动争议案件23件，调解成功18件。", [("23件", "cases", "case"), ("18件", "cases", "case")]),
    ("帮助农民工追讨工资86万元。", [("86万元", "recovered_amount", "yuan")]),
    ("签订工资集体协议156份，覆盖职工2.3万人。", [("156份", "contracts", "item"), ("2.3万人", "workers", "person")]),
    ("参加职工医疗互助保障6800人。", [("6800人", "insured", "person")]),
    ("推荐省级劳动模范3名。", [("3名", "honours", "person")]),
    ("全县共有基层工会426个，会员5.6万人。", [("426个", "unions", "org"), ("5.6万人", "members", "person")]),
    ("资助困难职工子女85名，发放助学金17万元。",
     [("85名", "relief_recipients", "person"), ("17万元", "relief_amount", "yuan")]),
    ("举办专场招聘会6场，提供就业岗位2300个。", [("6场", "activities", "session"), ("2300个", "jobs", "other")]),
    ("全年收缴工会经费320万元，完成计划的108%。", [("320万元", "funds", "yuan"), ("108%", "completion_rate", "percent")]),
    ("女职工专项集体合同签订率达到92.5%。", [("92.5%", "coverage_rate", "percent")]),
    # seed phrasings (records.md worked examples and rulings)
    ("会员共计1438人，建会率达到84.7%，会员率达79.3%。",
     [("1438人", "members", "person"), ("84.7%", "coverage_rate", "percent"), ("79.3%", "coverage_rate", "percent")]),
    ("续签企业270家，覆盖职工2195人。", [("270家", "contracts", "org"), ("2195人", "workers", "person")]),
    ("共有非公企业780多家，从业人员5000多人。", [("780多家", "enterprises", "org"), ("5000多人", "workers", "person")]),
    ("慰问市级劳模16人，发放慰问金1.6万元。", [("16人", "relief_recipients", "person"), ("1.6万元", "relief_amount", "yuan")]),
    ("受理女职工投诉案件48起，追回损失11.02万元，占总投诉案件的46.1%。",
     [("48起", "cases", "case"), ("11.02万元", "recovered_amount", "yuan"), ("46.1%", "share", "percent")]),
    ("慰问459户困难职工，发放30万元慰问金，其中女职工235人，占51%。",
     [("459户", "relief_recipients", "household"), ("30万元", "relief_amount", "yuan"),
      ("235人", "relief_recipients", "person"), ("51%", "share", "percent")]),
    ("33名女职工获赔医疗互助保障金26.9万元。", [("33名", "relief_recipients", "person"), ("26.9万元", "relief_amount", "yuan")]),
    ("认真检查了三家建工会的外商独资企业。", [("三家", "enterprises", "org")]),
    ("对全市78家基层工会示范单位和248家被结对单位进行了考核。", [("78家", "unions", "org"), ("248家", "enterprises", "org")]),
    ("达成意向性用工协议800余份。", [("800余份", "jobs", "item")]),
    ("今年共有10家企业17名员工参加了技能培训。", [("10家", "enterprises", "org"), ("17名", "trainees", "person")]),
    ("参加人员达到在职人员比例的95%。", [("95%", "coverage_rate", "percent")]),
    ("到目前，全镇已有7400余人采集完毕，完成率达71%。截止12月25日将冲刺达80%。",
     [("7400余人", "other", "person"), ("71%", "completion_rate", "percent"), ("80%", "completion_rate", "percent")]),
])
def test_metric(text, expected):
    assert typed(text) == expected


def test_paragraph_lead_gives_the_topic():
    text = "4、会员信息采集工作。开展会员信息采集是今年工作的重头戏。到目前，全镇已有7400余人采集完毕。"
    assert typed(text) == [("7400余人", "members", "person")]


def test_qiye_list_after_qizhong_inherits_the_whole():
    text = "参培人员共计50人。其中：甲村18人，乙村9人。"
    assert [r.metric for r in extract(text)] == ["trainees"] * 3


def test_subject():
    recs = extract("为145名困难职工和农民工发放救助资金24万元。会员共计1438人，组建率达98%。")
    assert [r.subject for r in recs] == ["困难职工和农民工", "救助资金", "会员", "组建率"]


def test_periods_found_and_merged():
    text = "今年1—6月份，慰问；于2月17日、2月18日开展；“五一”劳动节前夕，推荐；至11月底，上报；“20XX年中国好书”"
    assert [text[a:b] for a, b in find_periods(text)] == ["今年1—6月份", "2月17日、2月18日", "“五一”劳动节前夕", "至11月底"]


def test_period_governs_sentence_and_carries_on():
    text = ("今年以来，区总工会制定帮扶计划。先后入户3次。春节前，为3家联系户发放帮扶金4000元。\n"
            "梅园地区共有非公企业780多家。")
    assert [(r.mention, r.period) for r in extract(text)] == [
        ("3次", "今年以来"), ("3家", "春节前"), ("4000元", "春节前"), ("780多家", None)]


def test_period_does_not_drift_through_empty_sentences():
    text = "针对新形势，今年9月，成立了总工会。大会选举产生了委员会。会议通过了决议。又成立了三个委员会。"
    assert [r.period for r in extract(text)] == [None]


def test_cue_table_is_well_formed():
    from reportmine.model import METRICS, UNITS
    for c in cues():
        assert c.metric in METRICS
        assert c.units <= set(UNITS)
        assert not c.pattern.search("")
