# any() and all() short-circuit.
print(any([]), all([]))
print(any([0, 0, 1]), all([1, 1, 0]), all([1, 2, 3]), any([0, '', None]))
print(any('abc'), all(''), all([[]]), any([[]]))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in [1, 3, 5]), seen)
seen.clear()
print(all(check(x) for x in [3, 1, 5]), seen)
print(all(x % 2 == 0 for x in range(0, 10, 2)))
