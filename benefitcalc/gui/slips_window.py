"""The slips dialog of 工具 › 用结算单核对… (`slips_dialog` adds the menu entry): the table of
slips, and the reconcile and calibrate texts beside each other, re-run after a short pause.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QBrush, QColor, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import i18n
from .common_words import LOADING_POLICIES, POLICY_FILES, word

# The columns shown for a new table: what a stay's slip needs. Others appear when opened/pasted.
START_COLUMNS = (
    "region", "date", "scheme", "category", "level", "retired", "location",
    "costs.total", "costs.self_paid", "costs.category_b_first",
    "year_to_date.admissions", "year_to_date.basic_fund_paid",
    "slip.basic_fund", "slip.critical_illness", "slip.large_expense", "slip.assistance", "slip.personal",
)
PAUSE_MS = 300
ERROR_BRUSH = QBrush(QColor("#ffd6d6"))


class SlipsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.calibration = None
        self.import_dialog = None
        self.timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self.timer.timeout.connect(self.refresh)

        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_spreadsheet)
        self.paste_button = QPushButton(self)
        self.paste_button.clicked.connect(self.paste)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_rows)
        self.save_button = QPushButton(self)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_fit)
        buttons = QHBoxLayout()
        for b in (self.open_button, self.paste_button, self.add_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        self.table = QTableWidget(0, 0, self)
        self.table.setObjectName("slips")
        self._set_columns(list(START_COLUMNS))
        self.table.itemChanged.connect(self._changed)
        paste = QAction(self.table)
        paste.setShortcut(QKeySequence.StandardKey.Paste)
        paste.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.triggered.connect(self.paste)
        self.table.addAction(paste)

        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.reconcile_label = QLabel(self)
        self.calibrate_label = QLabel(self)
        self.reconcile_text = QPlainTextEdit(self, readOnly=True, objectName="reconcile")
        self.calibrate_text = QPlainTextEdit(self, readOnly=True, objectName="calibrate")
        for text in (self.reconcile_text, self.calibrate_text):
            text.setFont(mono)
            text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        sides = QSplitter(Qt.Orientation.Horizontal, self)
        for label, text in ((self.reconcile_label, self.reconcile_text), (self.calibrate_label, self.calibrate_text)):
            side = QWidget(sides)
            lay = QVBoxLayout(side)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(label)
            lay.addWidget(text)
            sides.addWidget(side)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(sides)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(split)
        self.resize(1100, 700)
        self.retranslate()
        self.add_row()

    # --- words -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check against settlement slips"))
        self.open_button.setText(self.tr("&Open spreadsheet…"))
        self.paste_button.setText(self.tr("&Paste"))
        self.add_button.setText(self.tr("&Add row"))
        self.remove_button.setText(self.tr("&Remove rows"))
        self.save_button.setText(self.tr("&Save the fit as a correction…"))
        self.reconcile_label.setText(self.tr("Each slip beside the estimate"))
        self.calibrate_label.setText(self.tr("Deductible and rate fitted from the slips"))
        self.refresh()

    # --- the table ---------------------------------------------------------------------------

    def columns(self) -> list[str]:
        return [self.table.horizontalHeaderItem(i).text() for i in range(self.table.columnCount())]

    def _set_columns(self, names: list[str]) -> None:
        self.table.setColumnCount(len(names))
        self.table.setHorizontalHeaderLabels(names)

    def _ensure_columns(self, names: list[str]) -> None:
        from ..core.rows import COLUMNS

        have = self.columns()
        extra = [n for n in names if n in COLUMNS and n not in have]
        if extra:
            self._set_columns(have + extra)

    def rows(self) -> list[dict[str, str]]:
        """The table as spreadsheet rows (empty rows left out); keys are column names."""
        names = self.columns()
        out = []
        for r in range(self.table.rowCount()):
            row = {}
            for c, name in enumerate(names):
                item = self.table.item(r, c)
                if item is not None and item.text().strip():
                    row[name] = item.text()
            out.append(row)
        return out

    def set_rows(self, columns: list[str], rows: list[dict]) -> None:
        from ..core.rows import COLUMNS, cell_text

        self.table.blockSignals(True)
        try:
            self.table.setRowCount(0)
            self._set_columns([c for c in START_COLUMNS] + [c for c in columns if c in COLUMNS and c not in START_COLUMNS])
            names = self.columns()
            self.table.setRowCount(len(rows))
            for r, row in enumerate(rows):
                for c, name in enumerate(names):
                    value = row.get(name)
                    if value is not None and value != "":
                        self.table.setItem(r, c, QTableWidgetItem(cell_text(value)))
        finally:
            self.table.blockSignals(False)
        self.refresh()

    def add_row(self) -> None:
        self.table.insertRow(self.table.rowCount())

    def remove_rows(self) -> None:
        for r in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(r)
        self._changed()

    def paste(self) -> None:
        """Cells copied from Excel (tab-separated); a first line of column names sets the columns."""
        from ..core.rows import COLUMNS

        text = QApplication.clipboard().text()
        lines = [line.split("\t") for line in text.replace("\r\n", "\n").rstrip("\n").split("\n") if line.strip()]
        if not lines:
            return
        if all(cell.strip() in COLUMNS for cell in lines[0] if cell.strip()):
            names = [cell.strip() for cell in lines[0]]
            self._ensure_columns(names)
            targets = [self.columns().index(n) if n in self.columns() else -1 for n in names]
            lines = lines[1:]
            start_row = self._first_empty_row()
        else:
            start_row = max(self.table.currentRow(), 0)
            first = max(self.table.currentColumn(), 0)
            targets = list(range(first, first + max(len(line) for line in lines)))
        self.table.blockSignals(True)
        try:
            if start_row + len(lines) > self.table.rowCount():
                self.table.setRowCount(start_row + len(lines))
            for r, line in enumerate(lines, start_row):
                for target, cell in zip(targets, line):
                    if 0 <= target < self.table.columnCount():
                        self.table.setItem(r, target, QTableWidgetItem(cell.strip()))
        finally:
            self.table.blockSignals(False)
        self._changed()

    def _first_empty_row(self) -> int:
        rows = self.rows()
        while rows and not rows[-1]:
            rows.pop()
        return len(rows)

    def open_spreadsheet(self) -> None:
        from ..core.messages import render
        from ..core.spreadsheets import SpreadsheetError, read_table

        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a spreadsheet of slips"), "", self.tr("Spreadsheets (*.csv *.xlsx)"))
        if not name:
            return
        try:
            table = read_table(Path(name))
        except SpreadsheetError as exc:
            QMessageBox.warning(self, self.tr("Open a spreadsheet of slips"), render(exc.message, i18n.current_language()))
            return
        self.set_rows(table.columns, table.rows)

    # --- results -----------------------------------------------------------------------------

    def _changed(self, *_args) -> None:
        self.timer.start()

    def refresh(self) -> None:
        """Reconcile and calibrate the rows now; mark each bad cell and say what is wrong."""
        registry = getattr(self.window_, "registry", None)
        lang = i18n.current_language()
        if registry is None:
            self.reconcile_text.setPlainText(word(LOADING_POLICIES))
            return
        from ..core.calibrate import calibrate_rows
        from ..core.messages import render
        from ..core.reconcile import reconcile_rows
        from ..core.rows import RowError
        from ..core.slip_report import calibration_lines, reconcile_lines

        pairs = [(row, n) for n, row in enumerate(self.rows(), 1) if row]
        rows, numbers = [p[0] for p in pairs], [p[1] for p in pairs]
        results = reconcile_rows(rows, numbers, registry)
        self.calibration = calibrate_rows(rows, numbers, registry)
        self._mark_errors([(n, r) for n, r in results if isinstance(r, RowError)], lang, render)
        self.reconcile_text.setPlainText("\n".join(reconcile_lines(results, lang)) if rows else self.tr("Type or paste slips into the table."))
        self.calibrate_text.setPlainText("\n".join(calibration_lines(self.calibration, lang)) if rows else "")
        self.save_button.setEnabled(bool(self.calibration.exact))

    def _mark_errors(self, errors, lang, render) -> None:
        names = self.columns()
        self.table.blockSignals(True)
        try:
            for r in range(self.table.rowCount()):
                for c in range(self.table.columnCount()):
                    item = self.table.item(r, c)
                    if item is not None and item.toolTip():
                        item.setBackground(QBrush())
                        item.setToolTip("")
            for number, error in errors:
                if error.column not in names:
                    continue
                c = names.index(error.column)
                item = self.table.item(number - 1, c)
                if item is None:
                    item = QTableWidgetItem("")
                    self.table.setItem(number - 1, c, item)
                item.setBackground(ERROR_BRUSH)
                item.setToolTip(render(error.message, lang))
        finally:
            self.table.blockSignals(False)

    # --- saving the fit ----------------------------------------------------------------------

    def save_fit(self) -> None:
        """The exact fit as an amendment, through the window's policy import (its diff, its question)."""
        import tempfile

        from ..core.messages import render
        from ..core.slip_amendment import AmendmentError, amendment_data, amendment_toml

        lang = i18n.current_language()
        title = self.tr("Save the fit as a correction")
        try:
            data = amendment_data(self.calibration, lang)
            text = amendment_toml(self.calibration, lang)
        except AmendmentError as exc:
            QMessageBox.warning(self, title, render(exc.message, lang))
            return
        name = f"{data.amends}-{data.valid_from.isoformat()}-slips.toml"
        importer = next((f for f in getattr(self.window_, "features", ()) if hasattr(f, "import_files")), None)
        if importer is None:  # no import in this window: save the file for a later import
            self._save_as(name, text, title)
            return
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / name
            path.write_text(text, encoding="utf-8")
            self.import_dialog = importer.import_files([path])  # reads the file at once
        self.import_dialog.finished.connect(self._after_import)

    def _after_import(self, *_args) -> None:
        """Installed (or not): estimate the slips again with the window's policies."""
        self.import_dialog = None
        self.timer.start()

    def _save_as(self, name: str, text: str, title: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, title, name, word(POLICY_FILES))
        if not path:
            return
        try:
            Path(path).write_text(text, encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(self, title, str(exc))
