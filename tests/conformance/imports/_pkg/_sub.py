# Helper submodule.
print('_pkg._sub: runs')
sub_value = 'sub value'
def sub_func(x):
    return x * 2
