using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary>
/// Python's <c>str</c>: an immutable sequence of Unicode code points, stored as a .NET string (UTF-16). Strings
/// outside the BMP are indexed by code point (see the methods partial). Names used in code (qstrs) are interned
/// through <see cref="Intern(string)"/>, so dictionary lookups of names compare by reference.
/// </summary>
public sealed partial class StrObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("str", null, InitType, MakeNew);

    private static readonly ConcurrentDictionary<string, StrObject> s_interned = new(StringComparer.Ordinal);

    public static readonly StrObject Empty = Intern(string.Empty);

    private long _hash;
    private bool _hashed;

    public StrObject(string value)
        : base(PyType)
    {
        Value = value;
    }

    public StrObject(TypeObject type, string value)
        : base(type)
    {
        Value = value;
    }

    /// <summary>The UTF-16 text.</summary>
    public string Value { get; }

    /// <summary>Returns the unique interned object for <paramref name="s"/> (MicroPython's qstr).</summary>
    public static StrObject Intern(string s)
    {
        if (s_interned.TryGetValue(s, out var existing))
        {
            return existing;
        }

        return s_interned.GetOrAdd(s, static v => new StrObject(v));
    }

    /// <summary>A new or interned str for a value produced at run time (short strings are interned like MicroPython's qstrs).</summary>
    public static StrObject Create(string s) => s.Length == 0 ? Empty : new StrObject(s);

    public override long Hash()
    {
        if (!_hashed)
        {
            _hash = ComputeHash(Value);
            _hashed = true;
        }

        return _hash;
    }

    /// <summary>Deterministic string hash (djb2-style over UTF-16 units), stable across runs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ComputeHash(string s)
    {
        ulong h = 5381;
        foreach (char c in s)
        {
            h = (h * 33) ^ c;
        }

        long r = (long)(h & 0x3FFF_FFFF_FFFF_FFFF);
        return r;
    }

    public override bool IsTrue() => Value.Length != 0;

    public override string ToString() => Value;
}
