# Slices with bounds far outside the sequence on list, tuple, str, bytes, bytearray and range
seqs = [list(range(5)), tuple(range(5)), "abcde", b"abcde", bytearray(b"abcde"), range(5)]
for seq in seqs:
    print(type(seq).__name__, seq[-10**9:10**9], seq[10**9:], seq[:-10**9], seq[-10**18:2], seq[3:10**18], len(seq[-1000:1000]))
l = list(range(5))
l[10**9:] = [5]
l[:-10**9] = [-1]
print(l)
del l[-10**9:1]
del l[10**9:]
print(l)
