import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    left, right = [], []  # right is stored reversed: right[-1] is the char just after the cursor
    undo, redo = [], []   # entries: (op, char) with char the inserted/deleted char or None

    def apply(op, ch):
        """Executes op and returns what undo needs (the deleted char for B, or None if no effect)."""
        if op == "L":
            if left:
                right.append(left.pop())
                return True
            return None
        if op == "R":
            if right:
                left.append(right.pop())
                return True
            return None
        if op == "B":
            return left.pop() if left else None
        left.append(ch)  # I
        return True

    def revert(op, ch, eff):
        if eff is None:
            return
        if op == "L":
            left.append(right.pop())
        elif op == "R":
            right.append(left.pop())
        elif op == "B":
            left.append(eff)
        else:
            left.pop()

    pos = 1
    for _ in range(n):
        op = data[pos].decode()
        pos += 1
        if op == "I":
            ch = data[pos].decode()
            pos += 1
        else:
            ch = None
        if op == "U":
            if undo:
                o, c, eff = undo.pop()
                revert(o, c, eff)
                redo.append((o, c))
        elif op == "Y":
            if redo:
                o, c = redo.pop()
                undo.append((o, c, apply(o, c)))
        else:
            redo.clear()
            undo.append((op, ch, apply(op, ch)))
    text = "".join(left) + "".join(reversed(right))
    print(text if text else "(empty)")


main()
