import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    # window (l, r] has sum k  <=>  prefix[r] - prefix[l] = k
    seen = {0: 1}      # how many earlier prefix sums have each value
    prefix = 0
    count = 0
    get = seen.get
    for x in map(int, data[2:2 + n]):
        prefix += x
        count += get(prefix - k, 0)
        seen[prefix] = get(prefix, 0) + 1
    print(count)


main()
