#!/usr/bin/env bash
# Installs what only lplan's tests need, on Debian 12 / Ubuntu, when missing (the
# build's own packages come from tools/install-deps.sh). `make test` runs it.
# Runs as root (or with sudo); does nothing when everything is there.
set -euo pipefail

# Needed: `make test` ends with a fuzz run (clang's libFuzzer), and the tests read git.
packages=(
  clang libclang-rt-14-dev   # the libFuzzer target and its sanitizer runtime
  git
)
# Real clients the tests check lplan's output with: a test whose client is missing
# skips, saying so.
optional_packages=(
  libreoffice-writer-nogui libreoffice-calc-nogui   # the .docx and the CSV opened for real
  pandoc poppler-utils       # Markdown → Word; PDF pages as images
  fonts-liberation2 fonts-crosextra-carlito   # LibreOffice lays Word's fonts out as Word does
  pre-commit python3-yaml    # the pre-commit hook; YAML read by another parser
  tmux                       # the 80-column terminal, and completion typed for real
  bash-completion zsh        # completion in both shells, as installed
  dpkg-dev lintian man-db    # the .deb: Depends computed, lintian, man pages
)
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
echo "installing for the tests: ${missing[*]} ${missing_optional[*]}"
$SUDO apt-get update -qq || echo "note: apt-get update failed; trying with the package lists there are"
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
for p in "${missing_optional[@]}"; do
  $SUDO apt-get install -y -qq --no-install-recommends "$p" >/dev/null \
    || echo "note: optional package $p not installed; the tests that use it skip"
done
