# validator input_file answer_file feedback_dir < team_output; 42 accepted, 43 wrong answer.
import sys
n = int(open(sys.argv[1]).read())
feedback = sys.argv[3]
try:
    x, y = map(int, sys.stdin.read().split())
except ValueError:
    open(feedback + "judgemessage.txt", "w").write("expected two integers\n")
    sys.exit(43)
if x < 0 or y < 0 or x + y != n:
    open(feedback + "judgemessage.txt", "w").write(f"{x} + {y} is not {n}\n")
    sys.exit(43)
sys.exit(42)
