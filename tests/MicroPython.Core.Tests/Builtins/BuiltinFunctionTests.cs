using System;
using System.IO;
using System.Numerics;
using MicroPython.Objects;
using MicroPython.Runtime;
using Xunit;
using static MicroPython.Tests.Objects.Py;

namespace MicroPython.Tests.Builtins;

// Expected values checked against CPython 3, except MicroPython's texts (errors-and-tracebacks.md §3) and the
// differences listed in cpython-differences.md, which the test names say.
public class BuiltinFunctionTests
{
    private readonly PyRuntime _rt;

    public BuiltinFunctionTests()
    {
        _rt = NewRuntime();
    }

    private static BuiltinFunction Fn(string name, Func<PyObject, PyObject> f) => new(name, f);

    [Fact]
    public void BuiltinsDictHasTheUnixPortNames()
    {
        foreach (var name in new[]
        {
            "abs", "all", "any", "bin", "callable", "chr", "compile", "delattr", "dir", "divmod", "enumerate", "eval",
            "exec", "execfile", "filter", "getattr", "globals", "hasattr", "hash", "hex", "id", "input", "isinstance",
            "issubclass", "iter", "len", "locals", "map", "max", "min", "next", "oct", "open", "ord", "pow", "print",
            "repr", "reversed", "round", "setattr", "sorted", "sum", "zip", "__import__", "bool", "bytearray", "bytes",
            "classmethod", "complex", "dict", "float", "frozenset", "int", "list", "memoryview", "object", "property",
            "range", "set", "slice", "staticmethod", "str", "super", "tuple", "type", "Ellipsis", "NotImplemented",
            "ValueError", "ViperTypeError", "StopIteration", "__name__",
        })
        {
            Assert.True(_rt.Builtins.GetOrNull(name) != null, name);
        }

        // Not in MicroPython's unix port (builtins-and-modules.md §1); added because CPython code uses them.
        Assert.NotNull(_rt.Builtins.GetOrNull("format"));
        Assert.NotNull(_rt.Builtins.GetOrNull("vars"));
    }

    [Fact]
    public void Abs()
    {
        Assert.Equal("5", Repr(B("abs", I(-5))));
        Assert.Equal("5", Repr(B("abs", I(5))));
        Assert.Equal("9223372036854775808", Repr(B("abs", I(long.MinValue))));
        Assert.Equal("TypeError: unsupported type for __abs__: 'str'", Error(() => B("abs", S("a"))));
    }

    [Fact]
    public void AllAny()
    {
        Assert.Same(BoolObject.True, B("all", L()));
        Assert.Same(BoolObject.False, B("all", L(1, 0)));
        Assert.Same(BoolObject.False, B("any", TupleObject.Empty));
        Assert.Same(BoolObject.True, B("any", new RangeObject(0, 3, 1)));
        Assert.Equal("TypeError: 'int' object isn't iterable", Error(() => B("all", I(1))));
    }

    [Fact]
    public void HexOctBin()
    {
        Assert.Equal("'0xff'", Repr(B("hex", I(255))));
        Assert.Equal("'-0x1f'", Repr(B("hex", I(-31))));
        Assert.Equal("'0o10'", Repr(B("oct", I(8))));
        Assert.Equal("'0b101'", Repr(B("bin", I(5))));
        Assert.Equal("'-0b101'", Repr(B("bin", I(-5))));
        Assert.Equal("'0x100000000000000000'", Repr(B("hex", new BigIntObject(BigInteger.Pow(2, 68)))));
    }

    [Fact]
    public void ChrOrd()
    {
        Assert.Equal("'A'", Repr(B("chr", I(65))));
        Assert.Equal("128512", Repr(B("ord", B("chr", I(0x1F600)))));
        Assert.Equal("233", Repr(B("ord", S("é"))));
        Assert.Equal("ValueError: char not in range(0x110000)", Error(() => B("chr", I(0x110000))));
        Assert.Equal("ValueError: char not in range(0x110000)", Error(() => B("chr", I(-1))));
        Assert.Equal("OverflowError: overflow converting long int to machine word", Error(() => B("chr", new BigIntObject(BigInteger.Pow(2, 70)))));
        Assert.Equal("TypeError: ord() expected a character, but string of length 2 found", Error(() => B("ord", S("ab"))));
        Assert.Equal("TypeError: can't convert 'int' object to str implicitly", Error(() => B("ord", I(1))));
    }

    [Fact]
    public void DivModPow()
    {
        Assert.Equal("(2, 1)", Repr(B("divmod", I(7), I(3))));
        Assert.Equal("(-3, 2)", Repr(B("divmod", I(-7), I(3))));
        Assert.Equal("1024", Repr(B("pow", I(2), I(10))));
        Assert.Equal("24", Repr(B("pow", I(2), I(10), I(1000))));
        Assert.Equal("ValueError: divide by zero", Error(() => B("pow", I(2), I(3), I(0))));
    }

    [Fact]
    public void Round()
    {
        Assert.Equal("3", Repr(B("round", I(3))));
    }

    [Fact]
    public void MinMax()
    {
        Assert.Equal("3", Repr(B("max", L(1, 3, 2))));
        Assert.Equal("1", Repr(B("min", L(1, 3, 2))));
        Assert.Equal("3", Repr(B("max", I(1), I(3), I(2))));
        Assert.Equal("'b'", Repr(B("max", S("a"), S("b"))));
        Assert.Equal("ValueError: arg is an empty sequence", Error(() => B("max", L())));
        Assert.Equal("None", Repr(BKw("min", new PyObject[] { L() }, ("default", NoneObject.None))));
        Assert.Equal("TypeError: function missing 1 required positional arguments", Error(() => B("max")));
        Assert.Equal("TypeError: unsupported types for __gt__: 'str', 'int'", Error(() => B("max", LO(I(1), S("a")))));

        // key: the first of equal extremes wins.
        var neg = Fn("neg", x => I(-((IntObject)x).Value));
        Assert.Equal("1", Repr(BKw("max", new PyObject[] { L(3, 1, 2) }, ("key", neg))));
        var len = Fn("len", x => I(((ListObject)x).Count));
        Assert.Equal("[1, 2]", Repr(BKw("max", new PyObject[] { LO(L(1, 2), L(3, 4), L(5)) }, ("key", len))));
        Assert.Equal("[5]", Repr(BKw("min", new PyObject[] { LO(L(1, 2), L(5), L(6)) }, ("key", len))));
        Assert.Equal("9", Repr(B("max", T(4, 9, 2))));
        Assert.Equal("9", Repr(B("max", new RangeObject(0, 10, 1))));
    }

    [Fact]
    public void Sum()
    {
        Assert.Equal("6", Repr(B("sum", L(1, 2, 3))));
        Assert.Equal("16", Repr(B("sum", L(1, 2, 3), I(10))));
        Assert.Equal("45", Repr(B("sum", new RangeObject(0, 10, 1))));
        Assert.Equal("[1, 2]", Repr(B("sum", LO(L(1), L(2)), L())));
        Assert.Equal("18446744073709551614", Repr(B("sum", L(long.MaxValue, long.MaxValue))));
        Assert.Equal("TypeError: unsupported types for __add__: 'int', 'str'", Error(() => B("sum", LO(S("a")))));
        Assert.Equal("5", Repr(BKw("sum", new PyObject[] { L(2) }, ("start", I(3)))));
    }

    [Fact]
    public void SortedBuiltin()
    {
        var l = L(3, 1, 2);
        Assert.Equal("[1, 2, 3]", Repr(B("sorted", l)));
        Assert.Equal("[3, 1, 2]", Repr(l));
        Assert.Equal("[3, 2, 1]", Repr(BKw("sorted", new PyObject[] { T(1, 3, 2) }, ("reverse", BoolObject.True))));
        Assert.Equal("TypeError: must use keyword argument for key function", Error(() => B("sorted", l, NoneObject.None)));
        Assert.Equal("['a', 'b', 'c']", Repr(B("sorted", B("set", LO(S("c"), S("a"), S("b"))))));
    }

    [Fact]
    public void IterNext()
    {
        var it = B("iter", L(1, 2));
        Assert.Equal("1", Repr(B("next", it)));
        Assert.Equal("2", Repr(B("next", it)));
        Assert.Equal("0", Repr(B("next", it, I(0))));
        Assert.Equal("StopIteration: ", Error(() => B("next", it)));
        Assert.Equal("TypeError: 'list' object isn't an iterator", Error(() => B("next", L(1))));
        Assert.Equal("TypeError: 'int' object isn't iterable", Error(() => B("iter", I(1))));

        int n = 0;
        var counter = new BuiltinFunction("counter", () => I(++n));
        Assert.Equal("[1, 2, 3]", Repr(ToList(B("iter", counter, I(4)))));
    }

    [Fact]
    public void EnumerateZipMapFilterReversed()
    {
        Assert.Equal("[(0, 'a'), (1, 'b')]", Repr(ToList(B("enumerate", LO(S("a"), S("b"))))));
        Assert.Equal("[(5, 'a')]", Repr(ToList(BKw("enumerate", new PyObject[] { LO(S("a")) }, ("start", I(5))))));
        Assert.Equal("[(1, 4), (2, 5)]", Repr(ToList(B("zip", L(1, 2, 3), L(4, 5)))));
        Assert.Equal("[]", Repr(ToList(B("zip"))));
        Assert.Equal("TypeError: function doesn't take keyword arguments", Error(() => BKw("zip", new PyObject[] { L(1) }, ("strict", BoolObject.True))));
        var add = new BuiltinFunction("add", (a, b) => Ops.BinaryOp(Bytecode.BinaryOp.Add, a, b));
        Assert.Equal("[11, 22]", Repr(ToList(B("map", add, L(1, 2, 3), L(10, 20)))));
        Assert.Equal("TypeError: function missing 1 required positional arguments", Error(() => B("map", add)));
        Assert.Equal("[1, 2]", Repr(ToList(B("filter", NoneObject.None, L(0, 1, 0, 2)))));
        var odd = Fn("odd", x => BoolObject.From(((IntObject)x).Value % 2 == 1));
        Assert.Equal("[1, 3]", Repr(ToList(B("filter", odd, L(1, 2, 3)))));
        Assert.Equal("[3, 2, 1]", Repr(ToList(B("reversed", L(1, 2, 3)))));
        Assert.Equal("[2, 1]", Repr(ToList(B("reversed", T(1, 2)))));
        Assert.Equal("TypeError: object of type 'int' has no len()", Error(() => B("reversed", I(1))));
        var d = new DictObject();
        d.SetItem(S("a"), I(0));
        d.SetItem(S("b"), I(0));
        Assert.Equal("['b', 'a']", Repr(ToList(B("reversed", d))));
        Assert.Equal("<zip>", Repr(B("zip")));
        Assert.Equal("<map>", Repr(B("map", add, L())));
        Assert.Equal("<enumerate>", Repr(B("enumerate", L())));
        Assert.Equal("<filter>", Repr(B("filter", add, L())));
        Assert.Equal("<reversed>", Repr(B("reversed", L())));
    }

    [Fact]
    public void LenHashIdRepr()
    {
        Assert.Equal("3", Repr(B("len", L(1, 2, 3))));
        Assert.Equal("0", Repr(B("len", new DictObject())));
        Assert.Equal("TypeError: object of type 'int' has no len()", Error(() => B("len", I(1))));
        Assert.Equal("5", Repr(B("hash", I(5))));
        Assert.Equal(Repr(B("hash", T(1, 2))), Repr(B("hash", T(1, 2))));
        Assert.Equal("TypeError: unsupported type for __hash__: 'list'", Error(() => B("hash", L())));
        var l = L();
        Assert.Equal(Repr(B("id", l)), Repr(B("id", l)));
        Assert.Equal("'[1]'", Repr(B("repr", L(1))));
    }

    [Fact]
    public void IsInstanceIsSubclass()
    {
        Assert.Same(BoolObject.True, B("isinstance", L(), ListObject.PyType));
        Assert.Same(BoolObject.True, B("isinstance", L(), T(I(1).Type, ListObject.PyType)));
        Assert.Same(BoolObject.False, B("isinstance", L(), DictObject.PyType));
        Assert.Same(BoolObject.True, B("issubclass", ListObject.PyType, TypeObject.ObjectType));
        Assert.Equal("TypeError: issubclass() arg 2 must be a class or a tuple of classes", Error(() => B("isinstance", I(1), I(1))));
        Assert.Equal("TypeError: issubclass() arg 1 must be a class", Error(() => B("issubclass", I(1), IntObject.PyType)));
    }

    [Fact]
    public void Callable()
    {
        Assert.Same(BoolObject.True, B("callable", ListObject.PyType));
        Assert.Same(BoolObject.True, B("callable", Builtin("len")));
        Assert.Same(BoolObject.True, B("callable", Ops.LoadAttr(L(), StrObject.Intern("append"))));
        Assert.Same(BoolObject.False, B("callable", I(1)));
        Assert.Same(BoolObject.False, B("callable", L()));
    }

    [Fact]
    public void Attributes()
    {
        var m = new ModuleObject("m");
        B("setattr", m, S("x"), I(1));
        Assert.Equal("1", Repr(B("getattr", m, S("x"))));
        Assert.Same(BoolObject.True, B("hasattr", m, S("x")));
        B("delattr", m, S("x"));
        Assert.Same(BoolObject.False, B("hasattr", m, S("x")));
        Assert.Equal("5", Repr(B("getattr", m, S("x"), I(5))));
        Assert.Equal("AttributeError: module 'm' has no attribute 'x'", Error(() => B("getattr", m, S("x"))));
        Assert.Equal("TypeError: can't convert 'int' object to str implicitly", Error(() => B("getattr", m, I(1))));
        Assert.IsType<BoundMethodObject>(B("getattr", L(), S("append")));
    }

    [Fact]
    public void Dir()
    {
        var m = new ModuleObject("m");
        m.Globals.SetItem("b", I(1));
        m.Globals.SetItem("a", I(2));
        Assert.Equal("['__name__', 'a', 'b']", Repr(B("dir", m)));
        var names = (ListObject)B("dir", L());
        Assert.True(names.Contains(S("append")));
        Assert.True(names.Contains(S("__class__")));
    }

    [Fact]
    public void Print()
    {
        var output = new StringWriter();
        _rt.Stdout = output;
        B("print", I(1), S("a"), L(1));
        BKw("print", new PyObject[] { I(1), I(2) }, ("sep", S("-")), ("end", S("!")));
        BKw("print", Array.Empty<PyObject>(), ("sep", NoneObject.None), ("end", NoneObject.None));
        Assert.Equal("1 a [1]\n1-2!\n", output.ToString());
        Assert.Equal("TypeError: extra keyword arguments given", Error(() => BKw("print", Array.Empty<PyObject>(), ("flush", BoolObject.True))));
        Assert.Equal("TypeError: can't convert 'int' object to str implicitly", Error(() => BKw("print", Array.Empty<PyObject>(), ("end", I(1)))));
    }

    [Fact]
    public void PrintToFileObjectCallsWrite()
    {
        var written = new ListObject();
        var m = new ModuleObject("f");
        m.Globals.SetItem("write", new BuiltinFunction("write", s =>
        {
            written.Append(s);
            return NoneObject.None;
        }));
        BKw("print", new PyObject[] { I(1), I(2) }, ("file", m));
        Assert.Equal("['1', ' ', '2', '\\n']", Repr(written));
    }

    [Fact]
    public void Input()
    {
        var output = new StringWriter();
        _rt.Stdout = output;
        _rt.Stdin = new StringReader("hello\n");
        Assert.Equal("'hello'", Repr(B("input", S("> "))));
        Assert.Equal("> ", output.ToString());
        Assert.Equal("EOFError: ", Error(() => B("input")));
    }

    [Fact]
    public void OpenWithoutFileSystemRaisesEnoent()
    {
        Assert.Equal("OSError: [Errno 2] ENOENT", Error(() => B("open", S("/nonexistent/x"))));
    }

    [Fact]
    public void GlobalsAndLocalsComeFromTheProvider()
    {
        var g = new DictObject();
        _rt.CurrentGlobalsProvider = () => g;
        Assert.Same(g, B("globals"));
        Assert.Same(g, B("locals"));
    }

    [Fact]
    public void CompileRejectsBadMode()
    {
        Assert.Equal("ValueError: bad compile mode", Error(() => B("compile", S("1"), S("<s>"), S("bad"))));
        Assert.Equal("TypeError: object with buffer protocol required", Error(() => B("exec", I(1))));
        Assert.Equal("TypeError: ", Error(() => B("exec", S("x"), I(1))));
    }
}
