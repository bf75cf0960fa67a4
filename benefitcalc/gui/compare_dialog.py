"""The dialog of 工具 › 比较… (`compare_view` adds the menu entry): the table of the choices,
their chart, and printing both.
"""

from __future__ import annotations

import sys
from decimal import Decimal

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.messages import label, msg, render
from ..core.money import fmt_yuan
from . import error_dialog, i18n
from .payer_bar import COLORS, ERROR_COLOR, HINT_COLOR, set_text_color, split_widths
from .common_words import CLOSE, FORM_HAS_MISTAKES, NUMBER, PRINT_BUTTON, word

FIELDS = ("level", "location", "scheme")
REFRESH_MS = 300  # after the form changes, compare again once typing pauses


class CompareChart(QWidget):
    """One bar per scenario, as long as what the patient pays; the case as entered outlined."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[tuple[str, Decimal | None, bool]] = []  # (label, personal or None, as entered)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_rows(self, rows: list[tuple[str, Decimal | None, bool]]) -> None:
        self.rows = rows
        self.setMinimumHeight(self.row_height() * len(rows) + 4)
        self.setAccessibleDescription("; ".join(f"{name} {fmt_yuan(v) if v is not None else '—'}" for name, v, _ in rows))
        self.updateGeometry()
        self.update()

    def row_height(self) -> int:
        return int(self.fontMetrics().height() * 1.5)

    def sizeHint(self) -> QSize:
        return QSize(520, max(self.row_height() * len(self.rows), self.row_height()) + 4)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        self.paint(painter, self.rect())

    def paint(self, painter: QPainter, area: QRect) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        height = int(metrics.height() * 1.5)
        label_width = max((metrics.horizontalAdvance(name) for name, _, _ in self.rows), default=0) + 8
        amount_width = max((metrics.horizontalAdvance(fmt_yuan(v)) for _, v, _ in self.rows if v is not None), default=0) + 8
        bar_width = max(area.width() - label_width - amount_width, 10)
        values = [v for _, v, _ in self.rows if v is not None]
        top = max(values, default=Decimal(0))
        fill, _ink = COLORS["personal"]
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for index, (name, value, entered) in enumerate(self.rows):
            y = area.top() + index * height
            painter.setPen(text)
            painter.drawText(QRect(area.left(), y, label_width - 8, height), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
            x = area.left() + label_width
            if value is None:
                painter.setPen(QColor(HINT_COLOR))
                painter.drawText(QRect(x, y, bar_width, height), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "—")
                continue
            width = split_widths([value, top - value], bar_width)[0] if top > 0 else 0
            bar = QRect(x, y + height // 6, max(width, 1), height - height // 3)
            painter.fillRect(bar, QColor(fill))
            if entered:
                painter.setPen(QPen(text, 2))
                painter.drawRect(bar.adjusted(-1, -1, 1, 1))
            painter.setPen(text)
            painter.drawText(QRect(bar.right() + 6, y, amount_width, height), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, fmt_yuan(value))

    def image(self, width: int) -> QImage:
        """The chart drawn on a white image `width` pixels wide (for printing)."""
        font = QFont(self.font())
        font.setPixelSize(max(12, width // 72))
        height = int(QFontMetrics(font).height() * 1.5) * len(self.rows) + 4
        image = QImage(width, max(height, 1), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(font)
        self.paint(painter, QRect(0, 0, width, height))
        painter.end()
        return image


COLUMNS = ("number", "scenario", "personal", "reimbursed", "difference")


class CompareDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window_ = window
        self.comparison = None
        self.boxes = {}
        for field in FIELDS:
            box = QCheckBox()
            box.setChecked(field != "scheme")
            box.toggled.connect(self.refresh)
            self.boxes[field] = box
        self.vary_label = QLabel()
        self.entered_label = QLabel()
        self.entered_label.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        set_text_color(self.problem_label, ERROR_COLOR)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("difference"), QHeaderView.ResizeMode.Stretch)
        self.chart = CompareChart()
        self.chart_title = QLabel()
        self.chart_scroll = QScrollArea()
        self.chart_scroll.setWidget(self.chart)
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_comparison)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        window.form.changed.connect(self.timer.start)  # dropped with the timer when the dialog goes

        fields = QHBoxLayout()
        fields.addWidget(self.vary_label)
        for box in self.boxes.values():
            fields.addWidget(box)
        fields.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addWidget(self.entered_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.chart_title)
        layout.addWidget(self.chart_scroll, 2)
        layout.addWidget(self.advice_label)
        layout.addLayout(buttons)
        self.resize(980, 720)
        self.retranslate()

    def retranslate(self) -> None:
        lang = i18n.current_language()
        self.setWindowTitle(self.tr("Compare choices"))
        self.vary_label.setText(self.tr("Compare:"))
        self.boxes["level"].setText(label("input", "level", lang))
        self.boxes["location"].setText(label("input", "location", lang))
        self.boxes["scheme"].setText(label("input", "scheme", lang))
        self.table.setHorizontalHeaderLabels(
            [word(NUMBER)] + [render(msg(f"compare.col.{c}"), lang) for c in COLUMNS[1:]]
        )
        self.chart_title.setText(render(msg("compare.col.personal"), lang))
        self.print_button.setText(word(PRINT_BUTTON))
        self.close_button.setText(word(CLOSE))
        self.refresh()

    def fields(self) -> tuple[str, ...]:
        return tuple(f for f in FIELDS if self.boxes[f].isChecked())

    def refresh(self, *_args) -> None:
        """Compare the case on the form now; a case with mistakes says so instead."""
        from ..core.case import CaseError
        from ..core.compare import compare

        self.timer.stop()
        self.comparison, problem = None, ""
        case = self.window_.current_case()
        fields = self.fields()
        if self.window_.registry is None:
            problem = self.window_.loading_text()
        elif case is None:
            problem = word(FORM_HAS_MISTAKES)
        elif not fields:
            problem = self.tr("Choose at least one thing to compare.")
        else:
            try:
                self.comparison = compare(case, fields, self.window_.registry)
            except CaseError as exc:
                problem = render(exc.message, i18n.current_language())
            except Exception:
                error_dialog.show(*sys.exc_info(), parent=self)
                problem = render(msg("ui.internal_error", what=sys.exc_info()[0].__name__), i18n.current_language())
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self._show()

    def rows(self) -> list[tuple[str, str, str, str, str]]:
        """(number, scenario, personal, reimbursed, difference) as shown, in the table's order."""
        from ..core.compare import describe, difference_words

        result, lang = self.comparison, i18n.current_language()
        if result is None:
            return []
        case = result.entered.case
        out = []
        for number, s in enumerate(result.scenarios, 1):
            words = render(describe(case, s, result.fields), lang)
            est = s.estimate
            out.append((str(number), words, fmt_yuan(est.personal) if est else "—", fmt_yuan(est.reimbursed) if est else "—",
                        render(difference_words(s), lang)))
        return out

    def _show(self) -> None:
        from ..core.compare import advice
        from ..core.year import visit_words

        result, lang = self.comparison, i18n.current_language()
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            scenario = result.scenarios[row]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if COLUMNS[column] in ("personal", "reimbursed"):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if scenario.as_entered:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if not scenario.available:
                    item.setForeground(QColor(HINT_COLOR))
                if COLUMNS[column] == "difference":
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.chart.set_rows([
            (cells[0], s.estimate.personal if s.estimate is not None and s.available else None, s.as_entered)
            for cells, s in zip(rows, result.scenarios)
        ] if result is not None else [])
        if result is not None:
            entered = render(visit_words(result.entered.case), lang)
            self.entered_label.setText(self.tr("As entered: %1; the patient pays %2").replace("%1", entered)
                                       .replace("%2", fmt_yuan(result.entered.personal)))
            said = [render(m, lang) for m in advice(result) + result.notes]
            self.advice_label.setText("\n".join(said))
        else:
            self.entered_label.setText("")
            self.advice_label.setText("")
        self.print_button.setEnabled(result is not None)

    def html(self) -> str:
        """The comparison for print: the table, the chart (as image "chart"), the sentences."""
        from html import escape

        lang = i18n.current_language()
        head = "".join(f"<th>{escape(self.table.horizontalHeaderItem(c).text())}</th>" for c in range(len(COLUMNS)))
        body = "".join(
            "<tr>" + "".join(f'<td align="right">{escape(c)}</td>' if i in (2, 3) else f"<td>{escape(c)}</td>"
                             for i, c in enumerate(cells)) + "</tr>"
            for cells in self.rows()
        )
        said = "<br>".join(escape(line) for line in self.advice_label.text().splitlines())
        return (
            "<html><body>"
            f"<h2>{escape(render(msg('compare.heading'), lang))}</h2><p>{escape(self.entered_label.text())}</p>"
            f'<table border="1" cellspacing="0" cellpadding="3" width="100%"><tr>{head}</tr>{body}</table>'
            f'<p><img src="chart"></p><p>{said}</p>'
            f"<p align=\"center\"><b>{escape(render(msg('disclaimer'), lang))}</b></p></body></html>"
        )

    def document(self):
        from PySide6.QtGui import QTextDocument

        from .sheet_document import html_document

        document = html_document(self.html(), self.tr("Compare choices"))
        width = int(document.pageSize().width() * 0.9)
        document.addResource(QTextDocument.ResourceType.ImageResource, "chart", self.chart.image(width))
        document.setHtml(self.html())  # laid out again, now with the chart's size known
        return document

    def print_comparison(self) -> None:
        from .sheet_document import preview

        if self.comparison is None:
            return
        try:
            preview(self.document(), self.tr("Compare choices: print preview"), self)
        except Exception:
            error_dialog.show(*sys.exc_info(), parent=self)
