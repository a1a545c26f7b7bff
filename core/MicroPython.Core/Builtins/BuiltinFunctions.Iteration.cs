using System;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Builtins;

// all, any, iter, next, sorted (enumerate/zip/map/filter/reversed are types, in Objects/).
public static partial class BuiltinFunctions
{
    private static readonly string[] s_sortNames = { "key", "reverse" };

    public static PyObject All(PyObject iterable)
    {
        if (iterable is ListObject list)
        {
            for (int i = 0; i < list.Count; i++)
            {
                if (!Ops.IsTrue(list[i]))
                {
                    return BoolObject.False;
                }
            }

            return BoolObject.True;
        }

        var it = Ops.GetIter(iterable);
        PyObject? x;
        while ((x = it.Next()) != null)
        {
            if (!Ops.IsTrue(x))
            {
                return BoolObject.False;
            }
        }

        return BoolObject.True;
    }

    public static PyObject Any(PyObject iterable)
    {
        if (iterable is ListObject list)
        {
            for (int i = 0; i < list.Count; i++)
            {
                if (Ops.IsTrue(list[i]))
                {
                    return BoolObject.True;
                }
            }

            return BoolObject.False;
        }

        var it = Ops.GetIter(iterable);
        PyObject? x;
        while ((x = it.Next()) != null)
        {
            if (Ops.IsTrue(x))
            {
                return BoolObject.True;
            }
        }

        return BoolObject.False;
    }

    /// <summary><c>iter(obj)</c> or <c>iter(callable, sentinel)</c>.</summary>
    public static PyObject Iter(ReadOnlySpan<PyObject> args)
    {
        if (args.Length == 1)
        {
            return Ops.GetIter(args[0]);
        }

        return new CallableIterator(args[0], args[1]);
    }

    /// <summary>
    /// <c>next(iterator[, default])</c>. An exhausted iterator without a default raises a real
    /// <c>StopIteration</c> exception (the fast path's null sentinel stops here), carrying a generator's return value.
    /// </summary>
    public static PyObject Next(ReadOnlySpan<PyObject> args)
    {
        var v = Ops.Next(args[0]);
        if (v != null)
        {
            return v;
        }

        return args.Length > 1 ? args[1] : throw Errors.StopIteration(Ops.StopIterationValue(args[0]));
    }

    /// <summary><c>sorted(iterable, *, key=None, reverse=False)</c>: a new, stably sorted list.</summary>
    public static PyObject Sorted(ReadOnlySpan<PyObject> args, int nKw)
    {
        int nPos = args.Length - (2 * nKw);
        if (nPos > 1)
        {
            throw Errors.TypeError("must use keyword argument for key function");
        }

        if (nPos == 0)
        {
            throw Errors.TypeError("function missing 1 required positional arguments");
        }

        PyObject? key = null;
        bool reverse = false;
        if (nKw != 0)
        {
            var kw = new PyObject?[2];
            ArgParser.Parse(args.Slice(1), nKw, s_sortNames, 0, 0, kw);
            key = kw[0] is { } k && !ReferenceEquals(k, NoneObject.None) ? k : null;
            reverse = kw[1] != null && Ops.IsTrue(kw[1]!);
        }

        var list = ListObject.FromIterable(args[0]);
        list.Sort(key, reverse);
        return list;
    }
}
