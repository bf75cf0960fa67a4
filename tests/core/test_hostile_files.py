"""Hostile and odd files never take the rest down.

A case file or a policy file that is huge, nested thousands deep, full of digits, not a file at
all, or written by Windows Notepad/Excel is read, or reported as `file: what` in the user's
language: the CLI exits 1 with one line and no traceback, and every other region stays usable.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benefitcalc.cli import main as cli_main
from benefitcalc.core.case import CaseError, read_case_file
from benefitcalc.core.messages import render
from benefitcalc.core.policy_files import read_policy_file
from benefitcalc.core.registry import PolicyRegistry
from benefitcalc.core.text_files import MAX_FILE_BYTES, FileProblem, decode_text
from benefitcalc.core.toml_reader import TomlError, loads

from .conftest import DATA, POLICIES

GOLDEN = DATA / "golden" / "jinan-resident-level3-first-stay.toml"
GOLDEN_TEXT = GOLDEN.read_text(encoding="utf-8")

# Each kind of hostile TOML, as a line that can be appended to any file, and what is said.
HOSTILE = [
    ("an integer of 5,000 digits", "x = " + "9" * 5000, "数字的位数过多"),
    ("arrays nested 2,000 deep", "x = " + "[" * 2000 + "]" * 2000, "嵌套过深"),
    ("inline tables nested 2,000 deep", "x = " + "{a = " * 2000 + "1" + "}" * 2000, "嵌套过深"),
    ("a table header of 3,000 parts", "[" + ".".join(["a"] * 3000) + "]\nx = 1", "键的层级过多"),
    ("a dotted key of 3,000 parts", ".".join(["a"] * 3000) + " = 1", "键的层级过多"),
    ("tables nested 100 deep by header and keys", "[" + ".".join(["t"] * 39) + "]\n" + ".".join(["k"] * 39) + " = [[1]]", "嵌套过深"),
    ("a file larger than 1 MiB", "# " + "x" * (MAX_FILE_BYTES + 10), "文件过大"),
]
IDS = [h[0] for h in HOSTILE]


def _one_line_error(capsys, argv: list[str]) -> str:
    assert cli_main(argv) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Traceback" not in captured.err
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    return lines[0]


@pytest.mark.parametrize(("line", "expected"), [h[1:] for h in HOSTILE], ids=IDS)
def test_a_hostile_case_file_is_one_line_naming_the_file(tmp_path, capsys, line, expected):
    path = tmp_path / "evil.toml"
    path.write_text(GOLDEN_TEXT + "\n" + line + "\n", encoding="utf-8")
    error = _one_line_error(capsys, ["estimate", str(path)])
    assert "evil.toml" in error and expected in error


@pytest.mark.parametrize(("line", "expected"), [h[1:] for h in HOSTILE], ids=IDS)
def test_a_hostile_policy_file_breaks_only_its_own_region(tmp_path, capsys, line, expected):
    folder = tmp_path / "policies"
    shutil.copytree(POLICIES, folder)
    qingdao = folder / "shandong" / "qingdao-2024.toml"
    qingdao.write_text(qingdao.read_text(encoding="utf-8") + "\n" + line + "\n", encoding="utf-8")

    assert cli_main(["policies", "check", "--policies", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "qingdao-2024.toml" in out and expected in out
    # Every other region still estimates.
    assert cli_main(["estimate", str(GOLDEN), "--policies", str(folder)]) == 0
    assert "26,400.00" in capsys.readouterr().out
    registry = PolicyRegistry.load(folder)
    assert "qingdao" not in {e.region for e in registry.usable_regions()}
    assert "jinan" in {e.region for e in registry.usable_regions()}


def test_a_fifo_named_like_a_case_file_is_refused_without_waiting(tmp_path, capsys):
    fifo = tmp_path / "case.toml"
    os.mkfifo(fifo)
    error = _one_line_error(capsys, ["estimate", str(fifo)])
    assert "case.toml" in error and "不是普通文件" in error


def test_a_folder_named_like_a_case_file_is_refused(tmp_path, capsys):
    (tmp_path / "case.toml").mkdir()
    assert "是文件夹" in _one_line_error(capsys, ["estimate", str(tmp_path / "case.toml")])


def test_binary_junk_as_a_case_file_is_refused_asking_for_utf8(tmp_path, capsys):
    path = tmp_path / "photo.toml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x80\xff\xfe\x81\x20")
    assert "请另存为 UTF-8" in _one_line_error(capsys, ["estimate", str(path)])


def test_toml_syntax_errors_are_told_in_the_users_language(tmp_path, capsys):
    path = tmp_path / "broken.toml"
    path.write_text("[case]\nregion = jinan\n", encoding="utf-8")
    zh = _one_line_error(capsys, ["estimate", str(path)])
    assert "TOML 语法错误：值的写法不对" in zh and "第 2 行" in zh and "Invalid value" not in zh
    en = _one_line_error(capsys, ["estimate", str(path), "--lang", "en"])
    assert "TOML syntax error: invalid value" in en and "line 2" in en


# --- the whole kind: whatever the text, the reader returns data or says why --------------

TOML_PIECES = st.sampled_from([
    "[", "]", "{", "}", "[[", "]]", "=", ".", ",", '"', "'", '"""', "'''", "\\", "#", "\n", "\r\n",
    " ", "a", "b.c", "1", "9" * 50, "1e999999999", "-0", "inf", "nan", "2025-06-01", "true", "\x00",
    "\x1b", "\ufeff", "区", "case", "[case]", "region = ", "total = ",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TOML_PIECES, max_size=60).map("".join))
def test_loads_returns_data_or_a_toml_error_whatever_the_text(text):
    try:
        loads(text)
    except TomlError as exc:
        for lang in ("zh", "en"):
            assert render(exc.message_with_position(), lang)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_a_mutated_case_file_gives_a_case_or_a_case_error(tmp_path, data):
    """Random cuts, insertions and byte flips of a real case file: never anything but CaseError."""
    raw = bytearray(GOLDEN_TEXT.encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 6))):
        where = data.draw(st.integers(0, len(raw)))
        action = data.draw(st.sampled_from(["insert", "delete", "flip"]))
        if action == "insert":
            raw[where:where] = data.draw(st.binary(max_size=8) | TOML_PIECES.map(lambda s: s.encode("utf-8")))
        elif action == "delete":
            del raw[where:where + data.draw(st.integers(1, 20))]
        elif where < len(raw):
            raw[where] = data.draw(st.integers(0, 255))
    path = tmp_path / "mutated.toml"
    path.write_bytes(bytes(raw))
    try:
        read_case_file(path)
    except CaseError as exc:
        assert render(exc.message, "zh") and render(exc.message, "en")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_as_a_policy_file_give_a_file_or_problems(data):
    result = read_policy_file(Path("x.toml"), "policies/x.toml", "policies", data)
    if isinstance(result, list):
        assert result and all(p.render("zh") and p.render("en") for p in result)


def test_decode_text_refuses_only_with_a_file_problem():
    with pytest.raises(FileProblem):
        decode_text(b"\x81\x20")


# --- files as Windows writes them: BOM, GBK, UTF-16, CRLF, Chinese paths ------------------

WINDOWS_ENCODINGS = ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"]
GOLDEN_FILES = sorted((DATA / "golden").glob("*.toml"))
COMMENT = "# 济南市民住院，三级医院（记事本保存）\n"


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["LF", "CRLF"])
@pytest.mark.parametrize("encoding", WINDOWS_ENCODINGS)
def test_every_golden_case_reads_the_same_in_every_encoding_windows_writes(tmp_path, encoding, newline):
    for golden in GOLDEN_FILES:
        text = COMMENT + golden.read_text(encoding="utf-8")
        path = tmp_path / golden.name
        path.write_bytes(text.replace("\n", newline).encode(encoding))
        assert read_case_file(path) == read_case_file(golden), golden.name


def test_a_case_file_from_notepad_with_bom_and_crlf_estimates_like_the_original(tmp_path, capsys):
    assert cli_main(["estimate", str(GOLDEN), "--json"]) == 0
    expected = capsys.readouterr().out
    path = tmp_path / "案例（记事本）" / "济南 住院.toml"
    path.parent.mkdir()
    path.write_bytes(b"\xef\xbb\xbf" + GOLDEN_TEXT.replace("\n", "\r\n").encode("utf-8"))
    assert cli_main(["estimate", str(path), "--json"]) == 0
    assert capsys.readouterr().out == expected


def test_a_missing_case_file_with_a_chinese_path_is_named(tmp_path, capsys):
    error = _one_line_error(capsys, ["estimate", str(tmp_path / "案例" / "没有这个.toml")])
    assert "没有这个.toml" in error and "文件不存在" in error


def test_a_damaged_utf8_case_file_says_which_line_and_to_save_as_utf8(tmp_path, capsys):
    raw = (COMMENT * 3 + GOLDEN_TEXT).encode("utf-8")
    cut = raw.index("市".encode("utf-8"), len(COMMENT.encode("utf-8"))) + 1  # the middle of line 2's 市
    path = tmp_path / "damaged.toml"
    path.write_bytes(raw[:cut] + b"\xff" + raw[cut + 1:])
    error = _one_line_error(capsys, ["estimate", str(path)])
    assert "第 2 行" in error and "另存为 UTF-8" in error


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gbk", "utf-16"])
def test_a_policy_file_saved_by_notepad_is_read(tmp_path, capsys, encoding):
    folder = tmp_path / "政策 文件"
    shutil.copytree(POLICIES, folder)
    jinan = folder / "shandong" / "jinan-2024.toml"
    jinan.write_bytes(jinan.read_text(encoding="utf-8").replace("\n", "\r\n").encode(encoding))
    assert cli_main(["policies", "check", "--policies", str(folder)]) == 0, capsys.readouterr().out
    assert cli_main(["estimate", str(GOLDEN), "--policies", str(folder), "--json"]) == 0
    assert '"basic_fund": "26400.00"' in capsys.readouterr().out
