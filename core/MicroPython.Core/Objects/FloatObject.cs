using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using MicroPython.Memory;

namespace MicroPython.Objects;

/// <summary>
/// Python's <c>float</c>: an IEEE double (MicroPython's <c>MICROPY_FLOAT_IMPL_DOUBLE</c>, the unix default).
/// Overflow gives <c>inf</c> rather than raising, as in MicroPython. This file holds the value and the exact
/// int ↔ float conversions and comparisons; operators are in <c>FloatObject.Ops.cs</c>, text in <c>.Format.cs</c>.
/// </summary>
public sealed partial class FloatObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("float", null, InitType, MakeNew);

    // MICROPY_FLOAT_IMPL of the runtime current on this thread (PyRuntime.MakeCurrent and the FloatImpl setter keep
    // it in step), read here rather than through the runtime because every float creation needs it.
    [ThreadStatic]
    private static bool t_singlePrecision;

    [ThreadStatic]
    private static bool t_noFloat;

    /// <summary>
    /// True under <c>MICROPY_FLOAT_IMPL_FLOAT</c>: every float is rounded to single precision when created (so each
    /// operation gives the IEEE single result) and printed with the shortest digits that read back as that single.
    /// </summary>
    public static bool SinglePrecision => t_singlePrecision;

    /// <summary>True under <c>MICROPY_FLOAT_IMPL_NONE</c>: the build has no float type.</summary>
    public static bool Disabled => t_noFloat;

    /// <summary>Makes the calling thread's floats follow <paramref name="impl"/> (called by <see cref="Runtime.PyRuntime"/>).</summary>
    public static void UseImplementation(Runtime.FloatImplementation impl)
    {
        t_singlePrecision = impl == Runtime.FloatImplementation.Float;
        t_noFloat = impl == Runtime.FloatImplementation.None;
    }

    public FloatObject(double value)
        : base(PyType)
    {
        Value = t_singlePrecision ? (float)value : value;

        // Boxed, one block (MICROPY_OBJ_REPR_A, the representation of the unix port and most boards).
        HeapAccountant.ChargeObject();
    }

    /// <summary>
    /// A float made by the interpreter's arithmetic fast paths, charged to <paramref name="runtime"/>'s heap and
    /// rounded per its <c>MICROPY_FLOAT_IMPL</c> directly: the constructor reads both through thread-statics, two
    /// TLS look-ups per float that showed as a fifth of the time of float-heavy programs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static FloatObject Make(double value, Runtime.PyRuntime runtime)
    {
        var f = new FloatObject(runtime.SingleFloats ? (float)value : value, uncharged: true);
        runtime.Heap.AllocateObject();
        return f;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private FloatObject(double value, bool uncharged)
        : base(PyType)
    {
        _ = uncharged;
        Value = value;
    }

    public double Value { get; }

    public override long HeapBlocks(HeapAccountant heap) => 1;

    // ---- exact int → float conversion ---------------------------------------------------------------------

    /// <summary>
    /// Converts an int to the nearest double (ties to even), as CPython does; values beyond the double range
    /// give ±inf (MicroPython does not raise OverflowError here).
    /// </summary>
    public static double BigToDouble(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            return (long)value; // the hardware conversion is correctly rounded
        }

        var magnitude = BigInteger.Abs(value);
        double d = RoundToDouble(magnitude, 0, sticky: false);
        return value.Sign < 0 ? -d : d;
    }

    /// <summary>
    /// Rounds <c>(q + ε) · 2^shift</c> to the nearest double with ties to even, where ε is a positive amount below one
    /// unit of q's last bit when <paramref name="sticky"/> is set (the discarded remainder of a division). Handles the
    /// subnormal range by rounding once to the precision actually available there.
    /// </summary>
    private static double RoundToDouble(BigInteger q, long shift, bool sticky)
    {
        if (q.IsZero)
        {
            return 0.0;
        }

        long nbits = (long)q.GetBitLength();
        long msbExponent = nbits - 1 + shift;
        if (msbExponent > 1023)
        {
            return double.PositiveInfinity;
        }

        // Significant bits available at this magnitude: 53 for normal numbers, fewer in the subnormal range.
        long precision = msbExponent >= -1022 ? 53 : 53 - (-1022 - msbExponent);
        long drop = nbits - precision;
        if (drop <= 0)
        {
            // Exact (only when there is no remainder: divisions always produce at least 55 bits).
            return Math.ScaleB((double)(ulong)q, (int)shift);
        }

        if (drop > nbits + 1)
        {
            return 0.0; // far below half of the smallest subnormal
        }

        BigInteger kept = q >> (int)drop;
        BigInteger rest = q - (kept << (int)drop);
        BigInteger half = BigInteger.One << (int)(drop - 1);
        int c = rest.CompareTo(half);
        if (c > 0 || (c == 0 && (sticky || !kept.IsEven)))
        {
            kept += 1;
        }

        // kept ≤ 2^53, so the conversion and the scaling are exact (or overflow to inf, which is what we want).
        return Math.ScaleB((double)(ulong)kept, (int)(shift + drop));
    }

    /// <summary><c>a / b</c> for machine-word ints, correctly rounded (<paramref name="b"/> ≠ 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double TrueDivide(long a, long b)
    {
        const long exact = 1L << 53;
        if (a >= -exact && a <= exact && b >= -exact && b <= exact)
        {
            return (double)a / b; // both operands exact, so IEEE division rounds once: correct
        }

        return TrueDivide((BigInteger)a, (BigInteger)b);
    }

    /// <summary><c>a / b</c> for ints of any size, correctly rounded like CPython; overflow gives ±inf (<paramref name="b"/> ≠ 0).</summary>
    public static double TrueDivide(BigInteger a, BigInteger b)
    {
        bool negative = (a.Sign < 0) != (b.Sign < 0);
        if (a.IsZero)
        {
            return negative ? -0.0 : 0.0;
        }

        var na = BigInteger.Abs(a);
        var nb = BigInteger.Abs(b);
        const long exact = 1L << 53;
        if (na <= exact && nb <= exact)
        {
            double r = (double)(long)na / (double)(long)nb;
            return negative ? -r : r;
        }

        long bitDiff = (long)na.GetBitLength() - (long)nb.GetBitLength();
        if (bitDiff > 1026)
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (bitDiff < -1078)
        {
            return negative ? -0.0 : 0.0; // below half the smallest subnormal
        }

        // Scale so the integer quotient has at least 55 bits, then round it once with the remainder as a sticky bit.
        long shift = bitDiff - 55;
        BigInteger q;
        BigInteger rem;
        if (shift >= 0)
        {
            q = BigInteger.DivRem(na, nb << (int)shift, out rem);
        }
        else
        {
            q = BigInteger.DivRem(na << (int)-shift, nb, out rem);
        }

        double d = RoundToDouble(q, shift, sticky: !rem.IsZero);
        return negative ? -d : d;
    }

    // ---- exact int ↔ float comparison ---------------------------------------------------------------------

    /// <summary>Compares a (non-NaN) double with an int exactly: -1, 0 or 1 as <c>d</c> is less, equal or greater.</summary>
    public static int CompareWithInteger(double d, long i)
    {
        const long exact = 1L << 53;
        if (i >= -exact && i <= exact)
        {
            return d.CompareTo((double)i);
        }

        return CompareWithInteger(d, (BigInteger)i);
    }

    /// <summary>Compares a (non-NaN) double with an int exactly, without rounding the int to a double.</summary>
    public static int CompareWithInteger(double d, BigInteger i)
    {
        if (double.IsInfinity(d))
        {
            return d > 0 ? 1 : -1;
        }

        double floor = Math.Floor(d);
        int c = new BigInteger(floor).CompareTo(i); // a finite integral double converts to BigInteger exactly
        if (c != 0)
        {
            return c;
        }

        return d > floor ? 1 : 0;
    }

    // ---- hashing ------------------------------------------------------------------------------------------

    /// <summary>
    /// MicroPython's float hash: the value truncated to an int (<c>hash(1.5) == 1</c>). Integral values hash exactly
    /// like the equal int, including big ones, so equal keys always collide in dicts and sets.
    /// </summary>
    public static long HashOf(double value)
    {
        if (!double.IsFinite(value))
        {
            return 0;
        }

        if (value > -9.2233720368547758E18 && value < 9.2233720368547758E18)
        {
            return (long)value;
        }

        return BigIntObject.HashOf(new BigInteger(value));
    }
}
