# print() with sep and end, empty calls and non-string arguments
print()
print(1, 2, 3, sep="")
print("a", "b", sep=", ", end="!\n")
print(end="")
print("no newline", end=" ")
print("then this")
print(*[1, 2, 3], sep="-")
print(*[])
print(None, True, [1], (2,), {3: 4}, sep="|")
print("x", sep=None, end=None)
try:
    print("x", sep=1)
except TypeError:
    print("TypeError sep")
