#!/usr/bin/env bash
# The Debian package, built and taken apart: `cpack -G DEB` from the build folder into
# a temporary folder, its file list (dpkg-deb -c) and control fields (dpkg-deb -f)
# checked, the files unpacked (dpkg-deb -x) and the packaged lplan run, the man pages
# and completion scripts compared with their sources, lintian run (errors fail), and
# completion typed in bash and zsh from the installed files.
# Usage: tests/install/deb_check.sh BUILD_DIR   (exit 77 = skipped: no cpack or dpkg-deb)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
BUILD="$(realpath "${1:?usage: deb_check.sh BUILD_DIR}")"
command -v cpack >/dev/null || skip "cpack is not installed (it comes with cmake)"
command -v dpkg-deb >/dev/null || skip "dpkg-deb is not installed (a Debian or Ubuntu system has it)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

version="$("$BUILD/lplan" --version | sed -n 's/^lplan //p')"
arch="$(dpkg --print-architecture)"
grep -q "project(lplan VERSION $version " "$ROOT/CMakeLists.txt" || fail "lplan --version says $version, CMakeLists.txt another"

(cd "$tmp" && cpack -G DEB --config "$BUILD/CPackConfig.cmake" -B "$tmp/out") >"$tmp/cpack.log" 2>&1 ||
  { cat "$tmp/cpack.log" >&2; fail "cpack -G DEB failed"; }
deb="$tmp/out/lplan_${version}_${arch}.deb"
[[ -f "$deb" ]] || fail "cpack made $(ls "$tmp/out"/*.deb 2>/dev/null), not lplan_${version}_${arch}.deb"
ok "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# --- the file list: exactly these files, owned by root, with the usual modes ---
bash_dir="share/bash-completion/completions"
if command -v pkg-config >/dev/null && pkg-config --exists bash-completion; then
  bash_dir="$(realpath -m --relative-to="$(pkg-config --variable=prefix bash-completion)" \
    "$(pkg-config --variable=completionsdir bash-completion)")"
fi
{
  echo ./usr/bin/lplan
  echo ./usr/share/man/man1/lplan.1.gz
  echo ./usr/share/man/uk/man1/lplan.1.gz
  echo "./usr/$bash_dir/lplan"
  echo ./usr/share/zsh/vendor-completions/_lplan
  echo ./usr/share/lintian/overrides/lplan
  for f in README.md copyright changelog.gz; do echo "./usr/share/doc/lplan/$f"; done
  (cd "$ROOT" && find docs -maxdepth 1 \( -name '*.md' -o -name lplan.schema.json \) -type f &&
    find docs/img -type f) | sed 's|^|./usr/share/doc/lplan/|'
} | sort >"$tmp/expected-files"
dpkg-deb -c "$deb" >"$tmp/contents"
awk '$1 !~ /^d/ {print $6}' "$tmp/contents" | sort >"$tmp/files"
diff -u "$tmp/expected-files" "$tmp/files" >&2 || fail "the package holds other files than expected (- missing, + unexpected)"
awk '$2 != "root/root" {print}' "$tmp/contents" | grep . >&2 && fail "files not owned by root/root"
awk '$1 ~ /^d/ && $1 != "drwxr-xr-x" {print}' "$tmp/contents" | grep . >&2 && fail "folders not 0755"
awk '$1 !~ /^d/ && $6 != "./usr/bin/lplan" && $1 != "-rw-r--r--" {print}' "$tmp/contents" | grep . >&2 &&
  fail "files not 0644"
grep -q '^-rwxr-xr-x .* \./usr/bin/lplan$' "$tmp/contents" || fail "usr/bin/lplan is not 0755"
ok "file list: $(wc -l <"$tmp/files") files, modes and owners"

# --- the control fields ---
field() { dpkg-deb -f "$deb" "$1"; }
expect_field() {
  [[ "$(field "$1")" == "$2" ]] || fail "control field $1 is \"$(field "$1")\", expected \"$2\""
}
expect_field Package lplan
expect_field Version "$version"
expect_field Architecture "$arch"
expect_field Section utils
expect_field Priority optional
expect_field Recommends git
expect_field Suggests "pandoc, libreoffice-writer"
[[ "$(field Maintainer)" =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] || fail "Maintainer \"$(field Maintainer)\" is not Name <address>"
[[ "$(field Installed-Size)" =~ ^[0-9]+$ ]] || fail "no Installed-Size"
[[ "$(field Description | wc -l)" -ge 3 ]] || fail "the Description has no long part"
# Depends is computed by dpkg-shlibdeps: a static lplan needs nothing.
if readelf -d "$BUILD/lplan" 2>/dev/null | grep -q NEEDED; then
  [[ "$(field Depends)" == *libc6* ]] || fail "a dynamic lplan but Depends is \"$(field Depends)\""
  ok "control fields (dynamic binary; Depends: $(field Depends))"
else
  [[ -z "$(field Depends)" ]] || fail "a static lplan needs no library, but Depends is \"$(field Depends)\""
  ok "control fields (static binary: no Depends)"
fi

# --- the unpacked files ---
root="$tmp/root"
dpkg-deb -x "$deb" "$root"
lplan="$root/usr/bin/lplan"
[[ "$("$lplan" --version)" == "lplan $version" ]] || fail "the packaged lplan says $("$lplan" --version)"
"$lplan" validate --plans "$ROOT/plans" --today 2020-06-01 >"$tmp/validate.out" 2>&1 ||
  { cat "$tmp/validate.out" >&2; fail "the packaged lplan does not validate plans/"; }
due="$("$lplan" due --plans "$ROOT/plans" --today 2020-03-10 --month березень --lang uk)"
grep -q "березень 2020" <<<"$due" || fail "the packaged lplan's due --month березень says nothing of March 2020"
ok "the packaged lplan runs: --version, validate, due"

# gzip -9n: no file name, no time stamp (bytes 3 and 4–7 of the header).
gzip_n() {
  local header
  header="$(od -An -tx1 -N8 "$1" | tr -d ' \n')"
  [[ "${header:0:4}" == 1f8b ]] || fail "$1 is not gzip"
  (( (0x${header:6:2} & 0x08) == 0 )) || fail "$1 keeps a file name (gzip without -n)"
  [[ "${header:8:8}" == 00000000 ]] || fail "$1 keeps a time stamp (gzip without -n)"
}
for page in man/man1/lplan.1.gz:docs/lplan.1 man/uk/man1/lplan.1.gz:docs/lplan.uk.1; do
  packaged="$root/usr/share/${page%%:*}"
  source_page="$ROOT/${page#*:}"
  gzip_n "$packaged"
  cmp -s <(zcat "$packaged") "$source_page" || fail "$packaged is not $source_page"
  grep -q "^\.TH LPLAN 1 .*\"lplan $version\"" "$source_page" || fail "$source_page does not say lplan $version"
  if command -v man >/dev/null; then
    MANWIDTH=80 man --warnings -E UTF-8 -l "$packaged" >"$tmp/page.txt" 2>"$tmp/man.err" || true
    [[ ! -s "$tmp/man.err" ]] || { cat "$tmp/man.err" >&2; fail "man warns about $packaged"; }
    grep -q "completion" "$tmp/page.txt" || fail "$packaged does not describe completion"
  fi
done
if command -v man >/dev/null; then
  uk_page="$(MANWIDTH=80 man -E UTF-8 -l "$root/usr/share/man/uk/man1/lplan.1.gz" 2>/dev/null)"
  grep -q "^НАЗВА" <<<"$uk_page" || fail "the Ukrainian man page does not read as Ukrainian"
fi
gzip_n "$root/usr/share/doc/lplan/changelog.gz"
[[ "$(zcat "$root/usr/share/doc/lplan/changelog.gz" | head -1)" == "lplan ($version) "* ]] ||
  fail "the changelog does not start with version $version"
head -1 "$root/usr/share/doc/lplan/copyright" |
  grep -qx "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" ||
  fail "the copyright file is not machine-readable (DEP-5)"
ok "man pages (en, uk), changelog and copyright"

cmp -s <(LPLAN_LANG=en "$lplan" completion bash) "$root/usr/$bash_dir/lplan" ||
  fail "the packaged bash completion is not what the packaged lplan prints"
cmp -s <(LPLAN_LANG=en "$lplan" completion zsh) "$root/usr/share/zsh/vendor-completions/_lplan" ||
  fail "the packaged zsh completion is not what the packaged lplan prints"
bash -n "$root/usr/$bash_dir/lplan" || fail "the bash completion does not parse"
if command -v zsh >/dev/null; then
  zsh -n "$root/usr/share/zsh/vendor-completions/_lplan" || fail "the zsh completion does not parse"
fi
ok "completion scripts are the packaged lplan's own"

# --- lintian: errors fail; what else it says is printed ---
if command -v lintian >/dev/null; then
  lintian --fail-on error --display-info "$deb" >"$tmp/lintian.out" 2>&1 ||
    { cat "$tmp/lintian.out" >&2; fail "lintian finds errors"; }
  grep -v "running with root privileges" "$tmp/lintian.out" | sed 's/^/lintian: /' || true
  ok "lintian: no errors"
else
  echo "note: lintian is not installed (apt-get install lintian): the package was not linted"
fi

# --- completion as installed: bash-completion's loader, zsh's $fpath ---
for shell in bash zsh; do
  status=0
  bash "$ROOT/tests/install/completion_terminal.sh" "$shell" --installed "$root" || status=$?
  case $status in
    0) ok "$shell completion as installed" ;;
    77) echo "note: $shell completion as installed not tried (see the SKIP above)" ;;
    *) fail "$shell completion as installed" ;;
  esac
done

echo "deb: $checks checks passed"
