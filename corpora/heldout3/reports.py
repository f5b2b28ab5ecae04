"""Hand-written held-out set 3: the seven reports as normalised gold text, with their hand annotations.

Each report: title, metadata, text (normalised: simplified, full-width Chinese punctuation, ASCII digits,
one paragraph per line), sections (depth, marker, number, heading), parts (part, starts_with) and records
written as one line each:

    context | mention | metric | value | unit | raw_unit | qualifier | subject | period | flags

`context` is a unique substring of the text that holds the mention (empty: the mention itself is unique).
The build script (build.py) turns these into gold JSON (offsets by str.find) and into damaged raw files.
"""

A_TITLE = "在县总工会第十四届委员会第四次全体会议上的工作报告"
A_TEXT = """各位委员：
现在，我代表县总工会第十四届委员会常务委员会向全委会议作工作报告，请予审议。
一、过去一年的工作回顾
2023年，县总工会在县委和市总工会的坚强领导下，紧扣“十四五”规划目标，围绕服务全县发展大局，重点抓了三个方面的工作。
（一）聚力建会入会，组织覆盖持续扩大。全年新建基层工会46家，新发展会员3800余人，其中农民工会员2100多人，占新发展会员的55%。截至12月底，全县基层工会总数达到612家，覆盖企业1350余家，会员总数达5.2万人，职工入会率达到92.6%，百人以上企业建会率保持100%。
（二）聚焦建功立业，劳动竞赛深入开展。围绕县重点项目建设，组织开展“建功十四五”劳动和技能竞赛18项，参赛职工近1.5万人次。一是推荐表彰县级劳动模范30名、先进集体12家；二是举办职工技能培训班26期，培训职工4200人次，有效提升了产业工人技能水平。
（三）聚心服务职工，帮扶保障精准有力。“两节”送温暖期间，县总工会班子成员带队走访慰问困难职工、困难劳模和一线职工共计1260户，其中困难职工860户、困难劳模35户、一线职工315户，发放慰问金和慰问品折合286.4万元。金秋助学活动资助困难职工子女112名，发放助学金33.6万元。职工医疗互助保障参保2.8万人次，为142名患病职工发放互助金61万余元。
（四）聚力依法维权，劳动关系和谐稳定。县职工法律援助站全年受理劳动争议案件87件，调解成功79件，调解成功率90.8%；联合人社部门开展根治欠薪专项行动，为1180名农民工追回欠薪526万元。畅通12351职工服务热线，受理职工诉求2300余件，办结率98%以上。
二、存在的问题
在肯定成绩的同时，我们也清醒地看到，工作中还存在一些不足：一是新就业形态劳动者入会率不足六成，覆盖面有待扩大；二是部分基层工会经费使用不够规范，财务管理水平有待提高；三是个别工会干部服务意识不强，工作方法不多。
三、2024年工作安排
2024年是实现“十四五”规划目标任务的关键之年。全县各级工会要重点抓好以下工作：
（一）持续推进建会入会。全年新建基层工会30家以上，发展会员3000人，新就业形态劳动者入会率提高5个百分点。
（二）深化劳动和技能竞赛。举办职工技能培训班20期以上，培训职工4000人次左右。
（三）做实帮扶服务。筹集送温暖资金300万元以上，确保困难职工应帮尽帮。
各位委员，新的一年，让我们在县委和市总工会的坚强领导下，团结带领全县广大职工，为奋力谱写全县高质量发展新篇章而努力奋斗！"""
A_META = dict(org_level="县", report_type="annual", year=2023)
A_SECTIONS = [
    (1, "一、", 1, "过去一年的工作回顾"),
    (2, "（一）", 1, "聚力建会入会，组织覆盖持续扩大"),
    (2, "（二）", 2, "聚焦建功立业，劳动竞赛深入开展"),
    (2, "（三）", 3, "聚心服务职工，帮扶保障精准有力"),
    (2, "（四）", 4, "聚力依法维权，劳动关系和谐稳定"),
    (1, "二、", 2, "存在的问题"),
    (1, "三、", 3, "2024年工作安排"),
    (2, "（一）", 1, "持续推进建会入会"),
    (2, "（二）", 2, "深化劳动和技能竞赛"),
    (2, "（三）", 3, "做实帮扶服务"),
]
A_PARTS = [("summary", "各位委员："), ("problems", "二、存在的问题"), ("plan", "三、2024年工作安排")]
A_RECORDS = """
新建基层工会46家|46家|unions|46|org|家|exact|基层工会|全年|
|3800余人|members|3800|person|人|more_than|会员|全年|
|2100多人|members|2100|person|人|more_than|农民工会员|全年|
|55%|share|55|percent|%|exact|农民工会员|全年|
|612家|unions|612|org|家|exact|基层工会|截至12月底|
|1350余家|enterprises|1350|org|家|more_than|覆盖企业|截至12月底|
|5.2万人|members|52000|person|万人|exact|会员|截至12月底|
|92.6%|coverage_rate|92.6|percent|%|exact|职工入会率|截至12月底|
建会率保持100%|100%|coverage_rate|100|percent|%|exact|百人以上企业建会率|截至12月底|
竞赛18项|18项|activities|18|item|项|exact|劳动和技能竞赛||
|1.5万人次|workers|15000|person_time|万人次|approx|参赛职工||
|30名|honours|30|person|名|exact|县级劳动模范||
先进集体12家|12家|honours|12|org|家|exact|先进集体||
|26期|training_sessions|26|session|期|exact|职工技能培训班||
|4200人次|trainees|4200|person_time|人次|exact|职工||
|1260户|relief_recipients|1260|household|户|exact|困难职工、困难劳模和一线职工|“两节”送温暖期间|sum_mismatch
|860户|relief_recipients|860|household|户|exact|困难职工|“两节”送温暖期间|
|35户|relief_recipients|35|household|户|exact|困难劳模|“两节”送温暖期间|
|315户|relief_recipients|315|household|户|exact|一线职工|“两节”送温暖期间|
|286.4万元|relief_amount|2864000|yuan|万元|exact|慰问金和慰问品|“两节”送温暖期间|
|112名|relief_recipients|112|person|名|exact|困难职工子女||
|33.6万元|relief_amount|336000|yuan|万元|exact|助学金||
|2.8万人次|insured|28000|person_time|万人次|exact|职工医疗互助保障||
|142名|relief_recipients|142|person|名|exact|患病职工||
|61万余元|relief_amount|610000|yuan|万元|more_than|互助金||
|87件|cases|87|case|件|exact|劳动争议案件|全年|
|79件|cases|79|case|件|exact|调解成功|全年|
|90.8%|share|90.8|percent|%|exact|调解成功率|全年|
|1180名|workers|1180|person|名|exact|农民工|全年|
|526万元|recovered_amount|5260000|yuan|万元|exact|欠薪|全年|
|2300余件|cases|2300|case|件|more_than|职工诉求|全年|
|98%以上|completion_rate|98|percent|%|more_than|办结率|全年|
|六成|coverage_rate|60|percent|成|less_than|新就业形态劳动者入会率||
|30家以上|unions|30|org|家|more_than|基层工会|全年|
发展会员3000人|3000人|members|3000|person|人|exact|会员|全年|
|5个百分点|other|5|percent|个百分点|exact|新就业形态劳动者入会率|全年|
|20期以上|training_sessions|20|session|期|more_than|职工技能培训班|2024年|
|4000人次左右|trainees|4000|person_time|人次|approx|职工|2024年|
|300万元以上|funds|3000000|yuan|万元|more_than|送温暖资金|2024年|
"""
A_NOTES = [
    "Title: the speech title (第十四届委员会第四次全体会议); year 2023 = the year reviewed (2023年，县总工会…); the plan year 2024 also appears. org_level 县, report_type annual.",
    "Parts: summary from the salutation; problems from 二、存在的问题; plan from 三、2024年工作安排. The closing appeal (各位委员，新的一年…) stays in the plan part.",
    "Not records: 第十四届 (ordinal), “十四五” and 建功十四五 (plan name), 三个方面 (list count), 一是/二是/三是, 12351 (hotline number), 百人以上 (size class), 2023年/2024年/12月底 (dates).",
    "共计1260户 with parts 860+35+315=1210: the total carries sum_mismatch (deliberate).",
    "占新发展会员的55% → share (2100/3800 = 55.3%).",
    "调解成功率90.8% → share (79/87 = 90.8%): the successful part of the cases handled; not a coverage or completion rate. 办结率98%以上 → completion_rate (cases closed of those accepted); share is the alternative.",
    "百人以上企业建会率保持100% → coverage_rate 100; the 百人以上 is a size class, not a record.",
    "参赛职工近1.5万人次 → workers (participants), approx, person_time.",
    "先进集体12家 → honours, unit org.",
    "为1180名农民工追回欠薪526万元 → workers 1180 (the people whose wages were recovered are not relief recipients) and recovered_amount.",
    "不足六成 → coverage_rate 60, less_than, raw_unit 成 (problems part). 提高5个百分点 → other (a change in a rate, not a rate), unit percent, raw_unit 个百分点.",
    "Plan figures (2024年) are targets; period 2024年 from the plan's lead sentence for (二)(三); (一) has 全年. 筹集送温暖资金 → funds (money raised).",
    "Period: the 全年 in (一) governs 46/3800/2100/55%; 截至12月底 the next sentence; (二)(三) have no period of their own (null; 2023年 from the section lead-in is an alternative); 全年 for (四).",
]

B_TITLE = "经济开发区工会联合会2022年工作总结"
B_TEXT = """2022年，开发区工会联合会在管委会党工委和市总工会的领导下，坚持以职工为中心的工作导向，团结带领园区广大职工建功新时代，各项工作取得了新的成效。现将一年来的工作总结如下：
一、组织建设取得新进展
园区现有各类企业约480家，其中规模以上工业企业126家，世界500强投资企业9家，从业人员3.6万人。今年新组建企业工会23家、联合工会3家，新增会员2860名。截至年底，园区已建工会的企业达到402家，建会率83.8%，会员总数31200人，入会率86.7%。
我们坚持“党建带工建”，把工会组建纳入园区企业入驻服务清单，对新入驻企业实行“一企一策”上门指导，做到企业开工、工会跟进。对暂不具备单独建会条件的小微企业，按照“行业相近、地域相邻”的原则组建联合工会，有效扩大了工会组织覆盖面。
二、民主管理和集体协商扎实推进
全年指导园区企业签订集体合同365份，其中工资专项集体合同298份、女职工专项集体合同67份，覆盖职工3.1万人。各企业普遍建立了职工代表大会制度和厂务公开制度，职工的知情权、参与权、表达权和监督权得到有效保障。召开职工代表大会的企业达到310家，厂务公开建制率达到95%以上。
三、服务职工有温度
春节前，联合会筹集资金48万元，走访慰问困难职工156名，发放慰问金31.2万元，并为留园过年的外地职工送去年货礼包两千余份。夏季开展“送清凉”活动12场，送去清凉物资折合9.6万元。组织职工参加免费健康体检3800余人，举办职工联谊交友活动三五场，受到青年职工欢迎。
四、职工素质持续提升
园区职工学校全年举办各类培训班42期，培训职工5600余人次。举办第三届园区职业技能大赛，设比赛项目8项，参赛选手620名，其中获奖选手96名，占参赛选手的15.5%。同时，联合会积极推进“技能人才培育计划”，与市技师学院签订校企合作协议，为园区企业定向培养技术工人，推动形成“学技术、比技能、争先进”的良好氛围。
五、存在的不足
一是中小微企业建会率偏低，园区仍有约七十家企业未建会；二是工会干部多为兼职，流动性较大，业务能力有待提高。
六、2023年工作打算
2023年，联合会将围绕园区发展大局，力争新建工会10至15家，园区企业建会率提高到90%以上；继续办好职工学校，全年培训职工6000人次；推动集体合同到期续签率达到100%。"""
B_META = dict(org_level="区", report_type="annual", year=2022)
B_SECTIONS = [
    (1, "一、", 1, "组织建设取得新进展"),
    (1, "二、", 2, "民主管理和集体协商扎实推进"),
    (1, "三、", 3, "服务职工有温度"),
    (1, "四、", 4, "职工素质持续提升"),
    (1, "五、", 5, "存在的不足"),
    (1, "六、", 6, "2023年工作打算"),
]
B_PARTS = [("summary", "2022年，开发区工会联合会"), ("problems", "五、存在的不足"), ("plan", "六、2023年工作打算")]
B_RECORDS = """
|480家|enterprises|480|org|家|approx|各类企业||
|126家|enterprises|126|org|家|exact|规模以上工业企业||
投资企业9家|9家|enterprises|9|org|家|exact|世界500强投资企业||
|3.6万人|workers|36000|person|万人|exact|从业人员||
|23家|unions|23|org|家|exact|企业工会|今年|
联合工会3家|3家|unions|3|org|家|exact|联合工会|今年|
|2860名|members|2860|person|名|exact|会员|今年|
|402家|enterprises|402|org|家|exact|已建工会的企业|截至年底|
|83.8%|coverage_rate|83.8|percent|%|exact|建会率|截至年底|
|31200人|members|31200|person|人|exact|会员|截至年底|
|86.7%|coverage_rate|86.7|percent|%|exact|入会率|截至年底|
|365份|contracts|365|item|份|exact|集体合同|全年|
|298份|contracts|298|item|份|exact|工资专项集体合同|全年|
|67份|contracts|67|item|份|exact|女职工专项集体合同|全年|
|3.1万人|workers|31000|person|万人|exact|覆盖职工|全年|
|310家|enterprises|310|org|家|exact|召开职工代表大会的企业||
|95%以上|coverage_rate|95|percent|%|more_than|厂务公开建制率||
|48万元|funds|480000|yuan|万元|exact|筹集资金|春节前|
|156名|relief_recipients|156|person|名|exact|困难职工|春节前|
|31.2万元|relief_amount|312000|yuan|万元|exact|慰问金|春节前|
|两千余份|other|2000|item|份|more_than|年货礼包|春节前|
|12场|activities|12|session|场|exact|“送清凉”活动|夏季|
|9.6万元|relief_amount|96000|yuan|万元|exact|清凉物资|夏季|
|3800余人|workers|3800|person|人|more_than|参加免费健康体检的职工||
|三五场|activities|3|session|场|approx|职工联谊交友活动||
|42期|training_sessions|42|session|期|exact|各类培训班|全年|
|5600余人次|trainees|5600|person_time|人次|more_than|职工|全年|
|8项|activities|8|item|项|exact|比赛项目||
|620名|workers|620|person|名|exact|参赛选手||
|96名|honours|96|person|名|exact|获奖选手||
|15.5%|share|15.5|percent|%|exact|获奖选手||
|七十家|enterprises|70|org|家|approx|未建会企业||
|10至15家|unions|10|org|家|approx|新建工会|2023年|
|90%以上|coverage_rate|90|percent|%|more_than|园区企业建会率|2023年|
|6000人次|trainees|6000|person_time|人次|exact|职工|全年|
续签率达到100%|100%|coverage_rate|100|percent|%|exact|集体合同到期续签率|2023年|
"""
B_NOTES = [
    "org_level 区: a 开发区 (economic development zone) 工会联合会 reports at the level of a 区; 企业 or other are alternatives. year 2022, annual.",
    "Not records: 世界500强 (a name), 第三届 (ordinal), 2022年/2023年/年底 (dates), 一是/二是.",
    "世界500强投资企业9家 → enterprises 9. 规模以上工业企业126家 is a subset of the 约480家; no sum relation.",
    "集体合同365份 = 298+67: adds up, no flag. Contracts counted by 份 → unit item.",
    "筹集资金48万元 → funds (money raised), 发放慰问金31.2万元 → relief_amount (ruling). 年货礼包两千余份 → other (count of gift packs, not a value).",
    "送清凉 goods 折合9.6万元 → relief_amount (goods' value given to front-line workers in the heat); funds is the alternative.",
    "三五场 (three to five) → one record, value 3 (the lower bound), approx; 10至15家 likewise value 10, approx, mention the whole range. A reading with two records (3 and 5, 10 and 15) is the alternative.",
    "获奖选手96名 → honours; 占参赛选手的15.5% → share (96/620 = 15.5%).",
    "建会率83.8% (402/480 = 83.75%) and 入会率86.7% (31200/36000 = 86.67%) are consistent.",
    "约七十家企业未建会 → enterprises 70 approx, problems part.",
    "Plan: 全年培训职工6000人次 has its own period 全年; the other plan figures take 2023年 from the plan's lead sentence. 续签率 → coverage_rate (share of expiring contracts renewed).",
    "召开职工代表大会的企业310家 → enterprises (units), not unions.",
]

C_TITLE = "矿工会2023年工作总结"
C_TEXT = """2023年，矿工会在矿党委和集团公司工会的正确领导下，紧紧围绕安全生产和经营目标，认真履行维护职能，全面完成了年初职代会确定的各项任务。全矿在册职工4120人，会员4186人，入会率101.6%。
一、围绕安全生产，发挥群众监督作用
（一）健全群监网络
1.充实队伍。全矿共有群众安全监督员368名，覆盖全部采掘区队和辅助单位。
2.规范运行
（1）坚持月度例会制度。全年召开群监员例会12次，通报安全形势，交流监督经验。
（2）开展隐患排查。群监员共查处各类隐患1546条，整改完成率100%，有效防范了事故发生。
（二）开展安全主题活动
1.深化“安康杯”竞赛。全矿34个班组参赛，2个班组被集团公司评为优胜班组。
2.开展“安全家书”征集活动。收到职工家属来信860余封，评选优秀家书50篇。
二、围绕提质增效，深化劳动竞赛
（一）组织单项竞赛。全年组织掘进进尺、设备检修等单项劳动竞赛9项，发放竞赛奖金46.5万元，原煤产量完成年度计划的112%。
（二）推进技术创新。职工提出合理化建议1320条，采纳实施410条，采纳率31.1%，创造经济效益约860万元。
（三）加强技能培训。举办安全技能培训班24期，培训职工2960人次；选送12名青年职工参加集团公司技能大赛，其中3人获得“技术能手”称号。
三、围绕职工需求，办好民生实事
（一）帮扶救助
1.日常帮扶。建立困难职工档案43户，全年发放帮扶资金27.8万元。
2.节日慰问
（1）春节慰问。走访慰问困难职工、伤残职工和遗属共计215户，其中困难职工43户、伤残职工96户、遗属76户，发放慰问金和慰问品折合64.5万元。
（2）夏季送清凉。组织送清凉慰问活动16场次，深入井下和地面一线慰问职工。
（二）职工互助保障。全矿参加职工住院医疗互助保障3860人，参保率达到百分之九十三点七。全年为213人次办理互助金理赔，理赔金额41.3万元。
（三）丰富文体生活。矿职工书屋新增图书两千册，举办职工篮球赛、拔河比赛等活动十余场。
四、存在的不足
职工队伍老龄化问题突出，45岁以上职工占比接近一半；部分区队班组长安全管理能力不足。
五、2024年工作打算
（一）持续开展“安康杯”竞赛，实现全年零死亡目标。
（二）举办安全技能培训班30期以上，培训职工3000人次。
（三）合理化建议采纳率达到35%以上。"""
C_META = dict(org_level="企业", report_type="annual", year=2023)
C_SECTIONS = [
    (1, "一、", 1, "围绕安全生产，发挥群众监督作用"),
    (2, "（一）", 1, "健全群监网络"),
    (3, "1.", 1, "充实队伍"),
    (3, "2.", 2, "规范运行"),
    (4, "（1）", 1, "坚持月度例会制度"),
    (4, "（2）", 2, "开展隐患排查"),
    (2, "（二）", 2, "开展安全主题活动"),
    (3, "1.", 1, "深化“安康杯”竞赛"),
    (3, "2.", 2, "开展“安全家书”征集活动"),
    (1, "二、", 2, "围绕提质增效，深化劳动竞赛"),
    (2, "（一）", 1, "组织单项竞赛"),
    (2, "（二）", 2, "推进技术创新"),
    (2, "（三）", 3, "加强技能培训"),
    (1, "三、", 3, "围绕职工需求，办好民生实事"),
    (2, "（一）", 1, "帮扶救助"),
    (3, "1.", 1, "日常帮扶"),
    (3, "2.", 2, "节日慰问"),
    (4, "（1）", 1, "春节慰问"),
    (4, "（2）", 2, "夏季送清凉"),
    (2, "（二）", 2, "职工互助保障"),
    (2, "（三）", 3, "丰富文体生活"),
    (1, "四、", 4, "存在的不足"),
    (1, "五、", 5, "2024年工作打算"),
    (2, "（一）", 1, "持续开展“安康杯”竞赛，实现全年零死亡目标"),
    (2, "（二）", 2, "举办安全技能培训班30期以上，培训职工3000人次"),
    (2, "（三）", 3, "合理化建议采纳率达到35%以上"),
]
C_PARTS = [("summary", "2023年，矿工会在矿党委"), ("problems", "四、存在的不足"), ("plan", "五、2024年工作打算")]
C_RECORDS = """
|4120人|workers|4120|person|人|exact|在册职工||
|4186人|members|4186|person|人|exact|会员||
|101.6%|coverage_rate|101.6|percent|%|exact|入会率||implausible_rate
|368名|workers|368|person|名|exact|群众安全监督员||
|12次|activities|12|session|次|exact|群监员例会|全年|
|1546条|other|1546|item|条|exact|隐患||
|100%|completion_rate|100|percent|%|exact|整改完成率||
|34个|other|34|org|个|exact|参赛班组||
2个班组|2个|honours|2|org|个|exact|优胜班组||
|860余封|other|860|other|封|more_than|职工家属来信||
|50篇|honours|50|item|篇|exact|优秀家书||
|9项|activities|9|item|项|exact|单项劳动竞赛|全年|
|46.5万元|funds|465000|yuan|万元|exact|竞赛奖金|全年|
|112%|completion_rate|112|percent|%|exact|原煤产量|全年|
|1320条|other|1320|item|条|exact|合理化建议||
|410条|other|410|item|条|exact|采纳实施的合理化建议||
|31.1%|share|31.1|percent|%|exact|采纳率||
|860万元|other|8600000|yuan|万元|approx|经济效益||
|24期|training_sessions|24|session|期|exact|安全技能培训班||
|2960人次|trainees|2960|person_time|人次|exact|职工||
|12名|workers|12|person|名|exact|参加技能大赛的青年职工||
其中3人|3人|honours|3|person|人|exact|“技术能手”称号||
档案43户|43户|relief_recipients|43|household|户|exact|困难职工||
|27.8万元|relief_amount|278000|yuan|万元|exact|帮扶资金|全年|
|215户|relief_recipients|215|household|户|exact|困难职工、伤残职工和遗属||
困难职工43户|43户|relief_recipients|43|household|户|exact|困难职工||
|96户|relief_recipients|96|household|户|exact|伤残职工||
|76户|relief_recipients|76|household|户|exact|遗属||
|64.5万元|relief_amount|645000|yuan|万元|exact|慰问金和慰问品||
|16场次|activities|16|session|场次|exact|送清凉慰问活动|夏季|
|3860人|insured|3860|person|人|exact|职工住院医疗互助保障||
|百分之九十三点七|coverage_rate|93.7|percent|百分之|exact|参保率||
|213人次|relief_recipients|213|person_time|人次|exact|互助金理赔|全年|
|41.3万元|relief_amount|413000|yuan|万元|exact|理赔金额|全年|
|两千册|other|2000|item|册|exact|图书||
|十余场|activities|10|session|场|more_than|职工篮球赛、拔河比赛等活动||
|30期以上|training_sessions|30|session|期|more_than|安全技能培训班|2024年|
|3000人次|trainees|3000|person_time|人次|exact|职工|2024年|
|35%以上|share|35|percent|%|more_than|合理化建议采纳率|2024年|
"""
C_NOTES = [
    "Four heading levels: 一、 depth 1, （一） depth 2, 1. depth 3 (full-width １． in the raw file), （1） depth 4 (（１） in the raw). The raw file has full-width digits throughout; the gold text has ASCII digits and writes the heading dot as '.' (NFKC of ．).",
    "Run-in headings: 1.充实队伍。…, （1）坚持月度例会制度。…, （一）组织单项竞赛。…; own-line: （一）健全群监网络, 2.规范运行, 2.节日慰问. The plan's （一）（二）（三） are whole-line headings (one sentence each), so their heading text is the sentence without its 。.",
    "The plan's headings contain figures (30期以上, 3000人次, 35%以上): they are records (targets) in the plan part; the section path of a figure inside a heading is that heading's own section.",
    "入会率101.6% (4186 members of 4120 workers on the books) is a rate over 100 that is not a completion rate → implausible_rate. 完成年度计划的112% → completion_rate, no flag.",
    "共计215户 = 43+96+76: adds up, no flag. 困难职工43户 appears twice (档案43户 and the 春节 visit): two records.",
    "整改完成率100% → completion_rate. 采纳率31.1% → share (410/1320 = 31.06%); the plan's 采纳率35%以上 likewise share.",
    "34个班组 → other, unit org (teams are not enterprises or unions). 2个班组被评为优胜班组 → honours, unit org; 3人获得“技术能手”称号 → honours. 优秀家书50篇 → honours, unit item (selected as excellent); other is the alternative.",
    "860余封 → other, unit other (封 is not in the unit table), raw_unit 封. 两千册 → other, item.",
    "创造经济效益约860万元 → other (money that is neither relief, recovery nor funds); funds is the alternative. 竞赛奖金46.5万元 → funds.",
    "213人次办理互助金理赔 → relief_recipients, person_time; 理赔金额41.3万元 → relief_amount (mutual-aid payouts).",
    "Not records: 零死亡 (no number), 45岁以上 (an age class), 接近一半 (a vague share with no number; an alternative would record 50 approx), 一线 (front line), 2023年/2024年.",
    "参保率达到百分之九十三点七 → coverage_rate 93.7 (3860/4120 = 93.7%), raw_unit 百分之.",
]

D_TITLE = "镇总工会女职工委员会2024年上半年工作总结"
D_TEXT = """今年上半年，镇总工会女职工委员会在镇党委和县总工会女职委的指导下，紧紧围绕全镇中心工作，以维护女职工合法权益和特殊利益为重点，扎实开展各项工作，取得了一定成效。现将上半年工作总结如下：
一、夯实组织基础。全镇现有建会企业67家，已建女职工委员会58家，组建率86.6%。全镇女职工会员2180人，占会员总数的41.2%，上半年新发展女会员近两百人。
我们坚持女职工组织与工会组织同步组建、同步换届，对新建会企业逐一指导建立女职工委员会，配齐配强女职委主任，确保女职工工作有人抓、有人管。
二、开展“三八”系列活动。3月8日前后，镇女职委组织开展“巾帼心向党”主题活动，举办插花、手工、健步走等活动7场，参与女职工650余人次，表彰“最美女职工”10名、巾帼建功先进集体4家。活动中，各企业女职委结合实际开展了形式多样的庆祝活动，广大女职工在活动中展示了巾帼风采，增强了团队凝聚力和归属感。
三、关爱女职工身心健康。联系县妇幼保健院，为1020名女职工开展免费“两癌”筛查，查出疑似病例6例，均已跟踪复查。为新入职女职工办理女职工特殊疾病互助保障860份。母亲节前夕，慰问单亲困难女职工23名，发放慰问金和生活用品合计折合1.15万元。
同时，我们督促企业落实女职工经期、孕期、产期、哺乳期“四期”保护规定，推动有条件的企业建立爱心妈咪小屋，为哺乳期女职工提供便利。邀请心理咨询师为女职工开展心理健康辅导，帮助女职工缓解工作和生活压力。
四、维护女职工合法权益。推动建会企业签订女职工权益保护专项集体合同52份，签订率89.7%。邀请县法院法官举办了一次法律知识讲座，发放《女职工劳动保护特别规定》宣传册1500余本。上半年受理女职工来信来访3件，均已妥善处理。针对部分企业女职工反映的加班时间长、休假难落实等问题，镇女职委及时与企业沟通协调，推动问题得到解决。
五、存在的不足。部分非公企业经营者对女职工工作重视不够，女职委作用发挥不平衡；女职工工作经费保障不足，活动形式有待进一步创新。
六、下半年工作打算。一是继续推进女职委组建，争取年底前组建率达到95%；二是举办女职工技能培训班2期，培训女职工100人左右；三是做好“金秋助学”和困难女职工帮扶工作。"""
D_META = dict(org_level="乡镇", report_type="half_year", year=2024)
D_SECTIONS = [
    (1, "一、", 1, "夯实组织基础"),
    (1, "二、", 2, "开展“三八”系列活动"),
    (1, "三、", 3, "关爱女职工身心健康"),
    (1, "四、", 4, "维护女职工合法权益"),
    (1, "五、", 5, "存在的不足"),
    (1, "六、", 6, "下半年工作打算"),
]
D_PARTS = [("summary", "今年上半年，镇总工会女职工"), ("problems", "五、存在的不足"), ("plan", "六、下半年工作打算")]
D_RECORDS = """
|67家|enterprises|67|org|家|exact|建会企业|今年上半年|
|58家|unions|58|org|家|exact|女职工委员会|今年上半年|
|86.6%|coverage_rate|86.6|percent|%|exact|组建率|今年上半年|
|2180人|members|2180|person|人|exact|女职工会员|今年上半年|
|41.2%|share|41.2|percent|%|exact|女职工会员|今年上半年|
|两百人|members|200|person|人|approx|女会员|上半年|
|7场|activities|7|session|场|exact|插花、手工、健步走等活动|3月8日前后|
|650余人次|workers|650|person_time|人次|more_than|参与女职工|3月8日前后|
|10名|honours|10|person|名|exact|“最美女职工”|3月8日前后|
|4家|honours|4|org|家|exact|巾帼建功先进集体|3月8日前后|
|1020名|workers|1020|person|名|exact|参加“两癌”筛查的女职工|今年上半年|
|6例|other|6|other|例|exact|疑似病例|今年上半年|
|860份|insured|860|item|份|exact|女职工特殊疾病互助保障|今年上半年|
|23名|relief_recipients|23|person|名|exact|单亲困难女职工|母亲节前夕|
|1.15万元|relief_amount|11500|yuan|万元|exact|慰问金和生活用品|母亲节前夕|
|52份|contracts|52|item|份|exact|女职工权益保护专项集体合同|今年上半年|
|89.7%|coverage_rate|89.7|percent|%|exact|签订率|今年上半年|
|1500余本|other|1500|item|本|more_than|宣传册|今年上半年|
|3件|cases|3|case|件|exact|女职工来信来访|上半年|
|95%|coverage_rate|95|percent|%|exact|女职委组建率|年底前|
|2期|training_sessions|2|session|期|exact|女职工技能培训班|下半年|
|100人左右|trainees|100|person|人|approx|女职工|下半年|
"""
D_NOTES = [
    "Headings 一、…六、 are run-in (heading = first clause up to 。). Part problems from 五、存在的不足, plan from 六、下半年工作打算 (its 一是/二是/三是 are not headings).", "“四期”保护 is a term, not a record.",
    "org_level 乡镇 (镇总工会女职工委员会), report_type half_year, year 2024 from the title only (the body says 今年上半年).",
    "组建率86.6% = 58/67; 签订率89.7% = 52/58: consistent. 占会员总数的41.2% → share.",
    "近两百人 → members 200 approx.",
    "Not records: “三八” (festival), 3月8日 (date), “两癌” (name), 一次 in 举办了一次法律知识讲座 (article 'a'), 一是/二是/三是.",
    "1020名女职工 (screened) → workers; 6例疑似病例 → other, unit other (例 not in the unit table). 互助保障860份 → insured, unit item.",
    "巾帼建功先进集体4家 → honours, org. 宣传册1500余本 → other, item.",
    "Periods: a paragraph has no period of its own → the opening 今年上半年 governs (null is an alternative); 3月8日前后 for 二; 母亲节前夕 for the relief in 三; 年底前 and 下半年 in the plan.",
]

E_TITLE = "市快递物流行业工会联合会2023年工作总结"
E_TEXT = """2023年，市快递物流行业工会联合会在市总工会的指导下，聚焦快递员、货车司机、网约配送员等新就业形态劳动者急难愁盼问题，推动建会入会、服务关爱和权益维护一体推进。现总结如下。
一、推进建会入会，组织覆盖取得突破
全市共有快递物流企业及网点约1200家，从业人员2.3万余人。今年以来，我们通过集中入会、流动入会、网上入会等方式，坚持“先入会、后建会”，依托品牌快递企业区域总部和站点开展入会集中行动，让快递员“扫码即入会”，新建企业工会和网点工会联合会35个，发展新就业形态劳动者会员6180人，其中快递员4230人、货车司机1290人、网约配送员660人。全市主要品牌快递企业建会率达到100%。
二、织密服务网络，建好暖心驿站
全年新建户外劳动者服务站点24个，总数达到86个，站点全年服务快递员逾10万人次。站点普遍配备了饮水机、微波炉、充电插座、急救药箱等设施，为快递员提供“歇歇脚、喝口水、充充电”的便利服务，真正成为快递员的温馨港湾。与3家医院合作开展“健康进站点”义诊，为快递员免费体检1200人次。
三、维护合法权益，畅通诉求渠道
推动8家品牌快递企业开展行业集体协商，签订行业工资专项集体合同，明确快递员计件单价下限，覆盖快递员1.1万人。全年受理快递员投诉和求助事项142件，为112名快递员追回被克扣的派费和工资38.6万元。联合保险机构为快递员赠送意外伤害互助保障12000份，为因工受伤的17名快递员发放互助保障金9.3万元。
四、开展关爱活动，增强职业荣誉
春节期间，为坚守岗位的快递员发放年货礼包3000份。组织一线快递员疗休养3批120人。举办全市快递员职业技能竞赛，参赛选手230名，评选“最美快递员”20名。开办快递员学历提升和技能培训班6期，参训快递员近900人。联合人社部门举办专场招聘会3场，提供就业岗位1600余个。这些活动进一步增强了快递员的职业荣誉感和归属感。
五、存在的问题和2024年打算
快递员流动性大，部分网点年流动率超过四成，会员关系接续难。2024年，我们将力争新发展会员5000人以上，新建服务站点20个，推动集体协商覆盖全市主要快递企业。"""
E_META = dict(org_level="市", report_type="annual", year=2023)
E_SECTIONS = [
    (1, "一、", 1, "推进建会入会，组织覆盖取得突破"),
    (1, "二、", 2, "织密服务网络，建好暖心驿站"),
    (1, "三、", 3, "维护合法权益，畅通诉求渠道"),
    (1, "四、", 4, "开展关爱活动，增强职业荣誉"),
    (1, "五、", 5, "存在的问题和2024年打算"),
]
E_PARTS = [("summary", "2023年，市快递物流行业工会"), ("problems", "五、存在的问题和2024年打算"), ("plan", "2024年，我们将力争")]
E_RECORDS = """
|1200家|enterprises|1200|org|家|approx|快递物流企业及网点||
|2.3万余人|workers|23000|person|万人|more_than|从业人员||
|35个|unions|35|org|个|exact|企业工会和网点工会联合会|今年以来|
|6180人|members|6180|person|人|exact|新就业形态劳动者会员|今年以来|
|4230人|members|4230|person|人|exact|快递员|今年以来|
|1290人|members|1290|person|人|exact|货车司机|今年以来|
|660人|members|660|person|人|exact|网约配送员|今年以来|
建会率达到100%|100%|coverage_rate|100|percent|%|exact|主要品牌快递企业建会率|今年以来|
|24个|other|24|other|个|exact|户外劳动者服务站点|全年|
|86个|other|86|other|个|exact|服务站点|全年|
|10万人次|workers|100000|person_time|万人次|more_than|快递员|全年|
|3家|enterprises|3|org|家|exact|医院||
|1200人次|workers|1200|person_time|人次|exact|快递员免费体检||
|8家|enterprises|8|org|家|exact|品牌快递企业||
|1.1万人|workers|11000|person|万人|exact|覆盖快递员||
|142件|cases|142|case|件|exact|投诉和求助事项|全年|
|112名|workers|112|person|名|exact|快递员|全年|
|38.6万元|recovered_amount|386000|yuan|万元|exact|被克扣的派费和工资|全年|
|12000份|insured|12000|item|份|exact|意外伤害互助保障||
|17名|relief_recipients|17|person|名|exact|因工受伤的快递员||
|9.3万元|relief_amount|93000|yuan|万元|exact|互助保障金||
|3000份|other|3000|item|份|exact|年货礼包|春节期间|
|3批|activities|3|session|批|exact|疗休养||
|120人|workers|120|person|人|exact|一线快递员||
|230名|workers|230|person|名|exact|参赛选手||
|20名|honours|20|person|名|exact|“最美快递员”||
|6期|training_sessions|6|session|期|exact|学历提升和技能培训班||
|900人|trainees|900|person|人|approx|参训快递员||
招聘会3场|3场|activities|3|session|场|exact|专场招聘会||
|1600余个|jobs|1600|other|个|more_than|就业岗位||
|四成|other|40|percent|成|more_than|年流动率||
|5000人以上|members|5000|person|人|more_than|会员|2024年|
|20个|other|20|other|个|exact|服务站点|2024年|
"""
E_NOTES = [
    "org_level 市 (a city-level industry union federation: 市快递物流行业工会联合会); year 2023; annual. Written to stand as a .docx file.",
    "Heading 五 holds both problems and plan: the problems part starts at the heading, the plan part at the sentence 2024年，我们将力争… (a lead-in inside the paragraph).",
    "6180 = 4230+1290+660: adds up, no flag; the parts are members too.",
    "Service stations (站点24个/86个/20个) → other, unit other (facilities counted by 个). 逾10万人次 → workers (people served), more_than, person_time.",
    "与3家医院合作 → enterprises (units; other is the alternative). 免费体检1200人次 → workers.",
    "为112名快递员追回…38.6万元 → workers + recovered_amount. 意外伤害互助保障12000份 → insured, item. 17名因工受伤 + 互助保障金9.3万元 → relief_recipients + relief_amount (mutual-aid payouts).",
    "疗休养3批120人 → activities 3 (批, session) and workers 120 (疗休养 participants are workers, as in earlier gold). 年货礼包3000份 → other, item.",
    "就业岗位1600余个 → jobs, unit other. 年流动率超过四成 → other 40 more_than percent raw_unit 成 (a turnover rate is not coverage).",
    "Not records: 2023年/2024年, 新就业形态 (no number).",
    "Periods: 今年以来 governs section 一's second sentence; 全年 for the stations; null where no time expression stands in or before the sentence within the paragraph.",
]

F_TITLE = "区教育工会2023年度工作总结"
F_TEXT = """2023年，区教育工会在区教育局党委和区总工会的领导下，团结带领全区教职工，围绕立德树人根本任务，在加强组织建设、推进民主管理、提升教师素养、关心教职工生活等方面做了大量工作。一年来，全区教育系统工会工作呈现出组织健全、活动丰富、保障有力的良好局面。现将主要工作总结如下：
一、加强组织建设
全区共有中小学、幼儿园基层工会78个，教职工会员5946名，入会率99.2%。全年指导12所学校工会完成换届选举。举办为期三天的工会主席培训班，参训工会主席78人。
我们坚持把工会组织建设作为基础性工作来抓，督促学校工会按期换届，健全工会委员会、经费审查委员会和女职工委员会，推动学校工会工作规范化、制度化。
二、推进民主管理
全区学校教代会建制率100%，全年召开教职工代表大会83次，教职工提交提案460余件，立案办理312件。各学校普遍推行校务公开，把学校发展规划、绩效工资分配方案、职称评聘等涉及教职工切身利益的重大事项提交教代会审议，保障了教职工的民主权利。
三、提升教师素养
举办青年教师教学基本功大赛，参赛教师326名，评出一等奖12名、二等奖24名、三等奖36名。举办班主任工作坊等培训5期，培训教师八百余人次。我们还组织开展“书香校园”读书活动和“我的教育故事”征文活动，引导广大教师爱岗敬业、潜心育人，涌现出一大批师德高尚、业务精湛的优秀教师。
四、关心教职工生活
走访慰问困难教职工47人，发放慰问金9.4万元。为全区教职工办理在职职工医疗互助保障5800余人，为29名住院教职工申领互助金17.6万元。全年下拨基层工会经费286万元，组织教职工健康体检，体检率达到百分之百。在教师节、春节等重要节点，我们协调开展教职工慰问活动，并积极组织教职工参加健步走、羽毛球、气排球等文体活动，丰富了教职工的业余文化生活。
五、2024年工作思路
2024年，区教育工会将继续深化“师德师风”建设，评选“师德标兵”10名，组织教职工疗休养600人次，进一步增强教职工的获得感、幸福感。同时，继续做好困难教职工帮扶和教职工医疗互助保障工作，推动学校“教工之家”建设提档升级，力争新建“模范教工之家”3个。"""
F_META = dict(org_level="区", report_type="annual", year=2023)
F_SECTIONS = [
    (1, "一、", 1, "加强组织建设"),
    (1, "二、", 2, "推进民主管理"),
    (1, "三、", 3, "提升教师素养"),
    (1, "四、", 4, "关心教职工生活"),
    (1, "五、", 5, "2024年工作思路"),
]
F_PARTS = [("summary", "2023年，区教育工会在区教育"), ("plan", "五、2024年工作思路")]
F_RECORDS = """
|78个|unions|78|org|个|exact|基层工会||
|5946名|members|5946|person|名|exact|教职工会员||
|99.2%|coverage_rate|99.2|percent|%|exact|入会率||
|12所|unions|12|org|所|exact|学校工会|全年|
|78人|trainees|78|person|人|exact|工会主席|全年|
|100%|coverage_rate|100|percent|%|exact|教代会建制率||
|83次|activities|83|session|次|exact|教职工代表大会|全年|
|460余件|other|460|item|件|more_than|提案|全年|
|312件|other|312|item|件|exact|立案办理的提案|全年|
|326名|workers|326|person|名|exact|参赛教师||
|12名|honours|12|person|名|exact|一等奖||
|24名|honours|24|person|名|exact|二等奖||
|36名|honours|36|person|名|exact|三等奖||
|5期|training_sessions|5|session|期|exact|班主任工作坊等培训||
|八百余人次|trainees|800|person_time|人次|more_than|教师||
|47人|relief_recipients|47|person|人|exact|困难教职工||
|9.4万元|relief_amount|94000|yuan|万元|exact|慰问金||
|5800余人|insured|5800|person|人|more_than|在职职工医疗互助保障||
|29名|relief_recipients|29|person|名|exact|住院教职工||
|17.6万元|relief_amount|176000|yuan|万元|exact|互助金||
|286万元|funds|2860000|yuan|万元|exact|基层工会经费|全年|
|百分之百|coverage_rate|100|percent|百分之|exact|体检率|全年|
|10名|honours|10|person|名|exact|“师德标兵”|2024年|
|600人次|workers|600|person_time|人次|exact|疗休养教职工|2024年|
|3个|honours|3|org|个|exact|“模范教工之家”|2024年|
"""
F_NOTES = [
    "org_level 区 (区教育工会), year 2023, annual. Raw: traditional script with pinyin annotations after every character that the conversion changed (seed-000 style).",
    "Not records: 为期三天 (duration), 一等奖/二等奖/三等奖 (ordinals; the 12名/24名/36名 after them are honours), 2023年/2024年, “师德师风”.",
    "12所学校工会完成换届 → unions (the unions re-elected), unit org, raw_unit 所.",
    "工会主席培训班 with no count → no training_sessions record; 参训工会主席78人 → trainees.",
    "提案460余件 / 立案办理312件 → other, unit item (documents, not cases).",
    "教代会建制率100% and 体检率百分之百 → coverage_rate.",
    "下拨基层工会经费286万元 → funds.", "新建“模范教工之家”3个 (plan) → honours, unit org (a title granted to school unions); other is the alternative.",
    "Periods: 全年 where the sentence says so (and the following sentences of the same paragraph in 一 and 二: 参训78人, 460/312); the 全年 in 四's last sentence governs 286万元 and 百分之百 only; null elsewhere.",
]

G_TITLE = "幸福里社区工会联合会2024年上半年工作总结"
G_TEXT = """今年上半年，幸福里社区工会联合会在街道总工会和社区党委的领导下，以“小三级”工会建设为抓手，把服务职工作为工作的出发点和落脚点。半年来，社区工会联合会坚持小切口、办实事，各项工作稳步推进，得到了辖区职工的普遍认可。现将有关情况总结如下。
①组织建设。社区工会联合会现有会员单位42家，其中小微企业31家、个体工商户11家。对辖区内新开办的餐饮店、美容美发店、便利店等小微企业，我们逐户上门宣传入会政策，做到“开业一家、入会一家”。
上半年新吸纳会员186名，会员总数达到1142名，其中新就业形态劳动者约占五分之一。
②服务阵地。社区职工之家面积约120平方米，配有图书、健身器材等设施。职工之家实行错时开放，工作日晚上和周末照常开放，方便下班后的职工前来阅读、健身、休息。今年还新增了母婴室和职工休息区，进一步提升了阵地服务功能。
上半年接待职工1600余人次。职工可拨打社区工会服务电话85067321或12351热线反映诉求。
③帮扶解困。走访慰问困难职工家庭15户，发放慰问金1.2万元、米面油等物资折合三千多元。对困难职工家庭实行“一户一档”动态管理，社区工会干部每月至少上门走访1次，及时掌握困难职工家庭的生活状况，切实把党和政府的温暖送到职工心坎上。
为4名大病职工申请救助金两万元。
④文体活动。开展“邻里节”“职工读书会”等活动9场次，参与职工逾五百人次。“职工读书会”每月举办一期，已成为社区职工文化活动的品牌。
⑤协调劳动关系。调解劳动纠纷7起，帮助职工追讨工资4.5万元。我们在社区设立劳动争议调解室，聘请退休法官和律师担任兼职调解员，做到小事不出社区、矛盾就地化解。对欠薪等苗头性问题，及时向街道总工会报告，配合有关部门依法处置。
⑥存在不足。社区工会干部均为兼职，精力有限；部分小微企业职工流动频繁，会员管理难度较大。
⑦下半年打算。下半年，社区工会联合会将重点做好以下工作：新吸纳会员100名左右，组织职工技能培训2场，继续办好“职工读书会”。我们将进一步加强与辖区企业的沟通联系，推动更多小微企业和新就业形态劳动者加入工会，努力把社区工会联合会建设成为职工信赖的“职工之家”。"""
G_META = dict(org_level="社区", report_type="half_year", year=2024)
G_SECTIONS = [
    (1, "①", 1, "组织建设"),
    (1, "②", 2, "服务阵地"),
    (1, "③", 3, "帮扶解困"),
    (1, "④", 4, "文体活动"),
    (1, "⑤", 5, "协调劳动关系"),
    (1, "⑥", 6, "存在不足"),
    (1, "⑦", 7, "下半年打算"),
]
G_PARTS = [("summary", "今年上半年，幸福里社区工会"), ("problems", "⑥存在不足"), ("plan", "⑦下半年打算")]
G_RECORDS = """
|42家|enterprises|42|org|家|exact|会员单位|今年上半年|
|31家|enterprises|31|org|家|exact|小微企业|今年上半年|
|11家|enterprises|11|org|家|exact|个体工商户|今年上半年|
|186名|members|186|person|名|exact|会员|上半年|
|1142名|members|1142|person|名|exact|会员|上半年|
|五分之一|share|20|percent|分之|approx|新就业形态劳动者|上半年|
|120平方米|other|120|other|平方米|approx|社区职工之家面积|今年上半年|
|1600余人次|workers|1600|person_time|人次|more_than|接待职工|上半年|
|15户|relief_recipients|15|household|户|exact|困难职工家庭|今年上半年|
|1.2万元|relief_amount|12000|yuan|万元|exact|慰问金|今年上半年|
|三千多元|relief_amount|3000|yuan|元|more_than|米面油等物资|今年上半年|
|4名|relief_recipients|4|person|名|exact|大病职工|今年上半年|
|两万元|relief_amount|20000|yuan|万元|exact|救助金|今年上半年|
|9场次|activities|9|session|场次|exact|“邻里节”“职工读书会”等活动|今年上半年|
|五百人次|workers|500|person_time|人次|more_than|参与职工|今年上半年|
|7起|cases|7|case|起|exact|劳动纠纷|今年上半年|
|4.5万元|recovered_amount|45000|yuan|万元|exact|追讨工资|今年上半年|
|100名左右|members|100|person|名|approx|新吸纳会员|下半年|
|2场|training_sessions|2|session|场|exact|职工技能培训|下半年|
"""
G_NOTES = [
    "Raw: the whole report flattened onto one line (paragraphs joined by a space) inside a UTF-8 page with site furniture. Gold paragraphs: split where the source had paragraph breaks (after sentence ends).",
    "①…⑥ at paragraph starts are headings (run-in: heading = first clause up to 。), depth 1 (the only family).",
    "org_level 社区; half_year; year 2024 from the title.",
    "42家 = 31+11: adds up. 个体工商户 counted as enterprises (employer units).",
    "约占五分之一 → share 20, approx, raw_unit 分之 (a fraction).",
    "Not records: “小三级” (tiers), 85067321 (phone number), 12351 (hotline), 以下工作, 每月至少上门走访1次 and 每月举办一期 (frequencies), “开业一家、入会一家” and “一户一档” (slogans).",
    "120平方米 → other, unit other (area), approx.",
    "三千多元 → relief_amount 3000 more_than (goods' value 折合); 两万元 → relief_amount 20000.",
    "Periods: the opening 今年上半年 governs paragraphs without their own period (null is an alternative); 上半年 where the sentence says so; 下半年 in the plan.",
]

REPORTS = {k: dict(title=globals()[k + "_TITLE"], text=globals()[k + "_TEXT"], meta=globals()[k + "_META"],
                   sections=globals()[k + "_SECTIONS"], parts=globals()[k + "_PARTS"],
                   records=globals()[k + "_RECORDS"], notes=globals()[k + "_NOTES"]) for k in "ABCDEFG"}
