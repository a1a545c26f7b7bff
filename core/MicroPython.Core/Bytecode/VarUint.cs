using System;
using System.Collections.Generic;

namespace MicroPython.Bytecode;

/// <summary>
/// MicroPython's variable-length integers (mpy-format.md §2, bytecode.md §1.1): 7 payload bits per byte, most
/// significant group first, bit 7 set on every byte except the last. The signed form (only LOAD_CONST_SMALL_INT)
/// uses bit 6 of the first byte as the sign.
/// </summary>
/// <remarks>
/// Readers take a position by reference and advance it past the encoding, which is how the VM and the .mpy reader
/// walk bytecode. Truncated input throws <see cref="FormatException"/> instead of reading garbage, so a damaged
/// .mpy file cannot hang a reader (the reference loader reads 0xFF past the end and never terminates).
/// </remarks>
public static class VarUint
{
    /// <summary>Longest encoding of a 64-bit value (10 groups of 7 bits).</summary>
    public const int MaxBytes = 10;

    /// <summary>Number of bytes <see cref="WriteUnsigned(List{byte}, ulong)"/> emits for <paramref name="value"/>.</summary>
    public static int SizeUnsigned(ulong value)
    {
        int n = 1;
        while ((value >>= 7) != 0)
        {
            n++;
        }

        return n;
    }

    /// <summary>Appends the unsigned encoding of <paramref name="value"/> (0 → <c>00</c>, 128 → <c>81 00</c>).</summary>
    public static void WriteUnsigned(List<byte> output, ulong value)
    {
        Span<byte> buffer = stackalloc byte[MaxBytes];
        int length = EncodeUnsigned(value, buffer);
        for (int i = 0; i < length; i++)
        {
            output.Add(buffer[i]);
        }
    }

    /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/>; returns the byte count.</summary>
    public static int EncodeUnsigned(ulong value, Span<byte> destination)
    {
        int length = SizeUnsigned(value);
        for (int i = length - 1; i >= 0; i--)
        {
            byte group = (byte)(value & 0x7F);
            destination[i] = i == length - 1 ? group : (byte)(group | 0x80);
            value >>= 7;
        }

        return length;
    }

    /// <summary>Reads an unsigned value at <paramref name="position"/> and advances past it.</summary>
    public static ulong ReadUnsigned(ReadOnlySpan<byte> data, ref int position)
    {
        ulong value = 0;
        byte b;
        do
        {
            if ((uint)position >= (uint)data.Length)
            {
                throw new FormatException("truncated variable-length integer");
            }

            b = data[position++];
            value = (value << 7) | (uint)(b & 0x7F);
        }
        while ((b & 0x80) != 0);

        return value;
    }

    /// <summary>Reads an unsigned value that must fit an <see cref="int"/> (counts, indices, slots).</summary>
    public static int ReadInt(ReadOnlySpan<byte> data, ref int position)
    {
        ulong value = ReadUnsigned(data, ref position);
        if (value > int.MaxValue)
        {
            throw new FormatException("variable-length integer out of range");
        }

        return (int)value;
    }

    /// <summary>Advances <paramref name="position"/> past one unsigned or signed encoding without decoding it.</summary>
    public static void Skip(ReadOnlySpan<byte> data, ref int position)
    {
        while (true)
        {
            if ((uint)position >= (uint)data.Length)
            {
                throw new FormatException("truncated variable-length integer");
            }

            if ((data[position++] & 0x80) == 0)
            {
                return;
            }
        }
    }

    /// <summary>Number of bytes <see cref="WriteSigned(List{byte}, long)"/> emits for <paramref name="value"/>.</summary>
    public static int SizeSigned(long value)
    {
        Span<byte> buffer = stackalloc byte[MaxBytes];
        return EncodeSigned(value, buffer);
    }

    /// <summary>
    /// Appends the signed encoding used by LOAD_CONST_SMALL_INT (−100 → <c>FF 1C</c>, 64 → <c>80 40</c>).
    /// </summary>
    public static void WriteSigned(List<byte> output, long value)
    {
        Span<byte> buffer = stackalloc byte[MaxBytes];
        int length = EncodeSigned(value, buffer);
        for (int i = 0; i < length; i++)
        {
            output.Add(buffer[i]);
        }
    }

    /// <summary>Signed encoding into <paramref name="destination"/> (py/emitbc.c emit_write_bytecode_byte_int).</summary>
    public static int EncodeSigned(long value, Span<byte> destination)
    {
        // Collect groups least significant first, then emit them most significant first.
        Span<byte> groups = stackalloc byte[MaxBytes + 1];
        int count = 0;
        long num = value;
        do
        {
            groups[count++] = (byte)(num & 0x7F);
            num >>= 7;
        }
        while (num != 0 && num != -1);

        // The top group's bit 6 is the sign; add a pure sign group when it disagrees.
        if (num == -1 && (groups[count - 1] & 0x40) == 0)
        {
            groups[count++] = 0x7F;
        }
        else if (num == 0 && (groups[count - 1] & 0x40) != 0)
        {
            groups[count++] = 0x00;
        }

        for (int i = 0; i < count; i++)
        {
            byte group = groups[count - 1 - i];
            destination[i] = i == count - 1 ? group : (byte)(group | 0x80);
        }

        return count;
    }

    /// <summary>Reads a signed value (LOAD_CONST_SMALL_INT operand) and advances past it.</summary>
    public static long ReadSigned(ReadOnlySpan<byte> data, ref int position)
    {
        if ((uint)position >= (uint)data.Length)
        {
            throw new FormatException("truncated variable-length integer");
        }

        long value = (data[position] & 0x40) != 0 ? -1 : 0;
        byte b;
        do
        {
            if ((uint)position >= (uint)data.Length)
            {
                throw new FormatException("truncated variable-length integer");
            }

            b = data[position++];
            value = (value << 7) | (long)(b & 0x7F);
        }
        while ((b & 0x80) != 0);

        return value;
    }
}
