# __name__ of functions, lambdas and methods.
def plain():
    pass
print(plain.__name__)
print((lambda: 0).__name__)
class C:
    def method(self):
        pass
print(C.method.__name__, C().method.__name__)
def outer():
    def nested():
        pass
    return nested
print(outer().__name__)
renamed = plain
print(renamed.__name__)
