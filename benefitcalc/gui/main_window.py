"""The main window: the case form and the result side by side, recomputed as the user types.

The window can open before the policies are validated: built from the regions' `[policy]`
headers (`core.policy_index`), it shows the remembered region at once and says the policies
are loading; `set_registry` hands it the validated policies right after the first paint
(`app.main`), and only then is anything estimated.

Here: the layout, the estimate on every edit, the status line, the language and text size,
and what the window remembers (size, splitter, region). Its commands live beside it:
menus and actions (`main_window_menus`), case files (`main_window_files`), the sheet and the
dialogs (`main_window_dialogs`).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QMainWindow, QScrollArea, QSplitter, QWidget

from ..core.messages import msg, render
from . import error_dialog, i18n, main_window_menus
from .case_form import CaseForm
from .main_window_dialogs import SheetAndDialogs
from .main_window_files import CaseFiles, core_modules
from .result_view import ResultView
from .settings import LARGE_STEP, TEXT_STEPS, Settings
from .common_words import ENTER_THE_BILL, LOADING_POLICIES, word

if TYPE_CHECKING:  # pragma: no cover
    from pathlib import Path

    from ..core.case import Case, CaseError
    from ..core.estimate import Estimate
    from ..core.policy_index import RegionHeader
    from ..core.registry import PolicyRegistry

# 0 ms: the estimate follows the next event-loop turn, which still merges the edits of one turn
# (a paste, an input-method commit, a combo change with its side effects) into one recompute.
RECOMPUTE_DELAY_MS = 0


class MainWindow(CaseFiles, SheetAndDialogs, QMainWindow):
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

        main_window_menus.build(self)
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

    def changeEvent(self, event: QEvent) -> None:
        # Each translator installed or removed sends one; retranslate once, after the last.
        if event.type() == QEvent.Type.LanguageChange:
            self._language_timer.start()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._update_title()
        main_window_menus.retranslate(self)
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
            self.result.show_message(word(ENTER_THE_BILL))
            return None
        cases, engine, _ = core_modules()
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
        return word(LOADING_POLICIES)

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
        cases, _, _ = core_modules()
        try:
            return cases.case_from_dict(reading.data)
        except cases.CaseError:
            return None

    def _remember_region(self, region: str) -> None:
        if region:
            self.settings.region = region

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
