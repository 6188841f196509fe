# Tries to leave a file outside the box; the host check looks for kkori_hostile_* afterwards.
import os, sys
home = os.environ.get("HOME", "/root")
for path in ("/tmp/kkori_hostile_mark", "/var/tmp/kkori_hostile_mark", "/dev/shm/kkori_hostile_mark",
             "/root/kkori_hostile_mark", "/etc/kkori_hostile_mark", "/usr/kkori_hostile_mark", "/kkori_hostile_mark",
             "../kkori_hostile_mark", "/box/kkori_hostile_mark", home + "/kkori_hostile_mark",
             "/proc/self/cwd/kkori_hostile_mark"):
    try:
        with open(path, "w") as f:
            f.write("x")
        print(f"wrote {path}", file=sys.stderr)
    except OSError as e:
        print(f"refused {path}: {e.strerror}", file=sys.stderr)
try:
    os.chmod("/box/main.py", 0o777)
    print("HOLE: could chmod the program in /box", file=sys.stderr)
except OSError:
    pass
print(0)
