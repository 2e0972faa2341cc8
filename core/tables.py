"""Small tables an analyst writes by hand (actors, overrides): CSV or YAML rows with their line.

:func:`read_rows` gives each row as ``(line, fields)``: the 1-based line where the row starts
in the file, and its fields with lower-cased, stripped names. A CSV file has a header row; a
YAML file is a list of mappings (or a mapping with one list under ``key``). List fields
(aliases) are YAML lists or, in CSV, values separated by ``;`` or ``|`` (:func:`split_list`).
Every problem is an :class:`~newsgraph.core.errors.InputError` naming ``FILE:LINE``.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path
from typing import Any

from newsgraph.core.errors import InputError

__all__ = ["read_rows", "split_list", "text_field", "date_field", "MAX_TABLE_BYTES"]

#: a hand-written table larger than this is not one
MAX_TABLE_BYTES = 16 << 20

Row = tuple[int, dict[str, Any]]


def read_rows(path: Path, *, key: str, what: str) -> list[Row]:
    """The rows of a CSV (``.csv``, ``.tsv``) or YAML (``.yaml``, ``.yml``) file describing ``what``."""
    where = str(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".tsv", ".yaml", ".yml"):
        raise InputError(f"{where}: give {what} as a .csv or .yaml file")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{where}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{where}: is a folder, not a {what} file") from None
    except OSError as err:
        raise InputError(f"{where}: cannot read ({err.strerror or err})") from None
    if len(data) > MAX_TABLE_BYTES:
        raise InputError(f"{where}: over the {MAX_TABLE_BYTES:,}-byte limit for a {what} file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise InputError(f"{where}:{line}: not valid UTF-8; save the file as UTF-8") from None
    rows = _yaml_rows(text, where, key) if suffix in (".yaml", ".yml") else _csv_rows(text, where, suffix)
    if not rows:
        raise InputError(f"{where}: no {what} in the file")
    return rows


def _csv_rows(text: str, where: str, suffix: str) -> list[Row]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter="\t" if suffix == ".tsv" else ",", strict=True)
    header: list[str] | None = None
    rows: list[Row] = []
    last = 0
    try:
        for cells in reader:
            start, last = last + 1, reader.line_num
            if not any(c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
                continue
            if header is None:
                header = [c.strip().lower() for c in cells]
                continue
            if len(cells) > len(header):
                raise InputError(f"{where}:{start}: {len(cells)} fields, the header has {len(header)}")
            rows.append((start, {h: c.strip() for h, c in zip(header, cells) if h and c.strip()}))
    except csv.Error as err:
        raise InputError(f"{where}:{last + 1}: bad CSV ({err})") from None
    return rows


def _yaml_rows(text: str, where: str, key: str) -> list[Row]:
    try:
        import yaml  # lazy: only YAML tables need it
    except ImportError:
        raise InputError(f"{where}: a YAML file, and PyYAML is not installed; pip install pyyaml, or use CSV") from None

    class LineLoader(yaml.SafeLoader):
        pass

    def mapping(loader: Any, node: Any) -> dict[str, Any]:
        value = loader.construct_mapping(node, deep=True)
        value["__line__"] = node.start_mark.line + 1
        return value

    LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    try:
        doc = yaml.load(text, Loader=LineLoader)  # noqa: S506 - a SafeLoader with line numbers
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise InputError(f"{where}{line}: not valid YAML ({problem})") from None
    if isinstance(doc, dict) and set(doc) - {"__line__"} == {key}:
        doc = doc[key]
    if doc is None:
        return []
    if not isinstance(doc, list):
        raise InputError(f"{where}: YAML must be a list of entries (or '{key}:' and a list)")
    rows: list[Row] = []
    for item in doc:
        if not isinstance(item, dict):
            raise InputError(f"{where}: each entry must be a mapping (name: ..., type: ...), got {item!r:.40}")
        line = item.pop("__line__")
        rows.append((line, {str(k).strip().lower(): v for k, v in item.items() if v is not None and v != ""}))
    return rows


def split_list(value: Any, where: str, name: str) -> list[str]:
    """A list field: a YAML list of strings, or a string of items separated by ``;`` or ``|``."""
    if value is None:
        return []
    if isinstance(value, list):
        if not all(isinstance(v, (str, int, float)) for v in value):
            raise InputError(f"{where}: '{name}' must be a list of names")
        items = [str(v) for v in value]
    elif isinstance(value, str):
        items = re.split(r"\s*[;|]\s*", value)
    else:
        raise InputError(f"{where}: '{name}' must be a list of names or a string of names separated by ';'")
    return [" ".join(i.split()) for i in items if i.strip()]


def text_field(fields: dict[str, Any], name: str, where: str, *, required: bool = False) -> str | None:
    """A one-line text field, stripped; None when absent (an error when ``required``)."""
    value = fields.get(name)
    if value is None:
        if required:
            raise InputError(f"{where}: missing '{name}'")
        return None
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise InputError(f"{where}: '{name}' must be text (got {type(value).__name__})")
    text = " ".join(str(value).split())
    if not text and required:
        raise InputError(f"{where}: missing '{name}'")
    return text or None


def date_field(fields: dict[str, Any], name: str, where: str) -> str | None:
    """A ``YYYY-MM-DD`` date field (YAML may give it as a date already)."""
    value = fields.get(name)
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text).isoformat() if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else _bad_date(where, name, text)
    except ValueError:
        return _bad_date(where, name, text)


def _bad_date(where: str, name: str, text: str) -> str:
    raise InputError(f"{where}: '{name}' is not a date written YYYY-MM-DD (got {text!r})")
