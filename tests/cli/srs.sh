# kkori srs optimize / replay on a small synthetic log, and located errors for broken logs.
source "$(dirname "$0")/lib/assert.bash" "$@"
run srs optimize --in "$DATA/revlog_small.csv" --json
expect_rc 0 "optimize"
for k in '"params":[' '"log_loss":' '"rmse_bins":' '"fit_ms":'; do expect_out "$k" "optimize json has $k"; done
n=$(grep -o '"params":\[[^]]*\]' <<<"$out" | tr ',' '\n' | grep -c .)
[[ $n == 21 ]] || fail "21 parameters expected, got $n"

run srs replay --in "$DATA/revlog_small.csv" --json
expect_rc 0 "replay"
expect_out '"retrievability": null' "first review has no R"
expect_out '"interval_days"' "replay has intervals"

printf 'user_id,card_id,review_time_ms,day,rating\nme,a,1000,10,3\nme,a,2000,11,7\n' >"$TMP/bad_rating.csv"
run srs optimize --in "$TMP/bad_rating.csv"
expect_rc 1 "unknown rating"
expect_err "$TMP/bad_rating.csv:3: error: unknown rating '7'" "unknown rating is located"

printf 'user_id,card_id,review_time_ms,day,rating\nme,a,5000,12,3\nme,a,2000,11,3\n' >"$TMP/backwards.csv"
run srs optimize --in "$TMP/backwards.csv"
expect_rc 1 "time going backwards"
expect_err "backwards.csv:3: error: card a goes back in time" "backwards is located"

: >"$TMP/empty.csv"
run srs optimize --in "$TMP/empty.csv"
expect_rc 1 "empty log"
expect_err "empty.csv:1: error: the review log is empty" "empty log message"

printf 'user_id,card_id,review_time_ms,day,rating\nme,a,1000,10,3\n' >"$TMP/tiny.csv"
run srs optimize --in "$TMP/tiny.csv" --json
expect_rc 0 "too few reviews"
expect_out '"trained":false' "defaults kept"
expect_out 'default parameters kept' "says why"
finish
