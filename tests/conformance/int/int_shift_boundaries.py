# shifts around the machine-word and small-int boundaries
for n in [1, -1, 3, -3, 0x7fffffff, -0x80000000]:
    print([n << k for k in (0, 1, 29, 30, 31, 32, 61, 62, 63, 64, 65)])
for n in [2**62, -2**62, 2**64 + 5, -(2**70) - 3]:
    print([n >> k for k in (0, 1, 31, 32, 62, 63, 64, 100)])
print(-1 >> 1000, 1 >> 1000, 0 << 1000, -5 >> 1, -5 // 2)
for n, k in [(1, -1), (2**70, -2)]:
    try:
        n << k
    except ValueError:
        print("ValueError")
