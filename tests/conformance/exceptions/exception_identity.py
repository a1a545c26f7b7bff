# The object raised is the object caught.
err = ValueError('shared')
try:
    raise err
except ValueError as e:
    print(e is err)
def thrower(e):
    raise e
saved = []
for i in range(2):
    try:
        thrower(err)
    except ValueError as e:
        saved.append(e)
print(saved[0] is saved[1], saved[0] is err)
class Custom(Exception):
    pass
c = Custom()
c.extra = 'attribute on a user exception'
try:
    raise c
except Custom as e:
    print(e.extra)
