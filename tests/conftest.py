"""Suite-wide setup: Qt draws offscreen (no display needed) unless told otherwise.

This must run before anything imports Qt: without a display pytest-qt aborts (exit 134).
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The user's own policy folder (policies import): never the developer's real one in tests.
os.environ.setdefault("BENEFITCALC_USER_POLICIES", os.path.join(os.path.dirname(__file__), ".no-user-policies"))
