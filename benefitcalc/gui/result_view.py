"""The result side: what the patient pays (large), who pays the rest, and why.

Top to bottom: the patient's share and the maternity allowance beside it, the disclaimer, the
stacked bar and one line per payer, the banner of unverified parameters (in words, the dotted
key and the source as a tooltip), the notes, every step of the calculation with its formula and the source of
each parameter, and the policy version. All sentences from the core are rendered with
`messages.render` in the current language.

What it says is the core's (`core.presentation`: the breakdown's rows, the steps, the
parameters and their sources, the policy line), the same words as the CLI and the printed
sheet; this module lays them out in widgets. The steps are set with the amounts, and every
layout the new texts invalidated is settled before the next paint (`rich_label.settle_layouts`):
the window then paints each change once, amounts and steps together.
"""

from __future__ import annotations

import html
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.messages import label, msg, render
from ..core.money import fmt_yuan
from ..core.presentation import (
    assumed_lines,
    breakdown,
    known_line,
    notes,
    param_view,
    policy_line,
    say,
    signed_yuan,
    step_views,
)
from ..core.vocabulary import PAYERS
from .document_label import DocumentLabel
from .i18n import current_language, heading
from .payer_bar import COLORS, ERROR_COLOR, HINT_COLOR, Part, PayerBar, set_text_color, share_text
from .rich_label import RichLabel, settle_layouts
from .common_words import ENTER_THE_BILL, word

if TYPE_CHECKING:  # pragma: no cover
    from ..core.estimate import Estimate

PERSONAL_TEXT_COLOR = "#A84300"


def _show(widget: QWidget, visible: bool) -> None:
    """setVisible only when it changes something."""
    if widget.isHidden() == visible:
        widget.setVisible(visible)


def _label(parent_layout=None, *, wrap: bool = True, rich: bool = False, name: str = "") -> QLabel:
    widget = RichLabel() if rich else QLabel()
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        widget.setObjectName(name)
    if parent_layout is not None:
        parent_layout.addWidget(widget)
    return widget


def _box_hint(widget: QWidget) -> QSize:
    """A box's size hint as its layout gives it. QWidget's own would then lay the box out once
    more at the hint's width to get its height (`heightForWidth`): a whole extra pass over the
    steps after every change, for a hint that nothing here sizes by (the result is shown at the
    scroll area's width, and the layouts ask `heightForWidth` at the real width)."""
    return widget.layout().sizeHint()


class Box(QWidget):
    """A plain container whose size hint is its layout's (see `_box_hint`)."""

    def sizeHint(self) -> QSize:
        return _box_hint(self)


class Card(QFrame):
    """A framed box whose size hint is its layout's (see `_box_hint`): the banner's lines would
    otherwise be laid out at the hint's width on every key, and again at their own to paint."""

    def sizeHint(self) -> QSize:
        return _box_hint(self)


def _card(name: str, border: str, background: str) -> tuple[QFrame, QVBoxLayout]:
    """A framed, tinted box. Labels inside it get explicit fonts (see `apply_fonts`): under a
    style sheet they would not follow the application font by themselves."""
    frame = Card()
    frame.setObjectName(name)
    frame.setStyleSheet(f"QFrame#{name} {{ border: {border}; border-radius: 6px; background: {background}; }}")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(12, 8, 12, 8)
    return frame, layout


class ResultView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.estimate: Estimate | None = None
        self._message_is_problem: bool | None = None
        # Top-aligned: when the result grows or shrinks (a step more or less), only the strip
        # that appears needs painting, not every label above it.
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self._build()
        self.retranslate()
        self.apply_fonts()
        self.show_message(word(ENTER_THE_BILL))

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 16)
        outer.setSpacing(8)

        top = QHBoxLayout()
        top.setSpacing(16)
        headline = QVBoxLayout()
        headline.setSpacing(0)
        self.caption = _label(headline, name="caption")
        self.headline = _label(headline, wrap=False, name="amount_personal")
        set_text_color(self.headline, PERSONAL_TEXT_COLOR)
        self.summary = _label(headline, name="summary")
        top.addLayout(headline, 3)

        self.allowance_box, card = _card("allowance", "1px solid #7A9CC6", "#EEF4FB")
        self.allowance_caption = _label(card)
        self.allowance = _label(card, wrap=False, name="amount_allowance")
        self.allowance_note = _label(card)
        set_text_color(self.allowance_note, HINT_COLOR)
        self.allowance_box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        top.addWidget(self.allowance_box, 2, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)

        self.disclaimer = _label(outer, name="disclaimer")
        set_text_color(self.disclaimer, HINT_COLOR)

        self.message = _label(outer, name="message")
        self.message.setMargin(10)

        self.numbers = Box()
        numbers = QVBoxLayout(self.numbers)
        numbers.setContentsMargins(0, 4, 0, 0)
        numbers.setSpacing(8)
        outer.addWidget(self.numbers)

        self.who_pays = _label(numbers, name="who_pays")
        self.bar = PayerBar()
        numbers.addWidget(self.bar)
        grid_box = Box()
        self.grid = QGridLayout(grid_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        self.payer_rows: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        for row, key in enumerate((*PAYERS, "personal")):
            swatch = QLabel("■")
            set_text_color(swatch, COLORS[key][0])
            name = _label(wrap=True)
            amount = _label(wrap=False, name=f"amount_{key}")
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(swatch, row, 0)
            self.grid.addWidget(name, row, 1)
            self.grid.addWidget(amount, row, 2)
            self.payer_rows[key] = (swatch, name, amount)
        self.grid.setColumnStretch(1, 1)
        self.breakdown = _label(name="breakdown")
        set_text_color(self.breakdown, HINT_COLOR)
        self.grid.addWidget(self.breakdown, len(PAYERS) + 1, 1, 1, 2)
        numbers.addWidget(grid_box)
        self.known = _label(numbers, name="known")

        self.assumed_box, banner = _card("assumed", "2px solid #C99A00", "#FFF6D5")
        self.assumed_title = _label(banner, name="assumed_title")
        self.assumed_title.setContentsMargins(0, 0, 0, 3)
        banner.setSpacing(0)
        # One line per unverified parameter, all in one document (see _show_assumed): one
        # layout and one paint for the banner instead of two labels a line.
        self.assumed_lines = DocumentLabel()
        self.assumed_lines.setObjectName("assumed_lines")
        banner.addWidget(self.assumed_lines)
        self._assumed_shown: list[str] = []
        numbers.addWidget(self.assumed_box)

        self.warnings = _label(numbers, rich=True, name="warnings")

        self.steps_header = _label(numbers)
        self.steps = DocumentLabel()  # a page of text that changes with every key (see document_label)
        self.steps.setObjectName("steps")
        numbers.addWidget(self.steps)
        self.policy = _label(outer, name="policy")
        set_text_color(self.policy, HINT_COLOR)
        outer.addStretch(1)

    def sizeHint(self) -> QSize:
        return _box_hint(self)

    # ------------------------------------------------------------------ fonts and language
    def apply_fonts(self) -> None:
        base = QApplication.font()

        def scaled(factor: float, bold: bool = False) -> QFont:
            font = QFont(base)
            font.setPointSizeF(base.pointSizeF() * factor)
            font.setBold(bold)
            return font

        self.caption.setFont(scaled(1.15, True))
        self.headline.setFont(scaled(2.6, True))
        self.allowance.setFont(scaled(1.6, True))
        self.allowance_caption.setFont(scaled(1.0, True))
        # Labels inside a style-sheeted frame do not follow the application font by themselves.
        self.allowance_note.setFont(scaled(1.0))
        self.assumed_lines.setFont(scaled(1.0))
        for widget in (self.who_pays, self.steps_header, self.assumed_title):
            widget.setFont(scaled(1.15, True))
        self.message.setFont(scaled(1.15))
        for _, name, amount in self.payer_rows.values():
            name.setFont(scaled(1.05))
            amount.setFont(scaled(1.05, True))
        self.bar.setFont(base)

    def retranslate(self) -> None:
        """The fixed texts; the window shows the estimate again in the new language."""
        lang = current_language()
        self.disclaimer.setText(render(msg("disclaimer"), lang))
        self.who_pays.setText(say("ui.payers", lang))  # 各方支付, as on the sheet and in the CLI
        self.steps_header.setText(say("ui.steps", lang))
        self.allowance_note.setText(self.tr("Not part of the bill"))

    def yuan(self, amount: Decimal) -> str:
        return self.tr("%1 yuan").replace("%1", fmt_yuan(amount))

    # ------------------------------------------------------------------ states
    def show_message(self, text: str, problem: bool = False) -> None:
        """No estimate: say what is missing or wrong (never a traceback)."""
        self.estimate = None
        for widget in (self.caption, self.headline, self.summary, self.allowance_box, self.numbers, self.policy):
            _show(widget, False)
        _show(self.message, True)
        self.headline.setText("")
        self.message.setText(text)
        if problem != self._message_is_problem:  # a new style sheet re-polishes the label
            self._message_is_problem = problem
            border, background, ink = ("#B00020", "#FFF4F4", ERROR_COLOR) if problem else ("#9AA7B4", "#F4F7FA", "#303030")
            self.message.setStyleSheet(
                f"QLabel#message {{ border: 1px solid {border}; border-radius: 6px; background: {background}; color: {ink}; }}"
            )

    def show_problems(self, lines: list[str]) -> None:
        text = self.tr("No estimate yet. Please check:") + "\n" + "\n".join(f"• {line}" for line in lines)
        self.show_message(text, problem=True)

    def show_estimate(self, est: Estimate) -> None:
        self.estimate = est
        lang = current_language()
        rows = {row.key: row for row in breakdown(est, lang)}
        known = known_line(est, lang)
        warnings = notes(est, lang, banner=True)

        # What is shown, before any text changes: showing a hidden widget lays out every layout
        # above it at once, a whole pass of the result once a text has made it stale.
        _show(self.message, False)
        for widget in (self.caption, self.headline, self.summary, self.numbers, self.policy):
            _show(widget, True)
        _show(self.allowance_box, "allowance" in rows)
        for key in PAYERS:
            for widget in self.payer_rows[key]:
                _show(widget, key in rows)
        _show(self.known, bool(known))
        _show(self.assumed_box, bool(est.assumed))
        _show(self.warnings, bool(warnings))

        personal = rows["personal"]
        self.caption.setText(personal.label)
        self.headline.setText(self.yuan(personal.amount))
        self.summary.setText(self.summary_text(rows, est))
        if "allowance" in rows:
            self.allowance_caption.setText(heading(rows["allowance"].label))
            self.allowance.setText(self.yuan(rows["allowance"].amount))

        parts = []
        for key in PAYERS:
            _, name, amount = self.payer_rows[key]
            name.setText(heading(label("payer", key, lang)))
            amount.setText(self.yuan(est.payers[key]))
            parts.append(Part(key, label("payer", key, lang), est.payers[key]))
        _, name, amount = self.payer_rows["personal"]
        name.setText(personal.label)
        amount.setText(self.yuan(personal.amount))
        parts.append(Part("personal", personal.label, personal.amount))
        self.bar.set_parts(parts)
        self.bar.setAccessibleName(say("ui.payers", lang))

        pieces = [f"{row.label} {signed_yuan(row.amount)}" for row in rows.values() if row.role in ("part", "relief")]
        self.breakdown.setText(say("ui.of_which", lang) + ("：" if lang == "zh" else ": ") + " · ".join(pieces))
        self.known.setText(known)
        self._show_assumed(est, lang)
        if warnings:
            head = html.escape(say("ui.warnings", lang))
            body = "".join(f"<li>{html.escape(n)}</li>" for n in warnings)
            self.warnings.setText(f"<b>{head}</b><ul style='margin-left:-20px'>{body}</ul>")
        self.steps.setText(self.steps_html(est, lang))
        self.policy.setText(policy_line(est.policy, lang))
        settle_layouts()

    def summary_text(self, rows: dict, est: Estimate) -> str:
        """医疗费总额 50,000.00 元 · 政策范围内费用 48,000.00 元 · 合计报销 31,080.00 元（62%）."""
        shown = [f"{rows[key].label} {self.yuan(rows[key].amount)}" for key in ("total", "eligible", "reimbursed")]
        share = share_text(est.reimbursed, est.total) or "0%"
        return " · ".join(shown) + (f"（{share}）" if current_language() == "zh" else f" ({share})")

    def _show_assumed(self, est: Estimate, lang: str) -> None:
        """The 未核实 banner: one line per unverified parameter, in words
        ("居民医保 · 住院 · 报销比例 · 三级医院：60%"), its dotted key and source as the line's tooltip.
        A table of two columns, so that a long line wraps under its text, not under its bullet."""
        if not est.assumed:
            return
        self.assumed_title.setText("⚠ " + render(msg("warn.assumed"), lang))
        lines, tips = [], []
        for line, use in zip(assumed_lines(est, lang, mark=False), est.assumed):
            view = param_view(use, lang, est.policy)
            lines.append(heading(line))
            tips.append(f"{view.path} = {view.value}\n{view.cited}")
        self._assumed_shown = lines
        rows = "".join(
            f"<tr><td style='padding:1px 5px 1px 8px'>•</td><td width='100%' style='padding:1px 0'>{html.escape(line)}</td></tr>"
            for line in lines
        )
        self.assumed_lines.setText(f"<table width='100%' cellspacing='0' cellpadding='0'>{rows}</table>")
        self.assumed_lines.setRowToolTips(tips)

    def assumed_texts(self) -> list[str]:
        """The banner's lines as shown, as plain text (none when there is no banner)."""
        if not self.assumed_box.isVisibleTo(self):
            return []
        return [f"• {line}" for line in self._assumed_shown]

    def steps_html(self, est: Estimate, lang: str) -> str:
        """The steps under their layers' titles; each parameter in words with its source after
        it unless it is a placeholder (the banner lists those): 参数: …；依据: …."""
        param_word, source_word = say("ui.param", lang), say("ui.source", lang)
        sep = "；" if lang == "zh" else "; "
        out: list[str] = []
        layer = None
        for step in step_views(est, lang):
            if step.layer != layer:
                layer = step.layer
                out.append(f"<p style='margin-top:10px; margin-bottom:2px'><b>{html.escape(heading(step.layer_title))}</b></p>")
            out.append(f"<p style='margin-left:12px; margin-top:4px; margin-bottom:0'>{html.escape(step.sentence)}</p>")
            if step.formula:
                out.append(
                    "<p style='margin-left:28px; margin-top:0; margin-bottom:0'>"
                    f"<span style='font-family:monospace; background-color:#F0F0F0'>&nbsp;{html.escape(step.formula)}&nbsp;</span></p>"
                )
            for param in step.params:
                color = "#8A5A00" if not param.verified else HINT_COLOR
                text = f"{param_word}: {param.line}" + ("" if param.assumed else f"{sep}{source_word}: {param.source}")
                out.append(f"<p style='margin-left:28px; margin-top:0; margin-bottom:0; color:{color}'>{html.escape(text)}</p>")
        return "".join(out)

    def amount_text(self, key: str) -> str:
        """The text shown for a payer, `personal` or `allowance` (empty when hidden)."""
        if key == "allowance":
            return self.allowance.text() if self.allowance_box.isVisibleTo(self) else ""
        swatch, name, amount = self.payer_rows[key]
        return amount.text() if amount.isVisibleTo(self) else ""
