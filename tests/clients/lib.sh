# Shared by the client tests (sourced): where the npm clients live and how a test
# is skipped. The clients are installed on first use into a cache folder outside
# the repository — $LPLAN_CLIENTS_DIR, else ~/.cache/lplan-clients — with pinned
# versions, so later runs need no network.
# Exit code 77 means "skipped" (ctest: SKIP_RETURN_CODE 77).

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CLIENTS_DIR="${LPLAN_CLIENTS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/lplan-clients}"
NPM_PACKAGES=(ical.js@2.2.1 yaml@2.9.1 ajv-cli@5.0.0)

skip() {
  echo "SKIP: $*"
  exit 77
}

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# Installs the npm clients once; skips the test when node or npm is missing or
# the registry cannot be reached.
need_npm_clients() {
  command -v node >/dev/null || skip "node is not installed (apt-get install nodejs npm)"
  command -v npm >/dev/null || skip "npm is not installed (apt-get install npm)"
  local stamp="$CLIENTS_DIR/.installed-$(printf '%s ' "${NPM_PACKAGES[@]}" | md5sum | cut -c1-12)"
  mkdir -p "$(dirname "$CLIENTS_DIR")"
  # ctest runs client tests side by side: one installs while the others wait for it
  # (two npm installs into one folder leave a broken tree).
  exec 9>"$CLIENTS_DIR.lock"
  flock 9
  if [[ ! -f "$stamp" ]]; then
    rm -rf "$CLIENTS_DIR"
    mkdir -p "$CLIENTS_DIR"
    if ! npm install --prefix "$CLIENTS_DIR" --no-audit --no-fund --loglevel=error "${NPM_PACKAGES[@]}" >&2; then
      flock -u 9
      skip "could not install ${NPM_PACKAGES[*]} with npm"
    fi
    touch "$stamp"
  fi
  flock -u 9
  export LPLAN_CLIENTS_DIR="$CLIENTS_DIR"
}
