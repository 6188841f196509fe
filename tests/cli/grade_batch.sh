# grade-batch / similarity-batch: JSONL in, one object per line out in input order; reference lines
# (read by the fast reader) score exactly as the general reader's path does; a bad line stops the
# batch with FILE:LINE and keeps what was written before it.
source "$(dirname "$0")/lib/assert.bash" "$@"

score_of() { sed -n "${1}p" <<<"$2" | sed -E 's/.*"score":([^,}]*).*/\1/'; }
id_of() { sed -n "${1}p" <<<"$2" | sed -E 's/^\{"id":([^,]*),.*/\1/'; }

Q='"question": "What happens to the bulb when the switch is open?"'
R='"references": ["The bulb is off because the circuit is not closed", "The circuit is open so no current flows"]'
A='"answer": "the bulb does not light since the circuit is open"'
{
  echo "{\"id\": \"fast\", $Q, $R, $A}"
  echo "{\"id\": 1.5, $Q, $R, $A}"                     # a float id: the general reader
  echo
  echo "{\"id\": 3, $Q, $R, \"answer\": \"I don't know\"}"
  echo "{\"id\": 4, \"question_id\": \"x\", $R, $A, \"rubric\": [\"the circuit is open\"]}"
  echo "{\"id\": 5, \"reference\": \"Momentum keeps a running average of past gradients\", \"answer\": \"모멘텀은 과거 gradient의 이동 평균을 씁니다\"}"
} >"$TMP/in.jsonl"
run grade-batch --in "$TMP/in.jsonl"
expect_rc 0 "grade-batch"
expect_lines 5 "one line out per non-blank line in" "$out"
[[ $(id_of 1 "$out") == '"fast"' && $(id_of 2 "$out") == 1.5 && $(id_of 5 "$out") == 5 ]] || fail "ids out of order: $out"
s1=$(score_of 1 "$out"); s2=$(score_of 2 "$out")
[[ -n $s1 && $s1 == "$s2" && $s1 != 0.0 ]] || fail "the fast and the general reader score the same line differently: $s1 vs $s2"
expect_out '"id":3,"score":0.0,"dont_know":true' "I don't know scores 0"
grep -q '"covered":\["k1"\].*"id":4' <<<"$out" || fail "a rubric line reports covered keypoints: $out"

# --features adds the feature vectors and leaves the score as it is.
run grade-batch --features --in "$TMP/in.jsonl"
expect_rc 0 "grade-batch --features"
[[ $(score_of 1 "$out") == "$s1" ]] || fail "--features changed the score: $(score_of 1 "$out") vs $s1"

# Many lines (graded on two threads in blocks): every copy of a line gets the same score, in order.
for i in $(seq 1 300); do echo "{\"id\": $i, $Q, $R, $A}"; done >"$TMP/many.jsonl"
run grade-batch --in "$TMP/many.jsonl" --out "$TMP/many.out"
expect_rc 0 "300 lines"
many=$(cat "$TMP/many.out")
expect_lines 300 "300 answers" "$many"
[[ $(sort -u <<<"$(sed -E 's/.*"score":([^,}]*).*/\1/' "$TMP/many.out")") == "$s1" ]] || fail "copies of one line scored differently"
[[ $(id_of 300 "$many") == 300 && $(id_of 1 "$many") == 1 ]] || fail "300 lines out of order"

# stdin to stdout.
out=$("$KKORI" grade-batch <"$TMP/in.jsonl" 2>/dev/null) || fail "grade-batch from stdin"
expect_lines 5 "stdin batch" "$out"

# A broken line: its file and line number, exit 1, the lines before it already written.
{ head -2 "$TMP/in.jsonl"; echo '{"id": 9, "reference": "r", "answer": "x",}'; echo "{\"id\": 10, $Q, $R, $A}"; } >"$TMP/bad.jsonl"
run grade-batch --in "$TMP/bad.jsonl" --out "$TMP/bad.out"
expect_rc 1 "broken line"
expect_err "$TMP/bad.jsonl:3: error: not a JSON object" "broken line located"
expect_lines 2 "lines before the broken one kept" "$(cat "$TMP/bad.out")"
printf '{"id": 1, "references": [], "answer": "x"}\n' >"$TMP/noref.jsonl"
run grade-batch --in "$TMP/noref.jsonl"
expect_rc 1 "no reference"
expect_err "noref.jsonl:1: error: needs \"reference\"" "no reference named"

# The similarity core.
printf '{"id": "a", "a": "고양이가 매트 위에 앉아 있다", "b": "매트 위에 고양이 한 마리가 앉아 있다"}\n{"a": "x", "b": "completely different words"}\n' >"$TMP/sim.jsonl"
run similarity-batch --in "$TMP/sim.jsonl"
expect_rc 0 "similarity-batch"
expect_lines 2 "two similarities" "$out"
hi=$(score_of 1 "$out"); lo=$(score_of 2 "$out")
awk -v h="$hi" -v l="$lo" 'BEGIN { exit !(h > l) }' || fail "paraphrase ($hi) should beat unrelated ($lo)"
finish
