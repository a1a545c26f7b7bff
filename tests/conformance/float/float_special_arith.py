# Arithmetic with inf and nan
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf == inf - inf, -inf * 2, inf * -1, 1 / inf, -1 / inf)
print(inf > 10 ** 30, -inf < -(10 ** 30), inf == inf, nan == nan, nan != nan)
print(nan < 1, nan > 1, nan == 1, inf * 0 != inf * 0)
print(abs(-inf), -(-inf), max(1.0, inf), min(-inf, 0))
print(float("INF"), float("-Infinity"), float("nan") != float("nan"))
print(str(inf), repr(-inf), str(nan))
x = inf
x -= inf
print(x != x)
print([v == v for v in (1.0, inf, nan, -inf)])
print(int(1e15), 1e15 + 1 > 1e15)
