# Helper package.
print('_pkg: __init__ runs')
pkg_value = 'package value'
def pkg_func():
    return 'pkg_func'
