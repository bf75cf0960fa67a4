"""Suite-wide setup: Qt draws offscreen (no display needed) unless told otherwise.

This must run before anything imports Qt: without a display pytest-qt aborts (exit 134).
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The user's own policy folder (policies import): never the developer's real one in tests.
os.environ.setdefault("BENEFITCALC_USER_POLICIES", os.path.join(os.path.dirname(__file__), ".no-user-policies"))


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path_factory, monkeypatch):
    """No test reads or writes a real user's data, config or cache folder (platformdirs: XDG_*)."""
    base = tmp_path_factory.mktemp("user")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(base / name.lower()))
    return base
