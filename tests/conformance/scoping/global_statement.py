# global lets a function rebind a module-level name.
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = 'local'
    return counter
print(shadow(), counter)
def create():
    global created_in_function
    created_in_function = 'made'
create()
print(created_in_function)
