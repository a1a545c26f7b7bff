# min/max with key=, default= and several positional arguments
words = ["pear", "fig", "banana", "kiwi"]
print(min(words), max(words), min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(min([], default="empty"), max((), default=0), min([5], default=1), max(3, 1, 2, key=lambda x: -x))
print(min(3, 1.5, 2), max(-1, -2**70), min("b", "a"), max([1, 2], [1, 3]), min((2, "a"), (1, "b")))
print(max(range(10), key=lambda x: (x % 3, x)), min(iter([4, 2, 8])), max({1: "a", 5: "b", 3: "c"}))
for args, kw in [((), {}), (([],), {}), ((1,), {})]:
    try:
        min(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
