# + and * on tuples build new tuples; += and *= rebind the name, leaving other names alone
t = (1, 2)
alias = t
t += (3,)
print(t, alias, t is alias)
t *= 2
print(t, alias)
print((1,) + (), () + (), (1, 2) * 3, 0 * (1, 2), (1,) * -5, (("a",),) * 2)
acc = ()
for i in range(4):
    acc += (i,)
print(acc, len(acc))
for bad in ([3], "s", None):
    try:
        (1,) + bad
    except TypeError:
        print("TypeError +", type(bad).__name__)
for bad in (1.5, "2", (2,)):
    try:
        (1,) * bad
    except TypeError:
        print("TypeError *", type(bad).__name__)
