using System;
using MicroPython.Tests.Launcher;
using Xunit;

namespace MicroPython.Tests.Modules;

/// <summary>
/// The array and struct plug-ins run as a user runs them (the real launcher): MicroPython's own behaviour where it
/// differs from CPython (truncation instead of range errors, raw-byte extension of arrays, lenient unpack), its exact
/// error texts (the conformance scripts print only exception types), and the heap charging of arrays.
/// </summary>
public sealed class ArrayStructTests
{
    private const int TimeoutMs = 30000;

    private static string Run(string code, params string[] options)
    {
        var args = new string[options.Length + 2];
        options.CopyTo(args, 0);
        args[^2] = "-c";
        args[^1] = code;
        var r = LauncherProcess.Run(AppContext.BaseDirectory, null, TimeoutMs, args);
        Assert.Equal(string.Empty, r.Stderr);
        return r.Stdout;
    }

    /// <summary>The last line of the traceback that <paramref name="code"/> ends with.</summary>
    private static string Error(string code)
    {
        var r = LauncherProcess.Run(AppContext.BaseDirectory, null, TimeoutMs, "-c", code);
        Assert.Equal(1, r.ExitCode);
        var text = r.Stdout.TrimEnd('\n');
        return text.Substring(text.LastIndexOf('\n') + 1);
    }

    [Theory]
    [InlineData("import array; array.array('z')", "ValueError: bad typecode")]
    [InlineData("import array; array.array('ii')", "ValueError: bad typecode")]
    [InlineData("import array; array.array(1)", "TypeError: can't convert 'int' object to str implicitly")]
    [InlineData("import array; array.array('h', b'abc')", "ValueError: bytes length not a multiple of item size")]
    [InlineData("import array; array.array('i', [1])[1]", "IndexError: array index out of range")]
    [InlineData("import array; array.array('i', [1])['a']", "TypeError: array indices must be integers, not str")]
    [InlineData("import array; array.array('i', [1.5])", "TypeError: can't convert float to int")]
    [InlineData("import array; array.array('d', ['x'])", "TypeError: can't convert str to float")]
    [InlineData("import array; hash(array.array('i'))", "TypeError: unsupported type for __hash__: 'array'")]
    [InlineData("import array; array.array('i', 5)", "TypeError: 'int' object isn't iterable")]
    [InlineData("import array; array.array('i') + array.array('h')", "TypeError: bad argument type for built-in operation")]
    [InlineData("import array; array.array('i') + [1]", "TypeError: unsupported types for __add__: 'array', 'list'")]
    [InlineData("import struct; struct.calcsize('z')", "ValueError: bad typecode")]
    [InlineData("import struct; struct.unpack('i', b'')", "ValueError: buffer too small")]
    [InlineData("import struct; struct.unpack_from('<h', b'abc', 2)", "ValueError: buffer too small")]
    [InlineData("import struct; struct.pack_into('<h', bytearray(2), -3, 1)", "ValueError: buffer too small")]
    [InlineData("import struct; struct.pack_into('<b', b'12', 0, 1)", "TypeError: object with buffer protocol required")]
    [InlineData("import struct; struct.pack('<i', 1.5)", "TypeError: can't convert float to int")]
    public void ErrorsHaveMicroPythonsTexts(string code, string expected)
    {
        Assert.Equal(expected, Error(code));
    }

    [Fact]
    public void StructTruncatesIntegersToTheirWidthAsMicroPythonDoes()
    {
        // CPython raises struct.error for every one of these; MicroPython packs the low bits.
        Assert.Equal("b'\\x00' b'\\xc8' b'\\x01\\x00\\x00\\x00' b'\\xff\\xff' b'\\x07\\x00\\x00\\x00\\x00\\x00\\x00\\x00'\n",
            Run("import struct; print(struct.pack('<B', 256), struct.pack('<b', 200), struct.pack('<i', 2**40 + 1), struct.pack('<h', -2**70 - 1), struct.pack('<Q', 2**64 + 7))"));
    }

    [Fact]
    public void ValueCountsAreNotCheckedAsInMicroPython()
    {
        Assert.Equal("b'\\x07\\x00\\x00\\x00' b'\\x07' bytearray(b'\\x01yz')\n",
            Run("import struct\nb = bytearray(b'xyz')\nstruct.pack_into('<3b', b, 0, 1)\nprint(struct.pack('<2h', 7), struct.pack('<b', 7, 8), b)"));
    }

    [Fact]
    public void UnpackAcceptsALongerBufferAsMicroPythonDoes()
    {
        Assert.Equal("(1,) (513,)\n", Run("import struct; print(struct.unpack('<h', b'\\x01\\x00\\x02'), struct.unpack('>h', bytearray(b'\\x02\\x01\\xff\\xff')))"));
    }

    [Fact]
    public void ArraysExtendFromAnyBufferAsRawElements()
    {
        // MicroPython's extension: +, += and extend take the raw bytes of any buffer (CPython iterates bytes as ints).
        Assert.Equal("array('h', [1, 2]) array('h', [1, 2, 3]) array('h', [1, 2, 4, 5])\n",
            Run("import array\na = array.array('h', [1])\na.extend(b'\\x02\\x00')\nb = a + b'\\x03\\x00'\nc = a\nc += bytearray(b'\\x04\\x00\\x05\\x00')\nprint(array.array('h', [1, 2]), b, c)"));
        Assert.Equal("ValueError: bytes length not a multiple of item size", Error("import array; array.array('i').extend(b'123')"));
    }

    [Fact]
    public void ArrayIsAFirstClassBuffer()
    {
        const string Code = """
            import array, binascii, io
            a = array.array('H', [0x1234, 0xabcd])
            print(binascii.hexlify(a), bytes(a), bytearray(a))
            m = memoryview(a)
            print(m[1] == 0xabcd, m.itemsize, len(m))
            s = io.BytesIO()
            s.write(a)
            print(s.getvalue())
            print(int.from_bytes(array.array('B', [1, 2]), 'big'))
            """;
        Assert.Equal("b'3412cdab' b'4\\x12\\xcd\\xab' bytearray(b'4\\x12\\xcd\\xab')\nTrue 2 2\nb'4\\x12\\xcd\\xab'\n258\n", Run(Code));
    }

    [Fact]
    public void NativeLongFollowsTheBoardWordSize()
    {
        const string Code = "import array, struct; print(array.array('l').itemsize, array.array('P', [-1]), struct.calcsize('P'), struct.calcsize('<l'))";
        Assert.Equal("8 array('P', [18446744073709551615]) 8 4\n", Run(Code));
        Assert.Equal("4 array('P', [4294967295]) 4 4\n", Run(Code, "--set", "MICROPY_BYTES_PER_WORD=4"));
    }

    [Fact]
    public void FloatCodesNeedFloats()
    {
        const string Code = "import array, struct\nfor f in (lambda: array.array('d'), lambda: struct.calcsize('f'), lambda: struct.calcsize('<e')):\n    try:\n        f()\n        print('ok')\n    except ValueError as e:\n        print(e)";
        Assert.Equal("ok\nok\nok\n", Run(Code));
        Assert.Equal("bad typecode\nbad typecode\nbad typecode\n", Run(Code, "--set", "MICROPY_FLOAT_IMPL=NONE"));
    }

    [Fact]
    public void ArraysAreChargedToTheHeap()
    {
        // One block for the object, then its items: 100 bytes are four 32-byte blocks on a 64-bit board.
        const string Code = """
            import array, gc
            data = bytes(100)
            a = before = None
            gc.collect()
            before = gc.mem_alloc()
            a = array.array('b', data)
            print(gc.mem_alloc() - before)
            a = None
            gc.collect()
            print(gc.mem_alloc() - before)
            """;
        Assert.Equal("160\n0\n", Run(Code));
    }

    [Fact]
    public void ArraysThatDoNotFitRaiseMemoryError()
    {
        const string Code = """
            import array
            a = array.array('i')
            try:
                for i in range(100000):
                    a.append(i)
            except MemoryError:
                print('MemoryError', len(a) < 100000)
            """;
        Assert.Equal("MemoryError True\n", Run(Code, "-X", "heapsize=20K"));
    }
}
