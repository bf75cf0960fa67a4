#!/usr/bin/env bash
# Set up a fresh machine for benefitcalc: the system libraries Qt needs (Debian, as root),
# a Simplified-Chinese font, a virtual environment in .venv and the package with its test tools.
# Idempotent: a second run does almost nothing. Used by ./run and ./run-tests.
set -euo pipefail
cd "$(dirname "$0")/.."

QT_PACKAGES="libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libxkbcommon0 libx11-6 \
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0 \
libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 fonts-wqy-microhei"

missing_packages() {
  local p missing=""
  for p in $QT_PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  echo "$missing"
}

if command -v dpkg-query >/dev/null 2>&1; then
  missing=$(missing_packages)
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      echo "benefitcalc setup: installing system packages:$missing"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >/dev/null
      # shellcheck disable=SC2086
      apt-get install -y -qq --no-install-recommends $missing >/dev/null
    else
      echo "benefitcalc setup: these Debian packages are missing:$missing" >&2
      echo "  install them as root: sudo apt-get install$missing" >&2
      echo "  (without fonts-wqy-microhei Chinese text shows as empty boxes)" >&2
    fi
  fi
else
  echo "benefitcalc setup: not a Debian system; install Qt's runtime libraries (libEGL, libGL," >&2
  echo "  fontconfig, xkbcommon, xcb-cursor) and a Simplified-Chinese font with your package manager." >&2
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.benefitcalc-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e ".[test]"
  # Bytecode now, as the frozen build has it: the first start does not compile (≈ 0.5 s).
  .venv/bin/python -m compileall -q -j 0 benefitcalc >/dev/null
  touch "$stamp"
fi
