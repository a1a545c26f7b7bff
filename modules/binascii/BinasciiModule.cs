using System;
using MicroPython.Objects;
using MicroPython.Runtime;
using MicroPython.Sdk.Modules;

namespace MicroPython.Modules.Binascii;

/// <summary>
/// The <c>binascii</c> module as MicroPython has it: <c>hexlify</c>/<c>unhexlify</c>, <c>a2b_base64</c>/<c>b2a_base64</c>
/// and, with <c>MICROPY_PY_BINASCII_CRC32</c>, <c>crc32</c>. Inputs are anything with the buffer protocol (a str
/// reads as its UTF-8 bytes, as in MicroPython).
/// </summary>
public static class BinasciiModule
{
    private static readonly string[] s_b2aParameters = { "data", "newline" };

    /// <summary>The module's definition: name, enabling option and functions.</summary>
    public static readonly ModuleDefinition Definition = ModuleDefinition.Create("binascii", "MICROPY_PY_BINASCII", m =>
    {
        m.Function("hexlify", 1, 2, Hexlify)
            .Function("unhexlify", Unhexlify)
            .Function("a2b_base64", Base64Codec.Decode)
            .Function("b2a_base64", s_b2aParameters, 1, 1, args => Base64Codec.Encode(args[0]!, args[1]));
        if (ModuleInstaller.IsEnabled(m.Context.Config, "MICROPY_PY_BINASCII_CRC32"))
        {
            m.Function("crc32", 1, 2, Crc32.Compute);
        }
    });

    /// <summary><c>hexlify(data[, sep])</c>: lower-case hex digits, with the first character of <c>sep</c> between bytes.</summary>
    private static PyObject Hexlify(ReadOnlySpan<PyObject> args)
    {
        var data = Buffer.GetBytes(args[0]);
        if (data.IsEmpty)
        {
            return BytesObject.Empty;
        }

        int sep = -1;
        if (args.Length > 1)
        {
            sep = SeparatorByte(args[1]);
        }

        var result = new byte[data.Length * 2 + (sep >= 0 ? data.Length - 1 : 0)];
        int o = 0;
        for (int i = 0; i < data.Length; i++)
        {
            if (sep >= 0 && i > 0)
            {
                result[o++] = (byte)sep;
            }

            result[o++] = HexDigit(data[i] >> 4);
            result[o++] = HexDigit(data[i] & 0xF);
        }

        return new BytesObject(result);
    }

    /// <summary>The separator's first byte (str or bytes, as MicroPython reads it), or −1 when it is empty.</summary>
    private static int SeparatorByte(PyObject sep)
    {
        if (Ops.AsStr(sep) is { } s)
        {
            return s.Value.Length == 0 ? -1 : s.Value[0] < 0x80 ? s.Value[0] : System.Text.Encoding.UTF8.GetBytes(s.Value)[0];
        }

        if (sep.NativeSelf is BytesObject)
        {
            var b = Buffer.GetBytes(sep);
            return b.IsEmpty ? -1 : b[0];
        }

        throw Ops.CantConvertImplicitly(sep);
    }

    /// <summary><c>unhexlify(data)</c>: pairs of hex digits (either case) to bytes.</summary>
    private static PyObject Unhexlify(PyObject dataObject)
    {
        var data = Buffer.GetBytes(dataObject);
        if ((data.Length & 1) != 0)
        {
            throw Errors.ValueError("odd-length string");
        }

        var result = new byte[data.Length / 2];
        for (int i = 0; i < result.Length; i++)
        {
            int hi = HexValue(data[2 * i]);
            int lo = HexValue(data[2 * i + 1]);
            if (hi < 0 || lo < 0)
            {
                throw Errors.ValueError("non-hex digit found");
            }

            result[i] = (byte)((hi << 4) | lo);
        }

        return BytesObject.Create(result);
    }

    private static byte HexDigit(int v) => (byte)(v < 10 ? '0' + v : 'a' + v - 10);

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };
}
