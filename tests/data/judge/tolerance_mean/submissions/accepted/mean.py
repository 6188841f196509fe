n = int(input())
xs = list(map(float, input().split()))
print(f"{sum(xs) / n:.10f}")
