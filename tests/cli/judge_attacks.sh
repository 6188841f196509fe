# Our hostile programs (tests/data/judge/hostile, listed in expected.tsv) through the real
# sandbox with `kkori judge run ... --json`: the verdict each must get, then checks on the host.
# A kernel feature the sandbox falls back from is printed loudly, and the checks that depend on
# it switch to the fallback's documented verdict instead of being skipped.
source "$(dirname "$0")/lib/assert.bash" "$@"
HOSTILE=$DATA/judge/hostile
PROBLEM=$DATA/judge/aplusb

run judge sandbox --json
expect_rc 0 "judge sandbox"
sandbox_json=$out
memory_by_cgroup=$(grep -o '"memory_by_cgroup": [a-z]*' <<<"$out" | awk '{print $2}')
while IFS= read -r line; do
  echo "######## KERNEL FEATURE MISSING: $line" >&2
done < <(python3 -c 'import json,sys; [print(m) for m in json.load(sys.stdin)["missing"]]' <<<"$sandbox_json")
box_uid=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["user"].split("host uid ")[1].split()[0])' <<<"$sandbox_json")
[[ -n $box_uid ]] || fail "sandbox info names no host uid: $sandbox_json"

# A bystander: every host process must survive every attack.
sleep 600 &
bystander=$!
trap 'kill $bystander 2>/dev/null; rm -rf "$TMP"' EXIT

leftover_processes() { pgrep -u "$box_uid" -f '/box/main' || true; }
host_files() {
  find /tmp /var/tmp /dev/shm "$HOME" "$DATA" -maxdepth 3 -name 'kkori_hostile_*' 2>/dev/null
  find "$PWD" -maxdepth 1 -name 'kkori_hostile_*' 2>/dev/null
}
verdict_of() { python3 -c 'import json,sys; print(json.load(sys.stdin)["verdict"])' <<<"$1" 2>/dev/null; }

judge_one() {  # file -> sets $out, $rc, $verdict
  run judge run "$PROBLEM" "$HOSTILE/$1" --json --no-record
  verdict=$(verdict_of "$out")
}

[[ -z $(leftover_processes) ]] || fail "processes under /box/main before the suite (another run?)"
while IFS=$'\t' read -r file expected also checks; do
  [[ -z $file || $file == \#* ]] && continue
  judge_one "$file"
  [[ $rc == 0 ]] || fail "$file: kkori exited $rc (stderr: $err)"
  if [[ $expected == POLICY ]]; then
    # Resident-memory accounting (cgroup) runs an untouched 1.25 GiB array; RLIMIT_AS cannot.
    if [[ $memory_by_cgroup == true ]]; then want="AC"; else want="MLE RE"; fi
    [[ " $want " == *" $verdict "* ]] || fail "$file: $verdict, but the memory policy predicts $want"
    first=$verdict
    judge_one "$file"
    [[ $verdict == "$first" ]] || fail "$file: $first then $verdict: the verdict is not pinned"
  else
    ok=0
    [[ $verdict == "$expected" ]] && ok=1
    [[ ,$also, == *",$verdict,"* ]] && ok=1
    ((ok)) || fail "$file: verdict '$verdict', wanted $expected (or $also). JSON:\n${out:0:3000}"
  fi
  for check in ${checks//,/ }; do
    case $check in
      processes)
        sleep 0.2
        left=$(leftover_processes)
        [[ -z $left ]] || fail "$file: processes left behind: $left"
        ;;
      files)
        [[ $file == daemon.cpp ]] && sleep 3  # the survivor would write after 2 s
        found=$(host_files)
        [[ -z $found ]] || fail "$file: files on the host: $found"
        ;;
      markers)
        grep -q 'HOLE:\|LEAK:' <<<"$out" && fail "$file: the sandbox let something through: $(grep -o '\(HOLE\|LEAK\):[^\\]*' <<<"$out")"
        ;;
      alive)
        kill -0 $bystander 2>/dev/null || fail "$file: a host process died"
        ;;
      traceback)
        grep -q 'hostile-traceback-marker' <<<"$out" || fail "$file: the traceback is not shown"
        ;;
      compiler_message)
        grep -q 'missing_name_marker' <<<"$out" || fail "$file: the compiler's message is not shown"
        ;;
    esac
  done
  echo "$file: $verdict"
done <"$HOSTILE/expected.tsv"

# The shared A+B also passes with its own submissions, and the whole package verifies.
run judge verify "$PROBLEM"
expect_rc 0 "verify the A+B package"
expect_out "ok  AC" "accepted submissions accepted"
expect_out "ok  WA" "the wrong submission is rejected"
finish
