# Sudoku: puzzles made by shuffling a valid grid (digit relabelling, row/column swaps inside bands and
# stacks) and blanking cells with a linear congruential generator, solved by depth-first search on the
# cell with the fewest candidates, using bit masks. Recursion, list indexing and bit operations.
# quick: 2
import sys

ROW = [i // 9 for i in range(81)]
COL = [i % 9 for i in range(81)]
BOX = [(i // 27) * 3 + (i % 9) // 3 for i in range(81)]
BITS = [bin(m).count("1") for m in range(512)]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, k):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 12) % k


def make_puzzle(rng, clues):
    digits = list(range(1, 10))
    for i in range(8, 0, -1):
        j = rng.below(i + 1)
        digits[i], digits[j] = digits[j], digits[i]
    grid = [digits[(r * 3 + r // 3 + c) % 9] for r in range(9) for c in range(9)]
    for band in range(3):
        a = band * 3 + rng.below(3)
        b = band * 3 + rng.below(3)
        for c in range(9):
            grid[a * 9 + c], grid[b * 9 + c] = grid[b * 9 + c], grid[a * 9 + c]
        a = band * 3 + rng.below(3)
        b = band * 3 + rng.below(3)
        for r in range(9):
            grid[r * 9 + a], grid[r * 9 + b] = grid[r * 9 + b], grid[r * 9 + a]
    puzzle = grid[:]
    blank = 81 - clues
    while blank > 0:
        k = rng.below(81)
        if puzzle[k]:
            puzzle[k] = 0
            blank -= 1
    return puzzle


def solve(puzzle):
    cells = puzzle[:]
    rows = [0] * 9
    cols = [0] * 9
    boxes = [0] * 9
    empties = []
    for i in range(81):
        v = cells[i]
        if v:
            bit = 1 << v
            rows[ROW[i]] |= bit
            cols[COL[i]] |= bit
            boxes[BOX[i]] |= bit
        else:
            empties.append(i)
    nodes = [0]

    def search():
        best = -1
        best_count = 10
        best_free = 0
        for i in empties:
            if cells[i]:
                continue
            free = ~(rows[ROW[i]] | cols[COL[i]] | boxes[BOX[i]]) & 0x3FE
            count = BITS[free >> 1]
            if count < best_count:
                if count == 0:
                    return False
                best, best_count, best_free = i, count, free
        if best < 0:
            return True
        r, c, b = ROW[best], COL[best], BOX[best]
        for v in range(1, 10):
            bit = 1 << v
            if best_free & bit:
                nodes[0] += 1
                cells[best] = v
                rows[r] |= bit
                cols[c] |= bit
                boxes[b] |= bit
                if search():
                    return True
                rows[r] &= ~bit
                cols[c] &= ~bit
                boxes[b] &= ~bit
        cells[best] = 0
        return False

    ok = search()
    return ok, cells, nodes[0]


def valid(cells):
    for unit in range(9):
        r = set(cells[unit * 9 + k] for k in range(9))
        c = set(cells[k * 9 + unit] for k in range(9))
        if len(r) != 9 or len(c) != 9:
            return False
    return True


def main(n):
    rng = Lcg(7)
    solved = 0
    nodes = 0
    check = 0
    for p in range(n):
        puzzle = make_puzzle(rng, 22 + p % 5)
        ok, cells, k = solve(puzzle)
        if ok and valid(cells):
            solved += 1
        nodes += k
        for i in range(0, 81, 10):
            check = (check * 10 + cells[i]) % 1000000007
    return solved, nodes, check


n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
print("sudoku", n, *main(n))
