# += and *= on strings make new objects: other names still see the old value
s = "ab"
alias = s
s += "cd"
print(s, alias, s is alias)
s *= 2
print(s, alias)
t = "x"
for i in range(5):
    t += str(i)
print(t, len(t))
u = ""
for i in range(300):
    u += "y"
print(len(u), u == "y" * 300)
big = "z" * 1000
view = big
big += "!"
print(len(big), len(view), big[-2:], view[-1])
for n in (0, -1, 1, 3):
    r = "ab"
    r *= n
    print(n, repr(r))
try:
    q = "a"
    q += 1
except TypeError:
    print("TypeError +=")
try:
    q = "a"
    q *= "b"
except TypeError:
    print("TypeError *=")
