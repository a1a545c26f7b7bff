# Comprehensions give the same results as map and filter.
data = [5, -2, 7, 0, -9, 3]
print([x * 2 for x in data] == list(map(lambda x: x * 2, data)))
print([x for x in data if x > 0] == list(filter(lambda x: x > 0, data)))
print([abs(x) for x in data], list(map(abs, data)))
print(list(filter(None, data)), [x for x in data if x])
print(list(map(lambda a, b: a + b, [1, 2], [10, 20])), [a + b for a, b in zip([1, 2], [10, 20])])
words = ['Apple', 'bob', 'Cat']
print([w.lower() for w in words] == list(map(str.lower, words)))
print([w for w in words if w[0].isupper()], list(filter(lambda w: w[0].isupper(), words)))
print(list(map(lambda w: len(w), filter(lambda w: 'a' in w.lower(), words))))
print([len(w) for w in words if 'a' in w.lower()])
