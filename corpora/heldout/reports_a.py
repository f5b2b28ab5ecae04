"""Held-out reports 101-103: clean texts and hand annotations.

Written from scratch for the held-out set (not taken from the seeds or the tool).
Record tuples: (anchor, mention, metric, value, unit, raw_unit, qualifier, subject, period, flags)
``anchor`` is a unique string of the text holding ``mention`` (None: the mention itself is unique);
build.py turns them into offsets with str.find and checks uniqueness.
"""

R101 = dict(
    key="101",
    title="2023年市总工会工作总结",
    org_level="市",
    report_type="annual",
    year=2023,
    text="""2023年，市总工会在市委和省总工会的坚强领导下，深入学习贯彻党的二十大精神，紧紧围绕全市“十四五”规划确定的目标任务，团结动员全市广大职工建功立业，较好地完成了全年各项工作任务。现将一年来的工作总结如下：
一、坚持扩面提质，工会组织建设不断夯实
（一）加大新就业形态劳动者入会力度。全年新建工会组织56家，新发展会员3,200名，其中快递员、网约配送员等新就业形态劳动者1150名，约占三分之一。
（二）推动基层工会规范化建设。全市基层工会建会率达92.6%，职工入会率96%以上，比上年提高了2.3个百分点。各县（市、区）分别选树3至5个规范化建设示范点，以点带面推动基层工会提档升级。
二、坚持服务职工，帮扶解困工作扎实有效
（一）常态化开展送温暖活动。元旦春节期间，市、县两级工会走访慰问困难职工1200余户，发放慰问金86.5万元；慰问一线劳动模范和农民工两千余人，送去慰问品价值壹拾贰万元。
（二）深入实施金秋助学。资助困难职工子女138名，发放助学金41.4万元，其中资助考入大学的学生96名，占69.6%。
（三）扩大职工医疗互助覆盖面。参加职工医疗互助保障的会员达1.2万人，全年为826名患病职工发放互助金153.7万元。
三、坚持依法维权，劳动关系和谐稳定
1.深化集体协商。全市签订工资集体协议215份，覆盖企业430家、覆盖职工3.8万人，建会企业集体合同签订率达到百分之八十。
2.化解劳动争议。全年受理劳动争议案件37件，调解成功率达89%。依托12345热线开通工会服务专席，为农民工追讨欠薪126万元。
3.选树先进典型。推荐省级劳动模范3名，评选第十五届市级“五一劳动奖章”获得者30名，表彰“工人先锋号”集体二十个。
四、坚持建功立业，职工素质持续提升
围绕重点项目开展为期三个月的“比学赶超”劳动竞赛，全年开展劳动竞赛活动12场，近千名职工参加。举办技能培训班18期、培训职工2600人次，完成全年目标任务的105%。在全省职工职业技能大赛中，我市代表队获团体三等奖。
下一步工作打算
2024年，市总工会将重点做好以下三个方面工作：
一、持续推进新就业形态劳动者入会，全年新发展会员3000名以上，建会率保持在90%以上。
二、深化困难职工帮扶，力争金秋助学资助人数突破150名。
三、办好职工技能大赛，计划举办技能培训班20期。""",
    sections=[
        ("一、", "坚持扩面提质，工会组织建设不断夯实", 1, 1),
        ("（一）", "加大新就业形态劳动者入会力度", 2, 1),
        ("（二）", "推动基层工会规范化建设", 2, 2),
        ("二、", "坚持服务职工，帮扶解困工作扎实有效", 1, 2),
        ("（一）", "常态化开展送温暖活动", 2, 1),
        ("（二）", "深入实施金秋助学", 2, 2),
        ("（三）", "扩大职工医疗互助覆盖面", 2, 3),
        ("三、", "坚持依法维权，劳动关系和谐稳定", 1, 3),
        ("1.", "深化集体协商", 3, 1),
        ("2.", "化解劳动争议", 3, 2),
        ("3.", "选树先进典型", 3, 3),
        ("四、", "坚持建功立业，职工素质持续提升", 1, 4),
        ("一、", "持续推进新就业形态劳动者入会，全年新发展会员3000名以上，建会率保持在90%以上", 1, 1),
        ("二、", "深化困难职工帮扶，力争金秋助学资助人数突破150名", 1, 2),
        ("三、", "办好职工技能大赛，计划举办技能培训班20期", 1, 3),
    ],
    parts=[("summary", "2023年，市总工会在市委"), ("plan", "下一步工作打算")],
    records=[
        ("工会组织56家", "56家", "unions", 56, "org", "家", "exact", "工会组织", "全年", []),
        (None, "3,200名", "members", 3200, "person", "名", "exact", "会员", "全年", []),
        (None, "1150名", "members", 1150, "person", "名", "exact", "新就业形态劳动者", "全年", []),
        ("约占三分之一", "三分之一", "share", 100 / 3, "percent", "分之", "approx", "新就业形态劳动者", "全年", []),
        (None, "92.6%", "coverage_rate", 92.6, "percent", "%", "exact", "建会率", None, []),
        (None, "96%以上", "coverage_rate", 96, "percent", "%", "more_than", "入会率", None, []),
        (None, "2.3个百分点", "coverage_rate", 2.3, "percent", "个百分点", "exact", "入会率", "比上年", []),
        (None, "3至5个", "unions", 3, "org", "个", "approx", "规范化建设示范点", None, []),
        (None, "1200余户", "relief_recipients", 1200, "household", "户", "more_than", "困难职工", "元旦春节期间", []),
        (None, "86.5万元", "relief_amount", 865000, "yuan", "万元", "exact", "慰问金", "元旦春节期间", []),
        (None, "两千余人", "relief_recipients", 2000, "person", "人", "more_than", "一线劳动模范和农民工", "元旦春节期间", []),
        (None, "壹拾贰万元", "relief_amount", 120000, "yuan", "万元", "exact", "慰问品", "元旦春节期间", []),
        (None, "138名", "relief_recipients", 138, "person", "名", "exact", "困难职工子女", None, []),
        (None, "41.4万元", "relief_amount", 414000, "yuan", "万元", "exact", "助学金", None, []),
        (None, "96名", "relief_recipients", 96, "person", "名", "exact", "考入大学的学生", None, []),
        (None, "69.6%", "share", 69.6, "percent", "%", "exact", "考入大学的学生", None, []),
        (None, "1.2万人", "insured", 12000, "person", "人", "exact", "职工医疗互助保障的会员", None, []),
        (None, "826名", "relief_recipients", 826, "person", "名", "exact", "患病职工", "全年", []),
        (None, "153.7万元", "relief_amount", 1537000, "yuan", "万元", "exact", "互助金", "全年", []),
        (None, "215份", "contracts", 215, "item", "份", "exact", "工资集体协议", None, []),
        (None, "430家", "enterprises", 430, "org", "家", "exact", "覆盖企业", None, []),
        (None, "3.8万人", "workers", 38000, "person", "人", "exact", "覆盖职工", None, []),
        (None, "百分之八十", "coverage_rate", 80, "percent", "百分之", "exact", "集体合同签订率", None, []),
        (None, "37件", "cases", 37, "case", "件", "exact", "劳动争议案件", "全年", []),
        (None, "89%", "share", 89, "percent", "%", "exact", "调解成功率", "全年", []),
        (None, "126万元", "recovered_amount", 1260000, "yuan", "万元", "exact", "欠薪", None, []),
        ("劳动模范3名", "3名", "honours", 3, "person", "名", "exact", "省级劳动模范", None, []),
        (None, "30名", "honours", 30, "person", "名", "exact", "“五一劳动奖章”获得者", None, []),
        (None, "二十个", "honours", 20, "org", "个", "exact", "“工人先锋号”集体", None, []),
        (None, "12场", "activities", 12, "session", "场", "exact", "劳动竞赛活动", "全年", []),
        (None, "近千名", "workers", 1000, "person", "名", "approx", "职工", "全年", []),
        (None, "18期", "training_sessions", 18, "session", "期", "exact", "技能培训班", "全年", []),
        (None, "2600人次", "trainees", 2600, "person_time", "人次", "exact", "培训职工", "全年", []),
        (None, "105%", "completion_rate", 105, "percent", "%", "exact", "全年目标任务", "全年", []),
        ("会员3000名以上", "3000名以上", "members", 3000, "person", "名", "more_than", "会员", "全年", []),
        ("保持在90%以上", "90%以上", "coverage_rate", 90, "percent", "%", "more_than", "建会率", "全年", []),
        ("突破150名", "150名", "relief_recipients", 150, "person", "名", "more_than", "金秋助学资助人数", "2024年", []),
        (None, "20期", "training_sessions", 20, "session", "期", "exact", "技能培训班", "2024年", []),
    ],
    notes=[
        "Clean simplified source; title 2023年市总工会工作总结 (own title line, excluded from text); year 2023; org_level 市; report_type annual.",
        "Depth by first appearance: 一、 depth 1, （一） depth 2, 1. depth 3 — under 三、 the 1. items come directly below a depth-1 heading and still get depth 3.",
        "下一步工作打算 is an unmarked line: it starts the plan part but is not a section. The plan's 一、二、三、 restart the depth-1 series; each is a one-sentence paragraph, so heading = the sentence up to 。 (figures in it are still records of that section).",
        "3,200名: the thousands comma is kept in the text as written (it is between digits, not Chinese punctuation); value 3200.",
        "约占三分之一 → share 33.333… percent, approx, raw_unit 分之 (fraction), as a share of the 3,200 new members.",
        "提高了2.3个百分点 → coverage_rate 2.3 percent (a change of the rate; the taxonomy has no delta key), raw_unit 个百分点. Period 比上年 is the comparison base; a different reading leaves it null.",
        "3至5个 (示范点) → one record at the lower bound 3, qualifier approx (the contract has no range qualifier); metric unions (demonstration union sites), unit org. Alternatives: other, or two records.",
        "壹拾贰万元 (financial numerals) → 120000 yuan; 慰问品价值 → relief_amount.",
        "两千余人 慰问一线劳动模范和农民工 → relief_recipients (visited), not honours.",
        "调解成功率达89% → share (successfully mediated among the accepted cases); not coverage/completion.",
        "表彰“工人先锋号”集体二十个 → honours, unit org (collectives).",
        "近千名职工参加 (competitions) → workers 1000 approx; 完成全年目标任务的105% → completion_rate, no implausible_rate (completion rates may exceed 100).",
        "Plan: 突破150名 read as more_than (exceed); 3000名以上/90%以上 more_than. Plan period 2024年 from the lead-in where no own period is written; the 全年 of plan item 一、 is its own period.",
        "Not records: 2023年, 2024年 (dates), 二十大, “十四五”, 第十五届, 三等奖, 12345热线, 为期三个月 (duration), 两级工会, 以下三个方面 (list count), 县（市、区）.",
    ],
)

R102 = dict(
    key="102",
    title="XX集团有限公司工会2022年度工作总结",
    org_level="企业",
    report_type="annual",
    year=2022,
    text="""2022年，公司工会在集团党委和上级工会的领导下，坚持以职工为中心，围绕企业生产经营中心任务，认真履行维护、建设、参与、教育四项职能，各项工作取得了新成效。
第一部分 主要工作完成情况
1.民主管理不断加强。公司召开第三届职工代表大会第二次会议，审议通过《员工薪酬管理办法》等制度4项；征集职工提案58件，立案办理41件，办结率100%。全年厂务公开事项126项。
2.劳动竞赛成效明显。围绕重点工程项目开展“当好主力军、建功新时代”劳动竞赛，参赛班组86个、职工4,500余人，提出合理化建议312条，采纳实施187条，创造经济效益860万元。
3.职工代表巡视常态开展。组织职工代表对食堂、宿舍、班车等开展巡视检查3次，发现并督促整改问题27个，整改完成率达96%。
第二部分 服务职工情况
1.帮扶困难职工。春节前走访慰问困难职工、退休老党员156人次，发放慰问金及物资折合28.6万元；为3名患重病职工申请大病救助，发放救助金9万元。
2.关爱女职工。为全体1,268名女职工进行免费“两癌”筛查，建成“爱心妈咪小屋”4个，女职工专项集体合同覆盖率100%。
3.丰富文化生活。举办职工篮球赛、羽毛球赛、读书分享会等文体活动23场次，参与职工达5000多人次；组织一线职工疗休养4批、共186人。
4.提升职工技能素质。联合公司人力资源部举办安全生产、数控操作等培训班11期，参训职工1,380人次；组织82名职工参加技能等级认定，通过率达87.8%；2名职工获评“省技术能手”称号。
第三部分 存在的不足
一年来，工会工作虽然取得了一定成绩，但也存在一些不足：一是基层分会工作发展不平衡；二是职工技能培训的针对性还不够强。
第四部分 2023年工作思路
1.围绕企业“十四五”发展规划，组织开展劳动竞赛不少于10项。
2.推进职工书屋建设，新增藏书2000册。
3.做好困难职工精准帮扶，确保困难职工帮扶率达到100%。""",
    sections=[
        ("第一部分 ", "主要工作完成情况", 1, 1),
        ("1.", "民主管理不断加强", 2, 1),
        ("2.", "劳动竞赛成效明显", 2, 2),
        ("3.", "职工代表巡视常态开展", 2, 3),
        ("第二部分 ", "服务职工情况", 1, 2),
        ("1.", "帮扶困难职工", 2, 1),
        ("2.", "关爱女职工", 2, 2),
        ("3.", "丰富文化生活", 2, 3),
        ("4.", "提升职工技能素质", 2, 4),
        ("第三部分 ", "存在的不足", 1, 3),
        ("第四部分 ", "2023年工作思路", 1, 4),
        ("1.", "围绕企业“十四五”发展规划，组织开展劳动竞赛不少于10项", 2, 1),
        ("2.", "推进职工书屋建设，新增藏书2000册", 2, 2),
        ("3.", "做好困难职工精准帮扶，确保困难职工帮扶率达到100%", 2, 3),
    ],
    parts=[("summary", "2022年，公司工会在集团"), ("problems", "第三部分 存在的不足"), ("plan", "第四部分 2023年工作思路")],
    records=[
        (None, "4项", "other", 4, "item", "项", "exact", "制度", None, []),
        (None, "58件", "other", 58, "item", "件", "exact", "职工提案", None, []),
        (None, "41件", "other", 41, "item", "件", "exact", "立案办理", None, []),
        ("办结率100%", "100%", "completion_rate", 100, "percent", "%", "exact", "办结率", None, []),
        (None, "126项", "other", 126, "item", "项", "exact", "厂务公开事项", "全年", []),
        (None, "86个", "other", 86, "org", "个", "exact", "参赛班组", None, []),
        (None, "4,500余人", "workers", 4500, "person", "人", "more_than", "职工", None, []),
        (None, "312条", "other", 312, "item", "条", "exact", "合理化建议", None, []),
        (None, "187条", "other", 187, "item", "条", "exact", "采纳实施", None, []),
        (None, "860万元", "funds", 8600000, "yuan", "万元", "exact", "经济效益", None, []),
        ("检查3次", "3次", "activities", 3, "session", "次", "exact", "巡视检查", None, []),
        (None, "27个", "other", 27, "other", "个", "exact", "问题", None, []),
        ("完成率达96%", "96%", "completion_rate", 96, "percent", "%", "exact", "整改完成率", None, []),
        (None, "156人次", "relief_recipients", 156, "person_time", "人次", "exact", "困难职工、退休老党员", "春节前", []),
        (None, "28.6万元", "relief_amount", 286000, "yuan", "万元", "exact", "慰问金及物资", "春节前", []),
        (None, "3名", "relief_recipients", 3, "person", "名", "exact", "患重病职工", None, []),
        (None, "9万元", "relief_amount", 90000, "yuan", "万元", "exact", "救助金", None, []),
        (None, "1,268名", "workers", 1268, "person", "名", "exact", "女职工", None, []),
        ("小屋”4个", "4个", "other", 4, "other", "个", "exact", "“爱心妈咪小屋”", None, []),
        ("覆盖率100%", "100%", "coverage_rate", 100, "percent", "%", "exact", "女职工专项集体合同覆盖率", None, []),
        (None, "23场次", "activities", 23, "session", "场次", "exact", "文体活动", None, []),
        (None, "5000多人次", "workers", 5000, "person_time", "人次", "more_than", "参与职工", None, []),
        (None, "4批", "activities", 4, "session", "批", "exact", "疗休养", None, []),
        (None, "186人", "workers", 186, "person", "人", "exact", "一线职工", None, []),
        (None, "11期", "training_sessions", 11, "session", "期", "exact", "培训班", None, []),
        (None, "1,380人次", "trainees", 1380, "person_time", "人次", "exact", "参训职工", None, []),
        (None, "82名", "trainees", 82, "person", "名", "exact", "参加技能等级认定的职工", None, []),
        (None, "87.8%", "share", 87.8, "percent", "%", "exact", "通过率", None, []),
        ("2名职工获评", "2名", "honours", 2, "person", "名", "exact", "“省技术能手”", None, []),
        ("不少于10项", "10项", "activities", 10, "item", "项", "more_than", "劳动竞赛", "2023年", []),
        (None, "2000册", "other", 2000, "item", "册", "exact", "藏书", "2023年", []),
        ("帮扶率达到100%", "100%", "coverage_rate", 100, "percent", "%", "exact", "困难职工帮扶率", "2023年", []),
    ],
    notes=[
        "Company union (企业); title as on the page XX集团有限公司工会2022年度工作总结; year 2022; annual.",
        "第一部分…第四部分 are depth-1 own-line headings (marker 第一部分, heading after the space); the 1. 2. 3. items are run-in headings at depth 2 (heading = first clause up to 。) and restart under each part.",
        "Parts: problems begins at 第三部分 存在的不足, plan at 第四部分 2023年工作思路 (a heading announcing the part). The plan items are one-sentence paragraphs, so the whole sentence is the heading.",
        "一是/二是 in the problems paragraph are an in-line list, not headings.",
        "Thousands commas kept in 4,500余人 and 1,268名.",
        "制度4项, 职工提案58件, 立案办理41件, 厂务公开事项126项, 合理化建议312条/187条, 藏书2000册 → other, unit item (documents/items); 提案 are not cases (no dispute).",
        "参赛班组86个 → other, unit org (work teams are units); 爱心妈咪小屋4个 → other, unit other (facilities).",
        "办结率100% → completion_rate; 女职工专项集体合同覆盖率100% and plan 帮扶率达到100% → coverage_rate.",
        "经济效益860万元 → funds (other money). 走访慰问…156人次 → relief_recipients person_time.",
        "1,268名女职工 (screened) → workers; 参与职工5000多人次 → workers person_time; 疗休养4批 → activities session; 共186人 → workers.",
        "巡视检查3次 → activities; 整改问题27个 → other, unit other; 整改完成率96% → completion_rate. 培训班11期/参训职工1,380人次 → training_sessions/trainees; 82名职工参加技能等级认定 → trainees (assessed for a skill level; workers is the alternative); 通过率87.8% → share (of the 82); 2名…省技术能手 → honours.",
        "不少于10项 (plan) → activities 10, unit item (项), qualifier more_than (at least).",
        "Plan period 2023年 taken from the part heading 2023年工作思路 (the governing time expression); a different reading leaves it null.",
        "Not records: 四项职能 (list count), 第三届, 第二次会议 (ordinals), “两癌”, “十四五”, 2022年/2023年 (dates).",
    ],
)

R103 = dict(
    key="103",
    title="县总工会2024年上半年工作总结",
    org_level="县",
    report_type="half_year",
    year=2024,
    text="""今年以来，县总工会在县委和市总工会的领导下，以“建家强会、服务职工”为主线，扎实推进各项工作，现将上半年工作总结如下：截至6月底，全县共有基层工会1,126家，会员11.6万人。
一、上半年工作开展情况
（一）基层组织建设稳步推进。1—6月份，全县新建基层工会二十三家，新发展会员一千五百八十名，其中农民工会员九百余名。全县建会率达91%，完成年度目标任务的六成。
（二）困难帮扶精准有力。春节期间，县总工会联合县人社局开展“春风行动”，举办专场招聘会3场，提供就业岗位1500余个，达成就业意向420人。走访慰问困难职工、劳动模范共计312户，发放慰问金和慰问品合计46.8万元。
（三）维权服务持续深化。上半年，县总工会法律援助中心接待职工来访85人次，受理劳动争议案件19件，调解结案17件，为职工挽回经济损失76.3万元。启动农民工欠薪“清零”行动，帮助213名农民工追讨欠薪186万元。
（四）职工素质不断提升。举办为期两个月的“技能强县”职业技能竞赛5项，参赛职工约800人；开展网络直播培训7期，累计3万余人次在线收看。
（五）女职工工作有声有色。围绕“三八”国际妇女节，全县各级工会共举办各类活动46场，参与女职工6000余人；为1280名女职工免费开展“两癌”筛查，为27名患病女职工发放救助金8.1万元。
（六）经费保障不断加强。上半年全县收缴工会经费1,036万元，同比增长8.4%；向基层工会返还经费620万元。
二、存在的问题
一是非公企业建会难度较大，小微企业职工入会率不足60%；二是工会经费收缴不够到位，上半年经费收缴仅完成全年任务的45.2%；三是基层工会干部兼职多、流动快，业务能力有待提高。
三、下半年工作打算
（一）以“查漏补缺”为重点，力争全年新建工会30家以上、新发展会员3000名。
（二）开展“金秋助学”活动，计划资助困难学生100名左右。
（三）办好第十届职工运动会，组织不少于20支代表队参赛。""",
    sections=[
        ("一、", "上半年工作开展情况", 1, 1),
        ("（一）", "基层组织建设稳步推进", 2, 1),
        ("（二）", "困难帮扶精准有力", 2, 2),
        ("（三）", "维权服务持续深化", 2, 3),
        ("（四）", "职工素质不断提升", 2, 4),
        ("（五）", "女职工工作有声有色", 2, 5),
        ("（六）", "经费保障不断加强", 2, 6),
        ("二、", "存在的问题", 1, 2),
        ("三、", "下半年工作打算", 1, 3),
        ("（一）", "以“查漏补缺”为重点，力争全年新建工会30家以上、新发展会员3000名", 2, 1),
        ("（二）", "开展“金秋助学”活动，计划资助困难学生100名左右", 2, 2),
        ("（三）", "办好第十届职工运动会，组织不少于20支代表队参赛", 2, 3),
    ],
    parts=[("summary", "今年以来，县总工会在县委"), ("problems", "二、存在的问题"), ("plan", "三、下半年工作打算")],
    records=[
        (None, "1,126家", "unions", 1126, "org", "家", "exact", "基层工会", "截至6月底", []),
        (None, "11.6万人", "members", 116000, "person", "人", "exact", "会员", "截至6月底", []),
        (None, "二十三家", "unions", 23, "org", "家", "exact", "基层工会", "1—6月份", []),
        (None, "一千五百八十名", "members", 1580, "person", "名", "exact", "会员", "1—6月份", []),
        (None, "九百余名", "members", 900, "person", "名", "more_than", "农民工会员", "1—6月份", []),
        (None, "91%", "coverage_rate", 91, "percent", "%", "exact", "建会率", "1—6月份", []),
        (None, "六成", "completion_rate", 60, "percent", "成", "exact", "年度目标任务", "1—6月份", []),
        (None, "3场", "activities", 3, "session", "场", "exact", "专场招聘会", "春节期间", []),
        (None, "1500余个", "jobs", 1500, "other", "个", "more_than", "就业岗位", "春节期间", []),
        (None, "420人", "jobs", 420, "person", "人", "exact", "达成就业意向", "春节期间", []),
        (None, "312户", "relief_recipients", 312, "household", "户", "exact", "困难职工、劳动模范", "春节期间", []),
        (None, "46.8万元", "relief_amount", 468000, "yuan", "万元", "exact", "慰问金和慰问品", "春节期间", []),
        (None, "85人次", "cases", 85, "person_time", "人次", "exact", "职工来访", "上半年", []),
        (None, "19件", "cases", 19, "case", "件", "exact", "劳动争议案件", "上半年", []),
        (None, "17件", "cases", 17, "case", "件", "exact", "调解结案", "上半年", []),
        (None, "76.3万元", "recovered_amount", 763000, "yuan", "万元", "exact", "经济损失", "上半年", []),
        (None, "213名", "workers", 213, "person", "名", "exact", "农民工", "上半年", []),
        (None, "186万元", "recovered_amount", 1860000, "yuan", "万元", "exact", "欠薪", "上半年", []),
        (None, "5项", "activities", 5, "item", "项", "exact", "职业技能竞赛", "上半年", []),
        (None, "约800人", "workers", 800, "person", "人", "approx", "参赛职工", "上半年", []),
        (None, "7期", "training_sessions", 7, "session", "期", "exact", "网络直播培训", "上半年", []),
        (None, "3万余人次", "trainees", 30000, "person_time", "人次", "more_than", "在线收看", "上半年", []),
        (None, "46场", "activities", 46, "session", "场", "exact", "各类活动", "上半年", []),
        (None, "6000余人", "workers", 6000, "person", "人", "more_than", "女职工", "上半年", []),
        (None, "1280名", "workers", 1280, "person", "名", "exact", "女职工", "上半年", []),
        (None, "27名", "relief_recipients", 27, "person", "名", "exact", "患病女职工", "上半年", []),
        (None, "8.1万元", "relief_amount", 81000, "yuan", "万元", "exact", "救助金", "上半年", []),
        (None, "1,036万元", "funds", 10360000, "yuan", "万元", "exact", "工会经费", "上半年", []),
        (None, "8.4%", "other", 8.4, "percent", "%", "exact", "同比增长", "上半年", []),
        (None, "620万元", "funds", 6200000, "yuan", "万元", "exact", "返还经费", "上半年", []),
        (None, "不足60%", "coverage_rate", 60, "percent", "%", "less_than", "小微企业职工入会率", None, []),
        (None, "45.2%", "completion_rate", 45.2, "percent", "%", "exact", "经费收缴", "上半年", []),
        (None, "30家以上", "unions", 30, "org", "家", "more_than", "工会", "全年", []),
        (None, "3000名", "members", 3000, "person", "名", "exact", "会员", "全年", []),
        (None, "100名左右", "relief_recipients", 100, "person", "名", "approx", "困难学生", None, []),
        (None, "20支", "other", 20, "other", "支", "more_than", "代表队", None, []),
    ],
    notes=[
        "County federation (县总工会) half-year report; title 县总工会2024年上半年工作总结; year 2024; half_year.",
        "Parts: problems at 二、存在的问题, plan at 三、下半年工作打算 (headings announcing the part). The plan's （一）（二）（三） restart the depth-2 series; each is a one-sentence paragraph, so the heading is the whole sentence.",
        "Chinese numerals: 二十三家 23, 一千五百八十名 1580, 九百余名 900 more_than; 六成 → completion_rate 60 percent (raw_unit 成).",
        "1—6月份 opens the paragraph of （一） and governs all its figures. 春节期间 governs the whole （二） paragraph (lead-in), 上半年 the （三） paragraph and, as the report's period, the （四） paragraph (no other period appears there).",
        "专场招聘会3场 → activities; 就业岗位1500余个 → jobs, unit other; 达成就业意向420人 → jobs, person (people placed).",
        "接待职工来访85人次 → cases (petitions), person_time; 调解结案17件 → cases (subset of the 19, its own count, no sum check).",
        "竞赛5项 → activities, unit item (项); 约800人 → workers approx; 3万余人次在线收看 (online training) → trainees person_time more_than.",
        "（五）: 围绕“三八”国际妇女节 is an occasion, not the period; the report period 上半年 is carried over as for （四）; 活动46场 → activities; 6000余人 → workers more_than; 1280名 screened → workers; 27名患病女职工/8.1万元 → relief. （六）: 收缴工会经费1,036万元 and 返还经费620万元 → funds; 同比增长8.4% → other percent (growth). 帮助213名农民工追讨欠薪 → workers + recovered_amount.",
        "Problems: 入会率不足60% → coverage_rate less_than; 完成全年任务的45.2% → completion_rate (period 上半年 in the clause).",
        "Plan: 30家以上 → unions more_than; 100名左右 → relief_recipients approx (金秋助学); 不少于20支代表队 → other, unit other (支), more_than.",
        "Not records: 为期两个月 (duration), 第十届 (ordinal), 一是/二是/三是, 2024年 in the title.",
    ],
)
