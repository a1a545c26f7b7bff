# The args attribute holds the constructor arguments.
print(ValueError().args)
print(ValueError('one').args)
print(ValueError('one', 2).args)
print(Exception(1, [2], None).args)
e = KeyError('k')
print(e.args, e.args[0])
try:
    raise IndexError('i', 5)
except IndexError as err:
    print(err.args, len(err.args))
class E(Exception):
    pass
print(E('x').args, E().args)
print(str(ValueError('message')), str(Exception()))
print(str(E('only arg')))
