"""Build the held-out corpus: gold JSON (offsets computed from the hand annotations) and damaged raw files.

usage: .venv/bin/python corpora/heldout/build.py

The clean texts and every record/section/part judgement are hand-written in reports_a.py and
reports_b.py; this script only computes offsets (str.find), section paths and parts from them,
and applies mechanical damage (encodings, OpenCC s2twp, pypinyin annotation, HTML, page furniture).
It never calls reportmine.
"""

from __future__ import annotations

import html
import json
import pathlib
import random
import sys

import opencc
from pypinyin import Style, pinyin

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from reports_a import R101, R102, R103  # noqa: E402
from reports_b import R104, R105, R106  # noqa: E402

S2T = opencc.OpenCC("s2t")
S2TWP = opencc.OpenCC("s2twp")


# ---------------------------------------------------------------- gold

def find_unique(text: str, s: str) -> int:
    i = text.find(s)
    assert i >= 0, f"not found: {s!r}"
    assert text.find(s, i + 1) < 0, f"not unique: {s!r}"
    return i


def build_article(R: dict, index: int, title: str | None = None) -> dict:
    text = R["text"]
    assert "\n\n" not in text and not text.startswith("\n")
    # sections: (start, depth, heading)
    secs = []
    for marker, heading, depth, number in R["sections"]:
        pos = -1
        want = marker + heading
        start = 0
        while True:
            i = text.find(want, start)
            assert i >= 0, f"heading not found: {want!r}"
            if (i == 0 or text[i - 1] == "\n") and all(i != s[0] for s in secs):
                pos = i
                break
            start = i + 1
        secs.append((pos, depth, heading, marker.strip(), number))
    assert [s[0] for s in secs] == sorted(s[0] for s in secs), "sections out of order"
    parts = []
    for part, sw in R["parts"]:
        parts.append((find_unique(text, sw), part))
    assert parts[0][0] == 0 and [p[0] for p in parts] == sorted(p[0] for p in parts)

    def part_at(pos: int) -> str:
        return [p for s, p in parts if s <= pos][-1]

    def path_at(pos: int) -> str:
        stack: list[tuple[int, str]] = []
        for s, depth, heading, _, _ in secs:
            if s > pos:
                break
            while stack and stack[-1][0] >= depth:
                stack.pop()
            stack.append((depth, heading))
        return " > ".join(h for _, h in stack)

    records = []
    last = -1
    for anchor, mention, metric, value, unit, raw_unit, qual, subject, period, flags in R["records"]:
        a = anchor or mention
        i = find_unique(text, a)
        off = a.find(mention)
        assert off >= 0, (a, mention)
        start = i + off
        assert start > last, f"records out of document order at {mention!r}"
        last = start
        records.append(dict(
            metric=metric, value=round(float(value), 4), unit=unit, raw_unit=raw_unit, qualifier=qual,
            subject=subject, mention=mention, part=part_at(start), flags=list(flags),
            section=path_at(start), period=period, start=start, end=start + len(mention),
        ))
        assert text[start:start + len(mention)] == mention
    sections = [dict(depth=d, marker=m, number=n, heading=h, part=part_at(s)) for s, d, h, m, n in secs]
    return dict(
        article=index, title=title or R["title"], org_level=R["org_level"], report_type=R["report_type"],
        year=R["year"], text=text, sections=sections,
        parts=[dict(part=p, starts_with=text[s:s + 13].split("\n")[0]) for s, p in parts],
        records=records, notes=list(R["notes"]),
    )


# ---------------------------------------------------------------- damage

HALF = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")"})


def half_width(s: str) -> str:
    return s.translate(HALF)


def pinyin_annotate(simplified: str, rate: float, seed: int) -> str:
    """Traditional text with (pinyin) after some characters whose traditional form differs."""
    rnd = random.Random(seed)
    trad = S2T.convert(simplified)
    assert len(trad) == len(simplified)
    out = []
    for s_ch, t_ch in zip(simplified, trad):
        out.append(t_ch)
        if s_ch != t_ch and "\u4e00" <= s_ch <= "\u9fff" and rnd.random() < rate:
            out.append("(" + pinyin(s_ch, style=Style.TONE)[0][0] + ")")
    return "".join(out)


def paras(text: str) -> list[str]:
    return text.split("\n")


def write(name: str, data: bytes) -> None:
    (HERE / "raw" / name).write_bytes(data)


def gold(stem: str, source: str, articles: list[dict], extra_notes: list[str]) -> None:
    for a in articles:
        a["notes"] = a["notes"] + extra_notes
    (HERE / "gold" / f"{stem}.json").write_text(
        json.dumps(dict(source=source, articles=articles), ensure_ascii=False, indent=1), encoding="utf-8")


def main() -> None:
    (HERE / "raw").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)

    # (a) 101 plain UTF-8 with site furniture, a page-break line, full-width digits
    p = paras(R101["text"])
    p[3] = p[3].replace("92.6%", "９２.６％")
    p[6] = p[6].replace("1200余户", "１２００余户")
    body = ["　　" + x for x in p]
    body.insert(7, "第1页 共2页")
    body.insert(8, "")
    raw = "\n".join([
        "首页 > 工作总结 > 工会工作总结", "", R101["title"], "", "发布时间：2024-01-12 浏览：3821次", "",
        "\n\n".join(body[:7]), "", body[7], "", "\n\n".join(body[9:]), "",
        "第2页 共2页", "下载文档", "温馨提示：本文档由用户上传，如有侵权请联系删除。", "热门推荐",
        "2023年区总工会工作总结", "工会工作计划范文(精选5篇)", "",
    ])
    write("101_city_plain.txt", raw.encode("utf-8"))
    gold("101_city_plain", "101_city_plain.txt", [build_article(R101, 1)], [
        "Raw (101_city_plain.txt): UTF-8; furniture removed: breadcrumb line, 发布时间/浏览 line, the page-break line 第1页 共2页 between two paragraphs, footer 第2页 共2页, 下载文档, 温馨提示, 热门推荐 and two recommended titles; full-width ９２.６％ and １２００ folded to ASCII; full-width-space indents removed.",
    ])

    # (c) 101 machine-converted to traditional with Taiwan wording, half-width punctuation
    tw = half_width(S2TWP.convert(R101["title"] + "\n\n" + R101["text"].replace("\n", "\n\n")))
    raw = "網站首頁 > 範文 > 工作總結\n\n" + tw + "\n\n上一篇:工會工作計劃\n下一篇:職工之家建設總結\n"
    write("101_city_trad.txt", raw.encode("utf-8"))
    gold("101_city_trad", "101_city_trad.txt", [build_article(R101, 1)], [
        "Raw (101_city_trad.txt): OpenCC s2twp machine conversion (Taiwan wording: 專案 for 项目, 為 …), half-width , ; : ( ) in Chinese text, 上一篇/下一篇 and breadcrumb furniture. Gold text is the original simplified wording (重点项目, not 重点专案).",
    ])

    # (b) 102 GBK bytes with furniture and one paragraph broken across a blank line
    p = paras(R102["text"])
    i = [k for k, x in enumerate(p) if x.startswith("2.劳动竞赛")][0]
    cut = p[i].index("项目开展") + 1
    p = p[:i] + [p[i][:cut], "", p[i][cut:]] + p[i + 1:]
    raw = "\r\n".join([
        "当前位置：范文网 > 总结报告 > 工会工作总结", "", R102["title"], "作者：佚名  来源：网络  人气：1265", "",
        "\r\n".join(p), "", "本文来自范文网，转载请注明出处。", "一键复制全文", "下载文档", "微信扫码分享",
    ])
    write("102_company_gbk.txt", raw.encode("gbk"))
    gold("102_company_gbk", "102_company_gbk.txt", [build_article(R102, 1)], [
        "Raw (102_company_gbk.txt): GBK bytes, CRLF line ends; furniture removed: breadcrumb, 作者/来源/人气 line, 本文来自…, 一键复制全文, 下载文档, 微信扫码分享. The paragraph 2.劳动竞赛成效明显… is broken across a blank line inside 工程项|目 in the source and is rejoined.",
    ])

    # (d) 103 traditional with pinyin annotations, half-width punctuation
    raw = half_width(pinyin_annotate(R103["title"], 0.6, 1) + "\n\n思而思学网\n\n" + pinyin_annotate(R103["text"], 0.45, 2).replace("\n", "\n\n")) + "\n"
    raw = raw.replace("思而思學網", "思而思学网")
    write("103_county_pinyin.txt", raw.encode("utf-8"))
    gold("103_county_pinyin", "103_county_pinyin.txt", [build_article(R103, 1)], [
        "Raw (103_county_pinyin.txt): traditional (OpenCC s2t) with pinyin tone annotations in half-width brackets after about half the characters whose traditional form differs (縣(xiàn)總工會(huì)); half-width , ; : ( ) in Chinese text (the （一） markers become (一)); site name line 思而思学网 removed.",
    ])

    # 103 traditional in Big5
    raw = opencc.OpenCC("s2tw").convert(R103["title"] + "\r\n" + "\r\n".join("　　" + x for x in paras(R103["text"]))) + "\r\n"
    write("103_county_big5.txt", raw.encode("big5"))
    gold("103_county_big5", "103_county_big5.txt", [build_article(R103, 1)], [
        "Raw (103_county_big5.txt): Big5 bytes of an OpenCC s2tw conversion (Taiwan character forms, no Taiwan phrases), CRLF, full-width-space indents; 1—6月份 keeps its dash.",
    ])

    # 104 plain UTF-8 with BOM
    raw = "\ufeff" + R104["title"] + "\n" + "\n".join(paras(R104["text"])) + "\n【打印本页】 【关闭窗口】\n"
    write("104_community_bom.txt", raw.encode("utf-8"))
    gold("104_community_bom", "104_community_bom.txt", [build_article(R104, 1)], [
        "Raw (104_community_bom.txt): UTF-8 with BOM, title line first; furniture 【打印本页】 【关闭窗口】 removed.",
    ])

    # (f) two reports on one page as 篇1/篇2, machine-converted to traditional with Taiwan wording
    coll = "基層工會年度工作總結(精選2篇)"
    t1, t2 = "基層工會年度工作總結 篇1", "基層工會年度工作總結 篇2"
    raw = "\n\n".join([
        "網站首頁 工作範例 辦公範例 個人範例 黨團範例 簡歷範例", coll, "欄目: 工會工作總結 / 釋出於: / 人氣:2.3W",
        t1, half_width(S2TWP.convert(R104["text"])).replace("\n", "\n\n"), coll,
        t2, half_width(S2TWP.convert(R105["text"])).replace("\n", "\n\n"), "【基層工會年度工作總結(精選2篇)】相關文章:",
        "社群工會工作計劃範文", "機關工會年度工作總結3篇",
    ]) + "\n"
    write("104_105_pair_tw.txt", raw.encode("utf-8"))
    a1 = build_article(R104, 1, "基层工会年度工作总结 篇1")
    a2 = build_article(R105, 2, "基层工会年度工作总结 篇2")
    gold("104_105_pair_tw", "104_105_pair_tw.txt", [a1, a2], [
        "Raw (104_105_pair_tw.txt): one page, two articles, OpenCC s2twp (社群 for 社区, 全域性 for 全局, 比賽專案 for 比赛项目, 設定, 聯絡, 批量 trap for 批次 on the way back …) with half-width punctuation; titles are the 篇 lines (simplified); furniture removed: navigation, collection title (twice), 欄目/人氣 line, related-articles footer.",
    ])

    # (e) 105 as an HTML page
    ps = "\n".join(
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;" + html.escape(x, quote=False).replace("“", "&ldquo;").replace("”", "&rdquo;") + "</p>"
        for x in paras(R105["text"]))
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{R105['title']}_工作总结_范文大全网</title>
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script"); }})();</script>
<style>.nav li{{float:left}}</style></head>
<body><div class="top"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zj/">工作总结</a></li><li><a href="/jh/">工作计划</a></li></ul></div>
<div class="crumb">您现在的位置：<a href="/">首页</a> &gt; <a href="/zj/">工作总结</a> &gt; 正文</div>
<div class="article"><h1>{R105['title']}</h1><div class="info">时间：2022-01-05 来源：范文大全网 阅读：<span>1,024</span></div>
<div class="content">
{ps}
</div>
<div class="pages">上一篇：<a href="/zj/1.html">2021年社区工会工作总结</a> 下一篇：<a href="/zj/3.html">机关工会工作计划</a></div></div>
<div class="footer">Copyright © 2022 范文大全网 版权所有 联系电话：010-62345678</div></body></html>
"""
    write("105_organ_html.html", page.encode("utf-8"))
    gold("105_organ_html", "105_organ_html.html", [build_article(R105, 1)], [
        "Raw (105_organ_html.html): an HTML page (UTF-8, <p> per paragraph with &nbsp; indents, &ldquo;/&rdquo; entities, script/style, navigation, breadcrumb, info line, prev/next links, footer with a phone number); only the <h1> title and the <p> body are report content.",
    ])

    # 106 flattened onto one line
    p = paras(R106["text"])
    flat = R106["title"] + " " + " ".join(p) + " 咨询电话：0755-83216688 "
    raw = "首页 > 范文 > 工作总结\n" + flat + "\n上一篇：社区工会工作总结\n下一篇：2024年街道工会工作计划\n"
    write("106_street_oneline.txt", raw.encode("utf-8"))
    gold("106_street_oneline", "106_street_oneline.txt", [build_article(R106, 1)], [
        "Raw (106_street_oneline.txt): the report (title first) is flattened onto one line, paragraphs joined by single spaces; furniture removed: breadcrumb, the trailing 咨询电话：0755-83216688 on the body line, 上一篇/下一篇.",
    ])

    total = sum(f.stat().st_size for f in (HERE / "raw").iterdir())
    print(f"raw corpus: {total} bytes in {len(list((HERE / 'raw').iterdir()))} files")


if __name__ == "__main__":
    main()
