# chained comparisons of ints, bools and floats
print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2, 1 == 1.0 == True, 0 == False == 0.0, 2 >= 2 > 1 >= 1)
print(-1 < 0 <= 0 < 1, 5 != 5.0, 5 != 6 != 5, 1 < 2 > 1)
print(sorted([3, -1, 2.5, 0, -1.5]), max(3, 3.5, 2), min(-1, -1.5))
print([x for x in range(-3, 4) if -2 < x <= 2])
