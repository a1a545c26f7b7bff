# Empty inputs and larger ranges.
print([x for x in range(0)], {x for x in ''} == set(), {k: 1 for k in []})
big = [x * x for x in range(1000)]
print(len(big), big[-1], sum(big))
print(len({x % 97 for x in range(10000)}))
print(sum(1 for _ in range(5000)))
print([[] for _ in range(2)], [x for x in [[]] if x])
print(sum([i for i in range(100000) if i % 1000 == 0]))
nested = [[i * j for j in range(50)] for i in range(50)]
print(len(nested), sum(map(sum, nested)))
print({i: i for i in range(500)}[499], len({i % 10: i for i in range(500)}))
