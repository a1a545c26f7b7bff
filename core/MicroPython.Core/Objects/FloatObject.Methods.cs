using System;
using System.Numerics;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// Constructor of float, its methods and the round() arithmetic. MicroPython's float has no methods on unix; we add
// CPython's is_integer, conjugate, as_integer_ratio, hex/fromhex (FloatObject.Hex.cs) and real/imag.
public sealed partial class FloatObject
{
    private static void InitType(TypeObject type)
    {
        // CPython's float methods MicroPython leaves out (cpython-differences.md: limitations, CPython behaviour welcome).
        type.SetAttrDirect("is_integer", new BuiltinFunction("is_integer", self =>
        {
            double v = Ops.ToDouble(self);
            return BoolObject.From(double.IsFinite(v) && Math.Floor(v) == v);
        }).AsMethodOf(type));
        type.SetAttrDirect("conjugate", new BuiltinFunction("conjugate", self => new FloatObject(Ops.ToDouble(self))).AsMethodOf(type));
        type.SetAttrDirect("as_integer_ratio", new BuiltinFunction("as_integer_ratio", self => IntegerRatio(Ops.ToDouble(self))).AsMethodOf(type));
        type.SetAttrDirect("hex", new BuiltinFunction("hex", self => new StrObject(ToHex(Ops.ToDouble(self)))).AsMethodOf(type));
        type.SetAttrDirect("fromhex", new ClassMethodObject(new BuiltinFunction("fromhex", 2, 2, args =>
        {
            var value = new FloatObject(FromHex(Ops.ToStr(args[1])));
            return ReferenceEquals(args[0], PyType) ? value : Ops.CallFunction(args[0], value);
        })));
        type.SetAttrDirect("real", ReadOnlyProperty("real", self => new FloatObject(Ops.ToDouble(self))));
        type.SetAttrDirect("imag", ReadOnlyProperty("imag", _ => new FloatObject(0.0)));
    }

    /// <summary>A read-only attribute computed from the instance (a property with only a getter).</summary>
    internal static PropertyObject ReadOnlyProperty(string name, Func<PyObject, PyObject> getter) =>
        new(new BuiltinFunction(name, getter), NoneObject.None, NoneObject.None, NoneObject.None);

    /// <summary>
    /// <c>float.as_integer_ratio()</c>: the exact fraction in lowest terms (the denominator is a power of two).
    /// <c>OverflowError: cannot convert Infinity to integer ratio</c> / <c>ValueError: cannot convert NaN to integer ratio</c>.
    /// </summary>
    private static TupleObject IntegerRatio(double v)
    {
        if (double.IsNaN(v))
        {
            throw Errors.ValueError("cannot convert NaN to integer ratio");
        }

        if (double.IsInfinity(v))
        {
            throw Errors.OverflowError("cannot convert Infinity to integer ratio");
        }

        long bits = BitConverter.DoubleToInt64Bits(v);
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1; // subnormal
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075; // v = mantissa * 2^exponent
        if (mantissa == 0)
        {
            return TupleObject.Create(IntObject.Zero, IntObject.One);
        }

        int trailing = System.Numerics.BitOperations.TrailingZeroCount(mantissa);
        int shift = exponent < 0 ? Math.Min(trailing, -exponent) : 0;
        mantissa >>= shift;
        exponent += shift;
        var numerator = new BigInteger(mantissa);
        var denominator = BigInteger.One;
        if (exponent > 0)
        {
            numerator <<= exponent;
        }
        else
        {
            denominator <<= -exponent;
        }

        if (v < 0)
        {
            numerator = -numerator;
        }

        return TupleObject.Create(IntObject.FromBigInteger(numerator), IntObject.FromBigInteger(denominator));
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
