# __next__/__iter__ called explicitly on built-in iterators and generators (MicroPython lacks them: SKIP)
try:
    iter([]).__next__
except AttributeError:
    print('SKIP')
    raise SystemExit
for it in (iter([1, 2]), iter((3,)), iter('ab'), iter(range(2)), iter({5: 6}), iter(b'x'),
           zip([1], [2]), map(abs, [-1]), enumerate('q'), filter(None, [0, 7]), reversed([8, 9])):
    print(it.__iter__() is it, it.__next__(), list(it))
    try:
        it.__next__()
    except StopIteration:
        print('StopIteration')
def gen():
    yield 1
    return 'done'
g = gen()
print(g.__iter__() is g, g.__next__())
try:
    g.__next__()
except StopIteration as e:
    print('StopIteration', e.value)
