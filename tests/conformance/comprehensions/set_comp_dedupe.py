# Using set comprehensions to deduplicate derived values.
words = ['Apple', 'apple', 'APPLE', 'Banana', 'banana', 'cherry']
unique = {w.lower() for w in words}
print(sorted(unique), len(unique))
first_letters = {w[0].lower() for w in words}
print(sorted(first_letters))
mods = {x % 7 for x in range(100)}
print(len(mods), sorted(mods))
emails = ['A@x.com', 'a@x.com', 'b@y.org', 'B@Y.org', 'c@z.net']
domains = {e.split('@')[1].lower() for e in emails}
print(sorted(domains))
print(len({e.lower() for e in emails}))
