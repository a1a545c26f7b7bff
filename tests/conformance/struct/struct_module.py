# The module's functions.
import struct

for name in ('calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from'):
    print(name, callable(getattr(struct, name)))
