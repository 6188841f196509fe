# The project round from a résumé (docs/resume.md): `kkori interview --resume FILE` asks a claim
# question quoting the résumé first, grades it with its bank rubric and follows it with a tail
# question; a file is not stored; `kkori resume save|list|forget`; the latest saved résumé is used
# without --resume; without one the round falls back to the bank and says so; errors.
source "$(dirname "$0")/lib/assert.bash" "$@"
CV=$DATA/resume/ko.md
G=(--lang en)  # the bundled bank and its project-and-technical track

# A strong answer about the latency claim (mentions batching and GPU, which pull a tail question),
# an answer to the tail, then /quit so the session ends with a report.
cat >"$TMP/answers.jsonl" <<'JSONL'
{"answer": "We measured p95 latency with a load test replaying real search traffic at production QPS, before and after each change, on the same A100 GPU. Profiling showed the bottleneck was the generation step: requests ran one at a time and the GPU sat idle between them. Serving with vLLM gave continuous batching and paged KV cache, so GPU utilisation went up and p95 fell from 2.1s to 0.6s. We checked accuracy did not drop on our evaluation set, and the trade-off was a little more memory."}
{"answer": "Dynamic batching groups requests that arrive within a short window into one GPU batch, trading a few milliseconds of queueing delay for much higher throughput; the max batch size and the timeout are tuned against the latency budget."}
{"answer": "/quit"}
JSONL

run "${G[@]}" --db "$TMP/a.db" interview --track project-and-technical --resume "$CV" --answers "$TMP/answers.jsonl" --seed 3 --json
expect_rc 0 "interview with --resume FILE"
echo "$out" >"$TMP/a.json"
python3 - "$TMP/a.json" "$CV" <<'PY' || fail "the project round asks from the résumé"
import json, sys
d = json.load(open(sys.argv[1]))
cv = open(sys.argv[2], encoding="utf-8").read()
t = d["turns"]
assert len(t) >= 2, t
first = t[0]
assert first["round"] == "project" and first["depth"] == 0, first
r = first["resume"]
assert r["kind"] == "claim", r
assert r["source"]["text"] and r["source"]["text"] in cv, r
assert "“" + r["source"]["text"] + "”" in first["prompt"], first["prompt"]
assert first["question_id"] == r["bank_id"], (first["question_id"], r["bank_id"])
assert first["score"] > 0.4 and (first["covered"] or first["missed"]), first
tail = t[1]
assert tail["round"] == "project" and tail["depth"] == 1 and tail["root"] == first["question_id"], tail
assert tail["question_id"] != first["question_id"] and "resume" not in tail, tail
assert d["resume"]["title"] == "ko.md" and d["resume"]["id"] == 0, d.get("resume")
topic = d["report"]["topics"][0]
assert topic["root"] == first["question_id"] and topic["asked"] == 2, topic
assert topic["resume"]["source"]["text"] == r["source"]["text"], topic
PY
run "${G[@]}" --db "$TMP/a.db" resume list --json
expect_rc 0 "list after an interview from a file"
[[ $(tr -d ' \n' <<<"$out") == "[]" ]] || fail "--resume FILE must store nothing: $out"

# The report of the ended session shows the résumé words of the project topic.
run "${G[@]}" --db "$TMP/a.db" report
expect_rc 0 "report"
expect_out "résumé line 14: “p95 latency" "report quotes the claim and its line"

# The terminal transcript: the round's résumé is announced once, the question shows where it came from.
run "${G[@]}" --db "$TMP/b.db" interview --resume "$CV" --answers "$TMP/answers.jsonl" --seed 3
expect_rc 0 "--resume FILE without --track picks a track with a project round"
expect_out "Project round: ko.md's questions, 5" "the round is announced"
expect_out "résumé line" "the question says where in the résumé it comes from"
expect_out "You wrote “" "the claim is quoted"
expect_out "Tail question 1" "a tail question follows"

# Saving, listing, forgetting; the latest saved résumé is used without --resume.
run "${G[@]}" --db "$TMP/c.db" resume save "$CV" --title "네이버 지원용" --json
expect_rc 0 "save"
expect_out '"created": true' "a new résumé"
expect_out '"title": "네이버 지원용"' "its title"
expect_out '"projects": 2' "its projects"
run "${G[@]}" --db "$TMP/c.db" resume save "$CV" --json
expect_out '"created": false' "the same text is kept once"
expect_out '"title": "네이버 지원용"' "saving again without --title keeps the title"
run "${G[@]}" --db "$TMP/c.db" resume list
expect_rc 0 "list"
expect_out "#1" "listed"
expect_out "네이버 지원용" "listed with its title"
run "${G[@]}" --db "$TMP/c.db" interview --track project-and-technical --answers "$TMP/answers.jsonl" --seed 3 --json
expect_rc 0 "interview with the saved résumé"
expect_out '"title": "네이버 지원용"' "the latest saved résumé is used"
expect_out '"kind": "claim"' "its claim questions are asked"
run "${G[@]}" --db "$TMP/c.db" interview --track project-and-technical --resume 1 --answers "$TMP/answers.jsonl" --seed 3 --json
expect_rc 0 "--resume ID"
expect_out '"id": 1' "the saved résumé by id"
run "${G[@]}" --db "$TMP/c.db" resume forget 1
expect_rc 0 "forget"
expect_out "Forgot résumé #1" "forget says so"
run "${G[@]}" --db "$TMP/c.db" resume forget 1
expect_rc 1 "forgetting twice"
expect_err "no saved résumé 1" "forgetting twice is an error"

# Without a résumé the project round asks the bank's project questions and says so once.
run "${G[@]}" --db "$TMP/c.db" interview --track project-and-technical --answers "$TMP/answers.jsonl" --seed 3
expect_rc 0 "interview without a résumé"
[[ $(grep -c "No saved résumé" <<<"$out") == 1 ]] || fail "the fallback is said exactly once: $out"
run "${G[@]}" --db "$TMP/c.db" interview --track project-and-technical --answers "$TMP/answers.jsonl" --seed 3 --json
expect_err "No saved résumé" "JSON mode notes the fallback on stderr"
python3 -c 'import json,sys; d=json.load(sys.stdin); assert "resume" not in d and all("resume" not in t for t in d["turns"]), d' <<<"$out" ||
  fail "no résumé questions without a résumé"

# Errors.
run "${G[@]}" --db "$TMP/c.db" interview --track project-and-technical --resume "$TMP/none.md"
expect_rc 1 "a missing résumé file"
expect_err "no such file" "a missing file says so"
run "${G[@]}" --db "$TMP/c.db" interview --track project-and-technical --resume 42
expect_rc 1 "an unknown saved résumé"
expect_err "no saved résumé 42" "an unknown id says so"
run "${G[@]}" --db "$TMP/c.db" interview --track ml-engineer --resume "$CV"
expect_rc 1 "a track without a project round"
expect_err "has no project round" "says the track has no project round"
expect_err "project-and-technical" "and names the tracks that have one"
echo "" >"$TMP/empty.md"
run "${G[@]}" --db "$TMP/c.db" resume save "$TMP/empty.md"
expect_rc 1 "saving an empty file"
expect_err "empty.md" "the error names the file"
finish
