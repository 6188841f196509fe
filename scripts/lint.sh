#!/usr/bin/env bash
# make lint: clang-format check, clang-tidy on every source, cppcheck. Exit 1 on findings.
set -uo pipefail
build=${1:-build-test}
cd "$(dirname "$0")/.."
status=0
mapfile -t files < <(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp')

echo "== clang-format"
if ! clang-format --dry-run --Werror "${files[@]}"; then
  echo "clang-format: run 'make format' to fix the files above"
  status=1
fi

echo "== clang-tidy"
if [[ ! -f $build/compile_commands.json ]]; then
  cmake -S . -B "$build" -DKKORI_SANITIZE=ON -DKKORI_WERROR=ON >/dev/null
fi
# clang-tidy 19: older clang cannot parse libstdc++ 12's <expected> (it needs concepts 202002).
tidy=$(command -v clang-tidy-19 || command -v clang-tidy)
mapfile -t cpps < <(git ls-files 'src/*.cpp')
# In parallel (LINT_JOBS processes, default 2, of 4 files each); every batch writes its own report
# file so outputs never interleave, and the findings are printed sorted by file and line.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tidy_batch() {
  "$tidy" -p "$build" --quiet --extra-arg=-std=c++23 --extra-arg=-Wno-deprecated-declarations \
    --extra-arg=-Wno-unknown-warning-option "$@" >"$(mktemp "$tmp/tidy.XXXXXX")" 2>/dev/null
  return 0  # a finding is read from the report; a non-zero exit would make xargs stop early
}
export -f tidy_batch
export tidy build tmp
printf '%s\0' "${cpps[@]}" | xargs -0 -P "${LINT_JOBS:-2}" -n 4 bash -c 'tidy_batch "$@"' tidy_batch
if cat "$tmp"/tidy.* | grep -E "^/.*(warning|error):" | sort -t: -k1,1 -k2,2n -k3,3n; then
  status=1
fi

echo "== cppcheck"
if ! cppcheck --quiet --error-exitcode=1 --std=c++20 --language=c++ --enable=warning,performance,portability \
  --inline-suppr --suppress=missingIncludeSystem -I src src; then
  status=1
fi
exit $status
