using System.Numerics;
using System;
using MicroPython.Memory;

namespace MicroPython.Objects;

/// <summary>An <c>int</c> too large for a machine word (MicroPython's mpz). Its Python type is <c>int</c>.</summary>
public sealed partial class BigIntObject : PyObject
{
    public BigIntObject(BigInteger value)
        : base(IntObject.PyType)
    {
        Value = value;
        var heap = HeapAccountant.Current;
        if (heap != null)
        {
            heap.AllocateObject();
            heap.Allocate(MpzDigitBytes(heap, (long)value.GetBitLength()));
        }
    }

    public BigInteger Value { get; }

    /// <summary>
    /// Bytes of an mpz digit array holding <paramref name="bits"/> bits: 16-bit digits on 32-bit boards, 32-bit
    /// digits on 64-bit ones, at least two digits.
    /// </summary>
    internal static long MpzDigitBytes(HeapAccountant heap, long bits)
    {
        int digitBits = heap.WordBytes >= 8 ? 32 : 16;
        long digits = Math.Max(2, (bits + digitBits - 1) / digitBits);
        return digits * (digitBits / 8);
    }

    /// <summary>An mpz: a 4-word int object plus its digit array.</summary>
    public override long HeapBlocks(HeapAccountant heap) => 1 + heap.Blocks(MpzDigitBytes(heap, (long)Value.GetBitLength()));
}
