# Reaches for the network: TCP, UDP, netlink, abstract AF_UNIX and AF_VSOCK (only seccomp can stop
# vsock). The first forbidden socket() should kill it (SV); a refusal is fine; success is a HOLE.
import socket, sys

def attempt(name, make):
    try:
        s = make()
        print(f"HOLE: {name} socket created", file=sys.stderr)
        s.close()
    except OSError as e:
        print(f"refused {name}: {e}", file=sys.stderr)

attempt("abstract unix", lambda: socket.socket(socket.AF_UNIX, socket.SOCK_STREAM))
attempt("vsock", lambda: socket.socket(40, socket.SOCK_STREAM))
attempt("tcp", lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM))
attempt("udp6", lambda: socket.socket(socket.AF_INET6, socket.SOCK_DGRAM))
attempt("netlink", lambda: socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 0))
print(-1)
