"""The openCypher TCK's read-only scenarios on the embedded engine (benchmarks/tck.py): at least
85 % pass and none gives a wrong answer (a scenario passes or is refused, never different rows).
Reads ../shared/benchmarks/opencypher-tck/ at run time; skipped when it is absent."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import tck  # noqa: E402


@pytest.mark.corpus
def test_tck_read_only_scenarios_pass_and_none_is_wrong() -> None:
    if not tck.TCK.is_dir():
        pytest.skip(f"the openCypher TCK is not at {tck.TCK}")
    pytest.importorskip("gherkin")
    outcomes = tck.run_all()
    counted = [o for o in outcomes if o.status != "writes"]
    wrong = [f"{o.feature} :: {o.scenario} :: {o.reason}" for o in counted if o.status == "wrong"]
    errors = [f"{o.feature} :: {o.scenario} :: {o.reason}" for o in counted if o.status == "error"]
    passed = sum(o.status == "pass" for o in counted)
    assert len(counted) > 2000
    assert not wrong, wrong[:10]
    assert not errors, errors[:10]
    assert passed / len(counted) >= 0.85, f"{passed}/{len(counted)}"


def test_tck_value_notation_is_read() -> None:
    assert tck.expected("[1, 'a', null, {k: 2.5}]") == ("l", (("i", 1), ("s", "a"), None, ("m", (("k", ("f", 2.5)),))))
    assert tck.expected("(:A:B {num: 1})") == ("node", ("A", "B"), (("num", ("i", 1)),))
    assert tck.expected("<(:A)-[:T]->(:B)>")[0] == "path"
