# Helper holding mutable module state shared by all importers.
counter = 0
items = []
def bump():
    global counter
    counter += 1
    return counter
