# A tiny ray tracer: spheres and a floor plane, one point light with shadows, diffuse and specular-ish
# shading and one reflection bounce, rendered to an n x n image of 0..255 grey levels. Vector maths with a
# small class and floats; prints a checksum of the pixel values.
# quick: 12
import sys

try:
    from math import sqrt
except ImportError:
    def sqrt(x):
        return x ** 0.5


class V:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return V(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return V(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return V(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def unit(self):
        return self.scale(1.0 / sqrt(self.dot(self)))


class Sphere:
    def __init__(self, centre, radius, shade, mirror):
        self.centre = centre
        self.r2 = radius * radius
        self.shade = shade
        self.mirror = mirror

    def hit(self, origin, direction):
        oc = origin.sub(self.centre)
        b = oc.dot(direction)
        c = oc.dot(oc) - self.r2
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        s = sqrt(disc)
        t = -b - s
        if t > 1e-6:
            return t
        t = -b + s
        if t > 1e-6:
            return t
        return -1.0

    def normal(self, p):
        return p.sub(self.centre).unit()


class Floor:
    def __init__(self, height):
        self.height = height
        self.mirror = 0.25

    def hit(self, origin, direction):
        if -1e-9 < direction.y < 1e-9:
            return -1.0
        t = (self.height - origin.y) / direction.y
        return t if t > 1e-6 else -1.0

    def normal(self, p):
        return V(0.0, 1.0, 0.0)

    def shade_at(self, p):
        return 0.9 if (int(p.x + 1000.0) + int(p.z + 1000.0)) & 1 else 0.3


SCENE = [
    Sphere(V(0.0, 1.0, 6.0), 1.0, 0.8, 0.3),
    Sphere(V(-2.2, 0.7, 7.5), 0.7, 0.6, 0.0),
    Sphere(V(1.9, 0.5, 4.8), 0.5, 0.95, 0.5),
    Floor(0.0),
]
LIGHT = V(-4.0, 6.0, 1.0)


def closest(origin, direction):
    best = None
    best_t = 1e30
    for obj in SCENE:
        t = obj.hit(origin, direction)
        if 0.0 < t < best_t:
            best_t = t
            best = obj
    return best, best_t


def trace(origin, direction, depth):
    obj, t = closest(origin, direction)
    if obj is None:
        return 0.1 + 0.2 * direction.y if direction.y > 0.0 else 0.1
    p = origin.add(direction.scale(t))
    n = obj.normal(p)
    base = obj.shade_at(p) if isinstance(obj, Floor) else obj.shade
    to_light = LIGHT.sub(p)
    dist2 = to_light.dot(to_light)
    l = to_light.unit()
    lit = n.dot(l)
    if lit > 0.0:
        blocker, bt = closest(p, l)
        if blocker is not None and bt * bt < dist2:
            lit *= 0.2
    else:
        lit = 0.0
    colour = base * (0.15 + 0.85 * lit)
    if obj.mirror > 0.0 and depth < 2:
        r = direction.sub(n.scale(2.0 * direction.dot(n)))
        colour = colour * (1.0 - obj.mirror) + obj.mirror * trace(p, r, depth + 1)
    return colour


def render(size):
    eye = V(0.0, 1.2, 0.0)
    total = 0
    histogram = [0] * 8
    for py in range(size):
        for px in range(size):
            d = V((px - size / 2.0) / size, (size / 2.0 - py) / size - 0.1, 1.0).unit()
            c = trace(eye, d, 0)
            level = int(c * 255.0)
            if level > 255:
                level = 255
            total = (total * 31 + level) & 0xFFFFFFFF
            histogram[level >> 5] += 1
    return total, histogram


n = int(sys.argv[1]) if len(sys.argv) > 1 else 260
total, hist = render(n)
print("raytrace", n, total, *hist)
