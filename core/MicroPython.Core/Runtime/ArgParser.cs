using System;
using MicroPython.Objects;

namespace MicroPython.Runtime;

/// <summary>
/// Parses positional + keyword arguments of a built-in against a list of parameter names, with MicroPython's
/// messages (<c>extra keyword arguments given</c>, <c>'x' argument required</c>, …; py/argcheck.c).
/// </summary>
public static class ArgParser
{
    /// <summary>
    /// Fills <paramref name="result"/> (one slot per name in <paramref name="names"/>; null = not given) from
    /// <paramref name="args"/> (positionals then <paramref name="nKw"/> name/value pairs). The first
    /// <paramref name="required"/> parameters must be given. Parameters at index ≥ <paramref name="maxPositional"/>
    /// are keyword-only.
    /// </summary>
    public static void Parse(ReadOnlySpan<PyObject> args, int nKw, ReadOnlySpan<string> names, int required, int maxPositional, Span<PyObject?> result)
    {
        int nPos = args.Length - 2 * nKw;
        if (nPos > maxPositional || nPos > names.Length)
        {
            throw Errors.TypeError("extra positional arguments given");
        }

        result.Clear();
        for (int i = 0; i < nPos; i++)
        {
            result[i] = args[i];
        }

        int used = 0;
        for (int k = 0; k < nKw; k++)
        {
            var key = ((StrObject)args[nPos + 2 * k]).Value;
            int idx = -1;
            for (int j = 0; j < names.Length; j++)
            {
                if (names[j] == key)
                {
                    idx = j;
                    break;
                }
            }

            if (idx < 0)
            {
                continue;
            }

            if (result[idx] != null)
            {
                throw Errors.TypeError($"function got multiple values for argument '{key}'");
            }

            result[idx] = args[nPos + 2 * k + 1];
            used++;
        }

        if (used < nKw)
        {
            throw Errors.TypeError("extra keyword arguments given");
        }

        for (int i = 0; i < required; i++)
        {
            if (result[i] == null)
            {
                throw Errors.TypeError($"'{names[i]}' argument required");
            }
        }
    }
}
