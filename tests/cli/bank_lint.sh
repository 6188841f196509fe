# `kkori bank lint` reports a broken YAML file, a duplicated id and a dangling followup,
# each with file:line:col, and exits 1; the shipped bank lints clean.
source "$(dirname "$0")/lib/assert.bash" "$@"

run --content "$DATA/content_bad" bank lint
expect_rc 1 "lint of broken content"
expect_out "$DATA/content_bad/questions/ml/broken.yaml:6:5: error: YAML syntax" "broken yaml"
expect_out "$DATA/content_bad/questions/ml/second.yaml:16:5: error: duplicate question id 'ml.same-id'" "duplicate id"
expect_out "$DATA/content_bad/questions/ml/first.yaml:14:9: error: ml.same-id: followup target 'ml.does-not-exist' does not exist" "dangling followup"
expect_err "3 error(s)" "summary"

run --content "$DATA/content_bad" bank lint --json
expect_rc 1 "lint --json"
expect_out '"ok": false' "json ok flag"
expect_out '"line": 14' "json line"

run --content "$DATA/content_good" bank lint
expect_rc 0 "lint of good content"

run bank lint
expect_rc 0 "the bundled bank lints clean"

run --content "$CONTENT" bank lint
expect_rc 0 "the content folder lints clean"

run --content "$TMP/nope" bank lint
expect_rc 1 "missing content folder"
expect_err "content folder '$TMP/nope' does not exist" "missing content folder message"
finish
