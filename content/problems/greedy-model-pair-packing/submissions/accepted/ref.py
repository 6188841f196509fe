import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    m = sorted(map(int, data[2:2 + n]))
    # the heaviest remaining model always gets a GPU; give it the lightest remaining partner if possible
    i, j, gpus = 0, n - 1, 0
    while i <= j:
        if i < j and m[i] + m[j] <= cap:
            i += 1
        j -= 1
        gpus += 1
    print(gpus)


main()
