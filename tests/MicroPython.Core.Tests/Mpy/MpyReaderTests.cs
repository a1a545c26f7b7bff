using System;
using System.Collections.Generic;
using System.IO;
using System.Numerics;
using MicroPython.Bytecode;
using MicroPython.Mpy;
using MicroPython.Objects;
using MicroPython.Runtime;
using Xunit;

namespace MicroPython.Tests.Mpy;

/// <summary>The .mpy reader: round trips, the loader's checks and messages (mpy-format.md §9).</summary>
public sealed class MpyReaderTests
{
    private const string Sample = """
        import sys
        X = (1, 2.5, 'a string that is long', b'bytes', 2**80, -2**70, 1e-9, 3j, ..., 1 << 40)
        def f(a, b=2, *args, c, d=4, **kw):
            def inner(z):
                return a + z
            return inner(b) + c + d
        class C:
            def m(self, x):
                try:
                    return [i * x for i in range(3)]
                except ValueError as e:
                    raise
                finally:
                    pass
        async def co():
            pass
        print(f(1, c=3), C().m(2), X)
        """;

    internal static string ValueErrorText(Action action)
    {
        var e = Assert.Throws<PyException>(action);
        Assert.Same(ExceptionTypes.ValueError, e.Value.Type);
        return Ops.Str(e.Value);
    }

    [Fact]
    public void WriteReadWriteIsTheIdentity()
    {
        byte[] first = MpyWriterTests.CompileToMpy(Sample);
        CompiledModule read = MpyReader.Read(first);
        Assert.Equal(Convert.ToHexString(first), Convert.ToHexString(MpyWriter.Write(read)));
    }

    [Fact]
    public void ReadConstantsHaveTheirTypesAndValues()
    {
        CompiledModule m = MpyReader.Read(MpyWriterTests.CompileToMpy(Sample));
        // Folded or not, each literal of the sample reaches the table with its exact type and value.
        Assert.Contains(2.5, m.Constants);
        Assert.Contains("a string that is long", m.Constants);
        Assert.Contains(m.Constants, c => c is byte[] b && b.AsSpan().SequenceEqual("bytes"u8));
        Assert.Contains(1e-9, m.Constants);
        Assert.Contains(m.Constants, c => c is EllipsisConstant);
        Assert.Contains(m.Constants, c => c is Complex z && z.Imaginary == 3);
        Assert.Contains(m.Constants, c => c is long l && l == 1L << 40 || c is BigInteger b && b == (BigInteger.One << 40));
    }

    [Fact]
    public void LoadedModuleRunsLikeTheSource()
    {
        var runtime = PyRuntime.Create();
        var output = new StringWriter();
        runtime.Stdout = output;
        var module = MpyReader.Read(MpyWriterTests.CompileToMpy(Sample));
        runtime.Execute(module, new DictObject());
        Assert.Equal("10 [0, 2, 4] (1, 2.5, 'a string that is long', b'bytes', 1208925819614629174706176, -1180591620717411303424, 1e-09, 3j, Ellipsis, 1099511627776)\n", output.ToString());
    }

    [Theory]
    [InlineData("58 06 00 1F", "incompatible .mpy file")] // magic 'X'
    [InlineData("4D 05 00 1F", "incompatible .mpy file")] // version 5
    [InlineData("4D 07 00 1F", "incompatible .mpy file")] // version 7
    [InlineData("4D 06 0A 1F", "incompatible .mpy file")] // x64 with sub-version 2
    [InlineData("4D 06 0B 1F", "native code in .mpy unsupported")] // x64 native code
    [InlineData("4D 06 27 1F", "native code in .mpy unsupported")] // xtensawin
    [InlineData("4D 06 80 1F", "incompatible .mpy file")] // reserved bit 7 counts as an arch bit, sub-version 0
    [InlineData("4D 06 83 1F", "native code in .mpy unsupported")] // reserved bit 7 with sub-version 3
    [InlineData("4D 06 40 1F", "incompatible .mpy file")] // arch flags follow but this is no RISC-V
    [InlineData("4D 06 00 40", "incompatible .mpy file")] // 64-bit small ints
    public void HeaderChecksGiveMicroPythonsMessages(string header, string message)
    {
        byte[] file = MpyWriterTests.CompileToMpy("pass\n", "m.py");
        MpyWriterTests.Hex(header).CopyTo(file, 0);
        Assert.Equal(message, ValueErrorText(() => MpyReader.Read(file)));
    }

    [Fact]
    public void SixtyThreeBitSmallIntsLoad()
    {
        byte[] file = MpyWriterTests.CompileToMpy("pass\n", "m.py");
        file[3] = 63;
        Assert.Equal("m.py", MpyReader.Read(file).SourceFile);
    }

    [Fact]
    public void SubVersionIsIgnoredForBytecode()
    {
        byte[] file = MpyWriterTests.CompileToMpy("pass\n", "m.py");
        file[2] = 0x03; // what sys.implementation._mpy reports; a bytecode file may carry it
        Assert.Equal("m.py", MpyReader.Read(file).SourceFile);
    }

    [Fact]
    public void NativeRawCodeIsIncompatible()
    {
        // kind_len 0x29 = code_len 5, no children, kind 1 (native).
        byte[] file = MpyWriterTests.Hex("4D 06 00 1F 02 00 08 6D 2E 70 79 00 0F 29 00 02 01 51 63");
        Assert.Equal("incompatible .mpy file", ValueErrorText(() => MpyReader.Read(file)));
    }

    [Fact]
    public void InlineFormOfAStaticStringIsAccepted()
    {
        // <module> spelled out (length 8) instead of static 7.
        byte[] file = MpyWriterTests.Hex("4D 06 00 1F 02 00 08 6D 2E 70 79 00 10 3C 6D 6F 64 75 6C 65 3E 00 28 00 02 01 51 63");
        Assert.Equal("<module>", MpyReader.Read(file).Qstrs[1]);
    }

    [Theory]
    [InlineData("01")] // static number 0
    [InlineData("82 4D")] // static number 166, past zip
    [InlineData("04 FF FE 00")] // invalid UTF-8
    public void BadQstrEntriesAreIncompatible(string entry)
    {
        byte[] file = MpyWriterTests.Hex("4D 06 00 1F 02 00 08 6D 2E 70 79 00 " + entry + " 28 00 02 01 51 63");
        Assert.Equal("incompatible .mpy file", ValueErrorText(() => MpyReader.Read(file)));
    }

    [Theory]
    [InlineData("08 02 32 6A", "invalid syntax for number")] // float text with a j
    [InlineData("08 03 61 62 63", "invalid syntax for number")]
    [InlineData("07 02 31 61", "invalid syntax for integer with base 10")]
    [InlineData("07 00", "invalid syntax for integer with base 10")]
    [InlineData("0B", "incompatible .mpy file")] // unknown type
    [InlineData("00", "incompatible .mpy file")] // native function table
    public void BadConstantsRaiseValueError(string constant, string message)
    {
        byte[] file = MpyWriterTests.Hex("4D 06 00 1F 02 01 08 6D 2E 70 79 00 0F " + constant + " 28 00 02 01 51 63");
        Assert.Equal(message, ValueErrorText(() => MpyReader.Read(file)));
    }

    [Fact]
    public void ComplexTextWithoutSuffixLoadsAsAFloat()
    {
        byte[] file = MpyWriterTests.Hex("4D 06 00 1F 02 01 08 6D 2E 70 79 00 0F 09 03 31 2E 35 28 00 02 01 51 63");
        Assert.Equal(1.5, MpyReader.Read(file).Constants[0]);
    }

    [Theory]
    [InlineData("28 00 02 01 11 05 63")] // LOAD_NAME qstr 5 of 2
    [InlineData("28 00 02 01 23 00 63")] // LOAD_CONST_OBJ 0 with no constants
    [InlineData("28 00 02 01 32 00 63")] // MAKE_FUNCTION child 0 with no children
    [InlineData("28 00 02 01 42 10 63")] // JUMP past the end
    [InlineData("28 00 02 01 61 51 63")] // undefined opcode 0x61
    [InlineData("28 00 02 01 24 09 63")] // LOAD_FAST 9 with n_state 1
    [InlineData("28 00 02 09 51 63 00")] // simple name qstr 9
    public void OperandsAreCheckedAgainstTheTables(string rawCode)
    {
        byte[] file = MpyWriterTests.Hex("4D 06 00 1F 02 00 08 6D 2E 70 79 00 0F " + rawCode);
        Assert.Equal("incompatible .mpy file", ValueErrorText(() => MpyReader.Read(file)));
    }

    [Fact]
    public void AbsurdCountsDoNotAllocate()
    {
        // n_qstr = 2^62: bounded by the bytes that remain, so it is refused before any allocation.
        byte[] file = MpyWriterTests.Hex("4D 06 00 1F C0 80 80 80 80 80 80 80 00 00");
        Assert.Equal("incompatible .mpy file", ValueErrorText(() => MpyReader.Read(file)));
    }

    [Fact]
    public void HugeIntConstantsAreBoundedButLargeOnesLoad()
    {
        static byte[] FileWithDigits(int digits)
        {
            var bytes = new List<byte>(MpyWriterTests.Hex("4D 06 00 1F 02 01 08 6D 2E 70 79 00 0F 07"));
            var length = new List<byte>();
            VarUint.WriteUnsigned(length, (ulong)digits);
            bytes.AddRange(length);
            for (int i = 0; i < digits; i++)
            {
                bytes.Add((byte)'9');
            }

            bytes.AddRange(MpyWriterTests.Hex("28 00 02 01 51 63"));
            return bytes.ToArray();
        }

        var big = Assert.IsType<BigInteger>(Assert.Single(MpyReader.Read(FileWithDigits(5000)).Constants));
        Assert.Equal(BigInteger.Pow(10, 5000) - 1, big);
        Assert.Equal("incompatible .mpy file", ValueErrorText(() => MpyReader.Read(FileWithDigits(MpyReader.MaxIntDigits + 1))));
    }

    [Fact]
    public void DeeplyNestedTuplesAreRefusedNotAStackOverflow()
    {
        var bytes = new List<byte>(MpyWriterTests.Hex("4D 06 00 1F 02 01 08 6D 2E 70 79 00 0F"));
        for (int i = 0; i < 100_000; i++)
        {
            bytes.Add(0x0A);
            bytes.Add(0x01);
        }

        bytes.Add(0x01);
        Assert.Equal("incompatible .mpy file", ValueErrorText(() => MpyReader.Read(bytes.ToArray())));
    }

    [Fact]
    public void DeeplyNestedRawCodeIsRefusedNotAStackOverflow()
    {
        var bytes = new List<byte>(MpyWriterTests.Hex("4D 06 00 1F 02 00 08 6D 2E 70 79 00 0F"));
        for (int i = 0; i < 100_000; i++)
        {
            bytes.AddRange(MpyWriterTests.Hex("2C 00 02 01 51 63 01")); // has children, 1 child
        }

        Assert.Equal("incompatible .mpy file", ValueErrorText(() => MpyReader.Read(bytes.ToArray())));
    }

    [Fact]
    public void FileWrittenByMicroPythonsMpyCrossRuns()
    {
        // The bytes of mpy-format.md §7.2, as MicroPython's own mpy-cross wrote them for demo.py.
        byte[] file = MpyWriterTests.Hex(
            "4D 06 00 1F 06 01 0E 64 65 6D 6F 2E 70 79 00 0F 06 61 64 64 00 81 77 02 61 00 02 62 00 "
            + "05 0F 6C 6F 6E 67 65 72 20 74 68 61 6E 20 74 65 6E 00 "
            + "81 54 10 04 01 48 82 2A 01 53 33 00 16 02 11 03 11 02 A8 34 01 23 00 34 02 59 51 63 "
            + "01 58 9A 01 08 02 04 05 20 B0 B1 F2 63");
        var runtime = PyRuntime.Create();
        var output = new StringWriter();
        runtime.Stdout = output;
        runtime.Execute(MpyReader.Read(file), new DictObject());
        Assert.Equal("42 longer than ten\n", output.ToString());
    }

    [Fact]
    public void ConstantTupleWrittenByMpyCrossReads()
    {
        // mpy-format.md §6's worked bytes: ("", b"", (1, (2,)), True, False, None, -5, 2**70).
        byte[] file = MpyWriterTests.Hex(
            "4D 06 00 1F 02 01 08 6D 2E 70 79 00 0F 0A 08 05 00 00 06 00 00 0A 02 07 01 31 0A 01 07 01 32 03 02 01 07 02 2D 35 07 16 "
            + Convert.ToHexString("1180591620717411303424"u8) + " 28 00 02 01 51 63");
        var tuple = Assert.IsType<object?[]>(Assert.Single(MpyReader.Read(file).Constants));
        Assert.Equal(8, tuple.Length);
        Assert.Equal(string.Empty, tuple[0]);
        Assert.Empty(Assert.IsType<byte[]>(tuple[1]));
        Assert.Equal(1L, Assert.IsType<object?[]>(tuple[2])[0]);
        Assert.Equal(2L, Assert.IsType<object?[]>(Assert.IsType<object?[]>(tuple[2])[1])[0]);
        Assert.Equal(new object?[] { true, false, null, -5L }, tuple[3..7]);
        Assert.Equal(BigInteger.Pow(2, 70), tuple[7]);
    }

    [Fact]
    public void SysImplementationMpyIsSevenSeventyFour() => Assert.Equal(774, MpyFormat.SysImplementationMpy);
}
