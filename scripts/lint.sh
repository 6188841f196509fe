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
if "$tidy" -p "$build" --quiet --extra-arg=-std=c++23 --extra-arg=-Wno-deprecated-declarations \
    --extra-arg=-Wno-unknown-warning-option "${cpps[@]}" 2>/dev/null | grep -E "^/.*(warning|error):"; then
  status=1
fi

echo "== cppcheck"
if ! cppcheck --quiet --error-exitcode=1 --std=c++20 --language=c++ --enable=warning,performance,portability \
  --inline-suppr --suppress=missingIncludeSystem -I src src; then
  status=1
fi
exit $status
