# __bool__ decides truthiness and takes precedence over __len__.
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print(bool(Flag(True)), bool(Flag(False)))
print('yes' if Flag(True) else 'no', 'yes' if Flag(False) else 'no')
print(not Flag(False), Flag(False) or 'fallback')
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Both()), len(Both()))
x = Flag(True)
print((x and 'and-result'), (Flag(False) and 'unused') is not None)
