# Blank lines and whitespace-only lines inside blocks do not end them.
def f():
    x = 1

    y = 2
        
    return x + y


print(f())
for i in range(2):

    print('loop', i)

    

print('after')
class C:

    def m(self):

        return 'm'
print(C().m())
print(  1  +  2  )
print( [ 1 , 2 ] )
