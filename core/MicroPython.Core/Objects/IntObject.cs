using System.Runtime.CompilerServices;

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
    }

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
}
