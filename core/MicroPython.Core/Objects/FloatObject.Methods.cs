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
    /// <c>round(x)</c> and <c>round(x, n)</c> for a float, correctly rounded as in CPython: without
    /// <paramref name="ndigits"/> the int nearest to x (ties to even); with it, the double nearest to x rounded
    /// half-to-even at decimal place n of its exact value, so <c>round(2.675, 2)</c> is <c>2.67</c> (2.675 is
    /// really 2.67499…). MicroPython's <c>nearbyint(x·10ⁿ)/10ⁿ</c> gives 2.68: a precision limitation, not a
    /// language difference.
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

        int n = (int)Math.Clamp(ndigits.Value, -400, 400);
        var (digits, point) = Rounded(Math.Abs(value), n, fixedDecimals: true);
        if (digits == "0")
        {
            return new FloatObject(Math.CopySign(0.0, value));
        }

        // value = 0.digits × 10^point, read back with the runtime's exact decimal parser.
        string text = "0." + digits + "e" + point.ToString(System.Globalization.CultureInfo.InvariantCulture);
        double rounded = double.Parse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
        return new FloatObject(Math.CopySign(rounded, value));
    }
}
