# iterating dicts: keys, items, nested dicts and comprehension filters
d = {"one": 1, "two": 2, "three": 3, "four": 4}
print([k for k in d], [v for v in d.values() if v % 2 == 0])
print({k: v for k, v in d.items() if len(k) > 3})
inv = {v: k for k, v in d.items()}
print(inv)
nested = {"a": {"x": 1}, "b": {"y": 2, "z": 3}}
print([(o, i) for o, inner in nested.items() for i in inner])
print(sum(len(v) for v in nested.values()), list(map(len, nested.values())))
print(list(zip(d, d.values())), dict(zip(d.values(), d)))
print(list(reversed(list(d))))
