# abs, min, max, sum, round and pow on floats mixed with ints
print(abs(-2.5), abs(2.5), abs(-0.0), abs(-(10 ** 20) * 1.0))
print(min([3.5, 2, 2.5]), max((1, 1.5, -3)), min(-1.0, -1), max(1, 1.0))
print(sum([0.5] * 8), sum((1, 2.5), 0.5), sum([1.5, -1.5]))
print(pow(2.5, 2), pow(-2, 3.0), pow(9.0, 0.5), divmod(7.5, 2), divmod(-7.5, 2))
print(round(7.5), round(8.5), round(-7.5), round(0.5), round(1.5), round(-2.5))
