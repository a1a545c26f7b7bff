# None, True, False and Ellipsis.
print(None, True, False)
print(...)
print(... is Ellipsis)
print(type(None).__name__, type(True).__name__)
print(True and False, True or False, not None)
print(None == None, None is None, None != 0)
x = ...
print(x)
def stub():
    ...
print(stub())
print(True + True, False * 5)
