import time

# a float timestamp counts its whole seconds
print(tuple(time.gmtime(1.0)), tuple(time.gmtime(1.999)))
print(tuple(time.gmtime(86399.5)), tuple(time.gmtime(1e9 + 0.25)))
print(tuple(time.gmtime(0.0)) == tuple(time.gmtime(0)))
