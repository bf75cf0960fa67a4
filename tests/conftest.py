"""Suite-wide setup: Qt draws offscreen (no display needed) unless told otherwise.

This must run before anything imports Qt: without a display pytest-qt aborts (exit 134).
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
