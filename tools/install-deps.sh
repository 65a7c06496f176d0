#!/usr/bin/env bash
# Installs what lplan needs to build and test, on Debian 12 / Ubuntu, when missing.
# Runs as root (or with sudo); does nothing when everything is there.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git python3 python3-yaml
  libcli11-dev libyaml-cpp-dev libfmt-dev doctest-dev libutf8proc-dev
  clang libclang-rt-14-dev   # the libFuzzer target and its sanitizer runtime
  tmux                       # the 80-column terminal check
)
optional_packages=(pandoc)   # report.md → .docx check

missing=()
for p in "${packages[@]}" "${optional_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
echo "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends "${optional_packages[@]}" >/dev/null \
  || echo "note: optional packages not installed (${optional_packages[*]}); the tests that use them skip"
