"""Reading CSV files: encodings, headers, quoting, row numbers. No database needed."""

import pytest
from flask_babel import force_locale

from catalog.imports.tabular import ImportFailed, format_csv, read_records
from tests.imports import issues

COLUMNS = ("code", "name", "note")


@pytest.fixture(autouse=True)
def english(app):
    with app.app_context(), force_locale("en"):
        yield


def read(data: bytes) -> list[tuple[int, dict[str, str]]]:
    return [(record.number, dict(record.cells)) for record in read_records(data, COLUMNS)]


def refusal(data: bytes) -> list[tuple[int | None, str | None, str]]:
    with pytest.raises(ImportFailed) as failure:
        read_records(data, COLUMNS)
    return issues(failure.value)


def test_reads_utf8_with_or_without_a_byte_order_mark():
    text = "code,name,note\nA1,Huile d'argan,\n"
    expected = [(2, {"code": "A1", "name": "Huile d'argan", "note": ""})]
    assert read(text.encode("utf-8")) == expected
    assert read(text.encode("utf-8-sig")) == expected


def test_refuses_a_file_that_is_not_utf8_and_says_where():
    data = "code,name,note\nA1,ok,\nA2,Crème,\n".encode("latin-1")
    [(row, column, reason)] = refusal(data)
    assert (row, column) == (None, None)
    assert "not UTF-8" in reason
    assert "line 3" in reason


@pytest.mark.parametrize("data", [b"", b"\n\n", b"\xef\xbb\xbf", b"   \r\n"])
def test_refuses_an_empty_file(data):
    assert refusal(data) == [
        (None, None, "The file is empty: it needs a header row, then one row per item.")
    ]


def test_a_header_without_rows_has_nothing_to_import():
    assert read(b"code,name,note\n") == []


def test_refuses_a_header_with_a_missing_column():
    assert refusal(b"code,name\nA1,x\n") == [
        (1, None, "The column note is missing."),
        (1, None, "The header must name these columns: code,name,note."),
    ]


def test_refuses_unknown_duplicated_and_unnamed_columns():
    assert refusal(b"code,name,note,colour,name,\n")[:3] == [
        (1, None, "Unknown column colour."),
        (1, None, "The column name appears twice in the header."),
        (1, None, "Column 6 of the header has no name."),
    ]


def test_columns_may_come_in_any_order_and_header_spaces_are_ignored():
    assert read(b" note , code,name\nn,c,x\n") == [(2, {"note": "n", "code": "c", "name": "x"})]


def test_quoted_cells_keep_commas_quotes_and_line_breaks():
    data = (
        b'code,name,note\nA1,"Amlou, amandes et miel","Dit ""beldi"""\n'
        b'A2,"ligne un\nligne deux","crlf\r\ninside"\nA3,x,y\n'
    )
    assert read(data) == [
        (2, {"code": "A1", "name": "Amlou, amandes et miel", "note": 'Dit "beldi"'}),
        (3, {"code": "A2", "name": "ligne un\nligne deux", "note": "crlf\r\ninside"}),
        # A row spanning several lines of the file is still one row: A3 is row 4.
        (4, {"code": "A3", "name": "x", "note": "y"}),
    ]


def test_crlf_line_endings_are_read_like_lf():
    assert read(b"code,name,note\r\nA1,x,y\r\n") == [(2, {"code": "A1", "name": "x", "note": "y"})]


def test_blank_rows_are_skipped_but_keep_their_row_number():
    assert read(b"code,name,note\n\n,,\nA1,x,y\n") == [
        (4, {"code": "A1", "name": "x", "note": "y"})
    ]


def test_free_text_is_kept_exactly_as_written():
    name = "  ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵜⵉⴼⴰⵡⵜ  "
    note = "زيت الأركان\u200f (RTL mark kept)"
    data = f"code,name,note\nA1,{name},{note}\n".encode()
    assert read(data) == [(2, {"code": "A1", "name": name, "note": note})]


def test_rows_with_the_wrong_number_of_cells_are_all_reported():
    data = b"code,name,note\nA1,Amlou, amandes,miel\nA2,x,y\nA3,x\n"
    reason = "This row has %s cells but the header has 3; a cell containing a comma must be quoted."
    assert refusal(data) == [(2, None, reason % 4), (4, None, reason % 2)]


def test_a_broken_quotation_in_the_header_is_reported():
    [(row, column, reason)] = refusal(b'code,"name"x,note\nA1,x,y\n')
    assert (row, column) == (1, None)
    assert reason.startswith("This row is not valid CSV")


def test_a_broken_quotation_is_reported_on_its_row():
    [(row, column, reason)] = refusal(b'code,name,note\nA1,x,y\nA2,"x"y,z\n')
    assert (row, column) == (3, None)
    assert reason.startswith("This row is not valid CSV")


def test_writing_quotes_only_what_needs_it_and_round_trips():
    rows = [["A1", "plain", ""], ["A2", "a, b", 'say "hi"'], ["A3", "cr\ronly", "lf\nonly"]]
    text = format_csv(COLUMNS, rows)
    assert text.startswith('code,name,note\nA1,plain,\nA2,"a, b","say ""hi"""\n')
    assert [list(cells.values()) for _n, cells in read(text.encode())] == rows
