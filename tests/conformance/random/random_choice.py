import random

random.seed(3)
seq = ["a", "b", "c", "d"]
print(sorted(set(random.choice(seq) for _ in range(200))))
print(sorted(set(random.choice("xyz") for _ in range(200))))
print(sorted(set(random.choice((1, 2)) for _ in range(100))))
print(sorted(set(random.choice(range(10, 13)) for _ in range(100))))
print(random.choice([None]), random.choice(b"A"))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10


print(sorted(set(random.choice(Seq()) for _ in range(100))))
