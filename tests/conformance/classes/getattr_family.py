# getattr, setattr, hasattr and delattr.
class Obj:
    cls_attr = 'class'
    def method(self):
        return 'method result'
o = Obj()
setattr(o, 'dynamic', 42)
print(o.dynamic, getattr(o, 'dynamic'), getattr(o, 'cls_attr'))
print(getattr(o, 'missing', 'default'), getattr(o, 'method')())
print(hasattr(o, 'dynamic'), hasattr(o, 'missing'), hasattr(o, 'method'))
delattr(o, 'dynamic')
print(hasattr(o, 'dynamic'))
try:
    getattr(o, 'missing')
except AttributeError:
    print('AttributeError getattr')
try:
    delattr(o, 'missing')
except AttributeError:
    print('AttributeError delattr')
name = 'built_' + 'name'
setattr(Obj, name, 'on class')
print(o.built_name, getattr(Obj, name))
