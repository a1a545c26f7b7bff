using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using MicroPython.Objects;

namespace MicroPython.Runtime;

// Number conversions and the arithmetic built-ins (abs, divmod, pow, round, hex, oct, bin) for the builtins
// module and for native code that takes numeric arguments. Conversions mirror MicroPython's mp_obj_get_int /
// mp_obj_get_float: bool counts as an int, a float is not an int, and user objects are asked for __int__ /
// __float__ through the unary-op slot.
public static partial class Ops
{
    /// <summary>True for int values: small ints, big ints and bools.</summary>
    public static bool IsInt(PyObject o) => o is IntObject or BigIntObject;

    /// <summary>True for int, bool, float and complex values.</summary>
    public static bool IsNumber(PyObject o) => o is IntObject or BigIntObject or FloatObject or ComplexObject;

    /// <summary>
    /// <c>mp_obj_get_int</c>: the machine-word value of an int or bool (or of an object with <c>__int__</c>).
    /// <c>OverflowError: overflow converting long int to machine word</c> for big ints,
    /// <c>TypeError: can't convert float to int</c> for anything else.
    /// </summary>
    public static long ToInt64(PyObject o)
    {
        if (o is IntObject i)
        {
            return i.Value;
        }

        return ToInt64Slow(o);
    }

    private static long ToInt64Slow(PyObject o)
    {
        var v = IntValueOrNull(o) ?? throw Errors.CantConvert(o, "int");
        if (v is IntObject i)
        {
            return i.Value;
        }

        throw Errors.OverflowError("overflow converting long int to machine word");
    }

    /// <summary>Like <see cref="ToInt64"/> but returns false (without raising) when <paramref name="o"/> is not int-like.</summary>
    public static bool TryToInt64(PyObject o, out long value)
    {
        var v = IntValueOrNull(o);
        if (v is IntObject i)
        {
            value = i.Value;
            return true;
        }

        if (v is BigIntObject)
        {
            throw Errors.OverflowError("overflow converting long int to machine word");
        }

        value = 0;
        return false;
    }

    /// <summary>The value of any int (or bool, or object with <c>__int__</c>) as a BigInteger; <c>TypeError: can't convert X to int</c> otherwise.</summary>
    public static BigInteger ToBigInteger(PyObject o)
    {
        return IntValueOrNull(o) switch
        {
            IntObject i => i.Value,
            BigIntObject b => b.Value,
            _ => throw Errors.CantConvert(o, "int"),
        };
    }

    /// <summary>The int object behind <paramref name="o"/> (itself, the native part of an int subclass, or <c>__int__</c>'s result), or null.</summary>
    private static PyObject? IntValueOrNull(PyObject o)
    {
        if (o is IntObject or BigIntObject)
        {
            return o;
        }

        var native = o.NativeSelf;
        if (native is IntObject or BigIntObject)
        {
            return native;
        }

        if (o is InstanceObject)
        {
            var r = o.UnaryOp(Bytecode.UnaryOp.Int);
            if (r is IntObject or BigIntObject)
            {
                return r;
            }
        }

        return null;
    }

    /// <summary><c>mp_obj_get_float</c>: the value of an int, bool, float (or an object with <c>__float__</c>); <c>TypeError: can't convert str to float</c> otherwise.</summary>
    public static double ToDouble(PyObject o)
    {
        if (o is FloatObject f)
        {
            return f.Value;
        }

        if (!TryToDouble(o, out double d))
        {
            throw Errors.CantConvert(o, "float");
        }

        return d;
    }

    /// <summary>Like <see cref="ToDouble"/> but returns false instead of raising.</summary>
    public static bool TryToDouble(PyObject o, out double value)
    {
        switch (o.NativeSelf)
        {
            case FloatObject f:
                value = f.Value;
                return true;
            case IntObject i:
                value = i.Value;
                return true;
            case BigIntObject b:
                value = FloatObject.BigToDouble(b.Value);
                return true;
        }

        if (o is InstanceObject && o.UnaryOp(Bytecode.UnaryOp.Float) is FloatObject converted)
        {
            value = converted.Value;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary><c>mp_obj_get_complex</c>: real and imaginary parts of any number; <c>TypeError: can't convert str to complex</c> otherwise.</summary>
    public static (double Real, double Imag) ToComplex(PyObject o)
    {
        if (o.NativeSelf is ComplexObject c)
        {
            return (c.Real, c.Imag);
        }

        if (o is InstanceObject && o.UnaryOp(Bytecode.UnaryOp.Complex) is ComplexObject cc)
        {
            return (cc.Real, cc.Imag);
        }

        if (TryToDouble(o, out double d))
        {
            return (d, 0);
        }

        throw Errors.CantConvert(o, "complex");
    }

    // ---- arithmetic built-ins ---------------------------------------------------------------------------

    /// <summary><c>abs(x)</c>.</summary>
    public static PyObject Abs(PyObject x)
    {
        if (x is IntObject i && i.Value >= 0 && ReferenceEquals(x.Type, IntObject.PyType))
        {
            return x;
        }

        return UnaryOp(Bytecode.UnaryOp.Abs, x);
    }

    /// <summary><c>divmod(a, b)</c>: a (quotient, remainder) tuple; <c>TypeError: unsupported types for __divmod__</c> otherwise.</summary>
    public static PyObject DivMod(PyObject a, PyObject b) => BinaryOp(Bytecode.BinaryOp.DivMod, a, b);

    /// <summary><c>pow(a, b)</c> or <c>pow(a, b, m)</c> (<paramref name="modulus"/> null or None means two arguments).</summary>
    public static PyObject Pow(PyObject a, PyObject b, PyObject? modulus = null)
    {
        if (modulus == null || ReferenceEquals(modulus, NoneObject.None))
        {
            return BinaryOp(Bytecode.BinaryOp.Power, a, b);
        }

        return Pow3(a, b, modulus);
    }

    /// <summary>
    /// Three-argument <c>pow(a, b, m)</c>: modular exponentiation of ints. The result has the sign of <paramref name="m"/>;
    /// a negative exponent uses the modular inverse (as CPython 3.8+). <c>ValueError: divide by zero</c> for m == 0.
    /// </summary>
    public static PyObject Pow3(PyObject a, PyObject b, PyObject m)
    {
        // Ints, bools and instances of int subclasses (their built-in value); not floats or objects with __int__.
        if (!IsInt(a.NativeSelf) || !IsInt(b.NativeSelf) || !IsInt(m.NativeSelf))
        {
            throw Errors.TypeError("pow() with 3 arguments requires integers");
        }

        var modulus = ToBigInteger(m);
        if (modulus.IsZero)
        {
            throw Errors.ValueError("divide by zero");
        }

        var baseValue = ToBigInteger(a);
        var exponent = ToBigInteger(b);
        var absModulus = BigInteger.Abs(modulus);
        if (absModulus.IsOne)
        {
            return IntObject.Zero;
        }

        baseValue %= absModulus;
        if (baseValue.Sign < 0)
        {
            baseValue += absModulus;
        }

        if (exponent.Sign < 0)
        {
            baseValue = ModInverse(baseValue, absModulus);
            exponent = -exponent;
        }

        var result = BigInteger.ModPow(baseValue, exponent, absModulus);
        if (modulus.Sign < 0 && !result.IsZero)
        {
            result += modulus;
        }

        return IntObject.FromBigInteger(result);
    }

    /// <summary>The inverse of <paramref name="a"/> modulo <paramref name="m"/> (both positive, a &lt; m), by the extended Euclidean algorithm.</summary>
    private static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger oldR = a;
        BigInteger r = m;
        BigInteger oldS = BigInteger.One;
        BigInteger s = BigInteger.Zero;
        while (!r.IsZero)
        {
            var q = BigInteger.Divide(oldR, r);
            (oldR, r) = (r, oldR - (q * r));
            (oldS, s) = (s, oldS - (q * s));
        }

        if (!oldR.IsOne)
        {
            throw Errors.ValueError("base is not invertible for the given modulus");
        }

        var inverse = oldS % m;
        return inverse.Sign < 0 ? inverse + m : inverse;
    }

    /// <summary>
    /// <c>round(x)</c> / <c>round(x, ndigits)</c> for ints and floats (MicroPython's builtin: ints round to a negative
    /// number of digits with ties to even, floats as <see cref="FloatObject.Round"/>). <paramref name="ndigits"/>
    /// null or None means one argument.
    /// </summary>
    public static PyObject Round(PyObject x, PyObject? ndigits = null)
    {
        bool hasDigits = ndigits != null && !ReferenceEquals(ndigits, NoneObject.None);
        var value = x.NativeSelf;
        if (value is IntObject or BigIntObject)
        {
            var asInt = value is BoolObject b ? IntObject.Get(b.Value) : value;
            if (!hasDigits)
            {
                return asInt;
            }

            long digits = ToInt64(ndigits!);
            if (digits >= 0)
            {
                return asInt;
            }

            return RoundIntToNegativeDigits(ToBigInteger(asInt), digits);
        }

        double d = ToDouble(x);
        return FloatObject.Round(d, hasDigits ? ToInt64(ndigits!) : null);
    }

    /// <summary>Rounds an int to a multiple of 10^-<paramref name="digits"/>, ties to even (both CPython and MicroPython).</summary>
    private static PyObject RoundIntToNegativeDigits(BigInteger value, long digits)
    {
        if (-digits > (long)value.GetBitLength() + 1)
        {
            return IntObject.Zero; // 10^n far exceeds |value|: always rounds to 0
        }

        var multiple = BigInteger.Pow(10, (int)-digits);
        var (floor, modulo) = BigIntObject.FloorDivMod(value, multiple);
        var rounded = value - modulo;
        var twice = modulo * 2;
        int c = twice.CompareTo(multiple);
        if (c > 0 || (c == 0 && !floor.IsEven))
        {
            rounded += multiple;
        }

        return IntObject.FromBigInteger(rounded);
    }

    /// <summary><c>hex(x)</c>: <c>0xff</c>, <c>-0xff</c>. Non-ints raise <c>TypeError: can't convert float to int</c>.</summary>
    public static string Hex(PyObject x) => FormatRadix(ToBigIntegerForRadix(x, 'x'), 16, "0x");

    /// <summary><c>oct(x)</c>: <c>0o17</c>, <c>-0o10</c>.</summary>
    public static string Oct(PyObject x) => FormatRadix(ToBigIntegerForRadix(x, 'o'), 8, "0o");

    /// <summary><c>bin(x)</c>: <c>0b101</c>, <c>-0b101</c>.</summary>
    public static string Bin(PyObject x) => FormatRadix(ToBigIntegerForRadix(x, 'b'), 2, "0b");

    private static BigInteger ToBigIntegerForRadix(PyObject x, char code)
    {
        if (IntValueOrNull(x) is { } v)
        {
            return ToBigInteger(v);
        }

        // MicroPython implements bin() as '{:#b}'.format(x), hex()/oct() as '%#x' % x: the errors differ accordingly.
        if (code == 'b')
        {
            throw Errors.ValueError($"unknown format code 'b' for object of type '{x.Type.Name}'");
        }

        throw Errors.CantConvert(x, "int");
    }

    /// <summary>
    /// Digits of an int in base 2, 8, 10 or 16 (lower case), with '-' and <paramref name="prefix"/> in front
    /// (the prefix goes after the sign: <c>-0x1f</c>). For the format engine too (<c>'{:x}'</c> passes an empty prefix).
    /// </summary>
    public static string FormatRadix(BigInteger value, int radix, string prefix)
    {
        var sb = new StringBuilder();
        if (value.Sign < 0)
        {
            sb.Append('-');
            value = -value;
        }

        sb.Append(prefix);
        AppendDigits(sb, value, radix);
        return sb.ToString();
    }

    /// <summary>Appends the digits of a non-negative value in base 2, 8, 10 or 16.</summary>
    public static void AppendDigits(StringBuilder sb, BigInteger value, int radix)
    {
        if (value <= ulong.MaxValue)
        {
            sb.Append(radix == 10 ? ((ulong)value).ToString(CultureInfo.InvariantCulture) : UlongToString((ulong)value, radix));
            return;
        }

        switch (radix)
        {
            case 10:
                sb.Append(value.ToString(CultureInfo.InvariantCulture));
                return;
            case 16:
                sb.Append(value.ToString("x", CultureInfo.InvariantCulture).TrimStart('0'));
                return;
            case 2:
                sb.Append(value.ToString("b", CultureInfo.InvariantCulture).TrimStart('0'));
                return;
        }

        // Octal: peel off 21 digits (63 bits) at a time, most significant chunk unpadded.
        int bits = (int)value.GetBitLength();
        int chunks = (bits + 62) / 63;
        var mask = (BigInteger.One << 63) - 1;
        var parts = new ulong[chunks];
        for (int k = 0; k < chunks; k++)
        {
            parts[k] = (ulong)((value >> (63 * k)) & mask);
        }

        sb.Append(UlongToString(parts[chunks - 1], 8));
        for (int k = chunks - 2; k >= 0; k--)
        {
            sb.Append(UlongToString(parts[k], 8).PadLeft(21, '0'));
        }
    }

    private static string UlongToString(ulong value, int radix)
    {
        if (value == 0)
        {
            return "0";
        }

        Span<char> buffer = stackalloc char[64];
        int pos = buffer.Length;
        int shift = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        ulong mask = (ulong)radix - 1;
        while (value != 0)
        {
            buffer[--pos] = "0123456789abcdef"[(int)(value & mask)];
            value >>= shift;
        }

        return new string(buffer.Slice(pos));
    }
}
