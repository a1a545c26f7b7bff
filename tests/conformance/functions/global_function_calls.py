# A function body looks up global names when it runs, not when it is defined.
def use_later():
    return helper() * 2
def helper():
    return 21
print(use_later())
x = 1
def read_x():
    return x
x = 2
print(read_x())
def uses_undefined():
    return not_defined_anywhere
try:
    uses_undefined()
except NameError:
    print('NameError at call time')
not_defined_anywhere = 'now defined'
print(uses_undefined())
