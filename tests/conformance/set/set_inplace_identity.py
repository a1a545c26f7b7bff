# |= &= -= ^= change a set in place (every alias sees it); on a frozenset they rebind the name
s = {1, 2, 3}
alias = s
s |= {4, 5}
s &= {1, 2, 4, 5, 6}
s -= {1}
s ^= {2, 7}
print(sorted(alias), alias is s)
f = frozenset([1, 2])
fa = f
f |= {3}
print(sorted(f), sorted(fa), f is fa, type(f).__name__)
s |= frozenset([9])
print(sorted(alias), type(s).__name__)
for bad in ([1], "ab", 5):
    try:
        t = {1}
        t |= bad
    except TypeError:
        print("TypeError |=", type(bad).__name__)
