"""`benefitcalc policies check|show`: validate every policy file, or list the values in force."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from ..core.messages import label, msg, render
from ..core.registry import PolicyLookupError
from .common import add_lang_option, add_policies_option, parse_date, registry
from ..core.param_labels import param_line, source_status, source_text


def register(sub) -> None:
    pol = sub.add_parser("policies", help="check or show policy files / 检查或查看政策文件")
    pol_sub = pol.add_subparsers(required=True, metavar="{check,show}")
    check = pol_sub.add_parser("check", help="validate every policy file / 检查全部政策文件",
                               description="Validate every policy file; exit 1 if any is broken.")
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


def _check(args) -> int:
    reg = registry(args.policies)
    if not reg.problems:
        print(render(msg("ui.policy_file_ok", count=len(reg.files)), args.lang))
        return 0
    print(render(msg("ui.policy_problems", count=len(reg.problems)), args.lang))
    for problem in reg.problems:
        print(problem.render(args.lang))
    return 1


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
