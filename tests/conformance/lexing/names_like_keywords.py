# Names that look like keywords or are soft keywords in newer Pythons.
match = 1
case = 2
_ = 3
__ = 4
print_ = 5
type_ = 'x'
print(match, case, _, __, print_, type_)
def match_func(match, case):
    return match + case
print(match_func(10, 20))
class If:
    pass
print(If.__name__)
True_ = False
print(True_)
Nonex = None
print(Nonex is None)
