"""Typing by the cue tables: metric, subject, period — on seed-like and on synthetic report sentences.

These test the knowledge in data/metrics.tsv and data/subject.tsv, so they run with the cue tables
alone (no learned model): the model is tested by tests/test_cases_typing.py, tests/test_learned.py
and the field-corpus floor tests/test_fieldset.py.
"""
import pytest

from reportmine import learned
from reportmine.classify import cues, find_periods
from reportmine.extraction import extract


@pytest.fixture(autouse=True)
def cues_alone():
    with learned.using(None):
        yield


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
    ("对全市78家基层工会示范单位和248家被结对单位进行了考核。", [("78家", "honours", "org"), ("248家", "enterprises", "org")]),
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
        # `points`: a row of metric other that speaks for a change in percentage points too (Cue.fits)
        assert c.units - {"points"} <= set(UNITS)
        assert "points" not in c.units or c.metric == "other"
        assert not c.pattern.search("")


# --- generalisation beyond the seeds: own sentences for each cause ---

@pytest.mark.parametrize("text, expected", [
    # 个 by its noun: collectives honoured, teams and facilities counted
    ("表彰先进班组15个、先进个人40名。", [("15个", "honours", "org"), ("40名", "honours", "person")]),
    ("全厂开展技术比武，参赛班组52个。", [("52个", "other", "org")]),
    ("机关十五个处室参加了运动会。", [("十五个", "enterprises", "org")]),
    ("组建书画、摄影等职工兴趣小组6个。", [("6个", "other", "other")]),  # hobby groups are no organisations
    ("下设企业工会小组九个。", [("九个", "unions", "org")]),
    ("新建环卫工人爱心驿站7个。", [("7个", "other", "org")]),  # a staffed service point counts as an organisation
    ("组织15支职工代表队参赛。", [("15支", "other", "other")]),
    # competitions counted by 项/个 are activities; trainees by 参训/受训/轮训
    ("开展岗位练兵比武12项。", [("12项", "activities", "item")]),
    ("举办劳动技能竞赛8项，参赛职工2100人。", [("8项", "activities", "item"), ("2100人", "workers", "person")]),
    ("设置长跑、跳绳等比赛项目11个。", [("11个", "activities", "other")]),
    ("参训职工2600人次。", [("2600人次", "trainees", "person_time")]),
    ("全年轮训班组长420人。", [("420人", "trainees", "person")]),
    ("组织56名职工参加技能等级认定。", [("56名", "trainees", "person")]),
    # rates by kind
    ("全年完成经费收缴任务的103%。", [("103%", "completion_rate", "percent")]),
    ("上半年仅完成全年计划的38.5%。", [("38.5%", "completion_rate", "percent")]),
    ("受理职工来信来访136件，办结率96.3%。", [("136件", "cases", "case"), ("96.3%", "completion_rate", "percent")]),
    ("职工健康体检率达到98%。", [("98%", "coverage_rate", "percent")]),
    ("困难职工帮扶率100%。", [("100%", "coverage_rate", "percent")]),
    ("劳动争议调解成功率92%。", [("92%", "share", "percent")]),
    ("职工技能鉴定通过率76.4%。", [("76.4%", "share", "percent")]),
    ("职工满意率达97.5%。", [("97.5%", "share", "percent")]),
    ("兼职人员比例在七成以上。", [("七成以上", "share", "percent")]),
    ("约有四成企业按时拨缴工会经费。", [("四成", "share", "percent")]),
    ("全区六成以上的非公企业建立了工会。", [("六成以上", "coverage_rate", "percent")]),
    # a change is not a level: growth in percent is other; percentage points keep the rate's metric
    ("会员人数同比增长12%。", [("12%", "other", "percent")]),
    ("工会经费收入比上年下降3.5%。", [("3.5%", "other", "percent")]),
    ("职工入会率达91%，比上年提高4个百分点。", [("91%", "coverage_rate", "percent"), ("4个百分点", "coverage_rate", "percent")]),
    ("参保率提高了3.2个百分点。", [("3.2个百分点", "coverage_rate", "percent")]),
    ("入会率由80%提高到92%。", [("80%", "coverage_rate", "percent"), ("92%", "coverage_rate", "percent")]),
    # fractions are shares
    ("其中农民工会员2100人，约占会员总数的五分之二。", [("2100人", "members", "person"), ("五分之二", "share", "percent")]),
    # relief: people visited or paid are recipients; 惠及 only in a relief sentence
    ("春节前夕走访慰问省市级劳模45人。", [("45人", "relief_recipients", "person")]),
    ("为38名因病致困职工发放医疗救助金19.6万元。",
     [("38名", "relief_recipients", "person"), ("19.6万元", "relief_amount", "yuan")]),
    ("为5名患重病职工申请大病救助。", [("5名", "relief_recipients", "person")]),
    ("开展夏季送清凉，送去防暑用品价值3.2万元，惠及环卫工人600余人。",
     [("3.2万元", "relief_amount", "yuan"), ("600余人", "relief_recipients", "person")]),
    ("开设网上职工课堂，受益职工3万余人。", [("3万余人", "workers", "person")]),
    ("参加职工医疗互助的会员达4500人。", [("4500人", "insured", "person")]),
    # the verb of honouring beats the unit
    ("评选“最美家庭”20户。", [("20户", "honours", "household")]),
    ("命名表彰“安康杯”优胜企业23家。", [("23家", "honours", "org")]),
    ("组织2名骨干观摩以劳模名字命名的操作法。", [("2名", "workers", "person")]),
    # 新就业形态 is a kind of worker, not a job
    ("新发展会员4200名，其中外卖骑手等新就业形态劳动者1300名。",
     [("4200名", "members", "person"), ("1300名", "members", "person")]),
    ("组织新就业形态劳动者800人参加体检。", [("800人", "workers", "person")]),
    ("提供就业岗位1200个，帮助260人实现再就业。", [("1200个", "jobs", "other"), ("260人", "jobs", "person")]),
    # other quantities
    ("职工书屋面积达300平方米，新增图书2000册。", [("300平方米", "other", "other"), ("2000册", "other", "item")]),
    ("年度考核测评平均得分92分。", []),  # ruling: scores are no records
    ("组织文艺演出12场，观众达8000人次。", [("12场", "activities", "session"), ("8000人次", "workers", "person_time")]),
    ("组织劳模疗休养3批次、共计96人。", [("3批次", "activities", "session"), ("96人", "workers", "person")]),
    ("为全体2,350名女职工进行免费体检。", [("2,350名", "workers", "person")]),
])
def test_metric_beyond_the_seeds(text, expected):
    assert typed(text) == expected


def test_context_cue_needs_its_context():
    from reportmine.classify import cues
    ctx = [c for c in cues() if c.context is not None]
    assert ctx and all(c.context.pattern for c in ctx)
    assert typed("慰问困难职工，惠及职工200人。")[0][1] == "relief_recipients"
    assert typed("开展读书活动，惠及职工200人。")[0][1] == "workers"


# --- causes found on an independent held-out set, each with a new sentence

@pytest.mark.parametrize("text, expected", [
    # 个 counts the noun before it: calls, workshops, projects are no people
    ("全年接听职工咨询电话920个。", [("920个", "other", "other")]),
    ("新建劳模创新工作室12个。", [("12个", "other", "org")]),
    ("共有800余个项目部参加劳动竞赛。", [("800余个", "enterprises", "org")]),
    # 人次 of people in a sentence about training are trainees
    ("举办安全生产知识讲座30场，受益农民工1.2万人次。",
     [("30场", "training_sessions", "session"), ("1.2万人次", "trainees", "person_time")]),
    ("开展线上培训，覆盖一线职工三千余人次。", [("三千余人次", "trainees", "person_time")]),
    # …but only within the statement (up to ；) that speaks of training
    ("开展文艺汇演4场，参与职工900人次；组织劳模宣讲6场。",
     [("4场", "activities", "session"), ("900人次", "workers", "person_time"), ("6场", "activities", "session")]),
    # payouts of mutual-aid money are relief, those who claim them relief recipients; premiums are funds
    ("为213名住院职工给付互助保障金86万元。",
     [("213名", "relief_recipients", "person"), ("86万元", "relief_amount", "yuan")]),
    ("全年为45名会员申领救助金9.8万元。",
     [("45名", "relief_recipients", "person"), ("9.8万元", "relief_amount", "yuan")]),
    ("各单位缴纳互助保障金120万元。", [("120万元", "funds", "yuan")]),
    # a 合计 total with no cue of its own continues its parts
    ("为20名困难学生每人发放助学金1500元，合计3万元。",
     [("20名", "relief_recipients", "person"), ("1500元", "relief_amount", "yuan"), ("3万元", "relief_amount", "yuan")]),
    # 会员 counted as a part of a general population is members; a member count named as such beats 人数
    ("全公司在岗员工860人，其中会员842人。", [("860人", "workers", "person"), ("842人", "members", "person")]),
    ("全年外卖骑手入会人数达到2600人。", [("2600人", "members", "person")]),
    # members of a club or association are not union members
    ("组建书画、摄影等6个职工协会，会员达到300余人。", [("6个", "other", "org"), ("300余人", "other", "person")]),
    # prizes counted after their grade, medals by 枚
    ("在全市技能大赛中获得一等奖三个。", [("三个", "honours", "other")]),
    ("代表队夺得奖牌9枚。", [("9枚", "honours", "other")]),
    # a rate of a population taking part in training is coverage
    ("全年工会干部参训率达到98%。", [("98%", "coverage_rate", "percent")]),
    ("签订劳动合同的企业占比达到八成以上。", [("八成以上", "coverage_rate", "percent")]),
    # an elliptical second count continues the first (应到…实到…)
    ("应到职工代表120名，实到116名。", [("120名", "other", "person"), ("116名", "other", "person")]),
    # documents counted by 件 are items, not cases
    ("收到职工代表提案85件，已办结80件。", [("85件", "other", "item"), ("80件", "other", "item")]),
])
def test_metric_causes_from_a_held_out_set(text, expected):
    assert typed(text) == expected


def test_subject_of_a_bare_total_is_its_parts():
    recs = extract("为20名困难学生每人发放助学金1500元，合计3万元。")
    assert recs[-1].subject == "助学金"


def test_subject_after_a_payout_verb_and_phrase_cut_at_a_verb():
    assert extract("为职工给付互助金380万元。")[0].subject == "互助金"
    assert [(r.unit, r.subject) for r in extract("在8个街道建立职工服务驿站。")] == [("org", "街道")]


def test_a_bare_share_takes_the_subject_of_the_part_before_it():
    recs = extract("慰问459户困难职工，其中女职工235人，占51%。")
    assert [(r.metric, r.subject) for r in recs][-2:] == [("relief_recipients", "女职工"), ("share", "女职工")]
    # a share that names its whole keeps that noun
    recs = extract("受理投诉案件48起，占总投诉案件的46.1%。")
    assert recs[-1].subject == "总投诉案件"


# --- causes found on held-out set 3, each with a new sentence

@pytest.mark.parametrize("text, expected", [
    # goods handed out by 份 are items, and holding one's post is no job offered
    ("为坚守岗位的环卫工人送去清凉礼包800份。", [("800份", "other", "item")]),
    ("招聘会提供就业岗位420个。", [("420个", "jobs", "other")]),
    # medical cases are no cases; petitions and calls for help by 件 are
    ("组织女职工体检，查出早期病例4例。", [("4例", "other", "other")]),
    ("全年调处劳动争议9例。", [("9例", "cases", "case")]),
    ("工会服务站受理会员诉求460余件。", [("460余件", "cases", "case")]),
    # letters by 封 are a count of their own
    ("收到农民工来信35封。", [("35封", "other", "other")]),
    # the one awarded: the verb of awarding beats the noun counted; award titles counted
    ("全厂5个车间被市总工会评为优胜车间。", [("5个", "honours", "org")]),
    ("今年新创建“模范职工之家”6个。", [("6个", "honours", "org")]),
    ("有12家企业建成了“模范职工之家”。", [("12家", "enterprises", "org")]),
    # injured workers paid from a mutual-aid scheme are relief recipients; its payout is relief
    ("为因公受伤的42名环卫工人发放医疗互助金13.6万元。",
     [("42名", "relief_recipients", "person"), ("13.6万元", "relief_amount", "yuan")]),
    ("组织全员参加住院医疗互助，参保职工3100人。", [("3100人", "insured", "person")]),
    # money raised by a collection is funds, even for relief; handed out it is relief
    ("全年募集帮扶资金85万元，用于困难职工救助。", [("85万元", "funds", "yuan")]),
    ("筹集资金后，发放慰问金32万元。", [("32万元", "relief_amount", "yuan")]),
    # institutions counted are units; enterprises bargaining are enterprises, signing ones contracts
    ("联合4所职业院校开展订单培训。", [("4所", "enterprises", "org")]),
    ("指导15家物流企业开展工资集体协商，签订专项集体合同12份。",
     [("15家", "enterprises", "org"), ("12份", "contracts", "item")]),
    ("已续签集体合同的企业达到60家。", [("60家", "contracts", "org")]),
    # renewal rates are coverage; turnover and accident rates are neither coverage nor share (heldout3: 年流动率);
    # a loss rate of staff is the part of the staff that left: a share (heldout17 1703)
    ("到期合同续签率达到95%。", [("95%", "coverage_rate", "percent")]),
    ("一线岗位员工流动率约为三成。", [("三成", "other", "percent")]),
    ("一线岗位员工流失率约为三成。", [("三成", "share", "percent")]),
])
def test_metric_heldout3_causes(text, expected):
    assert typed(text) == expected


@pytest.mark.parametrize("text, subject", [
    ("全厂在岗职工2100人。", "在岗职工"),                 # 在 of 在岗 is no lead word
    ("二是评选表彰优秀工会干部20名。", "优秀工会干部"),    # list marker and opening verbs dropped
    ("发放米面等节日物资折合5.2万元。", "米面等节日物资"),  # 折合 links the goods to their worth
    ("全年开展安全检查不少于12次。", "安全检查"),          # a bound between the phrase and the count
])
def test_subject_heldout3_causes(text, subject):
    assert [r.subject for r in extract(text)] == [subject]


def test_collection_verb_does_not_reach_over_a_recovery():
    assert typed("筹集律师费用，帮助农民工追讨欠薪45万元。") == [("45万元", "recovered_amount", "yuan")]
    assert typed("受理劳动争议30件，调解成功12例。") == [("30件", "cases", "case"), ("12例", "cases", "case")]


# --------------------------------------------------------------------------- the cue scan's shortcuts

_SCAN_TEXTS = [
    "今年以来，全市新发展会员1.2万人，会员总数达到38万人，建会率由82%提高到95.3%；举办培训班12期，培训工会干部860人次。",
    "春节前夕，走访慰问困难职工和劳模320户，发放慰问金及物资折合48万元，其中市总工会下拨帮扶资金20万元。",
    "8个兴趣协会会员达到500多人，1家企业获评“模范职工之家”，就业形态新颖的岗位练兵比武6场。",
    "受理劳动争议案件23件，调解成功18件，为农民工追讨欠薪86万元；医疗互助保障参保率96%，安康杯竞赛覆盖企业40家。",
    "筹集送温暖资金300万元，发放助学金17万元，资助困难职工子女85名，提供就业岗位2300个，职工满意率98%。",
]


def test_cue_prefilter_never_leaves_out_a_cue_that_matches():
    """A cue none of whose required grams occurs in a span is skipped: it must have no match there."""
    from reportmine.classify import candidate_cues
    from reportmine.patterns import required_strings
    for text in _SCAN_TEXTS:
        for lo in range(0, len(text), 7):
            for hi in (lo + 5, lo + 19, len(text)):
                kept = candidate_cues(text, lo, hi)
                for cue in cues():
                    if cue.pattern.search(text, lo, hi):
                        assert cue in kept, (cue.pattern.pattern, text[lo:hi])
    assert required_strings("(?:会员|职工)(?:人数|总数)", grams=True) in ({"会员", "职工"}, {"人数", "总数"})


def test_window_matches_are_the_search_of_the_window():
    """Matches of a sentence reused for a window inside it equal a search of that window, for every cue."""
    from reportmine.classify import _window_matches, candidate_cues, match_spans, sentence_matches
    for text in _SCAN_TEXTS:
        cands = candidate_cues(text, 0, len(text))
        spans = match_spans(sentence_matches(text, 0, len(text), cands))
        for lo in range(0, len(text), 3):
            for hi in range(lo + 1, len(text) + 1, 4):
                for cue in cands:
                    want = [m.span() for m in cue.pattern.finditer(text, lo, hi)]
                    assert _window_matches(text, lo, hi, cue, spans) == want, (cue.pattern.pattern, lo, hi)


def test_cue_prefilter_index_is_the_gram_test():
    """candidate_cues (one set intersection per span through the trigger index) keeps exactly the
    cues one of whose required grams occurs in the span, in table order."""
    from reportmine.classify import candidate_cues
    from test_patterns import span_grams
    for text in _SCAN_TEXTS + ["", "率", "会员", "《工会法》会员"]:
        for lo in range(0, len(text) + 1, 5):
            for hi in range(lo, len(text) + 1, 3):
                grams = span_grams(text, lo, hi)
                want = tuple(c for c in cues() if c.triggers is None or not c.triggers.isdisjoint(grams))
                assert candidate_cues(text, lo, hi) == want, (text, lo, hi)


def _best_cue_by_search(text, fig, win):
    """best_cue as first written: every cue searched in every window, no shortcut."""
    from reportmine.classify import ADJACENT_BONUS, NOUN_METRICS, _adjacent, _head_noun, _statement
    statement = _statement(text, fig, win)
    for (lo, hi), level, local in ((win.local, 0, True), (win.clause, 0, False), (win.sentence, 1, False)):
        hits = []
        first_de = text.find("的", fig.end, min(hi, fig.end + 12)) if local and fig.end < hi else -1
        for cue in cues():
            if cue.scope < level or not cue.fits(fig):
                continue
            if cue.context is not None and not cue.context.search(statement or text[lo:hi]):
                continue
            for m in cue.pattern.finditer(text, lo, hi):
                a, b = m.span()
                if a < fig.end and b > fig.start:
                    continue
                prio = cue.priority
                if first_de >= 0 and fig.end <= a and b <= first_de:
                    prio -= 3
                elif local and _adjacent(text, fig, a, b):
                    prio += ADJACENT_BONUS
                hits.append(((prio, -(fig.start - b if b <= fig.start else a - fig.end)), cue, a, b))
        if hits:
            best = max(hits, key=lambda h: h[0])
            if local and best[1].metric in NOUN_METRICS:
                best = _head_noun(text, fig, hi, hits) or best
            return best[1], best[2], best[3]
    lead = [c for c in cues() if win.lead and c.pattern.search(win.lead) and c.scope >= 2 and c.fits(fig) and c.context is None]
    return (max(lead, key=lambda c: c.priority), -1, -1) if lead else None


def test_best_cue_shortcuts_give_the_result_of_a_plain_search():
    """best_cue with the sentence's candidates and matches (cues without a match skipped, windows that
    found nothing not searched again) picks what searching every cue in every window picks."""
    import re as _re
    from reportmine.classify import Window, best_cue, candidate_cues, match_spans, sentence_matches
    from reportmine.figures import find_figures
    texts = _SCAN_TEXTS + ["三家建工会的外商独资企业12家，入会率提高了2.3个百分点，同比增长12%。",
                           "举办讲座3场，受益职工500人次；开展活动，惠及职工800人次。", "会员"]
    for text in texts:
        figs = find_figures(text)
        cands = candidate_cues(text, 0, len(text))
        spans = match_spans(sentence_matches(text, 0, len(text), cands))
        cuts = [0] + [m.end() for m in _re.finditer("[，；]", text)] + [len(text)]
        for i, f in enumerate(figs):
            ca = max(c for c in cuts if c <= f.start)
            cb = min([c for c in cuts if c >= f.end] + [len(text)])
            la = max([ca] + [g.end for g in figs[:i] if g.end <= f.start])
            lb = min([cb] + [g.start for g in figs[i + 1:] if g.start >= f.end])
            for win in (Window.whole(text), Window((la, lb), (ca, cb), (0, len(text)), "慰问困难职工"),
                        Window((ca, cb), (ca, cb), (ca, cb))):
                want = _best_cue_by_search(text, f, win)
                for got in (best_cue(text, f, win), best_cue(text, f, win, cands, spans)):
                    assert (got and (got.cue, got.start, got.end)) == want, (text, f, win)


def test_cue_scanners_match_what_the_cue_patterns_match(gold_articles):
    """Each cue is scanned by Python's re where it reads the pattern: the same matches, in whole texts
    and in spans of them (pos and endpos, so look-arounds at the edges), on the seeds' gold texts."""
    faster = [c for c in cues() if c.scanner is not c.pattern]
    assert len(faster) >= len(cues()) // 2
    texts = [a["text"] for _, a in gold_articles] + _SCAN_TEXTS
    for text in texts:
        for cue in faster:
            assert [m.span() for m in cue.scanner.finditer(text)] == [m.span() for m in cue.pattern.finditer(text)]
        for lo in range(0, len(text), 97):
            hi = min(len(text), lo + 61)
            for cue in faster:
                assert [m.span() for m in cue.scanner.finditer(text, lo, hi)] == \
                    [m.span() for m in cue.pattern.finditer(text, lo, hi)], (cue.pattern.pattern, text[lo:hi])


def test_period_patterns_match_as_pythons_re_reads_them(gold_articles):
    """The period table is scanned by the faster engine for each row (``regex``, or ``re`` on the row
    rewritten to open with characters): the matches Python's ``re`` finds for the row as written."""
    import re as _re
    from reportmine.classify import _period_res
    from reportmine.tables import read_table
    rows = [r["pattern"] for r in read_table("periods.tsv")]
    assert len(rows) == len(_period_res())
    for text in [a["text"] for _, a in gold_articles] + _SCAN_TEXTS:
        for rx, row in zip(_period_res(), rows):
            assert [m.span() for m in rx.finditer(text)] == [m.span() for m in _re.finditer(row, text)], row


#: sentences for the rewritten patterns (:func:`reportmine.classify._literal_first`): each look-behind
#: and each spread choice met and missed, at the start of the text, of the span and after it
_REWRITE_TEXTS = [
    "缴纳互助金3万元，领取互助金2人，缴互助金，获得了救助5人，获得互助金", "工会小组12个，班组小组3个，小组",
    "工会委员5名，职委员，会委员，委员3名，专职工会干部2名，兼职干部，专兼职的干部4人，专职人员",
    "荣获一等奖2项、特等奖1项、十等奖，三星级职工之家5个，星级，建成五星",
    "入会率98%，参加医保的比例为90%，参与率，参加比例，入会职工比例", "截至目前为止，到目前，至目前，目前为止，上半年，下半年以来",
    "互助金", "委员", "小组", "缴", "",
]


def test_patterns_rewritten_to_open_with_characters_match_as_written():
    """A cue or period pattern that ``re`` scans after a rewrite (spread choices, one choice per
    character of a class, look-behinds moved after the first character) matches what the pattern
    as written matches, at every pos and endpos of the test sentences (look-behinds before pos)."""
    import re as _re

    import regex as _regex
    from reportmine.classify import _period_res
    from reportmine.tables import read_table
    pairs = [(c.scanner, c.pattern.pattern) for c in cues()]
    pairs += list(zip(_period_res(), (r["pattern"] for r in read_table("periods.tsv"))))
    rewritten = [(rx, written) for rx, written in pairs if getattr(rx, "pattern", written) != written]
    assert len(rewritten) >= 6
    assert all(isinstance(rx, _re.Pattern) for rx, _ in rewritten)
    for rx, written in rewritten:
        plain = _regex.compile(written)
        for text in _REWRITE_TEXTS + _SCAN_TEXTS:
            for lo in range(0, len(text) + 1, 1 if len(text) < 80 else 7):
                for hi in (lo, lo + 1, lo + 3, len(text)):
                    assert [m.span() for m in rx.finditer(text, lo, hi)] == \
                        [m.span() for m in plain.finditer(text, lo, hi)], (written, text, lo, hi)


def test_literal_first_rewrites():
    import re

    from reportmine.classify import _literal_first
    from reportmine.patterns import parse
    assert _literal_first(parse("(?<!缴纳)(?<!缴)(?:互助金|救助金)")) == "互(?<!缴纳互)(?<!缴互)助金|救(?<!缴纳救)(?<!缴救)助金"
    assert _literal_first(parse("[一二]等奖|(?:了|过)?增长")) is None  # an optional word opens a choice
    assert _literal_first(parse("(会员)|职工")) is None  # a group: its number would change
    assert _literal_first(parse("(?=会员)会")) is None  # a look-ahead opens it
    assert _literal_first(parse("[^，。]率")) is None and _literal_first(parse("[\u4e00-\u9fff]率")) is None
    written = r"(?:专职|兼职)\d+[a-c.]*?\b干部$|[^x]\s."
    got = _literal_first(parse(written))
    assert got is None  # [^x] opens a choice
    written = r"(?:专职|兼职)\d+[a-c.]*?\b干部$"
    got = _literal_first(parse(written))
    assert got.startswith("专职") and "|兼职" in got
    for text in ("专职12a.b干部", "兼职3干部", "专职干部", "专职1.干部", "兼职12"):
        assert [m.span() for m in re.finditer(got, text)] == [m.span() for m in re.finditer(written, text)]


def test_share_after_a_percent_matches_as_without_its_quick_look_behind(gold_articles):
    """The share cue after 80%/三成/以上/四分之一 opens with a look-behind of one character (a quick test at
    each position) that the five choices after it imply: it matches what the five alone match."""
    import regex as _regex
    quick = "(?<=[%％成上下右一二三四五六七八九十])"
    (cue,) = [c for c in cues() if c.pattern.pattern.startswith(quick)]
    plain = _regex.compile(cue.pattern.pattern[len(quick):])
    for text in [a["text"] for _, a in gold_articles] + _SCAN_TEXTS + ["约三成企业", "80%以上的职工", "上下企业", "约四分之一的小微企业", "一二企业", "十家企业"]:
        assert [m.span() for m in cue.scanner.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_words_present_are_those_a_loop_over_every_word_finds():
    from reportmine.classify import _subject_words
    texts = _SCAN_TEXTS + ["对其中的", "为其中", "其中女职工", "在册职工", ""]
    for words in _subject_words().values():
        for text in texts:
            for lo in range(0, len(text) + 1, 4):
                for hi in range(lo, min(len(text), lo + 24) + 1, 3):
                    s = text[lo:hi]
                    assert words.present(s) == [w for w in words.words if w in s], s


def test_statement_is_the_part_between_semicolons_of_either_width():
    from reportmine.classify import Window, _statement
    from reportmine.figures import Figure
    t = "甲；乙;会员12人；丙;丁"
    fig = Figure(4, 9, 12, "person", "人", "exact")
    for lo, hi, want in ((0, len(t), "会员12人"), (0, 9, "会员12人"), (4, 10, "会员12人"), (3, len(t), "会员12人"),
                         (4, 9, "会员12人"), (2, 12, "会员12人")):
        assert _statement(t, fig, Window((lo, hi), (lo, hi), (lo, hi))) == want
    t = "甲，会员12人;丙；丁"
    assert _statement(t, Figure(2, 7, 12, "person", "人", "exact"), Window.whole(t)) == "甲，会员12人"
    t = "甲，会员12人；丙;丁"
    assert _statement(t, Figure(2, 7, 12, "person", "人", "exact"), Window.whole(t)) == "甲，会员12人"
    t = "甲，会员12人，丙"
    assert _statement(t, Figure(2, 7, 12, "person", "人", "exact"), Window.whole(t)) == t


def _evidence_by_hits(text, fig, win, matches):
    """cue_hits summed up the plain way: what the model reads of them."""
    from reportmine.classify import cue_hits
    hits, adjacent, nearest = set(), set(), {}
    for level, metric, fits, adj, dist in cue_hits(text, fig, win, matches):
        hits.add((level, metric, fits))
        if adj and fits:
            adjacent.add(metric)
        if fits and dist < nearest.get(metric, 1 << 30):
            nearest[metric] = dist
    return hits, adjacent, nearest


_EVIDENCE_TEXTS = _SCAN_TEXTS + ["三家建工会的外商独资企业12家，入会率提高了2.3个百分点，同比增长12%。",
                                 "举办讲座3场，受益职工500人次；开展活动，惠及职工800人次；帮扶困难职工，惠及320户。"]


@pytest.mark.parametrize("few", [None, 0, 10 ** 6])
def test_cue_evidence_is_cue_hits_summed_up(monkeypatch, few):
    """The evidence of every figure, in short sentences and in run-on ones of hundreds of figures (all
    the texts joined without a full stop), read match by match or through the sentence's index, is
    what cue_hits gives, in every kind of window (also one whose phrase is not inside its clause)."""
    import re as _re
    from reportmine import classify
    from reportmine.classify import Window, candidate_cues, cue_evidence, sentence_matches
    from reportmine.figures import find_figures
    if few is not None:
        monkeypatch.setattr(classify, "_FEW_MATCHES", few)
    run_on = "，".join(t.rstrip("。") for t in _EVIDENCE_TEXTS) * 8
    for text in _EVIDENCE_TEXTS + [run_on]:
        figs = find_figures(text)
        matches = sentence_matches(text, 0, len(text), candidate_cues(text, 0, len(text)))
        cuts = [0] + [m.end() for m in _re.finditer("[，；]", text)] + [len(text)]
        for i, f in enumerate(figs):
            ca = max(c for c in cuts if c <= f.start)
            cb = min([c for c in cuts if c >= f.end] + [len(text)])
            la = max([ca] + [g.end for g in figs[max(i - 1, 0):i] if g.end <= f.start])
            lb = min([cb] + [g.start for g in figs[i + 1:i + 2] if g.start >= f.end])
            for win in (Window.whole(text), Window((la, lb), (ca, cb), (0, len(text)), "慰问困难职工|维权"),
                        Window((0, 0), (f.end, f.end), (0, len(text)), "惠及")):
                assert cue_evidence(text, f, win, matches) == _evidence_by_hits(text, f, win, matches), (f, win)
    assert len(find_figures(run_on)) > 200 and len(sentence_matches(run_on, 0, len(run_on))) > 400


def test_window_matches_of_a_long_sentence_are_the_search_of_the_window():
    """In a run-on sentence (a cue matching many times: its spans bisected) as in a short one."""
    from reportmine.classify import _window_matches, candidate_cues, match_spans, sentence_matches
    text = "，".join(t.rstrip("。") for t in _SCAN_TEXTS) * 4
    cands = candidate_cues(text, 0, len(text))
    spans = match_spans(sentence_matches(text, 0, len(text), cands))
    many = [cue for cue in cands if len(spans.get(id(cue), ())) > 8]
    assert len(many) >= 3
    for lo in range(0, len(text), 17):
        for hi in range(lo, len(text) + 1, 23):
            for cue in many:
                want = [m.span() for m in cue.pattern.finditer(text, lo, hi)]
                assert _window_matches(text, lo, hi, cue, spans) == want, (cue.pattern.pattern, lo, hi)


def test_bisected_spans_are_those_read_one_by_one():
    """The spans of a window bisected from a cue's ascending spans (empty ones too) are those a loop
    over them keeps, and a span crossing an edge sends both to a search of the window."""
    import random
    from reportmine.classify import Cue, _window_matches

    class Searched(Exception):
        pass

    class NoScan:
        def finditer(self, *a):
            raise Searched

    cue = Cue("other", __import__("regex").compile("x"), frozenset(), 1, 0, window_safe=True, scan_with=NoScan())

    def by_loop(found, lo, hi):
        inside = []
        for a, b in found:
            if a < lo < b or a < hi < b:
                return None
            if lo <= a and b <= hi:
                inside.append((a, b))
        return inside

    rng = random.Random(7)
    for _ in range(300):
        found = _ordered_spans(rng, rng.randint(9, 20), gap=(0, 3), length=(0, 3))
        at = found[-1][1]
        for lo in range(0, at + 2):
            for hi in range(lo, at + 3, 2):
                try:
                    got = _window_matches("", lo, hi, cue, {id(cue): found})
                except Searched:
                    got = None
                assert got == by_loop(found, lo, hi), (found, lo, hi)


def test_a_period_inside_a_quote_is_found_by_bisection_as_by_trying_every_quote():
    # find_periods drops a time expression inside a quoted name (issue 9: once a test per quote
    # per period, quadratic on long reports); quotes come in text order and do not overlap
    import random

    from reportmine.classify import _quoted

    rng = random.Random(1)
    for _ in range(5000):
        quotes = _ordered_spans(rng, rng.randint(0, 6), gap=(0, 5), length=(2, 8))
        a = rng.randint(0, 60)
        b = a + rng.randint(1, 10)
        assert _quoted(quotes, a, b) == any(qa < a and b < qb for qa, qb in quotes), (quotes, a, b)


def _ordered_spans(rng, count: int, gap: tuple[int, int], length: tuple[int, int]) -> list[tuple[int, int]]:
    """``count`` random spans in text order, not overlapping: each starts a random ``gap`` after the
    end of the one before and has a random ``length`` (both ranges inclusive)."""
    spans, at = [], 0
    for _ in range(count):
        a = at + rng.randint(*gap)
        at = a + rng.randint(*length)
        spans.append((a, at))
    return spans


def test_words_prefix_and_suffix_are_the_longest_word_at_either_end():
    """_Words.prefix and suffix (a first or last character no word has: nothing, at once) give the
    longest word of the role that opens or ends a string, as a test of every word would."""
    import random
    from reportmine.classify import _subject_words, _Words
    rng = random.Random(3)
    roles = dict(_subject_words())
    roles["with an empty word"] = _Words(["", "职工", "工"])
    for role, words in roles.items():
        alphabet = "".join({c for w in words.words for c in w}) + "的和了"
        for _ in range(300):
            s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
            if rng.random() < 0.3 and words.words:
                w = rng.choice(words.words)
                s = w + s if rng.random() < 0.5 else s + w
            for keep in (0, 2):
                fits = [w for w in words.words if s.startswith(w) and len(s) - len(w) >= keep]
                assert words.prefix(s, keep) == max(fits, key=len, default=""), (role, s, keep)
            assert words.suffix(s) == max((w for w in words.words if s.endswith(w)), key=len, default=""), (role, s)


def test_no_cue_matching_in_a_span_is_left_out_of_its_candidates(gold_articles):
    """Every cue that matches in a span (scanned with pos and endpos: look-behinds see before it) is
    one of the span's candidate_cues, whichever of its required pairs the trigger index took: on
    short and clause-sized spans of the gold articles."""
    from reportmine.classify import candidate_cues
    table = cues()
    for _, a in gold_articles:
        text = a["text"]
        for lo in range(0, len(text), 11):
            for hi in (lo + 2, lo + 9, lo + 30):
                hi = min(hi, len(text))
                kept = set(map(id, candidate_cues(text, lo, hi)))
                for c in table:
                    if id(c) not in kept:
                        assert c.pattern.search(text, lo, hi) is None, (c.pattern.pattern[:30], text[lo:hi])


@pytest.mark.parametrize("text", [
    "新发展会员2.3万人，会员中，新就业形态劳动者2800人。",
    "参训职工中，一线职工3800人次。",
    "动员320名外卖骑手入会。",
    "新建工会42家，其中非公企业35家、社区7家。",
    "全年慰问困难职工120户。",
])
def test_a_cue_gated_by_its_context_is_searched_wherever_it_can_count(text):
    # a cue whose words stand in a look-behind is searched only where its context occurs; where the
    # context occurs (as it must for the cue to count) and the cue matches, it is a candidate
    from reportmine.classify import candidate_cues, cues

    cands = set(map(id, candidate_cues(text, 0, len(text))))
    for cue in cues():
        if cue.context is not None and cue.pattern.search(text) and cue.context.search(text):
            assert id(cue) in cands, cue.pattern.pattern[:60]


@pytest.mark.parametrize("text, expected", [
    # a union body named right after its count is what is counted, whatever names it first
    ("支行工会下设6个营业网点工会小组。", [("6个", "unions", "org")]),
    ("力争再建2至3家商务楼宇联合工会。", [("2至3家", "unions", "org")]),
    ("全市860多家基层工会主席全部轮训一遍。", [("860多家", "unions", "org")]),
    ("审计基层工会经费52家，审计覆盖率100%。", [("52家", "unions", "org"), ("100%", "coverage_rate", "percent")]),
    # …but not a union honoured or a model unit (the honour wins)
    ("5家基层工会获评市级模范职工之家。", [("5家", "honours", "org")]),
    ("另有4家企业工会获“市模范职工之家”称号。", [("4家", "honours", "org")]),
    # firms joining a joint union, and outlets covered, are enterprises
    ("新吸纳小微企业11家加入商圈联合工会。", [("11家", "enterprises", "org")]),
    ("新建快递行业工会联合会2个，覆盖站点85个。", [("2个", "unions", "org"), ("85个", "enterprises", "org")]),
    # units commended, model points and people placed are honours
    ("对成绩突出的7个单位予以通报表扬。", [("7个", "honours", "org")]),
    ("建成“职工之家”示范点3个。", [("3个", "honours", "org")]),
    ("另有6名选手进入全省前三名。", [("6名", "honours", "person")]),
    ("评出“优秀职工”30名、“优秀班组长”12名。", [("30名", "honours", "person"), ("12名", "honours", "person")]),
    # meeting a standard is no title; mediation bodies are no unions
    ("其中达到示范标准的母婴室8个。", [("8个", "other", "other")]),
    ("全市工会调解组织总数达到140个。", [("140个", "other", "org")]),
])
def test_organisations_ninth_round(text, expected):
    """Organisation counts of the ninth round (blind sets heldout29-34), by the cues alone."""
    assert typed(text) == expected


def test_every_cue_row_is_gated_by_a_string():
    """A cue whose words stand only in a look-around has no trigger and is searched in every sentence of
    every page (four such rows were the costliest of the cue scan): give it a ``context`` naming those words."""
    from reportmine.classify import cues

    ungated = [c.pattern.pattern for c in cues() if c.triggers is None]
    assert not ungated, f"cue rows with no string to gate them (add a context column): {ungated}"
