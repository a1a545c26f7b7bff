# Several if clauses and nested loops with conditions at each level.
print([x for x in range(50) if x % 2 == 0 if x % 3 == 0 if x % 5 == 0])
print([(a, b) for a in range(5) if a % 2 for b in range(5) if b > a])
print([x for x in range(30) if x % 2 == 0 and x % 7 == 0 or x == 1])
def prime(n):
    return n > 1 and all(n % d for d in range(2, n))
print([n for n in range(40) if prime(n) if n % 10 == 3])
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'pi']
print([w for w in words if len(w) > 2 if 'a' in w if not w.startswith('a')])
print([(w, n) for w in words if len(w) == 5 for n in range(len(w)) if w[n] == 'a'])
print(sorted({c for w in words if len(w) < 5 for c in w if c not in 'aeiou'}))
print([n for n in range(100) if n % 3 == 0 if n % 5 == 0 if n > 0])
