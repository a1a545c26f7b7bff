using System;
using MicroPython.Objects;

namespace MicroPython.Runtime;

/// <summary>Argument-count checks for built-ins with MicroPython's exact messages (py/argcheck.c).</summary>
public static class ArgCheck
{
    /// <summary>Requires exactly <paramref name="n"/> positional arguments and no keywords.</summary>
    public static void Exact(ReadOnlySpan<PyObject> args, int nKw, int n)
    {
        NoKeywords(nKw);
        if (args.Length != n)
        {
            throw Errors.TypeError($"function takes {n} positional arguments but {args.Length} were given");
        }
    }

    /// <summary>Requires between <paramref name="min"/> and <paramref name="max"/> positional arguments and no keywords.</summary>
    public static void Range(ReadOnlySpan<PyObject> args, int nKw, int min, int max)
    {
        NoKeywords(nKw);
        int n = args.Length;
        if (n < min)
        {
            throw Errors.TypeError($"function missing {min - n} required positional arguments");
        }

        if (n > max)
        {
            throw Errors.TypeError($"function expected at most {max} arguments, got {n}");
        }
    }

    public static void NoKeywords(int nKw)
    {
        if (nKw != 0)
        {
            throw Errors.TypeError("function doesn't take keyword arguments");
        }
    }
}
