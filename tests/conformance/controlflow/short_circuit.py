# and/or stop evaluating as soon as the result is known.
calls = []
def t(name, value):
    calls.append(name)
    return value
r = t('a', 0) and t('b', 1)
print(r, calls)
calls.clear()
r = t('a', 1) or t('b', 1)
print(r, calls)
calls.clear()
r = t('a', 1) and t('b', 0) and t('c', 1)
print(r, calls)
calls.clear()
r = t('a', 0) or t('b', '') or t('c', 'x')
print(r, calls)
calls.clear()
if t('a', False) and 1 / 0:
    pass
print('no ZeroDivisionError', calls)
