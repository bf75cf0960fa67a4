"""Every sentence the core says, in 简体中文 and English: the steps, warnings and errors.

(Over 400 lines: this is the catalogue itself, one entry per sentence, in sections by layer and
by piece of work; the code that renders it is `messages`.) Parameters in braces are filled in by
`messages.render` in the reader's language.
"""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    # --- the bill ---
    "step.eligible": (
        "政策范围内费用 = 医疗费总额 − 全自费 − 乙类先行自付",
        "In-policy cost = total bill − fully self-paid − Category-B first share",
    ),
    # --- basic fund ---
    "step.deductible.admission": (
        "起付线：{level}每次住院 {deductible} 元，本年第 {nth} 次住院按 {factor} 倍计",
        "Deductible: {deductible} yuan per stay at a {level}, times {factor} for stay no. {nth} of this year",
    ),
    "step.deductible.annual": (
        "年度起付线 {deductible} 元，本年已累计 {met} 元，本次还需自付 {remaining} 元",
        "Annual deductible {deductible} yuan, {met} already met this year, {remaining} left to meet",
    ),
    "step.rate": (
        "报销比例：{level} {base}{bonus}{reduction}",
        "Rate: {base} at a {level}{bonus}{reduction}",
    ),
    "step.rate.bonus": ("，退休人员加 {bonus}", ", plus {bonus} for retirees"),
    "step.rate.reduction": ("，{location}降低 {reduction}", ", minus {reduction} for care {location}"),
    "step.basic_fund": (
        "统筹基金支付 = （政策范围内费用 − 起付线）× 报销比例",
        "Basic fund pays (in-policy cost − deductible) × rate",
    ),
    "step.basic_fund.capped": (
        "年度最高支付限额 {cap} 元，本年已支付 {paid} 元，只剩 {left} 元，本次按剩余额度支付",
        "Annual cap {cap} yuan, {paid} already paid this year, only {left} left: the fund pays what is left",
    ),
    "step.basic_fund.disease_capped": (
        "该病种年度支付限额 {cap} 元，本年已计入 {paid} 元，只剩 {left} 元",
        "This disease's annual limit {cap} yuan, {paid} already counted against it this year, {left} left",
    ),
    "step.basic_fund.beyond_cap": (
        "超出统筹基金年度限额的政策范围内费用 = （未封顶支付 − 实际支付）÷ 报销比例",
        "In-policy cost beyond the fund's annual cap = (uncapped payment − paid) ÷ rate",
    ),
    "step.basic_fund.known": (
        "统筹基金支付按结算单已知金额 {known} 元计算后续各层",
        "The basic fund payment is taken from the settlement slip ({known} yuan); later layers use it",
    ),
    "step.basic_fund.known_differs": (
        "按本政策测算的统筹基金支付为 {computed} 元，与结算单 {known} 元不同；以结算单为准",
        "This policy would give {computed} yuan from the basic fund, the slip says {known}; the slip is used",
    ),
    "step.basic_fund.not_covered_level": (
        "{scheme}在{level}发生的{category}费用不在统筹基金支付范围内，基金支付 0 元",
        "{scheme}: {category} at a {level} is not covered by the basic fund; it pays 0",
    ),
    "step.basic_fund.not_available": (
        "{scheme}没有{category}待遇，基金支付 0 元",
        "{scheme}: there is no {category} benefit; the fund pays 0",
    ),
    "step.outpatient_limit": (
        "普通门诊年度支付限额 {cap} 元，本年已支付 {paid} 元，剩余 {left} 元",
        "General outpatient annual limit {cap} yuan, {paid} already paid this year, {left} left",
    ),
    "step.two_diseases.counted": (
        "“两病”（{conditions}）年度纳入支付的药品费用限额 {limit} 元，本年已计入 {counted} 元，本次计入",
        "Medication counted for {conditions}: at most {limit} yuan a year, {counted} already counted; counted now",
    ),
    "step.two_diseases.fund": (
        "“两病”用药支付 = （本次计入费用 − 起付线）× 报销比例",
        "Medication benefit = (counted cost − deductible) × rate",
    ),
    "step.maternity.employee": (
        "职工生育医疗费用：政策范围内费用扣除起付线 {deductible} 元后，由医保基金按 {rate} 支付",
        "Employees' delivery costs: the fund pays {rate} of the in-policy cost above a deductible of {deductible} yuan",
    ),
    "step.maternity.quota": (
        "居民生育（{child}）医保支付额度 {quota} 元，基金支付不超过政策范围内费用",
        "Residents' delivery ({child}): the fund pays up to {quota} yuan of the in-policy cost",
    ),
    "step.allowance": (
        "生育津贴 = 用人单位上年度职工月平均工资 ÷ {per_month} × 产假天数（{days} 天{extras}），在医疗费之外另行发放",
        "Maternity allowance = employer's average monthly wage ÷ {per_month} × leave days ({days} days{extras}), paid beside the bill",
    ),
    "step.allowance.extra_caesarean": ("，含难产或剖宫产 {days} 天", ", incl. {days} for a difficult birth or caesarean"),
    "step.allowance.extra_babies": ("，含多胞胎 {days} 天", ", incl. {days} for extra babies"),
    # --- second layer ---
    "step.critical.base": (
        "大病保险基数 = 本年累计政策范围内个人负担（政策范围内费用 − 统筹基金支付）",
        "Critical illness base = this year's cumulative in-policy burden (in-policy cost − basic fund)",
    ),
    "step.critical.tilt": (
        "{group}享受倾斜：起付线按 {factor} 倍计为 {deductible} 元，各段比例提高 {bonus}",
        "{group}: tilted terms, deductible × {factor} = {deductible} yuan, each band +{bonus}",
    ),
    "step.critical.band": (
        "累计负担 {low}–{high} 元的部分按 {rate} 支付",
        "Cumulative burden from {low} to {high} yuan is paid at {rate}",
    ),
    "step.critical.band_open": (
        "累计负担 {low} 元以上的部分按 {rate} 支付",
        "Cumulative burden above {low} yuan is paid at {rate}",
    ),
    "step.critical.pay": (
        "大病保险支付 = 本次累计负担落在各段的部分按各段比例支付之和{cap}",
        "Critical illness pays the sum of what this bill adds to each band, at that band's rate{cap}",
    ),
    "step.critical.uncapped": ("，不设封顶线", "; no cap"),
    "step.critical.below": (
        "累计负担未超过大病保险起付线 {deductible} 元，大病保险不支付",
        "The cumulative burden has not passed the critical illness deductible of {deductible} yuan: it pays nothing",
    ),
    "step.critical.capped": (
        "大病保险年度最高支付 {cap} 元，本年已支付 {paid} 元，剩余 {left} 元",
        "Critical illness pays at most {cap} yuan a year, {paid} already paid, {left} left",
    ),
    "step.large_expense": (
        "职工大额医疗费用补助 = 超出统筹基金年度限额的政策范围内费用 × {rate}",
        "Large-expense subsidy = in-policy cost beyond the fund's annual cap × {rate}",
    ),
    "step.large_expense.none": (
        "统筹基金未达到年度最高支付限额，大额医疗费用补助不支付",
        "The basic fund did not reach its annual cap, so the large-expense subsidy pays nothing",
    ),
    "step.large_expense.capped": (
        "大额医疗费用补助年度最高 {cap} 元，本年已支付 {paid} 元，剩余 {left} 元",
        "Large-expense subsidy pays at most {cap} yuan a year, {paid} already paid, {left} left",
    ),
    "step.large_expense.uncapped": (
        "本地大额医疗费用补助不设封顶线",
        "Here the large-expense subsidy has no annual cap",
    ),
    # --- assistance ---
    "step.assistance.base": (
        "医疗救助基数 = 政策范围内费用 − 统筹基金 − 大病保险/大额补助",
        "Assistance base = in-policy cost − basic fund − second layer",
    ),
    "step.assistance": (
        "{group}医疗救助 = （救助基数 − 年度起付线剩余 {remaining} 元）× {rate}",
        "Assistance for a {group} = (base − {remaining} yuan of deductible left) × {rate}",
    ),
    "step.assistance.capped": (
        "医疗救助年度限额 {cap} 元，本年已救助 {paid} 元，剩余 {left} 元",
        "Assistance annual limit {cap} yuan, {paid} already paid, {left} left",
    ),
    "step.assistance.not_group": (
        "不属于医疗救助对象，医疗救助不适用",
        "Not in an assistance group: medical assistance does not apply",
    ),
    # --- guarantees ---
    "step.backstop.ceiling": (
        "托底保障：个人自付不超过医疗费总额的 {share}（{ceiling} 元），超出部分 {excess} 元由托底保障支付",
        "Guarantee: the patient pays at most {share} of the bill ({ceiling} yuan); the {excess} above it is paid by the guarantee",
    ),
    "step.backstop.rate": (
        "托底保障：政策范围内费用超过 {threshold} 元部分的报销比例不低于 {rate}，应报 {target} 元，差额 {shortfall} 元由托底保障支付",
        "Guarantee: at least {rate} of the in-policy cost above {threshold} yuan, i.e. {target} yuan; the shortfall {shortfall} is paid by the guarantee",
    ),
    "step.backstop.met": (
        "托底保障条件已满足，无需另行支付",
        "The guarantee is already met; it pays nothing more",
    ),
    # --- the patient ---
    "step.personal": (
        "个人支付 = 医疗费总额 − 各项基金支付",
        "The patient pays the total bill − everything the funds pay",
    ),
    "step.layer_not_applicable": (
        "{category}不适用大病保险、医疗救助和托底保障",
        "Critical illness insurance, assistance and guarantees do not apply to {category}",
    ),
    # --- warnings ---
    "warn.assumed": (
        "本次估算使用了未核实的参数（见下方列表），结果仅作参考",
        "This estimate used unverified parameters (listed below); treat it as a rough guide",
    ),
    "warn.at_bound": (
        "部分参数按政策规定的下限或上限估算（计算过程中已标出），实际标准可能不同",
        "Some values are taken at a published minimum or maximum (marked in the steps); the real ones may differ",
    ),
    "warn.day_ward": (
        "本地区日间病房按住院结算",
        "Here day-ward care is settled as a hospital stay",
    ),
    "warn.day_ward_unknown": (
        "未找到本地区日间病房按住院结算的依据，结果按普通住院估算，请向经办机构确认",
        "No source says day-ward care is settled as a stay here; estimated as a normal stay, please confirm",
    ),
    "warn.retired_resident": (
        "“退休”只对职工医保有意义，居民医保不考虑",
        "'Retired' matters only for employees; it is ignored for residents",
    ),
    "warn.known_without_policy": (
        "本政策版本没有统筹基金参数，无法与结算单金额核对",
        "This policy version has no basic fund parameters, so the slip's figure cannot be checked",
    ),
    "disclaimer": (
        "本结果为估算，仅供参考，实际以医保经办机构结算为准",
        "This is an estimate for reference only; the insurance agency's settlement is what counts",
    ),
    # --- errors in a case ---
    "error.case.field": ("{field}：{what}", "{field}: {what}"),
    "error.case.unknown_region": (
        "地区“{region}”没有政策文件（可选：{known}）",
        "No policy file for region '{region}' (known: {known})",
    ),
    "error.case.broken_region": (
        "地区“{region}”的政策文件有错误，无法估算：{problem}",
        "The policy file of region '{region}' is broken, so it cannot be used: {problem}",
    ),
    "error.case.no_version": (
        "地区“{region}”没有在 {date} 生效的政策版本（已有：{versions}）",
        "Region '{region}' has no policy version in force on {date} (versions: {versions})",
    ),
    "error.case.no_block": (
        "{policy}中没有“{block}”参数（此政策版本未包含），无法计算；{hint}",
        "{policy} has no '{block}' parameters (not in this policy version); {hint}",
    ),
    "error.hint.known_basic_fund": (
        "请在 [case.known] 中填写结算单上的统筹基金支付金额 basic_fund",
        "give the basic fund payment from the settlement slip as [case.known] basic_fund",
    ),
    "error.hint.none": ("请选择其他日期或地区", "choose another date or region"),
    "what.unknown_disease": (
        "没有这个病种“{disease}”（可选：{known}）",
        "no such disease '{disease}' (known: {known})",
    ),
    "error.case.file": ("无法读取案例文件 {file}：{what}", "Cannot read the case file {file}: {what}"),
    # field problems
    "what.missing": ("缺少此项", "missing"),
    "what.number": ("必须是数字（现为“{got}”）", "must be a number (got '{got}')"),
    "what.number_or": ("必须是数字或 {choices}（现为“{got}”）", "must be a number or {choices} (got '{got}')"),
    "what.negative": ("不能为负数（现为 {got}）", "must not be negative (got {got})"),
    "what.ge": ("必须 ≥ {limit}（现为 {got}）", "must be ≥ {limit} (got {got})"),
    "what.le": ("必须 ≤ {limit}（现为 {got}）", "must be ≤ {limit} (got {got})"),
    "what.choice": ("“{got}”不是可选值（可选：{choices}）", "'{got}' is not one of {choices}"),
    "what.unknown_key": ("未知的键（拼写错误？）", "unknown key (a typo?)"),
    "what.date": ("必须是日期，如 2025-06-01（现为“{got}”）", "must be a date like 2025-06-01 (got '{got}')"),
    "what.bool": ("必须是 true 或 false（现为“{got}”）", "must be true or false (got '{got}')"),
    "what.integer": ("必须是整数（现为“{got}”）", "must be a whole number (got '{got}')"),
    "what.list": ("必须是列表（现为“{got}”）", "must be a list (got '{got}')"),
    "what.table": ("必须是表（现为“{got}”）", "must be a table (got '{got}')"),
    "what.text": ("必须是文字（现为“{got}”）", "must be text (got '{got}')"),
    "what.self_paid_above_total": (
        "全自费 {self_paid} 元加乙类先行自付 {b_first} 元超过了医疗费总额 {total} 元",
        "self-paid {self_paid} plus Category-B first share {b_first} exceed the total bill {total}",
    ),
    "what.known_above_eligible": (
        "结算单统筹基金支付 {known} 元超过政策范围内费用 {eligible} 元",
        "the slip's basic fund payment {known} exceeds the in-policy cost {eligible}",
    ),
    "what.wage_needed": (
        "职工生育需要填写用人单位上年度职工月平均工资，用于计算生育津贴",
        "an employee birth needs the employer's average monthly wage, for the maternity allowance",
    ),
    "what.child_order_needed": (
        "居民生育需要填写这是第几孩",
        "a resident birth needs the child order (1st, 2nd, 3rd…)",
    ),
    "what.disease_needed": ("门诊慢特病需要选择病种", "chronic outpatient care needs the disease"),
    "what.conditions_needed": (
        "“两病”用药需要选择高血压、糖尿病或两者",
        "two-disease medication needs hypertension, diabetes or both",
    ),
    "what.level_needed": ("需要选择医疗机构级别", "needs the institution level"),
    "what.other": ("{text}", "{text}"),
    # --- policy file problems ---
    "policy.problem": ("{file} › {key}：{what}{line}", "{file} › {key}: {what}{line}"),
    "policy.problem.line": ("（第 {line} 行）", " (line {line})"),
    "what.toml": ("TOML 语法错误：{text}", "TOML syntax error: {text}"),
    "what.no_source": (
        "没有来源：给这个值或它所在的表加上 source",
        "no source: give this value or its table a source",
    ),
    "what.unknown_source": ("引用了未定义的来源“{source_id}”", "refers to source '{source_id}', which [sources] does not define"),
    "what.extends_unknown": (
        "继承的模板“{parent}”不存在或有错误",
        "extends '{parent}', which does not exist or is broken",
    ),
    "what.extends_no_version": (
        "继承的模板“{parent}”在 {date} 没有生效的版本",
        "extends '{parent}', which has no version in force on {date}",
    ),
    "what.extends_broken": (
        "继承的模板“{parent}”有错误（见 {file}）",
        "extends '{parent}', whose file {file} is broken",
    ),
    "what.overlap": (
        "与 {other} 的有效期重叠",
        "its validity overlaps that of {other}",
    ),
    "what.duplicate": ("与 {other} 是同一地区同一版本", "same region and version as {other}"),
    "what.unreadable": ("无法读取文件：{text}", "cannot read the file: {text}"),
    "what.seed_quote": (
        "引文不在来源文件 {document} 中",
        "the quote is not in the source document {document}",
    ),
    # --- the command-line face ---
    "ui.policy_version": ("政策版本：{name}，{valid_from} 起施行（{files}）", "Policy: {name}, in force from {valid_from} ({files})"),
    "ui.case_line": ("{scheme} · {category} · {level} · {location}", "{scheme} · {category} · {level} · {location}"),
    "ui.total": ("医疗费总额", "Total bill"),
    "ui.eligible": ("政策范围内费用", "In-policy cost"),
    "ui.payers": ("各方支付", "Who pays"),
    "ui.reimbursed": ("合计报销", "Reimbursed in all"),
    "ui.personal": ("个人支付", "The patient pays"),
    "ui.of_which": ("其中", "of which"),
    "ui.backstop_relief": ("托底保障减免", "relieved by the guarantee"),
    "ui.allowance": ("生育津贴（另行发放）", "Maternity allowance (paid separately)"),
    "ui.known": ("结算单统筹基金支付 {known}，本政策测算 {computed}", "Slip's basic fund payment {known}; this policy computes {computed}"),
    "ui.steps": ("计算过程", "How it was computed"),
    "ui.param": ("参数", "parameter"),
    "ui.unverified": ("未核实", "unverified"),
    "ui.warnings": ("提示", "Notes"),
    "ui.assumed": ("未核实参数", "Unverified parameters"),
    "ui.policy_file_ok": ("{count} 个政策文件全部有效", "All {count} policy files are valid"),
    "ui.policy_problems": ("{count} 个问题：", "{count} problem(s):"),
    "ui.show_header": ("{name}（{region}），{valid_from}–{valid_until}", "{name} ({region}), {valid_from}–{valid_until}"),
    "ui.internal_error": (
        "程序内部错误：{what}。请把这条信息告诉开发人员。",
        "Internal error: {what}. Please report this message to the developers.",
    ),
    # --- hardening: amounts, slips and steps (issue 7, core) ---
    # (add this section's messages below this line)
    "what.decimals": ("最多 {places} 位小数（现为“{got}”）", "at most {places} decimal places (got '{got}')"),

    # --- hardening: files, encodings and the command line (issue 7) ---
    # (add this section's messages below this line)
    "error.folder.missing": (
        "政策文件夹 {folder} 不存在",
        "The policy folder {folder} does not exist",
    ),
    "error.folder.not_a_folder": (
        "{folder} 不是文件夹（--policies 需要一个放政策文件的文件夹）",
        "{folder} is not a folder (--policies needs a folder of policy files)",
    ),
    # reading a file (core/text_files.py)
    "file.missing": ("文件不存在", "the file does not exist"),
    "file.no_permission": ("没有读取权限", "no permission to read it"),
    "file.os_error": ("无法读取：{text}", "cannot read it: {text}"),
    "file.is_folder": ("这是文件夹，不是文件", "it is a folder, not a file"),
    "file.not_regular": ("不是普通文件（可能是管道或设备），未读取", "not a regular file (a pipe or a device?); not read"),
    "file.too_big": ("文件过大（{size}，上限 {limit}），不像案例或政策文件", "too large ({size}, at most {limit}) to be a case or policy file"),
    "file.encoding": (
        "无法识别文件的编码（不是 UTF-8 或 GBK）：请另存为 UTF-8",
        "the text encoding is not UTF-8 or GBK: please save it as UTF-8",
    ),
    "file.damaged_utf8": (
        "第 {line} 行有损坏的字符（不是有效的 UTF-8）：请修正后另存为 UTF-8",
        "line {line} has damaged characters (not valid UTF-8): please fix it and save it as UTF-8",
    ),
    # reading TOML (core/toml_reader.py)
    "toml.at": ("{what}（第 {line} 行第 {column} 列）", "{what} (line {line}, column {column})"),
    "toml.at_line": ("{what}（第 {line} 行）", "{what} (line {line})"),
    "toml.too_big": ("文本过长（{size} 个字符，上限 {limit}）", "the text is too long ({size} characters, at most {limit})"),
    "toml.too_deep": ("嵌套过深（超过 {limit} 层）", "nested too deeply (more than {limit} levels)"),
    "toml.long_key": ("键的层级过多（超过 {limit} 段）", "a key or table name has too many parts (more than {limit})"),
    "toml.long_number": ("数字的位数过多", "a number has far too many digits"),
    "toml.invalid_statement": ("无法识别的语句", "invalid statement"),
    "toml.expected_equals": ("键后面缺少“=”", "expected '=' after a key"),
    "toml.invalid_key": ("键的写法不对", "a key starts with a character keys cannot have"),
    "toml.invalid_value": ("值的写法不对（文字要加英文引号）", "invalid value (text needs quotes)"),
    "toml.unclosed_array": ("列表缺少“]”", "a list is missing its ']'"),
    "toml.unclosed_inline_table": ("表缺少“}}”", "an inline table is missing its '}}'"),
    "toml.unterminated_string": ("文字缺少结尾的引号", "text is missing its closing quote"),
    "toml.unescaped_backslash": ("文字中的“\\”须写成“\\\\”", "a '\\' in text must be written '\\\\'"),
    "toml.bad_escape": ("文字中的转义序列不对", "invalid escape sequence in text"),
    "toml.bad_date": ("日期或时间不对", "invalid date or time"),
    "toml.expected_bracket": ("表名后缺少“]”", "expected ']' at the end of a table name"),
    "toml.expected_double_bracket": ("表名后缺少“]]”", "expected ']]' at the end of a table name"),
    "toml.twice": ("同一个键写了两次", "the same key is given twice"),
    "toml.twice_key": ("{key} 写了两次", "{key} is given twice"),
    "toml.bad_character": ("不允许的字符 {char}", "a character that is not allowed here: {char}"),
    "toml.expected": ("此处应为 {expect}", "expected {expect} here"),
    # pydantic's error types, each said in the user's language (describe_validation_error)
    "what.finite": ("必须是有限的数字（现为“{got}”）", "must be a finite number (got '{got}')"),
    "what.date_only": ("必须是日期，不能带时间（现为“{got}”）", "must be a date without a time (got '{got}')"),
    "what.max_digits": ("数字位数过多（最多 {digits} 位，现为 {got}）", "too many digits (at most {digits}, got {got})"),
    "what.gt": ("必须 > {limit}（现为 {got}）", "must be > {limit} (got {got})"),
    "what.lt": ("必须 < {limit}（现为 {got}）", "must be < {limit} (got {got})"),
    "what.empty": ("不能为空", "must not be empty"),
    "what.too_long": ("太长（最多 {limit} 个字符）", "too long (at most {limit} characters)"),
    "what.too_many": ("项数过多（最多 {limit} 项）", "too many items (at most {limit})"),
    "what.id_pattern": ("“{got}”只能由小写英文字母、数字和 _ 组成，并以字母开头", "'{got}' must be lowercase letters, digits and _, starting with a letter"),
    "what.invalid": ("取值不符合要求（现为“{got}”）", "not an acceptable value (got '{got}')"),
    # the policy model's own checks (policy_model.py validators)
    "valid.rate_and_not_covered": ("{level}既有报销比例，又列在 not_covered 中", "level {level} has a rate and is also listed in not_covered"),
    "valid.rate_missing": ("缺少此项（填写报销比例，或把该级别列入 not_covered）", "missing (give a rate or list it in not_covered)"),
    "valid.deductible_missing": ("缺少此项（该级别有待遇，需要起付线）", "missing for a covered level"),
    "valid.band_open": ("只有最后一段可以不设上限（up_to）", "only the last band may be open (no up_to)"),
    "valid.band_first": ("第一段的上限必须高于起付线 {deductible}", "the first band must end above the deductible {deductible}"),
    "valid.band_ascend": ("各段上限必须递增（{lower} 之后是 {upper}）", "edges must ascend ({lower} then {upper})"),
    "valid.amendment_own": ("修订文件（amends）不能有自己的 {name}", "an amendment (amends) has no {name} of its own"),
    "valid.until_before_from": ("失效日期 {until} 早于生效日期 {start}", "valid_until {until} is before valid_from {start}"),
    "valid.source_seed": ("来源文件类来源需要 title（标题）、issuer（发布者）和 quote（引文）", "a seed source needs title (the headline), issuer (the publisher) and quote"),
    "valid.source_official": ("官方文件类来源需要 title（文件标题）", "an official source needs title (the document's title)"),
    "valid.source_bound": ("{kind} 类来源需要 title 和 quote（规定该界限的原句）", "a {kind} source needs title and quote (the sentence that sets the bound)"),
    "valid.source_slips": ("结算单推算类来源需要 slips、first_date、last_date 和 largest_residual", "a slips source needs slips, first_date, last_date and largest_residual"),
    "valid.source_assumed": ("未核实类来源需要 note，说明它代替的是什么", "an assumed source needs a note saying what it stands in for"),
    "warn.assumed_json": (
        "本次估算使用了未核实的参数（见 assumed 字段），结果仅作参考",
        "This estimate used unverified parameters (see the \"assumed\" key); treat it as a rough guide",
    ),

    # --- plain words and sources (issue 8) ---
    # (add this section's messages below this line)
    "source.slips": (
        "{count} 张结算单（{first} 至 {last}），最大偏差 {residual} 元",
        "{count} settlement slips ({first} to {last}), largest difference {residual} yuan",
    ),
    "ui.source": ("依据", "source"),
    "input.empty": ("请填写新的数值", "Please enter the new value"),
    "input.rate": (
        "请输入 0 到 100 之间的百分数，最多两位小数（例如 62 或 62.5）",
        "Enter a percentage from 0 to 100, at most two decimals (for example 62 or 62.5)",
    ),
    "input.amount": (
        "请输入 0 到 {limit} 元之间的金额，最多两位小数",
        "Enter an amount from 0 to {limit} yuan, at most two decimals",
    ),
    "input.count": ("请输入 0 到 {limit} 之间的整数", "Enter a whole number from 0 to {limit}"),
    "input.factor": ("请输入 0 到 1 之间的系数，例如 0.5", "Enter a factor from 0 to 1, for example 0.5"),
    "input.unsupported": ("这个参数不能在这里更正，请直接编辑政策文件", "This value cannot be corrected here; edit the policy file"),

    # --- policy data: amendments, diff, import (issue 8) ---
    # (add this section's messages below this line)
    "what.no_folder": ("政策文件夹不存在", "the policy folder does not exist"),
    "what.not_regular": ("不是普通文件，已跳过", "not a regular file; skipped"),
    "what.too_large": ("文件过大，不像政策文件，已跳过", "too large to be a policy file; skipped"),
    "what.extends_cycle": ("继承关系形成循环：{cycle}", "extends form a cycle: {cycle}"),
    "what.amends_unknown": (
        "要更正的地区或模板“{region}”没有政策文件",
        "amends '{region}', which no policy file defines",
    ),
    "what.amends_broken": (
        "要更正的地区“{region}”本身的文件有错误（见 {file}）",
        "amends '{region}', whose own file is broken (see {file})",
    ),
    "what.amends_no_version": (
        "“{region}”在 {date} 及以后没有可以更正的政策版本（或已被更新的版本取代）",
        "'{region}' has no version in force from {date} that this could amend (or a newer version replaces it)",
    ),
    "what.no_file": ("文件不存在", "no such file"),
    "warn.stale": (
        "所用政策文件最近一次复核是 {reviewed}，距 {date} 已超过一年，政策可能已有调整，请向经办机构核实",
        "The policy files used were last reviewed on {reviewed}, more than a year before {date}; the rules may have changed since, please check",
    ),
    "warn.overlap": (
        "{left_out} 与 {used} 的有效期重叠，前者有误未采用，本次按 {used} 估算",
        "{left_out} overlaps {used} in time and is left out; this estimate uses {used}",
    ),
    "ui.stale_files": ("{count} 个文件超过一年未复核：", "{count} file(s) not reviewed for over a year:"),
    "ui.stale_file": ("  {file}（复核于 {reviewed}）", "  {file} (reviewed {reviewed})"),
    "ui.stale_file_never": ("  {file}（未写明复核日期 reviewed）", "  {file} (does not say when it was reviewed)"),
    "ui.diff_none": ("没有不同", "No differences"),
    "ui.import_refused": ("未导入，没有作任何更改：", "Not imported; nothing was changed:"),
    "ui.import_region": (
        "{name}（{region}）在 {day} 的变化：",
        "What changes for {name} ({region}) on {day}:",
    ),
    "ui.import_no_change": ("对现行政策没有影响", "It changes nothing in the policies in force"),
    "ui.import_unchanged": ("{file} 已经安装，内容相同", "{file} is already installed as it is"),
    "ui.import_done": ("已安装到 {folder}：{files}", "Installed in {folder}: {files}"),
    "ui.import_undo_hint": ("如需撤销：benefitcalc policies undo", "To undo: benefitcalc policies undo"),
    "ui.import_dry_run": ("（只检查，未安装）", "(checked only; nothing installed)"),
    "ui.undo_done": ("已撤销上一次导入（{folder}）：删除 {removed}；恢复 {restored}", "Undid the last import ({folder}): removed {removed}; restored {restored}"),
    "ui.undo_nothing": ("{folder} 中没有可撤销的导入", "Nothing to undo in {folder}"),
    "ui.diff_installed": ("现有政策", "the policies in use"),
    "error.diff_needs": (
        "请用 --from 日期 [--to 日期] 比较两个日期，或用 --against 文件夹 比较另一套政策",
        "give --from DATE [--to DATE] to compare two dates, or --against FOLDER to compare another set of policies",
    ),
    "ui.none": ("无", "none"),
    "what.same_name": ("与 {other} 同名，只能导入其中一个", "has the same name as {other}; import only one of them"),
    "diff.title": (
        "{name}（{region}）{old} → {new}：{count} 处不同",
        "{name} ({region}) {old} → {new}: {count} difference(s)",
    ),
    "diff.line": ("{key}：{old} 改为 {new}", "{key}: {old} → {new}"),
    "diff.old_source": ("    原来源：{source}", "    was from: {source}"),
    "diff.new_source": ("    新来源：{source}", "    now from: {source}"),
    "diff.absent": ("（无）", "(none)"),
    "what.amendment_breaks": (
        "应用这个更正后另一个文件出错，因此未采用：{problem}",
        "applying this amendment breaks another file, so it is left out: {problem}",
    ),

    # --- slips: batch, reconcile, calibrate (issue 9) ---
    # (add this section's messages below this line)
    "error.sheet.file": ("表格文件 {file}：{what}", "Spreadsheet {file}: {what}"),
    "what.sheet.suffix": ("只能是 {suffixes} 文件", "must be a {suffixes} file"),
    "what.sheet.encoding": (
        "无法识别的文字编码（请另存为 UTF-8 或 GBK 编码的 CSV）",
        "unknown text encoding (save it as CSV in UTF-8 or GBK)",
    ),
    "what.sheet.xlsx": ("不是有效的 Excel 工作簿（{text}）", "not a valid Excel workbook ({text})"),
    "what.sheet.duplicate_column": ("列“{column}”出现了两次", "column '{column}' appears twice"),
    "what.sheet.empty": ("没有表头行", "has no header row"),
    "what.unwritable": ("无法写入文件：{text}", "cannot write the file: {text}"),
    "error.fit.nothing_exact": (
        "没有能精确拟合的分组，未写入更正文件",
        "no group fits exactly; no amendment written",
    ),
    "error.fit.several_regions": (
        "结算单来自多个地区（{regions}），一个更正文件只能更正一个地区",
        "the slips are from several regions ({regions}); one amendment amends one region",
    ),
    "error.fit.several_versions": (
        "结算单跨越多个政策版本（{versions} 起施行），请按版本分开拟合",
        "the slips span several policy versions (from {versions}); fit each version separately",
    ),
    "fit.amendment_title": ("结算单拟合（{first} 至 {last}）", "Fitted from settlement slips ({first} to {last})"),
    "fit.source_note": (
        "由 {count} 张结算单的统筹基金支付额拟合（benefitcalc calibrate）",
        "fitted from the basic fund figures of {count} settlement slips (benefitcalc calibrate)",
    ),
    "ui.slip.header": ("第 {row} 行 · {name} · {scheme} · {category} · {level} · {date}", "Row {row} · {name} · {scheme} · {category} · {level} · {date}"),
    "ui.slip.col.payer": ("支付方", "payer"),
    "ui.slip.col.estimated": ("测算", "estimated"),
    "ui.slip.col.slip": ("结算单", "slip"),
    "ui.slip.col.difference": ("差额", "difference"),
    "ui.slip.matches": ("与结算单一致", "matches the slip"),
    "ui.slip.departs": (
        "首个与结算单不符的步骤：第 {number} 步（{payer}）：{text}",
        "First step that departs from the slip: step {number} ({payer}): {text}",
    ),
    "ui.slip.other_params": ("本层还用到的参数：", "This layer's other parameters:"),
    "ui.slip.summary": (
        "共 {count} 张结算单：{matching} 张一致，{differing} 张不一致，{errors} 行有错误",
        "{count} slips: {matching} match, {differing} differ, {errors} rows with an error",
    ),
    "ui.fit.group": (
        "{name} · {scheme} · {category} · {level} · {version} 起施行的政策：{status}",
        "{name} · {scheme} · {category} · {level} · policy in force from {version}: {status}",
    ),
    "fit.status.exact": ("精确拟合（每张结算单残差 ≤ 0.01 元）", "exact fit (every slip's residual ≤ 0.01 yuan)"),
    "fit.status.approximate": (
        "近似拟合（最小二乘；有结算单残差超过 0.01 元）",
        "approximate fit (least squares; some residuals exceed 0.01 yuan)",
    ),
    "fit.status.undetermined": (
        "无法确定：需要至少两张政策范围内费用不同、未达封顶线的结算单",
        "cannot be determined: needs at least two slips with different in-policy costs and no cap bound",
    ),
    "fit.status.unsupported": (
        "无法拟合：目前只拟合住院的起付线和报销比例",
        "not fitted: only a stay's deductible and rate are fitted for now",
    ),
    "ui.fit.param": ("{what}：拟合值 {fitted}，现行值 {in_force}", "{what}: fitted {fitted}, in force {in_force}"),
    "ui.fit.slip": (
        "第 {row} 行（{date}）：结算单 {slip}，按拟合值测算 {fitted}，残差 {fen} 分",
        "row {row} ({date}): slip {slip}, with the fitted values {fitted}, residual {fen} fen",
    ),
    "fit.outlier.cap": ("离群：封顶线或年度限额起作用，未用于拟合", "outlier: a cap or annual limit binds; not used in the fit"),
    "fit.outlier.misfit": (
        "离群：与其他结算单不符（例如本年已住院次数未填），未用于拟合",
        "outlier: does not fit the others (an earlier admission not entered?); not used in the fit",
    ),
    "ui.fit.written": ("已写入更正文件 {file}。安装后的变化：", "Amendment written to {file}. Installed, it changes:"),
    "ui.fit.install_hint": (
        "核对无误后安装：benefitcalc policies import {file}",
        "Once reviewed, install it with: benefitcalc policies import {file}",
    ),
    "error.row": ("第 {row} 行：{what}", "row {row}: {what}"),
    "ui.batch.done": (
        "已估算 {rows} 行（{errors} 行有错误，见 error 列），结果已写入 {file}",
        "Estimated {rows} rows ({errors} with an error, see the error column); written to {file}",
    ),

    # --- a year, compare, history (issue 11) ---
    # (add this section's messages below this line)
    "error.year.file": ("无法读取年度文件 {file}：{what}", "Cannot read the year file {file}: {what}"),
    "what.year_top_key": (
        "未知的键（年度文件只有 [person] 和 [[visit]]）",
        "unknown key (a year file has only [person] and [[visit]])",
    ),
    "what.year_ytd_in_visit": (
        "由前面的就诊自动累计，不能填写；年初以前的情况写在 [person.year_to_date]",
        "carried from the earlier visits, so it cannot be given; what came before goes in [person.year_to_date]",
    ),
    "what.year_too_many": (
        "连同重复共 {count} 次就诊，最多 {limit} 次",
        "{count} visits with the repeats; at most {limit}",
    ),
    "what.year_repeat_date": ("重复后的日期超出范围", "a repeated date is out of range"),
    "year.heading": ("本年度就诊（{count} 次）", "This year's visits ({count})"),
    "year.none": ("没有就诊记录", "No visits"),
    "year.repeat_of": ("（第 {visit} 条就诊的第 {nth} 次重复）", " (repeat {nth} of visit {visit})"),
    "year.new_ledger": ("— {year} 年：新的年度，累计从零开始 —", "— {year}: a new year, the ledger starts at zero —"),
    "year.so_far": ("本年累计个人支付", "The patient so far this year"),
    "year.totals": ("合计（{years}）", "Totals ({years})"),
    "year.visits_count": ("就诊次数", "Visits"),
    "year.remaining": (
        "{year} 年度限额剩余（截至 {date}，按 {policy}）",
        "What is left of the {year} annual limits (as of {date}, under {policy})",
    ),
    "year.limit_row": ("限额 {limit}，已用 {used}，剩余 {left}", "limit {limit}, used {used}, left {left}"),
    "year.no_cap": ("不设封顶", "no cap"),
    "limit.basic_fund_cap": ("统筹基金年度最高支付限额（住院+门诊慢特病）", "Basic fund annual cap (stays + chronic care)"),
    "limit.chronic_disease_limit": ("{disease}年度支付限额", "Annual limit for {disease}"),
    "limit.chronic_deductible": ("门诊慢特病年度起付线", "Chronic outpatient annual deductible"),
    "limit.outpatient_limit": ("普通门诊年度支付限额", "General outpatient annual limit"),
    "limit.outpatient_deductible": ("普通门诊年度起付线", "General outpatient annual deductible"),
    "limit.two_diseases_limit": ("“两病”用药年度计入限额", "Two-disease medication: yearly counted limit"),
    "limit.critical_illness_deductible": ("大病保险起付线（累计个人负担）", "Critical illness deductible (cumulative burden)"),
    "limit.critical_illness_cap": ("大病保险年度最高支付限额", "Critical illness annual cap"),
    "limit.large_expense_cap": ("职工大额医疗费用补助年度限额", "Large-expense subsidy annual cap"),
    "limit.assistance_deductible": ("医疗救助年度起付线", "Medical assistance annual deductible"),
    "limit.assistance_limit": ("医疗救助年度救助限额", "Medical assistance annual limit"),
    "compare.place.local": ("参保地", "in the insured area"),
    "compare.place.province": ("省内异地", "elsewhere in the province"),
    "compare.place.national_resident": ("外省（长期居住已备案）", "in another province (long-term stay, filed)"),
    "compare.place.national_temporary": ("外省（临时外出已备案）", "in another province (temporary trip, filed)"),
    "compare.place.national_unfiled": ("外省（未备案）", "in another province (not filed)"),
    "compare.scheme": ("（按{scheme}）", " (as {scheme})"),
    "compare.scenario": ("在{place}{level}{category}{scheme}", "{category} at a {level}, {place}{scheme}"),
    "compare.scenario_no_level": ("在{place}{category}{scheme}", "{category}, {place}{scheme}"),
    "compare.less": ("约少付 {amount} 元", "about {amount} yuan less"),
    "compare.more": ("约多付 {amount} 元", "about {amount} yuan more"),
    "compare.same": ("个人支付相同", "the patient pays the same"),
    "compare.entered": ("所填情形", "as entered"),
    "compare.not_available": ("不适用：{reason}", "not available: {reason}"),
    "compare.cheapest": ("最省的是{scenario}，{difference}", "Cheapest: {scenario}, {difference}"),
    "compare.filing.national_resident": (
        "办理异地长期居住就医备案约可少付 {amount} 元",
        "Filing for care as a long-term resident elsewhere saves about {amount} yuan",
    ),
    "compare.filing.national_temporary": (
        "办理临时外出就医备案约可少付 {amount} 元",
        "Filing for care on a temporary trip saves about {amount} yuan",
    ),
    "compare.known_dropped": (
        "结算单上的统筹基金金额只适用于所填情形，其他情形按政策测算",
        "The slip's basic fund figure holds only for the case as entered; the other choices are computed",
    ),
    "compare.heading": ("比较（按个人支付从少到多）", "Comparison (by what the patient pays, least first)"),
    "compare.col.scenario": ("情形", "Choice"),
    "compare.col.personal": ("个人支付", "Patient pays"),
    "compare.col.reimbursed": ("报销合计", "Reimbursed"),
    "compare.col.difference": ("与所填相比", "Against the case as entered"),

    # --- presentation (issue 10) ---
    "ui.valid_until": ("，有效期至 {date}", ", valid until {date}"),
    "input.day_ward": ("{category}（日间病房）", "{category} (day ward)"),
    "input.child_no": ("第 {n} 孩", "child no. {n}"),
    "year.totals_line": (
        "本年：就诊 {visits} 次 · {figures}", "This year: {visits} visits · {figures}",
    ),

    # --- window (GUI) messages ---
    # (add this section's messages below this line)
    "ui.no_display": (
        "无法打开窗口：这台电脑上没有可用的图形桌面（既没有设置 DISPLAY，也没有设置 WAYLAND_DISPLAY）。"
        "请在桌面环境里运行本程序；不需要窗口的估算可用命令行：benefitcalc estimate 案例.toml。",
        "Cannot open the window: there is no graphical desktop on this machine (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set). Run the program from a desktop session; for an estimate without "
        "a window use the command line: benefitcalc estimate CASE.toml.",
    ),

    # --- history: saved people and estimates (issue 11 item 4) ---
    "history.label_empty": ("请填写一个称呼（如“张大爷”或自编号）", "Give a label (a name such as \"Mr Zhang\", or your own number)"),
    "history.label_long": ("称呼最多 {limit} 个字", "A label has at most {limit} characters"),
    "history.label_identifier": (
        "请勿填写身份证号或手机号：用一个称呼或自编号即可",
        "Do not enter an ID-card or phone number: a name or your own number is enough",
    ),
    "history.moved_aside": (
        "历史记录文件无法打开（{what}），已移到 {file}，并新建了一个空的历史记录。",
        "The history file could not be opened ({what}); it was moved to {file} and a new, empty history started.",
    ),
    "history.newer": (
        "历史记录文件 {file} 由更新版本的程序创建（结构版本 {version}），本程序无法使用；请升级程序。",
        "The history file {file} was made by a newer version of the program (schema {version}); please upgrade.",
    ),
    "history.column.saved_at": ("记录时间", "Kept at"),
    "history.column.action": ("方式", "How"),
    "history.column.person": ("人员", "Person"),
    "history.column.region": ("地区", "Region"),
    "history.column.visit_date": ("就医日期", "Date of care"),
    "history.column.scheme": ("险种", "Scheme"),
    "history.column.category": ("类别", "Category"),
    "history.column.total": ("医疗费总额", "Total bill"),
    "history.column.reimbursed": ("合计报销", "Reimbursed in all"),
    "history.column.personal": ("个人支付", "The patient pays"),
    "history.action.saved": ("保存案例", "case saved"),
    "history.action.printed": ("打印", "printed"),
    "history.action.pdf": ("存为 PDF", "saved as PDF"),
    "history.action.kept": ("记入历史", "kept"),
}
