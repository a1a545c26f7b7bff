using MicroPython.Runtime;
using MicroPython.Tests.Vm;
using Xunit;

namespace MicroPython.Tests.Objects;

/// <summary>
/// CPython number attributes MicroPython leaves out (a limitation, so CPython's behaviour is the target):
/// <c>int.real/imag/numerator/denominator</c>, <c>float.real/imag</c>, <c>float.hex/fromhex</c>, and <c>ascii()</c>.
/// </summary>
public sealed class NumberCPythonExtrasTests
{
    private static string Ok(string source)
    {
        var (output, error) = InterpreterTests.Run(source);
        Assert.True(error == null, error == null ? null : output + TracebackPrinter.Format(error.Value));
        return output;
    }

    private static string Error(string source)
    {
        var (_, error) = InterpreterTests.Run(source);
        Assert.NotNull(error);
        return error!.Value.Type.Name + ": " + Ops.Str(error.Value);
    }

    [Theory]
    [InlineData("print((5).real, (5).imag, (-7).numerator, (7).denominator, True.real, (2**70).real)", "5 0 -7 1 1 1180591620717411303424\n")]
    [InlineData("print((1.5).real, (1.5).imag, type((3).imag).__name__, type((3.0).imag).__name__)", "1.5 0.0 int float\n")]
    [InlineData("class I(int): pass\nprint(I(4).real, type(I(4).real).__name__)", "4 int\n")]
    public void RealImagNumeratorDenominator(string source, string expected) => Assert.Equal(expected, Ok(source));

    [Theory]
    [InlineData("0.0", "0x0.0p+0")]
    [InlineData("-0.0", "-0x0.0p+0")]
    [InlineData("1.0", "0x1.0000000000000p+0")]
    [InlineData("3.0", "0x1.8000000000000p+1")]
    [InlineData("0.1", "0x1.999999999999ap-4")]
    [InlineData("5e-324", "0x0.0000000000001p-1022")]
    [InlineData("1.7976931348623157e308", "0x1.fffffffffffffp+1023")]
    [InlineData("float('-inf')", "-inf")]
    [InlineData("float('nan')", "nan")]
    public void FloatHex(string value, string expected) => Assert.Equal(expected + "\n", Ok($"print(({value}).hex())"));

    [Theory]
    [InlineData("'0x1.8p1'", "3.0")]
    [InlineData("' -0X1.FFFFFFFFFFFFFP+1023 '", "-1.7976931348623157e+308")]
    [InlineData("'0x.8p1'", "1.0")]
    [InlineData("'ff'", "255.0")]
    [InlineData("'0x1p-1075'", "0.0")] // exactly half the smallest subnormal: ties to even
    [InlineData("'0x1.000001p-1075'", "5e-324")]
    [InlineData("'0x1.00000000000008p0'", "1.0")] // tie, even mantissa kept
    [InlineData("'0x1.00000000000018p0'", "1.0000000000000004")] // tie, odd mantissa rounds up
    [InlineData("'-infinity'", "-inf")]
    public void FloatFromHex(string text, string expected) => Assert.Equal(expected + "\n", Ok($"print(repr(float.fromhex({text})))"));

    [Theory]
    [InlineData("float.fromhex('')", "ValueError: invalid hexadecimal floating-point string")]
    [InlineData("float.fromhex('0x1p')", "ValueError: invalid hexadecimal floating-point string")]
    [InlineData("float.fromhex('0x1 p1')", "ValueError: invalid hexadecimal floating-point string")]
    [InlineData("float.fromhex('0x1p1024')", "OverflowError: hexadecimal value too large to represent as a float")]
    [InlineData("float.fromhex('0x1.fffffffffffff8p1023')", "OverflowError: hexadecimal value too large to represent as a float")]
    [InlineData("float.fromhex(1)", "TypeError: can't convert 'int' object to str implicitly")]
    public void FloatFromHexErrors(string source, string expected) => Assert.Equal(expected, Error(source));

    [Fact]
    public void FromHexOnASubclassMakesTheSubclass() =>
        Assert.Equal("F 4.0\n", Ok("class F(float): pass\nx = F.fromhex('0x1p2')\nprint(type(x).__name__, x)"));

    [Fact]
    public void AsciiEscapesNonAsciiInTheRepr() =>
        Assert.Equal("'abc' '\\xe9' '\\u263a' '\\U0001f600' [1, '\\xfc']\n",
            Ok("print(ascii('abc'), ascii('\\xe9'), ascii('\\u263a'), ascii('\\U0001f600'), ascii([1, '\\xfc']))"));
}
