"""The glossary: the name of every word of the domain, in 简体中文 and English, said once.

Schemes, categories, levels, places, groups, payers, the parts of the patient's share, the
year-to-date figures, kinds of sources: every face (the CLI, the window, the sheet) names them
through `messages.label`, so a payer is translated here and nowhere else. Widget words that are
not the domain's (buttons, menus) are the window's, in its Qt translation catalogue.
"""

from __future__ import annotations

LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "scheme": {
        "employee": ("职工基本医疗保险", "employee basic medical insurance"),
        "resident": ("城乡居民基本医疗保险", "urban and rural resident basic medical insurance"),
    },
    "scheme_short": {
        "employee": ("职工医保", "employee"),
        "resident": ("居民医保", "resident"),
    },
    "category": {
        "general_outpatient": ("普通门诊", "general outpatient"),
        "chronic_outpatient": ("门诊慢特病", "chronic or special disease (outpatient)"),
        "two_diseases": ("“两病”门诊用药", "hypertension/diabetes medication"),
        "inpatient": ("住院", "hospital stay"),
        "maternity": ("生育", "childbirth"),
    },
    "level": {
        "grassroots": ("基层医疗机构", "grassroots clinic"),
        "level1": ("一级医院", "level-1 hospital"),
        "level2": ("二级医院", "level-2 hospital"),
        "level3": ("三级医院", "level-3 hospital"),
    },
    "location": {
        "local": ("参保地就医", "in the insured area"),
        "province": ("省内异地就医", "elsewhere in the province"),
        "national_resident": ("跨省异地长期居住（已备案）", "other province, long-term resident (filed)"),
        "national_temporary": ("跨省临时外出（已备案）", "other province, temporary trip (filed)"),
        "national_unfiled": ("跨省未备案", "other province, not filed"),
    },
    "group": {
        "none": ("不属于救助对象", "not in an assistance group"),
        "tekun": ("特困人员", "person in extreme poverty (tekun)"),
        "dibao": ("低保对象", "minimum subsistence recipient (dibao)"),
        "dibao_edge": ("低保边缘家庭成员", "member of a near-dibao family"),
        "monitored": ("防止返贫监测对象", "monitored against falling back into poverty"),
    },
    "payer": {
        "basic_fund": ("基本医保统筹基金", "basic insurance fund"),
        "critical_illness": ("居民大病保险", "critical illness insurance"),
        "large_expense": ("职工大额医疗费用补助", "employees' large-expense subsidy"),
        "assistance": ("医疗救助", "medical assistance"),
        "backstop": ("托底保障", "local guarantee"),
    },
    "condition": {
        "hypertension": ("高血压", "hypertension"),
        "diabetes": ("糖尿病", "diabetes"),
    },
    "child_order": {
        "first": ("第一孩", "first child"),
        "second": ("第二孩", "second child"),
        "third_and_later": ("第三孩及以上", "third or later child"),
    },
    "source_kind": {
        "seed": ("来源文件", "source article"),
        "official": ("官方文件", "official document"),
        "slips": ("由结算单推算", "fitted from settlement slips"),
        "floor": ("按政策下限估算", "at the published minimum"),
        "ceiling": ("按政策上限估算", "at the published maximum"),
        "assumed": ("未核实", "unverified"),
    },
    # The year-to-date ledger (core.case_fields.YEAR_TO_DATE) and the slip's figure: the same
    # words in the form, on the sheet and in the CLI. Short in English: they are form labels
    # under the heading of this year's figures.
    "year_to_date": {
        "admissions": ("本年此前住院次数", "earlier stays this year"),
        "basic_fund_paid": ("本年统筹基金已支付", "basic fund paid"),
        "chronic_deductible_met": ("本年慢特病起付线已累计", "chronic deductible met"),
        "chronic_disease_paid": ("本年本病种已计入限额", "used of this disease's limit"),
        "outpatient_fund_paid": ("本年门诊统筹已支付", "outpatient fund paid"),
        "outpatient_deductible_met": ("本年门诊起付线已累计", "outpatient deductible met"),
        "two_diseases_counted": ("本年“两病”用药已计入", "two-disease drugs counted"),
        "two_diseases_deductible_met": ("本年“两病”起付线已累计", "two-disease deductible met"),
        "critical_base": ("本年政策内个人负担累计", "in-policy burden so far"),
        "critical_paid": ("本年大病保险已支付", "critical illness paid"),
        "large_expense_paid": ("本年大额补助已支付", "large-expense subsidy paid"),
        "assistance_paid": ("本年医疗救助已支付", "assistance paid"),
        "assistance_deductible_met": ("本年救助起付线已累计", "assistance deductible met"),
    },
    "known": {
        "basic_fund": ("结算单上的统筹基金支付", "basic fund on the settlement slip"),
    },
    "personal_part": {
        "self_paid": ("全自费（含超限价）", "fully self-paid (incl. above price limits)"),
        "category_b_first": ("乙类先行自付", "first share of Category-B items"),
        "copay": ("政策范围内个人负担", "patient's share of the in-policy cost"),
    },
    # --- presentation (issue 10) ---
    # The inputs a sheet lists (core.presentation.input_rows), by the case file's key; the
    # amounts and year-to-date figures use the kinds above.
    "input": {
        "region": ("地区", "Region"),
        "date": ("就医日期", "Date of care"),
        "scheme": ("参保险种", "Insurance"),
        "retired": ("在职/退休", "Employment status"),
        "category": ("就医类别", "Kind of care"),
        "level": ("医疗机构级别", "Hospital level"),
        "location": ("就医地", "Where"),
        "group": ("救助对象类别", "Assistance group"),
        "chronic.disease": ("病种", "Chronic disease"),
        "two_diseases.conditions": ("所患疾病", "Conditions"),
        "maternity.child_order": ("胎次", "Which child"),
        "maternity.birth": ("分娩方式", "Birth"),
        "maternity.babies": ("婴儿数", "Babies"),
        "maternity.monthly_wage": ("单位上年度职工月平均工资", "Employer's average monthly wage"),
    },
    "employment": {
        "in_service": ("在职", "in service"),
        "retired": ("退休", "retired"),
    },
    "birth": {
        "caesarean": ("剖宫产", "caesarean section"),
        "difficult": ("难产", "difficult birth"),
    },
    # The layers of the explanation that are not a payer (core.presentation.layer_title).
    "layer": {
        "bill": ("医疗费用", "The bill"),
        "allowance": ("生育津贴", "Maternity allowance"),
        "personal": ("个人支付", "What the patient pays"),
    },
}
