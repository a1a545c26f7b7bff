# LOAD_GLOBAL in warm loops while the globals and builtins they resolve to change.
import sys

counter = 10


def read_counter(n):
    return [counter for _ in range(n)]


print(read_counter(2))
counter = 11                              # rebinding a global
print(read_counter(2))
del counter                               # deleting it


def read_or_missing():
    try:
        return counter
    except NameError:
        return "missing"


print(read_or_missing(), read_or_missing())
counter = 12
print(read_or_missing())


def use_len(x):
    return len(x)


print(use_len("abc"), use_len([1]))
len = lambda x: -1                        # a global now shadows the builtin
print(use_len("abc"), use_len([1]))
del len                                   # and the builtin is visible again
print(use_len("abc"))

# Many new globals (the globals dict grows and its entries move) between runs of a warm site.
for i in range(40):
    globals()["g%d" % i] = i
print(read_counter(1), use_len("ab"), g39)
for i in range(0, 40, 2):
    del globals()["g%d" % i]
counter = 13
print(read_counter(1), use_len("abcd"), g39)


# The same code run against two different globals dicts.
src = "def f():\n    return value\n"
ns1 = {"value": 1}
ns2 = {"value": 2}
exec(src, ns1)
exec(src, ns2)
print(ns1["f"](), ns2["f"](), ns1["f"](), ns2["f"]())
ns1["value"] = 3
print(ns1["f"](), ns2["f"]())

# Module-level names (LOAD_NAME) in a loop.
total = 0
for k in range(5):
    total += k
    if k == 2:
        def helper():
            return 100
    if k > 2:
        total += helper()
print(total)
sys.stdout.write("done\n")
