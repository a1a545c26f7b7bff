# Multi-character operator tokens.
a = 5
a += 1; print(a)
a -= 2; print(a)
a *= 3; print(a)
a //= 5; print(a)
a **= 3; print(a)
a %= 5; print(a)
a <<= 4; print(a)
a >>= 2; print(a)
a |= 1; print(a)
a &= 6; print(a)
a ^= 3; print(a)
b = 7.0
b /= 2; print(b)
print(1 != 2, 1 <= 1, 2 >= 3, 1 == 1)
print(2**3**2, (2**3)**2)
print(1<2<3, 3>2>1)
print(-~5, ~-5, - -5, +-5)
