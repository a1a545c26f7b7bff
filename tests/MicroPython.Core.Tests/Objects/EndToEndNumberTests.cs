using MicroPython.Runtime;
using MicroPython.Tests.Vm;
using Xunit;

namespace MicroPython.Tests.Objects;

/// <summary>Numbers through the whole pipeline (compiler, VM, builtins): Python source in, printed text out.</summary>
public sealed class EndToEndNumberTests
{
    private static string Ok(string source)
    {
        var (output, error) = InterpreterTests.Run(source);
        Assert.True(error == null, error == null ? null : output + TracebackPrinter.Format(error.Value));
        return output;
    }

    [Theory]
    [InlineData("print(2**100, -7 // 2, -7 % 2, 7 / 2, 2 ** -1)", "1267650600228229401496703205376 -4 1 3.5 0.5\n")]
    [InlineData("x = 2**62\nx += 2**62\nprint(x, x - 2**63, type(x - 2**63) is int)", "9223372036854775808 0 True\n")]
    [InlineData("print(0.1 + 0.2, 1e16, 1.5e-7, -0.0, float('nan'), 1/3)", "0.30000000000000004 1e+16 1.5e-07 -0.0 nan 0.3333333333333333\n")]
    [InlineData("print(1j * 1j, (1+2j) ** 2, -1j, complex('1+2j').imag, abs(3+4j))", "(-1+0j) (-3+4j) (-0-1j) 2.0 5.0\n")]
    [InlineData("print(divmod(-7, 2), divmod(7.5, -2), pow(3, -1, 7), round(2.5), round(1234, -2))", "(-4, 1) (-4.0, -0.5) 5 2 1200\n")]
    [InlineData("print(hex(-255), oct(8), bin(5), int('0x1f', 0), int('1_000'), int(b'12'))", "-0xff 0o10 0b101 31 1000 12\n")]
    [InlineData("print((1024).to_bytes(2, 'little'), int.from_bytes(b'\\x01\\x00', 'big'))", "b'\\x00\\x04' 256\n")]
    [InlineData("print(True + True, True & False, 2**53 + 1 == 2.0**53, 2**64 == 2.0**64)", "2 False False True\n")]
    [InlineData("print({1: 'a', 1.0: 'b', True: 'c'})", "{1: 'c'}\n")]
    [InlineData("print(10**400 / 10**399, 2.0 ** 10000, float(10**400))", "10.0 inf inf\n")]
    [InlineData("print(round(2.675, 2), '%.1f' % 0.25, '%.2f' % 3.14159)", "2.67 0.2 3.14\n")]
    [InlineData("print(hash(5), hash(1.5), hash(2**70), hash(2.0) == hash(2))", "5 1 0 True\n")]
    public void ProgramsPrintWhatMicroPythonPrints(string source, string expected)
    {
        Assert.Equal(expected, Ok(source));
    }

    [Theory]
    [InlineData("1 / 0", "ZeroDivisionError: divide by zero")]
    [InlineData("1.0 % 0.0", "ZeroDivisionError: divide by zero")]
    [InlineData("int('12a')", "ValueError: invalid syntax for integer with base 10: '12a'")]
    [InlineData("float('x')", "ValueError: invalid syntax for number")]
    [InlineData("1 << -1", "ValueError: negative shift count")]
    [InlineData("pow(2, 3, 0)", "ValueError: divide by zero")]
    [InlineData("int(float('inf'))", "OverflowError: can't convert inf to int")]
    [InlineData("1 + 'a'", "TypeError: unsupported types for __add__: 'int', 'str'")]
    [InlineData("(1+2j) < 1", "TypeError: unsupported types for __lt__: 'complex', 'int'")]
    [InlineData("(5).foo", "AttributeError: 'int' object has no attribute 'foo'")]
    public void ErrorsCarryMicroPythonsText(string expression, string lastLine)
    {
        var (_, error) = InterpreterTests.Run("x = " + expression + "\n");
        Assert.NotNull(error);
        var text = TracebackPrinter.Format(error!.Value).TrimEnd('\n');
        Assert.EndsWith("\n" + lastLine, text);
    }
}
