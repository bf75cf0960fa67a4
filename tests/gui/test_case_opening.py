"""Opening a case file: checked whole first, so the form shows one case, never two mixed.

A file the form cannot show as it is (a list where a table belongs, a count past a spin box,
`retired = "yes"`) is refused with a sentence naming the key, and the form, its title and the
case name stay as they were. A fuzz test opens many generated hostile files on top of two
different cases: each file either opens to the same form state on both, or is refused and
leaves both untouched; no exception, no Qt warning, and later edits still work.
"""

from __future__ import annotations

import datetime as dt
import typing
from decimal import Decimal
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox

from benefitcalc.core.case import Case
from benefitcalc.core.toml_reader import loads
from benefitcalc.gui.case_loading import KEYS, SECTION_KEYS, CaseRefused, form_case

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden"
FIRST = GOLDEN / "jinan-resident-level3-first-stay.toml"
SECOND = GOLDEN / "weifang-employee-maternity-caesarean.toml"
HEAD = '[case]\nregion = "jinan"\ndate = 2025-06-01\nscheme = "resident"\n'


def form_state(window) -> dict:
    """Every value the form holds (hidden fields too), the title and the case name."""
    form = window.form
    form.build_all()
    state = {}
    for key, row in form.rows.items():
        widget = row.editor
        if isinstance(widget, QComboBox):
            state[key] = (widget.currentData(), widget.currentText())
        elif isinstance(widget, QLineEdit):
            state[key] = widget.text()
        elif isinstance(widget, QSpinBox):
            state[key] = widget.value()
        elif isinstance(widget, QCheckBox):
            state[key] = widget.isChecked()
    state["conditions"] = {key: check.isChecked() for key, check in form.conditions.items()}
    state["date"] = form.date.date().toPython()
    state["only_total"] = form.only_total.isChecked()
    state["year_open"] = form.year_toggle.isChecked()
    return state


def window_state(window) -> tuple:
    return form_state(window), window.windowTitle(), window.case_name, window.case_path


def write(tmp_path: Path, text: str, name: str = "case.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


REFUSED = [
    ("a slip figure given as text instead of a table", HEAD + 'category = "inpatient"\nlevel = "level2"\nknown = "100"\n'
     '[case.costs]\ntotal = "100"\n', "case.known"),
    ("the costs given as text", HEAD + 'category = "inpatient"\nlevel = "level2"\ncosts = "abc"\n', "case.costs"),
    ("the costs given as a list", HEAD + 'category = "inpatient"\nlevel = "level2"\ncosts = [1, 2]\n', "case.costs"),
    ("an infinite child order", HEAD + 'category = "maternity"\n[case.costs]\ntotal = "100"\n'
     '[case.maternity]\nchild_order = inf\n', "case.maternity.child_order"),
    ("a child order of true", HEAD + 'category = "maternity"\n[case.costs]\ntotal = "100"\n'
     '[case.maternity]\nchild_order = true\n', "case.maternity.child_order"),
    ("a huge number of admissions", HEAD + 'category = "inpatient"\nlevel = "level2"\n[case.costs]\ntotal = "100"\n'
     '[case.year_to_date]\nadmissions = 99999999999999999\n', "case.year_to_date.admissions"),
    ("a disease given as a list", HEAD + 'category = "chronic_outpatient"\nlevel = "level2"\n[case.costs]\n'
     'total = "100"\n[case.chronic]\ndisease = ["x"]\n', "case.chronic.disease"),
    ("retired given as yes", HEAD + 'category = "inpatient"\nlevel = "level2"\nretired = "yes"\n'
     '[case.costs]\ntotal = "100"\n', "case.retired"),
    ("an unknown level", HEAD + 'category = "inpatient"\nlevel = "level9"\n[case.costs]\ntotal = "100"\n', "case.level"),
    ("a stay with no level", HEAD + 'category = "inpatient"\n[case.costs]\ntotal = "100"\n', "case.level"),
    ("a date with a time", '[case]\nregion = "jinan"\ndate = 2025-06-01T10:00:00\nscheme = "resident"\n'
     'category = "inpatient"\nlevel = "level2"\n[case.costs]\ntotal = "100"\n', "case.date"),
    ("a date the form cannot show", '[case]\nregion = "jinan"\ndate = 1900-01-01\nscheme = "resident"\n'
     'category = "inpatient"\nlevel = "level2"\n[case.costs]\ntotal = "100"\n', "case.date"),
    ("a key the form does not know", HEAD + 'category = "inpatient"\nlevel = "level2"\nfoo = 1\n'
     '[case.costs]\ntotal = "100"\n', "case.foo"),
    ("an amount given as a table", HEAD + 'category = "inpatient"\nlevel = "level2"\n[case.costs]\n'
     'total = { a = 1 }\n', "case.costs.total"),
    ("conditions that are not the two diseases", HEAD + 'category = "two_diseases"\nlevel = "level2"\n'
     '[case.costs]\ntotal = "100"\n[case.two_diseases]\nconditions = ["gout"]\n', "case.two_diseases.conditions"),
    ("an integer with five thousand digits", HEAD + 'category = "inpatient"\nlevel = "level2"\n[case.costs]\n'
     'total = ' + "9" * 5000 + "\n", "case"),
    ("arrays nested three thousand deep", HEAD + 'category = "inpatient"\nx = ' + "[" * 3000 + "]" * 3000 + "\n", "case"),
]


@pytest.mark.parametrize("name, text, key", REFUSED, ids=[r[0] for r in REFUSED])
def test_a_file_the_form_cannot_show_is_refused_whole(tmp_path, window, name, text, key):
    assert window.open_case_file(FIRST) == ""
    before = window_state(window)
    said = window.open_case_file(write(tmp_path, text))
    assert key in said and "case.toml" in said
    assert "Traceback" not in said and len(said) < 1000
    assert window_state(window) == before  # nothing of the refused file reached the form
    window.form.total.setText("60000")  # and the form works on as before
    assert window.recompute() is not None


def test_a_refusal_names_every_wrong_key_in_english_too(tmp_path, window):
    window.set_language("en")
    text = HEAD + 'category = "inpatient"\nlevel = "level2"\nretired = "yes"\ncosts = [1]\n'
    said = window.open_case_file(write(tmp_path, text))
    assert said.startswith("Cannot read the case file") and "case.retired" in said and "case.costs" in said
    assert "must be a table" in said


@pytest.mark.parametrize("name, amount, shown", [
    ("a word", '"abc"', "abc"),
    ("a negative amount", '"-5"', "-5"),
    ("a fraction of a fen", '"200.005"', "200.005"),
    ("an amount too big to be real", "1e30", "1E+30"),
    ("a float written as a number", "1234.5", "1234.5"),
], ids=lambda value: value if " " in str(value) else "")
def test_a_wrong_amount_opens_and_is_marked_at_its_field(tmp_path, window, name, amount, shown):
    text = HEAD + f'category = "inpatient"\nlevel = "level2"\n[case.costs]\ntotal = {amount}\n'
    assert window.open_case_file(write(tmp_path, text)) == ""
    assert window.form.total.text() == shown
    if name == "a float written as a number":
        assert window.current_estimate is not None
    else:
        assert window.current_estimate is None
        assert window.form.rows["costs.total"].error.isVisibleTo(window)


def test_the_form_holds_every_field_of_a_case():
    """The loader knows every key of the core's Case: a new field is either shown or refused
    deliberately, never silently dropped."""
    assert set(KEYS) == set(Case.model_fields)
    for section, keys in SECTION_KEYS.items():
        model = typing.get_type_hints(Case)[section]
        model = next(a for a in getattr(model, "__args__", (model,)) if a is not type(None))
        assert set(keys) == set(model.model_fields), section


def test_a_model_dump_of_every_golden_case_loads():
    from benefitcalc.core.case import read_case_file

    regions = [p.stem.split("-")[0] for p in GOLDEN.glob("*.toml")]
    for path in GOLDEN.glob("*.toml"):
        form_case(read_case_file(path).model_dump(), regions)
        form_case(loads(path.read_text(encoding="utf-8"))["case"], regions)
    with pytest.raises(CaseRefused):
        form_case([1], regions)


# ------------------------------------------------------------------ fuzz
MISSING = object()
hostile_values = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["jinan", "inpatient", "maternity", "level3", "employee", "hypertension", "100", "-1",
                     "1e400", "0.001", "１２３", "1_000", "2025-06-01", "", " ", "\n", "\x1b[31m"]),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([0, 1, 20, 21, 99, 100, 10**30, -1]),
    st.decimals(allow_nan=False, allow_infinity=False),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.times(),
    st.lists(st.one_of(st.integers(), st.text(max_size=5), st.sampled_from(["hypertension", "diabetes"])),
             max_size=3),
    st.dictionaries(st.sampled_from(["total", "disease", "x", "basic_fund", "conditions"]),
                    st.one_of(st.integers(), st.text(max_size=5)), max_size=2),
    st.just(MISSING),
)
PATHS = [(key,) for key in KEYS] + [(section, key) for section, keys in SECTION_KEYS.items() for key in keys] + [
    ("extra",), ("costs", "extra")
]
BASES = sorted(GOLDEN.glob("*.toml"))


def mutate(table: dict, changes) -> dict:
    table = {k: dict(v) if isinstance(v, dict) else v for k, v in table.items()}
    for path, value in changes:
        target = table
        if len(path) == 2:
            if not isinstance(table.get(path[0]), dict):
                table[path[0]] = {}
            target = table[path[0]]
        if value is MISSING:
            target.pop(path[-1], None)
        else:
            target[path[-1]] = value
    return table


@pytest.fixture
def two_windows(make_window):
    """Made once for a whole hypothesis run (fixtures are not re-made per example)."""
    return make_window(), make_window()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(base=st.sampled_from(BASES), changes=st.lists(st.tuples(st.sampled_from(PATHS), hostile_values),
                                                     min_size=1, max_size=4))
def test_hostile_case_files_open_whole_or_not_at_all(tmp_path, two_windows, base, changes):
    first, second = two_windows
    table = mutate(loads(base.read_text(encoding="utf-8"))["case"], changes)
    path = tmp_path / "fuzz.toml"
    path.write_text(tomli_w.dumps({"name": "fuzz", "case": table}), encoding="utf-8")

    assert first.open_case_file(FIRST) == "" and second.open_case_file(SECOND) == ""
    before = window_state(first), window_state(second)
    said = first.open_case_file(path), second.open_case_file(path)
    assert bool(said[0]) == bool(said[1])
    event("refused" if said[0] else "opened")
    if said[0]:  # refused: both windows exactly as they were
        assert "fuzz.toml" in said[0] and "Traceback" not in said[0]
        assert (window_state(first), window_state(second)) == before
    else:  # opened: the same form on both, whatever each showed before
        assert window_state(first) == window_state(second)
        assert first.case_path == path and first.case_name == "fuzz"
    for window in (first, second):  # later edits work, and say nothing twice
        window.form.total.setText("1000")
        window.recompute()
        window.form.year_toggle.setChecked(not window.form.year_toggle.isChecked())
        window.recompute()


def test_a_wrong_value_inside_a_valid_looking_file_never_reaches_the_estimate_unmarked(tmp_path, window):
    text = HEAD + 'category = "inpatient"\nlevel = "level2"\n[case.costs]\ntotal = "100"\nself_paid = "300"\n'
    assert window.open_case_file(write(tmp_path, text)) == ""
    assert window.current_estimate is None
    assert window.form.rows["costs.self_paid"].error.isVisibleTo(window)
    assert dt.date(2025, 6, 1) == window.form.date.date().toPython()
    assert Decimal(window.form.total.text()) == 100
