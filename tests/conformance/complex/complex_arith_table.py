# Complex addition, subtraction, multiplication and division with exact results
vals = [1 + 2j, -3 + 0.5j, 2j, 4 + 0j, -1 - 1j]
for a in vals:
    print(a, [a + b for b in vals], [a - b for b in vals])
for a in vals:
    print([a * b for b in vals])
print((1 + 2j) / (1 + 2j), (4 + 2j) / 2, (2j) / (1j), (3 + 4j) / (0 + 1j))
print(1j * 1j, (1 + 1j) ** 2, 2 * (1 + 1j), (1 + 1j) * 0.5)
print(1 + 1j == 1 + 1j, 1 + 0j == 1, 2j != 2, -(1 - 2j), +(3j))
