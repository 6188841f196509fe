# The bundled coding problems: every package under content/problems is bundled, the categories hold
# their minimum counts, and `kkori judge verify` checks each package's completeness (statements in
# both languages, three hints, ten or more secret tests, a generator, small data; docs/problem-format.md)
# and runs each reference (must pass every test) and each wrong solution (must fail one) in the real
# sandbox.
source "$(dirname "$0")/lib/assert.bash" "$@"
P=$CONTENT/problems

run judge list --json
expect_rc 0 "judge list"
printf '%s' "$out" >"$TMP/list.json"
python3 - "$P" "$TMP/list.json" <<'EOF' || fail "the bundled problems: see above"
import collections, json, os, sys
root = sys.argv[1]
problems = json.load(open(sys.argv[2]))
ok = True
def bad(msg):
    global ok
    ok = False
    print("FAIL:", msg, file=sys.stderr)
ids = sorted(p["id"] for p in problems)
on_disk = sorted(d for d in os.listdir(root) if os.path.isfile(os.path.join(root, d, "problem.yaml")))
if ids != on_disk:
    bad(f"bundled {len(ids)} problems but content/problems has {len(on_disk)}: {set(ids) ^ set(on_disk)}")
if len(ids) < 60:
    bad(f"{len(ids)} problems, want at least 60")
need = {"exhaustive-search": 10, "simulation": 10, "backtracking": 10, "graph": 8, "dp": 8, "greedy": 6,
        "data-structure": 4, "ml-coding": 8}
have = collections.Counter(p["category"] for p in problems)
for cat, n in need.items():
    if have[cat] < n:
        bad(f"category {cat}: {have[cat]} problems, want at least {n}")
sys.exit(0 if ok else 1)
EOF

# The real sandbox: every reference accepted, every wrong solution rejected.
run judge verify
expect_rc 0 "judge verify of every bundled problem"
bad=$(grep -c "BAD" <<<"$out")
[[ $bad == 0 ]] || fail "$bad submission(s) with an unexpected verdict:\n$(grep BAD <<<"$out")"
finish
