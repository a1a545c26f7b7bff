# join over various iterables and separators, and its errors
print("-".join(["a", "b", "c"]), "".join(("x", "y")), ", ".join(iter(["p", "q"])))
print("+".join("abc"), "|".join(str(i) for i in range(5)), "é".join(["a", "b"]))
print(",".join({"k": 1, "j": 2}), "".join([]), "ab".join(["", ""]))
print("x".join(["one"]), repr(" ".join(["", "", ""])))
for bad in ([1, 2], ["a", None], [b"a"], 5):
    try:
        print(",".join(bad))
    except TypeError as e:
        print(type(e).__name__)
