"""The main window: the case form and the result side by side, recomputed as the user types.

The window can open before the policies are validated: built from the regions' `[policy]`
headers (`core.policy_index`), it shows the remembered region at once and says the policies
are loading; `set_registry` hands it the validated policies right after the first paint
(`app.main`), and only then is anything estimated.

Menus: open/save a case (the golden `[case]` TOML format), print and save the estimate sheet
as PDF (`sheet`, imported on first use), the policy browser (imported on first use), text size,
language, station name. Everything a clerk may do has a keyboard shortcut.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QToolBar,
    QWidget,
)

from ..core.messages import msg, render
from . import error_dialog, i18n
from .case_form import CaseForm
from .result_view import ResultView
from .settings import LARGE_STEP, TEXT_STEPS, Settings

if TYPE_CHECKING:  # pragma: no cover
    from ..core.case import Case, CaseError
    from ..core.estimate import Estimate
    from ..core.policy_index import RegionHeader
    from ..core.registry import PolicyRegistry

# 0 ms: the estimate follows the next event-loop turn, which still merges the edits of one turn
# (a paste, an input-method commit, a combo change with its side effects) into one recompute.
RECOMPUTE_DELAY_MS = 0
LANGUAGE_NAMES = {"zh": "简体中文", "en": "English"}


def _core():
    """Cases and the engine, imported at the first estimate or case file, not at start-up
    (the first screen has no bill to estimate yet)."""
    from ..core import case, engine, toml_reader

    return case, engine, toml_reader


def _dialogs():
    """The standard dialogs, imported when one is first shown, not at start-up."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    return QFileDialog, QInputDialog, QMessageBox


class MainWindow(QMainWindow):
    first_painted = Signal()  # once, in the event-loop turn after the window's first paint
    # The estimate on screen was saved ("saved"), printed ("printed") or saved as PDF ("pdf"):
    # the history keeps it.
    estimate_kept = Signal(str)

    def __init__(self, registry: PolicyRegistry | None, settings: Settings | None = None,
                 parent: QWidget | None = None, *, regions: list[RegionHeader] | None = None):
        """`registry` None: the policies come later through `set_registry`; the region list is
        then built from `regions` (default: the `[policy]` headers of the default folders)."""
        super().__init__(parent)
        self.registry = registry
        if registry is None and regions is None:
            from ..core.locations import default_policy_dirs
            from ..core.policy_index import scan_regions

            regions = scan_regions(default_policy_dirs())
        self._painted = False
        self.settings = settings if settings is not None else Settings()
        self.case_name = ""
        self.case_path: Path | None = None
        self.current_estimate: Estimate | None = None
        self._internal_error_shown = False
        self._policy_browser = None
        self._base_point_size = QApplication.font().pointSizeF()
        self._text_step = 0
        self.remember_geometry = True

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(RECOMPUTE_DELAY_MS)
        self.timer.timeout.connect(self.recompute)
        self._language_timer = QTimer(self)
        self._language_timer.setSingleShot(True)
        self._language_timer.setInterval(0)
        self._language_timer.timeout.connect(self.apply_language)

        self.form = CaseForm(registry, regions=regions)
        self.result = ResultView()
        self.form_scroll = self._scroll(self.form)
        self.result_scroll = self._scroll(self.result)
        self.result_scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.form_scroll)
        self.splitter.addWidget(self.result_scroll)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._problems_label = QLabel()
        self.statusBar().addPermanentWidget(self._problems_label)

        self._build_actions()
        self._build_menus()
        from .features import install_all

        self.features = install_all(self)

        region = self.settings.region
        if not (region and self.form.set_region(region)):
            self.form.set_region("jinan")
        self.form.changed.connect(self.schedule_recompute)
        self.form.submitted.connect(self.recompute)
        self.form.region_changed.connect(self._remember_region)

        self.set_text_step(self.settings.text_step, remember=False)
        self.retranslate()
        self._restore_window()
        self.recompute()
        self.form.total.setFocus()  # the region is remembered; the bill is what changes

    # ------------------------------------------------------------------ layout
    def _scroll(self, widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidget(widget)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        return area

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)  # after this paint reaches the screen

    def sizeHint(self) -> QSize:
        return QSize(1280, 760)

    def _restore_window(self) -> None:
        geometry = self.settings.window_state("geometry")
        self._first_run = geometry is None or not self.restoreGeometry(geometry)
        if self._first_run:
            self.resize(self.sizeHint())
        splitter = self.settings.window_state("splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([540, 740])

    def show_window(self) -> None:
        """Show as last time; the first time, maximised on a screen as small as 1366×768."""
        screen = QApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        if self._first_run and available is not None and (
            available.width() < 1400 or available.height() < 900
        ):
            self.showMaximized()
        else:
            self.show()

    def closeEvent(self, event) -> None:
        if self.remember_geometry:
            self.settings.set_window_state("geometry", self.saveGeometry())
            self.settings.set_window_state("splitter", self.splitter.saveState())
        super().closeEvent(event)

    # ------------------------------------------------------------------ actions and menus
    def _action(self, slot, shortcuts=(), checkable: bool = False) -> QAction:
        action = QAction(self)
        keys: list[QKeySequence] = []
        for shortcut in shortcuts:  # a key given twice (Ctrl++ and ZoomIn) would be "ambiguous"
            key = QKeySequence(shortcut)
            if not key.isEmpty() and key not in keys:
                keys.append(key)
        if keys:
            action.setShortcuts(keys)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.new_action = self._action(self.new_case, [std.New])
        self.open_action = self._action(self.choose_case_file, [std.Open])
        self.save_action = self._action(self.choose_save_file, [std.Save])
        self.print_action = self._action(self.print_sheet, [std.Print])
        self.pdf_action = self._action(self.save_pdf, ["Ctrl+Shift+P"])
        self.station_action = self._action(self.edit_station)
        self.quit_action = self._action(self.close, ["Ctrl+Q"])
        self.bigger_action = self._action(self.bigger_text, ["Ctrl+=", "Ctrl++", std.ZoomIn])
        self.smaller_action = self._action(self.smaller_text, ["Ctrl+-", std.ZoomOut])
        self.normal_action = self._action(self.normal_text, ["Ctrl+0"])
        self.browser_action = self._action(self.open_policy_browser, ["Ctrl+B"])
        self.about_action = self._action(self.about)
        self.language_actions = QActionGroup(self)
        self.language_actions.setExclusive(True)
        self.language_action: dict[str, QAction] = {}
        for lang, name in LANGUAGE_NAMES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(lang == i18n.current_language())
            action.triggered.connect(lambda _checked=False, lang=lang: self.set_language(lang))
            self.language_actions.addAction(action)
            self.language_action[lang] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (self.new_action, self.open_action, self.save_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.print_action)
        self.file_menu.addAction(self.pdf_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.station_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        for action in (self.bigger_action, self.smaller_action, self.normal_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        for action in self.language_action.values():
            self.language_menu.addAction(action)
        self.tools_menu = bar.addMenu("")
        self.tools_menu.addAction(self.browser_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.open_action, self.save_action, None, self.print_action,
                       self.pdf_action, None, self.browser_action, None, self.bigger_action, self.smaller_action):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)

    def changeEvent(self, event: QEvent) -> None:
        # Each translator installed or removed sends one; retranslate once, after the last.
        if event.type() == QEvent.Type.LanguageChange:
            self._language_timer.start()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._update_title()
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        texts = {
            self.new_action: (self.tr("&New case"), self.tr("Start again with an empty form")),
            self.open_action: (self.tr("&Open case…"), self.tr("Open a saved case file (.toml)")),
            self.save_action: (self.tr("&Save case…"), self.tr("Save this case to a file")),
            self.print_action: (self.tr("&Print…"), self.tr("Print the estimate sheet for the patient")),
            self.pdf_action: (self.tr("Save as P&DF…"), self.tr("Save the estimate sheet as a PDF file")),
            self.station_action: (self.tr("S&tation name…"), self.tr("The service station's name, printed on the sheet")),
            self.quit_action: (self.tr("&Quit"), ""),
            self.bigger_action: (self.tr("&Larger text"), self.tr("Make all text larger (Ctrl +)")),
            self.smaller_action: (self.tr("&Smaller text"), self.tr("Make all text smaller (Ctrl −)")),
            self.normal_action: (self.tr("&Normal text size"), ""),
            self.browser_action: (self.tr("&Policy browser…"), self.tr("See every parameter of a region's policy and its source")),
            self.about_action: (self.tr("&About"), ""),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setIconText(re.sub(r"\(&\w\)|&|…", "", text))
            action.setToolTip(tip or text.replace("&", "").rstrip("…"))
            action.setStatusTip(tip)
        for feature in getattr(self, "features", ()):
            feature.retranslate()
        self._update_problems_label()

    def _update_problems_label(self) -> None:
        count = len(self.registry.problems) if self.registry is not None else 0
        self._problems_label.setText(
            self.tr("%n problem(s) in the policy files: see the policy browser", "", count) if count else ""
        )

    def _update_title(self) -> None:
        title = self.tr("Medical insurance estimate")
        if self.case_path is not None:
            title = f"{self.case_path.name} — {title}"
        self.setWindowTitle(title)

    # ------------------------------------------------------------------ computing
    def set_registry(self, registry: PolicyRegistry) -> None:
        """The validated policies: regions with broken files are marked, disease lists filled,
        the problem count shown, and the form estimated (it may have been typed into meanwhile)."""
        self.registry = registry
        self.form.set_registry(registry)
        self._update_problems_label()
        self.recompute()

    def schedule_recompute(self) -> None:
        self.timer.start()

    def recompute(self) -> Estimate | None:
        """Read the form, estimate, show the result or say what is wrong. Never raises.
        Before the policies are loaded it only says so: `set_registry` recomputes."""
        self.timer.stop()
        if self.registry is None:
            self.current_estimate = None
            self.result.show_message(self.loading_text())
            return None
        lang = i18n.current_language()
        self.form.problems.clear()
        self.current_estimate = None
        reading = self.form.read()
        if reading.problems:
            lines = []
            for field, text in reading.problems:
                self.form.problems.show(field, text)
                lines.append(self._problem_line(field, text))
            self.result.show_problems(lines)
            return None
        if reading.total_missing:
            self.result.show_message(self.tr("Enter the total bill on the left; the estimate appears here."))
            return None
        cases, engine, _ = _core()
        try:
            try:
                case = cases.case_from_dict(reading.data)
                result = engine.estimate(case, self.registry)
            except cases.CaseError as err:  # said at the field; saying it must not fail either
                text = self.case_error_text(err, lang)
                field = err.field
                if err.message.id == "error.case.no_version":
                    field = "case.date"
                if field:
                    self.form.problems.show(field, text)
                self.result.show_problems([self._problem_line(field, text)])
                return None
        except Exception:  # a bug: log it, say so in plain words (a dialog only the first time)
            info = sys.exc_info()
            if self._internal_error_shown:
                path = error_dialog.log_exception(*info)
            else:
                self._internal_error_shown = True
                path = error_dialog.show(*info, parent=self)
            what = str(path) if path else type(info[1]).__name__
            self.result.show_message(render(msg("ui.internal_error", what=what), lang), problem=True)
            return None
        self.current_estimate = result
        self.result.show_estimate(result)
        return result

    def loading_text(self) -> str:
        return self.tr("Loading the policies…")

    @staticmethod
    def case_error_text(err: CaseError, lang: str) -> str:
        """The sentence for a field: the `what` part when the message is 'field: what'."""
        if err.message.id == "error.case.field" and "what" in err.message.params:
            return render(err.message.params["what"], lang)
        return render(err.message, lang)

    def _problem_line(self, field: str, text: str) -> str:
        name = self.form.problems.field_name(field) if field else ""
        separator = "：" if i18n.current_language() == "zh" else ": "
        return f"{name}{separator}{text}" if name else text

    def current_case(self) -> Case | None:
        reading = self.form.read()
        if reading.problems or reading.total_missing:
            return None
        cases, _, _ = _core()
        try:
            return cases.case_from_dict(reading.data)
        except cases.CaseError:
            return None

    def _remember_region(self, region: str) -> None:
        if region:
            self.settings.region = region

    # ------------------------------------------------------------------ case files
    def show_case(self, case: Case, name: str = "") -> None:
        """Put a validated case on the form (from the history): a new, unsaved case. One the
        form cannot show (a region no longer offered) is refused with a message, form unchanged."""
        from .case_loading import CaseRefused

        try:
            self.form.set_case_data(case.model_dump())
        except CaseRefused as refused:
            _dialogs()[2].warning(self, self.tr("Open case"), self._refusal_text(refused))
            return
        self.case_name = name
        self.case_path = None
        self._update_title()
        self.recompute()

    def new_case(self) -> None:
        self.case_name = ""
        self.case_path = None
        self.form.reset()
        self._update_title()
        self.recompute()
        self.form.total.setFocus()

    def open_case_file(self, path: Path) -> str:
        """Load a case file into the form; returns "" or a sentence saying why it was not opened.

        The whole file is read and checked before the form changes (`case_loading`): a file the
        form cannot show as it is is refused whole, naming each wrong key, and the form, the
        title and the case name stay as they were. A wrong amount is shown as written and
        marked at its field, so the clerk can correct it.
        """
        from .case_loading import CaseRefused, form_case

        lang = i18n.current_language()
        path = Path(path)
        cases = _core()[0]
        try:  # the core reads the file once (its encodings, its limits); the form shows what it says
            data = cases.read_case_data(path)
            table = cases.case_table(data)
        except cases.CaseError as err:
            if err.field == "case":  # no [case] table
                return self._file_problem(path, err.message, lang)
            return render(err.message, lang)
        except Exception as exc:  # noqa: BLE001 - a reader's fault is still only a file it cannot read
            return self._file_problem(path, msg("what.other", text=str(exc) or type(exc).__name__), lang)
        try:
            loaded = form_case(table, self.form.region_ids())
        except CaseRefused as refused:
            return self._file_problem(path, msg("what.other", text=self._refusal_text(refused)), lang)
        self.form.show_case(loaded)
        name = data.get("name")
        self.case_name = name if isinstance(name, str) else ""
        self.case_path = path
        self._update_title()
        self.recompute()
        return ""

    @staticmethod
    def _refusal_text(refused) -> str:
        lang = i18n.current_language()
        separator = "；" if lang == "zh" else "; "
        return separator.join(render(problem, lang) for problem in refused.problems)

    @staticmethod
    def _file_problem(path: Path, what, lang: str) -> str:
        return render(msg("error.case.file", file=str(path), what=what), lang)

    def _case_folder(self) -> str:
        folder = self.settings.case_folder
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def choose_case_file(self) -> None:
        QFileDialog, _, QMessageBox = _dialogs()
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open case"), self._case_folder(), self.tr("Case files (*.toml);;All files (*)")
        )
        if not path:
            return
        self.settings.case_folder = str(Path(path).parent)
        problem = self.open_case_file(Path(path))
        if problem:
            QMessageBox.warning(self, self.tr("Open case"), problem)

    def save_case_file(self, path: Path) -> str:
        """Write the case in the golden `[case]` format; returns "" or why it could not be saved."""
        case = self.current_case()
        if case is None:
            return self.tr("The case has mistakes or is incomplete; correct the marked fields first.")
        try:
            Path(path).write_text(_core()[0].case_to_toml(case, self.case_name), encoding="utf-8")
        except OSError as exc:
            return self.tr("Could not save the file: %1").replace("%1", str(exc))
        self.case_path = Path(path)
        self._update_title()
        self.estimate_kept.emit("saved")
        return ""

    def _suggested_name(self, suffix: str) -> str:
        case = self.current_case()
        if case is None:
            return f"case{suffix}"
        return f"{case.region}-{case.category}-{case.date.isoformat()}{suffix}"

    def choose_save_file(self) -> None:
        QFileDialog, _, QMessageBox = _dialogs()
        if self.current_case() is None:
            QMessageBox.information(self, self.tr("Save case"), self.save_case_file(Path()))
            return
        start = str(self.case_path) if self.case_path else str(Path(self._case_folder()) / self._suggested_name(".toml"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save case"), start, self.tr("Case files (*.toml)"))
        if not path:
            return
        if not path.lower().endswith(".toml"):
            path += ".toml"
        self.settings.case_folder = str(Path(path).parent)
        problem = self.save_case_file(Path(path))
        if problem:
            QMessageBox.warning(self, self.tr("Save case"), problem)
        else:
            self.statusBar().showMessage(self.tr("Saved: %1").replace("%1", path), 5000)

    # ------------------------------------------------------------------ sheet and dialogs (imported on first use)
    def _need_estimate(self, title: str) -> Estimate | None:
        if self.current_estimate is None:
            _dialogs()[2].information(self, title, self.tr("There is no estimate yet: fill in the form first."))
        return self.current_estimate

    def _lazy_module(self, name: str, title: str):
        import importlib

        try:
            return importlib.import_module(f"benefitcalc.gui.{name}")
        except ImportError:
            _dialogs()[2].information(self, title, self.tr("This part of the program is not installed yet."))
            return None

    def print_sheet(self) -> None:
        title = self.tr("Print")
        est = self._need_estimate(title)
        sheet = self._lazy_module("sheet", title) if est is not None else None
        if sheet is None:
            return
        try:
            printed = sheet.print_preview(est, self, self.settings.station_name, i18n.current_language())
        except Exception:
            error_dialog.show(*sys.exc_info(), parent=self)
            return
        if printed:  # the preview was closed by printing, not cancelled
            self.estimate_kept.emit("printed")

    def save_pdf(self) -> None:
        title = self.tr("Save as PDF")
        est = self._need_estimate(title)
        sheet = self._lazy_module("sheet", title) if est is not None else None
        if sheet is None:
            return
        start = str(Path(self._case_folder()) / self._suggested_name(".pdf"))
        path, _ = _dialogs()[0].getSaveFileName(self, title, start, self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            sheet.save_pdf(est, path, self.settings.station_name, i18n.current_language())
        except Exception:
            error_dialog.show(*sys.exc_info(), parent=self)
            return
        self.estimate_kept.emit("pdf")
        self.statusBar().showMessage(self.tr("Saved: %1").replace("%1", path), 5000)

    def open_policy_browser(self) -> None:
        title = self.tr("Policy browser")
        if self.registry is None:  # a fraction of a second after start-up
            self.statusBar().showMessage(self.loading_text(), 3000)
            return
        module = self._lazy_module("policy_browser", title)
        if module is None:
            return
        self._close_policy_browser()  # one browser at a time, for the form's region and date
        try:
            day = self.form.date.date().toPython()
            dialog = module.PolicyBrowser(self.registry, self.form.region_id(), day, i18n.current_language(), parent=self)
            # Freed when closed: a browser holds a region's whole parameter table (≈ 3 MB).
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()
        except Exception:
            error_dialog.show(*sys.exc_info(), parent=self)
            return
        self._policy_browser = dialog

    def _close_policy_browser(self) -> None:
        from shiboken6 import isValid

        dialog, self._policy_browser = self._policy_browser, None
        if dialog is not None and isValid(dialog):
            dialog.close()

    def edit_station(self) -> None:
        name, ok = _dialogs()[1].getText(
            self,
            self.tr("Station name"),
            self.tr("Name of this service station, printed on every estimate sheet:"),
            text=self.settings.station_name,
        )
        if ok:
            self.settings.station_name = name

    def about(self) -> None:
        lang = i18n.current_language()
        _dialogs()[2].about(
            self,
            self.tr("About"),
            "\n\n".join([
                self.tr("Estimates what Shandong medical insurance pays on a bill, layer by layer, and explains every number."),
                render(msg("disclaimer"), lang),
                self.tr("Log file: %1").replace("%1", str(error_dialog.log_path())),
            ]),
        )

    # ------------------------------------------------------------------ language and text size
    def set_language(self, lang: str, remember: bool = True) -> None:
        i18n.install(lang)
        if remember:
            self.settings.language = i18n.current_language()
        self.apply_language()

    def apply_language(self) -> None:
        """Every text of the window in the current language, and the estimate rendered again."""
        self._language_timer.stop()
        lang = i18n.current_language()
        self.setLocale(i18n.locale_for(lang))
        self.language_action[lang].setChecked(True)
        self.retranslate()
        self.form.retranslate()
        self.result.retranslate()
        self.recompute()

    @property
    def text_step(self) -> int:
        return self._text_step

    def set_text_step(self, step: int, remember: bool = True) -> None:
        step = max(0, min(step, len(TEXT_STEPS) - 1))
        self._text_step = step
        font = QFont(QApplication.font())
        font.setPointSizeF(self._base_point_size * TEXT_STEPS[step])
        QApplication.setFont(font)
        self.form.apply_fonts()
        self.result.apply_fonts()
        if remember:
            self.settings.text_step = step

    def bigger_text(self) -> None:
        self.set_text_step(self._text_step + 1)

    def smaller_text(self) -> None:
        self.set_text_step(self._text_step - 1)

    def normal_text(self) -> None:
        self.set_text_step(0)

    def use_large_text(self) -> None:
        """`--large-text`: at least the large step, for this run."""
        self.set_text_step(max(self._text_step, LARGE_STEP), remember=False)
