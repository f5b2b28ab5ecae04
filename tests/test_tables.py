"""The shared TSV table reader (reportmine/tables.py)."""

import pytest

from reportmine.tables import parse_table, read_table


def test_comments_and_blank_lines_are_skipped_and_the_first_line_is_the_header():
    text = "# a comment\n\n  # an indented comment\nword\trole\n约\tlead\n\n# between rows\n近\tlead\n"
    rows = parse_table(text, "t.tsv")
    assert rows == [{"word": "约", "role": "lead"}, {"word": "近", "role": "lead"}]
    assert [r.line for r in rows] == [5, 8]


def test_missing_trailing_cells_are_empty_strings():
    rows = parse_table("a\tb\tc\n1\n1\t2\n1\t2\t3\n", "t.tsv")
    assert rows == [{"a": "1", "b": "", "c": ""}, {"a": "1", "b": "2", "c": ""}, {"a": "1", "b": "2", "c": "3"}]


def test_cells_are_kept_as_written_quotes_included():
    rows = parse_table('pattern\treason\n"[^"\\n]{1,20}"\t quoted \n', "t.tsv")
    assert rows[0] == {"pattern": '"[^"\\n]{1,20}"', "reason": " quoted "}


def test_header_names_are_stripped():
    assert parse_table(" a \tb\n1\t2\n", "t.tsv") == [{"a": "1", "b": "2"}]


def test_a_row_longer_than_the_header_names_file_and_line():
    with pytest.raises(ValueError, match=r"^t\.tsv:4: 3 cells but the header has 2 \(a, b\)"):
        parse_table("a\tb\n1\t2\n\n1\t2\t3\n", "t.tsv")


def test_a_table_with_only_a_header_has_no_rows():
    assert parse_table("# nothing yet\na\tb\n", "t.tsv") == []


def test_read_table_finds_data_in_either_package():
    units = read_table("units.tsv")
    assert units and set(units[0]) == {"raw_unit", "unit", "note"}
    furniture = read_table("furniture.tsv", "reportmine.normalize")
    assert furniture and set(furniture[0]) == {"pattern", "kind", "note"}


def test_read_table_of_a_missing_file_says_where_it_looked():
    with pytest.raises(FileNotFoundError, match="reportmine/data"):
        read_table("no_such_table.tsv")
