# Busy loop in Python.
n = 0
while True:
    n += 1
