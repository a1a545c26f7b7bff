# eval, exec and compile with explicit namespaces; exec returns None; code objects run repeatedly.
print(eval('1 + 2 * 3'), eval('x + y', {'x': 1, 'y': 2}), eval('[i * 2 for i in range(3)]'))
ns = {}
print(exec('a = 5\nb = a * 2', ns))
print(ns['a'], ns['b'])
exec('def sq(n):\n    return n * n', ns)
print(ns['sq'](7))
code = compile('total = total + 1', '<counter>', 'exec')
g = {'total': 0}
for _ in range(3):
    exec(code, g)
print(g['total'])
expr = compile('10 // 3', '<expr>', 'eval')
print(eval(expr), eval(expr))
exec(compile('print("single", 1 + 1)', '<s>', 'exec'))
value = 'module level'
print(eval('value'))
def f():
    return eval('value')
print(f())
g2 = {'n': 3}
exec('m = n * 2', g2, g2)
print(g2['m'])
print(eval(b'2 ** 8'))
try:
    eval('1 +')
except SyntaxError:
    print('SyntaxError')
try:
    compile('1', '<x>', 'bad mode')
except ValueError:
    print('ValueError')
