"""Held-out reports 104-106: clean texts and hand annotations (format: see reports_a.py)."""

R104 = dict(
    key="104",
    title="社区工会20XX年工作总结",
    org_level="社区",
    report_type="annual",
    year=None,
    text="""20XX年，我社区工会在街道总工会和社区党委的领导下，立足服务辖区职工群众，以建设“职工之家”为抓手，较好地完成了各项工作任务。全年共召开工会委员会会议12次，研究部署重点工作。
一、主要工作
① 组织建设。社区联合工会现有会员三百二十六名，下设小微企业工会小组十一个，辖区职工入会率达103%。今年新吸纳快递、外卖等新就业形态会员四十八名，会员人数比上年增长17.2%。
② 帮扶救助。春节、中秋期间走访慰问困难职工、空巢老人和残疾职工四十余户，发放慰问金1.86万元、米面油等物资价值3000元。为一名突发重病的环卫工人发动募捐，筹集善款2.3万元。联合辖区药店为40名患慢性病的困难职工免费配送药品，价值约5600元。
③ 文体活动。开展“三八”节插花、“五一”健步走、中秋游园等活动十余场，参与职工群众一千二百余人次。组建职工志愿服务队，队员35人。在“书香社区”读书活动中，评选“书香职工家庭”15户。
④ 维权服务。设立“职工法律服务站”，全年为辖区职工提供法律咨询62人次，协助调解劳资纠纷9起，帮助14名农民工追回工资8.6万元。开展“法律进企业”宣讲活动8场，发放维权手册600余本。
⑤ 职工之家建设。投入资金4.5万元，建成面积约120平方米的职工书屋和健身室，配置图书1500余册、健身器材8台（套），全年接待职工2300余人次。
⑥ 技能提升。联合街道社区学校举办家政服务、电商直播等免费培训班6期，培训辖区职工和失业人员320人，其中87人实现再就业，再就业率27.2%。
二、存在的不足
一是社区工会专职人员只有2名，活动经费主要依靠上级拨付，服务辖区近百家小微企业的力量还显不足；二是部分企业对工会工作重视不够，仅有约三成企业按时足额缴纳工会经费。
三、明年打算
① 力争年内会员人数突破400名。
② 每季度举办职工法律讲座不少于1次。
③ 继续做好困难职工帮扶，实现应帮尽帮。""",
    sections=[
        ("一、", "主要工作", 1, 1),
        ("① ", "组织建设", 2, 1),
        ("② ", "帮扶救助", 2, 2),
        ("③ ", "文体活动", 2, 3),
        ("④ ", "维权服务", 2, 4),
        ("⑤ ", "职工之家建设", 2, 5),
        ("⑥ ", "技能提升", 2, 6),
        ("二、", "存在的不足", 1, 2),
        ("三、", "明年打算", 1, 3),
        ("① ", "力争年内会员人数突破400名", 2, 1),
        ("② ", "每季度举办职工法律讲座不少于1次", 2, 2),
        ("③ ", "继续做好困难职工帮扶，实现应帮尽帮", 2, 3),
    ],
    parts=[("summary", "20XX年，我社区工会在街道"), ("problems", "二、存在的不足"), ("plan", "三、明年打算")],
    records=[
        (None, "12次", "activities", 12, "session", "次", "exact", "工会委员会会议", "全年", []),
        (None, "三百二十六名", "members", 326, "person", "名", "exact", "会员", None, []),
        (None, "十一个", "unions", 11, "org", "个", "exact", "小微企业工会小组", None, []),
        (None, "103%", "coverage_rate", 103, "percent", "%", "exact", "入会率", None, ["implausible_rate"]),
        (None, "四十八名", "members", 48, "person", "名", "exact", "新就业形态会员", "今年", []),
        (None, "17.2%", "other", 17.2, "percent", "%", "exact", "会员人数增长", "比上年", []),
        (None, "四十余户", "relief_recipients", 40, "household", "户", "more_than", "困难职工、空巢老人和残疾职工", "春节、中秋期间", []),
        (None, "1.86万元", "relief_amount", 18600, "yuan", "万元", "exact", "慰问金", "春节、中秋期间", []),
        (None, "3000元", "relief_amount", 3000, "yuan", "元", "exact", "米面油等物资", "春节、中秋期间", []),
        (None, "2.3万元", "funds", 23000, "yuan", "万元", "exact", "善款", None, []),
        (None, "40名", "relief_recipients", 40, "person", "名", "exact", "患慢性病的困难职工", None, []),
        (None, "约5600元", "relief_amount", 5600, "yuan", "元", "approx", "药品", None, []),
        (None, "十余场", "activities", 10, "session", "场", "more_than", "活动", None, []),
        (None, "一千二百余人次", "workers", 1200, "person_time", "人次", "more_than", "职工群众", None, []),
        (None, "35人", "workers", 35, "person", "人", "exact", "队员", None, []),
        (None, "15户", "honours", 15, "household", "户", "exact", "“书香职工家庭”", None, []),
        (None, "62人次", "cases", 62, "person_time", "人次", "exact", "法律咨询", "全年", []),
        (None, "9起", "cases", 9, "case", "起", "exact", "劳资纠纷", "全年", []),
        (None, "14名", "workers", 14, "person", "名", "exact", "农民工", "全年", []),
        (None, "8.6万元", "recovered_amount", 86000, "yuan", "万元", "exact", "工资", "全年", []),
        (None, "8场", "activities", 8, "session", "场", "exact", "“法律进企业”宣讲活动", "全年", []),
        (None, "600余本", "other", 600, "item", "本", "more_than", "维权手册", "全年", []),
        (None, "4.5万元", "funds", 45000, "yuan", "万元", "exact", "投入资金", None, []),
        (None, "约120平方米", "other", 120, "other", "平方米", "approx", "职工书屋和健身室面积", None, []),
        (None, "1500余册", "other", 1500, "item", "册", "more_than", "图书", None, []),
        (None, "8台（套）", "other", 8, "other", "台（套）", "exact", "健身器材", None, []),
        (None, "2300余人次", "workers", 2300, "person_time", "人次", "more_than", "接待职工", "全年", []),
        (None, "6期", "training_sessions", 6, "session", "期", "exact", "免费培训班", None, []),
        (None, "320人", "trainees", 320, "person", "人", "exact", "辖区职工和失业人员", None, []),
        (None, "87人", "jobs", 87, "person", "人", "exact", "实现再就业", None, []),
        (None, "27.2%", "share", 27.2, "percent", "%", "exact", "再就业率", None, []),
        (None, "2名", "workers", 2, "person", "名", "exact", "专职人员", None, []),
        (None, "近百家", "enterprises", 100, "org", "家", "approx", "小微企业", None, []),
        (None, "约三成", "share", 30, "percent", "成", "approx", "按时足额缴纳工会经费的企业", None, []),
        (None, "400名", "members", 400, "person", "名", "more_than", "会员人数", "年内", []),
        (None, "1次", "training_sessions", 1, "session", "次", "more_than", "职工法律讲座", "每季度", []),
    ],
    notes=[
        "Community union (社区工会); year unknown (20XX); annual (year summary with 明年打算). As a stand-alone page the title is 社区工会20XX年工作总结; on the two-report page it is the 篇1 line.",
        "Circled numerals ①–④ are paragraph-initial run-in headings at depth 2 (second family seen); the space after the circled numeral is not part of the heading. They restart under 三、明年打算, where each item is a one-sentence paragraph (heading = the sentence).",
        "Parts: problems at 二、存在的不足, plan at 三、明年打算.",
        "入会率达103% → coverage_rate 103 with implausible_rate (author's error kept as written).",
        "会员人数比上年增长17.2% → other, percent (a growth rate; no taxonomy key fits).",
        "为一名突发重病的环卫工人 → no record (一名 as the article); 筹集善款2.3万元 → funds (money raised by a collection).",
        "物资价值3000元 → relief_amount. 组建职工志愿服务队，队员35人 → workers (people involved).",
        "法律咨询62人次 → cases, person_time (consultations handled; activities/other are alternatives); 帮助14名农民工追回工资 → workers (the people are not relief recipients), 8.6万元 → recovered_amount.",
        "专职人员只有2名 → workers 2 (union staff); 近百家小微企业 → enterprises 100 approx.",
        "Added items: 工会委员会会议12次 → activities; “书香职工家庭”15户 → honours, unit household; 投入资金4.5万元 → funds; 约120平方米 → other (area), unit other, approx; 图书1500余册 → other item more_than; 健身器材8台（套） → other, unit other, raw_unit 台（套）; 接待职工2300余人次 → workers person_time; 培训班6期/320人 → training_sessions/trainees; 87人实现再就业 → jobs (people placed); 再就业率27.2% → share (87/320); 约三成企业按时足额缴纳工会经费 → share 30 approx (not a coverage of organising/joining/signing).",
        "Plan: 突破400名 → members more_than; 每季度…讲座不少于1次 → training_sessions 1 more_than with period 每季度 (ASCII 1 is a count, not the article).",
        "Not records: 20XX年, “三八”, “五一”, 中秋 (names/holidays).",
    ],
)

R105 = dict(
    key="105",
    title="2021年局机关工会工作总结",
    org_level="机关",
    report_type="annual",
    year=2021,
    text="""2021年，局机关工会在局党组和市直机关工会工委的领导下，紧扣庆祝建党100周年主题，围绕中心、服务大局，团结带领全局干部职工较好完成了全年工作任务。现总结如下：
一、突出政治引领，深化职工思想教育
全年召开专题学习会18次，举办“学党史、强信念”读书分享会4场，参加人数达420人次。组织干部职工赴红色教育基地开展现场参观学习2批次，共计96人参加。全年在局门户网站和微信公众号发布工会信息64条。
二、关心干部职工，增强机关凝聚力
（一）落实普惠服务。严格按照规定标准，为全局286名会员发放节日慰问品，支出工会经费57.2万元，人均2000元。
（二）开展送温暖活动。走访慰问生病住院、家庭困难职工及退休老同志31人次，发放慰问金4.65万元；为2名困难职工子女发放助学金6000元。
（三）组织健康体检。联系定点医院为全体干部职工进行健康体检，体检率达百分之百。新增参加职工互助保障会员43人，其中男职工20人、女职工21人，参保率达到95%以上。
（四）关爱女职工。“三八”节期间组织女职工开展插花、茶艺等活动3场，参与人数150余人；为全局118名女职工办理女职工安康互助保障，缴纳保费1.18万元。
三、丰富文体活动，营造健康向上的机关文化
举办第二届机关职工运动会，设置拔河、跳绳、趣味接力等比赛项目9个，全局二十多个处室近300名干部职工参赛，获奖人数约占参赛人数的四分之一。组队参加市直机关气排球比赛，荣获团体第二名。选派12名职工参加市直机关“颂党恩、跟党走”歌咏比赛，获优秀组织奖。
一年来的工作使我们体会到：做好机关工会工作，必须坚持党建带工建，必须坚持把职工满意作为第一标准。年底职工对工会工作满意度测评得分96.3分。
四、下一步工作思路
2022年，机关工会将继续围绕局中心工作，重点抓好三件事：一是开展职工读书月活动；二是办好第三届机关职工运动会；三是推进“职工小家”建设，年内建成3个。""",
    sections=[
        ("一、", "突出政治引领，深化职工思想教育", 1, 1),
        ("二、", "关心干部职工，增强机关凝聚力", 1, 2),
        ("（一）", "落实普惠服务", 2, 1),
        ("（二）", "开展送温暖活动", 2, 2),
        ("（三）", "组织健康体检", 2, 3),
        ("（四）", "关爱女职工", 2, 4),
        ("三、", "丰富文体活动，营造健康向上的机关文化", 1, 3),
        ("四、", "下一步工作思路", 1, 4),
    ],
    parts=[("summary", "2021年，局机关工会在局党组"), ("experience", "一年来的工作使我们体会到"), ("plan", "四、下一步工作思路")],
    records=[
        (None, "18次", "activities", 18, "session", "次", "exact", "专题学习会", "全年", []),
        (None, "4场", "activities", 4, "session", "场", "exact", "读书分享会", "全年", []),
        (None, "420人次", "workers", 420, "person_time", "人次", "exact", "参加人数", "全年", []),
        (None, "2批次", "activities", 2, "session", "批次", "exact", "现场参观学习", None, []),
        (None, "96人", "workers", 96, "person", "人", "exact", "干部职工", None, []),
        (None, "64条", "other", 64, "item", "条", "exact", "工会信息", "全年", []),
        (None, "286名", "members", 286, "person", "名", "exact", "会员", None, []),
        (None, "57.2万元", "funds", 572000, "yuan", "万元", "exact", "工会经费", None, []),
        (None, "2000元", "funds", 2000, "yuan", "元", "exact", "人均", None, []),
        (None, "31人次", "relief_recipients", 31, "person_time", "人次", "exact", "生病住院、家庭困难职工及退休老同志", None, []),
        (None, "4.65万元", "relief_amount", 46500, "yuan", "万元", "exact", "慰问金", None, []),
        ("为2名", "2名", "relief_recipients", 2, "person", "名", "exact", "困难职工子女", None, []),
        (None, "6000元", "relief_amount", 6000, "yuan", "元", "exact", "助学金", None, []),
        (None, "百分之百", "coverage_rate", 100, "percent", "百分之", "exact", "体检率", None, []),
        (None, "43人", "insured", 43, "person", "人", "exact", "职工互助保障会员", None, ["sum_mismatch"]),
        ("男职工20人", "20人", "insured", 20, "person", "人", "exact", "男职工", None, []),
        (None, "21人", "insured", 21, "person", "人", "exact", "女职工", None, []),
        (None, "95%以上", "coverage_rate", 95, "percent", "%", "more_than", "参保率", None, []),
        ("茶艺等活动3场", "3场", "activities", 3, "session", "场", "exact", "插花、茶艺等活动", "“三八”节期间", []),
        (None, "150余人", "workers", 150, "person", "人", "more_than", "女职工", "“三八”节期间", []),
        (None, "118名", "insured", 118, "person", "名", "exact", "女职工", None, []),
        (None, "1.18万元", "funds", 11800, "yuan", "万元", "exact", "保费", None, []),
        (None, "9个", "activities", 9, "other", "个", "exact", "比赛项目", None, []),
        (None, "二十多个", "enterprises", 20, "org", "个", "more_than", "处室", None, []),
        (None, "近300名", "workers", 300, "person", "名", "approx", "干部职工", None, []),
        (None, "四分之一", "share", 25, "percent", "分之", "approx", "获奖人数", None, []),
        (None, "12名", "workers", 12, "person", "名", "exact", "职工", None, []),
        (None, "96.3分", "other", 96.3, "other", "分", "exact", "满意度测评得分", "年底", []),
        (None, "3个", "other", 3, "other", "个", "exact", "“职工小家”", "年内", []),
    ],
    notes=[
        "Government-office union (局机关工会 → 机关); year 2021; annual. Title 2021年局机关工会工作总结.",
        "Headings: 一、 depth 1 own-line; （一）–（三） under 二、 run-in at depth 2. 四、下一步工作思路 opens the plan part.",
        "建党100周年 is an anniversary name, not a record (like 十八大); 第二届, 第三届, 团体第二名 are ordinals; 三件事 and 一是/二是/三是 are list counts/markers.",
        "专题学习会18次, 读书分享会4场, 现场参观学习2批次 → activities, session (批次 read as 批). 参加人数420人次 and 共计96人参加 → workers.",
        "Festival gifts for all 286 members are not hardship relief: 支出工会经费57.2万元 and 人均2000元 → funds (286 × 2000 = 572000).",
        "走访慰问…31人次 → relief_recipients person_time; 2名困难职工子女 → relief_recipients.",
        "体检率达百分之百 → coverage_rate 100, raw_unit 百分之; 参保率达到95%以上 → coverage_rate more_than.",
        "新增参加职工互助保障会员43人，其中男职工20人、女职工21人: all three insured; 20+21=41≠43, so the total carries sum_mismatch.",
        "比赛项目9个 → activities, unit other (个 for events); 二十多个处室 → enterprises (participating units), org, more_than — other is the alternative; 近300名 → workers approx; 约占…的四分之一 → share 25 approx.",
        "Added: 发布工会信息64条 → other item; （四）活动3场/150余人 → activities/workers with period “三八”节期间; 118名女职工办理安康互助保障 → insured; 缴纳保费1.18万元 → funds (缴费); 选派12名职工参加歌咏比赛 → workers; 优秀组织奖 not a record.",
        "Part experience starts at the lead-in 一年来的工作使我们体会到 (a paragraph inside section 三、 without a marker; the section path stays 丰富文体活动…). 满意度测评得分96.3分 → other, unit other (raw 分), period 年底.",
        "Plan: 年内建成3个“职工小家” → other, unit other, period 年内; 2022年 is a date.",
    ],
)

R106 = dict(
    key="106",
    title="街道总工会2023年工作总结",
    org_level="街道",
    report_type="annual",
    year=2023,
    text="""2023年，街道总工会在街道党工委和区总工会的领导下，围绕“服务职工、服务发展”工作主线，各项工作取得新进展。全年召开总工会委员会议4次，街道党工委专题听取工会工作汇报2次。
一、加强基层组织建设
全年新建非公企业工会8家、联合工会2个，新增会员860人，辖区25人以上非公企业建会率达95%，楼宇、商圈等新就业形态劳动者入会率达到了88.5%。开展“百日建会”攻坚行动，走访企业120余家，发放宣传资料3000余份，为新入会会员制发会员卡860张。
二、推进集体协商
指导辖区企业开展工资集体协商，签订区域性工资集体协议6份，覆盖企业三十多家、职工两千余人，其中女职工约占四成。指导11家企业召开职工代表大会，职代会建制率达91.7%。全年接待职工来信来访21件次，办结率100%。
三、做好帮扶救助
以“两节”送温暖为重点，慰问困难职工和一线职工共计150人，发放慰问金及物资19.2万元，其中困难职工62人，慰问金7.44万元；联合辖区爱心企业开展“爱心助学”活动，为21名困难学生每人发放助学金2000元，共计4.2万元。推动辖区42家企业为职工购买互助保障，参保职工达3,650人，参保率提高了6.5个百分点。入夏以来，依托“职工驿站”为环卫工人、快递小哥等户外劳动者送去防暑降温物品价值1.5万元，惠及800余人。
四、开展文化活动
组织辖区职工参加区第五届职工运动会，获得拔河比赛三等奖；举办“职工读书月”“趣味运动会”等活动6场，参与职工近千人。组建职工篮球、羽毛球等兴趣小组5个，参加职工240余名。
五、存在的不足和2024年打算
目前辖区仍有部分小微企业未建会，服务新就业形态劳动者的手段不多；工会干部多为兼职，兼职比例在八成以上。2024年，街道总工会将力争新建工会10家，新发展会员1000人以上，新建户外劳动者服务站点3个，力争职工入会率达到90%以上，开展劳动技能竞赛不少于3场。""",
    sections=[
        ("一、", "加强基层组织建设", 1, 1),
        ("二、", "推进集体协商", 1, 2),
        ("三、", "做好帮扶救助", 1, 3),
        ("四、", "开展文化活动", 1, 4),
        ("五、", "存在的不足和2024年打算", 1, 5),
    ],
    parts=[("summary", "2023年，街道总工会在街道"), ("problems", "五、存在的不足和2024年打算"), ("plan", "2024年，街道总工会将力争")],
    records=[
        (None, "4次", "activities", 4, "session", "次", "exact", "总工会委员会议", "全年", []),
        (None, "2次", "activities", 2, "session", "次", "exact", "专题听取工会工作汇报", "全年", []),
        (None, "8家", "unions", 8, "org", "家", "exact", "非公企业工会", "全年", []),
        (None, "2个", "unions", 2, "org", "个", "exact", "联合工会", "全年", []),
        (None, "860人", "members", 860, "person", "人", "exact", "会员", "全年", []),
        (None, "95%", "coverage_rate", 95, "percent", "%", "exact", "建会率", "全年", []),
        (None, "88.5%", "coverage_rate", 88.5, "percent", "%", "exact", "新就业形态劳动者入会率", "全年", []),
        (None, "120余家", "enterprises", 120, "org", "家", "more_than", "走访企业", "全年", []),
        (None, "3000余份", "other", 3000, "item", "份", "more_than", "宣传资料", "全年", []),
        (None, "860张", "other", 860, "item", "张", "exact", "会员卡", "全年", []),
        (None, "6份", "contracts", 6, "item", "份", "exact", "区域性工资集体协议", None, []),
        (None, "三十多家", "enterprises", 30, "org", "家", "more_than", "覆盖企业", None, []),
        (None, "两千余人", "workers", 2000, "person", "人", "more_than", "职工", None, []),
        (None, "四成", "share", 40, "percent", "成", "approx", "女职工", None, []),
        (None, "11家", "enterprises", 11, "org", "家", "exact", "企业", None, []),
        (None, "91.7%", "coverage_rate", 91.7, "percent", "%", "exact", "职代会建制率", None, []),
        (None, "21件次", "cases", 21, "case", "件次", "exact", "职工来信来访", "全年", []),
        (None, "100%", "completion_rate", 100, "percent", "%", "exact", "办结率", "全年", []),
        (None, "150人", "relief_recipients", 150, "person", "人", "exact", "困难职工和一线职工", "“两节”", []),
        (None, "19.2万元", "relief_amount", 192000, "yuan", "万元", "exact", "慰问金及物资", "“两节”", []),
        (None, "62人", "relief_recipients", 62, "person", "人", "exact", "困难职工", "“两节”", []),
        (None, "7.44万元", "relief_amount", 74400, "yuan", "万元", "exact", "慰问金", "“两节”", []),
        (None, "21名", "relief_recipients", 21, "person", "名", "exact", "困难学生", None, []),
        ("每人发放助学金2000元", "2000元", "relief_amount", 2000, "yuan", "元", "exact", "助学金", None, []),
        (None, "4.2万元", "relief_amount", 42000, "yuan", "万元", "exact", "助学金", None, []),
        (None, "42家", "enterprises", 42, "org", "家", "exact", "辖区企业", None, []),
        (None, "3,650人", "insured", 3650, "person", "人", "exact", "参保职工", None, []),
        (None, "6.5个百分点", "coverage_rate", 6.5, "percent", "个百分点", "exact", "参保率", None, []),
        (None, "1.5万元", "relief_amount", 15000, "yuan", "万元", "exact", "防暑降温物品", "入夏以来", []),
        (None, "800余人", "relief_recipients", 800, "person", "人", "more_than", "户外劳动者", "入夏以来", []),
        (None, "6场", "activities", 6, "session", "场", "exact", "活动", None, []),
        (None, "近千人", "workers", 1000, "person", "人", "approx", "参与职工", None, []),
        ("小组5个", "5个", "other", 5, "org", "个", "exact", "兴趣小组", None, []),
        (None, "240余名", "workers", 240, "person", "名", "more_than", "参加职工", None, []),
        (None, "八成以上", "share", 80, "percent", "成", "more_than", "兼职比例", None, []),
        (None, "10家", "unions", 10, "org", "家", "exact", "工会", "2024年", []),
        (None, "1000人以上", "members", 1000, "person", "人", "more_than", "会员", "2024年", []),
        ("站点3个", "3个", "other", 3, "other", "个", "exact", "户外劳动者服务站点", "2024年", []),
        ("90%以上", "90%以上", "coverage_rate", 90, "percent", "%", "more_than", "入会率", "2024年", []),
        ("不少于3场", "3场", "activities", 3, "session", "场", "more_than", "劳动技能竞赛", "2024年", []),
    ],
    notes=[
        "Street federation (街道总工会); year 2023; annual. The source is flattened onto one line; the text is split into paragraphs at the spaces that follow a sentence end or a heading.",
        "Headings 一、…五、 are followed by a space in the source → own-line headings at depth 1, no sub-headings.",
        "Section 五、存在的不足和2024年打算 mixes two parts: problems from its heading, plan from the lead-in sentence 2024年，街道总工会将力争… (the plan figures keep section 存在的不足和2024年打算).",
        "25人以上非公企业 is a size class, not a record. 第五届, 三等奖, “两节”, “职工读书月” are not records.",
        "“两节”送温暖 governs the relief figures of its sentence as period (holiday season); a different reading leaves it null.",
        "其中女职工约占四成 → share 40 approx (raw_unit 成). 共计150人 … 其中困难职工62人 and 19.2万元 … 其中7.44万元 are subsets, not sums: no sum_mismatch.",
        "21名 × 每人2000元 = 共计4.2万元: three records (per-head 2000 and total 42000 both relief_amount).",
        "Added: 委员会议4次/听取汇报2次 → activities (meetings); “百日建会” is a campaign name (not a record); 走访企业120余家 → enterprises; 宣传资料3000余份 → other item; 来信来访21件次 → cases (raw 件次); 办结率100% → completion_rate; 42家企业 → enterprises; 参保职工3,650人 → insured; 参保率提高了6.5个百分点 → coverage_rate 6.5 (a change, raw 个百分点); 防暑降温物品价值1.5万元/惠及800余人 → relief_amount/relief_recipients (as the seed gold does for 高温慰问), period 入夏以来.",
        "Plan: 新建工会10家 → unions; 1000人以上 → members more_than; 服务站点3个 → other, unit other.",
        "Page furniture in the raw file (not text): navigation line, 咨询电话 line, 上一篇/下一篇.",
    ],
)
