# Drives `kkori interview` in a real terminal (tmux send-keys / capture-pane) through three
# questions and checks the printed report.
source "$(dirname "$0")/lib/assert.bash" "$@"
command -v tmux >/dev/null || { fail "tmux is not installed"; finish; }
SOCK="$TMP/tmux.sock"
T=(tmux -S "$SOCK")
"${T[@]}" new-session -d -s kk -x 100 -y 50 \
  "env XDG_DATA_HOME=$TMP/xdg NO_COLOR=1 $KKORI --content $DATA/content_good --lang en interview --track ml-basics --seed 7; echo KKORI-EXIT-\$?; sleep 30"
screen() { "${T[@]}" capture-pane -p -t kk -S -200; }
wait_for() {  # wait_for TEXT: up to 15 s for TEXT on the screen
  for _ in $(seq 150); do screen | grep -qF -- "$1" && return 0; sleep 0.1; done
  fail "timed out waiting for '$1'. Screen:\n$(screen)"
  return 1
}
answer() {
  "${T[@]}" send-keys -t kk -l -- "$1"
  "${T[@]}" send-keys -t kk Enter Enter
}
wait_for "Question" || { "${T[@]}" kill-server; finish; }
answer "It is about the expectation of log ratio and it is asymmetric, non-negative, zero iff equal."
wait_for "Tail question" || true
answer "I don't know"
sleep 0.5
answer "/skip"
sleep 0.5
"${T[@]}" send-keys -t kk -l -- "/quit"
"${T[@]}" send-keys -t kk Enter
wait_for "KKORI-EXIT-0"
out=$(screen)
grep -qF "Report" <<<"$out" || fail "no report printed:\n$out"
grep -qF "Depth per topic" <<<"$out" || fail "the report lacks depth per topic:\n$out"
grep -qE "answers, average [0-9]+%" <<<"$out" || fail "the report lacks the summary line:\n$out"
"${T[@]}" kill-server 2>/dev/null
run --content "$DATA/content_good" report --json
expect_rc 0 "report again"
expect_out '"topics"' "report --json has topics"
finish
