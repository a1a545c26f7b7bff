using System;
using System.Runtime.CompilerServices;
using MicroPython.Bytecode;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary>
/// Helpers shared by the array-backed sequences (list, tuple): comparison, search, repetition, and the
/// ordering used by <c>sort</c>/<c>sorted</c>/<c>min</c>/<c>max</c> (MicroPython's py/sequence.c).
/// </summary>
internal static class SequenceOps
{
    /// <summary>
    /// Lexicographic comparison <c>a op b</c> for <c>== != &lt; &lt;= &gt; &gt;=</c>: the first unequal pair decides
    /// (compared with <paramref name="op"/> itself, so user classes need only that method), else the lengths.
    /// </summary>
    public static bool Compare(BinaryOp op, ReadOnlySpan<PyObject> a, ReadOnlySpan<PyObject> b)
    {
        if ((op == BinaryOp.Equal || op == BinaryOp.NotEqual) && a.Length != b.Length)
        {
            return op == BinaryOp.NotEqual;
        }

        int n = Math.Min(a.Length, b.Length);
        if (n != 0)
        {
            // Items may be containers themselves: each level of nesting counts against the recursion limit.
            var runtime = NativeRecursion.Enter();
            try
            {
                for (int i = 0; i < n; i++)
                {
                    var x = a[i];
                    var y = b[i];
                    if (Ops.Equal(x, y))
                    {
                        continue;
                    }

                    switch (op)
                    {
                        case BinaryOp.Equal:
                            return false;
                        case BinaryOp.NotEqual:
                            return true;
                        default:
                            return Ops.IsTrue(Ops.BinaryOp(op, x, y));
                    }
                }
            }
            finally
            {
                NativeRecursion.Exit(runtime);
            }
        }

        return op switch
        {
            BinaryOp.Equal => true,
            BinaryOp.NotEqual => false,
            BinaryOp.Less => a.Length < b.Length,
            BinaryOp.LessEqual => a.Length <= b.Length,
            BinaryOp.More => a.Length > b.Length,
            _ => a.Length >= b.Length,
        };
    }

    /// <summary>True for the operators <see cref="Compare"/> handles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsComparison(BinaryOp op) => op <= BinaryOp.NotEqual;

    public static bool Contains(ReadOnlySpan<PyObject> items, PyObject value)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (Ops.Equal(items[i], value))
            {
                return true;
            }
        }

        return false;
    }

    public static int Count(ReadOnlySpan<PyObject> items, PyObject value)
    {
        int n = 0;
        for (int i = 0; i < items.Length; i++)
        {
            if (Ops.Equal(items[i], value))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>
    /// <c>seq.index(value[, start[, stop]])</c> with <paramref name="args"/> = (self, value, start, stop):
    /// start/stop count from the end when negative and are clamped, as in <c>mp_seq_index_obj</c>.
    /// </summary>
    public static PyObject Index(ReadOnlySpan<PyObject> items, ReadOnlySpan<PyObject> args, string what)
    {
        int len = items.Length;
        int start = args.Length > 2 ? ClampIndex(args[2], len, what) : 0;
        int stop = args.Length > 3 ? ClampIndex(args[3], len, what) : len;
        var value = args[1];
        for (int i = start; i < stop && i < items.Length; i++)
        {
            if (Ops.Equal(items[i], value))
            {
                return IntObject.Get(i);
            }
        }

        throw Errors.ValueError("object not in sequence");
    }

    /// <summary>An index used as a slice bound: negative counts from the end, result clamped to [0, len].</summary>
    public static int ClampIndex(PyObject index, int len, string what)
    {
        long i = Ops.ToIndex(index, what);
        if (i < 0)
        {
            i += len;
            if (i < 0)
            {
                i = 0;
            }
        }

        return i > len ? len : (int)i;
    }

    /// <summary>The repeat count of <c>seq * n</c>; null when <paramref name="n"/> isn't an int (operator unsupported).</summary>
    public static long? RepeatCount(PyObject n, int itemCount)
    {
        if (n is IntObject i)
        {
            long count = i.Value < 0 ? 0 : i.Value;
            if (itemCount != 0 && count > Array.MaxLength / itemCount)
            {
                throw Errors.MemoryError($"memory allocation failed, allocating {(Int128)count * itemCount * 8} bytes");
            }

            return itemCount == 0 ? 0 : count;
        }

        if (n is BigIntObject)
        {
            // Any count beyond a machine word, negative too, is an OverflowError (CPython and MicroPython agree).
            throw Errors.OverflowError("overflow converting long int to machine word");
        }

        return null;
    }

    /// <summary><paramref name="items"/> repeated <paramref name="count"/> times.</summary>
    public static PyObject[] Repeat(ReadOnlySpan<PyObject> items, long count)
    {
        int len = items.Length;
        if (count <= 0 || len == 0)
        {
            return Array.Empty<PyObject>();
        }

        var result = new PyObject[len * (int)count];
        if (len == 1)
        {
            // `[0] * n`, `[False] * n`: one vectorised fill instead of n one-item copies.
            result.AsSpan().Fill(items[0]);
            return result;
        }

        for (int k = 0; k < count; k++)
        {
            items.CopyTo(result.AsSpan(k * len, len));
        }

        return result;
    }

    /// <summary>Hash of a tuple: combines the item hashes in order (unhashable items raise).</summary>
    public static long Hash(ReadOnlySpan<PyObject> items)
    {
        // xxHash-style mixing, so (1, 2) and (2, 1) differ and small ints spread over the table.
        ulong acc = 0x27D4EB2F165667C5UL;
        var runtime = NativeRecursion.Enter();
        try
        {
            for (int i = 0; i < items.Length; i++)
            {
                ulong lane = (ulong)Ops.Hash(items[i]);
                acc += lane * 0xC2B2AE3D27D4EB4FUL;
                acc = (acc << 31) | (acc >> 33);
                acc *= 0x9E3779B185EBCA87UL;
            }
        }
        finally
        {
            NativeRecursion.Exit(runtime);
        }

        acc += (ulong)items.Length ^ 0x27D4EB2F165667C5UL ^ 3527539UL;
        return (long)(acc >> 2);
    }

    /// <summary>
    /// <c>a &lt; b</c> as sort/min/max use it: machine-word ints and plain strs are compared inline, everything else
    /// through <see cref="Ops.BinaryOp"/> (whose errors propagate).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Less(PyObject a, PyObject b)
    {
        if (a is IntObject ia && b is IntObject ib)
        {
            return ia.Value < ib.Value;
        }

        return LessSlow(a, b);
    }

    private static bool LessSlow(PyObject a, PyObject b)
    {
        if (a is StrObject sa && b is StrObject sb && ReferenceEquals(a.Type, StrObject.PyType) && ReferenceEquals(b.Type, StrObject.PyType))
        {
            return CompareCodePoints(sa.Value, sb.Value) < 0;
        }

        if (a is FloatObject fa && b is FloatObject fb)
        {
            return fa.Value < fb.Value;
        }

        if (a is TupleObject ta && b is TupleObject tb && ReferenceEquals(a.Type, TupleObject.PyType) && ReferenceEquals(b.Type, TupleObject.PyType))
        {
            // Sort keys are often tuples: compare them here, item by item, with the same fast paths.
            var x = ta.Items;
            var y = tb.Items;
            int n = Math.Min(x.Length, y.Length);
            for (int i = 0; i < n; i++)
            {
                if (TryCompareFast(x[i], y[i], out int cmp))
                {
                    if (cmp != 0)
                    {
                        return cmp < 0;
                    }
                }
                else if (!Ops.Equal(x[i], y[i]))
                {
                    return Less(x[i], y[i]);
                }
            }

            return x.Length < y.Length;
        }

        var r = Ops.BinaryOp(BinaryOp.Less, a, b);
        return ReferenceEquals(r, BoolObject.True) || (!ReferenceEquals(r, BoolObject.False) && Ops.IsTrue(r));
    }

    /// <summary>
    /// Three-way comparison for the common plain types (machine-word ints, plain strs, floats without NaN), where
    /// <c>==</c> and <c>&lt;</c> can't run user code; false when the generic operators are needed.
    /// </summary>
    private static bool TryCompareFast(PyObject a, PyObject b, out int cmp)
    {
        if (a is IntObject ia && b is IntObject ib)
        {
            cmp = ia.Value.CompareTo(ib.Value);
            return true;
        }

        if (a is StrObject sa && b is StrObject sb && ReferenceEquals(a.Type, StrObject.PyType) && ReferenceEquals(b.Type, StrObject.PyType))
        {
            cmp = ReferenceEquals(sa, sb) ? 0 : CompareCodePoints(sa.Value, sb.Value);
            return true;
        }

        if (a is FloatObject fa && b is FloatObject fb && !double.IsNaN(fa.Value) && !double.IsNaN(fb.Value))
        {
            cmp = fa.Value.CompareTo(fb.Value);
            return true;
        }

        cmp = 0;
        return false;
    }

    /// <summary>Orders two strings by code point (UTF-16 ordinal order differs once surrogates are involved).</summary>
    public static int CompareCodePoints(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            char x = a[i];
            char y = b[i];
            if (x != y)
            {
                return Fix(x) - Fix(y);
            }
        }

        return a.Length - b.Length;

        // Surrogates (U+D800-DFFF) encode code points above U+FFFF, so they must sort after U+E000-U+FFFF.
        static int Fix(char c) => c < 0xD800 ? c : c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }
}
