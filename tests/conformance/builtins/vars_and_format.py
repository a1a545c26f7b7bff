# vars(obj) is the instance dict; format() applies a format spec (both absent from MicroPython's unix build).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(3, 4)
print(sorted(vars(p).items()))
vars(p)['z'] = 5
print(p.z)
print(format(3.14159, '.2f'), format(42, '08b'), format('ab', '>5'), format(255, '#x'), format(1234567, ','))
