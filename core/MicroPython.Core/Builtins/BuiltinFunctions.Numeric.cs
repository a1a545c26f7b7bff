using System;
using MicroPython.Bytecode;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Builtins;

// abs, divmod, pow, round, hex/oct/bin, chr/ord, sum, min/max.
public static partial class BuiltinFunctions
{
    private static readonly string[] s_minMaxNames = { "key", "default" };

    public static PyObject Abs(PyObject x)
    {
        if (x is IntObject i && ReferenceEquals(x.Type, IntObject.PyType) && i.Value != long.MinValue)
        {
            return i.Value >= 0 ? x : IntObject.Get(-i.Value);
        }

        return Ops.Abs(x);
    }

    public static PyObject DivMod(PyObject a, PyObject b) => Ops.DivMod(a, b);

    /// <summary><c>pow(x, y[, z])</c>.</summary>
    public static PyObject Pow(ReadOnlySpan<PyObject> args) => Ops.Pow(args[0], args[1], args.Length > 2 ? args[2] : null);

    /// <summary><c>round(number[, ndigits])</c>.</summary>
    public static PyObject Round(ReadOnlySpan<PyObject> args) => Ops.Round(args[0], args.Length > 1 ? args[1] : null);

    public static PyObject Hex(PyObject x) => StrObject.Create(Ops.Hex(x));

    public static PyObject Oct(PyObject x) => StrObject.Create(Ops.Oct(x));

    public static PyObject Bin(PyObject x) => StrObject.Create(Ops.Bin(x));

    // ---- characters ----------------------------------------------------------------------------------------

    public static PyObject Chr(PyObject x)
    {
        long cp = x switch
        {
            IntObject i => i.Value,
            BigIntObject => throw Errors.OverflowError("overflow converting long int to machine word"),
            _ => throw Errors.CantConvert(x, "int"),
        };

        if ((ulong)cp > 0x10FFFF)
        {
            throw Errors.ValueError("char not in range(0x110000)");
        }

        return StrObject.FromCodePoint((int)cp);
    }

    public static PyObject Ord(PyObject x)
    {
        if (Ops.AsStr(x) is { } s)
        {
            string v = s.Value;
            if (v.Length == 1)
            {
                // A lone surrogate is its own code point (as in CPython), not half of a pair.
                return IntObject.Get(v[0]);
            }

            int n = StrObject.CountCodePoints(v);
            if (n == 1)
            {
                return IntObject.Get(char.ConvertToUtf32(v[0], v[1]));
            }

            throw Errors.TypeError($"ord() expected a character, but string of length {n} found");
        }

        // bytes too (not bytearray: MicroPython reads the argument with mp_obj_str_get_data).
        if (x.NativeSelf is BytesObject b)
        {
            if (b.Data.Length == 1)
            {
                return IntObject.Get(b.Data[0]);
            }

            throw Errors.TypeError($"ord() expected a character, but string of length {b.Data.Length} found");
        }

        throw Ops.CantConvertImplicitly(x);
    }

    // ---- reductions ----------------------------------------------------------------------------------------

    /// <summary>
    /// <c>sum(iterable, start=0)</c>: plain left-to-right <c>+</c> (MicroPython has no compensated float summation,
    /// so <c>sum([0.1] * 10)</c> is <c>0.9999999999999999</c> as in CPython before 3.12).
    /// </summary>
    public static PyObject Sum(ReadOnlySpan<PyObject> args, int nKw)
    {
        int nPos = args.Length - (2 * nKw);
        if (nPos > 2)
        {
            throw Errors.TypeError($"function expected at most 2 arguments, got {nPos}");
        }

        PyObject acc = nPos > 1 ? args[1] : IntObject.Zero;
        for (int k = nPos; k < args.Length; k += 2)
        {
            if (((StrObject)args[k]).Value != "start" || nPos > 1)
            {
                throw Errors.TypeError("extra keyword arguments given");
            }

            acc = args[k + 1];
        }

        if (args[0] is ListObject list)
        {
            // Index loop: a user __add__ may mutate the list.
            int i = 0;
            if (acc is IntObject ia && ReferenceEquals(acc.Type, IntObject.PyType))
            {
                long total = ia.Value;
                for (; i < list.Count; i++)
                {
                    if (list[i] is not IntObject x)
                    {
                        break;
                    }

                    long r = total + x.Value;
                    if (((total ^ r) & (x.Value ^ r)) < 0)
                    {
                        break;
                    }

                    total = r;
                }

                acc = IntObject.Get(total);
            }

            for (; i < list.Count; i++)
            {
                acc = Ops.BinaryOp(BinaryOp.Add, acc, list[i]);
            }

            return acc;
        }

        var it = Ops.GetIter(args[0]);
        PyObject? item;
        if (acc is IntObject start && ReferenceEquals(acc.Type, IntObject.PyType))
        {
            // Exact ints (a generator expression's usual items) add up in a long: no int object per partial sum.
            // The first item that is not an int, or would overflow, continues the general way below.
            long total = start.Value;
            while ((item = it.Next()) != null)
            {
                if (item is IntObject x)
                {
                    long r = total + x.Value;
                    if (((total ^ r) & (x.Value ^ r)) >= 0)
                    {
                        total = r;
                        continue;
                    }
                }

                acc = Ops.BinaryOp(BinaryOp.Add, IntObject.Get(total), item);
                goto general;
            }

            return IntObject.Get(total);
        }

    general:
        while ((item = it.Next()) != null)
        {
            acc = Ops.BinaryOp(BinaryOp.Add, acc, item);
        }

        return acc;
    }

    public static PyObject Max(ReadOnlySpan<PyObject> args, int nKw) => MinMax(args, nKw, isMax: true);

    public static PyObject Min(ReadOnlySpan<PyObject> args, int nKw) => MinMax(args, nKw, isMax: false);

    /// <summary>
    /// <c>min</c>/<c>max</c> of one iterable or of several arguments, with <c>key=</c> and (for one iterable)
    /// <c>default=</c>. The first of equal extremes wins; comparisons are <c>&lt;</c> for min and <c>&gt;</c> for max.
    /// </summary>
    private static PyObject MinMax(ReadOnlySpan<PyObject> args, int nKw, bool isMax)
    {
        int nPos = args.Length - (2 * nKw);
        if (nPos == 0)
        {
            throw Errors.TypeError("function missing 1 required positional arguments");
        }

        PyObject? key = null;
        PyObject? defaultValue = null;
        if (nKw != 0)
        {
            var kw = new PyObject?[2];
            ArgParser.Parse(args.Slice(nPos), nKw, s_minMaxNames, 0, 0, kw);
            key = kw[0] is { } k && !ReferenceEquals(k, NoneObject.None) ? k : null;
            defaultValue = kw[1];
        }

        if (nPos > 1)
        {
            return Extreme(args.Slice(0, nPos), key, isMax);
        }

        var src = args[0];
        PyObject? best;
        if (key == null && src is ListObject list && list.Count > 0)
        {
            best = Extreme(list.AsSpan(), null, isMax);
        }
        else if (key == null && src is TupleObject tuple && tuple.Items.Length > 0)
        {
            best = Extreme(tuple.Items, null, isMax);
        }
        else
        {
            best = ExtremeOfIterator(Ops.GetIter(src), key, isMax);
        }

        return best ?? defaultValue ?? throw Errors.ValueError("arg is an empty sequence");
    }

    private static PyObject Extreme(ReadOnlySpan<PyObject> items, PyObject? key, bool isMax)
    {
        var best = items[0];
        int i = 1;
        if (key == null && best is IntObject)
        {
            // All-int prefix: compare machine words directly.
            long bestValue = ((IntObject)best).Value;
            for (; i < items.Length; i++)
            {
                if (items[i] is not IntObject x)
                {
                    break;
                }

                if (isMax ? x.Value > bestValue : x.Value < bestValue)
                {
                    best = x;
                    bestValue = x.Value;
                }
            }
        }

        var bestKey = key == null ? best : Ops.CallFunction(key, best);
        for (; i < items.Length; i++)
        {
            var x = items[i];
            var xk = key == null ? x : Ops.CallFunction(key, x);
            if (Better(xk, bestKey, isMax))
            {
                best = x;
                bestKey = xk;
            }
        }

        return best;
    }

    private static PyObject? ExtremeOfIterator(PyObject iterator, PyObject? key, bool isMax)
    {
        var best = iterator.Next();
        if (best == null)
        {
            return null;
        }

        var bestKey = key == null ? best : Ops.CallFunction(key, best);
        PyObject? x;
        while ((x = iterator.Next()) != null)
        {
            var xk = key == null ? x : Ops.CallFunction(key, x);
            if (Better(xk, bestKey, isMax))
            {
                best = x;
                bestKey = xk;
            }
        }

        return best;
    }

    /// <summary>True when <paramref name="candidate"/> beats <paramref name="best"/> (strictly greater for max, less for min).</summary>
    internal static bool Better(PyObject candidate, PyObject best, bool isMax)
    {
        if (candidate is IntObject ci && best is IntObject bi)
        {
            return isMax ? ci.Value > bi.Value : ci.Value < bi.Value;
        }

        if (candidate is FloatObject cf && best is FloatObject bf)
        {
            return isMax ? cf.Value > bf.Value : cf.Value < bf.Value;
        }

        var r = Ops.BinaryOp(isMax ? BinaryOp.More : BinaryOp.Less, candidate, best);
        return ReferenceEquals(r, BoolObject.True) || (!ReferenceEquals(r, BoolObject.False) && Ops.IsTrue(r));
    }
}
