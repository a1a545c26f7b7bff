# infinities and nan through every formatting path
inf = float("inf")
nan = float("nan")
for v in [inf, -inf, nan]:
    print(str(v), repr(v), "%f %e %g" % (v, v, v), format(v, "10.2f"), format(v, "<8"), "{:^9.3e}|".format(v))
print(str(inf * 0), str(-inf + inf), inf == inf, nan != nan, inf > 1e308, -inf < -1e308)
