# import statements inside functions bind local names.
def use():
    import _mod_basic
    from _mod_basic import greet as g
    return _mod_basic.value, g('f')
print(use())
print('_mod_basic' in globals())
def lazy():
    from _pkg._sub import sub_func
    return sub_func(3)
print(lazy(), lazy())
