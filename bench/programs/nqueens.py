# N-queens: counts all placements of n non-attacking queens by backtracking over rows with lists of
# occupied columns and diagonals (recursion, list indexing and stores, small-int arithmetic).
# quick: 6
import sys


def solve(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    first_cols = [0] * n

    def place(row):
        if row == n:
            return 1
        found = 0
        for c in range(n):
            d1 = row + c
            d2 = row - c + n
            if not cols[c] and not diag1[d1] and not diag2[d2]:
                cols[c] = diag1[d1] = diag2[d2] = True
                k = place(row + 1)
                if row == 0:
                    first_cols[c] = k
                found += k
                cols[c] = diag1[d1] = diag2[d2] = False
        return found

    return place(0), first_cols


def main(n):
    total, firsts = solve(n)
    small = [solve(k)[0] for k in range(4, min(n, 8))]
    return total, firsts, small


n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
total, firsts, small = main(n)
print("nqueens", n, total, firsts, small)
