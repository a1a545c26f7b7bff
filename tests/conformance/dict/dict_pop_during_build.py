# counting, grouping and removing keys with dict methods
words = "the cat and the hat and the bat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(groups)
for k in list(counts):
    if counts[k] == 1:
        del counts[k]
print(counts)
popped = []
while counts:
    popped.append(counts.popitem())
print(sorted(popped))
print(counts, len(counts))
