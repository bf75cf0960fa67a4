"""文件 › 导入政策文件…: the dialog shows what a file changes and installs it only when asked;
a refused file changes nothing; 撤销导入 restores; the dialog is freed after each use."""

from __future__ import annotations

import gc
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox

from shared_data import POLICIES, notice

from benefitcalc.core.param_labels import param_value
from benefitcalc.core.registry import PolicyRegistry
from benefitcalc.gui import policy_import, policy_import_dialog

LEVEL3 = "resident.inpatient.rate.level3"
REVIEWED = "reviewed = 2025-06-25"  # the notice as a reviewed correction


SHIPPED = PolicyRegistry.load(POLICIES).policy_for("jinan", date(2025, 6, 30)).get(LEVEL3)


@pytest.fixture
def user(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "user policies"
    monkeypatch.setenv("BENEFITCALC_USER_POLICIES", str(folder))
    return folder


@pytest.fixture
def notice_file(tmp_path) -> Path:
    path = tmp_path / "济南更正.toml"
    path.write_text(notice(extra=REVIEWED), encoding="utf-8")
    return path


def feature_of(window) -> policy_import.PolicyImportFeature:
    return next(f for f in window.features if isinstance(f, policy_import.PolicyImportFeature))


def freed(qtbot) -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def test_the_file_menu_offers_the_import_in_chinese(window):
    texts = [a.text() for a in window.file_menu.actions()]
    assert "导入政策文件(&I)…" in texts or any(t.startswith("导入政策文件") for t in texts)
    assert any(t.startswith("撤销") for t in texts)


def test_the_dialog_shows_the_change_and_installs_only_when_asked(window, qtbot, user, notice_file):
    dialog = feature_of(window).import_files([notice_file])
    text = dialog.details.toPlainText()
    assert f"居民医保 · 住院 · 报销比例 · 三级医院：{param_value(LEVEL3, SHIPPED)} 改为 62%" in text
    assert "济南市医疗保障局关于调整城乡居民医保住院待遇的通知" in text
    assert "resident.inpatient" not in text  # plain words, no dotted keys
    assert not (user / notice_file.name).exists()  # nothing yet: it asks first
    assert dialog.install_button.text() == "安装(&I)"
    dialog.install_button.click()
    assert (user / notice_file.name).read_bytes() == notice_file.read_bytes()
    assert window.registry.policy_for("jinan", date(2025, 7, 1)).get(LEVEL3) == Decimal("0.62")
    assert window.registry.policy_for("jinan", date(2025, 6, 30)).get(LEVEL3) == SHIPPED


def test_cancel_installs_nothing(window, qtbot, user, notice_file):
    dialog = feature_of(window).import_files([notice_file])
    dialog.reject()
    assert not user.exists() or list(user.glob("*.toml")) == []


def test_a_refused_file_shows_why_offers_only_close_and_changes_nothing(window, qtbot, user, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(notice(value="1.62", extra=REVIEWED), encoding="utf-8")
    dialog = feature_of(window).import_files([bad])
    assert dialog.install_button is None
    assert "bad.toml › resident.inpatient.rate.level3：必须 ≤ 1（现为 1.62）" in dialog.details.toPlainText()
    assert "没有作任何更改" in dialog.summary.text()
    dialog.reject()
    assert not user.exists()


def test_undo_restores_the_policies_and_the_window_uses_them(window, qtbot, user, notice_file, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    feature = feature_of(window)
    feature.import_files([notice_file]).install_button.click()
    assert window.registry.policy_for("jinan", date(2025, 7, 1)).get(LEVEL3) == Decimal("0.62")
    feature.undo_last()
    assert "济南更正.toml" in said[-1]
    assert not (user / notice_file.name).exists()
    assert window.registry.policy_for("jinan", date(2025, 7, 1)).get(LEVEL3) == SHIPPED
    feature.undo_last()
    assert "没有可撤销的导入" in said[-1]


def test_the_dialog_is_in_english_after_a_language_switch(window, qtbot, user, notice_file):
    window.set_language("en", remember=False)
    dialog = feature_of(window).import_files([notice_file])
    assert dialog.windowTitle() == "Import policy files"
    assert f"resident · hospital stay · rate · level-3 hospital: {param_value(LEVEL3, SHIPPED)} → 62%" in dialog.details.toPlainText()
    dialog.reject()


def test_repeated_imports_free_their_dialogs(window, qtbot, user, notice_file):
    feature = feature_of(window)
    for _ in range(3):
        feature.import_files([notice_file]).reject()
    freed(qtbot)
    baseline = len(window.findChildren(policy_import_dialog.ImportDialog))
    for _ in range(20):
        feature.import_files([notice_file]).reject()
    freed(qtbot)
    assert len(window.findChildren(policy_import_dialog.ImportDialog)) == baseline == 0
    assert feature.dialog is None


def test_a_file_gone_once_the_dialog_shows_is_still_installed(window, qtbot, user):
    """How the slips dialog hands its fitted amendment over (a temporary file): the plan holds
    the bytes read at once, so the install does not read the file again."""
    text = notice(extra=REVIEWED)
    importer = feature_of(window)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "jinan-2025-07-01-slips.toml"
        path.write_text(text, encoding="utf-8")
        dialog = importer.import_files([path])
    assert "改为 62%" in dialog.details.toPlainText()  # the file was read before it went away
    dialog.install_button.click()
    assert (user / "jinan-2025-07-01-slips.toml").read_text(encoding="utf-8") == text
