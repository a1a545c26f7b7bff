# Helper with __all__.
__all__ = ['exported', '_also_exported']
exported = 'exported'
_also_exported = 'private but listed'
not_listed = 'public but not listed'
_hidden = 'hidden'
