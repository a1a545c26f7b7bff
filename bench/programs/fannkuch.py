# Fannkuch: for every permutation of 0..n-1, repeatedly reverse the prefix whose length is given by the first
# element until it is 0; reports the maximum number of reversals and a signed checksum. List slicing,
# slice assignment and small-int loops.
# quick: 6
import sys


def flips_of(perm):
    p = perm[:]
    flips = 0
    k = p[0]
    while k:
        p[:k + 1] = p[k::-1]
        flips += 1
        k = p[0]
    return flips


def fannkuch(n):
    perm = list(range(n))
    count = list(range(1, n + 1))
    best = 0
    checksum = 0
    index = 0
    while True:
        if perm[0]:
            f = flips_of(perm)
            if f > best:
                best = f
            checksum += f if index % 2 == 0 else -f
        index += 1
        # Next permutation: rotate the first r+1 elements left, for the smallest r whose counter is not spent.
        r = 1
        while True:
            if r == n:
                return best, checksum, index
            first = perm[0]
            perm[:r] = perm[1:r + 1]
            perm[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            count[r] = r + 1
            r += 1


n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
print("fannkuch", n, *fannkuch(n))
