using System;
using System.Buffers.Binary;
using MicroPython.Objects;

namespace MicroPython.Runtime;

/// <summary>
/// Typed values in raw bytes, in <c>struct</c>/<c>array</c> type-code notation (the role of MicroPython's
/// py/binary.c): the element sizes and the reads and writes that memoryview, the <c>array</c> plug-in and the
/// <c>struct</c> plug-in share. Integer codes are <c>b B h H i I l L q Q P</c> (lower case signed), float codes
/// <c>e f d</c> (half, single, double), and <c>?</c> is a one-byte bool.
/// </summary>
/// <remarks>
/// Integers are stored truncated to the element's width, as MicroPython does (<c>array('b', [257])</c> holds 1):
/// any int, however big, contributes its low bits in two's complement. A float where an integer is expected is
/// <c>TypeError: can't convert float to int</c>.
/// </remarks>
public static class BinaryValues
{
    /// <summary>
    /// The size of an element in native layout (<c>array</c>, memoryview, <c>struct</c>'s <c>@</c>): <c>l</c>,
    /// <c>L</c> and <c>P</c> are a machine word of the running board; −1 for a code that is not a value type (the
    /// float codes too when the build has no float, <c>MICROPY_FLOAT_IMPL</c> none, as in MicroPython).
    /// </summary>
    public static int NativeSize(char code) => code switch
    {
        'b' or 'B' or '?' => 1,
        'h' or 'H' => 2,
        'i' or 'I' => 4,
        'q' or 'Q' => 8,
        'l' or 'L' or 'P' => PyRuntime.CurrentOrNull?.WordSizeBytes ?? 8,
        'e' => FloatsEnabled ? 2 : -1,
        'f' => FloatsEnabled ? 4 : -1,
        'd' => FloatsEnabled ? 8 : -1,
        _ => -1,
    };

    private static bool FloatsEnabled => PyRuntime.CurrentOrNull?.FloatImpl != FloatImplementation.None;

    /// <summary>
    /// The size of an element in <c>struct</c>'s standard layouts (<c>&lt; &gt; ! =</c>); −1 for an unknown code.
    /// <c>P</c> stays a machine word (MicroPython accepts it in every layout; CPython only in native ones).
    /// </summary>
    public static int StandardSize(char code) => code switch
    {
        'l' or 'L' => 4,
        _ => NativeSize(code),
    };

    /// <summary>True for the float codes <c>e f d</c>.</summary>
    public static bool IsFloat(char code) => code is 'e' or 'f' or 'd';

    /// <summary>True for the signed integer codes.</summary>
    public static bool IsSigned(char code) => code is 'b' or 'h' or 'i' or 'l' or 'q';

    /// <summary>Reads one element of <paramref name="size"/> bytes from the start of <paramref name="src"/>.</summary>
    public static PyObject Read(ReadOnlySpan<byte> src, char code, int size, bool bigEndian)
    {
        switch (code)
        {
            case 'f':
                return new FloatObject(bigEndian ? BinaryPrimitives.ReadSingleBigEndian(src) : BinaryPrimitives.ReadSingleLittleEndian(src));
            case 'd':
                return new FloatObject(bigEndian ? BinaryPrimitives.ReadDoubleBigEndian(src) : BinaryPrimitives.ReadDoubleLittleEndian(src));
            case 'e':
                return new FloatObject((double)(bigEndian ? BinaryPrimitives.ReadHalfBigEndian(src) : BinaryPrimitives.ReadHalfLittleEndian(src)));
            case '?':
                return BoolObject.From(src[0] != 0);
        }

        ulong bits = ReadBits(src, size, bigEndian);
        if (IsSigned(code))
        {
            int unused = 64 - (8 * size);
            return IntObject.Get((long)(bits << unused) >> unused);
        }

        return IntObject.FromUInt64(bits);
    }

    /// <summary>
    /// Writes <paramref name="value"/> as one element of <paramref name="size"/> bytes at the start of
    /// <paramref name="dst"/>: ints truncated to the width, floats converted (<c>TypeError</c> for a non-number).
    /// </summary>
    public static void Write(Span<byte> dst, char code, int size, PyObject value, bool bigEndian)
    {
        switch (code)
        {
            case 'f':
            {
                float f = (float)Ops.ToDouble(value);
                if (bigEndian)
                {
                    BinaryPrimitives.WriteSingleBigEndian(dst, f);
                }
                else
                {
                    BinaryPrimitives.WriteSingleLittleEndian(dst, f);
                }

                return;
            }

            case 'd':
            {
                double d = Ops.ToDouble(value);
                if (bigEndian)
                {
                    BinaryPrimitives.WriteDoubleBigEndian(dst, d);
                }
                else
                {
                    BinaryPrimitives.WriteDoubleLittleEndian(dst, d);
                }

                return;
            }

            case 'e':
            {
                var h = (Half)Ops.ToDouble(value);
                if (bigEndian)
                {
                    BinaryPrimitives.WriteHalfBigEndian(dst, h);
                }
                else
                {
                    BinaryPrimitives.WriteHalfLittleEndian(dst, h);
                }

                return;
            }

            case '?':
                dst[0] = Ops.IsTrue(value) ? (byte)1 : (byte)0;
                return;
        }

        WriteBits(dst, size, IntBits(value), bigEndian);
    }

    /// <summary>The low 64 bits (two's complement) of an int, bool or object with <c>__int__</c>; <c>TypeError</c> otherwise.</summary>
    public static ulong IntBits(PyObject value)
    {
        if (value is IntObject i)
        {
            return (ulong)i.Value;
        }

        // BigInteger's bitwise operators work on the infinite two's complement form, so the mask keeps the low bits.
        var big = value is BigIntObject b ? b.Value : Ops.ToBigInteger(value);
        return (ulong)(big & ulong.MaxValue);
    }

    /// <summary>Reads an unsigned integer of <paramref name="size"/> (1–8) bytes.</summary>
    public static ulong ReadBits(ReadOnlySpan<byte> src, int size, bool bigEndian)
    {
        ulong bits = 0;
        if (bigEndian)
        {
            for (int k = 0; k < size; k++)
            {
                bits = (bits << 8) | src[k];
            }
        }
        else
        {
            for (int k = size - 1; k >= 0; k--)
            {
                bits = (bits << 8) | src[k];
            }
        }

        return bits;
    }

    /// <summary>Writes the low <paramref name="size"/> (1–8) bytes of <paramref name="bits"/>.</summary>
    public static void WriteBits(Span<byte> dst, int size, ulong bits, bool bigEndian)
    {
        for (int k = 0; k < size; k++)
        {
            dst[bigEndian ? size - 1 - k : k] = (byte)bits;
            bits >>= 8;
        }
    }
}
