# The | and |= operators (PEP 584): right operand wins, |= updates in place
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = a | b
print(sorted(c.items()), sorted(a.items()), c is not a)
print(sorted((b | a).items()), sorted((a | {}).items()), {} | {} == {})
alias = a
a |= b
print(sorted(alias.items()), alias is a)
a |= {"w": 0}
print(sorted(alias))
for bad in ([("k", 1)], 1, None):
    try:
        a | bad
    except TypeError:
        print("TypeError |", type(bad).__name__)
