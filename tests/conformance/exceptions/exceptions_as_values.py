# Exceptions are ordinary objects that can be stored and inspected.
errs = [ValueError('a'), KeyError('b'), ZeroDivisionError()]
print([type(e).__name__ for e in errs])
print([isinstance(e, LookupError) for e in errs])
print([e.args for e in errs])
results = []
for fn in (lambda: 1 // 0, lambda: 'ok', lambda: int('x')):
    try:
        results.append(fn())
    except Exception as e:
        results.append(type(e).__name__)
print(results)
E = type('DynamicError', (ValueError,), {})
try:
    raise E('dyn')
except ValueError as e:
    print(type(e).__name__, e.args)
