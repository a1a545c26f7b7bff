# Reading a bytearray while changing its items, and building one byte by byte
ba = bytearray(b"abcd")
for i, v in enumerate(ba):
    ba[i] = v - 32
print(ba)
out = bytearray()
for v in b"hello":
    out.append(v ^ 0x20)
print(out, list(out), out.decode())
total = 0
for v in bytearray(range(10)):
    total += v
print(total, sum(bytearray([255] * 4)), max(bytearray(b"az")), list(reversed(bytearray(b"abc"))))
nums = bytearray(range(8))
for i in range(len(nums)):
    nums[i] = (nums[i] * 37) % 256
print(list(nums), nums[-1], nums[2:5])
