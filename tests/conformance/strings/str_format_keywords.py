# str.format with keyword fields and indexing.
print('{name} is {age}'.format(name='Ann', age=30))
print('{a}{b}{a}'.format(a='x', b='y'))
print('{0} {name}'.format('pos', name='kw'))
d = {'k': 'v'}
print('{k}'.format(**d))
print('{x:>5}|{y:<5}|'.format(x=1, y=2))
try:
    '{missing}'.format(other=1)
except KeyError:
    print('KeyError missing')
