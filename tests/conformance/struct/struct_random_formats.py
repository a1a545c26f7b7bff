# Deterministic pseudo-random formats (every prefix and code, repeat counts) packed, unpacked and packed into a
# buffer at an offset, checked against CPython.
import struct
seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
rng = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535), 'i': (-2**31, 2**31-1),
       'I': (0, 2**32-1), 'l': (-2**31, 2**31-1), 'L': (0, 2**32-1), 'q': (-2**63, 2**63-1), 'Q': (0, 2**64-1)}
for trial in range(400):
    prefix = '@<>!='[rnd(5)]
    fmt = prefix
    vals = []
    for k in range(rnd(5) + 1):
        code = 'bBhHiIlLqQfdexs?'[rnd(16)]
        n = rnd(3)
        fmt += (str(n) if n != 1 or rnd(2) else '') + code
        if code == 's':
            vals.append(bytes(rnd(256) for _ in range(rnd(4))))
        elif code == 'x':
            pass
        else:
            for _ in range(n):
                if code in 'fde':
                    vals.append(rnd(1000) / 8 - 60)
                elif code == '?':
                    vals.append(rnd(3))
                else:
                    lo, hi = rng[code]
                    vals.append(lo + (rnd(1 << 30) * (hi - lo) >> 30))
    try:
        p = struct.pack(fmt, *vals)
        u = struct.unpack(fmt, p)
        print(fmt, struct.calcsize(fmt), p.hex(), u)
        b = bytearray(len(p) + 3)
        struct.pack_into(fmt, b, 2, *vals)
        print(struct.unpack_from(fmt, b, 2) == u, b.hex())
    except Exception as e:
        print(fmt, type(e).__name__)
