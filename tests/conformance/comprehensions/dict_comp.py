# Dict comprehensions (printed sorted: MicroPython's dict order differs).
squares = {x: x * x for x in range(5)}
print(sorted(squares.items()))
inverted = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(sorted(inverted.items()))
lengths = {w: len(w) for w in ['hi', 'hello', 'hi']}
print(sorted(lengths.items()))
evens = {x: 'even' for x in range(10) if x % 2 == 0}
print(sorted(evens))
pairs = {(a, b): a * b for a in range(3) for b in range(3) if a < b}
print(sorted(pairs.items()))
last_wins = {k % 3: k for k in range(10)}
print(sorted(last_wins.items()))
