# Helper that reports its own __name__.
my_name = __name__
def who():
    return __name__
if __name__ == '__main__':
    print('never printed when imported')
