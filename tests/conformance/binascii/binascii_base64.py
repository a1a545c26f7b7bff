# binascii.b2a_base64 / a2b_base64: padding, the newline keyword and lenient decoding.
import binascii

for data in (b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40], b'\xff\xfe\xfd'):
    enc = binascii.b2a_base64(data)
    print(enc, binascii.a2b_base64(enc) == data)

print(binascii.b2a_base64(b'hello', newline=False))
print(binascii.b2a_base64(b'hello', newline=True))
print(binascii.b2a_base64(bytearray(b'\x00\x00\x00')))

print(binascii.a2b_base64(b'aGVsbG8='))
print(binascii.a2b_base64('aGVsbG8gd29ybGQ='))
# Characters outside the alphabet are skipped; data after the closing padding is ignored.
print(binascii.a2b_base64(b'aGVs\nbG8=\n'))
print(binascii.a2b_base64(b'aG Vs*bG8='))
print(binascii.a2b_base64(b'YQ==YWJj'))
print(binascii.a2b_base64(b'YWI=YWJj'))
print(binascii.a2b_base64(b''))

for bad in (b'a', b'ab', b'abc', b'abcde', b'YQ='):
    try:
        print(binascii.a2b_base64(bad))
    except ValueError:
        print('ValueError')
