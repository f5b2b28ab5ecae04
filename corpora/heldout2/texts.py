"""Hand-written reports of the second held-out set, with their hand annotation.

Each report: title, metadata, the normalised text (one paragraph a line), the
headings (depth, marker, number, heading), the part lead-ins, and the figure
records in document order as
(mention, metric, value, unit, raw_unit, qualifier, subject, period, flags).
build.py turns these into gold JSON (offsets by str.find, searched forward from the
previous record) and into damaged raw files. Written before reportmine was run on them.
"""

A = dict(
    title="省总工会女职工委员会2023年工作总结",
    org_level="省", report_type="annual", year=2023,
    text="""2023年，省总工会女职工委员会在省总工会党组和全国总工会女职工委员会的领导下，深入学习贯彻党的二十大精神和中国工会第十八次全国代表大会精神，围绕“建功新时代、巾帼展风采”主题，团结引领全省广大女职工在高质量发展中建功立业，较好完成了全年各项目标任务。现将一年来的工作总结如下：
一、夯实组织基础，女职工组织覆盖面持续扩大
坚持工会组织与女职工组织同步组建、同步换届、同步开展工作，全年新建女职工组织1260个，全省女职工组织总数达到3.86万个，覆盖女职工312.5万人，女职工组织覆盖率达到93.4%。在新就业形态劳动者集中的快递、网约配送、家政服务等行业，推动建立行业女职工委员会二十余个，吸纳女性新就业形态劳动者入会1.2万多名。指导14个市州总工会全部完成女职工委员会换届工作，女职工委员会主任由同级工会女性副主席担任的比例达到百分之八十五。
二、深化建功立业，激发女职工创新创造活力
以“巾帼建功”劳动和技能竞赛为载体，全省共有4300多家企业、58万名女职工参加各类竞赛。举办全省女职工职业技能大赛，设家政服务员、育婴员、茶艺师等比赛工种，参赛选手近600人。推荐评选全国五一巾帼标兵岗5个、全国五一巾帼标兵12名，命名省级“巾帼建功标兵”120名。创建省级女职工创新工作室36个，取得创新成果260项，创造经济效益约1.3亿元。
三、聚焦权益维护，推动女职工特殊保护落地见效
推进女职工权益保护专项集体合同全覆盖，全省已签订女职工权益保护专项集体合同2.1万份，覆盖企业4.7万家，签订率达86%以上。开展“女职工权益保护宣传月”活动，发放《女职工劳动保护特别规定》宣传资料十二万份，举办法律知识讲座460余场，受益女职工19万人次。新建、提升“爱心妈咪小屋”850个，全省累计达到6200个，其中省级示范点300个，占4.8%。全年受理女职工来信来访及12351热线投诉213件，办结率达98.1%。
四、突出关爱服务，用心用情为女职工办实事
持续推进女职工安康互助保障活动，全年参保女职工56.3万人，为4128名患病女职工给付保障金3260万元。开展“两癌”免费筛查，惠及女职工8.6万人。“三八”节和春节期间，各级工会女职委走访慰问困难女职工、单亲困难母亲6200户，发放慰问金和物资折合930万元。联合省妇联开展“春蕾助学”活动，资助困难女职工子女1150名，发放助学金三百四十五万元。
五、加强自身建设，提升女职工工作能力水平
举办全省女职工工作干部培训班3期，培训市县两级女职委主任、基层女职工干部580人次；开展线上培训12场，参训人员超过2.3万人次。围绕女职工队伍状况开展专题调研，形成调研报告9篇，其中2篇获省领导批示。
2024年，省总工会女职工委员会将以服务女职工为中心，力争全年新建女职工组织1000个以上，女职工权益保护专项集体合同签订率稳定在90%左右，新建“爱心妈咪小屋”500个，为女职工办好一批暖心实事。""",
    sections=[
        (1, "一、", 1, "夯实组织基础，女职工组织覆盖面持续扩大"),
        (1, "二、", 2, "深化建功立业，激发女职工创新创造活力"),
        (1, "三、", 3, "聚焦权益维护，推动女职工特殊保护落地见效"),
        (1, "四、", 4, "突出关爱服务，用心用情为女职工办实事"),
        (1, "五、", 5, "加强自身建设，提升女职工工作能力水平"),
    ],
    parts=[("summary", "2023年，省总工会女职工委员会在"), ("plan", "2024年，省总工会女职工委员会将")],
    records=[
        ("1260个", "unions", 1260, "org", "个", "exact", "女职工组织", "全年", []),
        ("3.86万个", "unions", 38600, "org", "个", "exact", "女职工组织", "全年", []),
        ("312.5万人", "workers", 3125000, "person", "人", "exact", "覆盖女职工", "全年", []),
        ("93.4%", "coverage_rate", 93.4, "percent", "%", "exact", "女职工组织覆盖率", "全年", []),
        ("二十余个", "unions", 20, "org", "个", "more_than", "行业女职工委员会", None, []),
        ("1.2万多名", "members", 12000, "person", "名", "more_than", "女性新就业形态劳动者", None, []),
        ("14个", "unions", 14, "org", "个", "exact", "市州总工会", None, []),
        ("百分之八十五", "share", 85, "percent", "百分之", "exact", "女性副主席担任女职委主任的比例", None, []),
        ("4300多家", "enterprises", 4300, "org", "家", "more_than", "企业", None, []),
        ("58万名", "workers", 580000, "person", "名", "exact", "女职工", None, []),
        ("600人", "workers", 600, "person", "人", "approx", "参赛选手", None, []),
        ("5个", "honours", 5, "org", "个", "exact", "全国五一巾帼标兵岗", None, []),
        ("12名", "honours", 12, "person", "名", "exact", "全国五一巾帼标兵", None, []),
        ("120名", "honours", 120, "person", "名", "exact", "巾帼建功标兵", None, []),
        ("36个", "other", 36, "other", "个", "exact", "女职工创新工作室", None, []),
        ("260项", "other", 260, "item", "项", "exact", "创新成果", None, []),
        ("1.3亿元", "funds", 130000000, "yuan", "亿元", "approx", "经济效益", None, []),
        ("2.1万份", "contracts", 21000, "item", "份", "exact", "女职工权益保护专项集体合同", None, []),
        ("4.7万家", "enterprises", 47000, "org", "家", "exact", "覆盖企业", None, []),
        ("86%以上", "coverage_rate", 86, "percent", "%", "more_than", "签订率", None, []),
        ("十二万份", "other", 120000, "item", "份", "exact", "宣传资料", None, []),
        ("460余场", "training_sessions", 460, "session", "场", "more_than", "法律知识讲座", None, []),
        ("19万人次", "trainees", 190000, "person_time", "人次", "exact", "受益女职工", None, []),
        ("850个", "other", 850, "other", "个", "exact", "爱心妈咪小屋", None, []),
        ("6200个", "other", 6200, "other", "个", "exact", "爱心妈咪小屋", None, []),
        ("300个", "other", 300, "other", "个", "exact", "省级示范点", None, []),
        ("4.8%", "share", 4.8, "percent", "%", "exact", "省级示范点", None, []),
        ("213件", "cases", 213, "case", "件", "exact", "来信来访及热线投诉", "全年", []),
        ("98.1%", "completion_rate", 98.1, "percent", "%", "exact", "办结率", "全年", []),
        ("56.3万人", "insured", 563000, "person", "人", "exact", "参保女职工", "全年", []),
        ("4128名", "relief_recipients", 4128, "person", "名", "exact", "患病女职工", "全年", []),
        ("3260万元", "relief_amount", 32600000, "yuan", "万元", "exact", "保障金", "全年", []),
        ("8.6万人", "workers", 86000, "person", "人", "exact", "女职工", "全年", []),
        ("6200户", "relief_recipients", 6200, "household", "户", "exact", "困难女职工、单亲困难母亲", "“三八”节和春节期间", []),
        ("930万元", "relief_amount", 9300000, "yuan", "万元", "exact", "慰问金和物资", "“三八”节和春节期间", []),
        ("1150名", "relief_recipients", 1150, "person", "名", "exact", "困难女职工子女", "“三八”节和春节期间", []),
        ("三百四十五万元", "relief_amount", 3450000, "yuan", "万元", "exact", "助学金", "“三八”节和春节期间", []),
        ("3期", "training_sessions", 3, "session", "期", "exact", "女职工工作干部培训班", None, []),
        ("580人次", "trainees", 580, "person_time", "人次", "exact", "女职委主任、基层女职工干部", None, []),
        ("12场", "training_sessions", 12, "session", "场", "exact", "线上培训", None, []),
        ("2.3万人次", "trainees", 23000, "person_time", "人次", "more_than", "参训人员", None, []),
        ("9篇", "other", 9, "item", "篇", "exact", "调研报告", None, []),
        ("2篇", "other", 2, "item", "篇", "exact", "调研报告", None, []),
        ("1000个以上", "unions", 1000, "org", "个", "more_than", "女职工组织", "2024年", []),
        ("90%左右", "coverage_rate", 90, "percent", "%", "approx", "签订率", "2024年", []),
        ("500个", "other", 500, "other", "个", "exact", "爱心妈咪小屋", "2024年", []),
    ],
    notes=[
        "Raw file is GBK bytes with half-width , ; : ( ) and site furniture (breadcrumb, 来源/作者/浏览 line, 上一篇/下一篇, 相关推荐, copyright); all removed, punctuation made full-width.",
        "Mentions exclude a leading qualifier (近600人 -> 600人, 超过2.3万人次 -> 2.3万人次, 约1.3亿元 -> 1.3亿元) and include a trailing one (86%以上, 1000个以上, 90%左右), as in the seeds' gold (96%以上).",
        "Not records: 2023年, 2024年, 二十大, 第十八次全国代表大会, 12351热线, “两癌”, “三八”, 市县两级, 一批 (article-like 'a batch').",
        "女职委主任由女性副主席担任的比例…百分之八十五 -> share (a part of the whole set of chairs), not coverage_rate.",
        "办结率98.1% -> completion_rate (cases concluded of those received); share is the alternative.",
        "巾帼标兵岗5个 -> honours, unit org (a 标兵岗 is a collective/work post); other is the alternative unit. 创新工作室36个 and 爱心妈咪小屋 counts -> other/other (facilities, not organisations).",
        "创造经济效益约1.3亿元 -> funds (any other money); no better key exists.",
        "受益女职工19万人次 (law lectures) -> trainees; 两癌筛查 惠及女职工8.6万人 -> workers (as the seeds' 妇女病普查 ruling).",
        "省级示范点300个，占4.8%: 300/6200 = 4.84%, consistent.",
        "An unmarked part lead-in (the plan paragraph) ends the preceding section: its records have section \"\" (a different reading would keep them under the last heading).",
        "Plan part: the closing 2024年 paragraph with targets (1000个以上, 90%左右, 500个); period 2024年.",
        "org_level 省 (省总工会女职工委员会); report_type annual; year 2023.",
    ],
)

B = dict(
    title="镇总工会2022年工作总结",
    org_level="乡镇", report_type="annual", year=2022,
    text="""2022年，镇总工会在镇党委和县总工会的领导下，紧紧围绕全镇中心工作，以建设职工之家为抓手，扎实推进工会组织建设、维权帮扶和职工素质提升等各项工作，较好地完成了县总工会下达的目标任务。现将全年工作总结如下：
1、抓组建扩覆盖，基层组织不断壮大
全镇现有各类企业一百二十六家，其中百人以上企业十一家。今年镇总工会采取“一企一策”的办法，逐家上门宣传《工会法》，新建企业工会8家、村（社区）工会联合会3个，新发展会员六百五十二名，其中农民工四百余名。目前全镇已建工会组织的企业达到一百一十家，建会率达87.3%，职工入会率达92%。一是健全工作制度，全镇58个基层工会全部建立了会员花名册和经费收支台账；二是规范换届选举，指导9家企业工会按期完成换届。
2、抓维权促和谐，劳动关系总体稳定
全面推行集体协商制度，全镇签订集体合同的企业达到95家，签订率为86.4%，其中签订工资专项集体合同的企业42家，覆盖职工五千三百多人。镇劳动争议调解委员会全年受理劳动争议十七件，调解成功十五件，调解成功率达88.2%；配合劳动监察部门为七十余名农民工追讨欠薪一百二十多万元。组织开展安全生产“安康杯”竞赛，参赛企业三十余家，参赛职工两千多名。
3、抓帮扶送温暖，职工群众得到实惠
元旦春节期间，镇总工会筹集资金十二万元，走访慰问困难职工、困难农民工共计86户，其中建档困难职工38户、困难农民工48户，每户发放慰问金500至1000元不等。夏季高温期间，为全镇一线职工和环卫工人送去价值约两万元的防暑降温物品。金秋助学期间，为考入大学的13名困难职工子女每人发放助学金2000元，合计2.6万元。
4、抓培训提素质，职工队伍建设不断加强
与镇成人学校联合举办电工、焊工、家政等技能培训班五期，为期两天的工会干部培训班一期，共培训职工和工会干部三百二十人次，其中二十六名职工取得了职业资格证书。组织职工参加县“技能比武”，获得二等奖两个。
2023年，镇总工会将重点抓好以下三个方面工作：
1、继续加大组建力度。力争新建企业工会5家，新发展会员300名以上，建会率达到90%以上。
2、深化集体协商。年内集体合同签订率稳定在85%以上，新签订工资专项集体合同企业10家。
3、做实帮扶工作。完善困难职工档案，确保困难职工帮扶率达到百分之百。""",
    sections=[
        (1, "1、", 1, "抓组建扩覆盖，基层组织不断壮大"),
        (1, "2、", 2, "抓维权促和谐，劳动关系总体稳定"),
        (1, "3、", 3, "抓帮扶送温暖，职工群众得到实惠"),
        (1, "4、", 4, "抓培训提素质，职工队伍建设不断加强"),
        (1, "1、", 1, "继续加大组建力度"),
        (1, "2、", 2, "深化集体协商"),
        (1, "3、", 3, "做实帮扶工作"),
    ],
    parts=[("summary", "2022年，镇总工会在镇党委"), ("plan", "2023年，镇总工会将重点抓好")],
    records=[
        ("一百二十六家", "enterprises", 126, "org", "家", "exact", "企业", None, []),
        ("十一家", "enterprises", 11, "org", "家", "exact", "百人以上企业", None, []),
        ("8家", "unions", 8, "org", "家", "exact", "企业工会", "今年", []),
        ("3个", "unions", 3, "org", "个", "exact", "村（社区）工会联合会", "今年", []),
        ("六百五十二名", "members", 652, "person", "名", "exact", "会员", "今年", []),
        ("四百余名", "members", 400, "person", "名", "more_than", "农民工", "今年", []),
        ("一百一十家", "enterprises", 110, "org", "家", "exact", "已建工会组织的企业", "目前", []),
        ("87.3%", "coverage_rate", 87.3, "percent", "%", "exact", "建会率", "目前", []),
        ("92%", "coverage_rate", 92, "percent", "%", "exact", "职工入会率", "目前", []),
        ("58个", "unions", 58, "org", "个", "exact", "基层工会", "目前", []),
        ("9家", "unions", 9, "org", "家", "exact", "企业工会", "目前", []),
        ("95家", "contracts", 95, "org", "家", "exact", "签订集体合同的企业", None, []),
        ("86.4%", "coverage_rate", 86.4, "percent", "%", "exact", "签订率", None, []),
        ("42家", "contracts", 42, "org", "家", "exact", "签订工资专项集体合同的企业", None, []),
        ("五千三百多人", "workers", 5300, "person", "人", "more_than", "覆盖职工", None, []),
        ("十七件", "cases", 17, "case", "件", "exact", "劳动争议", "全年", []),
        ("十五件", "cases", 15, "case", "件", "exact", "调解成功", "全年", []),
        ("88.2%", "share", 88.2, "percent", "%", "exact", "调解成功率", "全年", []),
        ("七十余名", "workers", 70, "person", "名", "more_than", "农民工", "全年", []),
        ("一百二十多万元", "recovered_amount", 1200000, "yuan", "万元", "more_than", "欠薪", "全年", []),
        ("三十余家", "enterprises", 30, "org", "家", "more_than", "参赛企业", "全年", []),
        ("两千多名", "workers", 2000, "person", "名", "more_than", "参赛职工", "全年", []),
        ("十二万元", "funds", 120000, "yuan", "万元", "exact", "筹集资金", "元旦春节期间", []),
        ("86户", "relief_recipients", 86, "household", "户", "exact", "困难职工、困难农民工", "元旦春节期间", []),
        ("38户", "relief_recipients", 38, "household", "户", "exact", "建档困难职工", "元旦春节期间", []),
        ("48户", "relief_recipients", 48, "household", "户", "exact", "困难农民工", "元旦春节期间", []),
        ("500至1000元", "relief_amount", 500, "yuan", "元", "more_than", "慰问金", "元旦春节期间", []),
        ("两万元", "relief_amount", 20000, "yuan", "万元", "approx", "防暑降温物品", "夏季高温期间", []),
        ("13名", "relief_recipients", 13, "person", "名", "exact", "困难职工子女", "金秋助学期间", []),
        ("2000元", "relief_amount", 2000, "yuan", "元", "exact", "助学金", "金秋助学期间", []),
        ("2.6万元", "relief_amount", 26000, "yuan", "万元", "exact", "助学金", "金秋助学期间", []),
        ("五期", "training_sessions", 5, "session", "期", "exact", "技能培训班", None, []),
        ("一期", "training_sessions", 1, "session", "期", "exact", "工会干部培训班", None, []),
        ("三百二十人次", "trainees", 320, "person_time", "人次", "exact", "职工和工会干部", None, []),
        ("二十六名", "trainees", 26, "person", "名", "exact", "取得职业资格证书的职工", None, []),
        ("两个", "honours", 2, "other", "个", "exact", "二等奖", None, []),
        ("5家", "unions", 5, "org", "家", "exact", "企业工会", "2023年", []),
        ("300名以上", "members", 300, "person", "名", "more_than", "会员", "2023年", []),
        ("90%以上", "coverage_rate", 90, "percent", "%", "more_than", "建会率", "2023年", []),
        ("85%以上", "coverage_rate", 85, "percent", "%", "more_than", "集体合同签订率", "年内", []),
        ("10家", "contracts", 10, "org", "家", "exact", "新签订工资专项集体合同企业", "年内", []),
        ("百分之百", "coverage_rate", 100, "percent", "百分之", "exact", "困难职工帮扶率", "2023年", []),
    ],
    notes=[
        "Raw file: a document-site page (下载文档, ID, 大小, 页数, 温馨提示 lines, 第4页 共4页 footer) whose body is one line: title, then paragraphs joined by a space; half-width , ; : ( ) in the body. Paragraphs are restored at the spaces; the title is the report's own title at the head of the body line.",
        "Sections: the first marker family is 1、, so 1、 headings are depth 1. Summary 1、-4、 are line headings; the plan's 1、-3、 restart the sequence and are run-in (heading up to the first 。).",
        "An unmarked part lead-in (the plan paragraph) ends the preceding section: its records have section \"\" (a different reading would keep them under the last heading).",
        "Part plan starts at the lead-in 2023年，镇总工会将重点抓好以下三个方面工作 (an unmarked paragraph); 三个方面 counts the list, not a record.",
        "一是/二是 inside section 1 are list items, not headings.",
        "Not records: 2022年, 2023年, 百人以上企业 (size class; but the 十一家 that counts such enterprises is a record), 一企一策, 为期两天 (duration), 二等奖 (ordinal; the 两个 after it is the count of prizes -> honours, unit other).",
        "为期两天的工会干部培训班一期: 一期 stands after its noun as a counted quantity (one class), so it is recorded (training_sessions 1); a different reading would treat it as the article 'a'.",
        "其中农民工四百余名 -> members (a subset of the new members), not share. 七十余名农民工 (wages recovered for them) -> workers.",
        "调解成功率88.2% -> share (15 of the 17 disputes; 15/17 = 88.2%); completion_rate is the alternative.",
        "每户发放慰问金500至1000元不等: a range is one record with the lower bound as value and qualifier more_than, mention the whole range; a different reading would give two records (500, 1000).",
        "筹集资金十二万元 -> funds (collection), per the ruling; the 86户 (= 38 + 48) sum is consistent, no flag. 13名 x 2000元 = 2.6万元, consistent.",
        "二十六名职工取得了职业资格证书 -> trainees (a subset of those trained); honours is the alternative.",
        "Periods: 今年 / 目前 / 全年 carried within the paragraph; plan figures take 2023年 from the plan lead-in, 年内 where written.",
        "org_level 乡镇 (镇总工会); report_type annual; year 2022.",
    ],
)

C = dict(
    title="XX能源集团有限公司工会2023年工作报告",
    org_level="企业", report_type="annual", year=2023,
    text="""2023年，集团公司工会在集团公司党委和省总工会、省能源化学地质工会的坚强领导下，坚持以职工为中心的工作导向，围绕集团“十四五”发展规划和年度生产经营目标，团结动员广大职工建功立业，各项工作取得新成效。现将主要工作报告如下：
一、2023年主要工作
（一）围绕中心服务大局，劳动竞赛成效明显
（1）深化劳动竞赛。全年组织开展“安全生产百日攻坚”“提质增效”等集团级劳动竞赛6项，参赛班组1460个，参赛职工3.2万人次，投入竞赛奖励资金860万元。
（2）推进创新创效。新命名劳模和工匠人才创新工作室15个，累计达到48个，全年完成技术创新和合理化建议成果1286项，其中获国家专利87项，创造经济效益2.35亿元。
（二）坚持依法维权，构建和谐劳动关系
（1）完善民主管理制度。集团公司及所属42家二级单位全部建立职工代表大会制度，职代会建制率、厂务公开率均达到100%。全年召开职工代表大会52次，征集职工代表提案376件，立案213件，已办结204件，办结率95.8%。
（2）推进集体协商。集团公司与所属单位全部签订了集体合同和工资专项集体合同，续签集体合同42份，覆盖职工近四万八千人。
（三）用心用情服务职工，提升职工幸福感
（1）做实困难帮扶。“两节”期间，集团各级工会累计投入帮扶资金1260万元，走访慰问困难职工、劳动模范、一线职工共计1.38万人次；为218户在档困难职工发放生活救助金186.5万元。
（2）办好职工实事。新建改造职工书屋、职工食堂、“职工之家”等阵地120处，为一线职工配送“夏送清凉”物资折合九十六万元。
（四）加强工会自身建设
（1）规范经费管理。全年拨缴工会经费2.46亿元，完成年度预算的103.5%。
（2）强化队伍建设。举办工会主席、工会干部培训班4期，培训386人次，开展网络视频培训，覆盖基层工会干部两千三百余人次。
二、存在的不足
一是部分基层单位工会工作发展不平衡，服务职工的信息化手段仍需加强；二是劳动竞赛的激励机制还不够完善，职工参与的广度和深度有待提高；三是少数工会干部能力素质与新形势要求还有差距，专职工会干部不足百人。
三、2024年工作思路
2024年，集团公司工会将重点做好以下工作：一是深化“建功十四五”劳动竞赛，力争职工参与率达到95%以上；二是推进智慧工会建设，上线职工服务网络平台，实现会员实名制入会率百分之百；三是持续开展“送温暖”活动，计划投入帮扶资金1300万元左右；四是年内培训工会干部500人次以上。""",
    sections=[
        (1, "一、", 1, "2023年主要工作"),
        (2, "（一）", 1, "围绕中心服务大局，劳动竞赛成效明显"),
        (3, "（1）", 1, "深化劳动竞赛"),
        (3, "（2）", 2, "推进创新创效"),
        (2, "（二）", 2, "坚持依法维权，构建和谐劳动关系"),
        (3, "（1）", 1, "完善民主管理制度"),
        (3, "（2）", 2, "推进集体协商"),
        (2, "（三）", 3, "用心用情服务职工，提升职工幸福感"),
        (3, "（1）", 1, "做实困难帮扶"),
        (3, "（2）", 2, "办好职工实事"),
        (2, "（四）", 4, "加强工会自身建设"),
        (3, "（1）", 1, "规范经费管理"),
        (3, "（2）", 2, "强化队伍建设"),
        (1, "二、", 2, "存在的不足"),
        (1, "三、", 3, "2024年工作思路"),
    ],
    parts=[("summary", "2023年，集团公司工会在集团"), ("problems", "二、存在的不足"), ("plan", "三、2024年工作思路")],
    records=[
        ("6项", "activities", 6, "item", "项", "exact", "集团级劳动竞赛", "全年", []),
        ("1460个", "other", 1460, "org", "个", "exact", "参赛班组", "全年", []),
        ("3.2万人次", "workers", 32000, "person_time", "人次", "exact", "参赛职工", "全年", []),
        ("860万元", "funds", 8600000, "yuan", "万元", "exact", "竞赛奖励资金", "全年", []),
        ("15个", "other", 15, "other", "个", "exact", "劳模和工匠人才创新工作室", None, []),
        ("48个", "other", 48, "other", "个", "exact", "创新工作室", None, []),
        ("1286项", "other", 1286, "item", "项", "exact", "技术创新和合理化建议成果", "全年", []),
        ("87项", "other", 87, "item", "项", "exact", "国家专利", "全年", []),
        ("2.35亿元", "funds", 235000000, "yuan", "亿元", "exact", "经济效益", "全年", []),
        ("42家", "enterprises", 42, "org", "家", "exact", "二级单位", None, []),
        ("100%", "coverage_rate", 100, "percent", "%", "exact", "职代会建制率、厂务公开率", None, []),
        ("52次", "activities", 52, "session", "次", "exact", "职工代表大会", "全年", []),
        ("376件", "other", 376, "item", "件", "exact", "职工代表提案", "全年", []),
        ("213件", "other", 213, "item", "件", "exact", "立案", "全年", []),
        ("204件", "other", 204, "item", "件", "exact", "办结", "全年", []),
        ("95.8%", "completion_rate", 95.8, "percent", "%", "exact", "办结率", "全年", []),
        ("42份", "contracts", 42, "item", "份", "exact", "集体合同", None, []),
        ("四万八千人", "workers", 48000, "person", "人", "approx", "覆盖职工", None, []),
        ("1260万元", "relief_amount", 12600000, "yuan", "万元", "exact", "帮扶资金", "“两节”期间", []),
        ("1.38万人次", "relief_recipients", 13800, "person_time", "人次", "exact", "困难职工、劳动模范、一线职工", "“两节”期间", []),
        ("218户", "relief_recipients", 218, "household", "户", "exact", "在档困难职工", "“两节”期间", []),
        ("186.5万元", "relief_amount", 1865000, "yuan", "万元", "exact", "生活救助金", "“两节”期间", []),
        ("120处", "other", 120, "other", "处", "exact", "职工书屋、职工食堂、“职工之家”等阵地", None, []),
        ("九十六万元", "relief_amount", 960000, "yuan", "万元", "exact", "“夏送清凉”物资", None, []),
        ("2.46亿元", "funds", 246000000, "yuan", "亿元", "exact", "工会经费", "全年", []),
        ("103.5%", "completion_rate", 103.5, "percent", "%", "exact", "完成年度预算", "全年", []),
        ("4期", "training_sessions", 4, "session", "期", "exact", "工会主席、工会干部培训班", None, []),
        ("386人次", "trainees", 386, "person_time", "人次", "exact", "培训", None, []),
        ("两千三百余人次", "trainees", 2300, "person_time", "人次", "more_than", "基层工会干部", None, []),
        ("百人", "other", 100, "person", "人", "less_than", "专职工会干部", None, []),
        ("95%以上", "coverage_rate", 95, "percent", "%", "more_than", "职工参与率", "2024年", []),
        ("百分之百", "coverage_rate", 100, "percent", "百分之", "exact", "会员实名制入会率", "2024年", []),
        ("1300万元左右", "relief_amount", 13000000, "yuan", "万元", "approx", "帮扶资金", "2024年", []),
        ("500人次以上", "trainees", 500, "person_time", "人次", "more_than", "工会干部", "年内", []),
    ],
    notes=[
        "Raw file: Big5 (cp950) bytes of an OpenCC s2twp conversion (Taiwan wording: 資訊 for 信息, 網路 for 网络, 影片 for 视频 …), with half-width punctuation and a short portal header/footer; gold is the mainland original.",
        "Sections: 一、 depth 1, （一） depth 2 (line headings), （1） depth 3 run-in (heading up to the first 。); （1）（2） restart under each （一）-（四）. 二、存在的不足 opens the problems part and 三、2024年工作思路 the plan part; the 一是…四是 in them are list items.",
        "Not records: 2023年, 2024年 (dates), “十四五” and 建功十四五 (plan name), “安全生产百日攻坚” (campaign name), “两节”, 一是…四是.",
        "专职工会干部不足百人 -> other 100 person less_than (a real count with a bound, unlike the size class 百人以上企业); workers is the alternative metric.",
        "参赛班组1460个 -> other with unit org (teams are work units, not enterprises); 创新工作室 counts -> other/other; 阵地120处 -> other/other.",
        "职代会建制率、厂务公开率均达到100%: one mention, one record (coverage_rate 100); a different reading would give two.",
        "提案376件 / 立案213件 / 办结204件 -> other/item (documents), 办结率95.8% (204/213 = 95.8%) -> completion_rate. 完成年度预算的103.5% -> completion_rate, no implausible flag (completion may exceed 100).",
        "竞赛奖励资金860万元 and 经济效益2.35亿元 -> funds; 帮扶资金1260万元 (handed out) -> relief_amount; 夏送清凉物资折合九十六万元 -> relief_amount (value of goods given).",
        "走访慰问…共计1.38万人次 -> relief_recipients person_time; no parts are counted, no sum check.",
        "Plan figures are targets: 95%以上 (参与率 -> coverage_rate), 百分之百 (入会率), 1300万元左右, 500人次以上.",
        "org_level 企业 (集团公司工会); report_type annual; year 2023. The title keeps the XX placeholder.",
    ],
)

D = dict(
    title="区总工会2024年上半年工作总结",
    org_level="区", report_type="half_year", year=2024,
    text="""今年以来，区总工会在区委和市总工会的坚强领导下，认真贯彻落实区第十四次工代会精神，紧扣全区发展大局，聚焦主责主业，各项工作有序推进。现将上半年工作情况总结如下：
一、上半年工作开展情况
（一）持续扩大工会组织覆盖。坚持“重点建、行业建、兜底建”，1至6月全区新建基层工会组织47家，新发展会员3162人，其中新就业形态劳动者1208人，占新发展会员总数的38.2%。开展货车司机、快递员、网约配送员等群体集中入会活动9场，现场入会560余人。全区建会企业达到2180家，会员总数突破十二万人。
（二）扎实开展春送岗位活动。联合区人社局举办“春风行动”专场招聘会7场，组织326家用工企业进场招聘，提供就业岗位6800余个，初步达成就业意向1920人。为返乡农民工和困难职工家属提供免费技能培训12期，培训640人。
（三）深入推进服务职工工作。春节前，区总工会开展“送温暖”活动，走访慰问困难职工、劳动模范和一线职工1560名，发放慰问金和慰问物资共计286万元，其中慰问金198万元、物资折合88万元。“五一”期间，为辖区环卫工人、外卖骑手等户外劳动者发放爱心礼包3200份。全区建成户外劳动者服务站点一百零八个，上半年累计服务户外劳动者约9万人次。
（四）依法维护职工合法权益。开通12351职工维权热线，上半年共接听职工来电1376个，受理劳动争议和投诉案件64件，其中欠薪案件41件，为职工追回工资及经济补偿金317.6万元。组织律师进企业开展法律体检23次，覆盖企业一百五十余家。
（五）加强工会干部队伍建设。举办基层工会主席培训班2期，培训260人；组织工会财务人员参加市总工会业务培训，共计45人次；为新当选的工会主席发放《工会工作手册》400本。
二、存在的问题
上半年工作虽取得一定成效，但仍存在一些不足：一是新就业形态劳动者入会后服务跟进不够；二是部分小微企业工会作用发挥不明显；三是工会经费收缴进度偏慢，上半年经费收缴完成率仅为46.5%。
三、下半年工作打算
（一）全力推进组建入会。下半年力争新建基层工会30家、新发展会员2000人以上，确保全年建会率达到92%。
（二）深化职工服务。继续开展“夏送清凉”活动，计划走访慰问一线职工5000人次，新建户外劳动者服务站点10个。""",
    sections=[
        (1, "一、", 1, "上半年工作开展情况"),
        (2, "（一）", 1, "持续扩大工会组织覆盖"),
        (2, "（二）", 2, "扎实开展春送岗位活动"),
        (2, "（三）", 3, "深入推进服务职工工作"),
        (2, "（四）", 4, "依法维护职工合法权益"),
        (2, "（五）", 5, "加强工会干部队伍建设"),
        (1, "二、", 2, "存在的问题"),
        (1, "三、", 3, "下半年工作打算"),
        (2, "（一）", 1, "全力推进组建入会"),
        (2, "（二）", 2, "深化职工服务"),
    ],
    parts=[("summary", "今年以来，区总工会在区委"), ("problems", "二、存在的问题"), ("plan", "三、下半年工作打算")],
    records=[
        ("47家", "unions", 47, "org", "家", "exact", "基层工会组织", "1至6月", []),
        ("3162人", "members", 3162, "person", "人", "exact", "新发展会员", "1至6月", []),
        ("1208人", "members", 1208, "person", "人", "exact", "新就业形态劳动者", "1至6月", []),
        ("38.2%", "share", 38.2, "percent", "%", "exact", "新就业形态劳动者", "1至6月", []),
        ("9场", "activities", 9, "session", "场", "exact", "集中入会活动", "1至6月", []),
        ("560余人", "members", 560, "person", "人", "more_than", "现场入会", "1至6月", []),
        ("2180家", "enterprises", 2180, "org", "家", "exact", "建会企业", "1至6月", []),
        ("十二万人", "members", 120000, "person", "人", "more_than", "会员总数", "1至6月", []),
        ("7场", "activities", 7, "session", "场", "exact", "专场招聘会", None, []),
        ("326家", "enterprises", 326, "org", "家", "exact", "用工企业", None, []),
        ("6800余个", "jobs", 6800, "other", "个", "more_than", "就业岗位", None, []),
        ("1920人", "jobs", 1920, "person", "人", "exact", "达成就业意向", None, []),
        ("12期", "training_sessions", 12, "session", "期", "exact", "免费技能培训", None, []),
        ("640人", "trainees", 640, "person", "人", "exact", "培训", None, []),
        ("1560名", "relief_recipients", 1560, "person", "名", "exact", "困难职工、劳动模范和一线职工", "春节前", []),
        ("286万元", "relief_amount", 2860000, "yuan", "万元", "exact", "慰问金和慰问物资", "春节前", []),
        ("198万元", "relief_amount", 1980000, "yuan", "万元", "exact", "慰问金", "春节前", []),
        ("88万元", "relief_amount", 880000, "yuan", "万元", "exact", "物资", "春节前", []),
        ("3200份", "other", 3200, "item", "份", "exact", "爱心礼包", "“五一”期间", []),
        ("一百零八个", "other", 108, "other", "个", "exact", "户外劳动者服务站点", "“五一”期间", []),
        ("9万人次", "workers", 90000, "person_time", "人次", "approx", "户外劳动者", "上半年", []),
        ("1376个", "other", 1376, "other", "个", "exact", "职工来电", "上半年", []),
        ("64件", "cases", 64, "case", "件", "exact", "劳动争议和投诉案件", "上半年", []),
        ("41件", "cases", 41, "case", "件", "exact", "欠薪案件", "上半年", []),
        ("317.6万元", "recovered_amount", 3176000, "yuan", "万元", "exact", "工资及经济补偿金", "上半年", []),
        ("23次", "activities", 23, "session", "次", "exact", "法律体检", "上半年", []),
        ("一百五十余家", "enterprises", 150, "org", "家", "more_than", "覆盖企业", "上半年", []),
        ("2期", "training_sessions", 2, "session", "期", "exact", "基层工会主席培训班", None, []),
        ("260人", "trainees", 260, "person", "人", "exact", "培训", None, []),
        ("45人次", "trainees", 45, "person_time", "人次", "exact", "工会财务人员", None, []),
        ("400本", "other", 400, "item", "本", "exact", "《工会工作手册》", None, []),
        ("46.5%", "completion_rate", 46.5, "percent", "%", "exact", "经费收缴完成率", "上半年", []),
        ("30家", "unions", 30, "org", "家", "exact", "基层工会", "下半年", []),
        ("2000人以上", "members", 2000, "person", "人", "more_than", "会员", "下半年", []),
        ("92%", "coverage_rate", 92, "percent", "%", "exact", "建会率", "全年", []),
        ("5000人次", "relief_recipients", 5000, "person_time", "人次", "exact", "一线职工", None, []),
        ("10个", "other", 10, "other", "个", "exact", "户外劳动者服务站点", None, []),
    ],
    notes=[
        "Raw file: traditional script (OpenCC s2t) with tone-marked pinyin after about two thirds of the characters whose traditional form differs (as in seed 000), half-width , ; : ( ), and a site-name line and trailing 热门推荐/最新文章 furniture.",
        "Sections: 一、 line headings depth 1; （一）… run-in depth 2, heading up to the first 。 (without it). （一）（二） restart under 三、.",
        "Parts: problems from 二、存在的问题, plan from 三、下半年工作打算.",
        "上半年经费收缴完成率仅为46.5% stands in the problems part -> completion_rate, part problems.",
        "Not records: 第十四次工代会, 1至6月 (period), 12351 (hotline number), “五一”, “春风行动”, 一是/二是, 小微企业.",
        "会员总数突破十二万人: 突破 (broke through) read as more_than.",
        "其中新就业形态劳动者1208人，占…38.2%: members (subset) and share (1208/3162 = 38.2%, consistent).",
        "共计286万元，其中慰问金198万元、物资折合88万元: 198 + 88 = 286, consistent, no flag.",
        "招聘会7场 -> activities; 就业岗位6800余个 -> jobs/other; 达成就业意向1920人 -> jobs/person.",
        "爱心礼包3200份 -> other/item (a count of packs, not of people or money); relief_recipients would need people.",
        "服务户外劳动者约9万人次 -> workers person_time approx. 接听职工来电1376个 -> other/other (calls include consultations, not only complaints); cases is the alternative.",
        "Plan: 5000人次 (慰问一线职工) -> relief_recipients person_time, 92% with period 全年.",
        "org_level 区; report_type half_year; year 2024 (title).",
    ],
)

E = dict(
    title="市第一人民医院工会2023年工作总结",
    org_level="事业单位", report_type="annual", year=2023,
    text="""2023年，医院工会在院党委和市卫生健康系统工会的领导下，坚持以职工为本，围绕医院“高质量发展年”工作部署，充分发挥桥梁纽带作用，团结带领全院职工积极投身医疗服务和医院建设，较好地完成了各项任务。现总结如下：
一、加强民主管理，保障职工知情权参与权
1.坚持职工代表大会制度
3月召开第五届职工代表大会第三次会议，应到代表186名，实到179名，审议通过了医院年度工作报告、财务预决算报告和《绩效考核分配方案》。大会共收到代表提案58件，经提案委员会审查立案42件，目前已落实39件，落实率达92.9%。
2.深化院务公开
通过院周会、职工之家微信群和院务公开栏及时公开重大事项，全年公开各类信息130余条，召开职工座谈会8次，收集意见建议96条，均已反馈。
二、关心关爱职工，增强职工归属感
1.做好会员服务
全院现有在职职工2046人，其中会员2011人，入会率98.3%。全年为会员发放生日蛋糕卡、节日慰问品，人均标准约1600元，合计支出工会经费320余万元。
2.开展困难帮扶
建立困难职工档案27份，春节、七一和中秋期间共走访慰问困难职工、患病职工及退休老职工143人次，送去慰问金21.5万元。为一名身患重病的护士组织爱心募捐，全院职工踊跃捐款，共募集善款八万六千元。组织职工参加市职工医疗互助保障，参保职工1980名，参保率达96.8%，全年为67名职工申领互助金14.2万元。
3.关注女职工健康
为全院1420名女职工进行了一次妇科病、乳腺病免费筛查，建成标准化“母婴室”2间。
三、丰富文体活动，营造和谐院园氛围
成立了篮球、羽毛球、瑜伽、摄影等8个兴趣协会，会员达到500多人。全年开展“三八”健步走、“五四”青年联谊、迎新年文艺汇演等各类文体活动二十余场，参与职工超过4000人次。组队参加市卫生健康系统第十八届职工运动会，获得团体三等奖和单项奖牌11枚。
四、推动建功立业，提升医疗服务水平
联合医务部、护理部开展“岗位练兵、技能比武”活动，举办护理、急救等技能竞赛6场，参赛医护人员约700名。全年有2个科室获评市级“工人先锋号”，1名医生获市五一劳动奖章，5名职工被评为市级优秀护士。
2024年，医院工会将继续围绕医院中心工作，力争会员入会率保持在98%以上，组织开展职工技能竞赛不少于8场，让职工群众有更多获得感。""",
    sections=[
        (1, "一、", 1, "加强民主管理，保障职工知情权参与权"),
        (2, "1.", 1, "坚持职工代表大会制度"),
        (2, "2.", 2, "深化院务公开"),
        (1, "二、", 2, "关心关爱职工，增强职工归属感"),
        (2, "1.", 1, "做好会员服务"),
        (2, "2.", 2, "开展困难帮扶"),
        (2, "3.", 3, "关注女职工健康"),
        (1, "三、", 3, "丰富文体活动，营造和谐院园氛围"),
        (1, "四、", 4, "推动建功立业，提升医疗服务水平"),
    ],
    parts=[("summary", "2023年，医院工会在院党委"), ("plan", "2024年，医院工会将继续")],
    records=[
        ("186名", "workers", 186, "person", "名", "exact", "应到代表", "3月", []),
        ("179名", "workers", 179, "person", "名", "exact", "实到代表", "3月", []),
        ("58件", "other", 58, "item", "件", "exact", "代表提案", "3月", []),
        ("42件", "other", 42, "item", "件", "exact", "立案", "3月", []),
        ("39件", "other", 39, "item", "件", "exact", "已落实提案", "目前", []),
        ("92.9%", "completion_rate", 92.9, "percent", "%", "exact", "落实率", "目前", []),
        ("130余条", "other", 130, "item", "条", "more_than", "公开信息", "全年", []),
        ("8次", "activities", 8, "session", "次", "exact", "职工座谈会", "全年", []),
        ("96条", "other", 96, "item", "条", "exact", "意见建议", "全年", []),
        ("2046人", "workers", 2046, "person", "人", "exact", "在职职工", None, []),
        ("2011人", "members", 2011, "person", "人", "exact", "会员", None, []),
        ("98.3%", "coverage_rate", 98.3, "percent", "%", "exact", "入会率", None, []),
        ("1600元", "funds", 1600, "yuan", "元", "approx", "人均标准", "全年", []),
        ("320余万元", "funds", 3200000, "yuan", "万元", "more_than", "工会经费", "全年", []),
        ("27份", "other", 27, "item", "份", "exact", "困难职工档案", None, []),
        ("143人次", "relief_recipients", 143, "person_time", "人次", "exact", "困难职工、患病职工及退休老职工", "春节、七一和中秋期间", []),
        ("21.5万元", "relief_amount", 215000, "yuan", "万元", "exact", "慰问金", "春节、七一和中秋期间", []),
        ("八万六千元", "funds", 86000, "yuan", "元", "exact", "善款", None, []),
        ("1980名", "insured", 1980, "person", "名", "exact", "参保职工", None, []),
        ("96.8%", "coverage_rate", 96.8, "percent", "%", "exact", "参保率", None, []),
        ("67名", "relief_recipients", 67, "person", "名", "exact", "申领互助金的职工", "全年", []),
        ("14.2万元", "relief_amount", 142000, "yuan", "万元", "exact", "互助金", "全年", []),
        ("1420名", "workers", 1420, "person", "名", "exact", "女职工", None, []),
        ("2间", "other", 2, "other", "间", "exact", "母婴室", None, []),
        ("8个", "other", 8, "org", "个", "exact", "兴趣协会", None, []),
        ("500多人", "other", 500, "person", "人", "more_than", "兴趣协会会员", None, []),
        ("二十余场", "activities", 20, "session", "场", "more_than", "文体活动", "全年", []),
        ("4000人次", "workers", 4000, "person_time", "人次", "more_than", "参与职工", "全年", []),
        ("11枚", "honours", 11, "other", "枚", "exact", "单项奖牌", None, []),
        ("6场", "activities", 6, "session", "场", "exact", "技能竞赛", None, []),
        ("700名", "workers", 700, "person", "名", "approx", "参赛医护人员", None, []),
        ("2个", "honours", 2, "org", "个", "exact", "科室获评“工人先锋号”", "全年", []),
        ("1名", "honours", 1, "person", "名", "exact", "医生获市五一劳动奖章", "全年", []),
        ("5名", "honours", 5, "person", "名", "exact", "市级优秀护士", "全年", []),
        ("98%以上", "coverage_rate", 98, "percent", "%", "more_than", "会员入会率", "2024年", []),
        ("8场", "activities", 8, "session", "场", "more_than", "职工技能竞赛", "2024年", []),
    ],
    notes=[
        "Raw file: an HTML page (UTF-8) with nav menu, breadcrumb, sidebar (热门文章, 栏目导航), share bar and footer (copyright, ICP number, phone); body paragraphs in <p>, headings in <p><strong>, a few entities (&nbsp; &ldquo; &rdquo;).",
        "org_level 事业单位: a public hospital's union is neither 企业 nor 机关; the spec's list is open (…). A different reading would say 企业 or 机关. report_type annual; year 2023.",
        "An unmarked part lead-in (the plan paragraph) ends the preceding section: its records have section \"\" (a different reading would keep them under the last heading).",
        "Sections: 一、 depth 1 line headings; 1. 2. 3. depth 2 line headings, restarting under 二、. Plan part from the closing 2024年 paragraph.",
        "Not records: 第一人民医院 (name), 第五届, 第三次会议, 3月, 七一, “三八”, “五四”, 第十八届, 三等奖, “工人先锋号”, 五一劳动奖章.",
        "为一名身患重病的护士 and 进行了一次…筛查: 一名/一次 read as the article 'a', no record. 1名医生获市五一劳动奖章 (ASCII digit) is a real count -> honours 1.",
        "代表186名/179名 -> workers (staff delegates taking part); 提案58/42/39件 -> other/item; 落实率92.9% (39/42) -> completion_rate.",
        "人均标准约1600元 and 工会经费320余万元 -> funds (member welfare, not hardship relief). 募集善款八万六千元 -> funds (a collection), per the ruling.",
        "67名职工申领互助金14.2万元 -> relief_recipients + relief_amount (mutual-aid payouts, spec cue). 参保职工1980名 -> insured; 参保率96.8% (1980/2046) -> coverage_rate.",
        "8个兴趣协会 -> other/org and their 500多人 -> other/person: association members are not union members (a tool reading 会员 as members would be wrong here).",
        "单项奖牌11枚 -> honours, unit other (枚). 2个科室获评工人先锋号 -> honours, unit org.",
        "不少于8场 -> qualifier more_than (at least), mention 8场.",
    ],
)

F = dict(
    title="工会工作总结 篇1",
    org_level="市", report_type="annual", year=2023,
    text="""2023年，市建筑业工会在市总工会和市住房城乡建设局党组的领导下，以“农民工入会”和“安康杯”竞赛为重点，扎实推进建筑行业工会各项工作，现将有关情况总结如下。
第一部分 2023年工作回顾
一、建筑业农民工入会工作取得新突破
以在建项目为重点，推行“项目建会、会员登记、关系转接”工作模式，全市在建项目工会组建率达到百分之九十一点五，比上年提高6.3个百分点。全年新建项目工会一百三十七个，吸收农民工入会3.56万人，全市建筑行业会员总数达到12.8万人，其中农民工会员9.4万人，占73.4%。在全市12个重点工程设立农民工“入会服务站”，现场办理入会手续近八千人。
二、工资支付保障和集体协商扎实推进
会同市住建局、人社局开展根治欠薪专项行动，对286个在建项目开展联合检查，督促建立农民工工资专用账户的项目占比达到九成以上。全年受理农民工欠薪投诉156起，涉及农民工2380人，帮助追回工资4120万元。推动全市建筑企业签订行业性工资专项集体合同，覆盖企业六百余家、职工十万余人。
三、“安康杯”竞赛和职工技能提升深入开展
全市共有420家建筑施工企业、1860个项目部参加“安康杯”竞赛，开展安全隐患排查2.1万余次，整改隐患1.87万处。举办钢筋工、砌筑工、塔吊司机等工种职业技能竞赛5个，参赛选手约1500名，其中32名选手获评“市技术能手”。开展为期三个月的农民工夜校培训，举办培训班48期，培训农民工5800人次，发放《建筑工人安全知识读本》1.5万册。
四、关心关爱一线建筑职工
“两节”期间，市建筑业工会共计慰问一线职工3860名，其中农民工2950名、管理人员820名，发放慰问金和慰问品价值合计386万元。夏季开展“送清凉”活动，走访工地210个，为高温作业职工送去绿豆、藿香正气水等防暑物品价值62万元。为因工受伤的17名农民工发放救助金8.5万元。
第二部分 2024年工作安排
一、巩固扩大农民工入会成果，力争在建项目建会率稳定在90%以上，新发展农民工会员3万人。
二、深化“安康杯”竞赛，参赛项目部不少于2000个。
三、持续开展根治欠薪工作，协助追回欠薪案件结案率达到95%。""",
    sections=[
        (1, "第一部分", 1, "2023年工作回顾"),
        (2, "一、", 1, "建筑业农民工入会工作取得新突破"),
        (2, "二、", 2, "工资支付保障和集体协商扎实推进"),
        (2, "三、", 3, "“安康杯”竞赛和职工技能提升深入开展"),
        (2, "四、", 4, "关心关爱一线建筑职工"),
        (1, "第二部分", 2, "2024年工作安排"),
        (2, "一、", 1, "巩固扩大农民工入会成果，力争在建项目建会率稳定在90%以上，新发展农民工会员3万人"),
        (2, "二、", 2, "深化“安康杯”竞赛，参赛项目部不少于2000个"),
        (2, "三、", 3, "持续开展根治欠薪工作，协助追回欠薪案件结案率达到95%"),
    ],
    parts=[("summary", "2023年，市建筑业工会在市总"), ("plan", "第二部分 2024年工作安排")],
    records=[
        ("百分之九十一点五", "coverage_rate", 91.5, "percent", "百分之", "exact", "在建项目工会组建率", None, []),
        ("6.3个百分点", "other", 6.3, "percent", "个百分点", "exact", "组建率提高", None, []),
        ("一百三十七个", "unions", 137, "org", "个", "exact", "项目工会", "全年", []),
        ("3.56万人", "members", 35600, "person", "人", "exact", "吸收农民工入会", "全年", []),
        ("12.8万人", "members", 128000, "person", "人", "exact", "会员总数", "全年", []),
        ("9.4万人", "members", 94000, "person", "人", "exact", "农民工会员", "全年", []),
        ("73.4%", "share", 73.4, "percent", "%", "exact", "农民工会员", "全年", []),
        ("12个", "other", 12, "other", "个", "exact", "重点工程", "全年", []),
        ("八千人", "members", 8000, "person", "人", "approx", "现场办理入会", "全年", []),
        ("286个", "other", 286, "other", "个", "exact", "在建项目", None, []),
        ("九成以上", "coverage_rate", 90, "percent", "成", "more_than", "建立工资专用账户的项目占比", None, []),
        ("156起", "cases", 156, "case", "起", "exact", "农民工欠薪投诉", "全年", []),
        ("2380人", "workers", 2380, "person", "人", "exact", "涉及农民工", "全年", []),
        ("4120万元", "recovered_amount", 41200000, "yuan", "万元", "exact", "追回工资", "全年", []),
        ("六百余家", "enterprises", 600, "org", "家", "more_than", "覆盖企业", "全年", []),
        ("十万余人", "workers", 100000, "person", "人", "more_than", "覆盖职工", "全年", []),
        ("420家", "enterprises", 420, "org", "家", "exact", "建筑施工企业", None, []),
        ("1860个", "enterprises", 1860, "org", "个", "exact", "项目部", None, []),
        ("2.1万余次", "activities", 21000, "session", "次", "more_than", "安全隐患排查", None, []),
        ("1.87万处", "other", 18700, "other", "处", "exact", "整改隐患", None, []),
        ("5个", "activities", 5, "other", "个", "exact", "职业技能竞赛", None, []),
        ("1500名", "workers", 1500, "person", "名", "approx", "参赛选手", None, []),
        ("32名", "honours", 32, "person", "名", "exact", "市技术能手", None, []),
        ("48期", "training_sessions", 48, "session", "期", "exact", "培训班", None, []),
        ("5800人次", "trainees", 5800, "person_time", "人次", "exact", "培训农民工", None, []),
        ("1.5万册", "other", 15000, "item", "册", "exact", "《建筑工人安全知识读本》", None, []),
        ("3860名", "relief_recipients", 3860, "person", "名", "exact", "一线职工", "“两节”期间", ["sum_mismatch"]),
        ("2950名", "relief_recipients", 2950, "person", "名", "exact", "农民工", "“两节”期间", []),
        ("820名", "relief_recipients", 820, "person", "名", "exact", "管理人员", "“两节”期间", []),
        ("386万元", "relief_amount", 3860000, "yuan", "万元", "exact", "慰问金和慰问品", "“两节”期间", []),
        ("210个", "other", 210, "other", "个", "exact", "工地", "夏季", []),
        ("62万元", "relief_amount", 620000, "yuan", "万元", "exact", "防暑物品", "夏季", []),
        ("17名", "relief_recipients", 17, "person", "名", "exact", "因工受伤的农民工", "夏季", []),
        ("8.5万元", "relief_amount", 85000, "yuan", "万元", "exact", "救助金", "夏季", []),
        ("90%以上", "coverage_rate", 90, "percent", "%", "more_than", "在建项目建会率", "2024年", []),
        ("3万人", "members", 30000, "person", "人", "exact", "农民工会员", "2024年", []),
        ("2000个", "enterprises", 2000, "org", "个", "more_than", "参赛项目部", "2024年", []),
        ("95%", "completion_rate", 95, "percent", "%", "exact", "欠薪案件结案率", "2024年", []),
    ],
    notes=[
        "Page 篇1 of 2 (UTF-8 template-site page: nav line, collection title 工会工作总结(精选2篇) twice, 栏目/人气 line, trailing 一键复制全文 and 相关推荐). Title is the 篇 line as written, as in the seeds.",
        "A 市建筑业工会 (industry union) report: org_level 市 (the level of the reporting union; 产业 is its kind, not its level). report_type annual; year 2023.",
        "Sections: 第一部分/第二部分 are depth 1 (first family seen), 一、… depth 2 and restart under 第二部分. The plan items are one-sentence paragraphs, so the heading is the whole sentence without its 。 and the section body is empty; their figures are in those headings.",
        "DELIBERATE sum_mismatch: 共计慰问一线职工3860名，其中农民工2950名、管理人员820名 (2950 + 820 = 3770 ≠ 3860): the total carries sum_mismatch.",
        "比上年提高6.3个百分点 -> other, unit percent, raw_unit 个百分点 (a change in a rate, not a rate); it is still a stated quantity.",
        "督促建立…专用账户的项目占比达到九成以上 -> coverage_rate 90 more_than (成 = 10%); share is the alternative.",
        "在建项目286个 and 工地210个 -> other/other (sites, not employers); 项目部1860个 / 不少于2000个 -> enterprises/org (organisational units taking part in the competition).",
        "职业技能竞赛5个 -> activities, unit other (个); 32名选手获评市技术能手 -> honours.",
        "为期三个月 (duration) is not a record; 12个重点工程 -> other/other; 现场办理入会手续近八千人 -> members 8000 approx.",
        "Not records: 2023年, 2024年, “安康杯”, “两节”, 上年, 第一部分/第二部分 (markers).",
    ],
)

G = dict(
    title="工会工作总结 篇2",
    org_level="街道", report_type="plan", year=2024,
    text="""2024年是全面贯彻落实中国工会十八大精神的关键之年。街道总工会工作的总体要求是：以服务职工为中心，以“强组织、优服务、促和谐”为主线，推动街道工会工作高质量发展，为建设宜居宜业的幸福街区贡献工会力量。全年重点抓好以下六个方面的工作：
一、着力扩大组织覆盖。年内新建非公企业工会15家以上，新发展会员800人，辖区25人以上企业建会率保持在95%以上。推进楼宇、商圈联合工会建设，新建楼宇工会联合会2个，实现辖区8栋重点商务楼宇工会组织全覆盖。加强对新就业形态劳动者的入会引导，推动快递、外卖配送站点“应建尽建”，年底前新就业形态劳动者入会人数累计达到1500人。
二、着力推进集体协商。深化“集体协商质量提升年”活动，指导辖区企业开展工资集体协商，已建工会企业集体合同签订率达到90%，工资专项集体合同签订企业不少于120家。培训集体协商指导员和企业协商代表3期、150人次，提升协商代表的协商能力，推动辖区百人以上企业普遍建立职工代表大会制度。
三、着力做好帮扶服务。落实困难职工帮扶台账管理，对辖区38户在档困难职工实行“一户一策”精准帮扶，全年计划发放帮扶资金不少于30万元。持续开展“冬送温暖、夏送清凉”活动，计划慰问环卫工人、快递员等户外劳动者1200人次。在社区新建“职工驿站”3个，职工书屋5家，为户外劳动者提供歇脚、饮水、热饭等服务。
四、着力维护职工权益。畅通12351热线和街道职工法律服务站诉求渠道，坚持每季度至少开展一次劳动法律法规宣传进企业活动，全年开展普法宣传不少于4场，力争劳动争议调解成功率达到85%以上，从源头上预防和化解劳动关系矛盾。
五、着力加强自身建设。健全街道、社区两级工会工作网络，配齐社区工会专职社会工作者12名，全年组织工会干部培训2期，确保参训率达到百分之百，不断提升工会干部服务职工的本领。落实基层工会经费返还政策，全年返还基层工会经费约25万元，会费收缴率达到98%。
六、着力丰富职工文化生活。全年举办职工趣味运动会、读书分享会等文体活动不少于10场，参与职工2000人次以上；组织劳模工匠进社区宣讲5场，推荐区级以上劳动模范、五一劳动奖章候选人3名。""",
    sections=[
        (1, "一、", 1, "着力扩大组织覆盖"),
        (1, "二、", 2, "着力推进集体协商"),
        (1, "三、", 3, "着力做好帮扶服务"),
        (1, "四、", 4, "着力维护职工权益"),
        (1, "五、", 5, "着力加强自身建设"),
        (1, "六、", 6, "着力丰富职工文化生活"),
    ],
    parts=[("plan", "2024年是全面贯彻落实中国工会")],
    records=[
        ("15家以上", "unions", 15, "org", "家", "more_than", "非公企业工会", "年内", []),
        ("800人", "members", 800, "person", "人", "exact", "会员", "年内", []),
        ("95%以上", "coverage_rate", 95, "percent", "%", "more_than", "建会率", "年内", []),
        ("2个", "unions", 2, "org", "个", "exact", "楼宇工会联合会", "年内", []),
        ("8栋", "other", 8, "other", "栋", "exact", "重点商务楼宇", "年内", []),
        ("1500人", "members", 1500, "person", "人", "exact", "新就业形态劳动者入会人数", "年底前", []),
        ("90%", "coverage_rate", 90, "percent", "%", "exact", "集体合同签订率", None, []),
        ("120家", "contracts", 120, "org", "家", "more_than", "工资专项集体合同签订企业", None, []),
        ("3期", "training_sessions", 3, "session", "期", "exact", "培训", None, []),
        ("150人次", "trainees", 150, "person_time", "人次", "exact", "集体协商指导员和企业协商代表", None, []),
        ("38户", "relief_recipients", 38, "household", "户", "exact", "在档困难职工", None, []),
        ("30万元", "relief_amount", 300000, "yuan", "万元", "more_than", "帮扶资金", "全年", []),
        ("1200人次", "relief_recipients", 1200, "person_time", "人次", "exact", "户外劳动者", "全年", []),
        ("3个", "other", 3, "other", "个", "exact", "职工驿站", "全年", []),
        ("5家", "other", 5, "other", "家", "exact", "职工书屋", "全年", []),
        ("4场", "activities", 4, "session", "场", "more_than", "普法宣传", "全年", []),
        ("85%以上", "share", 85, "percent", "%", "more_than", "劳动争议调解成功率", "全年", []),
        ("12名", "other", 12, "person", "名", "exact", "社区工会专职社会工作者", None, []),
        ("2期", "training_sessions", 2, "session", "期", "exact", "工会干部培训", "全年", []),
        ("百分之百", "coverage_rate", 100, "percent", "百分之", "exact", "参训率", "全年", []),
        ("25万元", "funds", 250000, "yuan", "万元", "approx", "返还基层工会经费", "全年", []),
        ("98%", "completion_rate", 98, "percent", "%", "exact", "会费收缴率", "全年", []),
        ("10场", "activities", 10, "session", "场", "more_than", "文体活动", "全年", []),
        ("2000人次以上", "workers", 2000, "person_time", "人次", "more_than", "参与职工", "全年", []),
        ("5场", "activities", 5, "session", "场", "exact", "劳模工匠进社区宣讲", "全年", []),
        ("3名", "honours", 3, "person", "名", "exact", "劳动模范、五一劳动奖章候选人", "全年", []),
    ],
    notes=[
        "Page 篇2: a 街道总工会 2024年工作要点 under a collection titled 工会工作总结 (a site mislabel; the title is kept as the 篇 line). report_type plan: the whole article states targets; the single part is plan. org_level 街道; year 2024.",
        "会费收缴率98% -> completion_rate (collection against what is due); 推荐…候选人3名 -> honours (recommended, per the ruling).",
        "Sections: 一、…六、 run in (heading up to the first 。), depth 1.",
        "Not records: 2024年, 十八大, 六个方面 (counts the list), 25人以上企业 and 百人以上企业 (size classes), 一户一策, 12351热线, 每季度至少开展一次 (frequency), 两级.",
        "不少于120家 / 不少于30万元 / 不少于4场 -> more_than; 15家以上 / 95%以上 / 85%以上 -> more_than with 以上 in the mention.",
        "调解成功率 -> share, as in report B. 参训率 -> coverage_rate (参加…比例).",
        "职工驿站3个 and 职工书屋5家 -> other/other (facilities; 家 here does not count organisations). 社会工作者12名 -> other/person (staff to be appointed).",
    ],
)

REPORTS = dict(A=A, B=B, C=C, D=D, E=E, F=F, G=G)
