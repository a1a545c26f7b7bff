using System;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Modules.Binascii;

/// <summary><c>crc32(data[, value])</c>: the CRC-32 of zlib/PNG (reflected polynomial 0xEDB88320), continuing from <c>value</c>.</summary>
internal static class Crc32
{
    private static readonly uint[] s_table = BuildTable();

    public static PyObject Compute(ReadOnlySpan<PyObject> args)
    {
        var data = Buffer.GetBytes(args[0]);
        uint crc = args.Length > 1 ? Truncate(args[1]) : 0;
        crc = ~crc;
        foreach (byte b in data)
        {
            crc = s_table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return IntObject.Get(~crc);
    }

    /// <summary>The low 32 bits of an int of any size (MicroPython's truncating conversion).</summary>
    private static uint Truncate(PyObject value)
    {
        if (value.NativeSelf is BigIntObject big)
        {
            return (uint)(big.Value & uint.MaxValue);
        }

        return unchecked((uint)Ops.ToInt64(value));
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
