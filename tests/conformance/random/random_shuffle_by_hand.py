import random

# a Fisher-Yates shuffle built on randrange keeps the multiset and is repeatable
def shuffle(items):
    for i in range(len(items) - 1, 0, -1):
        j = random.randrange(i + 1)
        items[i], items[j] = items[j], items[i]


random.seed(2024)
a = list(range(20))
shuffle(a)
random.seed(2024)
b = list(range(20))
shuffle(b)
print(a == b, sorted(a) == list(range(20)), a != list(range(20)))
