# Loop variables live in the enclosing scope after the loop.
for i in range(3):
    pass
print(i)
def f():
    for j in 'abc':
        pass
    return j
print(f())
k = 'before'
for k in []:
    pass
print(k)
while True:
    w = 'bound in while'
    break
print(w)
if True:
    z = 'bound in if'
print(z)
