# Repetition of strings with zero, negative, bool and large counts
for n in (-5, -1, 0, 1, 2, 5, True, False):
    print(n, repr("ab" * n), repr(n * "x"), len("xyz" * n))
s = "-" * 1000
print(len(s), s.count("-"), s[:5])
print("" * 100 == "", ("a" * 3) * 3 == "a" * 9)
for n in (1.0, "2", None):
    try:
        print("ab" * n)
    except TypeError as e:
        print(type(n).__name__, type(e).__name__)
t = "ab"
t *= 3
print(t)
