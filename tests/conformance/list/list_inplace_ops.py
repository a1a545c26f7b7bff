# += extends in place from any iterable, *= repeats in place; + only takes lists
l = [1, 2]
alias = l
l += (3, 4)
l += "ab"
l += range(5, 7)
l += (x * 10 for x in range(2))
l += {"k": 0}
print(l, alias is l)
l *= 2
print(len(alias), alias[:4], alias is l)
l *= 0
print(alias, l is alias)
r = [0]
r *= -3
print(r)
try:
    [1] + (2,)
except TypeError:
    print("TypeError list + tuple")
try:
    x = [1]
    x += 5
except TypeError:
    print("TypeError += int")
try:
    y = [1]
    y *= 1.5
except TypeError:
    print("TypeError *= float")
n = [[0]] * 3
n[0].append(1)
print(n)
