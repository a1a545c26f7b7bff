# round(int, ndigits): negative ndigits rounds to tens, hundreds... with ties to even
for n in [0, 5, 15, 25, 35, -5, -15, -25, 149, 150, 151, 250, 350, -250, 1234567, -1234567, 10**20 + 5 * 10**9]:
    print(n, round(n, -1), round(n, -2), round(n, -3), round(n, -10), round(n, 0), round(n, 3))
print(type(round(15, -1)).__name__, round(5, -100), round(-5, -1), round(2**70, -20))
