# A user __str__ on an exception is used by str() and print().
class Detailed(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
    def __str__(self):
        return 'error code %d' % self.code
try:
    raise Detailed(42)
except Detailed as e:
    print(str(e))
    print(e)
    print(e.args, e.code)
class Plain(Exception):
    pass
print(str(Plain('msg')), str(Plain()))
print('%s' % Detailed(7))
