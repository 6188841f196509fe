#!/usr/bin/env bash
# kkori serve under load: wrk on loopback, 64 connections, 2 threads, 10 s each, against a
# question GET and a grade POST. Prints requests/s and the latency distribution (p99).
set -uo pipefail
build=${1:-build}
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || bash scripts/install-deps.sh --bench || exit 1
tmp=$(mktemp -d)
trap 'kill $pid 2>/dev/null; rm -rf "$tmp"' EXIT
"$build/kkori" ${KKORI_BENCH_FLAGS:-} --db "$tmp/bench.db" serve --port 0 >"$tmp/out" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  url=$(grep -o 'http://127.0.0.1:[0-9]*' "$tmp/out" | head -1)
  [[ -n ${url:-} ]] && break
  sleep 0.1
done
[[ -n ${url:-} ]] || { echo "serve did not start: $(cat "$tmp/out")"; exit 1; }
cat >"$tmp/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"question_id": "ml.kl-divergence", "answer": "KL 발산은 P 아래에서 log p/q의 기댓값입니다. 항상 0 이상이고 P = Q일 때만 0이며, 비대칭이라 거리가 아닙니다. cross-entropy에서 entropy를 뺀 값입니다."}'
LUA
echo "-- GET /api/v1/questions/ml.kl-divergence (64 connections, 10 s)"
wrk -t2 -c64 -d10s --latency "$url/api/v1/questions/ml.kl-divergence" | grep -E "Requests/sec|99%|50%|Non-2xx|Socket errors"
echo "-- POST /api/v1/grade (64 connections, 10 s)"
wrk -t2 -c64 -d10s --latency -s "$tmp/post.lua" "$url/api/v1/grade" | grep -E "Requests/sec|99%|50%|Non-2xx|Socket errors"
