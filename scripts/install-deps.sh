#!/usr/bin/env bash
# Installs the Debian 12 packages kkori needs, and only the missing ones (idempotent).
# usage: scripts/install-deps.sh [--lint | --bench]
set -euo pipefail

packages=(
  g++ cmake make pkg-config
  libyaml-cpp-dev nlohmann-json3-dev libsimdjson-dev libcli11-dev libfmt-dev
  libsqlite3-dev libicu-dev
  libstemmer-dev libhunspell-dev hunspell-ko
  libcpp-httplib-dev
  libseccomp-dev
  libpoppler-cpp-dev
  libgtest-dev libgmock-dev tmux curl
  chromium
)
# Node.js and npm build the web UI; a machine that already has them (any source) keeps its own.
command -v npm >/dev/null || packages+=(nodejs npm)
if [[ "${1:-}" == "--lint" ]]; then
  packages+=(clang-format clang-tidy-19 cppcheck)
fi
if [[ "${1:-}" == "--bench" ]]; then  # the Python harnesses in ../shared/bench (make bench)
  packages+=(python3 python3-sklearn python3-scipy python3-pandas python3-numpy wrk)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "kkori: installing missing Debian packages: ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "kkori: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq || true
"${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
