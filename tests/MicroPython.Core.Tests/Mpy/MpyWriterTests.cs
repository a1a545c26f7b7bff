using System;
using System.Collections.Generic;
using System.Numerics;
using MicroPython.Bytecode;
using MicroPython.Compiler;
using MicroPython.Mpy;
using Xunit;

namespace MicroPython.Tests.Mpy;

/// <summary>The .mpy writer reproduces mpy-cross's bytes (the worked examples of mpy-format.md).</summary>
public sealed class MpyWriterTests
{
    internal static byte[] CompileToMpy(string source, string file = "t.py") =>
        MpyWriter.Write(PythonCompiler.Compile(source, file, CompileMode.Exec, CompileOptions.Default));

    /// <summary>Bytes from hex digits; spaces between bytes are optional.</summary>
    internal static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", string.Empty));

    [Fact]
    public void DemoFileIsByteIdenticalToMpyCross()
    {
        // mpy-format.md §7.2: 88 bytes.
        byte[] expected = Hex(
            "4D 06 00 1F 06 01 0E 64 65 6D 6F 2E 70 79 00 0F 06 61 64 64 00 81 77 02 61 00 02 62 00 "
            + "05 0F 6C 6F 6E 67 65 72 20 74 68 61 6E 20 74 65 6E 00 "
            + "81 54 10 04 01 48 82 2A 01 53 33 00 16 02 11 03 11 02 A8 34 01 23 00 34 02 59 51 63 "
            + "01 58 9A 01 08 02 04 05 20 B0 B1 F2 63");
        byte[] actual = CompileToMpy("def add(a, b=2):\n    return a + b\nprint(add(40), \"longer than ten\")\n", "demo.py");
        Assert.Equal(88, expected.Length);
        Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(actual));
    }

    [Fact]
    public void SmallestFileIsNineteenBytes()
    {
        byte[] expected = Hex("4D 06 00 1F 02 00 08 6D 2E 70 79 00 0F 28 00 02 01 51 63");
        Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(CompileToMpy("pass\n", "m.py")));
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("__dir__", 2)]
    [InlineData("\n", 3)]
    [InlineData("*", 5)]
    [InlineData("<module>", 7)]
    [InlineData("__init__", 17)]
    [InlineData("print", 123)]
    [InlineData("zip", 165)]
    public void StaticQstrNumbersMatchTheFixedTable(string value, int number)
    {
        Assert.Equal(number, StaticQstrs.NumberOf(value));
        Assert.Equal(value, StaticQstrs.Get(number));
        Assert.Equal(165, StaticQstrs.Last);
    }

    [Theory]
    [InlineData("__add__")]
    [InlineData("<lambda>")]
    [InlineData("<listcomp>")]
    [InlineData("add")]
    public void NamesOutsideTheStaticListAreWrittenInline(string value) => Assert.Equal(0, StaticQstrs.NumberOf(value));

    [Fact]
    public void StaticQstrEntriesUseTheirNumber()
    {
        // print (123) → 81 77, zip (165) → 82 4B, <module> (7) → 0F.
        var module = new CompiledModule(new List<string> { "x.py", "print", "zip", "<module>" }, new List<object?>(), MinimalRoot(3));
        byte[] bytes = MpyWriter.Write(module);
        Assert.Equal("040008782E7079008177824B0F", Convert.ToHexString(bytes, 4, 13));
    }

    [Fact]
    public void ConstantTableMatchesTheWorkedTuple()
    {
        // mpy-format.md §6: ("", b"", (1, (2,)), True, False, None, -5, 2**70).
        object?[] tuple = ["", Array.Empty<byte>(), new object?[] { 1L, new object?[] { 2L } }, true, false, null, -5L, BigInteger.Pow(2, 70)];
        var module = new CompiledModule(new List<string> { "t.py", "<module>" }, new List<object?> { tuple }, MinimalRoot(1));
        byte[] bytes = MpyWriter.Write(module);
        string expected = "0A08" + "050000" + "060000" + "0A020701310A01070132" + "03" + "02" + "01" + "07022D35"
            + "0716" + Convert.ToHexString("1180591620717411303424"u8);
        Assert.Contains(expected, Convert.ToHexString(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1.0 / 3.0, "0.3333333333333333")]
    [InlineData(1e100, "1e+100")]
    [InlineData(123456789.0, "123456789.0")]
    [InlineData(double.MaxValue, "1.7976931348623157e+308")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e-7, "1e-07")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    [InlineData(double.NaN, "nan")]
    public void FloatConstantsAreWrittenAsMpyCrossWritesThem(double value, string text)
    {
        var module = new CompiledModule(new List<string> { "t.py", "<module>" }, new List<object?> { value }, MinimalRoot(1));
        string hex = Convert.ToHexString(MpyWriter.Write(module));
        Assert.Contains("08" + ((byte)text.Length).ToString("X2") + Convert.ToHexString(System.Text.Encoding.ASCII.GetBytes(text)), hex, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2.0, "2j")]
    [InlineData(1.5, "1.5j")]
    [InlineData(0.0, "0j")]
    public void ComplexConstantsArePureImaginaryText(double imaginary, string text)
    {
        var module = new CompiledModule(new List<string> { "t.py", "<module>" }, new List<object?> { new Complex(0, imaginary) }, MinimalRoot(1));
        string hex = Convert.ToHexString(MpyWriter.Write(module));
        Assert.Contains("09" + ((byte)text.Length).ToString("X2") + Convert.ToHexString(System.Text.Encoding.ASCII.GetBytes(text)), hex, StringComparison.Ordinal);
    }

    [Fact]
    public void ComplexWithARealPartCannotBeWritten()
    {
        var module = new CompiledModule(new List<string> { "t.py", "<module>" }, new List<object?> { new Complex(1, 2) }, MinimalRoot(1));
        Assert.Throws<ArgumentException>(() => MpyWriter.Write(module));
    }

    [Fact]
    public void SmallIntBitsAreRecordedInTheHeader()
    {
        var compiled = PythonCompiler.Compile("x = 1 << 40\n", "t.py", CompileMode.Exec, new CompileOptions { SmallIntBits = 63 });
        byte[] bytes = MpyWriter.Write(compiled, 63);
        Assert.Equal(new byte[] { 0x4D, 6, 0, 63 }, bytes[..4]);
    }

    [Fact]
    public void NestedChildrenAreWrittenDepthFirstWithCounts()
    {
        byte[] bytes = CompileToMpy("def f():\n    def g():\n        return 1\n    return g\nclass C:\n    pass\n");
        var module = MpyReader.Read(bytes);
        Assert.Equal(2, module.Root.Children.Count);
        Assert.Single(module.Root.Children[0].Children);
        Assert.Empty(module.Root.Children[1].Children);
    }

    /// <summary>A module body "return None" naming qstr <paramref name="simpleName"/>.</summary>
    internal static RawCode MinimalRoot(int simpleName) =>
        new(RawCodeKind.Bytecode, [0x00, 0x02, (byte)simpleName, Opcodes.LoadConstNone, Opcodes.ReturnValue], new List<RawCode>());
}
