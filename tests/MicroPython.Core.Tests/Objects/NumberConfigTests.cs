using System;
using MicroPython.Objects;
using MicroPython.Runtime;
using MicroPython.Tests.Vm;
using Xunit;

namespace MicroPython.Tests.Objects;

/// <summary>
/// <c>MICROPY_LONGINT_IMPL</c> and <c>MICROPY_FLOAT_IMPL</c> set on a runtime (<see cref="PyRuntime.LongIntImpl"/>,
/// <see cref="PyRuntime.FloatImpl"/>), observed by running Python code on it.
/// </summary>
public sealed class NumberConfigTests
{
    /// <summary>Runs <paramref name="source"/> on a runtime configured by <paramref name="setup"/>; output plus the error's last line.</summary>
    private static string Run(string source, Action<PyRuntime> setup)
    {
        var previous = PyRuntime.CurrentOrNull;
        if (previous is { LongIntImpl: not LongIntImplementation.Mpz } or { FloatImpl: not FloatImplementation.Double } or { WordSizeBytes: not 8 })
        {
            previous = null;
        }

        try
        {
            var (output, error) = InterpreterTests.Run(source, setup);
            return error == null ? output : output + error.Value.Type.Name + ": " + Ops.Str(error.Value);
        }
        finally
        {
            // The configured runtime stays current on this test thread; leave a default one (MPZ, double) instead,
            // so later tests on the thread do not inherit its number configuration.
            (previous ?? new PyRuntime()).MakeCurrent();
        }
    }

    private static string None(string source) => Run(source, rt => rt.LongIntImpl = LongIntImplementation.None);

    private static string LongLong(string source) => Run(source, rt => rt.LongIntImpl = LongIntImplementation.LongLong);

    private static string Single(string source) => Run(source, rt => rt.FloatImpl = FloatImplementation.Float);

    private static string NoFloat(string source) => Run(source, rt => rt.FloatImpl = FloatImplementation.None);

    [Theory]
    [InlineData("x = 2**62\nprint(x * 4)", "OverflowError: small int overflow")]
    [InlineData("x = 9223372036854775807\nprint(x + 1)", "OverflowError: long int not supported in this build")]
    [InlineData("print(2 ** 100)", "OverflowError: small int overflow")]
    [InlineData("print(1 << 64)", "OverflowError: small int overflow")]
    [InlineData("print(int('123456789012345678901234567890'))", "OverflowError: long int not supported in this build")]
    [InlineData("print(int(1e30))", "ValueError: float too big")]
    [InlineData("print(12345678901234567890123)", "OverflowError: long int not supported in this build")]
    [InlineData("print(memoryview(b'\\xff' * 8).cast('Q')[0])", "OverflowError: small int overflow")]
    [InlineData("print('%d' % 1e30)", "ValueError: float too big")]
    [InlineData("print(2 ** 62)", "OverflowError: small int overflow")]
    [InlineData("x = 4611686018427387903\nprint(x + 1)", "OverflowError: small int overflow")]
    [InlineData("x = 2**61\nprint(x * 2)", "OverflowError: small int overflow")]
    [InlineData("x = -2**61 * 2\nprint(-x)", "OverflowError: small int overflow")]
    [InlineData("x = -2**61 * 2\nprint(x // -1)", "OverflowError: small int overflow")]
    [InlineData("x = -2**61 * 2\nprint(abs(x))", "OverflowError: small int overflow")]
    [InlineData("x = 1\nprint(x << 62)", "OverflowError: small int overflow")]
    [InlineData("print(4611686018427387904)", "OverflowError: long int not supported in this build")]
    [InlineData("print(int('4611686018427387904'))", "OverflowError: long int not supported in this build")]
    [InlineData("print(int('-4611686018427387905'))", "OverflowError: long int not supported in this build")]
    [InlineData("print(int(4.7e18))", "ValueError: float too big")]
    public void LongIntNoneRaisesOverflow(string source, string expected) => Assert.Equal(expected, None(source));

    [Fact]
    public void LongIntNoneKeepsMachineWordArithmetic() =>
        Assert.Equal("3 -4611686018427387904 4611686018427387903 1073741824 7 -4611686018427387904\n",
            None("print(1 + 2, -2**61 * 2, 2**61 - 1 + 2**61, 1 << 30, int('7'), int('-4611686018427387904'))"));

    [Fact]
    public void LongIntNoneSysMaxsizeIsTheLargestSmallInt() =>
        Assert.Equal("4611686018427387903\n", None("import sys\nprint(sys.maxsize)"));

    /// <summary>A 32-bit board without big ints: small ints are 31-bit (one bit is the tag).</summary>
    private static string None32(string source) =>
        Run(source, rt => { rt.LongIntImpl = LongIntImplementation.None; rt.WordSizeBytes = 4; });

    [Theory]
    [InlineData("import sys\nprint(sys.maxsize, -2**29 * 2, 2**29 - 1 + 2**29)", "1073741823 -1073741824 1073741823\n")]
    [InlineData("x = 2**29\nprint(x * 2)", "OverflowError: small int overflow")]
    [InlineData("x = 1073741823\nprint(x + 1)", "OverflowError: small int overflow")]
    [InlineData("x = 1\nprint(x << 40)", "OverflowError: small int overflow")]
    [InlineData("print(int('1073741824'))", "OverflowError: long int not supported in this build")]
    [InlineData("print(int(2e9))", "ValueError: float too big")]
    public void LongIntNoneOn32BitWords(string source, string expected) => Assert.Equal(expected, None32(source));

    [Fact]
    public void MpzOn32BitWordsKeepsBigValuesAndWordMaxsize() =>
        Assert.Equal("2147483647 1099511627776\n", Run("import sys\nprint(sys.maxsize, 2**40)", rt => rt.WordSizeBytes = 4));

    [Theory]
    [InlineData("print(9223372036854775807 + 1)", "OverflowError: result overflows long long storage")]
    [InlineData("print(-9223372036854775807 - 2)", "OverflowError: result overflows long long storage")]
    [InlineData("print(3 ** 40)", "OverflowError: result overflows long long storage")]
    [InlineData("print(2 ** 63 - 1)", "OverflowError: result overflows long long storage")]
    [InlineData("print(int('99999999999999999999'))", "OverflowError: result overflows long long storage")]
    [InlineData("print(2 ** 62 + (2 ** 62 - 1), 3 ** 39)", "9223372036854775807 4052555153018976267\n")]
    public void LongIntLongLongIs64Bit(string source, string expected) => Assert.Equal(expected, LongLong(source));

    [Fact]
    public void MpzIsTheDefault() =>
        Assert.Equal("1267650600228229401496703205376\n", Run("print(2 ** 100)", _ => { }));

    [Theory]
    [InlineData("print(0.1, 1/3, 2/3, 1e10, 16777217.0, 1234567.0)", "0.1 0.33333334 0.6666667 1e+10 1.6777216e+07 1234567.0\n")]
    [InlineData("print(0.1 + 0.2, 0.1 + 0.2 == 0.3)", "0.3 True\n")]
    [InlineData("print(float('3.14159265358979'), 2.0 ** 0.5)", "3.1415927 1.4142135\n")]
    [InlineData("print(1e39, -1e39, 1e-46)", "inf -inf 0.0\n")]
    [InlineData("print(100.0, 1.5e-7, 123456789.0)", "100.0 1.5e-07 1.2345679e+08\n")]
    [InlineData("print(complex(0.1, 1/3))", "(0.1+0.33333334j)\n")]
    // Through the interpreter's float fast paths (operands in variables: nothing is folded at compile time).
    // Compared, not printed: printing a double in single mode would show the single's digits even if unrounded.
    [InlineData("x = 16777216.0\ny = 1.0\nz = 4097.0\nprint(x + y == x, x + 1 == x, -(x + y) == -x, z * z - 16785408.0, y / 3 == 0.33333334, x - -y == x)", "True True True 0.0 True True\n")]
    public void SinglePrecisionRoundsEveryResult(string source, string expected) => Assert.Equal(expected, Single(source));

    [Fact]
    public void DoubleIsTheDefault() =>
        Assert.Equal("0.30000000000000004 0.3333333333333333\n", Run("print(0.1 + 0.2, 1/3)", _ => { }));

    [Theory]
    [InlineData("print(1.5)", "SyntaxError: decimal numbers not supported")]
    [InlineData("print(float)", "NameError: name 'float' isn't defined")]
    [InlineData("x = 1\nprint(x / 2)", "TypeError: unsupported types for __truediv__: 'int', 'int'")]
    [InlineData("print(2 ** -1)", "ValueError: negative power with no float support")]
    [InlineData("print(7 // 2, 7 % 2, 2 ** 10)", "3 1 1024\n")]
    public void FloatNoneHasNoFloats(string source, string expected) => Assert.Equal(expected, NoFloat(source));
}
