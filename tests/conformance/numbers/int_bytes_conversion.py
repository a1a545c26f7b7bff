# int.to_bytes and int.from_bytes.
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print((255).to_bytes(1, 'big'), (0).to_bytes(3, 'big'))
print((2**64 - 1).to_bytes(8, 'big'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes(b'\xff\xff\xff\xff', 'big'))
print(int.from_bytes(b'', 'big'))
print(int.from_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 9]), 'big'))
n = 123456789012345678901234567890
print(int.from_bytes(n.to_bytes(16, 'little'), 'little') == n)
