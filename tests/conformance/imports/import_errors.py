# Importing a missing module raises ImportError.
try:
    import _no_such_module_anywhere
except ImportError:
    print('ImportError for a missing module')
try:
    from _no_such_module_anywhere import x
except ImportError:
    print('ImportError for from-import of a missing module')
try:
    import _pkg._no_such_submodule
except ImportError:
    print('ImportError for a missing submodule')
try:
    from _mod_basic import nothing_here
except ImportError:
    print('ImportError for a missing name')
print('done')
