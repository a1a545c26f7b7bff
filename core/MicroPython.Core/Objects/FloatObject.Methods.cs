using System;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// Constructor of float and the round() arithmetic. MicroPython's float has no methods on unix (no is_integer,
// hex, as_integer_ratio, real/imag), so the type dict stays empty.
public sealed partial class FloatObject
{
    private static void InitType(TypeObject type)
    {
    }

    /// <summary><c>float()</c>, <c>float(x)</c>: text (str or any buffer) is parsed, numbers and <c>__float__</c> objects converted.</summary>
    private static PyObject MakeNew(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        ArgCheck.Range(args, nKw, 0, 1);
        if (args.Length == 0)
        {
            return new FloatObject(0.0);
        }

        var x = args[0];
        if (x is FloatObject)
        {
            return x;
        }

        if (x.NativeSelf is StrObject s)
        {
            return new FloatObject(NumberParser.ParseFloat(s.Value));
        }

        if (Buffer.TryGetBytes(x, out var bytes))
        {
            return new FloatObject(NumberParser.ParseFloat(bytes));
        }

        return new FloatObject(Ops.ToDouble(x));
    }

    /// <summary>
    /// <c>round(x)</c> and <c>round(x, n)</c> for a float, as MicroPython computes them: without
    /// <paramref name="ndigits"/> the result is the int nearest to x (ties to even); with it, a float
    /// <c>nearbyint(x · 10ⁿ) / 10ⁿ</c>, so <c>round(2.675, 2)</c> is <c>2.68</c> (CPython: 2.67).
    /// </summary>
    public static PyObject Round(double value, long? ndigits)
    {
        if (ndigits == null)
        {
            return IntObject.FromDouble(Math.Round(value, MidpointRounding.ToEven));
        }

        if (!double.IsFinite(value) || value == 0)
        {
            return new FloatObject(value);
        }

        long n = Math.Clamp(ndigits.Value, -400, 400);
        double multiplier = Math.Pow(10, n);
        if (multiplier == 0)
        {
            return new FloatObject(Math.CopySign(0.0, value)); // rounding to beyond 1e308: nothing survives
        }

        double rounded = Math.Round(value * multiplier, MidpointRounding.ToEven) / multiplier;
        if (!double.IsFinite(rounded))
        {
            // x · 10ⁿ overflowed: x has no digits that far right, so it is its own rounding (CPython's answer).
            return new FloatObject(value);
        }

        return new FloatObject(rounded);
    }
}
