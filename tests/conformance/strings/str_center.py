# str.center pads on both sides (even padding only: odd padding splits differently in MicroPython).
print('[' + 'abc'.center(9) + ']')
print('[' + 'ab'.center(8) + ']')
print('[' + 'abcd'.center(10) + ']')
print('[' + 'abc'.center(2) + ']')
print('[' + 'abc'.center(3) + ']')
print('[' + ''.center(4) + ']')
print(len('x'.center(11)))
for w in (4, 6, 8, 10):
    print('[' + 'ab'.center(w) + ']')
print('[' + 'x'.center(1) + ']', '[' + 'abc'.center(0) + ']')
print(len('hello'.center(21)))
