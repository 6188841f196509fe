# The right answer, then stderr without end: stderr counts toward the output limit, and a full
# pipe must not stall the judge.
import sys
a, b = map(int, input().split())
print(a + b, flush=True)
junk = "e" * 32768
for _ in range(1 << 17):  # fuse: 4 GiB
    sys.stderr.write(junk)
