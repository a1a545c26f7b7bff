using System.Numerics;
using System.Runtime.CompilerServices;
using MicroPython.Runtime;
using MicroPython.Memory;

namespace MicroPython.Objects;

/// <summary>
/// Python's <c>int</c> while the value fits a machine word (MicroPython's small int). Values outside
/// <see cref="long"/> are <see cref="BigIntObject"/> (same Python type); every operation normalises its result
/// back to the smallest representation, so a <see cref="BigIntObject"/> never holds a long-sized value.
/// Frequently used values are cached so loops do not allocate for them.
/// </summary>
public partial class IntObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("int", null, InitType, MakeNew);

    private const int CacheMin = -256;
    private const int CacheMax = 1024;
    private static readonly IntObject[] s_cache = CreateCache();

    public static readonly IntObject Zero = Get(0);
    public static readonly IntObject One = Get(1);
    public static readonly IntObject MinusOne = Get(-1);

    public IntObject(long value)
        : base(PyType)
    {
        Value = value;
        if ((ulong)(value + SmallIntLimit64) >= 2 * (ulong)SmallIntLimit64
            || (HeapAccountant.NarrowWordsInUse && (ulong)(value + SmallIntLimit32) >= 2 * SmallIntLimit32))
        {
            BeyondSmallInt(value);
        }
    }

    // MicroPython's small ints are tagged words: 31-bit values on 32-bit boards, 63-bit on 64-bit ones. Outside
    // that range an int is an mpz on the heap.
    private const long SmallIntLimit32 = 1L << 30;
    private const long SmallIntLimit64 = 1L << 62;

    private static bool IsSmall(HeapAccountant heap, long value) => FitsSmallInt(value, heap.WordBytes);

    /// <summary>
    /// Whether <paramref name="value"/> is a small int on a board with <paramref name="wordBytes"/>-byte words: one
    /// bit of the word is the tag and one the sign, so −2³⁰ … 2³⁰−1 on 32-bit boards, −2⁶² … 2⁶²−1 on 64-bit ones.
    /// </summary>
    public static bool FitsSmallInt(long value, int wordBytes)
    {
        long limit = 1L << ((wordBytes * 8) - 2);
        return value >= -limit && value < limit;
    }

    /// <summary>
    /// A value beyond the 64-bit board's small ints (or the 32-bit one's, once narrow words are in use): on the
    /// current board it is either still a small int, or an mpz on the heap, or — in a build without big ints
    /// (<c>MICROPY_LONGINT_IMPL</c> NONE) — <c>OverflowError: small int overflow</c>, as MicroPython's
    /// mp_obj_new_int. Only values this large reach here, so the small-int hot path pays nothing for the check.
    /// </summary>
    private static void BeyondSmallInt(long value)
    {
        var runtime = PyRuntime.CurrentOrNull;
        if (runtime != null && runtime.LongIntImpl == LongIntImplementation.None && !FitsSmallInt(value, runtime.WordSizeBytes))
        {
            throw Errors.OverflowError("small int overflow");
        }

        var heap = HeapAccountant.Current;
        if (heap != null && !IsSmall(heap, value))
        {
            heap.AllocateObject();
            heap.Allocate(BigIntObject.MpzDigitBytes(heap, 64));
        }
    }

    /// <summary>True when the current runtime has no big ints and <paramref name="value"/> is not one of its small ints.</summary>
    private static bool BeyondNoneBuild(BigInteger value)
    {
        var runtime = PyRuntime.CurrentOrNull;
        return runtime != null && runtime.LongIntImpl == LongIntImplementation.None
            && (value < long.MinValue || value > long.MaxValue || !FitsSmallInt((long)value, runtime.WordSizeBytes));
    }

    public override long HeapBlocks(HeapAccountant heap) =>
        IsSmall(heap, Value) ? 0 : 1 + heap.Blocks(BigIntObject.MpzDigitBytes(heap, 64));

    protected IntObject(TypeObject type, long value)
        : base(type)
    {
        Value = value;
    }

    public long Value { get; }

    private static IntObject[] CreateCache()
    {
        var cache = new IntObject[CacheMax - CacheMin + 1];
        for (int i = 0; i < cache.Length; i++)
        {
            cache[i] = new IntObject(i + CacheMin);
        }

        return cache;
    }

    /// <summary>The int object for <paramref name="value"/>, shared for small values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static IntObject Get(long value)
    {
        if ((ulong)(value - CacheMin) <= (ulong)(CacheMax - CacheMin))
        {
            return s_cache[value - CacheMin];
        }

        return new IntObject(value);
    }

    /// <summary>
    /// The int object for an arbitrary-precision value: an <see cref="IntObject"/> when it fits a machine word,
    /// otherwise a <see cref="BigIntObject"/>. Every operation that can leave the machine-word range goes through
    /// here, so this is the single place where big ints come into existence.
    /// </summary>
    public static PyObject FromBigInteger(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            return Get((long)value);
        }

        return Promote(value);
    }

    /// <summary>
    /// Creates the big int for a value known not to fit a long. This is where <c>MICROPY_LONGINT_IMPL</c> of the
    /// current runtime is honoured: without big ints (NONE) or with 64-bit ones (LONGLONG) such a value is an
    /// <c>OverflowError</c> with MicroPython's text instead.
    /// </summary>
    private static BigIntObject Promote(BigInteger value)
    {
        var impl = PyRuntime.CurrentOrNull?.LongIntImpl ?? LongIntImplementation.Mpz;
        if (impl != LongIntImplementation.Mpz)
        {
            throw Errors.OverflowError(impl == LongIntImplementation.None ? "small int overflow" : "result overflows long long storage");
        }

        return new BigIntObject(value);
    }

    /// <summary>
    /// The int object for a number written in source or parsed by <c>int(str)</c>: as <see cref="FromBigInteger"/>,
    /// except that a build without big ints reports <c>OverflowError: long int not supported in this build</c>, as
    /// MicroPython's number parser does.
    /// </summary>
    public static PyObject FromParsed(BigInteger value)
    {
        if (BeyondNoneBuild(value))
        {
            throw Errors.OverflowError("long int not supported in this build");
        }

        if (value >= long.MinValue && value <= long.MaxValue)
        {
            return Get((long)value);
        }

        return Promote(value);
    }

    /// <inheritdoc cref="FromParsed(BigInteger)"/>
    public static PyObject FromParsed(long value) => FitsSmallInt(value, 2) ? Get(value) : FromParsed((BigInteger)value);

    /// <summary>The int object for an unsigned machine word.</summary>
    public static PyObject FromUInt64(ulong value) =>
        value <= long.MaxValue ? Get((long)value) : Promote(value);
}
