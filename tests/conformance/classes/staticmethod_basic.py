# staticmethod receives no implicit first argument.
class Math:
    @staticmethod
    def add(a, b):
        return a + b
    @staticmethod
    def no_args():
        return 'none'
    def use(self):
        return self.add(1, 2) + Math.add(3, 4)
print(Math.add(1, 2), Math().add(5, 5), Math.no_args(), Math().use())
class Sub(Math):
    pass
print(Sub.add(10, 20))
f = Math.add
print(f(2, 3))
