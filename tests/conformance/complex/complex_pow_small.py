# Integer powers of complex numbers with exact results
for z in (1j, -1j, 1 + 1j, 2 + 0j, -1 + 0j):
    print(z, [z ** n for n in range(5)])
print((1 + 1j) ** 2 == 2j, 1j ** 4 == 1, (2j) ** 2)
try:
    print(0j ** -2)
except ZeroDivisionError as e:
    print(type(e).__name__)
print(0j ** 0, (3 + 4j) ** 1)
