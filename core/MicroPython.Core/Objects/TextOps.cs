using System;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary>
/// What the shared sequence algorithms need to know about a text kind: how to build a result object from a
/// span, and which elements count as whitespace and line breaks. Implemented by structs so the generic
/// algorithms are specialised per kind by the JIT (no delegates, no boxing).
/// </summary>
internal interface ITextKind<T>
    where T : unmanaged, IEquatable<T>
{
    PyObject Make(ReadOnlySpan<T> s);

    bool IsSpace(T c);

    /// <summary>Line-break length at <paramref name="i"/> (0 = none; 2 for <c>\r\n</c>).</summary>
    int LineBreak(ReadOnlySpan<T> s, int i);
}

/// <summary>str: UTF-16 units; whitespace and line breaks as CPython's <c>str.isspace</c>/<c>str.splitlines</c>.</summary>
internal readonly struct StrKind : ITextKind<char>
{
    public PyObject Make(ReadOnlySpan<char> s) => s.Length <= 1 ? (s.Length == 0 ? StrObject.Empty : StrObject.FromChar(s[0])) : new StrObject(new string(s));

    public bool IsSpace(char c) => Ops.IsPySpace(c);

    public int LineBreak(ReadOnlySpan<char> s, int i)
    {
        char c = s[i];
        switch (c)
        {
            case '\r':
                return i + 1 < s.Length && s[i + 1] == '\n' ? 2 : 1;
            case '\n':
            case '\v':
            case '\f':
            case '\x1c':
            case '\x1d':
            case '\x1e':
            case '\x85':
            case '\u2028':
            case '\u2029':
                return 1;
            default:
                return 0;
        }
    }
}

/// <summary>bytes: ASCII whitespace; only <c>\n</c>, <c>\r</c> and <c>\r\n</c> end lines.</summary>
internal readonly struct BytesKind : ITextKind<byte>
{
    public PyObject Make(ReadOnlySpan<byte> s) => BytesObject.Create(s);

    public bool IsSpace(byte c) => Ops.IsByteSpace(c);

    public int LineBreak(ReadOnlySpan<byte> s, int i) => ByteLineBreak(s, i);

    internal static int ByteLineBreak(ReadOnlySpan<byte> s, int i)
    {
        byte c = s[i];
        if (c == '\r')
        {
            return i + 1 < s.Length && s[i + 1] == '\n' ? 2 : 1;
        }

        return c == '\n' ? 1 : 0;
    }
}

/// <summary>bytearray: as bytes, but results are new bytearrays.</summary>
internal readonly struct BytearrayKind : ITextKind<byte>
{
    public PyObject Make(ReadOnlySpan<byte> s) => new BytearrayObject(s.ToArray());

    public bool IsSpace(byte c) => Ops.IsByteSpace(c);

    public int LineBreak(ReadOnlySpan<byte> s, int i) => BytesKind.ByteLineBreak(s, i);
}

/// <summary>Sequence algorithms shared by str, bytes and bytearray (indices are element indices).</summary>
internal static class TextOps
{
    /// <summary><c>split(sep, maxsplit)</c> with a non-empty separator (maxsplit &lt; 0 = unlimited).</summary>
    public static ListObject Split<T, TK>(ReadOnlySpan<T> s, ReadOnlySpan<T> sep, long maxsplit, TK kind)
        where T : unmanaged, IEquatable<T>
        where TK : struct, ITextKind<T>
    {
        var list = new ListObject();
        int pos = 0;
        while (maxsplit != 0)
        {
            int idx = s.Slice(pos).IndexOf(sep);
            if (idx < 0)
            {
                break;
            }

            list.Append(kind.Make(s.Slice(pos, idx)));
            pos += idx + sep.Length;
            maxsplit--;
        }

        list.Append(kind.Make(s.Slice(pos)));
        return list;
    }

    /// <summary><c>rsplit(sep, maxsplit)</c> with a non-empty separator.</summary>
    public static ListObject RSplit<T, TK>(ReadOnlySpan<T> s, ReadOnlySpan<T> sep, long maxsplit, TK kind)
        where T : unmanaged, IEquatable<T>
        where TK : struct, ITextKind<T>
    {
        var list = new ListObject();
        int end = s.Length;
        while (maxsplit != 0)
        {
            int idx = s.Slice(0, end).LastIndexOf(sep);
            if (idx < 0)
            {
                break;
            }

            list.Append(kind.Make(s.Slice(idx + sep.Length, end - idx - sep.Length)));
            end = idx;
            maxsplit--;
        }

        list.Append(kind.Make(s.Slice(0, end)));
        list.AsSpan().Reverse();
        return list;
    }

    /// <summary><c>split()</c> / <c>split(None, maxsplit)</c>: runs of whitespace separate, leading/trailing ignored.</summary>
    public static ListObject SplitWhitespace<T, TK>(ReadOnlySpan<T> s, long maxsplit, TK kind)
        where T : unmanaged, IEquatable<T>
        where TK : struct, ITextKind<T>
    {
        var list = new ListObject();
        int i = 0;
        int n = s.Length;
        while (true)
        {
            while (i < n && kind.IsSpace(s[i]))
            {
                i++;
            }

            if (i == n)
            {
                break;
            }

            if (maxsplit == 0)
            {
                // The remainder is kept whole, trailing whitespace included (CPython).
                list.Append(kind.Make(s.Slice(i)));
                break;
            }

            int j = i;
            while (j < n && !kind.IsSpace(s[j]))
            {
                j++;
            }

            list.Append(kind.Make(s.Slice(i, j - i)));
            maxsplit--;
            i = j;
        }

        return list;
    }

    /// <summary>
    /// <c>rsplit(None, maxsplit)</c>: splits on whitespace runs from the right, keeping the leftmost remainder whole
    /// (leading whitespace included), as CPython. MicroPython raises <c>NotImplementedError</c> here, a limitation.
    /// </summary>
    public static ListObject RSplitWhitespace<T, TK>(ReadOnlySpan<T> s, long maxsplit, TK kind)
        where T : unmanaged, IEquatable<T>
        where TK : struct, ITextKind<T>
    {
        var parts = new ListObject();
        int j = s.Length;
        while (true)
        {
            while (j > 0 && kind.IsSpace(s[j - 1]))
            {
                j--;
            }

            if (j == 0)
            {
                break;
            }

            if (maxsplit == 0)
            {
                parts.Append(kind.Make(s.Slice(0, j)));
                break;
            }

            int i = j;
            while (i > 0 && !kind.IsSpace(s[i - 1]))
            {
                i--;
            }

            parts.Append(kind.Make(s.Slice(i, j - i)));
            maxsplit--;
            j = i;
        }

        parts.AsSpan().Reverse();
        return parts;
    }

    /// <summary>Bounds of <paramref name="s"/> after stripping <paramref name="chars"/> (whitespace when <paramref name="whitespace"/>).</summary>
    public static void StripBounds<T, TK>(ReadOnlySpan<T> s, ReadOnlySpan<T> chars, bool whitespace, bool left, bool right, TK kind, out int start, out int end)
        where T : unmanaged, IEquatable<T>
        where TK : struct, ITextKind<T>
    {
        start = 0;
        end = s.Length;
        if (left)
        {
            while (start < end && (whitespace ? kind.IsSpace(s[start]) : chars.IndexOf(s[start]) >= 0))
            {
                start++;
            }
        }

        if (right)
        {
            while (end > start && (whitespace ? kind.IsSpace(s[end - 1]) : chars.IndexOf(s[end - 1]) >= 0))
            {
                end--;
            }
        }
    }

    /// <summary>Non-overlapping occurrences of a non-empty <paramref name="sub"/>.</summary>
    public static int Count<T>(ReadOnlySpan<T> s, ReadOnlySpan<T> sub)
        where T : unmanaged, IEquatable<T>
    {
        if (sub.Length == 1)
        {
            return s.Count(sub[0]);
        }

        int count = 0;
        int pos = 0;
        while (true)
        {
            int idx = s.Slice(pos).IndexOf(sub);
            if (idx < 0)
            {
                return count;
            }

            count++;
            pos += idx + sub.Length;
        }
    }

    /// <summary>
    /// <c>replace(old, new, count)</c> with a non-empty <paramref name="old"/>; returns null when nothing changes
    /// (so the caller can return the original object). The result is sized exactly and built in one pass.
    /// </summary>
    public static T[]? Replace<T>(ReadOnlySpan<T> s, ReadOnlySpan<T> old, ReadOnlySpan<T> @new, long maxCount)
        where T : unmanaged, IEquatable<T>
    {
        int n = Count(s, old);
        if (maxCount >= 0 && n > maxCount)
        {
            n = (int)maxCount;
        }

        if (n == 0)
        {
            return null;
        }

        long total = s.Length + ((long)n * (@new.Length - old.Length));
        if (total > Array.MaxLength)
        {
            throw Errors.MemoryError($"memory allocation failed, allocating {total} bytes");
        }

        var result = new T[total];
        var dst = result.AsSpan();
        int pos = 0;
        int w = 0;
        for (int k = 0; k < n; k++)
        {
            int idx = s.Slice(pos).IndexOf(old);
            s.Slice(pos, idx).CopyTo(dst.Slice(w));
            w += idx;
            @new.CopyTo(dst.Slice(w));
            w += @new.Length;
            pos += idx + old.Length;
        }

        s.Slice(pos).CopyTo(dst.Slice(w));
        return result;
    }

    /// <summary><c>splitlines(keepends)</c>.</summary>
    public static ListObject SplitLines<T, TK>(ReadOnlySpan<T> s, bool keepends, TK kind)
        where T : unmanaged, IEquatable<T>
        where TK : struct, ITextKind<T>
    {
        var list = new ListObject();
        int start = 0;
        int i = 0;
        while (i < s.Length)
        {
            int br = kind.LineBreak(s, i);
            if (br == 0)
            {
                i++;
                continue;
            }

            list.Append(kind.Make(s.Slice(start, (keepends ? i + br : i) - start)));
            i += br;
            start = i;
        }

        if (start < s.Length)
        {
            list.Append(kind.Make(s.Slice(start)));
        }

        return list;
    }

    /// <summary><c>partition</c> / <c>rpartition</c> with a non-empty separator.</summary>
    public static TupleObject Partition<T, TK>(ReadOnlySpan<T> s, ReadOnlySpan<T> sep, bool fromRight, TK kind, PyObject whole)
        where T : unmanaged, IEquatable<T>
        where TK : struct, ITextKind<T>
    {
        int idx = fromRight ? s.LastIndexOf(sep) : s.IndexOf(sep);
        var empty = kind.Make(ReadOnlySpan<T>.Empty);
        if (idx < 0)
        {
            return fromRight
                ? TupleObject.Create(empty, kind.Make(ReadOnlySpan<T>.Empty), whole)
                : TupleObject.Create(whole, empty, kind.Make(ReadOnlySpan<T>.Empty));
        }

        return TupleObject.Create(kind.Make(s.Slice(0, idx)), kind.Make(sep), kind.Make(s.Slice(idx + sep.Length)));
    }

    /// <summary>
    /// Resolves optional <c>start</c>/<c>end</c> arguments against a length like slice bounds (None = omitted);
    /// returns false when start lies beyond the end of the sequence or after end (then nothing can match, not
    /// even "").
    /// </summary>
    public static bool Range(ReadOnlySpan<PyObject> args, int first, int length, string what, out int start, out int end)
    {
        long s = 0;
        long e = length;
        if (args.Length > first && !ReferenceEquals(args[first], NoneObject.None))
        {
            s = Ops.ToIndex(args[first], what);
            if (s < 0)
            {
                s = Math.Max(0, s + length);
            }
        }

        if (args.Length > first + 1 && !ReferenceEquals(args[first + 1], NoneObject.None))
        {
            e = Ops.ToIndex(args[first + 1], what);
            if (e < 0)
            {
                e = Math.Max(0, e + length);
            }
            else if (e > length)
            {
                e = length;
            }
        }

        if (s > length || s > e)
        {
            // An empty range past the end, or reversed: nothing matches, not even "" (CPython).
            start = (int)Math.Min(s, length);
            end = start;
            return false;
        }

        start = (int)s;
        end = (int)e;
        return true;
    }

    /// <summary>The maxsplit argument (-1 = unlimited).</summary>
    public static long MaxSplit(PyObject? o) => o == null ? -1 : Ops.ToInt64(o);
}
