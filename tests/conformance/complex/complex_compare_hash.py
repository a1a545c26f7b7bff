# equality of complex with ints and floats; ordering is not defined
print(1 + 0j == 1, 2.5 + 0j == 2.5, 1j == 1, 1j != 1j, complex(1, 0) == True, 0j == 0)
for a, b in [(1j, 2j), (1j, 1), (1, 1j)]:
    try:
        a < b
    except TypeError:
        print("TypeError")
print([1j, 2j].index(2j), 1j in [1, 2, 1j], [1 + 0j].count(1))
