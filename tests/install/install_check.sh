#!/usr/bin/env bash
# `make install PREFIX=… DESTDIR=…` runs `DESTDIR=… cmake --install BUILD --prefix …`:
# both prefixes lplan knows are installed into a temporary DESTDIR and their files
# checked — /usr/local (zsh's site-functions, no lintian override) and /usr (what the
# .deb holds: Debian's vendor-completions and the override) — and the installed
# lplan is run.
# Usage: tests/install/install_check.sh BUILD_DIR
set -euo pipefail
source "$(dirname "$0")/lib.sh"
BUILD="$(realpath "${1:?usage: install_check.sh BUILD_DIR}")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

bash_dir="share/bash-completion/completions"
if command -v pkg-config >/dev/null && pkg-config --exists bash-completion; then
  bash_dir="$(realpath -m --relative-to="$(pkg-config --variable=prefix bash-completion)" \
    "$(pkg-config --variable=completionsdir bash-completion)")"
fi

check_prefix() {
  local prefix=$1 zsh_dir=$2 override=$3
  local dest="$tmp/dest${prefix//\//-}"
  DESTDIR="$dest" cmake --install "$BUILD" --prefix "$prefix" >"$tmp/install.log" 2>&1 ||
    { cat "$tmp/install.log" >&2; fail "cmake --install --prefix $prefix failed"; }
  local p="$dest$prefix"
  local f
  for f in bin/lplan share/man/man1/lplan.1.gz share/man/uk/man1/lplan.1.gz "$bash_dir/lplan" \
    "$zsh_dir/_lplan" share/doc/lplan/README.md share/doc/lplan/copyright share/doc/lplan/changelog.gz \
    share/doc/lplan/docs/commands.md share/doc/lplan/docs/img/report-html.png; do
    [[ -f "$p/$f" ]] || fail "--prefix $prefix: $prefix/$f was not installed"
  done
  if [[ $override == yes ]]; then
    [[ -f "$p/share/lintian/overrides/lplan" ]] || fail "--prefix $prefix: no lintian override"
  else
    [[ ! -e "$p/share/lintian" ]] || fail "--prefix $prefix: a lintian override outside /usr"
  fi
  # Nothing outside DESTDIR/PREFIX.
  local outside
  outside="$(cd "$dest" && find . -type f | grep -v "^\.$prefix/" || true)"
  [[ -z "$outside" ]] || fail "--prefix $prefix installed outside the prefix: $outside"
  [[ -x "$p/bin/lplan" && "$("$p/bin/lplan" --version)" == "$("$BUILD/lplan" --version)" ]] ||
    fail "--prefix $prefix: the installed lplan does not run"
  "$p/bin/lplan" validate --plans "$ROOT/plans" --today 2020-06-01 >/dev/null ||
    fail "--prefix $prefix: the installed lplan does not validate plans/"
  ok "--prefix $prefix: $(cd "$dest" && find . -type f | wc -l) files, zsh in $zsh_dir"
}

check_prefix /usr/local share/zsh/site-functions no
check_prefix /usr share/zsh/vendor-completions yes
check_prefix /opt/lplan share/zsh/site-functions no
echo "install: $checks checks passed"
