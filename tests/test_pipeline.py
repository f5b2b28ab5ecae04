"""The whole job on the bundled samples: articles, text quality, traceability."""

import re
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from rapidfuzz.distance import Levenshtein

import reportmine
from reportmine.normalize import normalize, normalize_tracked

from conftest import GOLD_DIR, SAMPLES, load_gold


def fold(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


@pytest.fixture(scope="module")
def docs():
    return {p.stem: reportmine.load(p) for p in SAMPLES}


def test_ten_articles_with_gold_titles(docs):
    got = [(stem, a.index, a.title) for stem, d in docs.items() for a in d.articles]
    want = [(f.stem, a["article"], a["title"]) for f in sorted(GOLD_DIR.glob("*.json")) for a in load_gold(f.stem)["articles"]]
    assert got == want


def test_text_cer_within_target(docs):
    """Issue 2's bar: CER <= 0.003 over all gold articles (weighted by length, as tools/score.py)."""
    total = errors = 0
    for stem, d in docs.items():
        for ga, a in zip(load_gold(stem)["articles"], d.articles):
            g, p = fold(ga["text"]), fold(a.text)
            errors += Levenshtein.distance(p, g)
            total += len(g)
    assert errors / total <= 0.003


def test_doc_ids_follow_spec(docs):
    assert [a.doc_id for a in docs["000_b6a4e92746f443af"].articles] == ["000_b6a4e92746f443af"]
    assert [a.doc_id for a in docs["004_e50c7d9a74c650fc"].articles] == [f"004_e50c7d9a74c650fc#{i}" for i in (1, 2, 3)]


def test_every_record_traces_back(docs):
    """mention == text[start:end], and the raw offsets cover the same figure in the source."""
    n = 0
    for d in docs.values():
        for a in d.articles:
            for r in a.records:
                n += 1
                assert a.text[r.start : r.end] == r.mention
                raw = d.source.text[r.raw_start : r.raw_end]
                assert (r.raw_start, r.raw_end) == a.raw_offsets(r.start, r.end)
                # the source holds the same digits (possibly traditional/full-width around them)
                digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", r.mention))
                assert digits == re.sub(r"\D", "", unicodedata.normalize("NFKC", raw)) or not digits
                assert r.evidence and r.mention in r.evidence
                assert r.doc_id == a.doc_id and r.article == a.index
    assert n > 150


def test_every_change_is_logged_once_and_within_source(docs):
    for d in docs.values():
        ids = [id(c) for a in d.articles for c in a.changes]
        assert len(ids) == len(set(ids))
        assert set(ids) == {id(c) for c in d.changes}
        for c in d.changes:
            assert 0 <= c.raw_start <= c.raw_end <= len(d.source.text)


def test_raw_span_points_at_source(docs):
    a = docs["000_b6a4e92746f443af"].articles[0]
    i = a.text.index("区总工会")
    assert a.raw_span(i, i + 4) == "區(qū)總工會"


def test_normalisation_is_idempotent_on_samples(docs):
    for d in docs.values():
        for a in d.articles:
            assert normalize(a.text) == a.text


def test_offset_map_round_trip_on_samples(docs):
    for d in docs.values():
        t = normalize_tracked(d.source.text)
        assert len(t.starts) == len(t.text)
        # unchanged characters map onto themselves
        for i in range(0, len(t.text), 97):
            s, e = t.source_span(i, i + 1)
            if e - s == 1 and d.source.text[s] == t.text[i]:
                assert d.source.text[s:e] == t.text[i]


def test_parse_text_and_extract_on_strings():
    recs = reportmine.extract("截止目前，全镇共有会员13200人，入会率达96%以上。")
    assert [(r.metric, r.value, r.unit, r.qualifier) for r in recs] == [
        ("members", 13200.0, "person", "exact"),
        ("coverage_rate", 96.0, "percent", "more_than"),
    ]
    with pytest.raises(TypeError, match="load"):
        reportmine.parse_text(b"bytes")


def test_load_reports_missing_file_clearly(tmp_path):
    with pytest.raises(FileNotFoundError, match="nope.txt"):
        reportmine.load(tmp_path / "nope.txt")


def test_load_many_in_processes_matches_serial():
    serial = [a.to_dict() for d in reportmine.load_many(SAMPLES[:3]) for a in d.articles]
    parallel = [a.to_dict() for d in reportmine.load_many(SAMPLES[:3], workers=2) for a in d.articles]
    assert serial == parallel
    recs = list(reportmine.iter_records(SAMPLES[:3], workers=2))
    assert len(recs) == sum(len(a["records"]) for a in serial)


def test_text_in_no_article_is_kept_on_the_document():
    doc = reportmine.parse_text("某单位工会\n乡镇工会工作总结 篇1\n今年新建工会5家。\n乡镇工会工作总结 篇2\n今年发展会员120人。")
    assert [a.title for a in doc.articles] == ["乡镇工会工作总结 篇1", "乡镇工会工作总结 篇2"]
    assert [t for _, _, t in doc.leftover] == ["某单位工会"]
    rs, re_, _ = doc.leftover[0]
    assert doc.source.text[rs:re_] == "某单位工会"


def test_parts_sections_and_metadata_match_gold_end_to_end(docs):
    """Issue 3's bar through the whole pipeline: section F1 >= 0.98, parts and metadata exact."""
    from reportmine.evaluate import Score, multiset_tp

    tp = npred = ngold = 0
    for stem, d in docs.items():
        for ga, a in zip(load_gold(stem)["articles"], d.articles):
            md = a.metadata
            assert (md.year, md.org_level, md.report_type) == (ga["year"], ga["org_level"], ga["report_type"]), a.doc_id
            assert [p.role for p in a.parts] == [p["part"] for p in ga["parts"]], a.doc_id
            for p, gp in zip(a.parts, ga["parts"]):
                assert a.text.startswith(gp["starts_with"], p.start), (a.doc_id, gp)
            gold = [(s["depth"], fold(s["heading"])[:10]) for s in ga["sections"]]
            pred = [(s.depth, fold(s.heading)[:10]) for s in a.sections]
            tp, npred, ngold = tp + multiset_tp(pred, gold), npred + len(pred), ngold + len(gold)
    assert Score(tp, npred, ngold).f1 >= 0.98


_RAW_LINES = [l for p in SAMPLES for l in p.read_text(encoding="utf-8").splitlines() if l.strip()]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_RAW_LINES), min_size=1, max_size=6), st.integers(0, 40), st.integers(0, 40))
def test_normaliser_is_idempotent_and_tracks_offsets_on_random_pages(lines, cut_head, cut_tail):
    """Any page made of raw sample lines (cut anywhere): normalising twice changes nothing more,
    and every normalised character maps inside the source."""
    page = "\n".join(lines)
    page = page[cut_head : len(page) - cut_tail] if len(page) > cut_head + cut_tail else page
    t = normalize_tracked(page)
    assert normalize(t.text) == t.text
    for i in range(len(t.text)):
        s, e = t.source_span(i, i + 1)
        assert 0 <= s <= e <= len(page)


def test_article_sections_iterate_in_document_order_and_locate_offsets(docs):
    a = docs["000_b6a4e92746f443af"].articles[0]
    headings = [s.heading for s in a.sections]
    assert headings[:3] == ["加强学习，提高干部职工综合素质", "引导干部职工深入学习", "加强工会干部教育培训"]
    assert len(a.sections) == 20 and len(a.sections.roots) == 6
    assert [s.start for s in a.sections] == sorted(s.start for s in a.sections)
    i = a.text.index("共计培训干部15人")
    assert a.section_at(i).heading == "加强工会干部教育培训"
    assert a.part_at(i) == "summary" and a.part_at(a.text.index("下一步打算")) == "plan"
    assert a.section_at(0) is None


def test_normalize_stays_callable_after_its_submodules_load():
    """Importing a submodule binds reportmine.normalize to the package: it must stay callable."""
    import subprocess
    import sys

    code = ("import reportmine; a = reportmine.normalize('關於'); b = reportmine.normalize('關於');"
            "import reportmine.normalize.codec; from reportmine import normalize as n; print(a, b, n('關於'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["关于", "关于", "关于"]


def test_doc_ids_are_unique_within_a_run(tmp_path):
    """Two files with the same stem in different folders keep apart: doc_id is the relative path."""
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "report.txt").write_text("镇总工会工作总结\n全镇共有会员120人。", encoding="utf-8")
    (tmp_path / "b" / "two.txt").write_text("总结 篇1\n会员120人。\n总结 篇2\n会员130人。", encoding="utf-8")
    docs = list(reportmine.load_many(sorted(tmp_path.rglob("*.txt"))))
    ids = [a.doc_id for d in docs for a in d]
    assert ids == ["a/report", "b/report", "b/two#1", "b/two#2"]
    assert [r.path for d in docs for r in d.records] == ["a/report.txt", "b/report.txt", "b/two.txt", "b/two.txt"]
    recs = list(reportmine.iter_records(sorted(tmp_path.rglob("*.txt")), root=tmp_path / "b"))
    assert [r["doc_id"] for r in recs] == ["../a/report", "report", "two#1", "two#2"]
    single = reportmine.load(tmp_path / "a" / "report.txt", root=tmp_path)
    assert single[0].doc_id == "a/report" and single.records[0].path == "a/report.txt"


def test_a_run_over_one_folder_names_files_by_stem(docs):
    """The usual run (one folder) keeps the spec's doc_id: the file stem."""
    ids = [a.doc_id for d in reportmine.load_many(SAMPLES[:1]) for a in d]
    assert ids == [a.doc_id for a in docs[SAMPLES[0].stem]]


def test_records_carry_their_articles_metadata():
    doc = reportmine.parse_text("2022年街道总工会上半年工作总结\n今年以来，全街道新发展会员210人。")
    r = doc.records[0]
    md = doc[0].metadata
    assert (r.title, r.year, r.org_level, r.report_type) == (doc[0].title, md.year, md.org_level, md.report_type)
    assert (r.year, r.org_level) == (2022, "街道") and r.path == ""


def test_the_articles_of_a_long_page_keep_their_maps_as_stretches_and_the_same_records(monkeypatch):
    """On a page past COMPACT_FROM every article (a short one too) holds its map as stretches: every record's raw
    offsets, the article's spans and changes are those of the plain arrays."""
    from reportmine.pipeline import COMPACT_FROM
    from reportmine.textedit import OffsetRuns, TrackedText

    body = "\n".join(f"關(guān)于第{i}項：今年新建工會５家，發展會員{i}人。 ,建会率达到84.7%" for i in range(2500))
    page = f"街道总工会工作总结 篇1\n\n{body}\n\n街道总工会工作总结 篇2\n\n今年发展会员120人。\n"
    assert len(page) > COMPACT_FROM
    doc = reportmine.parse_text(page)
    art = doc.articles[0]
    assert len(doc.articles) == 2 and all(isinstance(a.offsets.starts, OffsetRuns) for a in doc.articles)
    monkeypatch.setattr(TrackedText, "compact", lambda self, min_length=0: self)
    plain = reportmine.parse_text(page)
    assert not isinstance(plain.articles[0].offsets.starts, OffsetRuns)
    assert len(doc.records) > 5000 and doc == plain and doc.records == plain.records and art.changes == plain.articles[0].changes
    for a, b in zip(doc.articles, plain.articles):
        assert all(a.raw_offsets(i, i + 5) == b.raw_offsets(i, i + 5) for i in range(0, len(a.text) - 5, 97))
        assert a.raw_span(0, len(a.text)) == b.raw_span(0, len(b.text))


def test_equal_strings_of_an_articles_records_are_one_object():
    # extraction shares them as it builds the records (not only placing): the same sentence twice
    line = "全年新发展会员1438人，建会率达到84.7%。"
    from reportmine.extraction import extract_records

    recs = extract_records(line + "\n" + line)
    a, b, c, d = recs
    assert (a.mention, a.evidence, a.why) == (c.mention, c.evidence, c.why)
    assert a.mention is c.mention and a.evidence is c.evidence and a.why is c.why and a.subject is c.subject
    assert a.evidence is b.evidence and b.why is d.why
    placed = reportmine.parse_text(line + "\n" + line).records
    assert [r.to_dict() for r in placed][0]["mention"] == "1438人" and placed[0].why is placed[2].why


def test_normalising_one_step_a_call_is_the_same_as_all_at_once():
    from reportmine.normalize.pipeline import CLEANUP_STEPS, MARKUP_STEPS, REPAIR_STEPS, simplify_script
    from reportmine.textedit import TrackedText

    raw = "會員共計１４３８人,建會率達到84.7%\n\n\n第1頁 共2頁\n關(guān)于網路\n(qū)|---|"
    whole = simplify_script(TrackedText(raw).run(MARKUP_STEPS + REPAIR_STEPS)).run(CLEANUP_STEPS)
    each = normalize_tracked(raw)
    assert (each.text, each.changes, list(each.starts), list(each.ends)) == \
        (whole.text, whole.changes, list(whole.starts), list(whole.ends))


SENTENCE_TEXTS = [
    "", "\n", "\n\n甲", "今年1月会员12人。", "。。2023年甲", "甲！！乙？\n", "2023年会员12人。\n\n 　\n建会率95%！其中女职工3人",
    "甲。\n乙\n。丙?!丁\n\n\n", "一、组织建设\n全镇会员2100人。今年新建工会5家！\n（一）帮扶\n春节前夕慰问80人，3月慰问9人",
]


@pytest.mark.parametrize("text", SENTENCE_TEXTS)
def test_sentence_columns_are_the_plain_lists(text):
    """_Sentences keeps its columns as arrays: the same lines, periods and figure flags as lists and
    dicts built the plain way."""
    from reportmine.classify import find_periods
    from reportmine.extraction import _Sentences
    from reportmine.figures import find_figures

    figures, periods = find_figures(text), find_periods(text)
    s = _Sentences(text, figures, periods)
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    assert list(zip(s.line_start, s.line_end)) == lines
    sentence_of = lambda at: max([k for k, a in enumerate(s.start) if a <= at], default=0)  # noqa: E731
    for si in range(len(s.start)):
        assert list(s.periods_of(si)) == [p for p in periods if sentence_of(p[0]) == si]
        assert bool(s.has_figure[si]) == any(sentence_of(f.start) == si for f in figures)
    assert [fi for _, fis in s.with_figures() for fi in fis] == list(range(len(figures)))
    assert all(p is q for p, q in zip(periods, (p for si in range(len(s.start)) for p in s.periods_of(si))))


def test_extraction_lets_go_of_the_masked_text():
    """classify's one-entry cache of a sentence's cues holds the masked article text: extraction
    clears it when the article's records are made (memory), and the records are the same again."""
    from reportmine import classify
    from reportmine.extraction import extract_records

    text = "学习《工会法》，今年新建工会5家，发展会员120人。其中女职工36人，占30%。"
    first = extract_records(text)
    assert classify._last_cues[0] is None
    assert extract_records(text) == first


def test_a_long_page_hands_its_freed_memory_back_once_and_a_short_one_does_not(monkeypatch):
    """After normalising a page of TRIM_FROM characters or more the job asks the C library to return
    the freed step copies to the system (once a page); a short page costs no call."""
    from reportmine import pipeline

    calls = []
    monkeypatch.setattr(pipeline, "release_freed_memory", lambda: calls.append(1) or True)
    short = "街道总工会工作总结\n\n今年发展会员120人。\n"
    assert reportmine.parse_text(short).records and calls == []
    line = "今年新建工会５家，发展会员120人。\n"
    long_page = "街道总工会工作总结\n\n" + line * (pipeline.TRIM_FROM // len(line) + 1)
    assert len(reportmine.parse_text(long_page).records) > 1000 and calls == [1]


def test_releasing_freed_memory_is_a_no_op_where_the_c_library_has_no_trim(monkeypatch):
    """Where there is no glibc malloc_trim (macOS, Windows, musl) nothing is called and the job is unchanged."""
    from reportmine import pipeline

    monkeypatch.setattr(pipeline, "_malloc_trim", lambda: None)
    assert pipeline.release_freed_memory() is False
    monkeypatch.undo()
    monkeypatch.setattr("ctypes.CDLL", lambda *a, **k: (_ for _ in ()).throw(OSError("no libc")))
    pipeline._malloc_trim.cache_clear()
    try:
        assert pipeline._malloc_trim() is None and pipeline.release_freed_memory() is False
    finally:
        monkeypatch.undo()
        pipeline._malloc_trim.cache_clear()  # the real one again, for what runs after
