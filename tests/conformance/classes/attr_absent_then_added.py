# Class attributes and methods read through an instance that lacks them, then the instance gains (and loses)
# them in every way: attribute store, __dict__ item, setattr, del; two instances sharing the read sites.
class C:
    k = 'class'

    def m(self):
        return 'method'


def get(o):
    return o.k


def call(o):
    return o.m()


c = C()
c.a = 1
print(get(c), get(c), call(c), call(c))
c.k = 'inst'
c.m = lambda: 'lambda'
print(get(c), call(c))
del c.k
del c.m
print(get(c), call(c))
c.__dict__['k'] = 'via __dict__'
print(get(c))
del c.k
setattr(c, 'k', 'via setattr')
print(get(c))
d = C()
e = C()
e.k = 'e'
print([get(o) for o in (d, e, d, e)], [call(o) for o in (d, e)])
C.k = 'class2'
print(get(d), get(e))
