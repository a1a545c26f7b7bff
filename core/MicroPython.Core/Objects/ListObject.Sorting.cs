using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MicroPython.Objects;

// list.sort's algorithm: a stable merge sort of a permutation (indices into the keys), specialised by the keys'
// types. Sorting int indices instead of the key and value arrays avoids .NET's covariance check and write
// barrier on every element move; when all keys are plain ints, strs or uniform tuples of those, the comparisons
// read unboxed copies (long[], string[], double[]) and need no type tests at all.
public sealed partial class ListObject
{
    /// <summary>"key[a] sorts strictly before key[b]" for indices into the keys being sorted.</summary>
    private interface IKeyOrder
    {
        bool Less(int a, int b);
    }

    /// <summary>
    /// Sorts <paramref name="keys"/>' indices stably and returns the permutation: position i of the sorted list
    /// holds original item <c>perm[i]</c>. Keys of one plain type take an unboxed comparison; any other mix
    /// compares with <see cref="SequenceOps.Less"/>, which may run user code and raise (the list is untouched then,
    /// since only the permutation is being sorted).
    /// </summary>
    private static int[] SortedPermutation(PyObject[] keys, bool reverse)
    {
        int n = keys.Length;
        var perm = new int[n];
        for (int i = 0; i < n; i++)
        {
            perm[i] = i;
        }

        switch (TypedKeys.Classify(keys))
        {
            case TypedKeys.Kind.Int:
                Sort(perm, new IntOrder(TypedKeys.Ints(keys)), reverse);
                break;
            case TypedKeys.Kind.Str:
                Sort(perm, new StrOrder(TypedKeys.Strs(keys)), reverse);
                break;
            case TypedKeys.Kind.Float:
                Sort(perm, new FloatOrder(TypedKeys.Floats(keys)), reverse);
                break;
            case TypedKeys.Kind.Tuple:
                Sort(perm, new TupleOrder(TypedKeys.Columns(keys)), reverse);
                break;
            default:
                Sort(perm, new ObjectOrder(keys), reverse);
                break;
        }

        return perm;
    }

    private static void Sort<TOrder>(int[] perm, TOrder order, bool reverse)
        where TOrder : struct, IKeyOrder
    {
        // Stable in both directions: for reverse an item only moves before an earlier one when it is strictly
        // greater, which matches CPython's reverse-sort-reverse result.
        if (reverse)
        {
            new PermutationSorter<Reversed<TOrder>>(perm, new Reversed<TOrder>(order)).Sort();
        }
        else
        {
            new PermutationSorter<TOrder>(perm, order).Sort();
        }
    }

    private readonly struct Reversed<TOrder> : IKeyOrder
        where TOrder : struct, IKeyOrder
    {
        private readonly TOrder _inner;

        public Reversed(TOrder inner) => _inner = inner;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Less(int a, int b) => _inner.Less(b, a);
    }

    private readonly struct IntOrder(long[] keys) : IKeyOrder
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Less(int a, int b) => keys[a] < keys[b];
    }

    private readonly struct StrOrder(string[] keys) : IKeyOrder
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Less(int a, int b)
        {
            var x = keys[a];
            var y = keys[b];
            return !ReferenceEquals(x, y) && SequenceOps.CompareCodePoints(x, y) < 0;
        }
    }

    private readonly struct FloatOrder(double[] keys) : IKeyOrder
    {
        // Plain '<', NaN included (always false), exactly as the generic comparison of two floats.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Less(int a, int b) => keys[a] < keys[b];
    }

    private readonly struct TupleOrder(TypedKeys.Column[] columns) : IKeyOrder
    {
        // Equal-length tuples: the first unequal column decides; all equal is not less.
        public bool Less(int a, int b)
        {
            foreach (var column in columns)
            {
                int cmp = column.Compare(a, b);
                if (cmp != 0)
                {
                    return cmp < 0;
                }
            }

            return false;
        }
    }

    private readonly struct ObjectOrder(PyObject[] keys) : IKeyOrder
    {
        public bool Less(int a, int b) => SequenceOps.Less(keys[a], keys[b]);
    }

    /// <summary>
    /// Top-down merge sort with binary-insertion sort for short runs, over the permutation only. Taking from the
    /// right run only when strictly before keeps equal keys in their original order.
    /// </summary>
    private struct PermutationSorter<TOrder>
        where TOrder : struct, IKeyOrder
    {
        private const int InsertionThreshold = 12;

        private readonly int[] _perm;
        private readonly TOrder _order;
        private int[]? _tmp;

        public PermutationSorter(int[] perm, TOrder order)
        {
            _perm = perm;
            _order = order;
        }

        public void Sort() => SortRange(0, _perm.Length);

        private void SortRange(int lo, int hi)
        {
            if (hi - lo <= InsertionThreshold)
            {
                InsertionSort(lo, hi);
                return;
            }

            int mid = lo + ((hi - lo) / 2);
            SortRange(lo, mid);
            SortRange(mid, hi);

            // Already in order (common for nearly sorted input): nothing to merge.
            if (!_order.Less(_perm[mid], _perm[mid - 1]))
            {
                return;
            }

            Merge(lo, mid, hi);
        }

        private readonly void InsertionSort(int lo, int hi)
        {
            var perm = _perm;
            for (int i = lo + 1; i < hi; i++)
            {
                int k = perm[i];
                if (!_order.Less(k, perm[i - 1]))
                {
                    continue;
                }

                // Binary search for the insertion point after any equal keys (keeps the sort stable).
                int left = lo;
                int right = i - 1;
                while (left < right)
                {
                    int m = (left + right) >> 1;
                    if (_order.Less(k, perm[m]))
                    {
                        right = m;
                    }
                    else
                    {
                        left = m + 1;
                    }
                }

                Array.Copy(perm, left, perm, left + 1, i - left);
                perm[left] = k;
            }
        }

        private void Merge(int lo, int mid, int hi)
        {
            var perm = _perm;
            int leftLen = mid - lo;
            var tmp = _tmp ??= new int[(perm.Length / 2) + 1];
            Array.Copy(perm, lo, tmp, 0, leftLen);

            int i = 0;
            int j = mid;
            int k = lo;
            while (i < leftLen && j < hi)
            {
                int right = perm[j];
                int left = tmp[i];
                if (_order.Less(right, left))
                {
                    perm[k++] = right;
                    j++;
                }
                else
                {
                    perm[k++] = left;
                    i++;
                }
            }

            if (i < leftLen)
            {
                Array.Copy(tmp, i, perm, k, leftLen - i);
            }
        }
    }

    /// <summary>Unboxed copies of sort keys that are all of one plain type, whose ordering can run no user code.</summary>
    private static class TypedKeys
    {
        public enum Kind
        {
            Mixed,
            Int,
            Str,
            Float,
            Tuple,
        }

        /// <summary>One position of uniform tuple keys: all ints, all strs or all floats (no NaN).</summary>
        public readonly struct Column
        {
            private readonly long[]? _ints;
            private readonly string[]? _strs;
            private readonly double[]? _floats;

            public Column(long[]? ints, string[]? strs, double[]? floats)
            {
                _ints = ints;
                _strs = strs;
                _floats = floats;
            }

            public int Compare(int a, int b)
            {
                if (_ints != null)
                {
                    return _ints[a].CompareTo(_ints[b]);
                }

                if (_strs != null)
                {
                    var x = _strs[a];
                    var y = _strs[b];
                    return ReferenceEquals(x, y) ? 0 : SequenceOps.CompareCodePoints(x, y);
                }

                return _floats![a].CompareTo(_floats[b]);
            }
        }

        public static Kind Classify(PyObject[] keys)
        {
            var first = keys[0];
            if (first is IntObject)
            {
                return All(keys, static k => k is IntObject) ? Kind.Int : Kind.Mixed;
            }

            if (ReferenceEquals(first.Type, StrObject.PyType))
            {
                return All(keys, static k => ReferenceEquals(k.Type, StrObject.PyType)) ? Kind.Str : Kind.Mixed;
            }

            if (first is FloatObject)
            {
                return All(keys, static k => k is FloatObject) ? Kind.Float : Kind.Mixed;
            }

            if (ReferenceEquals(first.Type, TupleObject.PyType) && UniformTuples(keys))
            {
                return Kind.Tuple;
            }

            return Kind.Mixed;
        }

        private static bool All(PyObject[] keys, Func<PyObject, bool> test)
        {
            foreach (var k in keys)
            {
                if (!test(k))
                {
                    return false;
                }
            }

            return true;
        }

        // Exact tuples of one non-zero length whose every column is all ints, all strs or all non-NaN floats:
        // then '<' on two keys is the lexicographic comparison of the columns, and '==' on items is value
        // equality (identity would only matter for NaN).
        private static bool UniformTuples(PyObject[] keys)
        {
            int width = ((TupleObject)keys[0]).Items.Length;
            if (width == 0)
            {
                return false;
            }

            foreach (var k in keys)
            {
                if (!ReferenceEquals(k.Type, TupleObject.PyType) || ((TupleObject)k).Items.Length != width)
                {
                    return false;
                }
            }

            for (int c = 0; c < width; c++)
            {
                var sample = ((TupleObject)keys[0]).Items[c];
                bool ok = sample is IntObject
                    ? All(keys, k => ((TupleObject)k).Items[c] is IntObject)
                    : ReferenceEquals(sample.Type, StrObject.PyType)
                        ? All(keys, k => ReferenceEquals(((TupleObject)k).Items[c].Type, StrObject.PyType))
                        : sample is FloatObject && All(keys, k => ((TupleObject)k).Items[c] is FloatObject f && !double.IsNaN(f.Value));
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }

        public static long[] Ints(PyObject[] keys)
        {
            var r = new long[keys.Length];
            for (int i = 0; i < r.Length; i++)
            {
                r[i] = Unsafe.As<IntObject>(keys[i]).Value;
            }

            return r;
        }

        public static string[] Strs(PyObject[] keys)
        {
            var r = new string[keys.Length];
            for (int i = 0; i < r.Length; i++)
            {
                r[i] = Unsafe.As<StrObject>(keys[i]).Value;
            }

            return r;
        }

        public static double[] Floats(PyObject[] keys)
        {
            var r = new double[keys.Length];
            for (int i = 0; i < r.Length; i++)
            {
                r[i] = Unsafe.As<FloatObject>(keys[i]).Value;
            }

            return r;
        }

        public static Column[] Columns(PyObject[] keys)
        {
            var first = ((TupleObject)keys[0]).Items;
            var columns = new Column[first.Length];
            for (int c = 0; c < columns.Length; c++)
            {
                if (first[c] is IntObject)
                {
                    var ints = new long[keys.Length];
                    for (int i = 0; i < ints.Length; i++)
                    {
                        ints[i] = Unsafe.As<IntObject>(Unsafe.As<TupleObject>(keys[i]).Items[c]).Value;
                    }

                    columns[c] = new Column(ints, null, null);
                }
                else if (first[c] is FloatObject)
                {
                    var floats = new double[keys.Length];
                    for (int i = 0; i < floats.Length; i++)
                    {
                        floats[i] = Unsafe.As<FloatObject>(Unsafe.As<TupleObject>(keys[i]).Items[c]).Value;
                    }

                    columns[c] = new Column(null, null, floats);
                }
                else
                {
                    var strs = new string[keys.Length];
                    for (int i = 0; i < strs.Length; i++)
                    {
                        strs[i] = Unsafe.As<StrObject>(Unsafe.As<TupleObject>(keys[i]).Items[c]).Value;
                    }

                    columns[c] = new Column(null, strs, null);
                }
            }

            return columns;
        }
    }
}
