using System;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Vm;

/// <summary>
/// Binds call arguments into a new frame's local slots (MicroPython's <c>mp_setup_code_state</c>, py/bc.c):
/// closure cells and an optional <c>self</c> come first as positional arguments, then the caller's positionals,
/// then keyword pairs; defaults, <c>*args</c>, <c>**kwargs</c> and keyword-only parameters are filled in, and the
/// prelude's cell slots are wrapped in fresh cells. Errors carry MicroPython's texts (bytecode.md §3.1) at the
/// runtime's error-reporting level.
/// </summary>
public static class ArgumentBinder
{
    /// <summary>
    /// Binds <paramref name="self"/> (if not null) and <paramref name="args"/> (positionals followed by
    /// <paramref name="nKw"/> name/value pairs) for a call of <paramref name="fn"/> into <paramref name="state"/>.
    /// </summary>
    public static void Bind(FunctionObject fn, StateSlot[] state, PyObject? self, ReadOnlySpan<PyObject> args, int nKw)
    {
        var code = fn.Code;
        int top = state.Length - 1;
        var closure = fn.Closure;
        int nClosed = closure == null ? 0 : closure.Length;
        int nGiven = args.Length - (2 * nKw);
        int nSelf = self == null ? 0 : 1;
        int nArgs = nClosed + nSelf + nGiven;

        int nPosArgs = code.NPosArgs;
        if (nKw == 0 && code.IsSimpleSignature && nArgs <= nPosArgs && nArgs >= nPosArgs - code.NDefPosArgs)
        {
            // The common case: positional arguments only, the missing trailing ones from the defaults (no
            // *args, **kwargs or keyword-only parameters to fill in).
            int s = top;
            if (closure != null)
            {
                for (int i = 0; i < closure.Length; i++)
                {
                    state[s--].Value = closure[i];
                }
            }

            if (self != null)
            {
                state[s--].Value = self;
            }

            for (int i = 0; i < nGiven; i++)
            {
                state[s--].Value = args[i];
            }

            if (nArgs < nPosArgs)
            {
                var defaults = fn.Defaults!;
                int firstDefault = nPosArgs - code.NDefPosArgs;
                for (int i = nArgs; i < nPosArgs; i++)
                {
                    state[top - i].Value = defaults[i - firstDefault];
                }
            }
        }
        else
        {
            BindGeneral(fn, state, self, args, nKw);
        }

        var cells = code.CellSlots;
        for (int i = 0; i < cells.Length; i++)
        {
            int slot = top - cells[i];
            state[slot].Value = new CellObject(state[slot].Value);
        }
    }

    private static void BindGeneral(FunctionObject fn, StateSlot[] state, PyObject? self, ReadOnlySpan<PyObject> args, int nKw)
    {
        var code = fn.Code;
        int top = state.Length - 1;
        int flags = code.ScopeFlags;
        int nPosArgs = code.NPosArgs;
        int nKwOnly = code.NKwOnlyArgs;
        int nDefPos = code.NDefPosArgs;
        var closure = fn.Closure;
        int nClosed = closure == null ? 0 : closure.Length;
        int nSelf = self == null ? 0 : 1;
        int nGiven = args.Length - (2 * nKw);
        int nArgs = nClosed + nSelf + nGiven;
        var defaults = fn.Defaults;
        bool hasVarArgs = (flags & Bytecode.ScopeFlags.VarArgs) != 0;
        bool hasVarKw = (flags & Bytecode.ScopeFlags.VarKeywords) != 0;
        bool hasDefKw = (flags & Bytecode.ScopeFlags.DefKwArgs) != 0;

        // The slot for the *args tuple, then (one below) for the **kwargs dict.
        int varSlot = top - nPosArgs - nKwOnly;

        if (nArgs > nPosArgs)
        {
            if (!hasVarArgs)
            {
                throw PositionalMismatch(fn, nPosArgs, nArgs);
            }

            var extra = new PyObject[nArgs - nPosArgs];
            for (int i = nPosArgs; i < nArgs; i++)
            {
                extra[i - nPosArgs] = Positional(closure, nClosed, self, args, i);
            }

            state[varSlot--].Value = new TupleObject(extra);
            nArgs = nPosArgs;
        }
        else
        {
            if (hasVarArgs)
            {
                state[varSlot--].Value = TupleObject.Empty;
            }

            if (nKw == 0 && !hasDefKw)
            {
                if (nArgs >= nPosArgs - nDefPos)
                {
                    for (int i = nArgs; i < nPosArgs; i++)
                    {
                        state[top - i].Value = defaults![i - (nPosArgs - nDefPos)];
                    }
                }
                else
                {
                    throw PositionalMismatch(fn, nPosArgs - nDefPos, nArgs);
                }
            }
        }

        for (int i = 0; i < nArgs; i++)
        {
            state[top - i].Value = Positional(closure, nClosed, self, args, i);
        }

        if (nKw != 0 || hasDefKw)
        {
            DictObject? dict = null;
            if (hasVarKw)
            {
                dict = new DictObject(nKw);
                state[varSlot].Value = dict;
            }

            var argNames = code.ArgNames;
            int nNamed = nPosArgs + nKwOnly;
            for (int k = 0; k < nKw; k++)
            {
                var key = args[nGiven + (2 * k)];
                var value = args[nGiven + (2 * k) + 1];
                int j = FindArgName(argNames, nNamed, key);
                if (j >= 0)
                {
                    if (state[top - j].Value != null)
                    {
                        throw MultipleValues(key);
                    }

                    state[top - j].Value = value;
                    continue;
                }

                if (dict == null)
                {
                    throw UnexpectedKeyword(fn, key);
                }

                if (dict.GetOrNull(key) != null)
                {
                    throw MultipleValues(key);
                }

                dict.SetItem(key, value);
            }

            // Defaults for the positional parameters that are still unbound.
            for (int i = nPosArgs - nDefPos; i < nPosArgs; i++)
            {
                if (state[top - i].Value == null)
                {
                    state[top - i].Value = defaults![i - (nPosArgs - nDefPos)];
                }
            }

            // Mandatory positionals: report the highest-numbered missing one, as py/bc.c scans from the top.
            for (int i = nPosArgs - nDefPos - 1; i >= 0; i--)
            {
                if (state[top - i].Value == null)
                {
                    throw Errors.TypeError($"function missing required positional argument #{i}");
                }
            }

            for (int i = 0; i < nKwOnly; i++)
            {
                int slot = top - nPosArgs - i;
                if (state[slot].Value == null)
                {
                    var name = argNames[nPosArgs + i];
                    PyObject? v = hasDefKw ? fn.KwDefaults?.GetOrNull(name) : null;
                    if (v == null)
                    {
                        throw Errors.TypeError($"function missing required keyword argument '{name.Value}'");
                    }

                    state[slot].Value = v;
                }
            }
        }
        else
        {
            if (nKwOnly != 0)
            {
                throw Errors.TypeError("function missing keyword-only argument");
            }

            if (hasVarKw)
            {
                state[varSlot].Value = new DictObject(0);
            }
        }
    }

    private static PyObject Positional(PyObject[]? closure, int nClosed, PyObject? self, ReadOnlySpan<PyObject> args, int i)
    {
        if (i < nClosed)
        {
            return closure![i];
        }

        i -= nClosed;
        if (self != null)
        {
            if (i == 0)
            {
                return self;
            }

            i--;
        }

        return args[i];
    }

    private static int FindArgName(StrObject[] argNames, int count, PyObject key)
    {
        for (int j = 0; j < count; j++)
        {
            if (ReferenceEquals(argNames[j], key))
            {
                return j;
            }
        }

        // Keywords built at run time (e.g. from a ** dict of computed strings) may not be interned.
        if (key is StrObject s)
        {
            for (int j = 0; j < count; j++)
            {
                if (string.Equals(argNames[j].Value, s.Value, StringComparison.Ordinal))
                {
                    return j;
                }
            }
        }

        return -1;
    }

    private static ErrorReportingLevel Level(FunctionObject fn) => fn.Code.Runtime.ErrorReporting;

    /// <summary><c>f() takes N positional arguments but M were given</c> (NORMAL: <c>function takes …</c>).</summary>
    public static PyException PositionalMismatch(FunctionObject fn, int expected, int given)
    {
        return Level(fn) switch
        {
            ErrorReportingLevel.Detailed => Errors.TypeError($"{fn.Code.Name.Value}() takes {expected} positional arguments but {given} were given"),
            ErrorReportingLevel.Normal => Errors.TypeError($"function takes {expected} positional arguments but {given} were given"),
            _ => Errors.TypeError("argument num/types mismatch"),
        };
    }

    private static PyException MultipleValues(PyObject key) =>
        Errors.TypeError($"function got multiple values for argument '{Ops.Str(key)}'");

    private static PyException UnexpectedKeyword(FunctionObject fn, PyObject key) =>
        Level(fn) <= ErrorReportingLevel.Terse
            ? Errors.TypeError("unexpected keyword argument")
            : Errors.TypeError($"unexpected keyword argument '{Ops.Str(key)}'");
}
