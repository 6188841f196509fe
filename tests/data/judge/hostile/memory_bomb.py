# Grows a list of 16 MiB byte strings (each touched).
blocks = []
for _ in range(512):
    blocks.append(b"x" * (16 << 20))
print(len(blocks))
