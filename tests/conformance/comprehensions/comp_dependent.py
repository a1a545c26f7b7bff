# Inner clauses may depend on outer loop variables.
print([(i, j) for i in range(4) for j in range(i, 4) if (i + j) % 3 == 0])
words = ['ab', 'cde']
print([c for w in words for c in w])
print([w[:n] for w in words for n in range(1, len(w) + 1)])
triples = [(a, b, c) for c in range(1, 20) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
tri = [[j for j in range(i + 1)] for i in range(4)]
print(tri)
print([x for row in tri for x in row if x == len(row) - 1])
letters = 'abc'
print([a + b for i, a in enumerate(letters) for b in letters[i + 1:]])
