using System;
using MicroPython.Bytecode;
using MicroPython.Objects;
using MicroPython.Runtime;
using Xunit;
using static MicroPython.Tests.Objects.Py;

namespace MicroPython.Tests.Objects;

// Expected values checked against CPython 3 (python3 on the build machine), except where MicroPython differs
// (cpython-differences.md §2, errors-and-tracebacks.md §3), which the test names say.
public class StrTests
{
    public StrTests()
    {
        NewRuntime();
    }

    private static string V(PyObject o) => ((StrObject)o).Value;

    private static string Str(PyObject self, string method, params PyObject[] args) => Repr(Call(self, method, args));

    [Fact]
    public void ReprChoosesQuotesLikeCPython()
    {
        Assert.Equal("'abc'", Repr(S("abc")));
        Assert.Equal("\"it's\"", Repr(S("it's")));
        Assert.Equal("'say \"hi\"'", Repr(S("say \"hi\"")));
        Assert.Equal("'both \\' and \"'", Repr(S("both ' and \"")));
        Assert.Equal("'a\\nb\\tc\\rd\\\\e'", Repr(S("a\nb\tc\rd\\e")));
        Assert.Equal("'\\x00\\x01\\x1f\\x7f'", Repr(S("\x00\x01\x1f\x7f")));
    }

    [Fact]
    public void ReprPrintsNonAsciiLiterallyAsMicroPythonDoes()
    {
        // CPython escapes \x80 and \u2028 (not printable); MicroPython prints everything from U+0080 as is.
        Assert.Equal("'\u0080é\u2028😀\uffff'", Repr(S("\u0080é\u2028😀\uffff")));
        Assert.Equal("'\\ud800'", Repr(S("\ud800")));
    }

    [Fact]
    public void LengthAndIndexingAreByCodePoint()
    {
        var s = S("a😀bc");
        Assert.Equal(4, s.Length());
        Assert.Equal("😀", V(s.GetItem(I(1))));
        Assert.Equal("c", V(s.GetItem(I(-1))));
        Assert.Equal("😀b", V(s.GetItem(Slice(1, 3))));
        Assert.Equal("cb😀a", V(s.GetItem(Slice(null, null, -1))));
        Assert.Equal("ab", V(s.GetItem(Slice(null, null, 2))));
        Assert.Equal("['a', '😀', 'b', 'c']", Repr(ToList(s)));
        Assert.Equal(2, ((IntObject)Call(s, "find", S("b"))).Value);
        Assert.Equal(3, ((IntObject)Call(s, "index", S("c"))).Value);
        Assert.Equal(1, ((IntObject)Call(s, "rfind", S("😀"))).Value);
        Assert.Equal(5, ((IntObject)Call(s, "count", S(""))).Value);
        Assert.Equal(3, ((IntObject)Call(s, "find", S("c"), I(2))).Value);
        Assert.Equal("**a😀*", V(Call(S("a😀"), "center", I(5), S("*"))));
    }

    [Fact]
    public void SingleCharactersAreShared()
    {
        var s = S("hello");
        Assert.Same(s.GetItem(I(0)), S("xh").GetItem(I(1)));
        var it = s.GetIter();
        Assert.Same(it.Next(), StrObject.FromChar('h'));
    }

    [Fact]
    public void Slicing()
    {
        var s = S("abcdef");
        Assert.Equal("fdb", V(s.GetItem(Slice(null, null, -2))));
        Assert.Equal("edc", V(s.GetItem(Slice(-2, 1, -1))));
        Assert.Equal("", V(s.GetItem(Slice(5, 2))));
        Assert.Equal("cdef", V(s.GetItem(Slice(2, 100))));
        Assert.Same(s, s.GetItem(Slice(null, null)));
        Assert.Equal("ValueError: slice step can't be zero", Error(() => s.GetItem(Slice(null, null, 0))));
    }

    [Fact]
    public void IndexErrors()
    {
        Assert.Equal("IndexError: string index out of range", Error(() => S("abc").GetItem(I(3))));
        Assert.Equal("IndexError: string index out of range", Error(() => S("abc").GetItem(I(-4))));
        Assert.Equal("TypeError: string indices must be integers, not str", Error(() => S("abc").GetItem(S("a"))));
        Assert.Equal("TypeError: 'str' object doesn't support item assignment", Error(() => S("abc").SetItem(I(0), S("x"))));
    }

    [Fact]
    public void Operators()
    {
        Assert.Equal("'ab'", Repr(Ops.BinaryOp(BinaryOp.Add, S("a"), S("b"))));
        Assert.Equal("'aaa'", Repr(Ops.BinaryOp(BinaryOp.Multiply, S("a"), I(3))));
        Assert.Equal("'ababab'", Repr(Ops.BinaryOp(BinaryOp.Multiply, I(3), S("ab"))));
        Assert.Equal("''", Repr(Ops.BinaryOp(BinaryOp.Multiply, S("x"), I(-1))));
        Assert.Equal("True", Repr(Ops.BinaryOp(BinaryOp.Less, S("abc"), S("abd"))));
        Assert.Equal("True", Repr(Ops.BinaryOp(BinaryOp.More, S("b"), S("abc"))));
        Assert.Equal("True", Repr(Ops.BinaryOp(BinaryOp.Less, S("\uffff"), S("😀"))));
        Assert.Equal("True", Repr(Ops.BinaryOp(BinaryOp.Equal, S("abc"), S("abc"))));
        Assert.Equal("False", Repr(Ops.BinaryOp(BinaryOp.Equal, S("1"), I(1))));
        Assert.Equal("True", Repr(Ops.BinaryOp(BinaryOp.NotEqual, S("a"), new BytesObject(new byte[] { 97 }))));
        Assert.True(Ops.Contains(S("cabd"), S("ab")));
        Assert.True(Ops.Contains(S("a"), S("")));
    }

    [Fact]
    public void OperatorErrors()
    {
        Assert.Equal("TypeError: unsupported types for __add__: 'str', 'int'", Error(() => Ops.BinaryOp(BinaryOp.Add, S("a"), I(1))));
        Assert.Equal("TypeError: unsupported types for __add__: 'str', 'bytes'", Error(() => Ops.BinaryOp(BinaryOp.Add, S("a"), new BytesObject(new byte[] { 98 }))));
        Assert.Equal("TypeError: unsupported types for __lt__: 'str', 'int'", Error(() => Ops.BinaryOp(BinaryOp.Less, S("a"), I(1))));
        Assert.Equal("TypeError: can't convert 'int' object to str implicitly", Error(() => Ops.Contains(S("a"), I(1))));
        Assert.Equal("TypeError: unsupported types for __mul__: 'str', 'str'", Error(() => Ops.BinaryOp(BinaryOp.Multiply, S("a"), S("b"))));
    }

    [Fact]
    public void SplitFamily()
    {
        Assert.Equal("['hello', 'world']", Str(S("  hello   world "), "split"));
        Assert.Equal("['', 'a', '', 'b', '']", Str(S(" a  b "), "split", S(" ")));
        Assert.Equal("['a', 'b', ',c']", Str(S("a,b,,c"), "split", S(","), I(2)));
        Assert.Equal("['a', 'b  c  ']", Str(S("  a b  c  "), "split", NoneObject.None, I(1)));
        Assert.Equal("['a,b', 'c']", Str(S("a,b,c"), "rsplit", S(","), I(1)));
        Assert.Equal("['a', 'b', 'c']", Str(S("a b c"), "rsplit"));
        Assert.Equal("['a', 'b c']", Repr(CallKw(S("a b c"), "split", Array.Empty<PyObject>(), ("maxsplit", I(1)))));
        Assert.Equal("['a', 'b', 'c']", Str(S("a\r\nb\rc\n"), "splitlines"));
        Assert.Equal("['a\\r\\n', 'b\\r', 'c\\n']", Repr(CallKw(S("a\r\nb\rc\n"), "splitlines", Array.Empty<PyObject>(), ("keepends", BoolObject.True))));
        Assert.Equal("['x', '']", Str(S("x\n\n"), "splitlines"));
        Assert.Equal("('a', '-', 'b-c')", Str(S("a-b-c"), "partition", S("-")));
        Assert.Equal("('a-b', '-', 'c')", Str(S("a-b-c"), "rpartition", S("-")));
        Assert.Equal("('abc', '', '')", Str(S("abc"), "partition", S("x")));
        Assert.Equal("('', '', 'abc')", Str(S("abc"), "rpartition", S("x")));
    }

    [Fact]
    public void SplitErrorsFollowMicroPython()
    {
        Assert.Equal("ValueError: empty separator", Error(() => Call(S("a"), "split", S(""))));
        Assert.Equal("ValueError: empty separator", Error(() => Call(S("a"), "partition", S(""))));
        Assert.Equal("[' a  b', 'c']", Repr(Call(S(" a  b c  "), "rsplit", NoneObject.None, I(1))));
        Assert.Equal("['a', 'b', 'c']", Repr(Call(S("a b c"), "rsplit", NoneObject.None, I(5))));
        Assert.Equal("['  a b']", Repr(Call(S("  a b  "), "rsplit", NoneObject.None, I(0))));
        Assert.Equal("[]", Repr(Call(S("   "), "rsplit", NoneObject.None, I(1))));
        Assert.Equal("TypeError: can't convert 'int' object to str implicitly", Error(() => Call(S("a"), "split", I(1))));
    }

    [Fact]
    public void JoinAcceptsAnyIterableOfStr()
    {
        Assert.Equal("'a,b,c'", Str(S(","), "join", LO(S("a"), S("b"), S("c"))));
        Assert.Equal("'a|b|c'", Str(S("|"), "join", S("abc")));
        Assert.Equal("''", Str(S(","), "join", L()));
        Assert.Equal("'one - two'", Str(S(" - "), "join", T(S("one"), S("two"))));
        Assert.Equal("TypeError: join expects a list of str/bytes objects consistent with self object", Error(() => Call(S(","), "join", LO(S("a"), I(1)))));
    }

    [Fact]
    public void StripReplaceFind()
    {
        Assert.Equal("'xx'", Str(S("  xx \t\n"), "strip"));
        Assert.Equal("'hi'", Str(S("xxhixx"), "strip", S("x")));
        Assert.Equal("'c'", Str(S("abc"), "lstrip", S("ab")));
        Assert.Equal("'ab'", Str(S("abc"), "rstrip", S("c")));
        Assert.Equal("'bbbba'", Str(S("aaa"), "replace", S("a"), S("bb"), I(2)));
        Assert.Equal("'-a-b-c-'", Str(S("abc"), "replace", S(""), S("-")));
        Assert.Equal("'-a-bc'", Str(S("abc"), "replace", S(""), S("-"), I(2)));
        Assert.Equal("'x'", Str(S(""), "replace", S(""), S("x")));
        Assert.Equal("-1", Str(S("abc"), "find", S("z")));
        Assert.Equal("3", Str(S("abc"), "find", S(""), I(3)));
        Assert.Equal("-1", Str(S("abc"), "find", S(""), I(4)));
        Assert.Equal("ValueError: substring not found", Error(() => Call(S("abc"), "index", S("z"))));
        Assert.Equal("TypeError: can't convert 'int' object to str implicitly", Error(() => Call(S("abc"), "find", I(1))));
        Assert.Equal("True", Str(S("abc"), "startswith", T(S("x"), S("a"))));
        Assert.Equal("True", Str(S("abc"), "endswith", S("bc"), I(0), I(3)));
        Assert.Equal("True", Str(S("abc"), "startswith", S("b"), I(1)));
        Assert.Equal("False", Str(S("abc"), "startswith", S(""), I(4)));
    }

    [Fact]
    public void CaseAndPredicates()
    {
        Assert.Equal("'HELLO 123'", Str(S("Hello 123"), "upper"));
        Assert.Equal("'hello 123'", Str(S("Hello 123"), "lower"));
        Assert.Equal("'Hello World'", Str(S("hello world"), "title"));
        Assert.Equal("'Hello'", Str(S("hELLO"), "capitalize"));
        Assert.Equal("'aBc'", Str(S("AbC"), "swapcase"));
        Assert.Equal("True", Str(S("ABC"), "isupper"));
        Assert.Equal("False", Str(S("123"), "isupper"));
        Assert.Equal("True", Str(S("a1"), "islower"));
        Assert.Equal("False", Str(S(""), "isdigit"));
        Assert.Equal("True", Str(S("héllo"), "isalpha"));
        Assert.Equal("True", Str(S(" \t\n"), "isspace"));
        Assert.Equal("True", Str(S("²"), "isdigit"));
        Assert.Equal("True", Str(S("Ab Cd"), "istitle"));
        Assert.Equal("False", Str(S("1x"), "isidentifier"));
        Assert.Equal("False", Str(S("a\n"), "isprintable"));
    }

    [Fact]
    public void Justification()
    {
        Assert.Equal("'  ab '", Str(S("ab"), "center", I(5)));
        Assert.Equal("'**ab*'", Str(S("ab"), "center", I(5), S("*")));
        Assert.Equal("'ab..'", Str(S("ab"), "ljust", I(4), S(".")));
        Assert.Equal("'  ab'", Str(S("ab"), "rjust", I(4)));
        Assert.Equal("'-00042'", Str(S("-42"), "zfill", I(6)));
        Assert.Equal("'a   b'", Str(S("a\tb"), "expandtabs", I(4)));
        Assert.Equal("TypeError: function takes 2 positional arguments but 1 were given", Error(() => Call(S("x"), "zfill")));
        Assert.Equal("TypeError: function takes 2 positional arguments but 1 were given", Error(() => Call(S("x"), "center")));
    }

    [Fact]
    public void EncodeAndConstruct()
    {
        Assert.Equal("b'h\\xc3\\xa9'", Str(S("hé"), "encode"));
        Assert.Equal("b'abc'", Str(S("abc"), "encode", S("ascii")));
        Assert.Equal("UnicodeError: ", Error(() => Call(S("é"), "encode", S("ascii"))));
        Assert.Equal("LookupError: unknown encoding: latin-1", Error(() => Call(S("a"), "encode", S("latin-1"))));
        var bad = new BytesObject(new byte[] { 97, 98, 0xff });
        Assert.Equal("'ab\ufffd'", Repr(StrObject.PyType.Call(new PyObject[] { bad, S("utf-8"), S("replace") }, 0)));
        Assert.Equal("'ab'", Repr(StrObject.PyType.Call(new PyObject[] { bad, S("utf-8"), S("ignore") }, 0)));
        Assert.Equal("UnicodeError: ", Error(() => StrObject.PyType.Call(new PyObject[] { bad, S("utf-8") }, 0)));
        Assert.Equal("TypeError: object with buffer protocol required", Error(() => StrObject.PyType.Call(new PyObject[] { I(1), I(2) }, 0)));
        Assert.Equal("''", Repr(StrObject.PyType.Call(ReadOnlySpan<PyObject>.Empty, 0)));
        Assert.Equal("'[1, 2]'", Repr(StrObject.PyType.Call(new PyObject[] { L(1, 2) }, 0)));
        Assert.Equal("\"b'ab'\"", Repr(StrObject.PyType.Call(new PyObject[] { new BytesObject(new byte[] { 97, 98 }) }, 0)));
        Assert.Equal(
            "NotImplementedError: keyword argument(s) not implemented - use normal args instead",
            Error(() => StrObject.PyType.Call(new PyObject[] { bad, StrObject.Intern("encoding"), S("utf-8") }, 1)));
    }

    [Fact]
    public void TranslateAndAffixes()
    {
        Assert.Equal("{97: 120, 98: 121}", Repr(Call(StrObject.PyType, "maketrans", S("ab"), S("xy"))));
        Assert.Equal("'xy'", Str(S("abc"), "translate", Call(StrObject.PyType, "maketrans", S("ab"), S("xy"), S("c"))));
        Assert.Equal("''", Str(S("a"), "removeprefix", S("a")));
        Assert.Equal("'ab'", Str(S("abc"), "removesuffix", S("c")));
    }

    [Fact]
    public void EndToEndFromPythonSource()
    {
        var src = """
            words = 'the quick brown fox'.split()
            print(' '.join(w.capitalize() for w in words), len(words))
            s = 'a😀b'
            print(len(s), s[1], s[::-1], [c for c in s], s.find('b'))
            print(repr("it's"), repr('a\tb\x01'), str(b'ab', 'utf-8'), 'é'.encode())
            try:
                'a' + b'b'
            except TypeError as e:
                print(e)
            class S(str):
                def shout(self):
                    return self.upper() + '!'
            print(S('abc').shout(), S('x') + 'y', '-'.join([S('a'), 'b']))
            """;
        var (output, error) = MicroPython.Tests.Vm.InterpreterTests.Run(src);
        Assert.Null(error);
        Assert.Equal(
            "The Quick Brown Fox 4\n3 😀 b😀a ['a', '😀', 'b'] 2\n\"it's\" 'a\\tb\\x01' ab b'\\xc3\\xa9'\n"
            + "unsupported types for __add__: 'str', 'bytes'\nABC! xy a-b\n",
            output);
    }

    [Fact]
    public void LongConcatenationsShareABuilderSafely()
    {
        var s = S(new string('x', 300));
        var a = Ops.BinaryOp(BinaryOp.Add, s, S("a"));
        var b = Ops.BinaryOp(BinaryOp.Add, a, S("b"));   // appends in place to a's builder
        var c = Ops.BinaryOp(BinaryOp.Add, a, S("c"));   // a no longer ends the builder: copies
        Assert.Equal(301, a.Length());
        Assert.Equal(new string('x', 300) + "b", V(Ops.BinaryOp(BinaryOp.Add, s, S("b"))));
        Assert.Equal("xab", V(b.GetItem(Slice(-3, null))));
        Assert.Equal("xac", V(c.GetItem(Slice(-3, null))));
        Assert.Equal("xa", V(a.GetItem(Slice(-2, null))));
        Assert.Equal(Ops.Hash(S(new string('x', 300) + "ab")), Ops.Hash(b));

        PyObject t = StrObject.Empty;
        for (int i = 0; i < 1000; i++)
        {
            t = Ops.BinaryOp(BinaryOp.InplaceAdd, t, S(i % 2 == 0 ? "é" : "😀"));
            Assert.Equal(i + 1, t.Length());
        }

        Assert.Equal("é😀", V(t.GetItem(Slice(-2, null))));
        Assert.Equal(500, ((IntObject)Call(t, "count", S("😀"))).Value);
    }

    [Fact]
    public void HashIsStable()
    {
        Assert.Equal(Ops.Hash(S("abc")), Ops.Hash(S("ab") is var x ? Ops.BinaryOp(BinaryOp.Add, x, S("c")) : x));
    }
}
