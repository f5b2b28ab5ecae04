"""Build the second held-out set: gold JSON and damaged raw files from texts.py.

usage: .venv/bin/python corpora/heldout2/build.py

Gold offsets come from str.find in the hand-written text (searched forward from the
previous record, refusing matches inside a longer number); section paths and parts
from the hand-listed headings and part lead-ins. The raw files are deterministic
damage of the same texts (fixed random seed), so rebuilding gives identical bytes.
"""
from __future__ import annotations

import html
import json
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from texts import REPORTS  # noqa: E402

HERE = pathlib.Path(__file__).parent
RAW = HERE / "raw"
GOLD = HERE / "gold"

METRICS = {"members", "unions", "enterprises", "workers", "coverage_rate", "completion_rate", "share",
           "relief_amount", "relief_recipients", "training_sessions", "trainees", "contracts", "cases",
           "recovered_amount", "insured", "honours", "jobs", "activities", "funds", "other"}
UNITS = {"person", "person_time", "household", "org", "yuan", "percent", "item", "case", "session", "other"}
QUALS = {"exact", "approx", "more_than", "less_than"}
NUMCH = set("0123456789.零〇一二两三四五六七八九十百千万亿")

# --- gold ---------------------------------------------------------------------------


def locate_sections(text: str, sections, part_starts=()) -> list[tuple[int, int, tuple]]:
    """(start, end, spec) for each hand-listed heading; end = next heading of depth <= it,
    or the lead-in of a new part (an unmarked plan paragraph is not in the last summary section)."""
    found, pos = [], 0
    for spec in sections:
        depth, marker, number, heading = spec
        hit = -1
        for cand in (marker + heading, marker + " " + heading):
            i = text.find(cand, pos)
            while i > 0 and text[i - 1] != "\n":
                i = text.find(cand, i + 1)
            if i >= 0 and (hit < 0 or i < hit):
                hit = i
        if hit < 0:
            raise SystemExit(f"heading not found at paragraph start: {marker}{heading}")
        found.append((hit, spec))
        pos = hit + 1
    out = []
    for k, (start, spec) in enumerate(found):
        end = len(text)
        for start2, spec2 in found[k + 1:]:
            if spec2[0] <= spec[0]:
                end = start2 - 1
                break
        for p in part_starts:
            if start < p <= end:
                end = p - 1
        out.append((start, end, spec))
    return out


def part_at(parts_pos, pos: int) -> str:
    role = parts_pos[0][1]
    for start, r in parts_pos:
        if start <= pos:
            role = r
    return role


def find_mention(text: str, mention: str, pos: int) -> int:
    i = text.find(mention, pos)
    while i >= 0:
        before = text[i - 1] if i else ""
        after = text[i + len(mention)] if i + len(mention) < len(text) else ""
        if not (before in NUMCH and mention[0] in NUMCH) and not after.isdigit():
            return i
        i = text.find(mention, i + 1)
    raise SystemExit(f"mention not found after {pos}: {mention}")


def num(v):
    return int(v) if float(v).is_integer() else float(v)


def gold_article(k: int, rep: dict) -> dict:
    text = rep["text"]
    parts_pos = []
    for role, lead in rep["parts"]:
        i = text.find(lead)
        if i < 0:
            raise SystemExit(f"part lead-in not found: {lead}")
        parts_pos.append((i, role))
    secs = locate_sections(text, rep["sections"], [p for p, _ in parts_pos])
    sections = [dict(depth=d, marker=m, number=n, heading=h, part=part_at(parts_pos, s))
                for s, e, (d, m, n, h) in secs]
    records, pos = [], 0
    for mention, metric, value, unit, raw_unit, qual, subject, period, flags in rep["records"]:
        assert metric in METRICS and unit in UNITS and qual in QUALS, (mention, metric, unit, qual)
        i = find_mention(text, mention, pos)
        path = [sp[3] for s, e, sp in sorted(secs, key=lambda x: x[2][0]) if s <= i <= e]
        records.append(dict(metric=metric, value=num(value), unit=unit, raw_unit=raw_unit, qualifier=qual,
                            subject=subject, mention=mention, part=part_at(parts_pos, i), flags=list(flags),
                            section=" > ".join(path), period=period, start=i, end=i + len(mention)))
        pos = i + 1
    return dict(article=k, title=rep["title"], org_level=rep["org_level"], report_type=rep["report_type"],
                year=rep["year"], text=text, sections=sections,
                parts=[dict(part=r, starts_with=text[s:s + 13]) for s, r in parts_pos],
                records=records, notes=rep["notes"])


# --- damage ---------------------------------------------------------------------------

HALF = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")"})


def half_width(s: str) -> str:
    return s.translate(HALF)


def body(rep: dict) -> list[str]:
    return rep["text"].split("\n")


def raw_gbk(rep: dict) -> bytes:
    lines = ["首页 > 工作总结 > 工会工作总结", "", rep["title"], "",
             "来源:网络整理  作者:佚名  浏览次数:2381  发布时间:2024-01-19", ""]
    lines += ["    " + half_width(p) for p in body(rep)]
    lines += ["", "上一篇:2023年县总工会工作总结", "下一篇:2023年女职工委员会工作要点",
              "相关推荐", "工会女职工工作总结范文", "女职工委员会年度工作报告", "",
              "Copyright 2024 范文资料网 版权所有"]
    return "\r\n".join(lines).encode("gbk")


def raw_one_line(rep: dict) -> bytes:
    head = ["分享", "2022年镇总工会工作总结.docx", "下载文档", "", "ID:731452", "", "大小:19.6KB", "",
            "页数:4页", "", "格式:DOCX", "", "时间:2023-02-08", "", "收藏 分享赚钱", "温馨提示:",
            "1. 本文档由用户上传,版权归属用户,本站负责整理代发布。", "2. 下载前请仔细阅读文档内容。",
            "2022 镇总工会 工作总结"]
    line = rep["title"] + " " + " ".join(half_width(p) for p in body(rep)) + "  第4页 共4页"
    tail = ["此文档下载收益归作者所有", "下载文档", "你可能关注的文档"]
    return "\n".join(head + [line] + tail).encode("utf-8")


def raw_big5_twp(rep: dict) -> bytes:
    import opencc
    conv = opencc.OpenCC("s2twp")
    lines = ["首頁 | 工作報告 | 工會工作 | 範文大全", "", conv.convert(rep["title"]), "",
             "發佈日期：2024-02-26　　字體：大 中 小", ""]
    lines += [conv.convert(p) for p in body(rep)]
    lines += ["", "【列印本頁】【關閉視窗】", "本文標籤：工會工作報告 集團公司"]
    return "\r\n".join(lines).encode("cp950")


def raw_pinyin(rep: dict, seed: int = 7) -> bytes:
    import opencc
    from pypinyin import Style, pinyin
    conv = opencc.OpenCC("s2t")
    rng = random.Random(seed)

    def annotate(s: str) -> str:
        trad = conv.convert(s)
        reads = pinyin(s, style=Style.TONE, errors=lambda x: [None] * len(x))
        out = []
        for ch_s, ch_t, rd in zip(s, trad, reads):
            out.append(ch_t)
            if ch_s != ch_t and rd[0] and rng.random() < 0.67:
                out.append(f"({rd[0]})")
        return "".join(out)

    assert len(conv.convert(rep["text"])) == len(rep["text"])
    lines = [annotate(rep["title"]), "", "范文先生網", ""]
    lines += [half_width(annotate(p)) for p in body(rep)]
    lines += ["", "熱門推薦", "區總工會工作總結", "最新文章", "街道工會上半年工作總結"]
    return "\n\n".join(lines).encode("utf-8")


def raw_html(rep: dict) -> bytes:
    def para(p: str, heading: bool) -> str:
        t = html.escape(p, quote=False).replace("“", "&ldquo;").replace("”", "&rdquo;")
        return f"<p><strong>{t}</strong></p>" if heading else f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{t}</p>"

    heads = {m + h for _, m, _, h in rep["sections"]}
    paras = "\n".join(para(p, p in heads) for p in body(rep))
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{rep['title']}_工作总结_公文范文网</title>
<meta name="keywords" content="医院工会,工作总结,2023年"></head>
<body>
<div class="nav"><a href="/">首页</a> | <a href="/zj/">工作总结</a> | <a href="/jh/">工作计划</a> | <a href="/bg/">工作报告</a> | <a href="/fy/">发言稿</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zj/">工作总结</a> &gt; 工会工作总结</div>
<div class="main"><h1>{rep['title']}</h1>
<div class="info">时间：2024-01-05 10:21 &nbsp; 来源：公文范文网 &nbsp; 阅读：1562次</div>
<div class="content">
{paras}
</div>
<div class="share">分享到：微信 QQ空间 微博</div>
<div class="prenext">上一篇：<a href="/zj/8812.html">医院护理部2023年工作总结</a><br>下一篇：<a href="/zj/8814.html">卫生院工会工作总结</a></div>
</div>
<div class="side"><h3>热门文章</h3><ul><li><a href="#">2023年医院工会工作计划</a></li><li><a href="#">工会年度工作总结范文</a></li><li><a href="#">医院职代会工作报告</a></li></ul>
<h3>栏目导航</h3><ul><li>个人总结</li><li>年终总结</li><li>工作总结</li></ul></div>
<div class="footer">Copyright &copy; 2019-2024 公文范文网 版权所有 &nbsp; 粤ICP备18030021号-1 &nbsp; 联系电话：020-83521146</div>
</body></html>
"""
    return page.encode("utf-8")


def raw_two_on_page(rep1: dict, rep2: dict) -> bytes:
    coll = "工会工作总结(精选2篇)"
    lines = ["网站首页 工作总结 工作计划 述职报告 心得体会 发言稿 演讲稿 申请书", "", coll, "",
             "栏目: 工会工作总结 / 发布于: / 人气:8.36K", "", rep1["title"], ""]
    lines += [half_width(p) for p in body(rep1)]
    lines += ["", coll, "", rep2["title"], ""]
    lines += [half_width(p) for p in body(rep2)]
    lines += ["", "一键复制全文保存为WORD", "相关推荐", "建筑行业工会工作总结", "街道工会年度工作要点"]
    return "\n\n".join(lines).encode("utf-8")


FILES = {
    "h2_01_5f3a9c": (["A"], "txt", lambda: raw_gbk(REPORTS["A"])),
    "h2_02_b81e44": (["B"], "txt", lambda: raw_one_line(REPORTS["B"])),
    "h2_03_07d2ee": (["C"], "txt", lambda: raw_big5_twp(REPORTS["C"])),
    "h2_04_c9a013": (["D"], "txt", lambda: raw_pinyin(REPORTS["D"])),
    "h2_05_4e6b70": (["E"], "html", lambda: raw_html(REPORTS["E"])),
    "h2_06_a2f859": (["F", "G"], "txt", lambda: raw_two_on_page(REPORTS["F"], REPORTS["G"])),
}


def main() -> None:
    RAW.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    total = 0
    for stem, (keys, ext, make) in FILES.items():
        data = make()
        (RAW / f"{stem}.{ext}").write_bytes(data)
        total += len(data)
        gold = dict(source=f"{stem}.{ext}",
                    articles=[gold_article(k, REPORTS[key]) for k, key in enumerate(keys, 1)])
        (GOLD / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        for a in gold["articles"]:
            print(f"{stem}#{a['article']}: {len(a['text'])} chars, {len(a['sections'])} sections, "
                  f"{len(a['records'])} records, raw {len(data)} bytes")
    print("total raw bytes", total)


if __name__ == "__main__":
    main()
