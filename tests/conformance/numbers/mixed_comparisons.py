# Comparisons across int, float, bool and big ints.
print(1 == 1.0, 1 < 1.5, 2 > 1.999, -1 < -0.5)
print(True == 1, False == 0, True > False, True < 2)
print(10**30 > 1e29, 10**30 < 1e31, -(10**30) < -1e29)
print(2**64 == 18446744073709551616.0)
print(0 == -0.0, 0.0 == -0)
print(1 != 1.0, 3 >= 3.0, 3 <= 2.5)
print(max(1, 2.5, 2), min(3, 2.0, 4))
print(1 < 2 < 3.5 < 4, 1 < 3 < 2)
print(None == 0, None != False, '1' == 1)
try:
    1 < 'a'
except TypeError:
    print('TypeError int < str')
try:
    None < 1
except TypeError:
    print('TypeError None < int')
