# list / show / stats / search on the fixture bank and on the shipped one.
source "$(dirname "$0")/lib/assert.bash" "$@"
G=(--content "$DATA/content_good")

run "${G[@]}" bank search "KL 발산" --json
expect_rc 0 "search"
first=$(grep -m1 '"id"' <<<"$out")
[[ $first == *'"ml.kl-divergence"'* ]] || fail "fixture: KL 발산 first hit is $first"

for q in "KL 발산" "kl divergence" "쿨백"; do
  run bank search "$q" --json
  expect_rc 0 "bundled search $q"
  first=$(grep -m1 '"id"' <<<"$out")
  [[ $first == *'"ml.kl-divergence"'* ]] || fail "bundled: '$q' first hit is $first"
done
# The subject named in full beats questions sharing one of its words (project.deployment,
# mlops.shadow-deployment); Korean queries reach English-slugged questions through the glossary.
for pair in "canary deployment=mlops.canary-deployment" "해시 테이블=cs.hash-table" "편향 분산=ml.bias-variance" \
  "드롭아웃=dl.dropout" "GIL=cs.python-gil"; do
  run bank search "${pair%%=*}" --json --limit 5
  first=$(grep -m1 '"id"' <<<"$out")
  [[ $first == *"\"${pair#*=}\""* ]] || fail "bundled: '${pair%%=*}' first hit is $first, want ${pair#*=}"
done

run "${G[@]}" bank list --json --area ml
expect_rc 0 "list"
[[ $(grep -c '"id"' <<<"$out") == 5 ]] || fail "list --area ml should list 5"
run "${G[@]}" bank list --area nowhere
expect_rc 1 "list unknown area"
expect_err "unknown area 'nowhere'" "list unknown area message"

run "${G[@]}" --lang ko bank show ml.kl-divergence
expect_rc 0 "show"
expect_out "KL 발산이 무엇이고" "show prompt in Korean"
expect_out "모범 답안" "show heading in Korean"
expect_out "→ ml.cross-entropy" "show followups"
run "${G[@]}" bank show ml.kl-divergence --json
expect_out '"chain_depth": 2' "show json chain depth"
run "${G[@]}" bank show ml.nope
expect_rc 1 "show unknown id"
expect_err "no question with id 'ml.nope'" "show unknown id message"

run "${G[@]}" bank stats --json
expect_rc 0 "stats"
for k in '"questions": 6' '"tails": 4' '"glossary": 3' '"max_chain_depth": 3' '"by_area"'; do
  expect_out "$k" "stats json"
done
run bank stats --json
expect_rc 0 "bundled stats"
finish
