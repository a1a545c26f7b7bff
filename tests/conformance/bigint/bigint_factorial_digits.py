# exact big products: factorials and their digit sums
f = 1
for i in range(1, 101):
    f *= i
    if i % 20 == 0:
        print(i, len(str(f)), sum(int(c) for c in str(f)), f % 1000003)
print(str(f)[:30], str(f)[-30:].count("0"))
