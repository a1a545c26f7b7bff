# inf and nan behaviour.
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan)
print(inf > 1e308, -inf < -1e308)
print(inf + 1, inf * 2, -inf * -1)
print(inf - inf, inf * 0)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(inf == inf, inf == float('inf'))
print(1 / inf, -1 / inf)
print(float('-inf'), float('Infinity'), float('NaN'))
x = nan
print(x == x, x is x)
print(max(1.0, inf), min(-inf, 0))
