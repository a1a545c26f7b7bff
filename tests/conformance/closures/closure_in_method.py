# Closures created inside methods capture self and locals.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
    def make(self, offset):
        def apply(x):
            return x * self.factor + offset
        return apply
m = Multiplier(3)
f = m.make(1)
print(f(2), f(10))
m.factor = 10
print(f(2))
class Registry:
    def __init__(self):
        self.log = []
    def logger(self, prefix):
        return lambda msg: self.log.append(prefix + msg)
r = Registry()
info = r.logger('I:')
warn = r.logger('W:')
info('start'); warn('careful'); info('end')
print(r.log)
