using MicroPython.Runtime;
using MicroPython.Tests.Vm;
using Xunit;

namespace MicroPython.Tests.Objects;

/// <summary>
/// Binary operators where an operand is an instance of a subclass of a built-in type (or of another user class):
/// the built-in value takes part like its base type's, and a reflected method the subclass overrides is tried
/// before the left operand's own method (CPython's rule; MicroPython's reverse-operator limitation is not copied).
/// </summary>
public sealed class SubclassOperatorTests
{
    private static string Ok(string source)
    {
        var (output, error) = InterpreterTests.Run(source);
        Assert.True(error == null, error == null ? null : output + TracebackPrinter.Format(error.Value));
        return output;
    }

    [Theory]
    [InlineData("class F(float): pass\nprint(3 / F(2.0), 2 + F(1.5), 7 // F(2.0), 2 ** F(3.0), 7.0 % F(2))", "1.5 3.5 3.0 8.0 1.0\n")]
    [InlineData("class I(int): pass\nprint(1 + I(2), 7 // I(2), 2 ** I(3), 1 << I(3), 6 & I(3), type(1 + I(2)).__name__)", "3 3 8 8 2 int\n")]
    [InlineData("class I(int): pass\nprint(divmod(7, I(2)), divmod(I(7), 2), 2.5 * I(2))", "(3, 1) (3, 1) 5.0\n")]
    [InlineData("class C(complex): pass\nprint(2 * C(1j), 1.5 + C(1))", "2j (2.5+0j)\n")]
    [InlineData("class I(int): pass\nclass F(float): pass\nprint(I(5) < 6, 6 > I(5), F(1.5) < 2, 2 < F(2.5), 1 == F(1.0), True + I(1))", "True True True True True 2\n")]
    [InlineData("class I(int): pass\nx = 1\nx += I(4)\nprint(x)", "5\n")]
    [InlineData("class I(int): pass\nprint(pow(I(3), 2, I(5)), pow(3, I(2), 5), pow(True, 2, 3))", "4 4 1\n")]
    public void BuiltInValueOfASubclassTakesPart(string source, string expected) => Assert.Equal(expected, Ok(source));

    [Theory]
    [InlineData("class G(float):\n def __radd__(self, o): return 'radd'\n def __rsub__(self, o): return 'rsub'\nprint(2.0 + G(1.0), 2 + G(1.0), 2.0 - G(1.0))", "radd radd rsub\n")]
    [InlineData("class J(int):\n def __radd__(self, o): return 'radd'\n def __rmul__(self, o): return 'rmul'\nprint(1 + J(1), 2 * J(3), J(3) * 2)", "radd rmul 6\n")]
    [InlineData("class S(str):\n def __radd__(self, o): return 'sradd'\nprint('a' + S('b'), S('b') + 'a')", "sradd ba\n")]
    [InlineData("class L(list):\n def __radd__(self, o): return 'lradd'\nprint([1] + L([2]))\nx = [1]\nx += L([2])\nprint(x)", "lradd\nlradd\n")]
    [InlineData("class T(tuple):\n def __radd__(self, o): return 'tradd'\nprint((1,) + T((2,)))", "tradd\n")]
    [InlineData("class C(complex):\n def __rmul__(self, o): return 'crmul'\nprint(2j * C(1), 2 * C(1), 2.0 * C(1))", "crmul crmul crmul\n")]
    [InlineData("class I(int):\n def __gt__(self, o): return 'gt'\nprint(1 < I(5))", "gt\n")]
    [InlineData("class G(float):\n def __radd__(self, o): return NotImplemented\nprint(2.0 + G(1.0))", "3.0\n")]
    [InlineData("class Q(int):\n def __radd__(self, o): return NotImplemented\nprint(1 + Q(2), type(1 + Q(2)).__name__)", "3 int\n")]
    [InlineData("class M(list):\n def __radd__(self, o): return NotImplemented\nprint([1] + M([2]))", "[1, 2]\n")]
    public void OverriddenReflectedMethodOfTheSubclassComesFirst(string source, string expected) => Assert.Equal(expected, Ok(source));

    [Theory]
    [InlineData("class A:\n def __add__(self, o): return 'A.add'\n def __radd__(self, o): return 'A.radd'\nclass B(A):\n def __radd__(self, o): return 'B.radd'\nprint(A() + B())", "B.radd\n")]
    [InlineData("class A:\n def __add__(self, o): return 'A.add'\n def __radd__(self, o): return 'A.radd'\nclass B(A): pass\nprint(A() + B())", "A.add\n")]
    [InlineData("class A:\n def __iadd__(self, o): return 'A.iadd'\nclass B(A):\n def __radd__(self, o): return 'B.radd'\nx = A()\nx += B()\nprint(x)", "A.iadd\n")]
    public void UserClassHierarchiesFollowTheSameRule(string source, string expected) => Assert.Equal(expected, Ok(source));

    [Fact]
    public void UnsupportedSubclassOperandNamesTheSubclass()
    {
        var (_, error) = InterpreterTests.Run("class S(str): pass\nprint(1 + S('a'))");
        Assert.NotNull(error);
        Assert.Equal("unsupported types for __add__: 'int', 'S'", Ops.Str(error!.Value));
    }

    /// <summary>MicroPython's str has the buffer protocol, so `in` on bytes searches a str's UTF-8 bytes (CPython: TypeError).</summary>
    [Fact]
    public void StrInBytesSearchesItsUtf8Bytes() =>
        Assert.Equal("True False True True\n", Ok("print('b' in b'abc', 'x' in b'abc', 'bc' in bytearray(b'abc'), 'é' in 'é'.encode())"));
}
