# Docstrings do not affect behaviour (their value is not printed:
# MicroPython discards them).
def documented(x):
    """Return x doubled."""
    return x * 2
print(documented(4))
def only_doc():
    """This function has only a docstring."""
print(only_doc())
class Documented:
    """A class docstring."""
    def method(self):
        'single-quoted method docstring'
        return 'method'
print(Documented().method())
def after_doc():
    """Doc."""
    x = 'first statement'
    return x
print(after_doc())
