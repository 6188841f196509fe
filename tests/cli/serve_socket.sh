# The HTTP API over a real socket: kkori serve on a free port, then requests with curl, including
# malformed input, an oversized body, an unknown route; SIGTERM stops it cleanly with data kept.
source "$(dirname "$0")/lib/assert.bash" "$@"
"$KKORI" --content "$DATA/content_good" --lang en --db "$TMP/s.db" serve --port 0 >"$TMP/serve.out" 2>&1 &
pid=$!
url=""
for _ in $(seq 1 100); do
  url=$(grep -o 'http://127.0.0.1:[0-9]*' "$TMP/serve.out" | head -1)
  [[ -n $url ]] && break
  sleep 0.1
done
[[ -n $url ]] || { fail "serve did not print its URL: $(cat "$TMP/serve.out")"; kill $pid; finish; }

req() {  # req METHOD PATH [BODY]: sets $code, $body, $ctype
  local args=(-s -o "$TMP/body" -w '%{http_code} %{content_type}' -X "$1" "$url$2")
  if [[ $# -ge 3 ]]; then
    printf '%s' "$3" >"$TMP/req"
    args+=(-H 'Content-Type: application/json' --data-binary "@$TMP/req")
  fi
  read -r code ctype < <(curl "${args[@]}")
  body=$(cat "$TMP/body")
}

req GET /api/v1/health
[[ $code == 200 ]] || fail "health: $code"
req GET "/api/v1/questions?limit=5"
[[ $code == 200 ]] || fail "questions: $code"
grep -q '"id"' <<<"$body" || fail "questions list has ids: $body"
req GET "/api/v1/questions?q=KL%20%EB%B0%9C%EC%82%B0&limit=3"
grep -q 'ml.kl-divergence' <<<"$body" || fail "Korean search over HTTP: $body"
req GET /api/v1/questions/ml.kl-divergence
[[ $code == 200 ]] || fail "one question: $code"
req GET /api/v1/questions/nope.nope
[[ $code == 404 && $ctype == application/problem+json* ]] || fail "unknown question: $code $ctype"

req POST /api/v1/grade '{"question_id": "ml.kl-divergence", "answer": "KL divergence is asymmetric, so it is not a metric; it is the expectation of log p/q under P."}'
[[ $code == 200 ]] || fail "grade: $code $body"
grep -q '"score"' <<<"$body" || fail "grade has a score: $body"
grep -q '"covered"' <<<"$body" || fail "grade lists covered keypoints: $body"

req POST /api/v1/grade '{"question_id": "ml.kl-divergence", "answer": '
[[ $code == 400 && $ctype == application/problem+json* ]] || fail "malformed JSON: $code $ctype"
grep -qi 'line\|column\|byte\|position' <<<"$body" || fail "malformed JSON says where it broke: $body"
req POST /api/v1/grade '{"question_id": 7}'
[[ $code == 400 || $code == 422 ]] || fail "wrong field type: $code $body"
{ printf '{"question_id": "ml.kl-divergence", "answer": "'; head -c 3000000 /dev/zero | tr '\0' 'a'; printf '"}'; } >"$TMP/big"
read -r code ctype < <(curl -s -o "$TMP/body" -w '%{http_code} %{content_type}' -X POST -H 'Content-Type: application/json' \
  --data-binary "@$TMP/big" "$url/api/v1/grade")
[[ $code == 413 ]] || fail "oversized body: $code"
req DELETE /api/v1/questions
[[ $code == 404 || $code == 405 ]] || fail "unknown route: $code"

req POST /api/v1/sessions '{"kind": "drill", "topic": "ml.kl-divergence"}'
[[ $code == 200 || $code == 201 ]] || fail "create session: $code $body"
sid=$(grep -o '"id": *[0-9]*' <<<"$body" | head -1 | grep -o '[0-9]*$')
[[ -n $sid ]] || fail "session id in: $body"
req POST "/api/v1/sessions/$sid/answer" '{"answer": "It is the expected log ratio, non-negative, and asymmetric."}'
[[ $code == 200 ]] || fail "answer: $code $body"

kill -TERM $pid
wait $pid
rc=$?
[[ $rc == 0 ]] || fail "SIGTERM should stop serve cleanly, exit $rc"
run --content "$DATA/content_good" --db "$TMP/s.db" history --json
grep -q 'ml.kl-divergence' <<<"$out" || fail "the answer given over HTTP is in the history after shutdown"
finish
