using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using MicroPython.Runtime;
using MicroPython.Memory;

namespace MicroPython.Objects;

/// <summary>
/// Python's <c>str</c>: an immutable sequence of Unicode code points, stored as a .NET string (UTF-16). Names used
/// in code (qstrs) are interned through <see cref="Intern(string)"/>, so dictionary lookups of names compare by
/// reference.
/// </summary>
/// <remarks>
/// Python indexes strings by code point, .NET by UTF-16 unit. Nearly every string is all-BMP (no surrogates), where
/// the two coincide: a lazily computed flag records that, so indexing and <c>len</c> stay O(1). Only strings that
/// really contain surrogates build a table of code-point offsets (on first indexing) and pay for the mapping.
/// <para>
/// Long concatenations are lazy: the result of a large <c>+</c> keeps its text in a <see cref="StringBuilder"/>
/// until something reads <see cref="Value"/>, and appending to the string that ends that builder appends in place.
/// So <c>s += x</c> in a loop is amortised O(len(x)), as CPython's in-place resize makes it, instead of copying
/// the whole string every time. Builders only ever grow, so older strings sharing one keep their text.
/// </para>
/// </remarks>
public sealed partial class StrObject : PyObject
{
    // Declared before PyType: creating the type object can bring up other kernel types whose static fields intern
    // names, and the table must exist by then whichever type is touched first.
    private static readonly ConcurrentDictionary<string, StrObject> s_interned = new(StringComparer.Ordinal);

    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("str", null, InitType, MakeNew);

    public static readonly StrObject Empty = Intern(string.Empty);

    // Single-character strings for U+0000…U+00FF, shared by indexing, iteration and chr(): the most frequent
    // short-lived strings in typical programs, so caching them removes an allocation per character.
    private static readonly StrObject?[] s_charCache = new StrObject?[256];

    private const byte KindUnknown = 0;
    private const byte KindBmp = 1;
    private const byte KindAstral = 2;

    // Concatenations shorter than this are copied eagerly; longer ones start a shared builder.
    private const int LazyConcatThreshold = 256;

    private string? _value;

    // Either the code-point offsets of a string with surrogates (the UTF-16 index of each code point, plus the
    // total length as a sentinel), or the builder holding a pending concatenation's text.
    private object? _aux;

    private long _hash;
    private int _pendingLength;
    private bool _hashed;
    private byte _kind;

    public StrObject(string value)
        : base(PyType)
    {
        _value = value;
        ChargeNew(value.Length);
    }

    public StrObject(TypeObject type, string value)
        : base(type)
    {
        _value = value;
        ChargeNew(value.Length);
    }

    /// <summary>An interned string: a qstr, outside the heap.</summary>
    private StrObject(string value, bool interned)
        : base(PyType)
    {
        _value = value;
        _interned = interned;
    }

    // ---- heap accounting: a str is a 4-word object plus its UTF-8 data and a NUL (objstr.c) ----------------

    private bool _interned;

    // Whether the materialised text is all ASCII (UTF-8 size = length), learnt on the first collection that sizes
    // it: strs are immutable, so later collections need not re-encode. Fits the object's padding (no size cost).
    private byte _utf8Kind;

    private const byte Utf8Unknown = 0;
    private const byte Utf8Ascii = 1;
    private const byte Utf8Wide = 2;

    /// <summary>A qstr: outside the heap and refers to nothing, so the tracer skips it.</summary>
    internal bool IsInterned => _interned;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ChargeNew(int length)
    {
        var heap = HeapAccountant.Current;
        if (heap != null)
        {
            heap.AllocateObjectWith(length + 1L);
        }
    }

    public override long HeapBlocks(HeapAccountant heap)
    {
        if (_interned)
        {
            return 0;
        }

        var value = _value;
        long bytes;
        if (value == null)
        {
            bytes = _pendingLength;
        }
        else if (_utf8Kind == Utf8Ascii)
        {
            bytes = value.Length;
        }
        else
        {
            bytes = System.Text.Encoding.UTF8.GetByteCount(value);
            _utf8Kind = bytes == value.Length ? Utf8Ascii : Utf8Wide;
        }

        return 1 + heap.Blocks(bytes + 1);
    }

    /// <summary>A pending concatenation: the first <paramref name="length"/> chars of <paramref name="builder"/>.</summary>
    private StrObject(StringBuilder builder, int length, byte kind)
        : base(PyType)
    {
        _aux = builder;
        _pendingLength = length;
        _kind = kind;
        ChargeNew(length);
    }

    /// <summary>The UTF-16 text.</summary>
    public string Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value ?? Materialize();
    }

    /// <summary>Length in UTF-16 units, without materialising a pending concatenation.</summary>
    private int Utf16Length => _value?.Length ?? _pendingLength;

    private string Materialize()
    {
        if (Volatile.Read(ref _aux) is not StringBuilder sb)
        {
            // Another thread materialised it (it publishes the text before dropping the builder).
            return _value!;
        }

        string text;
        lock (sb)
        {
            text = sb.ToString(0, _pendingLength);
        }

        Volatile.Write(ref _value, text);
        Volatile.Write(ref _aux, null);
        return text;
    }

    /// <summary><c>a + b</c>: copies short results, builds long ones lazily and appends in place to the tip of a builder.</summary>
    internal static StrObject Concat(StrObject a, StrObject b)
    {
        string bv = b.Value;
        if (a._value == null && Volatile.Read(ref a._aux) is StringBuilder tip)
        {
            // A pending string always knows whether it is all-BMP, so len() never forces it to materialise.
            byte tipKind = a._kind == KindBmp && b.IsBmp ? KindBmp : KindAstral;
            lock (tip)
            {
                // Only the string that ends the builder may extend it; others would overwrite text not theirs.
                if (tip.Length == a._pendingLength && (long)tip.Length + bv.Length <= Array.MaxLength)
                {
                    tip.Append(bv);
                    return new StrObject(tip, tip.Length, tipKind);
                }
            }
        }

        long total = (long)a.Utf16Length + bv.Length;
        if (total < LazyConcatThreshold)
        {
            return new StrObject(string.Concat(a.Value, bv));
        }

        if (total > Array.MaxLength)
        {
            throw Errors.MemoryError($"memory allocation failed, allocating {total} bytes");
        }

        byte kind = a.IsBmp && b.IsBmp ? KindBmp : KindAstral;
        var sb = new StringBuilder((int)Math.Min(total * 2, Array.MaxLength));
        sb.Append(a.Value).Append(bv);
        return new StrObject(sb, (int)total, kind);
    }

    /// <summary>Number of interned strings and their total UTF-8 bytes (for <c>micropython.qstr_info()</c>).</summary>
    public static (int Count, long Bytes) InternedStatistics()
    {
        int count = 0;
        long bytes = 0;
        foreach (var key in s_interned.Keys)
        {
            count++;
            bytes += System.Text.Encoding.UTF8.GetByteCount(key) + 1;
        }

        return (count, bytes);
    }

    /// <summary>Returns the unique interned object for <paramref name="s"/> (MicroPython's qstr).</summary>
    public static StrObject Intern(string s)
    {
        if (s_interned.TryGetValue(s, out var existing))
        {
            return existing;
        }

        return s_interned.GetOrAdd(s, static v => new StrObject(v, interned: true));
    }

    /// <summary>A new or interned str for a value produced at run time (short strings are interned like MicroPython's qstrs).</summary>
    public static StrObject Create(string s)
    {
        if (s.Length <= 1)
        {
            return s.Length == 0 ? Empty : FromChar(s[0]);
        }

        return new StrObject(s);
    }

    /// <summary>The one-character string for <paramref name="c"/>, without allocating for Latin-1 characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static StrObject FromChar(char c)
    {
        if (c < 256)
        {
            return s_charCache[c] ?? CacheChar(c);
        }

        return new StrObject(c.ToString());
    }

    private static StrObject CacheChar(char c)
    {
        // Racing threads store the same interned object, so no lock is needed.
        var s = Intern(c.ToString());
        s_charCache[c] = s;
        return s;
    }

    /// <summary>The one-character string for code point <paramref name="cp"/> (0…0x10FFFF; lone surrogates allowed).</summary>
    public static StrObject FromCodePoint(int cp)
    {
        if (cp < 0x10000)
        {
            return FromChar((char)cp);
        }

        return new StrObject(char.ConvertFromUtf32(cp));
    }

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

    public override bool IsTrue() => Utf16Length != 0;

    public override string ToString() => Value;

    // ---- code points ----------------------------------------------------------------------------------------

    /// <summary>True when the string has no surrogates, so code-point and UTF-16 indices coincide.</summary>
    public bool IsBmp
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var k = _kind;
            if (k == KindUnknown)
            {
                k = ComputeKind();
            }

            return k == KindBmp;
        }
    }

    private byte ComputeKind()
    {
        byte k = HasSurrogates(Value) ? KindAstral : KindBmp;
        _kind = k;
        return k;
    }

    /// <summary>Whether <paramref name="s"/> contains any UTF-16 surrogate (vectorised scan).</summary>
    public static bool HasSurrogates(ReadOnlySpan<char> s) => s.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    /// <summary><c>len(self)</c>: the number of code points.</summary>
    public int CodePointLength => IsBmp ? Utf16Length : Offsets.Length - 1;

    private int[] Offsets
    {
        get
        {
            if (Volatile.Read(ref _aux) is int[] offsets)
            {
                return offsets;
            }

            // Reading Value first materialises a pending concatenation, which releases _aux for the table.
            var built = BuildOffsets(Value);
            _aux = built;
            return built;
        }
    }

    private static int[] BuildOffsets(string s)
    {
        int n = CountCodePoints(s);
        var offsets = new int[n + 1];
        int cp = 0;
        for (int i = 0; i < s.Length; i++)
        {
            offsets[cp++] = i;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
        }

        offsets[n] = s.Length;
        return offsets;
    }

    /// <summary>Counts code points; an unpaired surrogate counts as one.</summary>
    public static int CountCodePoints(ReadOnlySpan<char> s)
    {
        int first = s.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return s.Length;
        }

        int n = first;
        for (int i = first; i < s.Length; i++)
        {
            n++;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
        }

        return n;
    }

    /// <summary>UTF-16 index of code point <paramref name="cpIndex"/> (0 ≤ cpIndex ≤ length).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int CharIndex(int cpIndex) => IsBmp ? cpIndex : Offsets[cpIndex];

    /// <summary>Code-point index of UTF-16 index <paramref name="charIndex"/> (which must start a code point or be the length).</summary>
    public int CodePointIndex(int charIndex)
    {
        if (IsBmp)
        {
            return charIndex;
        }

        int i = Array.BinarySearch(Offsets, charIndex);
        return i >= 0 ? i : ~i;
    }

    /// <summary>The code point at code-point index <paramref name="cpIndex"/>.</summary>
    public int CodePointAt(int cpIndex)
    {
        if (IsBmp)
        {
            return Value[cpIndex];
        }

        int ci = Offsets[cpIndex];
        char c = Value[ci];
        if (char.IsHighSurrogate(c) && ci + 1 < Value.Length && char.IsLowSurrogate(Value[ci + 1]))
        {
            return char.ConvertToUtf32(c, Value[ci + 1]);
        }

        return c;
    }

    /// <summary>The code point starting at UTF-16 index <paramref name="i"/> of <paramref name="s"/>, and its width in UTF-16 units.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CodePointAt(ReadOnlySpan<char> s, int i, out int width)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, s[i + 1]);
        }

        width = 1;
        return c;
    }

    /// <summary>Appends code point <paramref name="cp"/> (lone surrogates are kept as one unit).</summary>
    public static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000)
        {
            sb.Append((char)cp);
        }
        else
        {
            sb.Append(char.ConvertFromUtf32(cp));
        }
    }

    /// <summary>The substring between code-point indices <paramref name="cpStart"/> and <paramref name="cpEnd"/>.</summary>
    public StrObject SubstringByCodePoints(int cpStart, int cpEnd)
    {
        int a = CharIndex(cpStart);
        int b = CharIndex(cpEnd);
        if (a == 0 && b == Value.Length && ReferenceEquals(Type, PyType))
        {
            return this;
        }

        return Create(Value.Substring(a, b - a));
    }
}
