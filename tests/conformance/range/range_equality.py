# ranges compare equal by the sequence they produce
print(range(0) == range(5, 2), range(0, 3) == range(3), range(0, 5, 2) == range(0, 6, 2))
print(range(1, 2) == range(1, 3), range(3) != range(4), range(3) == [0, 1, 2])
print(range(0, 10, 3) == range(0, 11, 3), range(0, 10, 3) == range(0, 12, 3))
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), list(reversed(range(0))))
print(bool(range(0)), bool(range(1)), sum(range(101)), max(range(-5, 5)), min(range(7, 2, -1)))
