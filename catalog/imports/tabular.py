"""CSV files in and out, and what an import reports about them (row, column, reason).

Row numbers are the ones a spreadsheet shows: the header is row 1, the first item row 2.
A quoted cell spanning several lines still counts as one row.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeAlias, TypeVar

from flask_babel import LazyString, gettext
from flask_babel import lazy_gettext as _l

from shop.errors import ShopError

T = TypeVar("T")
Progress = Callable[[int], None]
Reason: TypeAlias = LazyString | str

HEADER_ROW = 1
MAX_FILE_BYTES = 64 * 1024 * 1024
# Large enough for a long description, small enough that a stray quote swallowing the
# rest of the file is reported instead of read as one huge cell.
MAX_CELL_CHARS = 100_000
# Below SQLite's and PostgreSQL's limits on bound parameters in one statement.
QUERY_CHUNK = 900


@dataclass(frozen=True, slots=True)
class ImportIssue:
    reason: Reason
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        if self.row is not None and self.column:
            return gettext(
                "Row %(row)s, column %(column)s: %(reason)s",
                row=self.row,
                column=self.column,
                reason=str(self.reason),
            )
        if self.row is not None:
            return gettext("Row %(row)s: %(reason)s", row=self.row, reason=str(self.reason))
        return str(self.reason)


class ImportFailed(ShopError):
    """The file has problems; nothing was written. `issues` lists every one of them."""

    message = _l("The file was refused and nothing was imported.")

    def __init__(self, issues: Sequence[ImportIssue]) -> None:
        super().__init__()
        self.issues = list(issues)


class InvalidCell(Exception):
    """Raised by a cell parser; RowIssues records its reason against the row and column."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Record:
    """One row of the file: its number and its cells by column name, as written."""

    number: int
    cells: Mapping[str, str]

    def code(self, column: str) -> str:
        return self.cells[column].strip()


class RowIssues:
    """Reads the cells of one record, recording every problem against the shared list."""

    def __init__(self, record: Record, issues: list[ImportIssue]) -> None:
        self.record = record
        self._issues = issues
        self.failed = False

    def add(self, column: str | None, reason: Reason) -> None:
        self.failed = True
        self._issues.append(ImportIssue(reason, row=self.record.number, column=column))

    def cell(self, column: str, parse: Callable[[str], T], *, required: bool = False) -> T | None:
        """The parsed cell, or None when it is blank ("not given") or invalid (reported)."""
        raw = self.record.cells[column]
        if not raw.strip():
            if required:
                self.add(column, _l("A value is required."))
            return None
        try:
            return parse(raw)
        except InvalidCell as error:
            self.add(column, error.reason)
            return None


def read_records(data: bytes, columns: Sequence[str]) -> list[Record]:
    """The non-blank rows of a UTF-8 CSV file (with or without BOM) whose header names
    exactly `columns`, in any order. Structural problems raise ImportFailed at once:
    validating cells that may have slid into the wrong column would only add noise."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportFailed(
            [
                ImportIssue(
                    _l(
                        "The file is larger than %(size)s MB; split it into smaller files.",
                        size=MAX_FILE_BYTES // (1024 * 1024),
                    )
                )
            ]
        )
    text = _decode(data)
    if not text.strip():
        raise ImportFailed(
            [ImportIssue(_l("The file is empty: it needs a header row, then one row per item."))]
        )
    issues: list[ImportIssue] = []
    rows = _numbered(csv.reader(io.StringIO(text, newline=""), strict=True), issues)
    first = next(rows, None)
    if first is None:  # the header itself is not valid CSV (reported in issues)
        raise ImportFailed(issues)
    header = [name.strip() for name in first[1]]
    issues.extend(_header_issues(header, columns))
    if issues:
        raise ImportFailed(issues)
    records = []
    for number, cells in rows:
        if not any(cell.strip() for cell in cells):
            continue  # blank lines and rows of empty cells are not items
        if len(cells) != len(header):
            issues.append(
                ImportIssue(
                    _l(
                        "This row has %(found)s cells but the header has %(expected)s; "
                        "a cell containing a comma must be quoted.",
                        found=len(cells),
                        expected=len(header),
                    ),
                    row=number,
                )
            )
            continue
        too_long = [
            name for name, cell in zip(header, cells, strict=True) if len(cell) > MAX_CELL_CHARS
        ]
        for name in too_long:
            issues.append(
                ImportIssue(
                    _l("This cell is longer than %(limit)s characters.", limit=MAX_CELL_CHARS),
                    row=number,
                    column=name,
                )
            )
        records.append(Record(number, dict(zip(header, cells, strict=True))))
    if issues:
        raise ImportFailed(issues)
    return records


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ImportFailed(
            [
                ImportIssue(
                    _l(
                        "The file is not UTF-8 text (line %(line)s holds bytes of another "
                        "encoding). Save it as “CSV UTF-8” and import it again.",
                        line=line,
                    )
                )
            ]
        ) from None


def _header_issues(header: list[str], columns: Sequence[str]) -> list[ImportIssue]:
    issues = []
    seen: set[str] = set()
    for position, name in enumerate(header, start=1):
        if not name:
            reason = _l("Column %(position)s of the header has no name.", position=position)
        elif name in seen:
            reason = _l("The column %(column)s appears twice in the header.", column=name)
        elif name not in columns:
            reason = _l("Unknown column %(column)s.", column=name)
        else:
            seen.add(name)
            continue
        issues.append(ImportIssue(reason, row=HEADER_ROW))
    issues.extend(
        ImportIssue(_l("The column %(column)s is missing.", column=name), row=HEADER_ROW)
        for name in columns
        if name not in seen
    )
    if issues:
        issues.append(
            ImportIssue(
                _l("The header must name these columns: %(columns)s.", columns=",".join(columns)),
                row=HEADER_ROW,
            )
        )
    return issues


def _numbered(
    reader: Iterator[list[str]], issues: list[ImportIssue]
) -> Iterator[tuple[int, list[str]]]:
    number = HEADER_ROW - 1
    try:
        for cells in reader:
            number += 1
            yield number, cells
    except csv.Error as error:
        # The csv module cannot resynchronise after a quoting error: stop at the first one.
        issues.append(
            ImportIssue(
                _l(
                    "This row is not valid CSV (%(detail)s); check its quotation marks.",
                    detail=str(error),
                ),
                row=number + 1,
            )
        )


def format_csv(columns: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """The header and rows as CSV text, LF line endings like the example files."""
    lines = [_format_row(columns)]
    lines.extend(_format_row(row) for row in rows)
    return "".join(f"{line}\n" for line in lines)


def _format_row(cells: Sequence[str]) -> str:
    return ",".join(_format_cell(cell) for cell in cells)


def _format_cell(cell: str) -> str:
    # Written by hand rather than with csv.writer: with LF line endings the csv module
    # leaves a lone CR unquoted, and reading the file back would split the row there.
    if any(char in cell for char in ',"\r\n'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def in_chunks(values: Sequence[T], size: int = QUERY_CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def validate_records(
    records: Sequence[Record],
    validate: Callable[[RowIssues], T | None],
    progress: Callable[[int], None] | None = None,
) -> list[T]:
    """Runs `validate` on every record, collecting every issue of the whole file;
    raises ImportFailed if there is any, else returns the valid rows in file order."""
    issues: list[ImportIssue] = []
    rows: list[T] = []
    for record in records:
        check = RowIssues(record, issues)
        row = validate(check)
        if row is not None and not check.failed:
            rows.append(row)
        if progress:
            progress(1)
    if issues:
        raise ImportFailed(issues)
    return rows
