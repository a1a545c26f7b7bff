# The same name can be global in one function and local in another.
value = 10
def reader():
    return value
def writer():
    global value
    value = 20
def local_user():
    value = 30
    return value
print(reader(), local_user(), reader())
writer()
print(reader(), local_user(), value)
def param(value):
    return value + 1
print(param(0), value)
