"""The result side: the 未核实 banner in words."""

from __future__ import annotations

from benefitcalc.gui.param_words import param_label, param_value

LINYI = "linyi-dibao-resident-big-stay.toml"


def test_unverified_banner_reads_in_words_with_the_key_as_tooltip(window, gui):
    assert window.open_case_file(gui.golden_dir / LINYI) == ""
    est = window.current_estimate
    assert est.assumed
    lines = window.result.assumed_texts()
    assert len(lines) == len(est.assumed)
    assert "• 居民医保 · 住院 · 报销比例 · 三级医院：60%" in lines
    for line, use in zip(lines, est.assumed):
        assert line == f"• {param_label(use.path, 'zh', est.policy)}：{param_value(use.path, use.value, 'zh')}"
        assert use.path not in line
    tips = [item.toolTip() for item in window.result.assumed_items[: len(est.assumed)]]
    assert "resident.inpatient.rate.level3 = 0.6" in tips


def test_unverified_banner_in_english(window, gui):
    window.set_language("en", remember=False)
    window.open_case_file(gui.golden_dir / LINYI)
    assert "• Resident · hospital stay · rate · level-3 hospital: 60%" in window.result.assumed_texts()
