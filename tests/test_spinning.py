"""Spun synonyms: certain ones repaired, the rest only flagged, and only on spun pages."""

import pytest

import reportmine
from reportmine.tables import read_table
from reportmine.normalize.spinning import MIN_EVIDENCE, flag_spun_synonyms, spun_words
from reportmine.textedit import TrackedText

from conftest import SAMPLES

SPUN_PAGE = "镇工会积极效劳地方经济，夯实基层根底建设。"  # two strong words: the page was spun


@pytest.mark.parametrize("word", spun_words(), ids=lambda w: w.spun)
def test_each_table_entry_fires_on_a_spun_page(word):
    example = next(r["example"] for r in read_table("spun.tsv", "reportmine.normalize") if r["spun"] == word.spun)
    page = SPUN_PAGE + "\n" + example
    t = TrackedText(page).apply("flag_spun_synonyms", flag_spun_synonyms(page))
    hits = [c for c in t.changes if c.before == word.spun and c.raw_start >= len(SPUN_PAGE)]
    assert hits, f"{word.spun} not found in its example {example!r}"
    if word.strength == "certain":
        assert hits[0].after == word.original and not hits[0].flag
        assert word.original in t.text
    else:
        assert hits[0].flag and word.spun in t.text


@pytest.mark.parametrize(
    "text",
    [
        "今年以来，我们积极开展安全生产检查，增强职工的平安意识，推进五个一工程。",  # weak words alone
        "只有一处效劳，不足以说明问题：开展工作。",  # one strong word is not enough
        "加强基础建设，搞好职工服务，促进和谐发展。",
    ],
)
def test_ordinary_reports_are_not_flagged(text):
    assert flag_spun_synonyms(text) == []


def test_evidence_threshold_is_two_distinct_words():
    assert MIN_EVIDENCE == 2
    assert flag_spun_synonyms("效劳职工，效劳企业，开展为主题。") == []
    assert len(flag_spun_synonyms("效劳职工，夯实根底，以开展为主题。")) == 3


def test_seed_002_is_recognised_as_spun_and_the_others_are_not():
    for path in SAMPLES:
        doc = reportmine.load(path)
        spun = [c for c in doc.changes if c.step == "flag_spun_synonyms"]
        if path.name.startswith("002"):
            assert sum(c.flag for c in spun) >= 20
            assert [c.after for c in spun if not c.flag] == ["科学发展观"]
            assert "科学发展观" in doc.articles[0].text and "效劳" in doc.articles[0].text
        else:
            assert spun == [], path.name


def test_idempotent():
    page = SPUN_PAGE + "坚持以科学开展观为统领。"
    t = TrackedText(page).apply("s", flag_spun_synonyms(page))
    assert all(e.replacement == t.text[e.start : e.end] for e in flag_spun_synonyms(t.text))


def _flag_every_word_looked_for(text):
    """flag_spun_synonyms as it was: every word of the table looked for, weak ones too, on any page."""
    from reportmine.normalize import spinning

    hits = [(m.start(), m.end(), w) for w in spun_words() for m in w.pattern.finditer(text)]
    evidence = {w.spun for _, _, w in hits if w.strength in ("certain", "strong")}
    spun_page = len(evidence) >= spinning.MIN_EVIDENCE
    edits, last_end = [], -1
    for start, end, w in sorted(hits, key=lambda h: (h[0], -h[1])):
        if start < last_end:
            continue
        if w.strength == "certain":
            edits.append((start, end, w.original))
        elif spun_page:
            edits.append((start, end, w.spun))
        else:
            continue
        last_end = end
    return edits


def test_weak_words_looked_for_only_on_a_spun_page_give_the_same_edits():
    examples = [r["example"] for r in read_table("spun.tsv", "reportmine.normalize")]
    texts = examples + ["".join(examples), SPUN_PAGE + "".join(examples), "坚持以科学开展观为统领，效劳地方经济。开展好",
                        "科学开展观，开展好工作。", "效劳和诣", ""]
    for text in texts:
        assert [(e.start, e.end, e.replacement) for e in flag_spun_synonyms(text)] == _flag_every_word_looked_for(text), text
