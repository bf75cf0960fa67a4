"""`benefitcalc batch | reconcile | calibrate`: spreadsheets of cases and of settlement slips.

batch IN -o OUT          every row estimated; OUT (.csv or .xlsx) = the input plus the results
reconcile SLIPS          each slip's payers beside the estimate, and the first step that departs
calibrate SLIPS          fit each group's deductible and rate; --write-amendment FILE saves it
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..core.locations import default_policy_dirs
from ..core.messages import msg, render
from ..core.spreadsheets import SpreadsheetError, Table, read_table, write_table
from .common import add_lang_option, add_policies_option, print_result, registry


def _common(parser, json_too: bool = True) -> None:
    add_policies_option(parser)
    add_lang_option(parser)
    if json_too:
        parser.add_argument("--json", action="store_true", help="print one JSON document")


def register(sub) -> None:
    batch = sub.add_parser("batch", help="estimate every row of a spreadsheet / 批量估算表格中的每一行")
    batch.add_argument("input", type=Path, help=".csv or .xlsx, one case per row")
    batch.add_argument("-o", "--output", type=Path, required=True, help=".csv (UTF-8 with BOM) or .xlsx")
    batch.add_argument("--workers", type=int, default=None, help="processes for large files (default: one per core)")
    _common(batch, json_too=False)
    batch.set_defaults(run=_batch)

    rec = sub.add_parser("reconcile", help="compare settlement slips with the estimate / 用结算单核对测算")
    rec.add_argument("slips", type=Path, help=".csv or .xlsx, one slip per row (slip.basic_fund …)")
    _common(rec)
    rec.set_defaults(run=_reconcile)

    cal = sub.add_parser("calibrate", help="fit deductible and rate from settlement slips / 用结算单拟合起付线和报销比例")
    cal.add_argument("slips", type=Path, help=".csv or .xlsx, one slip per row")
    cal.add_argument("--write-amendment", type=Path, metavar="FILE", help="write the exact fits as an amendment file")
    _common(cal)
    cal.set_defaults(run=_calibrate)


def _read(path: Path, lang: str) -> Table | None:
    try:
        return read_table(path)
    except SpreadsheetError as exc:
        print(render(exc.message, lang), file=sys.stderr)
        return None


def _batch(args) -> int:
    from ..core.batch import output_columns, run_batch

    table = _read(args.input, args.lang)
    if table is None:
        return 1
    policies = registry(args.policies)  # a missing policy folder is reported before any work starts
    bar = _progress(len(table.rows), args.lang)
    try:
        folders = args.policies or default_policy_dirs()
        results = list(run_batch(table.rows, folders, args.lang, args.workers, bar.update, policies))
    finally:
        bar.close()
    rows = [{**row, **res} for row, res in zip(table.rows, results)]
    try:
        write_table(args.output, output_columns(table.columns), rows)
    except SpreadsheetError as exc:
        print(render(exc.message, args.lang), file=sys.stderr)
        return 1
    errors = sum(1 for r in results if r["error"])
    print(render(msg("ui.batch.done", rows=len(rows), errors=errors, file=str(args.output)), args.lang))
    return 0


def _progress(total: int, lang: str):
    """A bar on a terminal, shown only once the run has taken a second (tqdm's `delay`)."""
    from tqdm import tqdm

    return tqdm(total=total, delay=1, unit=" 行" if lang == "zh" else " rows", file=sys.stderr,
                disable=not sys.stderr.isatty(), leave=False)


def _reconcile(args) -> int:
    from ..core.reconcile import reconcile_rows
    from ..core.slip_report import reconcile_json, reconcile_lines

    table = _read(args.slips, args.lang)
    if table is None:
        return 1
    results = reconcile_rows(table.rows, table.numbers, registry(args.policies))
    print_result(args.json, lambda: reconcile_json(results, args.lang),
                 lambda: "\n".join(reconcile_lines(results, args.lang)))
    return 0


def _calibrate(args) -> int:
    from ..core.calibrate import calibrate_rows
    from ..core.slip_report import calibration_json, calibration_lines

    table = _read(args.slips, args.lang)
    if table is None:
        return 1
    cal = calibrate_rows(table.rows, table.numbers, registry(args.policies))
    print_result(args.json, lambda: calibration_json(cal, args.lang),
                 lambda: "\n".join(calibration_lines(cal, args.lang)))
    if args.write_amendment:
        return _write_amendment(cal, args)
    return 0


def _write_amendment(cal, args) -> int:
    """Check the fit as `policies import` would (alone and among the policies in use), write it,
    and show what installing it would change; a file the import would refuse is not written."""
    from ..core.locations import context_policy_dirs, user_policy_dir
    from ..core.policy_diff import diff_lines
    from ..core.policy_install import check_files, install_name
    from ..core.slip_amendment import AmendmentError, amendment_toml

    lang, path = args.lang, args.write_amendment
    out = sys.stderr if args.json else sys.stdout
    try:
        text = amendment_toml(cal, lang)
    except AmendmentError as exc:
        print(render(exc.message, lang), file=sys.stderr)
        return 1
    user = user_policy_dir()
    folders = list(args.policies) + [user] if args.policies else context_policy_dirs(user)
    plan = check_files({install_name(path.name): text.encode("utf-8")}, folders, user)
    if not plan.ok:
        print(render(msg("ui.import_refused"), lang), file=sys.stderr)
        for problem in plan.problems:
            print(problem.render(lang), file=sys.stderr)
        return 1
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        what = msg("what.unwritable", text=exc.strerror or str(exc))
        print(render(msg("error.sheet.file", file=str(path), what=what), lang), file=sys.stderr)
        return 1
    print(render(msg("ui.fit.written", file=str(path)), lang), file=out)
    for change in plan.regions:
        name = change.name if lang == "zh" else change.name_en
        print(render(msg("ui.import_region", name=name, region=change.region, day=change.day.isoformat()), lang), file=out)
        for line in diff_lines(change.changes, lang):
            print(line, file=out)
    print(render(msg("ui.fit.install_hint", file=str(path)), lang), file=out)
    return 0
