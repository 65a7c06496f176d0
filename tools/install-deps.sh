#!/usr/bin/env bash
# Installs what lplan needs to build and to run `make demo`, on Debian 12 / Ubuntu,
# when missing. Runs as root (or with sudo); does nothing when everything is there.
# What only the tests need is in tools/install-test-deps.sh (`make test` runs it).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config python3
  libcli11-dev libyaml-cpp-dev libfmt-dev doctest-dev libutf8proc-dev
  gettext                    # msgfmt compiles po/uk.po into the binary
  libminizip-dev zlib1g-dev libpugixml-dev   # Word documents: lplan reads (import) and writes (report) .docx
  libgumbo-dev               # web pages (import of an .html table)
)

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=()
for p in "${packages[@]}"; do installed "$p" || missing+=("$p"); done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
echo "installing: ${missing[*]}"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
