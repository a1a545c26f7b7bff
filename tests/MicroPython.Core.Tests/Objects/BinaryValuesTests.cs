using System;
using System.Numerics;
using MicroPython.Objects;
using MicroPython.Runtime;
using Xunit;
using static MicroPython.Tests.Objects.Py;

namespace MicroPython.Tests.Objects;

/// <summary>
/// The kernel's typed-value codec that memoryview, array and struct share: sizes per type code, both byte orders,
/// MicroPython's truncation of ints to the element width, and its conversion errors.
/// </summary>
public sealed class BinaryValuesTests
{
    public BinaryValuesTests()
    {
        NewRuntime();
    }

    [Theory]
    [InlineData('b', 1, 1)]
    [InlineData('B', 1, 1)]
    [InlineData('h', 2, 2)]
    [InlineData('H', 2, 2)]
    [InlineData('i', 4, 4)]
    [InlineData('I', 4, 4)]
    [InlineData('l', 8, 4)]
    [InlineData('L', 8, 4)]
    [InlineData('q', 8, 8)]
    [InlineData('Q', 8, 8)]
    [InlineData('P', 8, 8)]
    [InlineData('e', 2, 2)]
    [InlineData('f', 4, 4)]
    [InlineData('d', 8, 8)]
    [InlineData('?', 1, 1)]
    [InlineData('z', -1, -1)]
    [InlineData('s', -1, -1)]
    public void SizesOnA64BitBoard(char code, int native, int standard)
    {
        Assert.Equal(native, BinaryValues.NativeSize(code));
        Assert.Equal(standard, BinaryValues.StandardSize(code));
    }

    [Fact]
    public void NativeLongIsTheRuntimesWord()
    {
        PyRuntime.Current.WordSizeBytes = 4;
        Assert.Equal(4, BinaryValues.NativeSize('l'));
        Assert.Equal(4, BinaryValues.NativeSize('P'));
        Assert.Equal(8, BinaryValues.NativeSize('q'));
    }

    [Theory]
    [InlineData('h', 2, -2, false, "feff")]
    [InlineData('h', 2, -2, true, "fffe")]
    [InlineData('I', 4, 0x01020304, false, "04030201")]
    [InlineData('I', 4, 0x01020304, true, "01020304")]
    [InlineData('b', 1, 257, false, "01")]
    [InlineData('H', 2, -1, true, "ffff")]
    [InlineData('q', 8, -1, false, "ffffffffffffffff")]
    public void IntegersWriteTheirLowBytesInEitherOrder(char code, int size, long value, bool bigEndian, string hex)
    {
        var buffer = new byte[size];
        BinaryValues.Write(buffer, code, size, I(value), bigEndian);
        Assert.Equal(hex, Convert.ToHexString(buffer).ToLowerInvariant());
    }

    [Fact]
    public void ReadsSignAndZeroExtend()
    {
        var ff = new byte[] { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };
        Assert.Equal("-1", Repr(BinaryValues.Read(ff, 'h', 2, false)));
        Assert.Equal("65535", Repr(BinaryValues.Read(ff, 'H', 2, false)));
        Assert.Equal("-1", Repr(BinaryValues.Read(ff, 'q', 8, true)));
        Assert.Equal("18446744073709551615", Repr(BinaryValues.Read(ff, 'Q', 8, true)));
        Assert.Equal("258", Repr(BinaryValues.Read(new byte[] { 1, 2 }, 'H', 2, true)));
        Assert.Equal("513", Repr(BinaryValues.Read(new byte[] { 1, 2 }, 'H', 2, false)));
        Assert.Equal("True", Repr(BinaryValues.Read(new byte[] { 7 }, '?', 1, false)));
    }

    [Fact]
    public void BigIntsContributeTheirLowBitsInTwosComplement()
    {
        Assert.Equal(7UL, BinaryValues.IntBits(IntObject.FromBigInteger((BigInteger.One << 100) + 7)));
        Assert.Equal(ulong.MaxValue - 6, BinaryValues.IntBits(IntObject.FromBigInteger(-(BigInteger.One << 100) - 7)));
        Assert.Equal(1UL, BinaryValues.IntBits(BoolObject.True));
    }

    [Fact]
    public void FloatsRoundTripInTheirPrecision()
    {
        var b = new byte[8];
        BinaryValues.Write(b, 'd', 8, new FloatObject(0.1), true);
        Assert.Equal("3fb999999999999a", Convert.ToHexString(b).ToLowerInvariant());
        Assert.Equal("0.1", Repr(BinaryValues.Read(b, 'd', 8, true)));
        BinaryValues.Write(b, 'f', 4, new FloatObject(0.1), false);
        Assert.Equal("0.10000000149011612", Repr(BinaryValues.Read(b, 'f', 4, false)));
        BinaryValues.Write(b, 'e', 2, I(2), false);
        Assert.Equal("0040", Convert.ToHexString(b, 0, 2).ToLowerInvariant());
        Assert.Equal("2.0", Repr(BinaryValues.Read(b, 'e', 2, false)));
    }

    [Fact]
    public void WrongValueTypesRaiseMicroPythonsErrors()
    {
        var b = new byte[8];
        Assert.Equal("TypeError: can't convert float to int", Error(() => BinaryValues.Write(b, 'i', 4, new FloatObject(1.5), false)));
        Assert.Equal("TypeError: can't convert str to int", Error(() => BinaryValues.Write(b, 'B', 1, S("x"), false)));
        Assert.Equal("TypeError: can't convert NoneType to float", Error(() => BinaryValues.Write(b, 'd', 8, NoneObject.None, false)));
    }
}
