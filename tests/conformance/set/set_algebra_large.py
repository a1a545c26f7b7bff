# Set algebra on sets large enough to grow their tables several times, with int, str and tuple elements:
# results (sizes, sums, sorted contents), their types, and that the operands are left unchanged.


def check(name, s):
    print(name, type(s).__name__, len(s), sorted(s)[:4], sorted(s)[-2:])


evens = {i * 2 for i in range(3000)}
threes = set(range(0, 9000, 3))
check("or", evens | threes)
check("and", evens & threes)
check("sub", evens - threes)
check("rsub", threes - evens)
check("xor", evens ^ threes)
check("union", evens.union(threes, [1, 3]))
check("inter", threes.intersection(evens))
print(len(evens), len(threes), sum(evens & threes) % 100003)
print((evens & threes) <= evens, (evens & threes) < threes, evens.isdisjoint(threes), {1, 3}.isdisjoint(evens))
print((evens - threes).issubset(evens), evens >= (evens - threes), evens == (evens | (evens & threes)))

words = {"w" + str(i % 700) for i in range(2000)}
other = {"w" + str(i) for i in range(500, 1200)}
check("s-or", words | other)
check("s-and", words & other)
check("s-sub", words - other)
check("s-xor", words ^ other)

pairs = {(i % 40, i % 7) for i in range(500)}
more = {(i % 13, i % 7) for i in range(300)}
check("t-and", pairs & more)
check("t-xor", pairs ^ more)

f = frozenset(range(100))
check("f-or", f | set(range(50, 200)))
check("f-and", f & {1, 2, 500})
check("mixed", set(range(100)) - f)
print(hash(f & frozenset(range(10))) == hash(frozenset(range(10))))

acc = set()
for k in range(5):
    acc |= set(range(k * 1000, k * 1000 + 1500))
    acc ^= {k, -k - 1}
print(len(acc), min(acc), max(acc))

# Equal values of different types are one element: the first one added stays.
print(sorted({1, 2} | {1.0, True, 2.0}), len({1.0} & {1}))
