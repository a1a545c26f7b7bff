# Chaos game: an iterated function system (a fern-like set of four affine maps chosen with fixed
# probabilities by a hand-written linear congruential generator) plotted into a grid of counters.
# Float arithmetic, tuple unpacking and list indexing; prints a checksum of the grid.
# quick: 2000
import sys

MAPS = [
    # (cumulative weight out of 100, a, b, c, d, e, f): x' = a x + b y + e, y' = c x + d y + f
    (2, 0.0, 0.0, 0.0, 0.17, 0.0, 0.0),
    (84, 0.84, 0.05, -0.05, 0.84, 0.0, 1.5),
    (92, 0.21, -0.25, 0.24, 0.22, 0.0, 1.6),
    (100, -0.16, 0.27, 0.25, 0.23, 0.0, 0.45),
]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next100(self):
        self.state = (self.state * 214013 + 2531011) & 0x7FFFFFFF
        return (self.state >> 16) % 100


def play(points, width, height):
    grid = [[0] * width for _ in range(height)]
    rng = Lcg(20240601)
    x = 0.0
    y = 0.0
    for _ in range(points):
        r = rng.next100()
        for m in MAPS:
            if r < m[0]:
                _, a, b, c, d, e, f = m
                break
        x, y = a * x + b * y + e, c * x + d * y + f
        col = int((x + 3.0) * width / 6.0)
        row = int(y * height / 10.5)
        if 0 <= col < width and 0 <= row < height:
            grid[row][col] += 1
    return grid


def main(n):
    grid = play(n, 64, 96)
    filled = 0
    check = 0
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v:
                filled += 1
                check = (check * 131 + v * (r + 1) + c) & 0xFFFFFFFF
    return filled, check, max(max(row) for row in grid)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 800000
print("chaos", n, *main(n))
