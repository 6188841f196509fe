# kkori judge list/show/hint/run/attempts/verify on the bundled problems and on fixtures;
# attempts are recorded; located errors for broken packages.
source "$(dirname "$0")/lib/assert.bash" "$@"
PROBLEM=$DATA/judge/aplusb
H=$DATA/judge/hostile

run judge list --json
expect_rc 0 "list"
python3 -c 'import json,sys; l=json.load(sys.stdin); assert l and all("id" in p for p in l), l' <<<"$out" ||
  fail "judge list --json: a non-empty list of objects with id"
for id in es-quant-bit-allocation sim-beam-search-decode bt-hparam-constraint-grid ml-stable-softmax-xent ml-box-nms; do
  python3 -c 'import json,sys; assert sys.argv[1] in [p["id"] for p in json.load(sys.stdin)]' "$id" <<<"$out" ||
    fail "the example problem $id is bundled"
done

run judge show ml-box-nms
expect_rc 0 "show"
expect_out "Sample input" "show prints samples"
run --lang ko judge show ml-box-nms
expect_out "예제 입력" "show in Korean"
run judge hint ml-box-nms 2 --json
expect_rc 0 "hint"
python3 -c 'import json,sys; j=json.load(sys.stdin); assert len(j["hints"]) == 2 and j["total"] == 3' <<<"$out" ||
  fail "hint 2 of 3: $out"

# A correct and a wrong solution, recorded; the attempts list shows both, newest first.
run judge run "$PROBLEM" "$PROBLEM/submissions/accepted/sum.cpp" --json
expect_rc 0 "run accepted"
expect_out '"verdict": "AC"' "accepted"
expect_out '"passed": 3' "3 tests passed"
run judge run "$PROBLEM" "$PROBLEM/submissions/wrong_answer/int.cpp"
expect_rc 0 "run wrong"
expect_out "Verdict: WA (Wrong answer) on secret/02 · 2/3 passed" "human output names the failing test"
run judge attempts --json
expect_rc 0 "attempts"
python3 -c 'import json,sys; a=json.load(sys.stdin); assert [x["verdict"] for x in a] == ["WA", "AC"], a' <<<"$out" ||
  fail "two attempts recorded, newest first: $out"
run judge run "$PROBLEM" "$H/ok.py" --json --no-record
run judge attempts aplusb --json
python3 -c 'import json,sys; assert len(json.load(sys.stdin)) == 2' <<<"$out" || fail "--no-record records nothing"

# --lang picks the language when the file name does not tell.
cp "$H/ok.py" "$TMP/solution.txt"
run judge run "$PROBLEM" "$TMP/solution.txt" --no-record
expect_rc 1 "no language"
expect_err "cannot tell the language" "asks for --lang"
run judge run "$PROBLEM" "$TMP/solution.txt" --lang python --json --no-record
expect_out '"verdict": "AC"' "--lang python"

# --all keeps going; --samples runs the samples only.
run judge run "$PROBLEM" "$H/wrong.cpp" --all --json --no-record
python3 -c 'import json,sys; j=json.load(sys.stdin); assert len(j["tests"]) == 3 and j["passed"] == 0' <<<"$out" ||
  fail "--all runs every test"
run judge run "$PROBLEM" "$H/ok.cpp" --samples --json --no-record
python3 -c 'import json,sys; j=json.load(sys.stdin); assert j["total"] == 1 and j["verdict"] == "AC"' <<<"$out" ||
  fail "--samples"

# Errors: unknown problem, missing file, a broken package with located messages.
run judge run no-such-problem "$H/ok.py"
expect_rc 1 "unknown problem"
expect_err "no problem 'no-such-problem'" "unknown problem message"
run judge run "$PROBLEM" "$TMP/missing.py"
expect_rc 1 "missing file"
mkdir -p "$TMP/broken/data/secret"
printf 'name: broken\nlimits: {time_limit: fast}\n' >"$TMP/broken/problem.yaml"
printf '1\n' >"$TMP/broken/data/secret/1.in"
run judge run "$TMP/broken" "$H/ok.py"
expect_rc 1 "broken package"
expect_err "$TMP/broken/problem.yaml:2:22: error: limits.time_limit must be a positive number" "located yaml error"
expect_err "$TMP/broken/data/secret/1.in: error: test input without an answer file" "located data error"

# A package with a custom output validator (Python) and one with a float tolerance.
run judge verify "$DATA/judge/validator_sum" "$DATA/judge/tolerance_mean"
expect_rc 0 "verify validator and tolerance packages"
expect_lines 3 "three ok lines for validator_sum" "$(grep -A3 '^validator_sum' <<<"$out" | grep 'ok  ')"
expect_lines 2 "two ok lines for tolerance_mean" "$(grep -A2 '^tolerance_mean' <<<"$out" | grep 'ok  ')"
finish
