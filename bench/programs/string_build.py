# String building and formatting: += concatenation, str.join, %-formatting, str.format, f-strings, str(),
# slicing and a few common str methods.
# quick: 300
import sys


def by_concat(n):
    # Grows strings of up to ~4 KB with +=, then joins the pieces.
    pieces = []
    s = ""
    for i in range(n):
        s += str(i & 63)
        s += ","
        if len(s) > 4000:
            pieces.append(s)
            s = ""
    pieces.append(s)
    return "".join(pieces)


def by_join(n):
    parts = []
    for i in range(n):
        parts.append("item" + str(i))
    return "|".join(parts)


def by_percent(n):
    out = []
    for i in range(n):
        out.append("%d:%s:%5d:%x" % (i, "ab", i * 3, i))
    return "".join(out)


def by_format(n):
    out = []
    for i in range(n):
        out.append("{}-{:>6}-{:<4}-{:03d}".format(i, "xy", i & 15, i % 1000))
    return "".join(out)


def by_fstring(n):
    out = []
    for i in range(n):
        name = "k" + str(i % 7)
        out.append(f"{name}={i * 2}/{i % 13:02d};")
    return "".join(out)


def methods(s):
    u = s.upper()
    words = s.split(",")
    r = s.replace("1", "one")
    return len(u) + len(words) + len(r) + s.count("3") + s.find("99") + (1 if u.startswith("0") else 0)


def digest(s):
    h = len(s)
    for k in range(0, len(s), 97):
        h = (h * 131 + ord(s[k])) & 0xFFFFFFF
    return h


def main(n):
    total = 0
    for rnd in range(4):
        a = by_concat(n)
        b = by_join(n)
        c = by_percent(n)
        d = by_format(n)
        e = by_fstring(n)
        total += digest(a) + digest(b) + digest(c) + digest(d) + digest(e)
        total += methods(a) + methods(b[: n * 2])
        total += len(a[rnd:-rnd - 1]) + len(c[5:-5])
    return total & 0xFFFFFFFFFFFF


n = int(sys.argv[1]) if len(sys.argv) > 1 else 55000
print("string_build", n, main(n))
