# Unary operations and abs on big ints
for v in (2 ** 70, -(2 ** 70), 10 ** 25 + 1, -(3 ** 45)):
    print(-v, +v, abs(v), ~v, -(-v) == v, ~~v == v, abs(v) >= 0, bool(v))
print(-(2 ** 63) == -2 ** 63, abs(-(2 ** 64)) - 2 ** 64)
