# min/max with one iterable, many args, key, default and empty input
print(min(3, 1, 2), max(3, 1, 2), min([5]), max("hello"), min((2, 1), (1, 9)))
print(max([-1, -5], key=abs), min(["bb", "a", "ccc"], key=len), max(range(10), key=lambda x: -x))
print(min([], default="none"), max((), default=0), max([7], default=0))
for call in (lambda: min([]), lambda: max(()), lambda: max("")):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
try:
    max(1, "a")
except TypeError:
    print("TypeError mixed")
print(max(2**64, 3.0), min(-2**64, -1), max(True, 0) == 1)
