using System;
using System.Numerics;
using System.Text;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// float.hex() and float.fromhex(): CPython's exact hexadecimal form of a double ('0x1.8000000000000p+1').
// MicroPython's float has neither (a limitation, cpython-differences.md §2); the texts of the errors are CPython's.
public sealed partial class FloatObject
{
    private const string InvalidHexFloat = "invalid hexadecimal floating-point string";

    /// <summary><c>float.hex()</c>: sign, <c>0x</c>, the leading bit, 13 hex digits of fraction, <c>p</c> and the exponent.</summary>
    internal static string ToHex(double v)
    {
        if (double.IsNaN(v))
        {
            return "nan";
        }

        if (double.IsInfinity(v))
        {
            return v > 0 ? "inf" : "-inf";
        }

        long bits = BitConverter.DoubleToInt64Bits(v);
        var sb = new StringBuilder(24);
        if (bits < 0)
        {
            sb.Append('-');
        }

        int biased = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        if (biased == 0 && fraction == 0)
        {
            return sb.Append("0x0.0p+0").ToString();
        }

        // Normal numbers have an implicit leading 1; subnormals a leading 0 with the smallest exponent.
        int exponent = biased == 0 ? -1022 : biased - 1023;
        sb.Append(biased == 0 ? "0x0." : "0x1.");
        sb.Append(fraction.ToString("x13", System.Globalization.CultureInfo.InvariantCulture));
        sb.Append('p').Append(exponent >= 0 ? "+" : string.Empty).Append(exponent);
        return sb.ToString();
    }

    /// <summary>
    /// <c>float.fromhex(s)</c>: <c>[sign][0x]h[.h][p[sign]d]</c> with surrounding whitespace, or inf/infinity/nan,
    /// rounded to the nearest double (ties to even). <c>ValueError</c> for anything else, <c>OverflowError</c> when too large.
    /// </summary>
    internal static double FromHex(string text)
    {
        var s = text.AsSpan().Trim();
        bool negative = false;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            negative = s[0] == '-';
            s = s.Slice(1);
        }

        if (s.Equals("inf", StringComparison.OrdinalIgnoreCase) || s.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (s.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            return double.NaN;
        }

        if (s.Length >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        {
            s = s.Slice(2);
        }

        // Mantissa digits (all of them, exactly), then the binary exponent.
        BigInteger mantissa = BigInteger.Zero;
        long exponent = 0;
        int digits = 0;
        int i = 0;
        bool afterPoint = false;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '.' && !afterPoint)
            {
                afterPoint = true;
                continue;
            }

            int d = HexDigit(c);
            if (d < 0)
            {
                break;
            }

            mantissa = (mantissa << 4) + d;
            digits++;
            if (afterPoint)
            {
                exponent -= 4;
            }
        }

        if (digits == 0)
        {
            throw Errors.ValueError(InvalidHexFloat);
        }

        if (i < s.Length)
        {
            if (s[i] != 'p' && s[i] != 'P')
            {
                throw Errors.ValueError(InvalidHexFloat);
            }

            var exp = s.Slice(i + 1);
            if (!long.TryParse(exp, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out long e))
            {
                throw Errors.ValueError(InvalidHexFloat);
            }

            exponent += Math.Clamp(e, -1_000_000_000L, 1_000_000_000L); // far beyond any double either way
        }

        double magnitude = ScaleExactly(mantissa, exponent);
        return negative ? -magnitude : magnitude;
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary><paramref name="mantissa"/> × 2^<paramref name="exponent"/> rounded to the nearest double, ties to even.</summary>
    private static double ScaleExactly(BigInteger mantissa, long exponent)
    {
        if (mantissa.IsZero)
        {
            return 0.0;
        }

        long bits = (long)mantissa.GetBitLength();
        long top = exponent + bits - 1; // exponent of the leading bit
        if (top > 1023)
        {
            throw Errors.OverflowError("hexadecimal value too large to represent as a float");
        }

        // Bits the result can hold: 53, fewer for subnormals (the last one has weight 2^-1074).
        long precision = top >= -1022 ? 53 : 53 - (-1022 - top);
        if (precision <= 0)
        {
            // Below half the smallest subnormal rounds to zero; exactly half to zero (even); above to the smallest.
            if (precision == 0 && !(mantissa.IsPowerOfTwo))
            {
                return double.Epsilon;
            }

            return 0.0;
        }

        long drop = bits - precision;
        if (drop > 0)
        {
            var kept = mantissa >> (int)drop;
            var rest = mantissa - (kept << (int)drop);
            var half = BigInteger.One << (int)(drop - 1);
            int c = rest.CompareTo(half);
            if (c > 0 || (c == 0 && !kept.IsEven))
            {
                kept += 1;
            }

            mantissa = kept;
            exponent += drop;
            if (exponent + (long)mantissa.GetBitLength() - 1 > 1023)
            {
                throw Errors.OverflowError("hexadecimal value too large to represent as a float"); // rounded up past the largest
            }
        }

        // At most 53 significant bits (a carry gives a power of two), placed where a double holds them: exact.
        return Math.ScaleB((double)mantissa, (int)exponent);
    }
}
