# Operations complex numbers do not support raise TypeError; division by zero
z = 1 + 2j
ops = [("<", lambda: z < z), (">=", lambda: z >= 1), ("//", lambda: z // 2),
       ("%", lambda: z % 2), ("int", lambda: int(z)), ("float", lambda: float(z)),
       ("&", lambda: z & 1), ("round", lambda: round(z))]
for name, f in ops:
    try:
        print(name, f())
    except TypeError as e:
        print(name, type(e).__name__)
for d in (0, 0.0, 0j):
    try:
        print(z / d)
    except ZeroDivisionError as e:
        print(repr(d), type(e).__name__)
try:
    print(0j ** -1)
except ZeroDivisionError as e:
    print("pow", type(e).__name__)
print(z == "1+2j", z != None, z in [1 + 2j], bool(0j), bool(1j))
