# kkori track: applications through their stages (and the rules that refuse bad moves), heard
# questions with proposals and links, personal questions reaching drills and history, reminders
# from --now, the funnel, JSON/CSV/YAML export and re-import, located errors.
source "$(dirname "$0")/lib/assert.bash" "$@"
export TZ=UTC
G=(--content "$DATA/content_good" --lang en --db "$TMP/k.db")
jq_() { node -e "const j = JSON.parse(require('fs').readFileSync(0, 'utf8')); console.log($1)" <<<"$out"; }

run "${G[@]}" track add --company Naver --role "ML Engineer" --source referral --date 2025-03-01
expect_rc 0 "add"
expect_out "Added application #1 Naver — ML Engineer" "add says the id"
run "${G[@]}" track add --company Kakao --role "Research Intern" --date 2025-03-02 --json
expect_rc 0 "add --json"
[[ $(jq_ 'j.id + " " + j.current + " " + j.source') == "2 applied posting" ]] || fail "add --json: $out"
run "${G[@]}" track list --json
[[ $(jq_ 'j.map(a => a.company).join(",")') == "Naver,Kakao" ]] || fail "list --json lists both: $out"

# The rules: no offer straight after applying, interviews need a type, rounds count up, dates go forward.
run "${G[@]}" track stage 1 offer --date 2025-03-05
expect_rc 1 "offer after applied"
expect_err "cannot go from applied to offer (allowed next: screening, coding-test, assignment, interview, rejected, withdrawn)" "names the allowed moves"
run "${G[@]}" track stage 1 interview --date 2025-03-05
expect_rc 1 "interview without a type"
expect_err "an interview round needs a type" "asks for the type"
run "${G[@]}" track stage 1 screening --date 2025-02-20
expect_rc 1 "before the application"
expect_err "dates go forward" "dates rule"
run "${G[@]}" track stage 1 nap
expect_rc 1 "unknown stage"
expect_err "unknown stage 'nap'" "unknown stage named"
run "${G[@]}" track stage 1 document-screening --date 2025-03-03
expect_rc 0 "screening"
run "${G[@]}" track stage 1 interview --type technical --date "2025-03-10 14:00"
expect_rc 0 "round 1"
expect_out "#1 → interview #1 (technical) 2025-03-10 14:00" "round 1 is numbered"
run "${G[@]}" track stage 1 interview --type executive --round 3 --date 2025-03-12
expect_rc 1 "wrong round number"
expect_err "this is interview round 2, not 3" "round number checked"

# Heard questions: proposals from the bank, then a confirmed link.
run "${G[@]}" track heard 1 "Why is the KL divergence not a metric?" --round 1 --json
expect_rc 0 "heard"
[[ $(jq_ 'j.proposals[0].id') == "ml.kl-divergence" ]] || fail "closest proposal: $out"
[[ $(jq_ 'j.heard.question_id') == "" ]] || fail "not linked before confirming"
run "${G[@]}" track link 1 ml.kl-divergence
expect_rc 0 "link"
expect_out "#1 → ml.kl-divergence" "linked"
run "${G[@]}" track link 1 ml.nope
expect_rc 1 "link to an unknown question"
expect_err "no question 'ml.nope'" "unknown link target"

# A question the bank does not have becomes a personal one; with a model answer it is drilled.
run "${G[@]}" track heard 1 "How would you detect label noise in a dataset?"
expect_rc 0 "heard 2"
expect_out "Logged #2 (interview #1 (technical))" "defaults to the latest round"
run "${G[@]}" track link 2 --personal --area ml
expect_rc 0 "personal"
expect_out "#2 → me.ml.how-would-you-detect-label" "personal id"
expect_out "kkori track mine answer me.ml.how-would-you-detect-label" "says how to make it gradeable"
run "${G[@]}" track mine list
expect_out "no answer" "not gradeable yet"
run "${G[@]}" bank show me.ml.how-would-you-detect-label
expect_rc 1 "not in the bank without an answer"
run "${G[@]}" track mine answer me.ml.how-would-you-detect-label "Use cross-validated predictions and flag examples the model confidently disagrees with; relabel them."
expect_rc 0 "answer"
run "${G[@]}" track mine list --json
[[ $(jq_ 'j[0].gradeable + " " + j[0].seen_at[0].company + " " + j[0].seen_at[0].stage') == "true Naver technical" ]] || fail "mine list: $out"
run "${G[@]}" bank show me.ml.how-would-you-detect-label
expect_rc 0 "in the bank now"
expect_out "cross-validated predictions" "model answer shown"
printf '{"answer": "Cross-validated predictions; flag confident disagreements and relabel."}\n' >"$TMP/a.jsonl"
run "${G[@]}" drill me.ml.how-would-you-detect-label --answers "$TMP/a.jsonl" --json
expect_rc 0 "drill a personal question"
expect_out '"question_id": "me.ml.how-would-you-detect-label"' "the drill asked it"
run "${G[@]}" history --json
expect_out '"question_id": "me.ml.how-would-you-detect-label"' "the attempt is saved"
run "${G[@]}" bank search "label noise" --json
expect_out '"id": "me.ml.how-would-you-detect-label"' "search finds it"
run "${G[@]}" track mine export --out "$TMP/mine.yaml"
expect_rc 0 "yaml export"
grep -qF "id: ml.how-would-you-detect-label" "$TMP/mine.yaml" || fail "yaml has the content id: $(cat "$TMP/mine.yaml")"
grep -qF -- '- company: "Naver"' "$TMP/mine.yaml" || fail "yaml has seen_at"

# Reminders from --now: an upcoming round with what to practise, then no reply.
run "${G[@]}" track stage 1 interview --type technical --date 2025-03-20
run "${G[@]}" track remind --now 2025-03-15 --json
expect_rc 0 "remind"
[[ $(jq_ 'j[0].kind + " " + j[0].days + " " + j[0].practice.track') == "upcoming 5 ml-basics" ]] || fail "upcoming: $out"
[[ $(jq_ 'j[0].practice.questions.join(",")') == "ml.kl-divergence,me.ml.how-would-you-detect-label" ]] || fail "practice questions: $out"
[[ $(jq_ 'j.filter(r => r.kind == "no_reply").map(r => r.application_id).join(",")') == "2" ]] || fail "Kakao waits: $out"
run "${G[@]}" track remind --now 2025-03-30
expect_out "no reply Naver (ML Engineer, #1): interview #2 (technical) 2025-03-20, 10 days ago" "no reply in text"
run "${G[@]}" track remind --now 2025-03-21 --days 30
expect_out "Nothing to remind you of." "nothing within the limits"

run "${G[@]}" track note 2 "recruiter said two weeks" --date 2025-03-04
expect_rc 0 "note"
run "${G[@]}" track stage 2 rejected --date 2025-03-25
run "${G[@]}" track stage 2 interview --type technical
expect_rc 1 "nothing after a rejection"
expect_err "allowed next: none" "terminal"
run "${G[@]}" track show 1
expect_rc 0 "show"
expect_out "? Why is the KL divergence not a metric?  → ml.kl-divergence  [#1]" "timeline has heard questions"
expect_out "2025-03-10 14:00  interview #1 (technical)" "timeline has the round"
run "${G[@]}" track list --active
expect_lines 1 "only Naver is active" "$out"
run "${G[@]}" track funnel --json
[[ $(jq_ 'j.steps.map(s => s.reached).join(",") + " " + j.active + " " + j.rejected') == "2,1,1,1,1,0,0 1 1" ]] || fail "funnel: $out"

# Export and re-import into a fresh database; CSV for spreadsheets.
run "${G[@]}" track export --out "$TMP/all.json"
expect_rc 0 "export"
run --content "$DATA/content_good" --db "$TMP/fresh.db" track import "$TMP/all.json"
expect_rc 0 "import"
expect_out "Imported 2 application(s), 1 personal question(s)" "import counts"
run --content "$DATA/content_good" --db "$TMP/fresh.db" track show 1 --json
[[ $(jq_ 'j.rounds + " " + j.heard.length + " " + j.heard[0].question_id') == "2 2 ml.kl-divergence" ]] || fail "imported timeline: $out"
run "${G[@]}" track export --format csv
expect_out "id,company,role,source,applied,current,outcome,rounds,last_activity,heard,notes" "csv header"
expect_out "2,Kakao,Research Intern,posting,2025-03-02,rejected,rejected,0,2025-03-25,0,recruiter said two weeks" "csv row"

printf '{"version": 1, "applications": [{"company": "A", "role": "R", "stages": [{"stage": "offer"}]}]}' >"$TMP/bad.json"
run "${G[@]}" track import "$TMP/bad.json"
expect_rc 1 "bad import"
expect_err "$TMP/bad.json: error: applications[0].stages[0]: cannot go from applied to offer" "located import error"
run "${G[@]}" track show 99
expect_rc 1 "unknown application"
expect_err "no application 99" "says which"
run "${G[@]}" track add --company X --role R --date 2025-13-01
expect_rc 1 "bad date"
expect_err "must look like 2025-03-14" "date format"
finish
