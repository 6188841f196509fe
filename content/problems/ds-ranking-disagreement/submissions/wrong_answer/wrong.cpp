// Plausible mistake: merge-sort inversion counting that adds 1 whenever an element of the right half
// is taken before the left half is exhausted. It must add (mid - i), the number of left-half elements
// still waiting, since each of them forms a discordant pair with the element taken.
#include <bits/stdc++.h>
using namespace std;
vector<int> a, tmp;
long long sort_count(int lo, int hi) {   // [lo, hi)
    if (hi - lo < 2) return 0;
    int mid = (lo + hi) / 2;
    long long inv = sort_count(lo, mid) + sort_count(mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        if (a[i] < a[j]) tmp[k++] = a[i++];
        else { tmp[k++] = a[j++]; inv += 1; }          // bug: should be inv += mid - i
    }
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    for (int t = lo; t < hi; t++) a[t] = tmp[t];
    return inv;
}
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> p(n), pos(n + 1);
    for (auto &x : p) scanf("%d", &x);
    for (int i = 0; i < n; i++) { int x; scanf("%d", &x); pos[x] = i + 1; }
    a.resize(n); tmp.resize(n);
    for (int i = 0; i < n; i++) a[i] = pos[p[i]];   // model ranks in human order
    printf("%lld\n", sort_count(0, n));
}
