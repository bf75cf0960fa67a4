"""The result side: what the patient pays (large), who pays the rest, and why.

Top to bottom: the patient's share and the maternity allowance beside it, the disclaimer, the
stacked bar and one line per payer, the banner of unverified parameters (in words, the dotted
key and the source as a tooltip), the notes, every step of the calculation with its formula and the source of
each parameter, and the policy version. All sentences from the core are rendered with
`messages.render` in the current language.

The steps are set with the amounts, and every layout the new texts invalidated is settled
before the next paint (`_settle_layouts`): the window then paints each change once, amounts and
steps together, instead of twice or three times as its layouts catch up (benchmarks/keystroke.py).
"""

from __future__ import annotations

import html
import re
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt
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

from ..core.messages import Yuan, label, msg, render
from ..core.money import fmt_yuan
from ..core.param_labels import param_value, source_text, use_line
from ..core.case_fields import payers_that_apply
from ..core.vocabulary import PAYERS
from .i18n import current_language, heading
from .payer_bar import COLORS, ERROR_COLOR, HINT_COLOR, Part, PayerBar, set_text_color, share_text

if TYPE_CHECKING:  # pragma: no cover
    from ..core.estimate import Estimate, ParamUse

PERSONAL_TEXT_COLOR = "#A84300"
QWIDGETSIZE_MAX = (1 << 24) - 1
LAYOUT_ROUNDS = 3  # label -> its box -> the result view -> the scroll area (see _settle_layouts)


def _show(widget: QWidget, visible: bool) -> None:
    """setVisible only when it changes something."""
    if widget.isHidden() == visible:
        widget.setVisible(visible)


def param_text(use: "ParamUse", lang: str, policy) -> str:
    """A parameter as the CLI writes it, with its source after it unless it is a placeholder:
    参数: 医疗救助 · 年度支付限额：50,000 元；依据: 「…」 (see `core.param_labels`)."""
    text = f"{render(msg('ui.param'), lang)}: {use_line(use, lang, policy)}"
    source = use.provenance.source
    if source.kind != "assumed":
        text += ("；" if lang == "zh" else "; ") + f"{render(msg('ui.source'), lang)}: {source_text(source, lang, status=False)}"
    return text


_NUMBERS = re.compile(r"[\d.,]+")
HINT_SHAPES = 4


class RichLabel(QLabel):
    """A word-wrapped rich-text label that does not lay its text out more often than needed.

    QLabel lays its whole document out again on every `heightForWidth` (a layout pass asks for
    two or three widths), and after each new text its size hints lay it out at 80 characters,
    unwrapped and at width 0 (every character on its own line). For the steps, a page of
    text that changes with every key typed, that was about 6 ms a key. Here heights are kept per
    width until the text changes, and the size hints until it changes other than in its numbers:
    the widest word, which sets the minimum width, is never a number, and the hint's height is
    only a preference (the layout asks `heightForWidth`).
    """

    def __init__(self) -> None:
        super().__init__()
        self._heights: dict[int, int] = {}
        self._hints: dict[str, tuple[QSize, QSize]] = {}  # text with numbers as 0 -> (hint, minimum)

    def setText(self, text: str) -> None:
        if text != self.text():
            self._heights.clear()
            super().setText(text)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def _size_hints(self) -> tuple[QSize, QSize]:
        shape = _NUMBERS.sub("0", self.text())
        hints = self._hints.pop(shape, None)
        if hints is None:
            hints = (super().sizeHint(), super().minimumSizeHint())
        self._hints[shape] = hints  # the most recent last; a few kept (typing back and forth)
        while len(self._hints) > HINT_SHAPES:
            del self._hints[next(iter(self._hints))]
        return hints

    def sizeHint(self) -> QSize:
        return self._size_hints()[0]

    def minimumSizeHint(self) -> QSize:
        return self._size_hints()[1]

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange):
            self._heights.clear()
            self._hints.clear()
        super().changeEvent(event)


def _settle_layouts() -> None:
    """Lay out now what the new texts invalidated, before the paint already asked for.

    A changed label posts a layout request to its box; laying that out resizes the box, which
    posts one to its parent, and so on up to the scroll area. Left to the event loop, the paint
    request posted by the first text change comes between these passes: a key repainted the
    whole result up to three times (the amounts, then the steps' new height, then the scroll
    area's new size). Each round here delivers the requests the previous one posted."""
    for _ in range(LAYOUT_ROUNDS):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


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


def _card(name: str, border: str, background: str) -> tuple[QFrame, QVBoxLayout]:
    """A framed, tinted box. Labels inside it get explicit fonts (see `apply_fonts`): under a
    style sheet they would not follow the application font by themselves."""
    frame = QFrame()
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
        self.show_message(self.tr("Enter the total bill on the left; the estimate appears here."))

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
        banner.setSpacing(0)  # the lines carry their own margins: an unused line takes no room
        # One line per unverified parameter, in two columns so that a long line wraps under its
        # text, not under its bullet. Plain text: these are laid out and painted on every key.
        self.assumed_grid = QGridLayout()
        self.assumed_grid.setContentsMargins(0, 0, 0, 0)
        self.assumed_grid.setSpacing(0)
        self.assumed_grid.setColumnStretch(1, 1)
        banner.addLayout(self.assumed_grid)
        self.assumed_bullets: list[QLabel] = []
        self.assumed_items: list[QLabel] = []  # the lines' texts, reused (see _banner_lines)
        numbers.addWidget(self.assumed_box)

        self.warnings = _label(numbers, rich=True, name="warnings")

        self.steps_header = _label(numbers)
        self.steps = _label(numbers, rich=True, name="steps")
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
        for item in (*self.assumed_items, *self.assumed_bullets):
            item.setFont(scaled(1.0))
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
        self.who_pays.setText(self.tr("Who pays what"))
        self.steps_header.setText(self.tr("How it was computed"))
        self.allowance_caption.setText(self.tr("Maternity allowance"))
        self.allowance_note.setText(self.tr("Paid separately, not part of the bill"))

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
        case = est.case
        employee_birth = case.category == "maternity" and case.scheme == "employee"
        relevant = payers_that_apply(case.scheme, case.category, case.group)
        differs = (
            est.known_basic_fund is not None
            and est.computed_basic_fund is not None
            and est.known_basic_fund != est.computed_basic_fund
        )
        notes = [render(w, lang) for w in est.warnings if w.id != "warn.assumed"]

        # What is shown, before any text changes: showing a hidden widget lays out every layout
        # above it at once, a whole pass of the result once a text has made it stale.
        _show(self.message, False)
        for widget in (self.caption, self.headline, self.summary, self.numbers, self.policy):
            _show(widget, True)
        _show(self.allowance_box, employee_birth)
        for key in PAYERS:
            shown = key in relevant or est.payers[key] != 0
            for widget in self.payer_rows[key]:
                _show(widget, shown)
        _show(self.known, differs)
        _show(self.assumed_box, bool(est.assumed))
        _show(self.warnings, bool(notes))
        self._banner_lines(len(est.assumed))

        self.caption.setText(render(msg("ui.personal"), lang))  # the same words as the CLI and the sheet
        self.headline.setText(self.yuan(est.personal))
        self.summary.setText(
            self.tr("Total bill %1; the funds pay %2 of it (%3).")
            .replace("%1", self.yuan(est.total))
            .replace("%2", self.yuan(est.reimbursed))
            .replace("%3", share_text(est.reimbursed, est.total) or "0%")
        )
        self.allowance.setText(self.yuan(est.allowance))

        parts = []
        for key in PAYERS:
            _, name, amount = self.payer_rows[key]
            name.setText(heading(label("payer", key, lang)))
            amount.setText(self.yuan(est.payers[key]))
            parts.append(Part(key, label("payer", key, lang), est.payers[key]))
        _, name, amount = self.payer_rows["personal"]
        name.setText(self.tr("The patient"))
        amount.setText(self.yuan(est.personal))
        parts.append(Part("personal", self.tr("The patient"), est.personal))
        self.bar.set_parts(parts)
        self.bar.setAccessibleName(self.tr("Who pays what"))

        pieces = []
        for key, value in (("self_paid", est.self_paid), ("category_b_first", est.category_b_first), ("copay", est.copay)):
            if value or key == "copay":
                pieces.append(f"{label('personal_part', key, lang)} {fmt_yuan(value)}")
        if est.payers["backstop"]:
            pieces.append(f"{render(msg('ui.backstop_relief'), lang)} −{fmt_yuan(est.payers['backstop'])}")
        self.breakdown.setText(render(msg("ui.of_which"), lang) + ("：" if lang == "zh" else ": ") + " · ".join(pieces))

        if differs:
            self.known.setText(render(msg("ui.known", known=Yuan(est.known_basic_fund),
                                          computed=Yuan(est.computed_basic_fund)), lang))
        self._show_assumed(est, lang)
        if notes:
            head = html.escape(render(msg("ui.warnings"), lang))
            body = "".join(f"<li>{html.escape(n)}</li>" for n in notes)
            self.warnings.setText(f"<b>{head}</b><ul style='margin-left:-20px'>{body}</ul>")

        self.steps.setText(self.steps_html(est, lang))

        policy = est.policy
        files = ", ".join(f.display for f in policy.files)
        name = policy.name if lang == "zh" else policy.name_en
        text = render(msg("ui.policy_version", name=name, valid_from=policy.valid_from.isoformat(), files=files), lang)
        if policy.valid_until is not None:
            text += " " + self.tr("(valid until %1)").replace("%1", policy.valid_until.isoformat())
        self.policy.setText(text)
        _settle_layouts()

    def _banner_lines(self, count: int) -> None:
        """At least `count` lines in the 未核实 banner; the ones not needed are emptied and
        flattened, not hidden, so that typing never has to show one again (see show_estimate)."""
        while len(self.assumed_items) < count:
            row = len(self.assumed_items)
            bullet = _label(wrap=False)
            bullet.setText("•")
            bullet.setContentsMargins(8, 1, 5, 1)
            item = _label(name="assumed_item")
            item.setContentsMargins(0, 1, 0, 1)
            for label_ in (bullet, item):
                label_.setFont(QFont(QApplication.font()))  # inside a style-sheeted frame: see apply_fonts
            self.assumed_grid.addWidget(bullet, row, 0, Qt.AlignmentFlag.AlignTop)
            self.assumed_grid.addWidget(item, row, 1)
            self.assumed_bullets.append(bullet)
            self.assumed_items.append(item)
            bullet.show()  # a widget added to a shown parent stays hidden until told
            item.show()
        for index, (bullet, item) in enumerate(zip(self.assumed_bullets, self.assumed_items)):
            height = QWIDGETSIZE_MAX if index < count else 0
            bullet.setMaximumHeight(height)
            item.setMaximumHeight(height)
            if index >= count:
                item.setText("")
                item.setToolTip("")

    def _show_assumed(self, est: Estimate, lang: str) -> None:
        """The 未核实 banner: one line per unverified parameter, in words
        ("居民医保 · 住院 · 报销比例 · 三级医院：60%"), its dotted key as the line's tooltip."""
        assumed = est.assumed
        if not assumed:
            return
        self.assumed_title.setText("⚠ " + render(msg("warn.assumed"), lang))
        for item, use in zip(self.assumed_items, assumed):
            item.setText(heading(use_line(use, lang, est.policy, mark_assumed=False)))
            item.setToolTip(f"{use.path} = {param_value(use.path, use.value, lang)}\n"
                            f"{source_text(use.provenance.source, lang)}")

    def assumed_texts(self) -> list[str]:
        """The banner's lines as shown, as plain text (none when there is no banner)."""
        if not self.assumed_box.isVisibleTo(self):
            return []
        return [f"• {item.text()}" for item in self.assumed_items if item.text()]

    def layer_title(self, layer: str, lang: str) -> str:
        if layer in PAYERS:
            return heading(label("payer", layer, lang))
        return {
            "bill": self.tr("The bill"),
            "allowance": self.tr("Maternity allowance"),
            "personal": self.tr("What the patient pays"),
        }.get(layer, layer)

    def steps_html(self, est: Estimate, lang: str) -> str:
        out: list[str] = []
        layer = None
        for step in est.steps:
            if step.layer != layer:
                layer = step.layer
                out.append(f"<p style='margin-top:10px; margin-bottom:2px'><b>{html.escape(self.layer_title(layer, lang))}</b></p>")
            out.append(f"<p style='margin-left:12px; margin-top:4px; margin-bottom:0'>{html.escape(render(step.text, lang))}</p>")
            if step.formula:
                out.append(
                    "<p style='margin-left:28px; margin-top:0; margin-bottom:0'>"
                    f"<span style='font-family:monospace; background-color:#F0F0F0'>&nbsp;{html.escape(step.formula)}&nbsp;</span></p>"
                )
            for use in step.params:
                color = "#8A5A00" if not use.verified else HINT_COLOR
                out.append(
                    f"<p style='margin-left:28px; margin-top:0; margin-bottom:0; color:{color}'>"
                    f"{html.escape(param_text(use, lang, est.policy))}</p>"
                )
        return "".join(out)

    def amount_text(self, key: str) -> str:
        """The text shown for a payer, `personal` or `allowance` (empty when hidden)."""
        if key == "allowance":
            return self.allowance.text() if self.allowance_box.isVisibleTo(self) else ""
        swatch, name, amount = self.payer_rows[key]
        return amount.text() if amount.isVisibleTo(self) else ""
