# Explicit backslash line continuation and implicit continuation in brackets.
total = 1 + \
        2 + \
        3
print(total)
if total > 5 and \
   total < 10:
    print('in range')
values = [
    1,
    2,
    3,
]
print(values)
d = {
    'a': 1,
}
print(d)
result = max(
    4,
    9,
    2
)
print(result)
s = ('con'
     'tinued')
print(s)
x = (1
     + 2
     * 3)
print(x)
