"""Held-out set 4: six hand-written union work reports and their hand annotation.

Each report is the clean normalised text (what `text` in the gold must be) plus the
hand annotation: sections (marker, heading, depth), parts (role, first words) and
records.  A record is (mention, metric, value, unit, raw_unit, qualifier, subject,
flags, period, anchor): `anchor` is a piece of the text that holds the mention once,
so offsets are found with str.find (anchor first, then the mention inside it).

Conventions chosen for this set (also written into each gold's notes):
- `mention` is the number with its unit, including an infix 多/余 (五十多家, 60余家),
  but without prefix qualifiers (约, 近, 超过, 不足, 不少于) and without trailing 以上/左右.
- 不少于 (at least) is `more_than`.
- A range (5至8家) yields one record per number written, both exact, sharing the unit.
"""

E = "exact"; A = "approx"; M = "more_than"; L = "less_than"

REPORTS = []

# ---------------------------------------------------------------------------
REPORTS.append(dict(
    stem="401_city_annual",
    title="江州市总工会2023年工作总结",
    org_level="市", report_type="annual", year=2023,
    text="""2023年，在市委和省总工会的坚强领导下，江州市总工会坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神和中国工会第十八次全国代表大会精神，围绕“十四五”规划目标，团结动员全市广大职工建功立业，各项工作取得新进展。现将全年工作总结如下：
一、夯实组织基础，工会覆盖面持续扩大
（一）推进新就业形态劳动者入会。全年新建基层工会326家，新增会员2.36万人，其中新就业形态劳动者8900余人。截至年底，全市已建工会组织的企业达12400多家，建会率达92.6%，职工入会率达90.3%。
（二）规范基层工会建设。开展基层工会规范化建设“回头看”，对百人以上企业逐一排查，督促47家企业按期换届，指导二十余家企业工会召开职代会。
二、聚焦主责主业，职工权益得到有效维护
（一）深化集体协商。截至12月底，全市累计签订集体合同2318份，覆盖企业9600余家、职工41.2万人，集体合同签订率保持在90%以上。
（二）化解劳动纠纷。依托12351职工服务热线和法律援助中心，全年受理职工来信来访及热线咨询1260件，调处劳动争议案件186起，为职工追回欠薪约1350万元。
三、做实服务帮扶，职工获得感不断增强
（一）开展“两节”送温暖活动。元旦春节期间，市、县两级工会共筹集帮扶资金1860万元，走访慰问困难职工、劳动模范和一线职工3.2万人次，发放慰问金1120万元，送去米、油等慰问品折合326万元。
（二）实施金秋助学。为612名困难职工子女发放助学金183.6万元。
（三）扩大互助保障覆盖。职工医疗互助保障参保职工达28.5万人，全年为1.1万人次赔付互助金2030万元。
四、建设职工队伍，劳动和技能竞赛广泛开展
全年组织各类劳动竞赛和技能比武380余场，参赛职工超过15万人次，举办技能培训班一百二十期，培训职工1.8万人次。全年推荐评选省五一劳动奖章12人、工人先锋号9个，市级劳动模范100名，其中一线职工占65%。
五、2024年工作打算
2024年，市总工会将重点做好三个方面工作：一是持续推进建会入会，新建工会300家以上，新发展会员2万人，其中新就业形态劳动者不少于8000人；二是深化集体协商，集体合同签订率稳定在90%以上；三是开展职工技能培训5万人次，力争新增市级职工创新工作室5至8家。""",
    sections=[("一、", "夯实组织基础，工会覆盖面持续扩大", 1),
              ("（一）", "推进新就业形态劳动者入会", 2),
              ("（二）", "规范基层工会建设", 2),
              ("二、", "聚焦主责主业，职工权益得到有效维护", 1),
              ("（一）", "深化集体协商", 2),
              ("（二）", "化解劳动纠纷", 2),
              ("三、", "做实服务帮扶，职工获得感不断增强", 1),
              ("（一）", "开展“两节”送温暖活动", 2),
              ("（二）", "实施金秋助学", 2),
              ("（三）", "扩大互助保障覆盖", 2),
              ("四、", "建设职工队伍，劳动和技能竞赛广泛开展", 1),
              ("五、", "2024年工作打算", 1)],
    parts=[("summary", "2023年，在市委和省总工会的"), ("plan", "五、2024年工作打算")],
    records=[
        ("326家", "unions", 326, "org", "家", E, "基层工会", [], "全年", None),
        ("2.36万人", "members", 23600, "person", "万人", E, "新增会员", [], "全年", None),
        ("8900余人", "members", 8900, "person", "人", M, "新就业形态劳动者", [], "全年", None),
        ("12400多家", "enterprises", 12400, "org", "家", M, "已建工会组织的企业", [], "截至年底", None),
        ("92.6%", "coverage_rate", 92.6, "percent", "%", E, "建会率", [], "截至年底", None),
        ("90.3%", "coverage_rate", 90.3, "percent", "%", E, "职工入会率", [], "截至年底", None),
        ("47家", "enterprises", 47, "org", "家", E, "企业", [], None, None),
        ("二十余家", "unions", 20, "org", "家", M, "企业工会", [], None, None),
        ("2318份", "contracts", 2318, "item", "份", E, "集体合同", [], "截至12月底", None),
        ("9600余家", "enterprises", 9600, "org", "家", M, "覆盖企业", [], "截至12月底", None),
        ("41.2万人", "workers", 412000, "person", "万人", E, "职工", [], "截至12月底", None),
        ("90%", "coverage_rate", 90, "percent", "%", M, "集体合同签订率", [], "截至12月底", "保持在90%以上"),
        ("1260件", "cases", 1260, "case", "件", E, "职工来信来访及热线咨询", [], "全年", None),
        ("186起", "cases", 186, "case", "起", E, "劳动争议案件", [], "全年", None),
        ("1350万元", "recovered_amount", 13500000, "yuan", "万元", A, "欠薪", [], "全年", None),
        ("1860万元", "funds", 18600000, "yuan", "万元", E, "帮扶资金", [], "元旦春节期间", None),
        ("3.2万人次", "relief_recipients", 32000, "person_time", "万人次", E, "困难职工、劳动模范和一线职工", [], "元旦春节期间", None),
        ("1120万元", "relief_amount", 11200000, "yuan", "万元", E, "慰问金", [], "元旦春节期间", None),
        ("326万元", "relief_amount", 3260000, "yuan", "万元", E, "慰问品", [], "元旦春节期间", None),
        ("612名", "relief_recipients", 612, "person", "名", E, "困难职工子女", [], None, None),
        ("183.6万元", "relief_amount", 1836000, "yuan", "万元", E, "助学金", [], None, None),
        ("28.5万人", "insured", 285000, "person", "万人", E, "参保职工", [], "全年", None),
        ("1.1万人次", "relief_recipients", 11000, "person_time", "万人次", E, "赔付互助金", [], "全年", None),
        ("2030万元", "relief_amount", 20300000, "yuan", "万元", E, "互助金", [], "全年", None),
        ("380余场", "activities", 380, "session", "场", M, "劳动竞赛和技能比武", [], "全年", None),
        ("15万人次", "workers", 150000, "person_time", "万人次", M, "参赛职工", [], "全年", None),
        ("一百二十期", "training_sessions", 120, "session", "期", E, "技能培训班", [], "全年", None),
        ("1.8万人次", "trainees", 18000, "person_time", "万人次", E, "培训职工", [], "全年", None),
        ("12人", "honours", 12, "person", "人", E, "省五一劳动奖章", [], "全年", None),
        ("9个", "honours", 9, "org", "个", E, "工人先锋号", [], "全年", None),
        ("100名", "honours", 100, "person", "名", E, "市级劳动模范", [], "全年", None),
        ("65%", "share", 65, "percent", "%", E, "一线职工", [], "全年", None),
        ("300家", "unions", 300, "org", "家", M, "新建工会", [], "2024年", None),
        ("2万人", "members", 20000, "person", "万人", E, "新发展会员", [], "2024年", None),
        ("8000人", "members", 8000, "person", "人", M, "新就业形态劳动者", [], "2024年", None),
        ("90%", "coverage_rate", 90, "percent", "%", M, "集体合同签订率", [], "2024年", "稳定在90%以上"),
        ("5万人次", "trainees", 50000, "person_time", "万人次", E, "职工技能培训", [], "2024年", None),
        ("5", "other", 5, "org", "家", E, "市级职工创新工作室", [], "2024年", "5至8家"),
        ("8家", "other", 8, "org", "家", E, "市级职工创新工作室", [], "2024年", "5至8家"),
    ],
    notes=[
        "Raw file: plain UTF-8 with site furniture (breadcrumb nav, 来源/作者/发布时间/浏览次数 meta line, 下载文档/温馨提示 prompts, 相关文章 list, 第1页 共1页 counter, 客服电话 line); half-width , : ; ( ) in places.",
        "Not records: 2023年, 2024年 (years), 二十大, 第十八次 (ordinal), “十四五”, 百人以上企业 (size class), 12351 (hotline), 市、县两级 (levels of a list), “两节”, 三个方面, 一是/二是/三是, 五一 in 五一劳动奖章.",
        "新增会员2.36万人，其中新就业形态劳动者8900余人: the subset is its own members record (like the 21份 女职工合同 in seed 004), not a share.",
        "慰问金1120万元 and 慰问品折合326万元 are not introduced by 其中 and are not claimed to make up the 1860万元 raised, so no sum check; the raised 1860万元 is funds (collection), the handed-out sums relief_amount (spec ruling).",
        "1.1万人次 who were paid 互助金 → relief_recipients (mutual-aid payouts are relief); 参保职工28.5万人 → insured.",
        "参赛职工超过15万人次 → workers (people involved), person_time, more_than; mention 15万人次 without the prefix 超过.",
        "工人先锋号9个 → honours, unit org (a title given to a collective counted with 个).",
        "Plan part starts at the heading 五、2024年工作打算; its period is the lead-in 2024年. 不少于8000人 → more_than. 5至8家 → two records (5 and 8), unit 家 shared; metric other (studios are neither unions nor enterprises).",
        "Periods: 全年 in the first body sentence of a paragraph governs that paragraph's later sentences (四、: 全年 twice anyway); 截至年底 starts a new sentence and replaces it.",
    ]))

# ---------------------------------------------------------------------------
REPORTS.append(dict(
    stem="402_private_firm",
    title="华锐机械有限公司工会2023年度工作总结",
    org_level="企业", report_type="annual", year=2023,
    text="""2023年，公司工会在公司党支部和镇总工会的指导下，紧紧围绕企业生产经营中心，履行维护职工合法权益的基本职责，较好地完成了年初确定的各项目标任务。现总结如下：
1.加强工会自身建设，会员队伍不断壮大
公司现有员工1386人，其中外来务工人员占七成以上。今年工会新吸纳会员一百五十六名，会员总数达到1342人，入会率达96.8%。年内召开职工代表大会两次，审议通过《员工薪酬调整方案》等3项制度。
2.开展集体协商，保障职工劳动报酬
4月份，工会与公司行政方就年度工资调整进行了为期三天的集体协商，续签了工资专项集体协议和女职工权益保护专项集体合同共2份。全年一线职工月平均工资较上年增长百分之六点五，共调解员工与班组之间的劳动纠纷9起，调解成功率100%。
3.关心员工生活，帮扶困难职工
春节前，工会走访慰问困难员工38户，发放慰问金和慰问品共计5.7万元，其中慰问金4.2万元，慰问品折合1.3万元。年内，为2名患重病职工发起爱心捐款，全体员工踊跃参与，共筹集善款三万二千余元。夏季“送清凉”活动中，为一线车间员工送去防暑降温物品价值约1.6万元。
4.提升员工技能，推动企业创新发展
工会联合人力资源部举办焊工、数控车工等技能培训班6期，参训员工420人次；组织“金点子”合理化建议活动，收集建议213条，采纳实施87条，创造经济效益近80万元。在市总工会举办的第十二届职工技能大赛中，公司有5名员工获得三等奖以上名次，1人被评为市级技术能手。
5.丰富文体活动，增强企业凝聚力
先后组织了拔河比赛、篮球赛、“三八”节插花等文体活动12场，参与员工达1100余人次。全年为全体员工安排一次免费体检，费用全部由公司承担。
6.存在的不足和明年打算
一年来工会工作虽然取得了一定成绩，但仍存在员工流动性大、部分青年员工参与工会活动积极性不高等问题。2024年，工会将力争会员入会率保持在95%以上，全年开展技能培训不少于8期，并争取建成职工书屋1个。""",
    sections=[("1.", "加强工会自身建设，会员队伍不断壮大", 1),
              ("2.", "开展集体协商，保障职工劳动报酬", 1),
              ("3.", "关心员工生活，帮扶困难职工", 1),
              ("4.", "提升员工技能，推动企业创新发展", 1),
              ("5.", "丰富文体活动，增强企业凝聚力", 1),
              ("6.", "存在的不足和明年打算", 1)],
    parts=[("summary", "2023年，公司工会在公司党支"), ("problems", "6.存在的不足和明年打算"),
           ("plan", "2024年，工会将力争会员入会")],
    records=[
        ("1386人", "workers", 1386, "person", "人", E, "员工", [], None, None),
        ("七成", "share", 70, "percent", "成", M, "外来务工人员", [], None, None),
        ("一百五十六名", "members", 156, "person", "名", E, "新吸纳会员", [], "今年", None),
        ("1342人", "members", 1342, "person", "人", E, "会员总数", [], "今年", None),
        ("96.8%", "coverage_rate", 96.8, "percent", "%", E, "入会率", [], "今年", None),
        ("两次", "activities", 2, "session", "次", E, "职工代表大会", [], "年内", None),
        ("3项", "other", 3, "item", "项", E, "制度", [], "年内", None),
        ("2份", "contracts", 2, "item", "份", E, "工资专项集体协议和女职工权益保护专项集体合同", [], "4月份", None),
        ("百分之六点五", "other", 6.5, "percent", "百分之", E, "月平均工资增长", [], "全年", None),
        ("9起", "cases", 9, "case", "起", E, "劳动纠纷", [], "全年", None),
        ("100%", "other", 100, "percent", "%", E, "调解成功率", [], "全年", None),
        ("38户", "relief_recipients", 38, "household", "户", E, "困难员工", [], "春节前", None),
        ("5.7万元", "relief_amount", 57000, "yuan", "万元", E, "慰问金和慰问品", ["sum_mismatch"], "春节前", None),
        ("4.2万元", "relief_amount", 42000, "yuan", "万元", E, "慰问金", [], "春节前", None),
        ("1.3万元", "relief_amount", 13000, "yuan", "万元", E, "慰问品", [], "春节前", None),
        ("2名", "relief_recipients", 2, "person", "名", E, "患重病职工", [], "年内", None),
        ("三万二千余元", "funds", 32000, "yuan", "元", M, "善款", [], "年内", None),
        ("1.6万元", "relief_amount", 16000, "yuan", "万元", A, "防暑降温物品", [], "夏季", None),
        ("6期", "training_sessions", 6, "session", "期", E, "技能培训班", [], None, None),
        ("420人次", "trainees", 420, "person_time", "人次", E, "参训员工", [], None, None),
        ("213条", "other", 213, "item", "条", E, "合理化建议", [], None, None),
        ("87条", "other", 87, "item", "条", E, "采纳实施", [], None, None),
        ("80万元", "funds", 800000, "yuan", "万元", A, "经济效益", [], None, None),
        ("5名", "honours", 5, "person", "名", E, "员工", [], None, None),
        ("1人", "honours", 1, "person", "人", E, "市级技术能手", [], None, None),
        ("12场", "activities", 12, "session", "场", E, "文体活动", [], None, None),
        ("1100余人次", "workers", 1100, "person_time", "人次", M, "参与员工", [], None, None),
        ("95%", "coverage_rate", 95, "percent", "%", M, "会员入会率", [], "2024年", None),
        ("8期", "training_sessions", 8, "session", "期", M, "技能培训", [], "2024年", None),
        ("1个", "other", 1, "other", "个", E, "职工书屋", [], "2024年", None),
    ],
    notes=[
        "Raw file: GBK bytes, no BOM; half-width , : ; ( ) in Chinese text, paragraphs indented with two full-width spaces, some full-width digits (１３８６, ９６．８％); header line with company name and a 打印本页 / 关闭窗口 footer (furniture).",
        "Headings are 1. 2. … 6. at line start → depth 1 (first family in the article).",
        "6.存在的不足和明年打算 opens a problems part; the sentence 2024年，工会将力争… opens the plan part inside the same section (the heading announces both). Section 6 itself is labelled problems.",
        "七成以上 → share 70 percent (成 = ×10), more_than; mention 七成 (以上 outside).",
        "共计5.7万元 with parts 4.2万元 + 1.3万元 = 5.5万元 ≠ 5.7万元 → the total carries sum_mismatch.",
        "Not records: 为期三天 (duration), 第十二届, 三等奖以上 (ordinal prize class; so 5名 stays exact), “三八”, 安排一次免费体检 (一次 = the article 'a'), 2023年/2024年/4月份.",
        "百分之六点五 wage growth and 调解成功率100% fit no specific key → other (percent). 100% is not a completion of a quota and not over 100, so no flag.",
        "爱心捐款 筹集善款 → funds (a collection, spec ruling); 2名 患重病职工 are the people it helped → relief_recipients. 防暑降温物品价值约1.6万元 given to front-line workers → relief_amount (goods' value, 送清凉 is a 慰问 activity), approx.",
        "创造经济效益近80万元 → funds (any other money), approx. 合理化建议 213条 / 87条 → other item.",
        "两次 (职工代表大会) → activities 2 session (meetings held).",
    ]))

# ---------------------------------------------------------------------------
REPORTS.append(dict(
    stem="403_township_halfyear",
    title="青石镇总工会2024年上半年工作总结",
    org_level="乡镇", report_type="half_year", year=2024,
    text="""2024年上半年，青石镇总工会在镇党委和县总工会的领导下，以服务职工为中心，扎实推进各项工作，现将有关情况总结如下。
一、上半年工作开展情况
（一）抓好工会组建，扩大工作覆盖。年初以来，镇总工会对辖区内25人以上企业开展拉网式排查，新组建村级工会联合会3个、非公企业工会11家，新发展会员六百八十余人，其中农民工会员512人。截至6月底，全镇共有基层工会组织57个，会员4860名，建会率达到95%。
（二）开展困难帮扶，传递组织温暖。春节期间，镇总工会会同民政、人社等部门走访慰问困难职工和困难农民工86户，发放慰问金12.9万元，为14名患大病职工送去救助金4.2万元。“六一”前夕，为32名留守儿童送去学习用品，价值近两万元。
（三）加强技能培训，促进转移就业。联合镇成人学校举办电工、育婴员、农村电商等实用技能培训班8期，培训农民工463人，其中取得职业资格证书的298人，占64.4%。在3月份举办的春风行动招聘会上，组织县内外用工企业42家进场招聘，提供就业岗位1500个左右，现场达成就业意向230余人。
（四）维护职工权益，促进劳动关系和谐。上半年共受理职工投诉及劳动争议案件13件，已结案11件，结案率84.6%，帮助36名农民工追讨工资47.3万元。全镇有52家企业开展工资集体协商，签订区域性行业工资集体合同4份。
（五）丰富职工文化生活。4月至5月，组织开展“巾帼心向党”健步走、职工篮球邀请赛等活动5场，参与职工一千二百多人次。
二、存在的问题
一是部分小微企业工会组织作用发挥不够，会员流动性大；二是工会干部多为兼职，业务能力有待提高；三是帮扶资金来源渠道较窄。
三、下半年工作打算
（一）继续推进建会入会。力争下半年新建工会组织5家以上，新发展会员300人，确保全镇建会率稳定在95%以上。
（二）深化帮扶救助。做好金秋助学工作，计划资助困难职工子女20名左右；开展“夏送清凉”活动，慰问一线职工不少于1000人次。
（三）做好工会干部培训。举办工会干部培训班2期，培训基层工会干部100人。""",
    sections=[("一、", "上半年工作开展情况", 1),
              ("（一）", "抓好工会组建，扩大工作覆盖", 2),
              ("（二）", "开展困难帮扶，传递组织温暖", 2),
              ("（三）", "加强技能培训，促进转移就业", 2),
              ("（四）", "维护职工权益，促进劳动关系和谐", 2),
              ("（五）", "丰富职工文化生活", 2),
              ("二、", "存在的问题", 1),
              ("三、", "下半年工作打算", 1),
              ("（一）", "继续推进建会入会", 2),
              ("（二）", "深化帮扶救助", 2),
              ("（三）", "做好工会干部培训", 2)],
    parts=[("summary", "2024年上半年，青石镇总工会"), ("problems", "二、存在的问题"),
           ("plan", "三、下半年工作打算")],
    records=[
        ("3个", "unions", 3, "org", "个", E, "村级工会联合会", [], "年初以来", None),
        ("11家", "unions", 11, "org", "家", E, "非公企业工会", [], "年初以来", None),
        ("六百八十余人", "members", 680, "person", "人", M, "新发展会员", [], "年初以来", None),
        ("512人", "members", 512, "person", "人", E, "农民工会员", [], "年初以来", None),
        ("57个", "unions", 57, "org", "个", E, "基层工会组织", [], "截至6月底", None),
        ("4860名", "members", 4860, "person", "名", E, "会员", [], "截至6月底", None),
        ("95%", "coverage_rate", 95, "percent", "%", E, "建会率", [], "截至6月底", "建会率达到95%"),
        ("86户", "relief_recipients", 86, "household", "户", E, "困难职工和困难农民工", [], "春节期间", None),
        ("12.9万元", "relief_amount", 129000, "yuan", "万元", E, "慰问金", [], "春节期间", None),
        ("14名", "relief_recipients", 14, "person", "名", E, "患大病职工", [], "春节期间", None),
        ("4.2万元", "relief_amount", 42000, "yuan", "万元", E, "救助金", [], "春节期间", None),
        ("32名", "relief_recipients", 32, "person", "名", E, "留守儿童", [], "“六一”前夕", None),
        ("两万元", "relief_amount", 20000, "yuan", "万元", A, "学习用品", [], "“六一”前夕", None),
        ("8期", "training_sessions", 8, "session", "期", E, "实用技能培训班", [], None, None),
        ("463人", "trainees", 463, "person", "人", E, "培训农民工", [], None, None),
        ("298人", "trainees", 298, "person", "人", E, "取得职业资格证书的", [], None, None),
        ("64.4%", "share", 64.4, "percent", "%", E, "取得职业资格证书的", [], None, None),
        ("42家", "enterprises", 42, "org", "家", E, "用工企业", [], "3月份", None),
        ("1500个", "jobs", 1500, "other", "个", A, "就业岗位", [], "3月份", None),
        ("230余人", "jobs", 230, "person", "人", M, "达成就业意向", [], "3月份", None),
        ("13件", "cases", 13, "case", "件", E, "职工投诉及劳动争议案件", [], "上半年", None),
        ("11件", "cases", 11, "case", "件", E, "已结案", [], "上半年", None),
        ("84.6%", "share", 84.6, "percent", "%", E, "结案率", [], "上半年", None),
        ("36名", "workers", 36, "person", "名", E, "农民工", [], "上半年", None),
        ("47.3万元", "recovered_amount", 473000, "yuan", "万元", E, "追讨工资", [], "上半年", None),
        ("52家", "enterprises", 52, "org", "家", E, "企业", [], "上半年", None),
        ("4份", "contracts", 4, "item", "份", E, "区域性行业工资集体合同", [], "上半年", None),
        ("5场", "activities", 5, "session", "场", E, "健步走、职工篮球邀请赛等活动", [], "4月至5月", None),
        ("一千二百多人次", "workers", 1200, "person_time", "人次", M, "参与职工", [], "4月至5月", None),
        ("5家", "unions", 5, "org", "家", M, "工会组织", [], "下半年", None),
        ("300人", "members", 300, "person", "人", E, "新发展会员", [], "下半年", None),
        ("95%", "coverage_rate", 95, "percent", "%", M, "建会率", [], "下半年", "稳定在95%以上"),
        ("20名", "relief_recipients", 20, "person", "名", A, "困难职工子女", [], None, None),
        ("1000人次", "relief_recipients", 1000, "person_time", "人次", M, "一线职工", [], None, None),
        ("2期", "training_sessions", 2, "session", "期", E, "工会干部培训班", [], None, None),
        ("100人", "trainees", 100, "person", "人", E, "基层工会干部", [], None, None),
    ],
    notes=[
        "Raw file: Big5 (cp950) bytes of an OpenCC s2twp conversion (Taiwan wording: 資訊-type phrases where they occur), half-width punctuation; two site lines (breadcrumb, 上一篇/下一篇) around the body.",
        "Headings: 一、二、三、 line headings (depth 1); （一）…（五） under 一、 and （一）…（三） under 三、 are run in: heading = first clause up to 。, the rest of the paragraph is the body.",
        "Parts: 二、存在的问题 → problems (holds no figures; 一是/二是/三是 are not headings or records); 三、下半年工作打算 → plan (all figures there are targets).",
        "Not records: 2024年上半年, 25人以上企业 (size class), “六一”, 3月份/6月底 (dates), 一是/二是/三是.",
        "其中农民工会员512人 → members (a subset, not a share); 其中取得职业资格证书的298人，占64.4% → trainees 298 + share 64.4 (298/463 = 64.4%, consistent).",
        "结案率84.6% (11 of 13 cases) → share (a part of the stated 13), not completion_rate (no plan or quota).",
        "帮助36名农民工追讨工资 → workers (people the union acted for; they received no relief), 47.3万元 → recovered_amount.",
        "提供就业岗位1500个左右 → jobs, unit other (个 jobs, as in seed 000), approx; 达成就业意向230余人 → jobs (people placed), person.",
        "价值近两万元 → relief_amount 20000 approx (goods' value), mention 两万元 (两 is 2 here, not the article).",
        "Periods: 年初以来 leads （一）'s body until 截至6月底; 上半年 leads （四）'s paragraph and governs its second sentence. In the plan, 下半年 stands in （一）'s sentence only; （二）（三） have no period of their own (the heading 下半年工作打算 is not a paragraph lead-in) → null.",
        "慰问一线职工不少于1000人次 → relief_recipients (people visited, spec ruling), more_than.",
    ]))

# ---------------------------------------------------------------------------
REPORTS.append(dict(
    stem="404_hospital",
    title="市第一人民医院工会2023年工作总结",
    org_level="事业单位", report_type="annual", year=2023,
    text="""2023年，医院工会在院党委的领导和市卫健系统工会的指导下，坚持以职工为本，围绕医院中心工作，团结带领全院职工为建设人民满意医院贡献力量。院工会把服务职工作为工作的出发点和落脚点，在民主管理、关心关爱、技能提升和文化建设等方面做了大量扎实细致的工作，较好地发挥了党联系职工群众的桥梁纽带作用，得到了院领导和广大医务人员的肯定。现将一年来的工作汇报如下：
一、推进民主管理，保障职工参与权
医院第五届第三次职工代表大会于3月召开，129名职工代表审议了院长工作报告，共收到代表提案42件，立案31件，立案率73.8%，目前已办结28件。坚持院务公开，全年通过职工代表巡视等形式收集意见建议60余条。
二、关爱医务人员，做好服务保障
（一）落实职工福利。坚持节日慰问、生日慰问、婚育慰问和住院探视制度，全年共发放各类慰问费用186.5万元，惠及职工2100余人。
（二）帮扶困难职工。对因病致困的7名职工及时给予救助，发放救助金8.4万元；为4名困难职工子女发放助学金共计1.2万元。
（三）关注心理健康。针对医务人员工作压力大的特点，邀请专家举办心理健康讲座4场，开展减压团体辅导活动6次，参与职工约500人次。
（四）守护职工健康。组织全院职工参加职工医疗互助保障，参保1850人，参保率百分之九十八。
三、开展劳动竞赛，提升业务技能
全年组织护理技能操作竞赛、急救技能比武等业务竞赛9项，参赛医护人员近800名。医院护理部荣获全国“巾帼文明岗”称号，1名医生获评省五一劳动奖章，3名职工被评为市级优秀工会积极分子。通过以赛促学、以赛促练，广大医务人员比学赶超的氛围日益浓厚，医疗服务质量和患者满意度进一步提升。
四、丰富文化生活，增强团队凝聚力
举办庆祝“三八”国际妇女节、“5·12”国际护士节系列活动，组建羽毛球、瑜伽、合唱等兴趣小组8个，会员参与率达到65%以上。
五、2024年工作思路
一是深化民主管理，认真落实职代会各项决议；二是扩大互助保障覆盖面，新增参保职工100人；三是力争建成职工之家示范点1个，年内举办各类培训和文体活动不少于20场。""",
    sections=[("一、", "推进民主管理，保障职工参与权", 1),
              ("二、", "关爱医务人员，做好服务保障", 1),
              ("（一）", "落实职工福利", 2),
              ("（二）", "帮扶困难职工", 2),
              ("（三）", "关注心理健康", 2),
              ("（四）", "守护职工健康", 2),
              ("三、", "开展劳动竞赛，提升业务技能", 1),
              ("四、", "丰富文化生活，增强团队凝聚力", 1),
              ("五、", "2024年工作思路", 1)],
    parts=[("summary", "2023年，医院工会在院党委的"), ("plan", "五、2024年工作思路")],
    records=[
        ("129名", "workers", 129, "person", "名", E, "职工代表", [], "3月", None),
        ("42件", "other", 42, "item", "件", E, "代表提案", [], "3月", None),
        ("31件", "other", 31, "item", "件", E, "立案", [], "3月", None),
        ("73.8%", "share", 73.8, "percent", "%", E, "立案率", [], "3月", None),
        ("28件", "other", 28, "item", "件", E, "已办结", [], "3月", None),
        ("60余条", "other", 60, "item", "条", M, "意见建议", [], "全年", None),
        ("186.5万元", "relief_amount", 1865000, "yuan", "万元", E, "慰问费用", [], "全年", None),
        ("2100余人", "relief_recipients", 2100, "person", "人", M, "职工", [], "全年", None),
        ("7名", "relief_recipients", 7, "person", "名", E, "因病致困的职工", [], None, None),
        ("8.4万元", "relief_amount", 84000, "yuan", "万元", E, "救助金", [], None, None),
        ("4名", "relief_recipients", 4, "person", "名", E, "困难职工子女", [], None, None),
        ("1.2万元", "relief_amount", 12000, "yuan", "万元", E, "助学金", [], None, None),
        ("4场", "training_sessions", 4, "session", "场", E, "心理健康讲座", [], None, None),
        ("6次", "activities", 6, "session", "次", E, "减压团体辅导活动", [], None, None),
        ("500人次", "workers", 500, "person_time", "人次", A, "参与职工", [], None, None),
        ("1850人", "insured", 1850, "person", "人", E, "参保", [], None, None),
        ("百分之九十八", "coverage_rate", 98, "percent", "百分之", E, "参保率", [], None, None),
        ("9项", "activities", 9, "item", "项", E, "业务竞赛", [], "全年", None),
        ("800名", "workers", 800, "person", "名", A, "参赛医护人员", [], "全年", None),
        ("1名", "honours", 1, "person", "名", E, "医生", [], "全年", None),
        ("3名", "honours", 3, "person", "名", E, "职工", [], "全年", None),
        ("8个", "other", 8, "other", "个", E, "兴趣小组", [], None, None),
        ("65%", "coverage_rate", 65, "percent", "%", M, "会员参与率", [], None, None),
        ("100人", "insured", 100, "person", "人", E, "新增参保职工", [], "年内", None),
        ("1个", "other", 1, "other", "个", E, "职工之家示范点", [], "年内", None),
        ("20场", "activities", 20, "session", "场", M, "培训和文体活动", [], "年内", None),
    ],
    notes=[
        "Raw file: UTF-8, machine-converted to traditional (OpenCC s2t) with pinyin annotations in half-width parentheses after the converted characters (like seed 000: 醫(yī)院工會(huì)); half-width , : ; in Chinese text; a site name line and a 本文地址/转载请注明 footer.",
        "org_level: the reporting union is the union of a public hospital (事业单位); the title states 医院, neither 企业 nor 机关. A judgement call.",
        "Not records: 第五届第三次 (ordinals of the congress), 3月 (date), “三八”, “5·12” (a named day), 全国/省/市 levels, 一是/二是/三是, 五一 in 五一劳动奖章.",
        "129名职工代表 → workers (staff delegates taking part). 代表提案 42件/立案31件/已办结28件 → other item (件 counting documents, not disputes). 立案率73.8% (31/42) → share.",
        "各类慰问费用186.5万元 惠及职工2100余人: welfare 慰问 money → relief_amount / relief_recipients (people given money, spec ruling), though not all of them are in hardship.",
        "参与职工约500人次 (lectures + group sessions) → workers person_time approx (not trainees: mostly counselling activities).",
        "参保1850人 → insured; 参保率百分之九十八 → coverage_rate 98 (百分之… form).",
        "业务竞赛9项 → activities, unit item (项). 兴趣小组8个 → other, unit other. 会员参与率达到65%以上 → coverage_rate (参加…比例), more_than.",
        "1名医生 with an ASCII 1 is a real count (honours), not the article.",
        "Plan part from the heading 五、2024年工作思路; the whole 一是…三是 passage is one sentence, whose period 年内 all its figures share.",
    ]))

# ---------------------------------------------------------------------------
REPORTS.append(dict(
    stem="405_district_women",
    title="城东区总工会2023年女职工工作总结",
    org_level="区", report_type="annual", year=2023,
    text="""2023年，区总工会女职工委员会在区委和市总工会女职委的指导下，紧紧围绕全区中心工作，以维护女职工合法权益和特殊利益为重点，团结引导全区女职工建功新时代。区总女职委坚持把女职工工作融入工会工作全局，统筹推进组织建设、素质提升、维权服务和关爱帮扶，女职工工作的影响力和凝聚力进一步增强。现将全年工作总结如下：
一、加强组织建设，女职工组织覆盖面不断扩大
截至11月底，全区已建女职工组织的基层工会达432个，女职工组织组建率达到98.2%。全年新建女职工委员会三十七个，女职工人数较多的5家园区企业建立了“妈咪小屋”，全区“妈咪小屋”累计达到63个。
二、开展建功立业活动，提升女职工素质
组织开展“巾帼建新功”岗位练兵和技能竞赛活动，共有1.3万名女职工参加。举办女职工素质提升培训班15期，培训女职工2600余人次。推荐3人获评市“三八”红旗手，2个集体获评市“巾帼文明岗”。
三、依法维权，女职工特殊权益得到保障
全区共签订女职工权益保护专项集体合同386份，覆盖女职工2.1万余人，签订率达到90.5%。开展《女职工劳动保护特别规定》宣传月活动，发放宣传资料5000余份，受理女职工来信来访21件，均已妥善处理。
四、关爱女职工身心健康
（一）开展“两癌”筛查。为8600名女职工免费进行“两癌”筛查，对筛查出的43名患病困难女职工发放救助金共计25.8万元。
（二）推进女职工互助保障。全区女职工安康互助保障参保2.6万人，全年为176名患病女职工赔付保障金96.5万元。
（三）开展心理关爱服务。举办“阳光心灵”心理健康讲座12场，提供一对一心理咨询服务约300人次。同时，依托区职工服务中心开通女职工心理关爱热线，帮助广大女职工缓解工作和家庭压力，以积极健康的心态投入工作。
五、下一步工作打算
2024年，区总工会女职委将继续做好三项重点工作：推进女职工专项集体合同签订率达到92%以上；开展“两癌”筛查1万人；新建标准化“妈咪小屋”10个。""",
    sections=[("一、", "加强组织建设，女职工组织覆盖面不断扩大", 1),
              ("二、", "开展建功立业活动，提升女职工素质", 1),
              ("三、", "依法维权，女职工特殊权益得到保障", 1),
              ("四、", "关爱女职工身心健康", 1),
              ("（一）", "开展“两癌”筛查", 2),
              ("（二）", "推进女职工互助保障", 2),
              ("（三）", "开展心理关爱服务", 2),
              ("五、", "下一步工作打算", 1)],
    parts=[("summary", "2023年，区总工会女职工委员"), ("plan", "五、下一步工作打算")],
    records=[
        ("432个", "unions", 432, "org", "个", E, "已建女职工组织的基层工会", [], "截至11月底", None),
        ("98.2%", "coverage_rate", 98.2, "percent", "%", E, "女职工组织组建率", [], "截至11月底", None),
        ("三十七个", "unions", 37, "org", "个", E, "女职工委员会", [], "全年", None),
        ("5家", "enterprises", 5, "org", "家", E, "园区企业", [], "全年", None),
        ("63个", "other", 63, "other", "个", E, "妈咪小屋", [], "全年", None),
        ("1.3万名", "workers", 13000, "person", "万名", E, "女职工", [], None, None),
        ("15期", "training_sessions", 15, "session", "期", E, "女职工素质提升培训班", [], None, None),
        ("2600余人次", "trainees", 2600, "person_time", "人次", M, "培训女职工", [], None, None),
        ("3人", "honours", 3, "person", "人", E, "市“三八”红旗手", [], None, None),
        ("2个", "honours", 2, "org", "个", E, "集体", [], None, None),
        ("386份", "contracts", 386, "item", "份", E, "女职工权益保护专项集体合同", [], None, None),
        ("2.1万余人", "workers", 21000, "person", "万人", M, "覆盖女职工", [], None, None),
        ("90.5%", "coverage_rate", 90.5, "percent", "%", E, "签订率", [], None, None),
        ("5000余份", "other", 5000, "item", "份", M, "宣传资料", [], None, None),
        ("21件", "cases", 21, "case", "件", E, "女职工来信来访", [], None, None),
        ("8600名", "workers", 8600, "person", "名", E, "女职工", [], None, None),
        ("43名", "relief_recipients", 43, "person", "名", E, "患病困难女职工", [], None, None),
        ("25.8万元", "relief_amount", 258000, "yuan", "万元", E, "救助金", [], None, None),
        ("2.6万人", "insured", 26000, "person", "万人", E, "女职工安康互助保障", [], "全年", None),
        ("176名", "relief_recipients", 176, "person", "名", E, "患病女职工", [], "全年", None),
        ("96.5万元", "relief_amount", 965000, "yuan", "万元", E, "保障金", [], "全年", None),
        ("12场", "training_sessions", 12, "session", "场", E, "心理健康讲座", [], None, None),
        ("300人次", "other", 300, "person_time", "人次", A, "心理咨询服务", [], None, None),
        ("92%", "coverage_rate", 92, "percent", "%", M, "女职工专项集体合同签订率", [], "2024年", None),
        ("1万人", "workers", 10000, "person", "万人", E, "“两癌”筛查", [], "2024年", None),
        ("10个", "other", 10, "other", "个", E, "妈咪小屋", [], "2024年", None),
    ],
    notes=[
        "Raw file: an HTML page (UTF-8, meta charset) with nav menu, breadcrumb, sidebar of 热门文章 links with view counts, share buttons, and a footer with ICP number and 联系电话; the body is <p> paragraphs with &nbsp; indentation and &ldquo;&rdquo; entities.",
        "Not records: 2023年/2024年, 11月底, “两癌” (name), 一对一, 三项重点工作 (list count), “三八” in 市“三八”红旗手.",
        "1.3万名女职工 taking part in competitions → workers; 为8600名女职工免费筛查 → workers (a service, not money or a hardship visit); 开展“两癌”筛查1万人 in the plan → workers as well.",
        "43名患病困难女职工 given 救助金共计25.8万元 → relief_recipients / relief_amount; 共计 here has no parts, so no sum check.",
        "176名 paid 保障金 (mutual aid) → relief_recipients; 96.5万元 → relief_amount (spec: 获赔…保障金).",
        "心理咨询服务约300人次 → other person_time approx (a service count fitting no key).",
        "妈咪小屋 (nursing rooms) 63个 / 10个 → other, unit other; 2个集体 honoured → honours, unit org.",
        "Periods: 截至11月底 for the first sentence of 一、, 全年 for its second; （二） sentence has 全年 for all three figures. Other paragraphs state no period → null.",
    ]))

# ---------------------------------------------------------------------------
REPORTS.append(dict(
    stem="406_street_plan",
    title="南湖街道总工会2024年工作要点",
    org_level="街道", report_type="plan", year=2024,
    text="""2024年，南湖街道总工会工作的总体思路是：以党的二十大精神为指导，认真落实区总工会工作部署，围绕“强组织、优服务、促和谐”目标，推动街道工会工作再上新台阶。要坚持党对工会工作的全面领导，坚持以职工为中心的工作导向，不断增强工会组织的政治性、先进性、群众性，把街道工会建设成为职工群众信赖的“职工之家”，为辖区经济社会高质量发展贡献工会力量。
一、抓组建扩覆盖，夯实工会组织基础
1.全年新建基层工会15家，发展会员1200人以上，其中新就业形态劳动者不少于300人。
2.推动辖区25人以上企业建会率达到95%，职工入会率达到92%，楼宇工会覆盖率力争达到八成。
3.规范工会经费收缴，确保经费收缴率达到100%，全年上解经费约48万元。
二、抓维权促和谐，构建和谐劳动关系
1.深化集体协商，全街道集体合同签订率保持在90%以上，新签、续签工资集体合同30份，覆盖企业200家左右。
2.依托12351职工服务热线和街道职工法律服务站，及时受理职工诉求，力争劳动争议调解成功率达到85%以上。
3.开展“法律进企业”活动，举办劳动法律法规讲座不少于6场。
三、抓帮扶暖民心，提升服务职工水平
1.做好“两节”送温暖活动，计划走访慰问困难职工、一线职工等300户以上，发放慰问金及慰问品共计30万元，其中慰问金20万元，慰问品10万元。
2.开展金秋助学活动，资助困难职工子女二十名左右，每人发放助学金两千元。
3.推进职工互助保障全覆盖，参保职工达到5000人。
四、抓素质强队伍，推动职工建功立业
1.开展职工技能培训10期，培训职工800人次，组织劳动技能竞赛3至5场。
2.开展“最美职工”评选活动，推荐区级以上劳动模范候选人2名、五一劳动奖章候选人3名。
3.组织开展“三八”“五一”等节日主题活动不少于8场。
五、加强工会自身建设
1.举办基层工会主席和经审干部培训班2期，培训工会干部约120人。
2.完成第三届街道工会委员会换届选举工作。
3.建设职工之家示范点3家，力争创建市级模范职工之家1家。""",
    sections=[("一、", "抓组建扩覆盖，夯实工会组织基础", 1),
              ("1.", "全年新建基层工会15家，发展会员1200人以上，其中新就业形态劳动者不少于300人", 2),
              ("2.", "推动辖区25人以上企业建会率达到95%，职工入会率达到92%，楼宇工会覆盖率力争达到八成", 2),
              ("3.", "规范工会经费收缴，确保经费收缴率达到100%，全年上解经费约48万元", 2),
              ("二、", "抓维权促和谐，构建和谐劳动关系", 1),
              ("1.", "深化集体协商，全街道集体合同签订率保持在90%以上，新签、续签工资集体合同30份，覆盖企业200家左右", 2),
              ("2.", "依托12351职工服务热线和街道职工法律服务站，及时受理职工诉求，力争劳动争议调解成功率达到85%以上", 2),
              ("3.", "开展“法律进企业”活动，举办劳动法律法规讲座不少于6场", 2),
              ("三、", "抓帮扶暖民心，提升服务职工水平", 1),
              ("1.", "做好“两节”送温暖活动，计划走访慰问困难职工、一线职工等300户以上，发放慰问金及慰问品共计30万元，其中慰问金20万元，慰问品10万元", 2),
              ("2.", "开展金秋助学活动，资助困难职工子女二十名左右，每人发放助学金两千元", 2),
              ("3.", "推进职工互助保障全覆盖，参保职工达到5000人", 2),
              ("四、", "抓素质强队伍，推动职工建功立业", 1),
              ("1.", "开展职工技能培训10期，培训职工800人次，组织劳动技能竞赛3至5场", 2),
              ("2.", "开展“最美职工”评选活动，推荐区级以上劳动模范候选人2名、五一劳动奖章候选人3名", 2),
              ("3.", "组织开展“三八”“五一”等节日主题活动不少于8场", 2),
              ("五、", "加强工会自身建设", 1),
              ("1.", "举办基层工会主席和经审干部培训班2期，培训工会干部约120人", 2),
              ("2.", "完成第三届街道工会委员会换届选举工作", 2),
              ("3.", "建设职工之家示范点3家，力争创建市级模范职工之家1家", 2)],
    parts=[("plan", "2024年，南湖街道总工会工作")],
    records=[
        ("15家", "unions", 15, "org", "家", E, "基层工会", [], "全年", None),
        ("1200人", "members", 1200, "person", "人", M, "会员", [], "全年", None),
        ("300人", "members", 300, "person", "人", M, "新就业形态劳动者", [], "全年", None),
        ("95%", "coverage_rate", 95, "percent", "%", E, "建会率", [], None, None),
        ("92%", "coverage_rate", 92, "percent", "%", E, "职工入会率", [], None, None),
        ("八成", "coverage_rate", 80, "percent", "成", E, "楼宇工会覆盖率", [], None, None),
        ("100%", "completion_rate", 100, "percent", "%", E, "经费收缴率", [], "全年", None),
        ("48万元", "funds", 480000, "yuan", "万元", A, "上解经费", [], "全年", None),
        ("90%", "coverage_rate", 90, "percent", "%", M, "集体合同签订率", [], None, None),
        ("30份", "contracts", 30, "item", "份", E, "工资集体合同", [], None, None),
        ("200家", "enterprises", 200, "org", "家", A, "覆盖企业", [], None, None),
        ("85%", "other", 85, "percent", "%", M, "劳动争议调解成功率", [], None, None),
        ("6场", "training_sessions", 6, "session", "场", M, "劳动法律法规讲座", [], None, None),
        ("300户", "relief_recipients", 300, "household", "户", M, "困难职工、一线职工", [], None, None),
        ("30万元", "relief_amount", 300000, "yuan", "万元", E, "慰问金及慰问品", [], None, None),
        ("20万元", "relief_amount", 200000, "yuan", "万元", E, "慰问金", [], None, None),
        ("10万元", "relief_amount", 100000, "yuan", "万元", E, "慰问品", [], None, None),
        ("二十名", "relief_recipients", 20, "person", "名", A, "困难职工子女", [], None, None),
        ("两千元", "relief_amount", 2000, "yuan", "元", E, "助学金", [], None, None),
        ("5000人", "insured", 5000, "person", "人", E, "参保职工", [], None, None),
        ("10期", "training_sessions", 10, "session", "期", E, "职工技能培训", [], None, None),
        ("800人次", "trainees", 800, "person_time", "人次", E, "培训职工", [], None, None),
        ("3", "activities", 3, "session", "场", E, "劳动技能竞赛", [], None, "3至5场"),
        ("5场", "activities", 5, "session", "场", E, "劳动技能竞赛", [], None, "3至5场"),
        ("2名", "honours", 2, "person", "名", E, "劳动模范候选人", [], None, None),
        ("3名", "honours", 3, "person", "名", E, "五一劳动奖章候选人", [], None, None),
        ("8场", "activities", 8, "session", "场", M, "节日主题活动", [], None, None),
        ("2期", "training_sessions", 2, "session", "期", E, "基层工会主席和经审干部培训班", [], None, None),
        ("120人", "trainees", 120, "person", "人", A, "工会干部", [], None, None),
        ("3家", "other", 3, "org", "家", E, "职工之家示范点", [], None, None),
        ("1家", "other", 1, "org", "家", E, "市级模范职工之家", [], None, None),
    ],
    notes=[
        "Raw file: the whole page flattened onto one line (UTF-8), paragraphs joined by a single space, with half-width , : ; and full-width spaces; a leading 首页 > 工作计划 > breadcrumb and a trailing 相关推荐 / 下载本文 run of furniture on the same line.",
        "report_type plan: a 工作要点 holding only targets; the whole article is one plan part, every record part=plan.",
        "Sections: 一、…五、 (depth 1) with 1. 2. 3. restarting under each (depth 2). The 1./2./3. items have no 。 before the end of their paragraph, so as run-in headings their heading text is the whole item (up to the closing 。, which is dropped). A judgement call: one could also read them as list items, not headings.",
        "Not records: 2024年, 二十大, 25人以上企业 (size class), 12351 (hotline), “两节”, “三八”“五一”, 第三届, 区级以上 (a level).",
        "八成 → coverage_rate 80 (raw_unit 成). 经费收缴率达到100% → completion_rate (collection against the quota). 劳动争议调解成功率85%以上 → other percent.",
        "共计30万元 = 20万元 + 10万元: the parts add up, no sum_mismatch.",
        "每人发放助学金两千元 → relief_amount 2000 (per head, as written); 二十名左右 → approx, mention 二十名.",
        "3至5场 → two records (3 and 5), unit 场 shared. 候选人2名/3名 recommended → honours.",
        "职工之家示范点3家, 模范职工之家1家 (ASCII 1, a real count) → other, unit org.",
        "Periods: only 全年 is written (1. and 3. under 一、); everything else null — the opening 2024年 leads the first paragraph only.",
    ]))
