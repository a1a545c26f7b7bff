# Tokenising numbers next to operators without spaces.
x=1;y=2
print(x+y,x-y,x*y)
print(3--3, 3-+3, 3+-3)
print(2**-1)
print(1e3+1, 1e-3*1000)
print(10//3, 10%3)
print([1,2,3][1], (4,5)[-1])
print(0x10+0b1, 0o7*2)
z = (1)+(2)
print(z)
print(1 if x else 2)
print(x if y else 0, y if not x else 0)
