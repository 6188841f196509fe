# Shared helpers for the CLI suites. Usage: source lib/assert.bash "$@"
# $1 = kkori binary, $2 = tests/data, $3 = content/
set -uo pipefail
KKORI=$1
DATA=$2
CONTENT=$3
TMP=$(mktemp -d /tmp/kkori-cli-XXXXXX)
trap 'rm -rf "$TMP"' EXIT
export XDG_DATA_HOME=$TMP/xdg HOME=$TMP/home NO_COLOR=1 LANG=C.UTF-8
failures=0

# run CMD...: runs kkori, capturing $out, $err, $rc
run() {
  out=$("$KKORI" "$@" 2>"$TMP/err"); rc=$?
  err=$(cat "$TMP/err")
}
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
expect_rc() { [[ $rc == "$1" ]] || fail "$2: exit $rc, wanted $1 (stderr: $err)"; }
expect_out() { grep -qF -- "$1" <<<"$out" || fail "$2: stdout lacks '$1'. stdout was:\n$out"; }
expect_err() { grep -qF -- "$1" <<<"$err" || fail "$2: stderr lacks '$1'. stderr was:\n$err"; }
expect_lines() { local n; n=$(grep -c . <<<"$3"); [[ $n == "$1" ]] || fail "$2: $n lines, wanted $1:\n$3"; }
finish() { if ((failures)); then echo "$failures failure(s)" >&2; exit 1; fi; echo ok; }
