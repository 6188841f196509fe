#!/usr/bin/env bash
# The judge: (1) every program in ../shared/bench/judge/attacks through `kkori judge run` against
# the verdicts and host checks of its expected.tsv; (2) the sandbox's own per-run cost beside a
# bare fork+exec+wait of the same static binary, in the same run (target: <= 2 ms here).
set -uo pipefail
build=${1:-build}
cd "$(dirname "$0")/../.."
kkori=$PWD/$build/kkori
shared=../shared/bench/judge/attacks
[[ -x $kkori ]] || { echo "no $kkori: build first (make build)"; exit 1; }
work=$(mktemp -d /tmp/kkori-bench-judge-XXXXXX)
export XDG_DATA_HOME=$work/xdg HOME=$work/home NO_COLOR=1
mkdir -p "$HOME"
sleep 900 &  # a bystander host process every attack must leave alive
bystander=$!
trap 'kill $bystander 2>/dev/null; rm -rf "$work"' EXIT
failures=0
bad() { echo "FAIL: $*"; failures=$((failures + 1)); }

sandbox=$("$kkori" judge sandbox --json) || { echo "the sandbox does not start: $sandbox"; exit 1; }
echo "sandbox: $(python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["memory"], "|", j["tasks"], "|", j["cpu"], "|", j["network"])' <<<"$sandbox")"
python3 -c 'import json,sys; [print("MISSING:", m) for m in json.load(sys.stdin)["missing"]]' <<<"$sandbox"
memory_by_cgroup=$(python3 -c 'import json,sys; print(str(json.load(sys.stdin)["memory_by_cgroup"]).lower())' <<<"$sandbox")
box_uid=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["user"].split("host uid ")[1].split()[0])' <<<"$sandbox")

# ---------------------------------------------------------------------------------------------
if [[ -d $shared ]]; then
  echo "-- attacks ($shared/expected.tsv)"
  printf '%-28s %-8s %-10s %8s  %s\n' file verdict expected wall_s checks
  while IFS=$'\t' read -r file lang stage expected also checks; do
    [[ $file == file || -z $file ]] && continue
    marker=$work/marker
    touch "$marker"
    t0=$(date +%s.%N)
    out=$("$kkori" judge run "$shared/problem" "$shared/$file" --lang "$lang" --json --no-record 2>"$work/err")
    rc=$?
    wall=$(python3 -c "print(f'{$(date +%s.%N) - $t0:.2f}')")
    verdict=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["verdict"])' <<<"$out" 2>/dev/null)
    [[ $rc == 0 ]] || bad "$file: kkori exited $rc: $(head -c 300 "$work/err")"
    ok=0
    [[ $verdict == "$expected" ]] && ok=1
    [[ ,$also, == *",$verdict,"* ]] && ok=1
    result=ok
    for check in ${checks//,/ }; do
      case $check in
        no_leftover_processes)
          sleep 0.3
          left=$(pgrep -u "$box_uid" -f '/box/main' || true)
          [[ -z $left ]] || { bad "$file: processes left: $left"; result=BAD; } ;;
        no_host_files)
          [[ $file == daemon_escape.cpp ]] && sleep 4  # its survivor would write after 3 s
          found=$(find /tmp /var/tmp /dev/shm "$HOME" /root "$PWD" -maxdepth 2 -name 'judge_attack_*' -newer "$marker" \
            2>/dev/null)
          [[ -z $found ]] || { bad "$file: files on the host: $found"; result=BAD; } ;;
        no_LEAK_marker)
          grep -q 'LEAK:' <<<"$out" && { bad "$file: LEAK: $(grep -o 'LEAK:[^\\]*' <<<"$out" | head -3)"; result=BAD; } ;;
        no_HOLE_marker)
          grep -q 'HOLE:' <<<"$out" && { bad "$file: HOLE: $(grep -o 'HOLE:[^\\]*' <<<"$out" | head -3)"; result=BAD; } ;;
        judge_alive)
          kill -0 $bystander 2>/dev/null || { bad "$file: a host process died"; result=BAD; } ;;
        verdict_is_policy_pinned)
          # docs/judge.md: resident memory (cgroup) -> AC; address space (RLIMIT_AS) -> MLE.
          if [[ $memory_by_cgroup == true ]]; then want=AC; else want=MLE; fi
          again=$("$kkori" judge run "$shared/problem" "$shared/$file" --lang "$lang" --json --no-record 2>/dev/null |
            python3 -c 'import json,sys; print(json.load(sys.stdin)["verdict"])' 2>/dev/null)
          [[ $verdict == "$want" && $again == "$want" ]] || { bad "$file: $verdict then $again, policy says $want"; result=BAD; } ;;
      esac
    done
    ((ok)) || { bad "$file: verdict $verdict, expected $expected${also:+ (or $also)}"; result=BAD; }
    printf '%-28s %-8s %-10s %8s  %s %s\n' "$file" "$verdict" "$expected${also:+/$also}" "$wall" "$result" "$checks"
  done <"$shared/expected.tsv"
  # The controls must also be quick (expected.tsv: AC under 50 ms wall per test).
  for f in ac_control.cpp ac_control.py; do
    ms=$("$kkori" judge run "$shared/problem" "$shared/$f" --json --no-record |
      python3 -c 'import json,sys; print(max(t["wall_ms"] for t in json.load(sys.stdin)["tests"]))')
    echo "$f: slowest test ${ms} ms wall (target < 50)"
    ((ms < 50)) || bad "$f: a test took $ms ms wall"
  done
else
  echo "skip attacks: $shared not found"
fi

# ---------------------------------------------------------------------------------------------
echo "-- per-run overhead: sandbox vs bare fork+exec+wait of the same static binary"
printf 'int main() { return 0; }\n' >"$work/true.cpp"
g++ -O2 -static -o "$work/true_static" "$work/true.cpp" || { echo "cannot build a static binary"; exit 1; }
"$kkori" judge overhead "$work/true_static" --runs 300 --json | tee "$work/overhead.json"
over=$(python3 -c 'import json; print(json.load(open("'"$work/overhead.json"'"))["overhead_ms_median"])')
python3 -c "import sys; sys.exit(0 if $over <= 2.0 else 1)" || bad "sandbox overhead ${over} ms > 2 ms"
echo "overhead (median): ${over} ms (target <= 2 ms); load: $(cut -d' ' -f1-3 /proc/loadavg)"

((failures)) && { echo "$failures failure(s)"; exit 1; }
echo ok
