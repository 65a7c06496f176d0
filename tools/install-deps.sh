#!/usr/bin/env bash
# Installs what lplan needs to build and test, on Debian 12 / Ubuntu, when missing.
# Runs as root (or with sudo); does nothing when everything is there.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git python3
  libcli11-dev libyaml-cpp-dev libfmt-dev doctest-dev libutf8proc-dev
  gettext                    # msgfmt compiles po/uk.po into the binary; xgettext checks the catalog
  clang libclang-rt-14-dev   # the libFuzzer target and its sanitizer runtime
  tmux                       # the 80-column terminal check
)
# Real clients the tests check lplan's output with; a test whose client is missing skips, saying so.
optional_packages=(pandoc pre-commit python3-yaml libreoffice-calc-nogui)
# Node.js and npm (for ical.js and a JSON Schema validator): only when there are none,
# so that a Node.js installed another way is left alone.
command -v node >/dev/null 2>&1 || optional_packages+=(nodejs)
command -v npm >/dev/null 2>&1 || optional_packages+=(npm)

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=()
for p in "${packages[@]}"; do installed "$p" || missing+=("$p"); done
missing_optional=()
for p in "${optional_packages[@]}"; do installed "$p" || missing_optional+=("$p"); done
if [ ${#missing[@]} -eq 0 ] && [ ${#missing_optional[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
echo "installing: ${missing[*]} ${missing_optional[*]}"
$SUDO apt-get update -qq
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
for p in "${missing_optional[@]}"; do
  $SUDO apt-get install -y -qq --no-install-recommends "$p" >/dev/null \
    || echo "note: optional package $p not installed; the tests that use it skip"
done
