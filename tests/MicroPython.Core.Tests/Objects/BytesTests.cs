using System;
using System.Text;
using MicroPython.Bytecode;
using MicroPython.Objects;
using MicroPython.Runtime;
using Xunit;
using static MicroPython.Tests.Objects.Py;

namespace MicroPython.Tests.Objects;

// bytes, bytearray and memoryview. Expected values checked against CPython 3 (python3 on the build machine),
// except where MicroPython differs (cpython-differences.md §2, errors-and-tracebacks.md §3), as the names say.
public class BytesTests
{
    public BytesTests()
    {
        NewRuntime();
    }

    private static BytesObject Bs(string latin1) => new(Encoding.Latin1.GetBytes(latin1));

    private static BytearrayObject Ba(string latin1) => new(Encoding.Latin1.GetBytes(latin1));

    private static string R(PyObject self, string method, params PyObject[] args) => Py.Repr(Call(self, method, args));

    private static PyObject New(TypeObject type, params PyObject[] args) => type.Call(args, 0);

    [Fact]
    public void Repr()
    {
        Assert.Equal("b'\\x00\\n\\\\\\xff\\'\"'", Py.Repr(Bs("\x00\n\\\xff'\"")));
        Assert.Equal("b\"it's\"", Py.Repr(Bs("it's")));
        Assert.Equal("bytearray(b'ab')", Py.Repr(Ba("ab")));
        Assert.Equal("b'\\t\\r\\x7f'", Py.Repr(Bs("\t\r\x7f")));
        Assert.Equal("\"b'ab'\"", Py.Repr(new StrObject(Ops.Str(Bs("ab")))));
    }

    [Fact]
    public void Construction()
    {
        Assert.Equal("b''", Py.Repr(New(BytesObject.PyType)));
        Assert.Equal("b'\\x00\\x00\\x00'", Py.Repr(New(BytesObject.PyType, I(3))));
        Assert.Equal("b'\\x01\\x02\\xff'", Py.Repr(New(BytesObject.PyType, L(1, 2, 255))));
        Assert.Equal("b'x'", Py.Repr(New(BytesObject.PyType, Ba("x"))));
        Assert.Equal("b'h\\xc3\\xa9'", Py.Repr(New(BytesObject.PyType, S("hé"), S("utf-8"))));
        Assert.Equal("b'ab'", Py.Repr(New(BytesObject.PyType, T(97, 98))));
        Assert.Equal("bytearray(b'\\x00\\x00\\x00')", Py.Repr(New(BytearrayObject.PyType, I(3))));
        Assert.Equal("bytearray(b'\\x01\\x02')", Py.Repr(New(BytearrayObject.PyType, L(1, 2))));
    }

    [Fact]
    public void ConstructionErrorsFollowMicroPython()
    {
        Assert.Equal("ValueError: bytes value out of range", Error(() => New(BytesObject.PyType, L(256))));
        Assert.Equal("TypeError: string argument without an encoding", Error(() => New(BytesObject.PyType, S("a"))));
        Assert.Equal("TypeError: string argument without an encoding", Error(() => New(BytearrayObject.PyType, S("a"))));
        Assert.Equal("ValueError: ", Error(() => New(BytesObject.PyType, I(-1))));
        Assert.Equal("MemoryError: memory allocation failed, allocating 18446744073709551615 bytes", Error(() => New(BytearrayObject.PyType, I(-1))));
        Assert.Equal("TypeError: 'float' object isn't iterable", Error(() => New(BytesObject.PyType, new FloatObject(1.5))));
        Assert.Equal("LookupError: unknown encoding: UTF8", Error(() => New(BytesObject.PyType, S("a"), S("UTF8"))));
        Assert.Equal(
            "NotImplementedError: keyword argument(s) not implemented - use normal args instead",
            Error(() => BytesObject.PyType.Call(new PyObject[] { S("a"), StrObject.Intern("encoding"), S("utf8") }, 1)));
    }

    [Fact]
    public void BytearrayTruncatesOutOfRangeValuesAsMicroPythonDoes()
    {
        // CPython raises ValueError; MicroPython stores the low 8 bits (errors-and-tracebacks.md §3.4).
        Assert.Equal("bytearray(b',')", Py.Repr(New(BytearrayObject.PyType, L(300))));
    }

    [Fact]
    public void IndexingSlicingAndContains()
    {
        var b = Bs("hello world");
        Assert.Equal("104", Py.Repr(b.GetItem(I(0))));
        Assert.Equal("100", Py.Repr(b.GetItem(I(-1))));
        Assert.Equal("b'el'", Py.Repr(b.GetItem(Slice(1, 3))));
        Assert.Equal("b'dlrow olleh'", Py.Repr(b.GetItem(Slice(null, null, -1))));
        Assert.Equal("b'hlwl'", Py.Repr(b.GetItem(Slice(null, null, 3))));
        Assert.Same(b, b.GetItem(Slice(null, null)));
        Assert.True(Ops.Contains(b, I(104)));
        Assert.True(Ops.Contains(b, Bs("wor")));
        Assert.True(Ops.Contains(b, Ba("wor")));
        Assert.Equal("IndexError: bytes index out of range", Error(() => b.GetItem(I(11))));
        Assert.Equal("IndexError: bytearray index out of range", Error(() => Ba("a").GetItem(I(1))));
        Assert.True(Ops.Contains(b, S("h"))); // MicroPython's str is a buffer: its UTF-8 bytes are searched
        Assert.False(Ops.Contains(b, S("x")));
        Assert.Equal("ValueError: byte must be in range(0, 256)", Error(() => Ops.Contains(b, I(256))));
        Assert.Equal("[104, 105]", Py.Repr(ToList(Bs("hi"))));
    }

    [Fact]
    public void Operators()
    {
        Assert.Equal("b'abcd'", Py.Repr(Ops.BinaryOp(BinaryOp.Add, Bs("ab"), Bs("cd"))));
        Assert.Equal("b'abab'", Py.Repr(Ops.BinaryOp(BinaryOp.Multiply, Bs("ab"), I(2))));
        Assert.Equal("b'xx'", Py.Repr(Ops.BinaryOp(BinaryOp.Multiply, I(2), Bs("x"))));
        Assert.Equal("True", Py.Repr(Ops.BinaryOp(BinaryOp.Less, Bs("abc"), Bs("abd"))));
        Assert.Equal("True", Py.Repr(Ops.BinaryOp(BinaryOp.Equal, Bs("a"), Ba("a"))));
        Assert.Equal("False", Py.Repr(Ops.BinaryOp(BinaryOp.Equal, Bs("a"), S("a"))));
        Assert.Equal("bytearray(b'abx')", Py.Repr(Ops.BinaryOp(BinaryOp.Add, Ba("ab"), Bs("x"))));
        Assert.Equal("b'5 ab ff'", Py.Repr(Ops.BinaryOp(BinaryOp.Modulo, Bs("%d %s %x"), T(I(5), Bs("ab"), I(255)))));
        Assert.Equal("b'   ab|'", Py.Repr(Ops.BinaryOp(BinaryOp.Modulo, Bs("%5s|"), Bs("ab"))));
    }

    [Fact]
    public void BytesPlusStrIsAcceptedAsInMicroPython()
    {
        // MicroPython lets the right operand be any buffer, str included (errors-and-tracebacks.md §3.2).
        Assert.Equal("b'ab'", Py.Repr(Ops.BinaryOp(BinaryOp.Add, Bs("a"), S("b"))));
    }

    [Fact]
    public void Methods()
    {
        var b = Bs("hello world");
        Assert.Equal("4", R(b, "find", Bs("o")));
        Assert.Equal("4", R(b, "find", I(111)));
        Assert.Equal("7", R(b, "rfind", Bs("o")));
        Assert.Equal("3", R(b, "count", Bs("l")));
        Assert.Equal("6", R(b, "index", Bs("w")));
        Assert.Equal("[b'hello', b'world']", R(b, "split"));
        Assert.Equal("[b'hell', b' w', b'rld']", R(b, "split", Bs("o")));
        Assert.Equal("[b'hello', b'world']", R(b, "rsplit", Bs(" "), I(1)));
        Assert.Equal("b'HELLO WORLD'", R(b, "upper"));
        Assert.Equal("b'abc'", R(Bs("AbC"), "lower"));
        Assert.Equal("b'x'", R(Bs("  x "), "strip"));
        Assert.Equal("b'a'", R(Bs("xxaxx"), "strip", Bs("x")));
        Assert.Equal("b'heLLo world'", R(b, "replace", Bs("l"), Bs("L"), I(2)));
        Assert.Equal("(b'hello', b' ', b'world')", R(b, "partition", Bs(" ")));
        Assert.Equal("b'a,b'", R(Bs(","), "join", LO(Bs("a"), Ba("b"))));
        Assert.Equal("True", R(b, "startswith", Bs("he")));
        Assert.Equal("True", R(b, "endswith", T(Bs("x"), Bs("ld"))));
        Assert.Equal("[b'a', b'b', b'c']", R(Bs("a\r\nb\nc"), "splitlines"));
        Assert.Equal("'abc'", R(Bs("abc"), "decode"));
        Assert.Equal("b'  ab '", R(Bs("ab"), "center", I(5)));
        Assert.Equal("b'-005'", R(Bs("-5"), "zfill", I(4)));
        Assert.Equal("b'Hello'", R(Bs("hello"), "title"));
        Assert.Equal("False", R(Bs("ab cd"), "isalpha"));
        Assert.Equal("True", R(Bs("12"), "isdigit"));
        Assert.Equal("b'1'", R(Bs("{}"), "format", I(1)));
        Assert.Equal("bytearray(b'HI')", R(Ba("hi"), "upper"));
        Assert.Equal("[bytearray(b'a'), bytearray(b'b')]", R(Ba("a b"), "split"));
    }

    [Fact]
    public void MethodErrors()
    {
        Assert.Equal("TypeError: can't convert 'str' object to bytes implicitly", Error(() => Call(Bs("a"), "find", S("a"))));
        Assert.Equal("TypeError: join expects a list of str/bytes objects consistent with self object", Error(() => Call(Bs(","), "join", LO(S("a")))));
        Assert.Equal("UnicodeError: ", Error(() => Call(Bs("\xff"), "decode")));
        Assert.Equal("LookupError: unknown encoding: latin-1", Error(() => Call(Bs("a"), "decode", S("latin-1"))));
        Assert.Equal(
            "TypeError: function doesn't take keyword arguments",
            Error(() => CallKw(Bs("a"), "decode", Array.Empty<PyObject>(), ("encoding", S("utf-8")))));
        Assert.Equal("[b'a', b'b']", Py.Repr(Call(Bs("a b"), "rsplit", NoneObject.None, I(1))));
        Assert.Equal("[b' a b', b'c']", Py.Repr(Call(Bs(" a b\tc\n"), "rsplit", NoneObject.None, I(1))));
    }

    [Fact]
    public void HexAndFromHex()
    {
        Assert.Equal("'01ab'", R(Bs("\x01\xab"), "hex"));
        Assert.Equal("'01:ab:02'", R(Bs("\x01\xab\x02"), "hex", S(":")));
        Assert.Equal("'01-ab02'", R(Bs("\x01\xab\x02"), "hex", S("-"), I(2)));
        Assert.Equal("b'\\x01\\xab'", R(BytesObject.PyType, "fromhex", S("01 ab")));
        Assert.Equal("bytearray(b'\\xff')", R(BytearrayObject.PyType, "fromhex", S("ff")));
        Assert.Equal("ValueError: non-hex digit", Error(() => Call(BytesObject.PyType, "fromhex", S("zz"))));
        Assert.Equal("ValueError: non-hex digit", Error(() => Call(BytesObject.PyType, "fromhex", S("a"))));
    }

    [Fact]
    public void BytearrayMutation()
    {
        var ba = Ba("abc");
        ba.SetItem(I(0), I(120));
        Call(ba, "append", I(100));
        Call(ba, "extend", Bs("ef"));
        Call(ba, "extend", L(103));
        Assert.Equal("bytearray(b'xbcdefg')", Py.Repr(ba));
        ba.SetItem(Slice(1, 3), Bs("XYZW"));
        Assert.Equal("bytearray(b'xXYZWdefg')", Py.Repr(ba));
        ba.DelItem(I(0));
        Assert.Equal("bytearray(b'XYZWdefg')", Py.Repr(ba));
        ba.DelItem(Slice(null, null, 2));
        Assert.Equal("bytearray(b'YWeg')", Py.Repr(ba));
        Assert.Same(ba, Ops.BinaryOp(BinaryOp.InplaceAdd, ba, Bs("!")));
        Assert.Equal("33", R(ba, "pop"));
        Assert.Equal("89", R(ba, "pop", I(0)));
        Assert.Equal("bytearray(b'Weg')", Py.Repr(ba));
        ba.SetItem(Slice(0, 1), L(1, 2));
        Assert.Equal("bytearray(b'\\x01\\x02eg')", Py.Repr(ba));

        var h = Ba("hello");
        Call(h, "insert", I(0), I(65));
        Call(h, "remove", I(108));
        Call(h, "reverse");
        Assert.Equal("bytearray(b'olehA')", Py.Repr(h));
        Assert.Equal("bytearray(b'olehAolehA')", Py.Repr(Ops.BinaryOp(BinaryOp.Multiply, h, I(2))));
        Call(h, "clear");
        Assert.Equal("bytearray(b'')", Py.Repr(h));
        Assert.Equal("TypeError: unsupported type for __hash__: 'bytearray'", Error(() => Ops.Hash(h)));
    }

    [Fact]
    public void Memoryview()
    {
        var mv = New(MemoryviewObject.PyType, Bs("abcdef"));
        Assert.Equal("<memoryview>", Py.Repr(mv));
        Assert.Equal(6, mv.Length());
        Assert.Equal("97", Py.Repr(mv.GetItem(I(0))));
        Assert.Equal("102", Py.Repr(mv.GetItem(I(-1))));
        Assert.Equal("b'bc'", Py.Repr(New(BytesObject.PyType, mv.GetItem(Slice(1, 3)))));
        Assert.Equal("b'bc'", R(mv.GetItem(Slice(1, 3)), "tobytes"));
        Assert.Equal("'616263646566'", R(mv, "hex"));
        Assert.Equal("True", Py.Repr(Ops.BinaryOp(BinaryOp.Equal, mv, Bs("abcdef"))));
        Assert.Equal("[101, 102]", Py.Repr(ToList(mv.GetItem(Slice(4, null)))));
        Assert.Equal("TypeError: cannot modify read-only memory", Error(() => mv.SetItem(I(0), I(1))));
        Assert.Equal("TypeError: object with buffer protocol required", Error(() => New(MemoryviewObject.PyType, I(1))));

        var ba = Ba("abcdef");
        var w = New(MemoryviewObject.PyType, ba);
        w.SetItem(I(0), I(65));
        w.SetItem(Slice(1, 3), Bs("XY"));
        Assert.Equal("bytearray(b'AXYdef')", Py.Repr(ba));

        // A view over a slice writes through to the original.
        var part = w.GetItem(Slice(4, 6));
        part.SetItem(I(0), I(69));
        Assert.Equal("bytearray(b'AXYdEf')", Py.Repr(ba));
    }

    [Fact]
    public void EndToEndFromPythonSource()
    {
        var src = """
            b = bytearray(b'hello')
            b[0] = 74
            b += b' world'
            del b[5:]
            mv = memoryview(b)
            mv[1] = 69
            print(b, bytes(mv[1:3]), list(b'ab'), b.hex(), bytes.fromhex('4142'), b'%d-%s' % (7, b'x'))
            print(b'a,b,,c'.split(b','), b'  pad '.strip(), b'x' * 3, 98 in b'abc', b'ab' < b'b')
            """;
        var (output, error) = MicroPython.Tests.Vm.InterpreterTests.Run(src);
        Assert.Null(error);
        Assert.Equal(
            "bytearray(b'JEllo') b'El' [97, 98] 4a456c6c6f b'AB' b'7-x'\n[b'a', b'b', b'', b'c'] b'pad' b'xxx' True True\n",
            output);
    }

    [Fact]
    public void BufferProtocol()
    {
        Assert.Equal(new byte[] { 97, 98 }, MicroPython.Buffer.ToArray(Bs("ab")));
        Assert.Equal(new byte[] { 97, 98 }, MicroPython.Buffer.ToArray(Ba("ab")));
        Assert.Equal(new byte[] { 0xc3, 0xa9 }, MicroPython.Buffer.ToArray(S("é")));
        Assert.Equal("TypeError: object with buffer protocol required", Error(() => MicroPython.Buffer.ToArray(I(1))));
        Assert.Equal("TypeError: object with buffer protocol required", Error(() => MicroPython.Buffer.GetWritableBytes(Bs("a")).ToArray()));
        MicroPython.Buffer.GetWritableBytes(Ba("a"))[0] = 1;
    }
}
