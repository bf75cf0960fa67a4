#!/usr/bin/env bash
# Set up a machine for benefitcalc: the system libraries Qt needs and a Simplified-Chinese font
# (Debian, as root), a virtual environment in .venv, and the package in it.
#
#   scripts/setup.sh app    the app only (what ./run needs)
#   scripts/setup.sh test   the app and its test tools (./run-tests; the default)
#
# It degrades rather than stops: offline, or with a Debian package that cannot be installed, it
# says what is missing and goes on (the command-line tool needs no Qt). Once set up it never
# touches the network: pip runs only when pyproject.toml changed or more extras are wanted.
set -uo pipefail
cd "$(dirname "$0")/.."

MODE=${1:-test}
case "$MODE" in
  app) EXTRAS="" ;;
  test) EXTRAS="[test]" ;;
  *) echo "usage: scripts/setup.sh [app|test]" >&2; exit 2 ;;
esac

say() { echo "benefitcalc setup: $*" >&2; }

QT_PACKAGES="libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libxkbcommon0 libx11-6 \
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0 \
libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 fonts-wqy-microhei"
PYTHON=${PYTHON:-python3}

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
is_root() { [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; }

apt_updated=""
APT_LEFT=""
apt_install() {
  # Install the packages given; one that cannot be installed does not stop the others.
  # Sets APT_LEFT to the ones still missing afterwards.
  export DEBIAN_FRONTEND=noninteractive
  if [ -z "$apt_updated" ]; then
    apt_updated=1
    apt-get update -qq >/dev/null 2>&1 || say "apt-get update failed (offline?); installing from what is known locally"
  fi
  if ! apt-get install -y -qq --no-install-recommends "$@" >/dev/null 2>&1; then
    local p
    for p in "$@"; do
      apt-get install -y -qq --no-install-recommends "$p" >/dev/null 2>&1 || true
    done
  fi
  local p
  APT_LEFT=""
  for p in "$@"; do installed "$p" || APT_LEFT="$APT_LEFT $p"; done
}

# --- system packages for the window (the command-line tool runs without them) -----------
if command -v dpkg-query >/dev/null 2>&1; then
  missing=""
  for p in $QT_PACKAGES; do installed "$p" || missing="$missing $p"; done
  if [ -n "$missing" ] && is_root; then
    say "installing system packages:$missing"
    # shellcheck disable=SC2086
    apt_install $missing
    missing=$APT_LEFT
  fi
  if [ -n "$missing" ]; then
    say "these Debian packages are missing:$missing"
    say "  the window may not start without them (the command-line tool works);"
    say "  install them as root: sudo apt-get install$missing"
    case "$missing" in *fonts-wqy-microhei*) say "  (without fonts-wqy-microhei the app uses the small Chinese font subset it ships)" ;; esac
  fi
else
  say "not a Debian system; for the window install Qt's runtime libraries (libEGL, libGL,"
  say "  fontconfig, xkbcommon, xcb-cursor) and a Simplified-Chinese font with your package manager."
fi

# --- the virtual environment ------------------------------------------------------------
if ! command -v "$PYTHON" >/dev/null 2>&1; then
  say "$PYTHON not found: install Python 3.11 or later (Debian: sudo apt-get install python3 python3-venv)"
  exit 1
fi
PIP=(.venv/bin/python -m pip)
if [ ! -x .venv/bin/python ]; then
  if ! "$PYTHON" -c "import ensurepip" >/dev/null 2>&1 && is_root; then
    say "installing python3-venv (Python's venv module needs it on Debian)"
    apt_install python3-venv
    [ -n "$APT_LEFT" ] && say "could not install python3-venv"
  fi
  if "$PYTHON" -c "import ensurepip" >/dev/null 2>&1; then
    "$PYTHON" -m venv .venv || { say "could not create .venv"; exit 1; }
  elif "$PYTHON" -m pip --version >/dev/null 2>&1; then
    say "python3-venv is missing; using the system's pip to fill .venv (sudo apt-get install python3-venv avoids this)"
    "$PYTHON" -m venv --without-pip .venv || { say "could not create .venv"; exit 1; }
  else
    say "Python's venv module is incomplete and there is no pip."
    say "  install it as root, then run this again: sudo apt-get install python3-venv"
    exit 1
  fi
fi
if ! .venv/bin/python -m pip --version >/dev/null 2>&1; then
  PIP=("$PYTHON" -m pip --python .venv/bin/python)
fi

# --- the package: installed once, again only when pyproject.toml changes -----------------
stamp=.venv/.benefitcalc-installed
want="$(cksum < pyproject.toml | cut -d' ' -f1) $MODE"
have=$(cat "$stamp" 2>/dev/null || true)
# A test install also serves the app; an app install does not serve the tests.
if [ "$have" = "$want" ] || { [ "$MODE" = app ] && [ "$have" = "${want% app} test" ]; }; then
  exit 0
fi
say "installing benefitcalc${EXTRAS} into .venv"
if ! "${PIP[@]}" install -q -e ".${EXTRAS}"; then
  say "pip could not install the package (offline? PyPI must be reachable the first time)"
  exit 1
fi
# Bytecode now, as the frozen build has it: the first start does not compile (≈ 0.5 s).
.venv/bin/python -m compileall -q -j 0 benefitcalc >/dev/null 2>&1 || true
echo "$want" > "$stamp"
