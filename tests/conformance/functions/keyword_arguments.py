# Calling with keyword arguments in any order.
def describe(name, age, city='nowhere'):
    return '%s/%d/%s' % (name, age, city)
print(describe('a', 1))
print(describe(age=2, name='b'))
print(describe('c', city='x', age=3))
try:
    describe('d', name='e', age=1)
except TypeError:
    print('TypeError multiple values')
try:
    describe('f', 1, town='y')
except TypeError:
    print('TypeError unexpected keyword')
try:
    describe(age=1)
except TypeError:
    print('TypeError missing positional')
