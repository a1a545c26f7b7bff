# Helper module for the imports tests.
value = 42
names = ['alpha', 'beta']
def greet(name):
    return 'hello ' + name
class Thing:
    kind = 'thing'
    def describe(self):
        return 'a ' + self.kind
_private = 'private'
