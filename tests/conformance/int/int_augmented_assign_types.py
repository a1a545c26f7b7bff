# augmented assignment on ints produces new ints of the right kind
x = 10
for op in ["+=", "-=", "*=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
    y = x
    exec("y " + op + " 3")
    print(op, y)
z = 7
z /= 2
print(z, type(z).__name__)
z = 5
z += 2.5
print(z, type(z).__name__)
a = 2 ** 62
a *= 4
a //= 8
print(a)
