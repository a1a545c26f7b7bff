using System;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Modules.Binascii;

/// <summary>
/// <c>a2b_base64</c> and <c>b2a_base64</c>. Decoding is lenient as MicroPython's and CPython's default: bytes outside
/// the alphabet are skipped, decoding stops at the padding that completes a group, and leftover bits are
/// <c>ValueError: incorrect padding</c>.
/// </summary>
internal static class Base64Codec
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary><c>b2a_base64(data, *, newline=True)</c>.</summary>
    public static PyObject Encode(PyObject dataObject, PyObject? newline)
    {
        var data = Buffer.GetBytes(dataObject);
        bool addNewline = newline == null || Ops.IsTrue(newline);
        int groups = (data.Length + 2) / 3;
        var result = new byte[groups * 4 + (addNewline ? 1 : 0)];
        int o = 0;
        int i = 0;
        for (; i + 2 < data.Length; i += 3)
        {
            int v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
            result[o++] = (byte)Alphabet[v >> 18];
            result[o++] = (byte)Alphabet[(v >> 12) & 63];
            result[o++] = (byte)Alphabet[(v >> 6) & 63];
            result[o++] = (byte)Alphabet[v & 63];
        }

        int rest = data.Length - i;
        if (rest > 0)
        {
            int v = data[i] << 16 | (rest == 2 ? data[i + 1] << 8 : 0);
            result[o++] = (byte)Alphabet[v >> 18];
            result[o++] = (byte)Alphabet[(v >> 12) & 63];
            result[o++] = rest == 2 ? (byte)Alphabet[(v >> 6) & 63] : (byte)'=';
            result[o++] = (byte)'=';
        }

        if (addNewline)
        {
            result[o] = (byte)'\n';
        }

        return new BytesObject(result);
    }

    /// <summary><c>a2b_base64(data)</c>.</summary>
    public static PyObject Decode(PyObject dataObject)
    {
        var data = Buffer.GetBytes(dataObject);
        var result = new byte[data.Length / 4 * 3 + 3];
        int length = 0;
        int bits = 0;       // meaningful low bits held in `acc`
        int acc = 0;
        bool padSeen = false; // a '=' since the last alphabet character
        foreach (byte c in data)
        {
            if (c == '=')
            {
                // '=' ends the data once a group is complete: after 2 leftover bits, or 4 bits and a second '='.
                if (bits == 2 || (bits == 4 && padSeen))
                {
                    bits = 0;
                    break;
                }

                padSeen = true;
                continue;
            }

            int sextet = Sextet(c);
            if (sextet < 0)
            {
                continue;
            }

            padSeen = false;
            acc = ((acc << 6) | sextet) & 0xFFFFFF;
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                result[length++] = (byte)(acc >> bits);
            }
        }

        if (bits != 0)
        {
            throw Errors.ValueError("incorrect padding");
        }

        return BytesObject.Create(result.AsSpan(0, length));
    }

    private static int Sextet(byte c) => c switch
    {
        >= (byte)'A' and <= (byte)'Z' => c - 'A',
        >= (byte)'a' and <= (byte)'z' => c - 'a' + 26,
        >= (byte)'0' and <= (byte)'9' => c - '0' + 52,
        (byte)'+' => 62,
        (byte)'/' => 63,
        _ => -1,
    };
}
