"""Validation flags: implausible_rate, sum_mismatch, share_mismatch, garbled_number."""
import pytest

from reportmine.extraction import extract
from conftest import gold_parts, gold_sections


def flags(text):
    return [(r.mention, r.flags) for r in extract(text)]


def test_sum_mismatch_flags_the_total():
    assert flags("参培人员男46人、女6人，共计50人。") == [("46人", ()), ("6人", ()), ("50人", ("sum_mismatch",))]


def test_parts_that_add_up_are_clean():
    assert all(not f for _, f in flags("甲村11人，乙村1人，丙村2人，共计14人。"))


def test_total_of_another_list_is_not_checked():
    text = "已建女职工组织67家，占应建的98%；全市共有基层工会1548家，已建女职工组织1462家。"
    assert all(not f for _, f in flags(text))


def test_parts_after_qizhong_cannot_exceed_the_whole():
    assert flags("全市共有会员3200人，其中男会员1800人、女会员1600人。")[0] == ("3200人", ("sum_mismatch",))
    assert flags("全市共有会员3400人，其中男会员1800人、女会员1600人。")[0] == ("3400人", ())


def test_implausible_rate_only_for_non_completion_rates():
    assert flags("签订率达150%。") == [("150%", ("implausible_rate",))]
    assert flags("完成计划的280%。") == [("280%", ())]


def test_share_mismatch_beyond_rounding():
    assert flags("慰问459户困难职工，其中女职工235人，占51%。")[-1] == ("51%", ())
    assert flags("慰问459户困难职工，其中女职工235人，占61%。")[-1] == ("61%", ("share_mismatch",))


def test_garbled_number_passes_through_with_implausible_rate():
    text = "2023年工作报告。签订率达20230%。"
    assert flags(text) == [("20230%", ("implausible_rate", "garbled_number"))]


def test_rough_share_has_a_wider_tolerance():
    # 1150 / 3200 = 35.9%: "about a third" is right, "35%" would be too (within a point)
    text = "新发展会员3,200名，其中青年职工1150名，约占三分之一。"
    assert flags(text)[-1] == ("三分之一", ())
    text = "新发展会员3,200名，其中青年职工1150名，占30%。"
    assert flags(text)[-1] == ("30%", ("share_mismatch",))
    text = "新发展会员3,000名，其中青年职工1500名，约占四成。"
    assert flags(text)[-1] == ("四成", ("share_mismatch",))


def test_growth_rate_over_100_is_not_implausible():
    # only coverage rates and shares are capped at 100; a growth rate is `other`
    assert flags("会员人数同比增长120%。") == [("120%", ())]
    assert flags("入会率达103%。") == [("103%", ("implausible_rate",))]


def test_stated_total_before_qizhong_parts_that_fall_short_is_flagged():
    # 1500 + 640 = 2140, not the 2200 stated: a partition with an error
    assert flags("共计走访慰问一线职工2200名，其中农民工1500名、技术人员640名。")[0] == ("2200名", ("sum_mismatch",))


def test_two_sexes_after_qizhong_must_make_up_the_whole():
    assert flags("新发展会员150人，其中男会员70人、女会员60人。")[0] == ("150人", ("sum_mismatch",))
    assert flags("新发展会员150人，其中男会员90人、女会员60人。")[0] == ("150人", ())


def test_a_small_subset_after_qizhong_is_no_partition():
    # parts that cover little of the total are a selection (女会员, 青年会员), not its make-up
    assert all(not f for _, f in flags("全区共有会员5600人，其中女会员2100人、青年会员1300人。"))


def test_qizhong_parts_stop_at_the_semicolon():
    text = "共有会员1000人，其中男会员600人、女会员400人；新发展会员80人、转入会员20人。"
    assert all(not f for _, f in flags(text))


# --- sum checks on real-page shapes (own sentences)

def test_parts_in_the_sentence_after_a_total_that_opens_with_qizhong():
    text = ("全年共发放各类救助资金52.0万元。其中：大病救助发放资金20.5万元；"
            "助学救助发放资金16.0万元；临时救助发放资金10.5万元。")
    assert flags(text)[0] == ("52.0万元", ("sum_mismatch",))
    ok = text.replace("10.5万元", "15.5万元")
    assert all(not f for _, f in flags(ok))


def test_parts_in_the_sentence_after_are_those_of_its_last_count_not_of_a_rate_after_it():
    text = ("全年经费总支出860万元，完成年度预算的96.5%。其中：职工活动支出305万元、"
            "维权支出261万元、业务支出190万元、资本性支出112万元。")
    assert flags(text)[0] == ("860万元", ("sum_mismatch",))  # the parts exceed it
    ok = text.replace("112万元", "104万元")  # they add up
    assert all(not f for _, f in flags(ok))
    # a budget often lists only its main lines: parts short of a total named by 总支出 are no mismatch
    assert all(not f for _, f in flags(text.replace("112万元", "64万元")))


@pytest.mark.parametrize("text", [
    # 其中 in brackets ends at the bracket: 30件 after it is no part of 38件
    "收到职工提案38件（其中涉及住房的12件），已办结30件，办结率78.9%。",
    # a new total after 其中 parts is no part
    "新发展会员860人，其中外卖骑手240人，全镇会员总数达到1.2万人。",
    # parts before a total that hold a 其中 are no flat list
    "新建工会12家，新发展会员500人，其中女会员210人，会员总数达到3800人。",
    # two kinds named, then the whole membership: a selection, not a breakdown
    "吸纳快递员120人、货车司机80人，全县会员共有2.6万人。",
])
def test_no_sum_mismatch_where_the_figures_are_no_breakdown(text):
    assert all(not f for _, f in flags(text))


def test_garbled_decimal_carries_garbled_number_through_validation():
    assert flags("共收取会费1520、40元。") == [("1520、40元", ("garbled_number",))]


def test_is_total_reads_as_the_last_clause_before_the_figure():
    """_is_total searches the stretch before the figure at once; the same as cutting it at the last
    clause mark first (the total words hold no mark)."""
    import re

    from reportmine.model import Record
    from reportmine.validate import _TOTAL, _is_total

    def by_split(text, rec, prev_end):
        left = text[max(prev_end, rec.sentence_start, rec.start - 14):rec.start]
        return bool(_TOTAL.search(re.split(r"[，；：,;:]", left)[-1]))

    texts = ["男46人、女6人，共计50人", "共计，50人", "合计：50人", "总数为50人", "累计共达到50人", "共有会员，其中50人",
             "一共50人", "计50人", "总共;50人", "全市各级工会组织在元旦春节期间共计50人", "共50人"]
    for t in texts:
        start = t.index("50")
        rec = Record("members", "", 50, "person", "人", "exact", "50人", start, start + 3, sentence_start=0)
        for prev_end in range(0, start + 1):
            assert _is_total(t, rec, prev_end) == by_split(t, rec, prev_end), (t, prev_end)


_OPENERS = ("其中", "分别为", "分别是")  # the words that open a breakdown


# the plain versions (before issue 9): 其中 found by a search per figure, parts by a scan of the sentence's records
def _plain_subset_flags(text, records, idx, flags, next_sentence=()):
    from reportmine import validate as V

    for k, i in enumerate(idx):
        whole = records[i]
        if whole.unit == "percent" or whole.qualifier != "exact":
            continue
        found = [x for x in (text.find(w, whole.end, whole.sentence_end) for w in _OPENERS) if x >= 0]
        qi = min(found, default=-1)
        if qi >= 0:
            if any(records[j].start < qi for j in idx[k + 1:]):
                continue
            stop = V._parts_end(text, qi, whole.sentence_end)
            parts = [records[j] for j in idx[k + 1:] if qi < records[j].start < stop]
        elif next_sentence and k == len(idx) - 1:
            parts = [records[j] for j in next_sentence]
        else:
            continue
        if V._subset_mismatch(text, whole, parts):
            flags[i].add("sum_mismatch")


def _plain_share_flags(text, records, idx, flags):
    from reportmine.validate import _compatible, _shares, share_tolerance

    for k, i, share, part in _shares(text, records, idx):
        qi = max(text.rfind(w, share.sentence_start, part.start) for w in _OPENERS)
        if qi < 0:
            continue
        wholes = [records[j] for j in idx[:k - 1] if records[j].end <= qi and _compatible(records[j], part)]
        if not wholes or wholes[-1].value <= 0:
            continue
        if abs(part.value / wholes[-1].value * 100 - share.value) > share_tolerance(share):
            flags[i].add("share_mismatch")


SUBSET_TEXTS = [
    "共有会员3860名，其中男会员2950名、女会员820名。", "建会29家（其中联合工会6个，单独建会20个），新增会员500人，其中女会员200人、男会员400人。",
    "共投入资金186.4万元。其中：生活救助71.2万元；医疗救助48.5万元；助学救助66.7万元。",
    "慰问459户困难职工，其中女职工235人，占60%，其中单亲家庭20户，占4%。", "其中女职工235人，占51%。",
    "新发展会员3210人，其中农民工920人，其中女性300人，会员总数6.8万人，其中女会员3.1万人。",
    "全市会员3200人，" + "其中女职工5人，占4%，" * 40 + "。",
]


def test_subset_and_share_flags_are_the_plain_ones(gold_articles):
    import collections

    from reportmine import validate as V
    from reportmine.extraction import extract_records

    texts = [(t, (), ()) for t in SUBSET_TEXTS]
    texts += [(a["text"], gold_parts(a), gold_sections(a)) for _, a in gold_articles]
    checked = 0
    for text, parts, sections in texts:
        records = extract_records(text, parts, sections)
        groups = list(V._by_sentence(records).items())
        for g, ((_, end), idx) in enumerate(groups):
            after = groups[g + 1] if g + 1 < len(groups) else None
            nxt = after[1] if after is not None and V._opens_with_qizhong(text, end, after[0][0]) else ()
            fast, plain = collections.defaultdict(set), collections.defaultdict(set)
            qizhong = V._qizhong_at(text, records[idx[0]].sentence_start, end)  # as validate finds them
            V._subset_flags(text, records, idx, fast, nxt, qizhong)
            V._share_flags(text, records, idx, fast, qizhong)
            _plain_subset_flags(text, records, idx, plain, nxt)
            _plain_share_flags(text, records, idx, plain)
            assert {k: v for k, v in fast.items() if v} == {k: v for k, v in plain.items() if v}, text[:60]
            checked += bool(plain)
    assert checked >= 3  # groups with a flag: the comparison is not vacuous


def test_a_change_is_no_whole_of_the_parts_after_it():
    # 比上年增加380人次 stands between the whole and its 其中 part: the share is of the 2940
    assert all(not f for _, f in flags("培训职工2940人次，比上年增加380人次；其中高技能人才培训420人次，约占七分之一。"))
    # the next sentence's 其中 parts belong to the total, not to the change after it
    text = "会员总数4862人，比上年增加215人。其中：女会员2100人，男会员2762人。"
    assert all(not f for _, f in flags(text))
    assert flags(text.replace("2762人", "2700人"))[0] == ("4862人", ("sum_mismatch",))


def test_a_per_head_figure_is_no_whole_and_no_part():
    text = "全年共投入送温暖资金3600万元，会员人均450元，其中春节慰问2100万元、夏送清凉900万元、生日慰问600万元。"
    assert all(not f for _, f in flags(text))
    assert flags(text.replace("600万元。", "500万元。"))[0] == ("3600万元", ("sum_mismatch",))


def test_fenbiewei_names_every_part_of_the_figure_before_it():
    text = "全年新增会员860人，分别为快递员410人、网约车司机260人、货车司机170人。"
    assert flags(text)[0] == ("860人", ("sum_mismatch",))
    assert all(not f for _, f in flags(text.replace("170人", "190人")))


def test_an_account_total_is_made_up_by_its_lines():
    # 合计 before three or more lines: they make it up even when far short (52 + 31 + 12 = 95 of 120)
    text = "全年经费支出合计120万元，其中活动支出52万元、宣传支出31万元、培训支出12万元。"
    assert flags(text)[0] == ("120万元", ("sum_mismatch",))
    assert all(not f for _, f in flags(text.replace("12万元", "37万元")))


def test_a_share_with_its_own_subject_is_no_share_of_the_part_before():
    text = "支出合计100万元，其中活动支出60万元、慰问支出40万元，经费支出占全年预算的93.5%。"
    assert all(not f for _, f in flags(text))
    assert flags("慰问459户困难职工，其中女职工235人，占61%。")[-1] == ("61%", ("share_mismatch",))


def test_two_halves_of_a_population_make_up_the_whole():
    # 农村/城镇 like 男/女: 640 + 350 = 990, not the 1000 stated
    text = "组织女职工健康体检1000人，其中农村户籍女职工640人、城镇户籍女职工350人。"
    assert flags(text)[0] == ("1000人", ("sum_mismatch",))
    assert all(not f for _, f in flags(text.replace("350人", "360人")))


def test_new_ones_listed_before_a_stock_are_no_parts_of_it():
    text = "年内新建工会9个、工会小组40个，全区工会总数达到45个。"
    assert all(not f for _, f in flags(text))
    assert flags("新建工会9个、工会小组40个，共计45个。")[-1] == ("45个", ("sum_mismatch",))


def test_parts_cut_by_sex_and_by_another_line_may_overlap():
    # 女职工 and 农民工 overlap: 3100 + 2400 > 5000 is no error
    assert all(not f for _, f in flags("全镇会员总数5000人，其中女会员3100人、农民工会员2400人。"))
    assert flags("全镇会员总数5000人，其中男会员3100人、女会员2400人。")[0] == ("5000人", ("sum_mismatch",))


def test_a_share_named_by_its_own_subject_after_an_adverb():
    # 农民工会员约占三分之一 is the share of the total before it, not of a 其中 part
    text = "累计发展会员3.8万人，其中农民工会员2.1万人；全县会员总数达到9.6万人，农民工会员约占三分之一。"
    assert all(not f for _, f in flags(text))


def test_a_clause_of_what_a_figure_reaches_is_no_part():
    text = "新建基层工会29家（其中联合工会6个，覆盖小微企业140余家），新增会员1680人。"
    assert all(not f for _, f in flags(text))


def test_a_rate_of_its_own_is_no_share_of_the_part_before_it():
    # 拨付率 names its own base (funds paid / funds planned), not the part's share of the whole
    text = "一是进度不均衡，尚有9项未完成，其中3项滞后于进度；二是资金到位较慢，项目资金拨付率仅为71.2%。"
    assert flags(text)[-1] == ("71.2%", ())
    # near-miss: a bare 占 after the part is still checked
    assert flags("慰问459户困难职工，其中女职工235人，占61%。")[-1] == ("61%", ("share_mismatch",))
    assert flags("新增会员1286人，其中农民工会员745人，占比57.9%。")[-1] == ("57.9%", ())
