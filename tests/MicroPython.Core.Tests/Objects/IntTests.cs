using System;
using System.Numerics;
using MicroPython.Bytecode;
using MicroPython.Objects;
using MicroPython.Runtime;
using Xunit;
using static MicroPython.Tests.Objects.NumberTestHelpers;

namespace MicroPython.Tests.Objects;

/// <summary>int and bool: construction, parsing, promotion, shifts, powers, hashing, round/hex/oct/bin (expected values from CPython 3.11 unless marked MicroPython).</summary>
public sealed class IntTests
{
    [Fact]
    public void SmallIntsAreCachedAndNeverPromotedNeedlessly()
    {
        Assert.Same(IntObject.Get(5), Bin(BinaryOp.Add, I(2), I(3)));
        var r = Bin(BinaryOp.Subtract, IntObject.FromBigInteger(BigInteger.One << 63), I(1));
        Assert.IsType<IntObject>(r);
        Assert.Equal(long.MaxValue, ((IntObject)r).Value);
        Assert.IsType<BigIntObject>(Bin(BinaryOp.Add, I(long.MaxValue), I(1)));
        Assert.IsType<IntObject>(IntObject.FromBigInteger(long.MinValue));
        Assert.IsType<IntObject>(Bin(BinaryOp.FloorDivide, IntObject.FromBigInteger(BigInteger.Pow(10, 30)), IntObject.FromBigInteger(BigInteger.Pow(10, 29))));
    }

    [Fact]
    public void OverflowPromotesToBigInts()
    {
        Assert.Equal("9223372036854775808", Repr(Bin(BinaryOp.Add, I(long.MaxValue), I(1))));
        Assert.Equal("-9223372036854775809", Repr(Bin(BinaryOp.Subtract, I(long.MinValue), I(1))));
        Assert.Equal("85070591730234615847396907784232501249", Repr(Bin(BinaryOp.Multiply, I(long.MaxValue), I(long.MaxValue))));
        Assert.Equal("9223372036854775808", Repr(Bin(BinaryOp.FloorDivide, I(long.MinValue), I(-1))));
        Assert.Equal("0", Repr(Bin(BinaryOp.Modulo, I(long.MinValue), I(-1))));
        Assert.Equal("9223372036854775808", Repr(Ops.UnaryOp(UnaryOp.Negative, I(long.MinValue))));
        Assert.Equal("9223372036854775808", Repr(Ops.Abs(I(long.MinValue))));
        Assert.Equal("1267650600228229401496703205376", Repr(Bin(BinaryOp.Power, I(2), I(100))));
        Assert.Equal("-157775382034845806615042743", Repr(Bin(BinaryOp.Power, I(-7), I(31))));
        Assert.Equal("1267650600228229401496703205376", Repr(Bin(BinaryOp.LShift, I(1), I(100))));
        Assert.Equal("-9223372036854775808", Repr(Bin(BinaryOp.LShift, I(-1), I(63))));
        Assert.Equal("9223372036854775808", Repr(Bin(BinaryOp.LShift, I(1), I(63))));
    }

    [Fact]
    public void BigIntOperators()
    {
        var big = IntObject.FromBigInteger(BigInteger.One << 70);
        Assert.Equal("6917529027641081856", Repr(Bin(BinaryOp.RShift, Bin(BinaryOp.Multiply, IntObject.FromBigInteger(BigInteger.One << 64), I(3)), I(3))));
        Assert.Equal("-158456325028528675187087900672", Repr(Bin(BinaryOp.RShift, IntObject.FromBigInteger(-(BigInteger.One << 100)), I(3))));
        Assert.Equal("-1180591620717411303425", Repr(Ops.UnaryOp(UnaryOp.Invert, big)));
        Assert.Equal("0", Repr(Bin(BinaryOp.And, Ops.UnaryOp(UnaryOp.Negative, big), I(0xffff))));
        Assert.Equal("-1", Repr(Bin(BinaryOp.Or, big, I(-1))));
        Assert.Equal("-2361183241434822606848", Repr(Bin(BinaryOp.Xor, big, Ops.UnaryOp(UnaryOp.Negative, big))));
        Assert.Equal("0", Repr(Bin(BinaryOp.RShift, I(1), big)));
        Assert.Equal("-1", Repr(Bin(BinaryOp.RShift, I(-5), big)));
        Assert.Equal("0", Repr(Bin(BinaryOp.LShift, I(0), big)));
        Assert.Equal("-1", Repr(Bin(BinaryOp.RShift, I(-1), I(1000))));
        Raises("OverflowError", "overflow converting long int to machine word", () => Bin(BinaryOp.LShift, I(1), big));
        Raises("ValueError", "negative shift count", () => Bin(BinaryOp.LShift, I(1), I(-1)));
        Raises("ValueError", "negative shift count", () => Bin(BinaryOp.RShift, big, I(-1)));
        Raises("MemoryError", "memory allocation failed, allocating 137438953472 bytes", () => Bin(BinaryOp.Power, I(2), IntObject.FromBigInteger(BigInteger.One << 40)));
        Raises("MemoryError", "memory allocation failed, allocating 137438953473 bytes", () => Bin(BinaryOp.LShift, I(1), I(1L << 40)));
        Assert.Equal("1", Repr(Bin(BinaryOp.Power, I(1), IntObject.FromBigInteger(BigInteger.One << 80))));
        Assert.Equal("-1", Repr(Bin(BinaryOp.Power, I(-1), IntObject.FromBigInteger((BigInteger.One << 80) + 1))));
    }

    [Fact]
    public void DivModUsesFloorSemantics()
    {
        Assert.Equal("(-4, 1)", Show(Ops.DivMod(I(-7), I(2))));
        Assert.Equal("(-4, -1)", Show(Ops.DivMod(I(7), I(-2))));
        Assert.Equal("(9223372036854775808, 0)", Show(Ops.DivMod(I(long.MinValue), I(-1))));
        Raises("ZeroDivisionError", "divide by zero", () => Ops.DivMod(I(1), I(0)));
        Raises("ZeroDivisionError", "divide by zero", () => Bin(BinaryOp.Modulo, IntObject.FromBigInteger(BigInteger.One << 70), I(0)));
        Raises("TypeError", "unsupported types for __divmod__: 'str', 'int'", () => Ops.DivMod(S("a"), I(1)));
    }

    [Theory]
    [InlineData("42", 10, "42")]
    [InlineData("  -12  ", 10, "-12")]
    [InlineData("+7", 10, "7")]
    [InlineData("1_000", 10, "1000")]
    [InlineData("_1", 10, "1")]
    [InlineData("1_", 10, "1")]
    [InlineData("_", 10, "0")]
    [InlineData("0x1f", 0, "31")]
    [InlineData("0X1F", 16, "31")]
    [InlineData("1f", 16, "31")]
    [InlineData("0b101", 0, "5")]
    [InlineData("0o17", 0, "15")]
    [InlineData("0o17", 8, "15")]
    [InlineData("0b1", 2, "1")]
    [InlineData("10", 0, "10")]
    [InlineData("0", 0, "0")]
    [InlineData("12", 8, "10")]
    [InlineData("z", 36, "35")]
    [InlineData("9223372036854775807", 10, "9223372036854775807")]
    [InlineData("-9223372036854775808", 10, "-9223372036854775808")]
    [InlineData("9223372036854775808", 10, "9223372036854775808")]
    [InlineData("18446744073709551616", 10, "18446744073709551616")]
    [InlineData("123456789012345678901234567890", 10, "123456789012345678901234567890")]
    [InlineData("-ffffffffffffffffffffffff", 16, "-79228162514264337593543950335")]
    [InlineData("zzzzzzzzzzzzzzzzzzzz", 36, "13367494538843734067838845976575")]
    [InlineData("6666666666666666666666666666666666666666", 7, "6366805760909027985741435139224000")]
    [InlineData("777777777777777777777777777777", 8, "1237940039285380274899124223")]
    [InlineData("1_2_3_4_5_6_7_8_9_0_1_2_3_4_5_6_7_8_9_0_1", 10, "123456789012345678901")]
    public void IntParsesText(string text, int numberBase, string expected)
    {
        var result = numberBase == 10 ? Call(IntObject.PyType, S(text)) : Call(IntObject.PyType, S(text), I(numberBase));
        Assert.Equal(expected, Repr(result));
    }

    [Theory]
    [InlineData("x", 10, "invalid syntax for integer with base 10: 'x'")]
    [InlineData("", 10, "invalid syntax for integer with base 10: ''")]
    [InlineData(" ", 10, "invalid syntax for integer with base 10: ''")]
    [InlineData("-", 10, "invalid syntax for integer with base 10: ''")]
    [InlineData(" -x ", 10, "invalid syntax for integer with base 10: 'x '")]
    [InlineData("0x", 0, "invalid syntax for integer with base 16: ''")]
    [InlineData("0x1f", 10, "invalid syntax for integer with base 10: '0x1f'")]
    [InlineData("1.5", 10, "invalid syntax for integer with base 10: '1.5'")]
    [InlineData("12 3", 10, "invalid syntax for integer with base 10: '12 3'")]
    [InlineData("9", 8, "invalid syntax for integer with base 8: '9'")]
    [InlineData("it's", 10, "invalid syntax for integer with base 10: \"it's\"")]
    [InlineData("\u00e9", 10, "invalid syntax for integer with base 10: '\\xc3\\xa9'")]
    [InlineData("a\tb", 16, "invalid syntax for integer with base 16: 'a\\tb'")]
    [InlineData("0b2", 0, "invalid syntax for integer with base 2: '2'")]
    [InlineData("12", 99, "int() arg 2 must be >= 2 and <= 36")]
    [InlineData("12", 1, "int() arg 2 must be >= 2 and <= 36")]
    public void IntRejectsBadTextWithMicroPythonsMessage(string text, int numberBase, string message)
    {
        Raises("ValueError", message, () => numberBase == 10 ? Call(IntObject.PyType, S(text)) : Call(IntObject.PyType, S(text), I(numberBase)));
    }

    [Fact]
    public void IntConvertsNumbers()
    {
        Assert.Equal("0", Repr(Call(IntObject.PyType)));
        Assert.Equal("2", Repr(Call(IntObject.PyType, F(2.7))));
        Assert.Equal("-2", Repr(Call(IntObject.PyType, F(-2.7))));
        Assert.Equal("100000000000000000000", Repr(Call(IntObject.PyType, F(1e20))));
        Assert.Equal("1180591620717411303424", Repr(Call(IntObject.PyType, F(Math.Pow(2, 70)))));
        Assert.Equal("-9223372036854775808", Repr(Call(IntObject.PyType, F(-9223372036854775808.0))));
        var one = Call(IntObject.PyType, BoolObject.True);
        Assert.Equal("1", Repr(one));
        Assert.Same(IntObject.PyType, one.Type);
        var big = IntObject.FromBigInteger(BigInteger.One << 70);
        Assert.Same(big, Call(IntObject.PyType, big));
        Raises("ValueError", "can't convert NaN to int", () => Call(IntObject.PyType, F(double.NaN)));
        Raises("TypeError", "can't convert NoneType to int", () => Call(IntObject.PyType, NoneObject.None));
        Raises("TypeError", "can't convert complex to int", () => Call(IntObject.PyType, new ComplexObject(1, 0)));
        Raises("TypeError", "can't convert 'int' object to str implicitly", () => Call(IntObject.PyType, I(1), I(2)));
        Raises("TypeError", "function doesn't take keyword arguments", () => IntObject.PyType.Maker!(IntObject.PyType, new PyObject[] { S("1"), S("base"), I(2) }, 1));
        Raises("TypeError", "function expected at most 2 arguments, got 3", () => Call(IntObject.PyType, S("1"), I(2), I(3)));
    }

    [Fact]
    public void MachineWordConversions()
    {
        Assert.Equal(5, Ops.ToInt64(I(5)));
        Assert.Equal(1, Ops.ToInt64(BoolObject.True));
        Raises("TypeError", "can't convert float to int", () => Ops.ToInt64(F(1.5)));
        Raises("TypeError", "can't convert str to int", () => Ops.ToInt64(S("1")));
        Raises("OverflowError", "overflow converting long int to machine word", () => Ops.ToInt64(IntObject.FromBigInteger(BigInteger.One << 64)));
        Assert.Equal(2.5, Ops.ToDouble(F(2.5)));
        Assert.Equal(3.0, Ops.ToDouble(I(3)));
        Raises("TypeError", "can't convert NoneType to float", () => Ops.ToDouble(NoneObject.None));
        Assert.True(Ops.IsInt(BoolObject.False));
        Assert.False(Ops.IsInt(F(1)));
    }

    [Fact]
    public void HashIsMicroPythons()
    {
        Assert.Equal(5, Ops.Hash(I(5)));
        Assert.Equal(-1, Ops.Hash(I(-1)));
        Assert.Equal(1, Ops.Hash(BoolObject.True));
        Assert.Equal(long.MinValue, Ops.Hash(I(long.MinValue)));
        Assert.Equal(0, Ops.Hash(IntObject.FromBigInteger(BigInteger.One << 70)));
        Assert.Equal(-3, Ops.Hash(IntObject.FromBigInteger(-((BigInteger.One << 64) + 3))));
        Assert.Equal("0", Repr(Ops.UnaryOp(UnaryOp.Hash, IntObject.FromBigInteger(BigInteger.One << 70))));
    }

    [Fact]
    public void UnaryOperators()
    {
        Assert.Equal("-6", Repr(Ops.UnaryOp(UnaryOp.Invert, I(5))));
        Assert.Equal("-1", Repr(Ops.UnaryOp(UnaryOp.Negative, BoolObject.True)));
        var plus = Ops.UnaryOp(UnaryOp.Positive, BoolObject.True);
        Assert.Equal("1", Repr(plus));
        Assert.Same(IntObject.PyType, plus.Type);
        Assert.Equal("-2", Repr(Ops.UnaryOp(UnaryOp.Invert, BoolObject.True)));
        Assert.Equal("1", Repr(Ops.Abs(BoolObject.True)));
        Assert.Equal("2.0", Repr(Ops.UnaryOp(UnaryOp.Float, I(2))));
        Assert.Same(BoolObject.False, Ops.UnaryOp(UnaryOp.Bool, I(0)));
        Assert.Same(BoolObject.True, Ops.UnaryOp(UnaryOp.Bool, IntObject.FromBigInteger(BigInteger.One << 70)));
    }

    [Fact]
    public void BoolOperators()
    {
        Assert.Same(BoolObject.False, Bin(BinaryOp.And, BoolObject.True, BoolObject.False));
        Assert.Same(BoolObject.True, Bin(BinaryOp.Or, BoolObject.True, BoolObject.False));
        Assert.Same(BoolObject.False, Bin(BinaryOp.Xor, BoolObject.True, BoolObject.True));
        Assert.Same(BoolObject.True, Bin(BinaryOp.InplaceXor, BoolObject.False, BoolObject.True));
        var two = Bin(BinaryOp.Add, BoolObject.True, BoolObject.True);
        Assert.Equal("2", Repr(two));
        Assert.Same(IntObject.PyType, two.Type);
        var one = Bin(BinaryOp.And, BoolObject.True, I(1));
        Assert.Equal("1", Repr(one));
        Assert.Same(IntObject.PyType, one.Type);
        Assert.Equal("2", Repr(Bin(BinaryOp.Add, BoolObject.True, I(1))));
        Assert.Equal("1.5", Repr(Bin(BinaryOp.Add, BoolObject.True, F(0.5))));
        Assert.Same(BoolObject.True, Bin(BinaryOp.Equal, BoolObject.True, I(1)));
        Assert.Same(BoolObject.True, Bin(BinaryOp.Equal, BoolObject.True, F(1.0)));
        Assert.Equal("True", Repr(BoolObject.True));
        Assert.Same(BoolObject.True, Call(BoolObject.BoolType, I(7)));
        Assert.Same(BoolObject.False, Call(BoolObject.BoolType));
    }

    [Fact]
    public void ThreeArgumentPow()
    {
        Assert.Equal("1", Repr(Ops.Pow(I(3), I(4), I(5))));
        Assert.Equal("-2", Repr(Ops.Pow(I(2), I(3), I(-5))));
        Assert.Equal("2", Repr(Ops.Pow(I(-2), I(3), I(5))));
        Assert.Equal("5", Repr(Ops.Pow(I(3), I(-1), I(7))));
        Assert.Equal("2", Repr(Ops.Pow(I(-3), I(-1), I(7))));
        Assert.Equal("-3", Repr(Ops.Pow(I(3), I(-2), I(-7))));
        Assert.Equal("0", Repr(Ops.Pow(I(5), I(3), I(1))));
        Assert.Equal("894155366", Repr(Ops.Pow(Lit("1267650600228229401496703205377"), Lit("18446744073709551619"), I(1000000007))));
        Assert.Equal("8", Repr(Ops.Pow(I(2), I(3), NoneObject.None)));
        Raises("ValueError", "divide by zero", () => Ops.Pow(I(2), I(3), I(0)));
        Raises("ValueError", "base is not invertible for the given modulus", () => Ops.Pow(I(2), I(-1), I(4)));
        Raises("TypeError", "pow() with 3 arguments requires integers", () => Ops.Pow(F(2), I(3), I(5)));
    }

    [Theory]
    [InlineData(1234L, -2L, "1200")]
    [InlineData(1250L, -2L, "1200")]
    [InlineData(1350L, -2L, "1400")]
    [InlineData(-1250L, -2L, "-1200")]
    [InlineData(15L, -1L, "20")]
    [InlineData(25L, -1L, "20")]
    [InlineData(-1789L, -2L, "-1800")]
    [InlineData(5L, 2L, "5")]
    [InlineData(7L, 0L, "7")]
    [InlineData(7L, -100L, "0")]
    [InlineData(long.MaxValue, -1L, "9223372036854775810")]
    public void RoundInts(long value, long ndigits, string expected)
    {
        Assert.Equal(expected, Repr(Ops.Round(I(value), I(ndigits))));
    }

    [Fact]
    public void RoundIntsWithoutDigits()
    {
        Assert.Equal("7", Repr(Ops.Round(I(7))));
        Assert.Equal("1", Repr(Ops.Round(BoolObject.True)));
        Assert.Same(IntObject.PyType, Ops.Round(BoolObject.True).Type);
        Assert.Equal("1200000000000000000000", Repr(Ops.Round(Lit("1230591620717411303424"), I(-20))));
        Assert.Equal("-1180591620717411300000", Repr(Ops.Round(Lit("-1180591620717411303424"), I(-5))));
        Assert.Equal("4", Repr(Ops.Round(I(4), NoneObject.None)));
    }

    [Theory]
    [InlineData("0", "0x0", "0o0", "0b0")]
    [InlineData("1", "0x1", "0o1", "0b1")]
    [InlineData("-1", "-0x1", "-0o1", "-0b1")]
    [InlineData("255", "0xff", "0o377", "0b11111111")]
    [InlineData("-255", "-0xff", "-0o377", "-0b11111111")]
    [InlineData("9223372036854775807", "0x7fffffffffffffff", "0o777777777777777777777", "0b111111111111111111111111111111111111111111111111111111111111111")]
    [InlineData("-9223372036854775808", "-0x8000000000000000", "-0o1000000000000000000000", "-0b1000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("18446744073709551616", "0x10000000000000000", "0o2000000000000000000000", "0b10000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("-1180591620717411303429", "-0x400000000000000005", "-0o200000000000000000000005", "-0b10000000000000000000000000000000000000000000000000000000000000000000101")]
    [InlineData("1000000000000000000000000000000", "0xc9f2c9cd04674edea40000000", "0o1447626234640431647336510000000000", "0b1100100111110010110010011100110100000100011001110100111011011110101001000000000000000000000000000000")]
    public void HexOctBin(string value, string hex, string oct, string bin)
    {
        var x = Lit(value);
        Assert.Equal(hex, Ops.Hex(x));
        Assert.Equal(oct, Ops.Oct(x));
        Assert.Equal(bin, Ops.Bin(x));
    }

    [Fact]
    public void HexOfNonIntRaises()
    {
        Raises("TypeError", "can't convert float to int", () => Ops.Hex(F(1.5)));
        Raises("TypeError", "can't convert str to int", () => Ops.Oct(S("1")));
        Raises("ValueError", "unknown format code 'b' for object of type 'float'", () => Ops.Bin(F(1.5)));
        Assert.Equal("0x1", Ops.Hex(BoolObject.True));
    }

    [Fact]
    public void ToByteArrayMatchesCPython()
    {
        Assert.Equal(new byte[] { 0x80, 0, 0, 0, 0, 0, 0, 0 }, IntObject.ToByteArray(long.MinValue, 8, littleEndian: false, signed: true));
        Assert.Equal(new byte[] { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff }, IntObject.ToByteArray(ulong.MaxValue, 8, littleEndian: true, signed: false));
        Assert.Equal(new byte[] { 0x00, 0x04 }, IntObject.ToByteArray(1024, 2, littleEndian: true, signed: false));
        Assert.Equal(new byte[] { 0x04, 0x00 }, IntObject.ToByteArray(1024, 2, littleEndian: false, signed: false));
        Assert.Equal(new byte[] { 0xff, 0xff, 0xff }, IntObject.ToByteArray(-1, 3, littleEndian: true, signed: true));
        Assert.Equal(new byte[] { 0x7f }, IntObject.ToByteArray(127, 1, littleEndian: false, signed: true));
        Assert.Equal(Array.Empty<byte>(), IntObject.ToByteArray(0, 0, littleEndian: false, signed: false));
        Raises("OverflowError", "value would overflow a 1 byte buffer", () => IntObject.ToByteArray(256, 1, littleEndian: true, signed: false));
        Raises("OverflowError", "value would overflow a 1 byte buffer", () => IntObject.ToByteArray(128, 1, littleEndian: true, signed: true));
        Raises("OverflowError", "can't convert negative int to unsigned", () => IntObject.ToByteArray(-1, 1, littleEndian: true, signed: false));
    }

    [Fact]
    public void IntHasBytesConversionsAndCPythonBitMethods()
    {
        Assert.True(Ops.TryLoadAttr(IntObject.PyType, StrObject.Intern("from_bytes"), out _));
        Assert.True(Ops.TryLoadAttr(IntObject.PyType, StrObject.Intern("to_bytes"), out _));
        Assert.Equal("3", Repr(Ops.CallMethod(I(-5), StrObject.Intern("bit_length"), ReadOnlySpan<PyObject>.Empty)));
        Assert.Equal("2", Repr(Ops.CallMethod(I(-5), StrObject.Intern("bit_count"), ReadOnlySpan<PyObject>.Empty)));
        Assert.True(Ops.TryLoadAttr(I(5), StrObject.Intern("real"), out var real)); // CPython's, welcome (MicroPython lacks it)
        Assert.Equal("5", Repr(real));
        Assert.False(Ops.TryLoadAttr(I(5), StrObject.Intern("foo"), out _));
    }

    [Fact]
    public void InWithANumberContainerIsMicroPythonsTypeError()
    {
        Raises("TypeError", "unsupported types for : 'int', 'int'", () => Ops.Contains(I(1), I(1)));
        Raises("TypeError", "unsupported types for : 'int', 'float'", () => Ops.Contains(F(1.5), I(1)));
        Raises("TypeError", "'int' object isn't iterable", () => Ops.Contains(I(1), F(1.5)));
        Raises("TypeError", "'int' object isn't iterable", () => Ops.Contains(I(1), S("a")));
        Raises("TypeError", "'int' object isn't iterable", () => Ops.Contains(IntObject.FromBigInteger(BigInteger.One << 70), I(1)));
    }

    private static string Show(PyObject o)
    {
        if (o is TupleObject t)
        {
            return "(" + Repr(t.Items[0]) + ", " + Repr(t.Items[1]) + ")";
        }

        return Repr(o);
    }
}
