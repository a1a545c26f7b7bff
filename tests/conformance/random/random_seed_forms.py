import random

# seed accepts ints of any sign and None (reseed from entropy); equal seeds repeat
random.seed(-1)
x = random.getrandbits(32)
random.seed(-1)
print(x == random.getrandbits(32))
random.seed(None)
random.seed()
print(0 <= random.getrandbits(8) < 256)
random.seed(10)
r1 = random.random()
random.seed(10)
print(r1 == random.random())
