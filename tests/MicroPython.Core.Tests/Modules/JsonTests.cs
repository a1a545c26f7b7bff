using MicroPython.Modules.Json;
using MicroPython.Runtime;
using MicroPython.Tests.Vm;
using Xunit;

namespace MicroPython.Tests.Modules;

/// <summary>
/// The <c>json</c> module end to end (Python source through the runtime). The first group's expected outputs were
/// checked with CPython 3, where MicroPython agrees; the second pins MicroPython's own behaviour
/// (cpython-differences.md §3: text written as UTF-8, no TypeError for other objects, its error texts).
/// </summary>
public sealed class JsonTests
{
    /// <summary>The json plug-in's module, registered in the in-process runtime as the launcher would.</summary>
    private static void WithJson(PyRuntime runtime) => runtime.BuiltinModules["json"] = static _ => JsonModule.Create();

    private static string Ok(string source)
    {
        var (output, error) = InterpreterTests.Run("import json\n" + source, WithJson);
        Assert.True(error == null, error == null ? null : output + TracebackPrinter.Format(error.Value));
        return output;
    }

    private static string LastLine(string source)
    {
        var (_, error) = InterpreterTests.Run("import json\n" + source, WithJson);
        Assert.NotNull(error);
        var text = TracebackPrinter.Format(error!.Value).TrimEnd('\n');
        return text.Substring(text.LastIndexOf('\n') + 1);
    }

    // ---- behaviour shared with CPython (expected outputs produced by python3) ---------------------------------

    [Theory]
    [InlineData("print(json.dumps([1, 'a', None, True, False, 2.5, (1, 2), {'k': []}]))", "[1, \"a\", null, true, false, 2.5, [1, 2], {\"k\": []}]\n")]
    [InlineData("print(json.dumps({'a': 1, 'b': [2, 3]}, separators=(',', ':')))", "{\"a\":1,\"b\":[2,3]}\n")]
    [InlineData("print(json.dumps([1, {'b': 2}], separators=[';', '=']))", "[1;{\"b\"=2}]\n")]
    [InlineData("print(json.dumps(2**100), json.dumps(-2**70))", "1267650600228229401496703205376 -1180591620717411303424\n")]
    [InlineData("print(json.dumps({1: 2, None: 3, 1.5: 4, False: 5}))", "{\"1\": 2, \"null\": 3, \"1.5\": 4, \"false\": 5}\n")]
    [InlineData("print(json.dumps({'s': 'a\"b\\\\c\\n\\r\\t\\x01\\x1f/'}))", "{\"s\": \"a\\\"b\\\\c\\n\\r\\t\\u0001\\u001f/\"}\n")]
    [InlineData("print(json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(3.0))", "1e+100 0.1 -0.0 3.0\n")]
    [InlineData("print(json.loads('{\"a\": [1, 2.5, -3e2, true, false, null], \"b\": {\"c\": \"d\"}}'))", "{'a': [1, 2.5, -300.0, True, False, None], 'b': {'c': 'd'}}\n")]
    [InlineData("s = json.loads('\"\\\\ud83d\\\\ude00\"'); print(len(s), ord(s))", "1 128512\n")]
    [InlineData("s = json.loads('\"\\\\ud800x\"'); print(len(s), s == chr(0xd800) + 'x')", "2 True\n")]
    [InlineData("print(json.loads('[\"\\u00e9\\u20ac\"]'.encode())[0] == '\\u00e9\\u20ac', json.loads(b'\"\\\\u00e9\"') == '\\u00e9')", "True True\n")]
    [InlineData("print(json.loads('123456789012345678901234567890') + 1, json.loads('-9223372036854775809'))", "123456789012345678901234567891 -9223372036854775809\n")]
    [InlineData("print(json.loads('9223372036854775807'), json.loads('-9223372036854775808'), json.loads('999999999999999999'))", "9223372036854775807 -9223372036854775808 999999999999999999\n")]
    [InlineData("print(json.loads(bytearray(b'[1, {\"k\": null}]')))", "[1, {'k': None}]\n")]
    [InlineData("print(json.loads('1e400'), json.loads('-1e400'), json.loads('0.1'), json.loads('-0.0'), json.loads('1E+2'))", "inf -inf 0.1 -0.0 100.0\n")]
    [InlineData("print(json.loads(' \\t\\r\\n[ 1 ,\\n2 ] \\n'), json.loads('{ \"a\" : { } , \"b\" : [ ] }'))", "[1, 2] {'a': {}, 'b': []}\n")]
    [InlineData("print(json.loads('\"\\\\\" \\\\\\\\ \\\\/ \\\\b \\\\f \\\\n \\\\r \\\\t\"') == '\" \\\\ / \\b \\f \\n \\r \\t')", "True\n")]
    [InlineData("print(json.loads('{\"a\": 1, \"a\": 2}'), json.loads('[[[[]]]]'))", "{'a': 2} [[[[]]]]\n")]
    public void AgreesWithCPython(string source, string expected)
    {
        Assert.Equal(expected, Ok(source));
    }

    [Fact]
    public void DumpAndLoadUseTheStreamMethods()
    {
        var src = """
            class W:
                def __init__(self): self.parts = []
                def write(self, s): self.parts.append(s)
            w = W()
            r = json.dump({'a': (1, 2), 'b': 'x'}, w)
            print(''.join(w.parts), r)
            w = W()
            json.dump([1, [2]], w, separators=(',', ':'))
            print(''.join(w.parts))
            class R:
                def read(self): return ' [1, {"z": [true]}] \n'
            print(json.load(R()))
            class RB:
                def read(self): return b'{"b": 2}'
            print(json.load(RB()))
            """;
        Assert.Equal("{\"a\": [1, 2], \"b\": \"x\"} None\n[1,[2]]\n[1, {'z': [True]}]\n{'b': 2}\n", Ok(src));
    }

    [Fact]
    public void SubclassesOfJsonTypesEncodeAsTheirBase()
    {
        var src = """
            class D(dict): pass
            class L(list): pass
            class S(str): pass
            class I(int): pass
            class F(float): pass
            class T(tuple): pass
            d = D()
            d['x'] = L([S('abc'), I(5), F(0.5), (S('t'),), T((1, 2))])
            print(json.dumps(d))
            """;
        Assert.Equal("{\"x\": [\"abc\", 5, 0.5, [\"t\"], [1, 2]]}\n", Ok(src));
    }

    [Fact]
    public void RoundTripOfAGeneratedDocument()
    {
        var src = """
            data = [{'id': i, 'name': 'u' + str(i), 'on': i % 2 == 0, 'm': None, 'r': i / 4, 't': ['a'] * (i % 3),
                     'big': 10 ** 20 + i, 'q': 'say "hi"\n'} for i in range(50)]
            text = json.dumps(data)
            back = json.loads(text)
            print(back == data, len(text), json.loads(json.dumps(data, separators=(',', ':'))) == data)
            """;
        Assert.Equal("True 6219 True\n", Ok(src));
    }

    // ---- MicroPython's own behaviour -------------------------------------------------------------------------

    [Theory]
    [InlineData("print(json.dumps('\u00e9\u20ac\U0001F600'))", "\"\u00e9\u20ac\U0001F600\"\n")] // CPython: "\u00e9\u20ac\ud83d\ude00"
    [InlineData("print(json.dumps('\\b\\f\\x7f'))", "\"\\u0008\\u000c\u007f\"\n")] // CPython: "\b\f\u007f"
    [InlineData("print(json.dumps(b'ab\"'))", "\"ab\\\"\"\n")] // CPython: TypeError
    [InlineData("print(json.dumps({5}), json.dumps([range(2)]))", "{5} [range(0, 2)]\n")]
    [InlineData("class A:\n  def __repr__(self): return 'AAA'\nprint(json.dumps([A(), {'k': A()}]))", "[AAA, {\"k\": AAA}]\n")]
    [InlineData("class L(list):\n  def __repr__(self): return 'L!'\nprint(json.dumps({'x': L([1])}))", "{\"x\": L!}\n")]
    [InlineData("print(json.dumps({(1, 2): 0}), json.dumps({b'k': 1}))", "{\"[1, 2]\": 0} {\"k\": 1}\n")]
    [InlineData("print(json.dumps({(1, 2): 0}, separators=(',', ':')))", "{\"[1,2]\":0}\n")]
    [InlineData("print(json.dumps(float('inf')), json.dumps(float('-inf')), json.dumps(float('nan')))", "inf -inf nan\n")]
    [InlineData("print(json.loads('\"a\\x01\\nb\"') == 'a\\x01\\nb')", "True\n")] // raw control characters accepted; CPython rejects them
    [InlineData("d = json.loads('[' * 100000 + ']' * 100000)\nn = 0\nwhile d:\n  d = d[0]\n  n += 1\nprint(n)", "99999\n")] // CPython: RecursionError
    [InlineData("print(type(json.dumps).__name__, sorted(k for k in dir(json) if not k.startswith('_')))", "function ['dump', 'dumps', 'load', 'loads']\n")]
    public void MicroPythonBehaviour(string source, string expected)
    {
        Assert.Equal(expected, Ok(source));
    }

    [Theory]
    [InlineData("json.loads('[1,]')")]
    [InlineData("json.loads('{\"a\": 1,}')")]
    [InlineData("json.loads('[1 2]')")]
    [InlineData("json.loads('{\"a\" 1}')")]
    [InlineData("json.loads('{1: 2}')")]
    [InlineData("json.loads('01')")]
    [InlineData("json.loads('1.')")]
    [InlineData("json.loads('.5')")]
    [InlineData("json.loads('1e')")]
    [InlineData("json.loads('-')")]
    [InlineData("json.loads('NaN')")]
    [InlineData("json.loads('Infinity')")]
    [InlineData("json.loads('\"\\\\x\"')")]
    [InlineData("json.loads('\"\\\\u12\"')")]
    [InlineData("json.loads('\"\\\\u12g4\"')")]
    [InlineData("json.loads('\"abc')")]
    [InlineData("json.loads('')")]
    [InlineData("json.loads('[1] 2')")]
    [InlineData("json.loads(b'\"\\xff\"')")]
    [InlineData("json.loads('\\ufeff1')")]
    public void MalformedJsonIsASyntaxError(string source)
    {
        Assert.Equal("ValueError: syntax error in JSON", LastLine(source));
    }

    [Theory]
    [InlineData("json.loads(5)", "TypeError: object with buffer protocol required")]
    [InlineData("json.loads()", "TypeError: function takes 1 positional arguments but 0 were given")]
    [InlineData("json.dumps()", "TypeError: function missing 1 required positional arguments")]
    [InlineData("json.dump(1)", "TypeError: function missing 1 required positional arguments")]
    [InlineData("json.dumps(1, indent=2)", "TypeError: extra keyword arguments given")]
    [InlineData("json.dumps(1, sort_keys=True)", "TypeError: extra keyword arguments given")]
    [InlineData("json.dumps(1, (',', ':'))", "TypeError: extra positional arguments given")]
    [InlineData("json.dumps(1, separators=1)", "TypeError: object 'int' isn't a tuple or list")]
    [InlineData("json.dumps(1, separators=(',',))", "ValueError: requested length 2 but object has length 1")]
    [InlineData("json.dumps(1, separators=(1, 2))", "TypeError: can't convert 'int' object to str implicitly")]
    [InlineData("json.load(5)", "OSError: stream operation not supported")]
    [InlineData("json.dump(1, 5)", "OSError: stream operation not supported")]
    [InlineData("l = []\nl.append(l)\njson.dumps(l)", "RuntimeError: maximum recursion depth exceeded")]
    [InlineData("d = {}\nd['d'] = d\njson.dumps(d)", "RuntimeError: maximum recursion depth exceeded")]
    public void ErrorTexts(string source, string expected)
    {
        Assert.Equal(expected, LastLine(source));
    }

    [Fact]
    public void DumpWritesNothingWhenEncodingFails()
    {
        var src = """
            class W:
                def __init__(self): self.n = 0
                def write(self, s): self.n += 1
            w = W()
            l = []
            l.append(l)
            try:
                json.dump([1, l], w)
            except RuntimeError:
                print('error', w.n)
            """;
        Assert.Equal("error 0\n", Ok(src));
    }
}
