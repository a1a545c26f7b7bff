# pass as an empty statement in every block type.
def f():
    pass
print(f())
class C:
    pass
print(C.__name__)
for i in range(2):
    pass
print(i)
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
while False:
    pass
print('done')
