# N-body: a made-up system of one star and four planets integrated with a symplectic Euler step; float
# arithmetic on lists of floats. Prints the total energy before and after.
# quick: 200
import sys

try:
    from math import sqrt
except ImportError:
    def sqrt(x):
        return x ** 0.5


def make_system():
    # [x, y, z, vx, vy, vz, mass]; units with G = 1, the star has mass 1.
    bodies = [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]]
    orbits = [(1.0, 0.002, 0.01), (1.7, 0.0007, -0.02), (2.9, 0.004, 0.03), (4.4, 0.0003, 0.015)]
    for k, (r, m, tilt) in enumerate(orbits):
        v = sqrt(1.0 / r)
        sign = 1.0 if k % 2 == 0 else -1.0
        bodies.append([sign * r, 0.1 * k, tilt * r, 0.05 * tilt, sign * v, 0.0, m])
    px = py = pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    star = bodies[0]
    star[3] = -px / star[6]
    star[4] = -py / star[6]
    star[5] = -pz / star[6]
    return bodies


def energy(bodies):
    e = 0.0
    count = len(bodies)
    for i in range(count):
        bi = bodies[i]
        e += 0.5 * bi[6] * (bi[3] * bi[3] + bi[4] * bi[4] + bi[5] * bi[5])
        for j in range(i + 1, count):
            bj = bodies[j]
            dx = bi[0] - bj[0]
            dy = bi[1] - bj[1]
            dz = bi[2] - bj[2]
            e -= bi[6] * bj[6] / sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for bi, bj in pairs:
            dx = bi[0] - bj[0]
            dy = bi[1] - bj[1]
            dz = bi[2] - bj[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * sqrt(d2))
            mi = bi[6] * mag
            mj = bj[6] * mag
            bi[3] -= dx * mj
            bi[4] -= dy * mj
            bi[5] -= dz * mj
            bj[3] += dx * mi
            bj[4] += dy * mi
            bj[5] += dz * mi
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def main(n):
    bodies = make_system()
    pairs = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    e0 = energy(bodies)
    advance(bodies, pairs, 0.001, n)
    e1 = energy(bodies)
    return e0, e1, bodies[1][0]


n = int(sys.argv[1]) if len(sys.argv) > 1 else 90000
e0, e1, x1 = main(n)
print("nbody", n, "%.9f" % e0, "%.9f" % e1, "%.6f" % x1)
