#!/usr/bin/env bash
# Prepares this checkout to run (`run`) or to be tested (`test`): system packages, then .venv with the locked
# Python packages. Safe to run again: it only does what is missing.
set -euo pipefail
purpose=${1:-run}
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

say() { printf '[setup] %s\n' "$*" >&2; }

# --- Python -----------------------------------------------------------------------------------------------------
PYTHON=${PYTHON:-python3}
if ! command -v "$PYTHON" >/dev/null 2>&1; then
  say "python3 was not found. Install Python 3.11 (https://www.python.org/downloads/) and run this again."
  exit 1
fi
if ! "$PYTHON" -c 'import sys; sys.exit(0 if (3, 11) <= sys.version_info[:2] < (3, 14) else 1)'; then
  say "Python 3.11 to 3.13 is needed; $("$PYTHON" --version 2>&1) was found. Set PYTHON=/path/to/python3.11."
  exit 1
fi

# --- System packages --------------------------------------------------------------------------------------------
# libzbar0: pyzbar's decoder. The libxcb*/libegl1/libgl1/libfontconfig1/libdbus-1-3 set is what Qt's xcb platform
# plugin needs for a real window (ldd .../platforms/libqxcb.so names them when one is missing).
run_pkgs=(libzbar0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0
          libxkbcommon-x11-0 libxkbcommon0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0)
# chromium + chromium-driver: the head-office console's browser tests (Selenium, headless).
test_pkgs=(xvfb xauth poppler-utils postgresql desktop-file-utils chromium chromium-driver)
pkgs=("${run_pkgs[@]}")
[ "$purpose" = test ] && pkgs+=("${test_pkgs[@]}")

if [ "$(uname -s)" = Linux ] && command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null && sudo_cmd=(sudo -n)
    if [ "$(id -u)" -eq 0 ] || [ ${#sudo_cmd[@]} -gt 0 ]; then
      say "installing system packages: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      "${sudo_cmd[@]}" apt-get update -qq >/dev/null
      "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      say "missing system packages: ${missing[*]}"
      say "install them with:  sudo apt-get install ${missing[*]}"
      say "then run this command again."
      exit 1
    fi
  fi
elif [ "$(uname -s)" = Linux ]; then
  say "not a Debian-family system: make sure these are installed: ${pkgs[*]}"
fi

# --- Python packages --------------------------------------------------------------------------------------------
stamp=.venv/.installed
if [ ! -f "$stamp" ] || [ requirements.lock -nt "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  [ -x .venv/bin/python ] || { say "creating .venv"; "$PYTHON" -m venv .venv; }
  say "installing locked Python packages into .venv"
  # The filter drops pip's notes about unreachable local mirrors that some machines configure.
  quiet_pip() { .venv/bin/python -m pip "$@" 2> >(grep -v -e 'is ignored: it is neither' >&2); }
  # --no-deps: the lock is the whole closure; rapidocr-onnxruntime's wish for opencv-python (which would clash with
  # the headless build) is overridden in pyproject.toml and must not be fetched behind the lock's back.
  quiet_pip install -q --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
  log=$(mktemp)
  if ! .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e . >"$log" 2>&1
  then cat "$log" >&2; rm -f "$log"; exit 1; fi
  rm -f "$log"
  touch "$stamp"
fi
