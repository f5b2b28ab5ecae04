"""The command line, the output files and the evaluation harness."""

import json
import subprocess
import sys

import pandas as pd
import pytest

from reportmine.cli import main
from reportmine.evaluate import evaluate

from conftest import GOLD_DIR, SAMPLES, ROOT

S000, S004 = str(SAMPLES[0]), str(SAMPLES[4])


def test_normalize_prints_each_article(capsys):
    assert main(["normalize", S004]) == 0
    out = capsys.readouterr().out
    assert out.count("# 004_e50c7d9a74c650fc#") == 3
    assert "饮食服务业单位" in out and "一键复制全文" not in out


def test_normalize_explain_lists_changes(capsys):
    assert main(["normalize", "--explain", S000]) == 0
    out = capsys.readouterr().out
    assert "[strip_pinyin]" in out and "[to_simplified]" in out and "[remove_furniture]" in out


def test_parse_jsonl_has_contract_fields(tmp_path):
    out = tmp_path / "p.jsonl"
    assert main(["parse", S000, S004, "--format", "jsonl", "-o", str(out)]) == 0
    rows = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 4
    for r in rows:
        for k in ("doc_id", "article", "title", "text", "metadata", "changes", "parts", "sections", "records", "year", "org_level", "report_type"):
            assert k in r
        for s in r["sections"]:
            assert set(s) >= {"depth", "marker", "number", "heading", "part", "start", "end"}
            assert r["text"][s["start"] : s["end"]].lstrip().startswith(s["marker"].strip()) or s["marker"] == ""


def test_parse_json_array(capsys):
    assert main(["parse", S000, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and data[0]["article"] == 1


def test_outline_shows_tree(capsys):
    assert main(["outline", S000]) == 0
    out = capsys.readouterr().out
    assert "加强学习，提高干部职工综合素质" in out and "下一步打算" in out


@pytest.mark.parametrize("ext", ["csv", "jsonl", "parquet", "json"])
def test_extract_writes_every_format(tmp_path, ext):
    out = tmp_path / f"r.{ext}"
    assert main(["extract", str(SAMPLES[0].parent), "-o", str(out)]) == 0
    if ext == "csv":
        df = pd.read_csv(out)
    elif ext == "jsonl":
        df = pd.read_json(out, lines=True)
    elif ext == "json":
        df = pd.DataFrame(json.loads(out.read_text(encoding="utf-8")))
    else:
        df = pd.read_parquet(out)
    assert len(df) > 150
    for col in ("doc_id", "article", "part", "section", "metric", "subject", "value", "unit", "raw_unit", "qualifier", "period", "mention", "evidence", "start", "end", "raw_start", "raw_end", "flags"):
        assert col in df.columns
    assert set(df.unit) <= {"person", "person_time", "household", "org", "yuan", "percent", "item", "case", "session", "other"}


def test_extract_rejects_unknown_extension(tmp_path, capsys):
    assert main(["extract", S000, "-o", str(tmp_path / "r.xyz")]) == 2
    assert "extension" in capsys.readouterr().err


def test_missing_file_is_a_clear_error(capsys):
    assert main(["parse", "no/such/file.txt"]) == 2
    assert "no such file: no/such/file.txt" in capsys.readouterr().err


@pytest.fixture
def one_bad_file(tmp_path):
    """A sample report copied beside a file no reader takes (a zip archive named .txt)."""
    bad = tmp_path / "000_bad.txt"
    bad.write_bytes(b"PK\x03\x04" + bytes(60))
    good = tmp_path / SAMPLES[0].name
    good.write_bytes(SAMPLES[0].read_bytes())
    return bad, good


@pytest.mark.parametrize("command", [["parse", "--format", "jsonl"], ["normalize"], ["outline"]])
def test_a_bad_file_does_not_stop_the_run(one_bad_file, command, capsys):
    bad, good = one_bad_file
    assert main(command + [str(bad), str(good)]) == 1  # some files failed; the others are in the output
    out, err = capsys.readouterr()
    assert "000_bad" in err and "zip archive" in err
    assert SAMPLES[0].stem in out


def test_evaluate_scores_a_bad_file_as_nothing_found(one_bad_file, tmp_path, capsys):
    bad, good = one_bad_file
    gold = tmp_path / "gold"
    gold.mkdir()
    g = json.loads((GOLD_DIR / f"{SAMPLES[0].stem}.json").read_text(encoding="utf-8"))
    (gold / f"{SAMPLES[0].stem}.json").write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
    (gold / "000_bad.json").write_text(json.dumps(dict(g, source="000_bad.txt"), ensure_ascii=False), encoding="utf-8")
    assert main(["evaluate", "--json", str(gold), str(bad), str(good)]) == 1
    scores = json.loads(capsys.readouterr().out)
    n = sum(len(a["records"]) for a in g["articles"])
    assert scores["figure"]["gold"] == 2 * n  # the unread file's records count as missed
    assert scores["figure"]["pred"] <= n + 2


def test_evaluate_command_prints_scores(capsys):
    assert main(["evaluate", str(GOLD_DIR), S004]) == 0
    out = capsys.readouterr().out
    assert "typed" in out and "confusion" in out and "misses" in out


def test_evaluate_counts_errors_exactly():
    import reportmine

    doc = reportmine.load(SAMPLES[4])
    rep = evaluate(GOLD_DIR, [doc])
    typed = rep.scores["typed"]
    assert typed.gold == sum(len(a["records"]) for a in json.loads((GOLD_DIR / f"{SAMPLES[4].stem}.json").read_text(encoding="utf-8"))["articles"])
    assert typed.gold - typed.tp == len(rep.misses)
    assert typed.pred - typed.tp == len(rep.false_alarms)


def test_module_entry_point_runs():
    r = subprocess.run([sys.executable, "-m", "reportmine", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0 and "reportmine" in r.stdout


def test_a_directory_given_as_a_report_is_reportmines_own_error(tmp_path):
    """IsADirectory lives with the other errors (reportmine.errors), and stays importable from decode."""
    from reportmine import decode, errors
    from reportmine.decode import read

    assert decode.IsADirectory is errors.IsADirectory
    with pytest.raises(errors.IsADirectory) as got:
        read(tmp_path)
    assert isinstance(got.value, errors.ReportmineError) and isinstance(got.value, IsADirectoryError)
    assert str(tmp_path) in str(got.value)


def test_extract_start_up_loads_nothing_heavy_it_does_not_use(tmp_path):
    """`reportmine extract … -o x.csv` (and .jsonl) never imports pandas or pyarrow: they are for
    frames and Parquet only."""
    small = tmp_path / "small.txt"
    small.write_text("工会工作总结\n今年新建工会5家，发展会员120人。\n", encoding="utf-8")
    for ext in ("csv", "jsonl"):
        code = ("import sys\nfrom reportmine.cli import main\n"
                f"main(['extract', {str(small)!r}, '-o', {str(tmp_path / ('out.' + ext))!r}])\n"
                "print(sorted(m for m in ('pandas', 'pyarrow', 'openpyxl') if m in sys.modules))")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
        assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout
        assert (tmp_path / f"out.{ext}").stat().st_size > 0
