# Scripted sessions: the same seed and answers give byte-identical transcripts; the JSON has the
# documented fields; answers are saved as they are given; resume continues an unfinished session.
source "$(dirname "$0")/lib/assert.bash" "$@"
G=(--content "$DATA/content_good" --lang en)
cat >"$TMP/answers.jsonl" <<'JSONL'
{"answer": "KL divergence is the expectation of log p/q under P; it is non-negative and asymmetric so it is not a metric. Cross-entropy is entropy plus KL."}
{"answer": "H(P,Q) = H(P) + KL(P||Q); with P fixed, minimising cross-entropy is maximum likelihood."}
{"answer": "/skip"}
{"answer": "I don't know"}
JSONL
run "${G[@]}" --db "$TMP/a.db" drill ml.kl-divergence --answers "$TMP/answers.jsonl" --seed 5 --json
expect_rc 0 "scripted drill"
first=$out
for k in '"turns"' '"question_id": "ml.kl-divergence"' '"prompt"' '"why": "root"' '"answer"' '"score"' '"covered"' '"missed"' '"report"' '"depth_reached"'; do
  expect_out "$k" "drill json has $k"
done
run "${G[@]}" --db "$TMP/b.db" drill ml.kl-divergence --answers "$TMP/answers.jsonl" --seed 5 --json
[[ "$(sed '/"session"/d' <<<"$out")" == "$(sed '/"session"/d' <<<"$first")" ]] || fail "same seed and answers gave different transcripts"

run "${G[@]}" --db "$TMP/c.db" interview --track ml-basics --answers "$TMP/answers.jsonl" --seed 9 --json
expect_rc 0 "scripted interview"
expect_out '"track": "ml-basics"' "interview json names the track"
ids=$(node -e 'const j = JSON.parse(require("fs").readFileSync(0, "utf8")); for (const t of j.turns) console.log(t.question_id)' <<<"$out" | sort)
[[ $(grep -c . <<<"$ids") -ge 3 ]] || fail "the interview should ask at least three questions: $ids"
[[ $(uniq -d <<<"$ids") == "" ]] || fail "a question repeated in the session: $(uniq -d <<<"$ids")"

# Two answers, then the input ends: the session stays open and resumes where it stopped.
head -2 "$TMP/answers.jsonl" >"$TMP/two.jsonl"
run "${G[@]}" --db "$TMP/d.db" interview --track ml-basics --answers "$TMP/two.jsonl" --seed 9 --json
expect_out '"finished": false' "unfinished when the answers run out"
run "${G[@]}" --db "$TMP/d.db" history --json
[[ $(grep -c '"question_id"' <<<"$out") == 2 ]] || fail "both answers should be saved"
tail -2 "$TMP/answers.jsonl" >"$TMP/rest.jsonl"
run "${G[@]}" --db "$TMP/d.db" interview --resume --answers "$TMP/rest.jsonl" --json
expect_rc 0 "resume"
[[ $(grep -c '"question_id"' <<<"$out") -ge 3 ]] || fail "resume should carry the earlier turns on: $out"

echo '{"answer": 3}' >"$TMP/bad.jsonl"
run "${G[@]}" --db "$TMP/e.db" drill ml.entropy --answers "$TMP/bad.jsonl"
expect_rc 1 "malformed answers file"
expect_err "$TMP/bad.jsonl:1" "malformed answers file is located"
run "${G[@]}" --db "$TMP/e.db" interview --track nope
expect_rc 1 "unknown track"
expect_err "no track 'nope'" "unknown track message"
finish
