# Expressions and calls spread over several lines inside brackets.
data = {
    'a': [
        1, 2,
        3,
    ],
}
print(data['a'])
def f(a,
      b,
      c=3,
      ):
    return a + b + c
print(f(
    1,
    2,
))
t = (
    1,
)
print(t, len(t))
s = [x
     for x in range(5)
     if x % 2]
print(s)
print((
    'a'
    'b'
))
