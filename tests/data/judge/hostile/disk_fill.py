# Tries to fill the disk in every writable-looking place; must stay inside small private limits.
import os, sys
block = b"\0" * (1 << 20)
for path in ("kkori_hostile_fill", "/tmp/kkori_hostile_fill", "/dev/shm/kkori_hostile_fill", "/var/tmp/kkori_hostile_fill"):
    try:
        with open(path, "wb") as f:
            for _ in range(2048):  # fuse: 2 GiB per path
                f.write(block)
        print(f"HOLE: wrote 2 GiB to {path}", file=sys.stderr)
    except OSError as e:
        print(f"refused {path}: {e}", file=sys.stderr)
print(0)
