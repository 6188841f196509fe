# Looks for the answers and for host secrets. If it finds the answer it prints it, so a leaky
# judge says AC; every finding is a LEAK: line.
import glob, os, sys

def leak(what):
    print(f"LEAK: {what}", file=sys.stderr)

try:
    target = os.readlink("/proc/self/fd/0")
    if not target.startswith("pipe:"):
        leak(f"stdin is a file: {target}")
    if target.endswith(".in") and os.path.exists(target[:-3] + ".ans"):
        print(open(target[:-3] + ".ans").read().strip())
        sys.exit(0)
except OSError:
    pass
for pattern in ("/*.ans", "/*/*.ans", "/*/*/*.ans", "/box/**/*.ans", "/tmp/**/*.ans"):
    for p in glob.glob(pattern, recursive=True)[:3]:
        leak(f"answer file {p}")
for p in ("/etc/shadow", "/etc/passwd", "/root/.bash_history", "/work", "/home"):
    if os.path.exists(p):
        leak(f"host path visible: {p}")
for pid in ("1", str(os.getppid())):
    try:
        env = open(f"/proc/{pid}/environ", "rb").read()
        if env.strip(b"\0"):
            leak(f"/proc/{pid}/environ: {env[:60]!r}")
    except OSError:
        pass
    try:
        cmd = open(f"/proc/{pid}/cmdline", "rb").read()
        if b"kkori" in cmd.replace(b"kkori-box-init", b"") or b"judge" in cmd:
            leak(f"/proc/{pid}/cmdline shows the judge: {cmd[:60]!r}")
    except OSError:
        pass
# CPython sets LC_CTYPE itself when it starts in the C locale (PEP 538); anything else came in.
extra = sorted(k for k in os.environ if k != "LC_CTYPE")
if extra:
    leak(f"environment not empty: {extra}")
print(-1)
