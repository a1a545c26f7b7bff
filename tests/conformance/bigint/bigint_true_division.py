# true division of big ints gives the correctly rounded float
print(2**100 / 2**99, 10**30 / 10**10, 10**22 / 10, (2**70 + 1) / 2**70, 1 / 2**70 * 2**70)
print(10**400 // 10**399, 10**22 / 10**21)
print([(2**k + 1) / 2**k for k in (10, 30, 52, 53, 60)])
try:
    2**100 / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
