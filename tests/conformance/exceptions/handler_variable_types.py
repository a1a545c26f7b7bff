# The exception class can come from a variable, a call or an attribute.
class Errors:
    Value = ValueError
def pick(name):
    return {'key': KeyError, 'index': IndexError}[name]
try:
    raise KeyError('x')
except pick('key'):
    print('matched via call')
try:
    raise ValueError
except Errors.Value:
    print('matched via attribute')
which = (IndexError, KeyError)
try:
    [][0]
except which:
    print('matched via tuple variable')
