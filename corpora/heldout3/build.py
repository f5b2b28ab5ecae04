"""Build held-out set 3: gold JSON (from the hand annotations in reports.py) and damaged raw files.

usage: python corpora/heldout3/build.py   (writes corpora/heldout3/gold/*.json and corpora/heldout3/raw/*)

Offsets are computed with str.find; every record's context and mention is asserted to be present (and the
context unique), every section heading is asserted to open a paragraph, so a typo in the annotation fails
the build instead of producing a silently wrong gold file.
"""
from __future__ import annotations

import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from reports import REPORTS  # noqa: E402

# file stem -> report keys (one article per file here)
FILES = {
    "h3_01_county_plenary": ("A", "html"),
    "h3_02_devzone_gb18030": ("B", "gb18030"),
    "h3_03_coalmine_utf16": ("C", "utf16"),
    "h3_04_township_women_s2twp": ("D", "s2twp"),
    "h3_05_courier_docx": ("E", "docx"),
    "h3_06_education_pinyin": ("F", "pinyin"),
    "h3_07_community_oneline": ("G", "oneline"),
}
EXT = {"html": ".html", "docx": ".docx"}


def locate_sections(text: str, sections) -> list[int]:
    """Start offset of every heading (marker + heading text at a paragraph start), in order."""
    starts, pos = [], 0
    for depth, marker, number, heading in sections:
        needle = marker + heading
        i = text.find(needle, pos)
        assert i >= 0 and (i == 0 or text[i - 1] == "\n"), f"heading not at a paragraph start: {needle}"
        starts.append(i)
        pos = i + len(needle)
    return starts


def part_at(text: str, parts, pos: int) -> str:
    """Role of the part holding offset pos (parts given by the text they start with, in order)."""
    role = parts[0][0]
    for name, starts_with in parts:
        i = text.find(starts_with)
        assert i >= 0, starts_with
        if i <= pos:
            role = name
    return role


def section_path(sections, starts, pos: int) -> str:
    """Heading path (outermost first, ' > ') of the innermost section opened at or before pos."""
    stack: list[str] = []
    for (depth, marker, number, heading), s in zip(sections, starts):
        if s > pos:
            break
        stack = stack[: depth - 1] + [heading]
    return " > ".join(stack)


def parse_records(rep) -> list[dict]:
    text, out = rep["text"], []
    for line in rep["records"].strip().splitlines():
        f = line.split("|")
        assert len(f) == 10, line
        ctx, mention, metric, value, unit, raw_unit, qual, subject, period, flags = f
        ctx = ctx or mention
        assert text.count(ctx) == 1, f"context not unique/present ({text.count(ctx)}): {ctx}"
        start = text.find(ctx) + ctx.find(mention)
        assert mention in ctx
        end = start + len(mention)
        assert text[start:end] == mention
        out.append(dict(metric=metric, value=float(value) if "." in value else int(value), unit=unit,
                        raw_unit=raw_unit, qualifier=qual, subject=subject, mention=mention,
                        part=part_at(text, rep["parts"], start),
                        flags=[x for x in flags.split(",") if x],
                        section=section_path(rep["sections"], locate_sections(text, rep["sections"]), start),
                        period=period or None, start=start, end=end))
    return sorted(out, key=lambda r: r["start"])


def gold_article(rep, n: int, title: str | None = None) -> dict:
    text = rep["text"]
    starts = locate_sections(text, rep["sections"])
    return dict(
        article=n, title=title or rep["title"], org_level=rep["meta"]["org_level"],
        report_type=rep["meta"]["report_type"], year=rep["meta"]["year"], text=text,
        sections=[dict(depth=d, marker=m, number=k, heading=h, part=part_at(text, rep["parts"], s))
                  for (d, m, k, h), s in zip(rep["sections"], starts)],
        parts=[dict(part=p, starts_with=sw) for p, sw in rep["parts"]],
        records=parse_records(rep), notes=rep["notes"])


# ---------------------------------------------------------------- damage

HALF = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"})
FULLDIG = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "0123456789%"})


def to_fullwidth(text: str) -> str:
    """ASCII digits and % to full width; a '.' after a digit becomes '．' (decimals and heading dots)."""
    text = re.sub(r"(?<=\d)\.", "．", text)
    return text.translate(FULLDIG)


def html_page(title: str, paras: list[str]) -> str:
    body = "\n".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{p.replace('“', '&ldquo;').replace('”', '&rdquo;')}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_县总工会_职工之家网</title></head>
<body>
<div class="header"><a href="/">职工之家网</a> | <a href="/login">登录</a> | <a href="/reg">注册</a></div>
<nav class="main-nav"><ul><li><a href="/">首页</a></li><li><a href="/news">工会要闻</a></li><li><a href="/work">工作总结</a></li><li><a href="/plan">工作计划</a></li><li><a href="/speech">讲话稿</a></li></ul></nav>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/speech">讲话稿</a> &gt; 正文</div>
<div class="container">
<div class="article">
<h1>{title}</h1>
<div class="info">发布时间：2024-01-26 10:32 &nbsp; 来源：县总工会办公室 &nbsp; 浏览次数：2381</div>
<div class="content">
{body}
</div>
<div class="share">分享到：微信 微博 QQ空间</div>
<div class="prev-next">上一篇：县总工会召开党组理论学习中心组学习会<br>下一篇：关于开展2024年“两节”送温暖活动的通知</div>
</div>
<aside class="sidebar"><h3>热门文章</h3><ul><li><a href="/a/1">2023年工会工作总结范文（通用8篇）</a></li><li><a href="/a/2">工会主席述职报告</a></li><li><a href="/a/3">基层工会换届选举工作报告</a></li></ul>
<h3>推荐阅读</h3><ul><li><a href="/a/4">职代会工作报告精选</a></li><li><a href="/a/5">工会经费审查报告</a></li></ul></aside>
</div>
<footer class="footer"><p>Copyright © 2015-2024 职工之家网 版权所有 备案号：苏ICP备12045678号-2</p><p>联系电话：0512-68123456 投稿邮箱：tougao@zgzj.example.cn</p></footer>
</body></html>
"""


def furnished_plain(title: str, body_lines: list[str]) -> str:
    head = ["首页 > 工作总结 > 工会工作总结", "", title, "",
            "发布时间：2023-02-10　　作者：园区工会　　浏览：1,206次", ""]
    tail = ["", "下载文档 | 收藏本文", "温馨提示：本文为DOC格式，可在电脑端下载后编辑修改。", "",
            "相关文章：", "2022年园区工会工作总结", "开发区总工会工作计划", "工会联合会年度工作报告（精选5篇）",
            "", "第1页 共1页"]
    return "\n".join(head + body_lines + tail) + "\n"


def annotate_pinyin(simplified: str) -> str:
    """Traditional script with a (pīnyīn) after every character that the conversion changed (seed 000 style)."""
    import opencc
    from pypinyin import Style, pinyin
    trad = opencc.OpenCC("s2t").convert(simplified)
    assert len(trad) == len(simplified)
    py = pinyin(simplified, style=Style.TONE, errors=lambda x: [[""] for _ in x])
    out = []
    for s, t, p in zip(simplified, trad, py):
        out.append(t + (f"({p[0]})" if s != t and p[0] else ""))
    return "".join(out)


def write_raw(stem: str, kind: str, rep, raw_dir: pathlib.Path) -> pathlib.Path:
    title, paras = rep["title"], rep["text"].split("\n")
    path = raw_dir / (stem + EXT.get(kind, ".txt"))
    if kind == "html":
        path.write_text(html_page(title, paras), encoding="utf-8")
    elif kind == "gb18030":
        body = ["　　" + p for p in paras]
        path.write_bytes(furnished_plain(title, body).encode("gb18030"))
    elif kind == "utf16":
        lines = [to_fullwidth(title), ""] + [to_fullwidth(p) for p in paras]
        path.write_bytes("\r\n".join(lines).encode("utf-16"))  # BOM + native order
    elif kind == "s2twp":
        import opencc
        cc = opencc.OpenCC("s2twp")
        page = ["網站首頁 工作範例 辦公範例 個人範例 黨團範例 其他範例", "",
                cc.convert(title), "", "欄目: 女職工工作 / 釋出於: 2024-07-12 / 人氣:3.2K", ""]
        page += [cc.convert(p).translate(HALF) for p in paras]
        page += ["", "上一篇: 鎮總工會2024年上半年工作總結", "下一篇: 女職工委員會工作計劃範文"]
        path.write_text("\n".join(page) + "\n", encoding="utf-8")
    elif kind == "docx":
        import docx
        d = docx.Document()
        d.add_heading(title, level=1)
        for p in paras:
            d.add_paragraph(p)
        d.core_properties.title = title
        d.save(str(path))
    elif kind == "pinyin":
        page = [annotate_pinyin(title), "", "学习啦范文网", ""]
        page += [annotate_pinyin(p).translate(HALF) for p in paras]
        page += ["", "看了" + annotate_pinyin(title) + "的人还看了:", "1.教育工会工作计划", "2.学校工会年度工作总结"]
        path.write_text("\n\n".join(x for x in page if x) + "\n", encoding="utf-8")
    elif kind == "oneline":
        page = ["首页 | 社区工作 | 工会工作 | 范文下载", "", title,
                "发布者：社区小编　发布时间：2024-07-05　浏览：1532次", "",
                " ".join(paras), "",
                "本文链接：https://www.example-fanwen.cn/shequ/2024/0705/10283.html",
                "【相关推荐】", "社区工会工作计划2024", "社区工会联合会年度工作总结范文", "", "一键复制全文 下载本文"]
        path.write_text("\n".join(page) + "\n", encoding="utf-8")
    else:
        raise ValueError(kind)
    return path


def main() -> None:
    raw_dir, gold_dir = HERE / "raw", HERE / "gold"
    raw_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    total = 0
    for stem, (key, kind) in FILES.items():
        rep = REPORTS[key]
        n = len(rep["text"])
        assert 900 <= n <= 1800, (stem, n)
        raw = write_raw(stem, kind, rep, raw_dir)
        total += raw.stat().st_size
        gold = dict(source=raw.name, articles=[gold_article(rep, 1)])
        (gold_dir / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{stem:32} {kind:8} chars={n:5} records={len(gold['articles'][0]['records']):3} raw={raw.stat().st_size}")
    print("raw total bytes", total)


if __name__ == "__main__":
    main()
