"""`benefitcalc policies check|show|diff|import|undo`: validate the policy files, list the values
in force, show what differs between two dates or folders, install files into the user's folder
(amendments, corrections) and undo the last install."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from ..core.messages import msg, render
from ..core.registry import PolicyLookupError
from .common import add_lang_option, add_policies_option, parse_date, registry
from ..core.param_labels import param_line, source_status, source_text


def register(sub) -> None:
    pol = sub.add_parser("policies", help="check or show policy files / 检查或查看政策文件")
    pol_sub = pol.add_subparsers(required=True, metavar="{check,show,diff,import,undo}")
    check = pol_sub.add_parser("check", help="validate every policy file / 检查全部政策文件",
                               description="Validate every policy file; exit 1 if any is broken. Also lists files not reviewed for a year.")
    add_policies_option(check)
    add_lang_option(check)
    check.set_defaults(run=_check)
    show = pol_sub.add_parser("show", help="the parameters in force for a region / 查看某地区生效的参数",
                              description="List the parameters in force for a region on a date, with their sources.")
    show.add_argument("region", help="the region's id, as in a case file's region (e.g. jinan, qingdao) / 地区代码")
    show.add_argument("--date", type=parse_date, default=None, help="YYYY-MM-DD (default: today) / 日期")
    add_policies_option(show)
    add_lang_option(show)
    show.add_argument("--keys", action="store_true", help="show each parameter's dotted key too")
    show.set_defaults(run=_show)
    diff = pol_sub.add_parser("diff", help="what differs between two dates, or against another folder / 比较两个日期或另一个文件夹的政策")
    diff.add_argument("region", help="a region, e.g. jinan")
    diff.add_argument("--from", dest="from_date", type=parse_date, help="YYYY-MM-DD")
    diff.add_argument("--to", dest="to_date", type=parse_date, help="YYYY-MM-DD (default: today)")
    diff.add_argument("--against", type=Path, action="append", help="compare with the policies in this folder")
    diff.add_argument("--date", type=parse_date, default=None, help="with --against: the day compared (default: today)")
    diff.add_argument("--keys", action="store_true", help="show each parameter's dotted key and file too")
    add_policies_option(diff)
    add_lang_option(diff)
    diff.set_defaults(run=_diff)
    imp = pol_sub.add_parser("import", help="check policy files and install them in your policy folder / 导入政策文件")
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE", help="policy or amendment files (.toml)")
    imp.add_argument("--policies", "--dir", dest="target", type=Path, default=None, metavar="DIR",
                     help="install into this folder (default: your own policy folder) / 安装到此文件夹")
    imp.add_argument("--dry-run", action="store_true", help="check and show the changes; install nothing")
    imp.add_argument("--keys", action="store_true", help="show each parameter's dotted key and file too")
    add_lang_option(imp)
    imp.set_defaults(run=_import)
    undo = pol_sub.add_parser("undo", help="undo the last import / 撤销上一次导入")
    undo.add_argument("--policies", "--dir", dest="target", type=Path, default=None, metavar="DIR",
                      help="the folder the import went into (default: your own policy folder) / 导入到的文件夹")
    add_lang_option(undo)
    undo.set_defaults(run=_undo)


def _check(args) -> int:
    from ..core.staleness import stale_files

    reg = registry(args.policies)
    if not reg.problems:
        print(render(msg("ui.policy_file_ok", count=len(reg.files)), args.lang))
    else:
        print(render(msg("ui.policy_problems", count=len(reg.problems)), args.lang))
        for problem in reg.problems:
            print(problem.render(args.lang))
    stale = stale_files(reg.files, date.today())
    if stale:
        print(render(msg("ui.stale_files", count=len(stale)), args.lang))
        for pfile in stale:
            reviewed = pfile.header.reviewed
            line = msg("ui.stale_file", file=pfile.display, reviewed=reviewed.isoformat()) if reviewed else msg("ui.stale_file_never", file=pfile.display)
            print(render(line, args.lang))
    return 1 if reg.problems else 0


def _diff(args) -> int:
    from ..core.policy_diff import diff_lines, diff_policies, diff_title

    lang = args.lang
    if args.against:
        day = args.date or date.today()
        sides = [(registry(args.policies), day), (registry(args.against), day)]
        names = [", ".join(str(d) for d in (args.policies or ["-"])), ", ".join(str(d) for d in args.against)]
        if not args.policies:
            names[0] = render(msg("ui.diff_installed"), lang)
        names = [f"{n} ({day})" for n in names]
    else:
        if args.from_date is None:
            print(render(msg("error.diff_needs"), lang), file=sys.stderr)
            return 1
        reg = registry(args.policies)
        to = args.to_date or date.today()
        sides = [(reg, args.from_date), (reg, to)]
        names = [args.from_date.isoformat(), to.isoformat()]
    policies = []
    for reg, day in sides:
        try:
            policies.append(reg.policy_for(args.region, day))
        except PolicyLookupError as exc:
            print(render(exc.message, lang), file=sys.stderr)
            return 1
    changes = diff_policies(*policies)
    new = policies[1]
    print(render(diff_title(new.name if lang == "zh" else new.name_en, new.region, names[0], names[1], len(changes)), lang))
    for line in diff_lines(changes, lang, args.keys) or [render(msg("ui.diff_none"), lang)]:
        print(line)
    return 0


def _user_target(args) -> Path:
    from ..core.locations import user_policy_dir

    return args.target if args.target is not None else user_policy_dir()


def _import(args) -> int:
    from ..core.locations import context_policy_dirs
    from ..core.policy_diff import diff_lines
    from ..core.policy_install import install, plan_import

    lang, target = args.lang, _user_target(args)
    plan = plan_import(args.files, context_policy_dirs(target), target)
    if not plan.ok:
        print(render(msg("ui.import_refused"), lang), file=sys.stderr)
        for problem in plan.problems:
            print(problem.render(lang), file=sys.stderr)
        return 1
    for name in plan.unchanged:
        print(render(msg("ui.import_unchanged", file=plan.displays[name]), lang))
    if not plan.files:
        return 0
    for index, change in enumerate(plan.regions):
        name = change.name if lang == "zh" else change.name_en
        if index:
            print()
        print(render(msg("ui.import_region", name=name, region=change.region, day=change.day.isoformat()), lang))
        for line in diff_lines(change.changes, lang, args.keys):
            print(line)
    if not plan.regions:
        print(render(msg("ui.import_no_change"), lang))
    if args.dry_run:
        print(render(msg("ui.import_dry_run"), lang))
        return 0
    installed = install(plan)
    print(render(msg("ui.import_done", folder=str(target), files=", ".join(p.name for p in installed)), lang))
    print(render(msg("ui.import_undo_hint"), lang))
    return 0


def _undo(args) -> int:
    from ..core.policy_install import undo

    lang, target = args.lang, _user_target(args)
    done = undo(target)
    if done is None:
        print(render(msg("ui.undo_nothing", folder=str(target)), lang), file=sys.stderr)
        return 1
    none = render(msg("ui.none"), lang)
    print(render(msg("ui.undo_done", folder=str(target), removed=", ".join(done.removed) or none, restored=", ".join(done.restored) or none), lang))
    return 0


def _show(args) -> int:
    reg = registry(args.policies)
    day = args.date or date.today()
    try:
        policy = reg.policy_for(args.region, day)
    except PolicyLookupError as exc:
        print(render(exc.message, args.lang), file=sys.stderr)
        return 1
    print(render(msg(
        "ui.show_header",
        name=policy.name if args.lang == "zh" else policy.name_en,
        region=policy.region,
        valid_from=policy.valid_from.isoformat(),
        valid_until=policy.valid_until.isoformat() if policy.valid_until else "",
    ), args.lang))
    lang = args.lang
    for key, value, prov in policy.all_provenance():
        # 居民医保 · 住院 · 报销比例 · 三级医院：60%  [未核实] what it stands in for
        line = "  " + param_line(key, value, lang, policy)
        where = source_text(prov.source, lang, status=False)
        line = f"{line}  [{source_status(prov.source, lang)}] {where}".rstrip()
        if args.keys:  # the maintainer's view: the dotted key and the file it is read from
            line += f"  [{key} · {prov.file}]"
        print(line)
    return 0
