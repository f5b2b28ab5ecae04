"""How well does the normaliser undo template-site damage, beside the obvious baselines?

Takes clean simplified paragraphs (default: the gold texts in corpora/gold, or
``--input FILE`` with one paragraph per line), damages them the way template
sites do, and prints the character error rate (CER) of each repair against
the clean text:

- reportmine's normaliser
- OpenCC t2s
- OpenCC tw2sp (Taiwan phrases back to mainland ones)
- OpenCC t2s followed by a pinyin-stripping regex

The damage, applied per paragraph with a fixed seed:
1. Taiwan-style machine conversion (OpenCC s2twp) of the whole text;
2. pinyin annotations after every converted character, as pinyin sites print
   them (關(guān)于);
3. GBK byte damage: in some paragraphs a character's lead byte is lost and the
   shifted byte stream is decoded as GBK up to the next ASCII byte, leaving the
   pinyin of the damaged character behind (F(xiàn) for 現);
4. half-width punctuation , ; : ( ) ! in Chinese text;
5. site furniture lines (navigation, download prompts, footers) around the text.

CER is the Levenshtein distance over the clean text's length.  ``cer`` folds
with NFKC and ignores whitespace, like ``tools/score.py`` (so full/half-width
punctuation does not count); ``strict`` ignores only whitespace.

usage: python benchmarks/normalizer_eval.py [--input FILE] [--seed N] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random
import re
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parents[1]

FURNITURE_HEAD = ["网站首页 工作总结 工作计划 述职报告 心得体会 范文大全", "当前位置：首页 > 工作总结 > 工会工作总结", "栏目：工会工作总结 / 发布于：2021-03-08 / 人气：2.3W"]
FURNITURE_TAIL = ["下载文档", "温馨提示：本文档由用户上传，如有侵权请联系删除。", "热门推荐", "第3页 共3页", "一键复制全文保存为WORD", "微信扫码分享"]
PINYIN_RE = re.compile(r"\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)+\)")


def fold(s: str, nfkc: bool = True) -> str:
    if nfkc:
        s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", "", s)


def cer(pred: str, gold: str, nfkc: bool = True) -> float:
    from rapidfuzz.distance import Levenshtein

    a, b = fold(pred, nfkc), fold(gold, nfkc)
    return Levenshtein.distance(a, b) / max(1, len(b))


def clean_paragraphs(path: str | None) -> list[str]:
    if path:
        return [l.strip() for l in pathlib.Path(path).read_text(encoding="utf-8").splitlines() if l.strip()]
    paras = []
    for f in sorted((ROOT / "corpora" / "gold").glob("*.json")):
        for a in json.loads(f.read_text(encoding="utf-8"))["articles"]:
            paras.extend(p for p in a["text"].split("\n") if len(p) > 20)
    return paras


def annotate_pinyin(trad: str, simp: str) -> str:
    """Pinyin after each character the conversion changed (as pinyin sites print it)."""
    from pypinyin import Style, pinyin

    out = []
    readings = pinyin(simp, style=Style.TONE, errors=lambda x: [[""] for _ in x])
    for i, ch in enumerate(trad):
        out.append(ch)
        if i < len(simp) and ch != simp[i] and readings[i][0]:
            out.append(f"({readings[i][0]})")
    return "".join(out)


def lose_lead_byte(text: str, rng: random.Random) -> str:
    """Drop the lead byte of one annotated CJK character and decode the shifted stream as GBK.

    The stream re-synchronises at the next ASCII byte (the "(" of the next
    pinyin annotation), as in the archived pages: 現(xiàn) becomes F(xiàn).
    """
    spots = [m.start() for m in re.finditer(r"[\u4e00-\u9fff，。“”](?=[^(]{0,8}\()", text)]
    if not spots:
        return text
    i = rng.choice(spots)
    j = text.find("(", i)
    try:
        raw = text[i:j].encode("gbk")
    except UnicodeEncodeError:
        return text
    shifted = raw[1:].decode("gbk", errors="replace").replace("\ufffd", "?")
    return text[:i] + shifted + text[j:]


def halfwidth(text: str) -> str:
    return text.translate(str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!"}))


def damage_paragraph(p: str, s2twp, rng: random.Random) -> str:
    """One clean paragraph as a pinyin site prints it: s2twp, pinyin, maybe a lost GBK byte, half-width marks."""
    trad = s2twp(p)
    if len(trad) == len(p):
        trad = annotate_pinyin(trad, p)
    if rng.random() < 0.15:
        trad = lose_lead_byte(trad, rng)
    return halfwidth(trad)


def damage(paras: list[str], rng: random.Random) -> str:
    import opencc

    s2twp = opencc.OpenCC("s2twp")
    out = list(FURNITURE_HEAD)
    out.extend(damage_paragraph(p, s2twp.convert, rng) for p in paras)
    out.extend(FURNITURE_TAIL)
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", help="clean simplified text, one paragraph per line")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--limit", type=int, default=0, help="use only the first N paragraphs")
    args = ap.parse_args(argv)

    import opencc

    from reportmine.normalize import normalize

    paras = clean_paragraphs(args.input)
    if args.limit:
        paras = paras[: args.limit]
    rng = random.Random(args.seed)
    damaged = damage(paras, rng)
    clean = "\n".join(paras)
    t2s, tw2sp = opencc.OpenCC("t2s"), opencc.OpenCC("tw2sp")
    systems = {
        "reportmine": normalize(damaged),
        "opencc t2s": t2s.convert(damaged),
        "opencc tw2sp": tw2sp.convert(damaged),
        "t2s + pinyin strip": PINYIN_RE.sub("", t2s.convert(damaged)),
    }
    print(f"{len(paras)} clean paragraphs, {len(fold(clean))} characters; damaged text {len(damaged)} characters")
    print(f"{'system':22} {'cer':>8} {'strict':>8}")
    scores = {}
    for name, out in systems.items():
        scores[name] = cer(out, clean)
        print(f"{name:22} {scores[name]:8.4f} {cer(out, clean, nfkc=False):8.4f}")
    best = min(v for k, v in scores.items() if k != "reportmine")
    ours = scores["reportmine"]
    ratio = best / ours if ours else float("inf")
    print(f"best baseline / reportmine = {ratio:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
