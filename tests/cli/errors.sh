# Wrong calls get one clear line and exit 1; never a crash or a stack trace.
source "$(dirname "$0")/lib/assert.bash" "$@"

run --frobnicate bank stats
expect_rc 1 "unknown flag"
expect_err "kkori: error:" "unknown flag prefix"
expect_lines 1 "unknown flag is one line" "$err"

run
expect_rc 1 "no subcommand"
expect_lines 1 "no subcommand is one line" "$err"

run bank list --level 7
expect_rc 1 "level out of range"

run --lang fr bank stats
expect_rc 1 "unknown language"

run --help
expect_rc 0 "help"
expect_out "Exit codes" "help documents exit codes"
run bank --help
expect_rc 0 "bank help"
expect_out "search" "bank help lists search"

echo "not a database at all, only text, long enough for sqlite to look at the header" >"$TMP/bad.db"
run --db "$TMP/bad.db" history
expect_rc 1 "unreadable database"
expect_err "cannot use database $TMP/bad.db" "unreadable database names the file"
expect_lines 1 "unreadable database is one line" "$err"

run --db /proc/kkori/none.db history
expect_rc 1 "database in an impossible place"
expect_lines 1 "impossible database is one line" "$err"

run history --json
expect_rc 0 "empty history"
[[ $out == "[]" ]] || fail "empty history json should be [] but was $out"
finish
