# arithmetic with inf, -inf and nan
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf, inf / inf)
print(nan + 1, nan * 0, nan == nan, nan < 1, nan > 1, nan != 1, max(1.0, 2.0), min(inf, 5))
print(inf > 10**400, -inf < -(10**400), inf == float("infinity"), -inf == float("-inf"))
print(sorted([3.0, -inf, inf, 0.0]), abs(-inf), -(-inf))
for f in [inf, -inf]:
    try:
        int(f)
    except OverflowError:
        print("OverflowError")
