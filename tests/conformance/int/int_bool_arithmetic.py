# bools act as 0 and 1 in int arithmetic, and results are plain ints
print(True + True, True - False, True * 7, -True, ~True, ~False, True << 3, True ** 10, 10 // True, 7 % True)
print(type(True + 1).__name__, type(True * 2).__name__, type(-True).__name__, type(+True).__name__, type(abs(True)).__name__)
print(int(True), int(False), float(True), divmod(True, 1), pow(True, 5), round(True))
print(sum([True, True, False]), max(False, True), min(True, 0) == 0)
try:
    1 // False
except ZeroDivisionError:
    print("ZeroDivisionError")
