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
            // Beyond the board's small ints: an mpz on the heap.
            ChargeIfMpz(value);
        }
    }

    // MicroPython's small ints are tagged words: 31-bit values on 32-bit boards, 63-bit on 64-bit ones. Outside
    // that range an int is an mpz on the heap.
    private const long SmallIntLimit32 = 1L << 30;
    private const long SmallIntLimit64 = 1L << 62;

    private static bool IsSmall(HeapAccountant heap, long value)
    {
        long limit = 1L << ((heap.WordBytes * 8) - 2);
        return value >= -limit && value < limit;
    }

    private static void ChargeIfMpz(long value)
    {
        var heap = HeapAccountant.Current;
        if (heap != null && !IsSmall(heap, value))
        {
            heap.AllocateObject();
            heap.Allocate(BigIntObject.MpzDigitBytes(heap, 64));
        }
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
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            return Get((long)value);
        }

        if (PyRuntime.CurrentOrNull?.LongIntImpl == LongIntImplementation.None)
        {
            throw Errors.OverflowError("long int not supported in this build");
        }

        return Promote(value);
    }

    /// <summary>The int object for an unsigned machine word.</summary>
    public static PyObject FromUInt64(ulong value) =>
        value <= long.MaxValue ? Get((long)value) : Promote(value);
}
