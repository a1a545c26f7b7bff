using MicroPython.Runtime;
using MicroPython.Tests.Vm;
using Xunit;

namespace MicroPython.Tests.Objects;

/// <summary>
/// Classes, instances, special methods, super/property and exception objects through the whole pipeline: Python
/// source in, printed text out. These check MicroPython's own texts and reprs (the CPython-identical behaviour is
/// covered by tests/conformance/classes, specialmethods and exceptions).
/// </summary>
public sealed class EndToEndClassTests
{
    private static string Ok(string source)
    {
        var (output, error) = InterpreterTests.Run(source);
        Assert.True(error == null, error == null ? null : output + TracebackPrinter.Format(error.Value));
        return output;
    }

    private static string LastLine(string source)
    {
        var (_, error) = InterpreterTests.Run(source);
        Assert.NotNull(error);
        var text = TracebackPrinter.Format(error!.Value).TrimEnd('\n');
        return text.Substring(text.LastIndexOf('\n') + 1);
    }

    [Theory]
    [InlineData("class E(Exception): pass\nprint(repr(E('x')), repr(E()), repr(E(1, 2)), repr(ValueError('v')))", "E('x',) E() E(1, 2) ValueError('v',)\n")]
    [InlineData("class E(Exception):\n  def __init__(self, m):\n    super().__init__(m)\n    self.m = m\ne = E('x')\nprint(e.args, e.m, e.value, e.errno, str(e))", "('x',) x x x x\n")]
    [InlineData("class E(ValueError):\n  def __init__(self, a, b):\n    self.s = a + b\ne = E(1, 2)\nprint(e.args, e.s)", "(1, 2) 3\n")]
    [InlineData("class A: pass\nr = repr(A())\nprint(r.startswith('<A object at '), '0x' in r)", "True False\n")]
    [InlineData("print(object(), type(object()) is object)", "<object> True\n")]
    [InlineData("class P:\n  @property\n  def x(self): return 1\nprint(P.x, P().x)", "<property> 1\n")]
    [InlineData("class S:\n  def f(self): return 1\nprint(repr(super(S, S())).startswith('<super: <class \\'S\\'>, <S object at '))", "True\n")]
    [InlineData("class L(list):\n  def __init__(self, n):\n    super().__init__(range(n))\n    self.n = n\nl = L(3)\nl.append(9)\nprint(l, l.n, len(l), isinstance(l, list))", "[0, 1, 2, 9] 3 4 True\n")]
    [InlineData("class D(dict):\n  def __setitem__(self, k, v):\n    super().__setitem__(k, v * 2)\nd = D()\nd['a'] = 1\nprint(d, d['a'])", "{'a': 2} 2\n")]
    [InlineData("class T:\n  def __set_name__(self, owner, name):\n    self.n = owner.__name__ + '.' + name\nclass O:\n  a = T()\nprint(O.a.n)", "O.a\n")]
    [InlineData("class A:\n  def __eq__(self, o): return True\nprint(A() == 1, A() != 1)", "True False\n")]
    [InlineData("class A:\n  def __init__(self): self.x = 1\nprint(A().__dict__, A.__name__, A.__bases__)", "{'x': 1} A (<class 'object'>,)\n")]
    [InlineData("T = type('T', (), {'k': 3})\nprint(T, T.k, T().k, type(T()) is T)", "<class 'T'> 3 3 True\n")]
    public void ProgramsPrintWhatMicroPythonPrints(string source, string expected)
    {
        Assert.Equal(expected, Ok(source));
    }

    [Theory]
    [InlineData("class A: pass\nA.foo", "AttributeError: type object 'A' has no attribute 'foo'")]
    [InlineData("class A: pass\ndel A.foo", "AttributeError: 'type' object has no attribute 'foo'")]
    [InlineData("class A: pass\nA().foo", "AttributeError: 'A' object has no attribute 'foo'")]
    [InlineData("ValueError().x = 1", "AttributeError: 'ValueError' object has no attribute 'x'")]
    [InlineData("object().x = 1", "AttributeError: 'object' object has no attribute 'x'")]
    [InlineData("class B(bool): pass", "TypeError: type 'bool' isn't an acceptable base type")]
    [InlineData("class C(list, dict): pass", "TypeError: multiple bases have instance lay-out conflict")]
    [InlineData("isinstance(1, 1)", "TypeError: issubclass() arg 2 must be a class or a tuple of classes")]
    [InlineData("issubclass(1, int)", "TypeError: issubclass() arg 1 must be a class")]
    [InlineData("type(1, 2)", "TypeError: type takes 1 or 3 arguments")]
    [InlineData("class E:\n  def __eq__(self, o): return True\nhash(E())", "TypeError: unsupported type for __hash__: 'E'")]
    [InlineData("class R:\n  def __init__(self): return 5\nR()", "TypeError: __init__() should return None, not 'int'")]
    [InlineData("class P:\n  @property\n  def x(self): return 1\nP().x = 2", "AttributeError: 'P' object has no attribute 'x'")]
    [InlineData("class S:\n  def f(self): return super().nope()\nS().f()", "AttributeError: 'super' object has no attribute 'nope'")]
    [InlineData("class A: pass\nA() + 1", "TypeError: unsupported types for __add__: 'A', 'int'")]
    [InlineData("class A: pass\nlen(A())", "TypeError: object of type 'A' has no len()")]
    [InlineData("class A: pass\nA()[0]", "TypeError: 'A' object isn't subscriptable")]
    [InlineData("class A: pass\nfor x in A(): pass", "TypeError: 'A' object isn't iterable")]
    [InlineData("class A: pass\nA()()", "TypeError: 'A' object isn't callable")]
    [InlineData("class E(Exception):\n  def __str__(self): return 'custom'\nraise E(1)", "E: 1")]
    [InlineData("class E(Exception):\n  def __repr__(self): return 'R'\nraise E(1)", "R")]
    public void ErrorsCarryMicroPythonsText(string source, string lastLine)
    {
        Assert.Equal(lastLine, LastLine(source));
    }
}
