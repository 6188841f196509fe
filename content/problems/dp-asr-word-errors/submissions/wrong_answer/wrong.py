# Plausible mistake: "edit distance = N + M - 2 * LCS". That is the insert/delete-only distance;
# it charges a substituted word twice (one deletion + one insertion).
import sys

data = sys.stdin.read().split()
n = int(data[0])
ref = data[1:1 + n]
m = int(data[1 + n])
hyp = data[2 + n:2 + n + m]
lcs = [[0] * (m + 1) for _ in range(n + 1)]
for i in range(1, n + 1):
    for j in range(1, m + 1):
        if ref[i - 1] == hyp[j - 1]:
            lcs[i][j] = lcs[i - 1][j - 1] + 1
        else:
            lcs[i][j] = max(lcs[i - 1][j], lcs[i][j - 1])
print(n + m - 2 * lcs[n][m])
