# assert raises AssertionError with an optional message.
def check(x):
    assert x > 0, 'x must be positive'
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print('AssertionError', e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print('no message', e.args)
assert True
assert [1], 'non-empty list is true'
try:
    assert [], ('tuple', 'message')
except AssertionError as e:
    print(e.args)
count = 0
def side():
    global count
    count += 1
    return 'msg'
assert count == 0, side()
print('message not evaluated', count)
