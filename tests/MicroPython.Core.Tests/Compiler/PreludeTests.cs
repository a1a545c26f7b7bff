using System;
using System.Collections.Generic;
using MicroPython.Bytecode;
using Xunit;

namespace MicroPython.Tests.Compiler;

/// <summary>Variable-length integers, signatures, prelude sizes and line tables (mpy-format.md §2, §8).</summary>
public class PreludeTests
{
    private static byte[] Hex(string text)
    {
        string[] parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var bytes = new byte[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            bytes[i] = Convert.ToByte(parts[i], 16);
        }

        return bytes;
    }

    [Theory]
    [InlineData(0UL, "00")]
    [InlineData(127UL, "7F")]
    [InlineData(128UL, "81 00")]
    [InlineData(300UL, "82 2C")]
    [InlineData(331UL, "82 4B")]
    [InlineData(16384UL, "81 80 00")]
    public void UnsignedVarUintMatchesTheFacts(ulong value, string hex)
    {
        var output = new List<byte>();
        VarUint.WriteUnsigned(output, value);
        Assert.Equal(Hex(hex), output.ToArray());
        Assert.Equal(output.Count, VarUint.SizeUnsigned(value));

        int position = 0;
        Assert.Equal(value, VarUint.ReadUnsigned(output.ToArray(), ref position));
        Assert.Equal(output.Count, position);
    }

    [Theory]
    [InlineData(48L, "30")]
    [InlineData(63L, "3F")]
    [InlineData(64L, "80 40")]
    [InlineData(100L, "80 64")]
    [InlineData(-64L, "40")]
    [InlineData(-65L, "FF 3F")]
    [InlineData(-100L, "FF 1C")]
    [InlineData((1L << 30) - 1, "83 FF FF FF 7F")]
    [InlineData(-(1L << 30), "FC 80 80 80 00")]
    public void SignedSmallIntEncodingMatchesTheFacts(long value, string hex)
    {
        var output = new List<byte>();
        VarUint.WriteSigned(output, value);
        Assert.Equal(Hex(hex), output.ToArray());
        Assert.Equal(output.Count, VarUint.SizeSigned(value));

        int position = 0;
        Assert.Equal(value, VarUint.ReadSigned(output.ToArray(), ref position));
        Assert.Equal(output.Count, position);
    }

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(8191L)]
    [InlineData(-8193L)]
    public void SignedEncodingRoundTrips(long value)
    {
        var output = new List<byte>();
        VarUint.WriteSigned(output, value);
        int position = 0;
        Assert.Equal(value, VarUint.ReadSigned(output.ToArray(), ref position));
    }

    [Fact]
    public void TruncatedVarUintThrowsInsteadOfReadingPastTheEnd()
    {
        int position = 0;
        Assert.Throws<FormatException>(() => VarUint.ReadUnsigned(new byte[] { 0x81, 0x80 }, ref position));
    }

    [Theory]
    [InlineData("00", 1, 0, 0, 0, 0, 0)]
    [InlineData("10", 3, 0, 0, 0, 0, 0)]
    [InlineData("09", 2, 0, 0, 1, 0, 0)]
    [InlineData("9A 01", 4, 0, 0, 2, 0, 1)]
    [InlineData("88 40", 2, 0, 1, 0, 0, 0)]
    [InlineData("BA 81 C8 C0 40", 8, 0, 0x0E, 2, 2, 1)]
    [InlineData("CC 02", 10, 3, 0, 0, 0, 0)]
    public void SignatureEncodesAndDecodesAsInTheFacts(string hex, int nState, int nExc, int flags, int nPos, int nKw, int nDef)
    {
        var output = new List<byte>();
        Prelude.EncodeSignature(output, nState, nExc, flags, nPos, nKw, nDef);
        Assert.Equal(Hex(hex), output.ToArray());

        int position = 0;
        Prelude.DecodeSignature(Hex(hex), ref position, out int s, out int e, out int f, out int a, out int k, out int d);
        Assert.Equal((nState, nExc, flags, nPos, nKw, nDef), (s, e, f, a, k, d));
        Assert.Equal(output.Count, position);
    }

    [Fact]
    public void SignatureRoundTripsLargeValues()
    {
        var output = new List<byte>();
        Prelude.EncodeSignature(output, 300, 17, 0x0F, 40, 9, 33);
        int position = 0;
        Prelude.DecodeSignature(output.ToArray(), ref position, out int s, out int e, out int f, out int a, out int k, out int d);
        Assert.Equal((300, 17, 0x0F, 40, 9, 33), (s, e, f, a, k, d));
    }

    [Theory]
    [InlineData("02", 1, 0)]
    [InlineData("04", 2, 0)]
    [InlineData("0A", 5, 0)]
    [InlineData("05", 2, 1)]
    [InlineData("8A 01", 5, 2)]
    public void PreludeSizeEncodesAndDecodesAsInTheFacts(string hex, int nInfo, int nCell)
    {
        var output = new List<byte>();
        Prelude.EncodeSize(output, nInfo, nCell);
        Assert.Equal(Hex(hex), output.ToArray());

        int position = 0;
        Prelude.DecodeSize(Hex(hex), ref position, out int info, out int cell);
        Assert.Equal((nInfo, nCell), (info, cell));
    }

    [Theory]
    [InlineData(8, 2, "48")]
    [InlineData(0, 1, "20")]
    [InlineData(8, 14, "88 0E")]
    [InlineData(40, 1, "1F 29")]
    [InlineData(3, 10, "83 0A")]
    [InlineData(20, 8, "74 60 40")]
    [InlineData(0, 3000, "F0 FF B0 B9")]
    public void LineStepsAreSplitAsEmitbcDoes(int bytes, int lines, string hex)
    {
        var output = new List<byte>();
        Prelude.EncodeLineStep(output, bytes, lines);
        Assert.Equal(Hex(hex), output.ToArray());
    }

    [Fact]
    public void DecodesTheAddFunctionOfTheDemoFile()
    {
        // Child raw code of demo.py in mpy-format.md §7.2.
        byte[] code = Hex("9A 01 08 02 04 05 20 B0 B1 F2 63");
        Prelude prelude = Prelude.Decode(code);
        Assert.Equal(4, prelude.NState);
        Assert.Equal(0, prelude.NExcStack);
        Assert.Equal(0, prelude.ScopeFlags);
        Assert.Equal(2, prelude.NPosArgs);
        Assert.Equal(0, prelude.NKwOnlyArgs);
        Assert.Equal(1, prelude.NDefPosArgs);
        Assert.Equal(2, prelude.SimpleName);
        Assert.Equal(new[] { 4, 5 }, prelude.ArgNames);
        Assert.Equal(6, prelude.LineTableStart);
        Assert.Equal(7, prelude.LineTableEnd);
        Assert.Empty(prelude.CellSlots);
        Assert.Equal(7, prelude.CodeStart);
        Assert.Equal(2, prelude.LineFor(code, 7));
        Assert.Equal(2, Prelude.LineForOffset(code, 10));
    }

    [Fact]
    public void LineLookupWalksTheTable()
    {
        // Module of demo.py: line table 48 = 8 bytes then +2 lines.
        byte[] code = Hex("10 04 01 48 82 2A 01 53 33 00 16 02 11 03 11 02 A8 34 01 23 00 34 02 59 51 63");
        Prelude prelude = Prelude.Decode(code);
        Assert.Equal(4, prelude.CodeStart);
        Assert.Equal(1, Prelude.LineForOffset(code, 4));
        Assert.Equal(1, Prelude.LineForOffset(code, 4 + 7));
        Assert.Equal(3, Prelude.LineForOffset(code, 4 + 8));
        Assert.Equal(3, Prelude.LineForOffset(code, code.Length - 1));
    }

    [Fact]
    public void DecodesCellsAfterTheSourceInfo()
    {
        var code = new List<byte>();
        Prelude.EncodeSignature(code, 3, 0, 0, 1, 0, 0);
        Prelude.EncodeSize(code, 2, 2);
        code.AddRange(new byte[] { 0x07, 0x09, 0x00, 0x02, 0x51, 0x63 });
        Prelude prelude = Prelude.Decode(code.ToArray());
        Assert.Equal(new byte[] { 0x00, 0x02 }, prelude.CellSlots);
        Assert.Equal(new[] { 9 }, prelude.ArgNames);
        Assert.Equal(prelude.LineTableEnd, prelude.LineTableStart);
        Assert.Equal(code.Count - 2, prelude.CodeStart);
    }
}
