# map/filter with several iterables, None predicate, laziness
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2, 9])), list(map(str, ())))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
calls = []
def tap(x):
    calls.append(x)
    return x * 10
m = map(tap, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
for bad in (lambda: map(abs, 1), lambda: filter(None, 5)):
    try:
        bad()
    except TypeError:
        print("TypeError")
try:
    list(map(abs, ["x"]))
except TypeError:
    print("TypeError inside")
print(list(map(lambda a, b: a + b, "ab", "cd")))
