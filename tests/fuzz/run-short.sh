#!/usr/bin/env bash
# run-short.sh BUILD_DIR — builds the libFuzzer targets with clang (ASan + UBSan +
# coverage on the whole core library) and fuzzes loading + checking + the `when`
# parser for about a minute over a seed corpus: plans/, tests/bad/ and
# tests/fuzz/corpus/. Every file of tests/fuzz/corpus/ (earlier findings included)
# is first replayed once as a regression test. Then the same for `lplan import`
# (lplan_fuzz_import: the .docx, HTML and text readers, the mapper and the emitter)
# over tests/import/ and tests/fuzz/corpus-import/. Exit status non-zero on any
# crash, hang, leak or sanitizer report; the input is saved to BUILD_DIR/fuzz-artifacts/.
#
# FUZZ_SECONDS (default 60) and FUZZ_IMPORT_SECONDS (default 30) change the lengths of the runs.
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 BUILD_DIR" >&2
  exit 2
fi
build=$1
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
seconds=${FUZZ_SECONDS:-60}
import_seconds=${FUZZ_IMPORT_SECONDS:-30}

for tool in clang clang++; do
  if ! command -v "$tool" >/dev/null; then
    echo "run-short.sh: $tool not found (Debian: apt-get install clang)" >&2
    exit 2
  fi
done

# -fsanitize=fuzzer-no-link gives the core library the coverage counters the fuzzer
# steers by; LPLAN_SANITIZE adds ASan + UBSan (recoverable UB made fatal).
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja \
  -DCMAKE_BUILD_TYPE= -DCMAKE_CXX_FLAGS="-O1 -g -fsanitize=fuzzer-no-link" \
  -DLPLAN_FUZZ=ON -DLPLAN_SANITIZE=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" --target lplan_fuzz lplan_fuzz_import -j "$(nproc 2>/dev/null || echo 2)"
fuzzer=$build/lplan_fuzz

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

echo "== regression: every file of tests/fuzz/corpus/ once"
mapfile -t regressions < <(find "$root/tests/fuzz/corpus" -type f | sort)
"$fuzzer" -runs=1 "${regressions[@]}" >"$build/fuzz-regression.log" 2>&1 || {
  cat "$build/fuzz-regression.log" >&2
  echo "run-short.sh: a corpus file fails (see above)" >&2
  exit 1
}
echo "   ${#regressions[@]} inputs pass"

corpus=$build/fuzz-corpus
artifacts=$build/fuzz-artifacts
rm -rf "$corpus"
mkdir -p "$corpus" "$artifacts"
n=0
while IFS= read -r -d '' f; do
  n=$((n + 1))
  cp "$f" "$corpus/seed-$n-$(basename "$f")"
done < <(find "$root/plans" "$root/tests/bad" "$root/tests/fuzz/corpus" -type f \
  \( -name '*.yaml' -o -name '*.yml' -o -name '*.txt' \) -print0 2>/dev/null)
echo "== fuzzing ${seconds}s from $n seeds"

log=$build/fuzz.log
status=0
"$fuzzer" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/" \
  -error_exitcode=77 -timeout_exitcode=78 >"$log" 2>&1 || status=$?

runs=$(grep -Eo 'Done [0-9]+ runs' "$log" | grep -Eo '[0-9]+' | tail -n 1 || true)
if [[ -z "$runs" ]]; then
  runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -n 1 || true)
fi
cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -n 1 || true)
echo "   executions: ${runs:-unknown}; ${cov:-cov: ?}; corpus now $(find "$corpus" -type f | wc -l) inputs"

if [[ $status -ne 0 ]] || grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:' "$log"; then
  grep -E -A40 'ERROR: |runtime error:' "$log" | head -n 80 >&2 || tail -n 60 "$log" >&2
  echo "run-short.sh: the fuzzer found a problem (exit $status); input saved in $artifacts/" >&2
  echo "  add it to tests/fuzz/corpus/ once fixed, so it stays a regression test" >&2
  exit 1
fi
echo "== fuzzing passed"

# --- lplan import -------------------------------------------------------------
import_fuzzer=$build/lplan_fuzz_import
echo "== regression: every file of tests/fuzz/corpus-import/ once"
mapfile -t regressions < <(find "$root/tests/fuzz/corpus-import" -type f | sort)
"$import_fuzzer" -runs=1 "${regressions[@]}" >"$build/fuzz-import-regression.log" 2>&1 || {
  cat "$build/fuzz-import-regression.log" >&2
  echo "run-short.sh: a corpus-import file fails (see above)" >&2
  exit 1
}
echo "   ${#regressions[@]} inputs pass"
corpus=$build/fuzz-corpus-import
rm -rf "$corpus"
mkdir -p "$corpus"
n=0
while IFS= read -r -d '' f; do
  n=$((n + 1))
  cp "$f" "$corpus/seed-$n-$(basename "$f")"
done < <(find "$root/tests/import" "$root/tests/fuzz/corpus-import" -type f \
  \( -name '*.txt' -o -name '*.html' -o -name '*.docx' \) -print0 2>/dev/null)
echo "== fuzzing import ${import_seconds}s from $n seeds"
log=$build/fuzz-import.log
status=0
"$import_fuzzer" "$corpus" -max_total_time="$import_seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/" \
  -error_exitcode=77 -timeout_exitcode=78 >"$log" 2>&1 || status=$?
runs=$(grep -Eo 'Done [0-9]+ runs' "$log" | grep -Eo '[0-9]+' | tail -n 1 || true)
if [[ -z "$runs" ]]; then
  runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -n 1 || true)
fi
cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -n 1 || true)
echo "   executions: ${runs:-unknown}; ${cov:-cov: ?}; corpus now $(find "$corpus" -type f | wc -l) inputs"
if [[ $status -ne 0 ]] || grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:' "$log"; then
  grep -E -A40 'ERROR: |runtime error:' "$log" | head -n 80 >&2 || tail -n 60 "$log" >&2
  echo "run-short.sh: the import fuzzer found a problem (exit $status); input saved in $artifacts/" >&2
  echo "  add it to tests/fuzz/corpus-import/ once fixed, so it stays a regression test" >&2
  exit 1
fi
echo "== fuzzing import passed"
