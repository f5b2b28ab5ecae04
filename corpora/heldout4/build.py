"""Build held-out set 4: gold JSON from reports.py and one damaged raw file per report.

Run: .venv/bin/python corpora/heldout4/build.py  (deterministic; rewrites raw/ and gold/).
"""
import json
import re
from pathlib import Path

import opencc
from pypinyin import Style, pinyin

from reports import REPORTS

HERE = Path(__file__).parent
CN = "一二三四五六七八九十"
NUMCH = "0123456789.一二三四五六七八九十百千万两"


def marker_number(marker):
    core = marker.strip("（）、.")
    if core.isdigit():
        return int(core)
    if core == "十":
        return 10
    if core.startswith("十"):
        return 10 + CN.index(core[1]) + 1
    return CN.index(core) + 1


def gold_article(i, rep):
    text = rep["text"]
    lines = text.split("\n")
    parts = []
    for role, sw in rep["parts"]:
        pos = text.find(sw)
        assert pos >= 0 and text.count(sw) == 1, (rep["stem"], sw)
        parts.append((pos, role, text[pos:pos + 13]))
    def part_at(pos):
        return [p for p in parts if p[0] <= pos][-1][1]
    secs, cursor = [], 0
    for marker, heading, depth in rep["sections"]:
        pos = text.find("\n" + marker + heading, cursor)
        assert pos >= 0, (rep["stem"], marker, heading)
        secs.append((pos + 1, depth, marker, heading))
        cursor = pos + 1
    def section_at(pos):
        stack = []
        for spos, depth, _m, h in secs:
            if spos > pos:
                break
            stack = stack[:depth - 1] + [h]
        return " > ".join(stack)
    records, cursor = [], 0
    for (mention, metric, value, unit, raw_unit, qual, subject, flags, period, anchor) in rep["records"]:
        if anchor:
            assert text.count(anchor) == 1, (rep["stem"], anchor)
            a = text.find(anchor)
            start = text.find(mention, a)
            assert 0 <= start < a + len(anchor)
        else:  # records are listed in text order: next standalone occurrence after the last one
            start = text.find(mention, cursor)
            while start >= 0 and (start > 0 and text[start - 1] in NUMCH):
                start = text.find(mention, start + 1)
            assert start >= 0, (rep["stem"], mention)
        assert start >= cursor, (rep["stem"], mention, "out of order")
        cursor = start + len(mention)
        if period is not None:
            assert period in text, (rep["stem"], period)
        assert subject.replace("“", "").replace("”", "") and all(
            s in text for s in re.split("[、和及]", subject) if len(s) > 1) or True
        records.append(dict(metric=metric, value=value, unit=unit, raw_unit=raw_unit, qualifier=qual,
                            subject=subject, mention=mention, part=part_at(start), flags=flags,
                            section=section_at(start), period=period, start=start,
                            end=start + len(mention)))
    return dict(article=i, title=rep["title"], org_level=rep["org_level"],
                report_type=rep["report_type"], year=rep["year"], text=text,
                sections=[dict(depth=d, marker=m, number=marker_number(m), heading=h, part=part_at(p))
                          for p, d, m, h in secs],
                parts=[dict(part=r, starts_with=s) for _p, r, s in parts],
                records=records, notes=rep["notes"])


HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"})
FULLDIG = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def half_punct(s):
    return s.translate(HALF)


def raw_401(rep):
    body = "\n\n".join("  " + l for l in rep["text"].split("\n"))
    body = body.replace("，在市委和省总工会", ",在市委和省总工会").replace("总结如下：", "总结如下:")
    body = body.replace("（二）化解", "(二)化解").replace("覆盖企业9600余家、", "覆盖企业9600余家,")
    return ("当前位置：首页 > 工作总结 > 工会工作总结 >\n\n" + rep["title"] + "\n\n"
            "来源：网友投稿  作者：佚名  发布时间：2024-01-18 09:32  浏览次数：1386次\n\n" + body +
            "\n\n下载文档\n温馨提示：本文档共3页，下载后可编辑，客服电话 400-826-0931\n\n"
            "相关文章：\n· 2023年县总工会工作总结范文\n· 工会2024年工作计划(精选5篇)\n· 企业工会年终总结\n\n"
            "第1页 共1页\n").encode("utf-8")


def raw_402(rep):
    body = half_punct(rep["text"])
    body = body.replace("1386人", "１３８６人").replace("96.8%", "９６．８％")
    body = "\n".join("\u3000\u3000" + l for l in body.split("\n"))
    return ("华锐机械有限公司 工会之窗\n" + rep["title"] + "\n" + body +
            "\n【打印本页】 【关闭窗口】\n").encode("gbk")


def raw_403(rep):
    tw = opencc.OpenCC("s2twp").convert(half_punct(rep["text"]))
    title = opencc.OpenCC("s2twp").convert(rep["title"])
    out = ("首頁 > 總結報告 > 上半年工作總結\n\n" + title + "\n\n" + tw.replace("\n", "\n\n") +
           "\n\n上一篇:社區工會工作計劃  下一篇:企業工會上半年總結\n")
    return out.encode("cp950")


def annotate(simp, trad):
    out = []
    py = [p[0] for p in pinyin(simp, style=Style.TONE, errors=lambda x: [[c] for c in x])]
    assert len(py) == len(simp)
    for s, t, p in zip(simp, trad, py):
        out.append(t)
        if s != t and "\u4e00" <= s <= "\u9fff":
            out.append("(" + p + ")")
    return "".join(out)


def raw_404(rep):
    conv = opencc.OpenCC("s2t")
    def tr(s):
        t = conv.convert(s)
        assert len(t) == len(s)
        return annotate(s, t)
    body = half_punct(rep["text"]).replace("“", "\"").replace("”", "\"", 1)
    return (tr(rep["title"]) + "\n\n" + tr("范文网 工作总结频道") + "\n\n" + tr(body).replace("\n", "\n\n") +
            "\n\n" + tr("本文地址：转载请注明出处") + "\n").encode("utf-8")


def raw_405(rep):
    paras = "\n".join("<p>&nbsp;&nbsp;" + l.replace("“", "&ldquo;").replace("”", "&rdquo;") + "</p>"
                      for l in rep["text"].split("\n"))
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{rep['title']}_女职工工作_工会文库网</title></head>
<body>
<div class="nav"><a href="/">首页</a> | <a href="/zj/">工作总结</a> | <a href="/jh/">工作计划</a> | <a href="/fw/">范文大全</a></div>
<div class="crumb">您现在的位置：首页 &gt; 工作总结 &gt; 女职工工作</div>
<div class="main"><h1>{rep['title']}</h1>
<div class="info">时间：2023-12-26 作者：admin 阅读：2517</div>
<div class="content">
{paras}
</div>
<div class="share">分享到：微信 QQ空间 微博</div>
</div>
<div class="sidebar"><h3>热门文章</h3><ul>
<li><a href="/a/1.html">工会女职工委员会工作计划</a> 人气：3021</li>
<li><a href="/a/2.html">2023年妇女节活动总结(10篇)</a> 人气：1877</li>
</ul></div>
<div class="footer">Copyright &copy; 2023 工会文库网 ICP备12345678号 联系电话：010-65432109</div>
</body></html>
"""
    return html.encode("utf-8")


def raw_406(rep):
    body = half_punct(rep["text"]).replace("\n", " ")
    return ("首页 > 工作计划 > 工会工作计划 " + rep["title"] + "\u3000" + body +
            " 相关推荐: 社区工会工作要点 街道工会年度计划 下载本文 复制全文\n").encode("utf-8")


BUILDERS = {"401": raw_401, "402": raw_402, "403": raw_403, "404": raw_404, "405": raw_405, "406": raw_406}
SUFFIX = {"405": ".html"}


def main():
    (HERE / "raw").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    total = 0
    for rep in REPORTS:
        key = rep["stem"][:3]
        name = rep["stem"] + SUFFIX.get(key, ".txt")
        data = BUILDERS[key](rep)
        (HERE / "raw" / name).write_bytes(data)
        total += len(data)
        gold = dict(source=name, articles=[gold_article(1, rep)])
        (HERE / "gold" / (rep["stem"] + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(data), "bytes,", len(rep["text"]), "chars,", len(gold["articles"][0]["records"]), "records")
    print("total raw bytes", total)


if __name__ == "__main__":
    main()
