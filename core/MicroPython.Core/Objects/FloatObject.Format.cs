using System;
using System.Globalization;
using System.Text;

namespace MicroPython.Objects;

// Float → text. repr/str use the shortest digits that read back to the same double, laid out like CPython
// (exponent form below 1e-4 and from 1e16 up), which MicroPython matches for ordinary values.
// Formatting with an explicit precision (%-formatting, format(), str.format) is exact, as in CPython: the digits
// come from the double's exact decimal expansion, rounded half to even ('%.2f' % 2.675 → 2.67, '%.0f' % 0.5 → 0).
// MicroPython's own formatter pads the shortest digits with zeros and rounds ties away from zero; that is a
// precision limitation of its C code, not a language difference, so CPython's results are the ones to match.
public sealed partial class FloatObject
{
    /// <summary><c>repr(x)</c> (also <c>str(x)</c>): <c>0.1</c>, <c>1e+16</c>, <c>1e-05</c>, <c>2.0</c>, <c>inf</c>, <c>nan</c>, <c>-0.0</c>.</summary>
    public static string Repr(double value)
    {
        var sb = new StringBuilder(24);
        AppendRepr(sb, value);
        return sb.ToString();
    }

    /// <summary>Appends <c>repr(value)</c>.</summary>
    public static void AppendRepr(StringBuilder sb, double value) => AppendShortest(sb, value, addDotZero: true, upper: false);

    /// <summary>
    /// Shortest round-trip form; <paramref name="addDotZero"/> appends <c>.0</c> to integral fixed-point output
    /// (repr does, the parts of a complex repr do not: <c>(1+2j)</c>).
    /// </summary>
    public static void AppendShortest(StringBuilder sb, double value, bool addDotZero, bool upper)
    {
        if (!double.IsFinite(value))
        {
            AppendNonFinite(sb, value, upper);
            return;
        }

        if (double.IsNegative(value))
        {
            sb.Append('-');
            value = -value;
        }

        // Fixed notation below 1e16 as CPython; a single-precision build switches at 1e7, its %.7g heritage.
        var (digits, point) = ShortestDigits(value);
        if (point > -4 && point <= (SinglePrecision ? 7 : 16))
        {
            AppendFixed(sb, digits, point, Math.Max(digits.Length - point, 0));
            if (addDotZero && point >= digits.Length)
            {
                sb.Append(".0");
            }
        }
        else
        {
            AppendExponent(sb, digits, point, digits.Length - 1, upper);
        }
    }

    /// <summary>
    /// Formats <paramref name="value"/> for a format-spec or %-conversion <paramref name="type"/>: <c>e E f F g G %</c>,
    /// or <c>'\0'</c> for format()'s empty type (like 'g' but always showing a decimal point; with a negative precision it
    /// is <c>str(x)</c>). A negative <paramref name="precision"/> means the default (6). <paramref name="alternate"/> is
    /// the <c>#</c> flag. The result has a leading '-' for negative values (including -0.0) but no '+' or space: the
    /// caller adds those, the width and the fill.
    /// </summary>
    public static string FormatFloat(double value, char type, int precision, bool alternate = false)
    {
        bool upper = type is 'E' or 'F' or 'G';
        var sb = new StringBuilder(32);
        if (!double.IsFinite(value))
        {
            AppendNonFinite(sb, value, upper);
            if (type == '%')
            {
                sb.Append('%');
            }

            return sb.ToString();
        }

        if (type == '\0' && precision < 0)
        {
            AppendShortest(sb, value, addDotZero: true, upper: false);
            return sb.ToString();
        }

        if (precision < 0)
        {
            precision = 6;
        }

        bool negative = double.IsNegative(value);
        double magnitude = Math.Abs(value);
        if (negative)
        {
            sb.Append('-');
        }

        switch (type)
        {
            case 'e':
            case 'E':
                FormatE(sb, magnitude, precision, alternate, upper);
                break;
            case 'f':
            case 'F':
            case '%':
                if (type == '%')
                {
                    magnitude *= 100;
                }

                if (double.IsInfinity(magnitude))
                {
                    AppendNonFinite(sb, magnitude, upper);
                }
                else
                {
                    FormatF(sb, magnitude, precision, alternate);
                }

                if (type == '%')
                {
                    sb.Append('%');
                }

                break;
            case '\0':
                FormatG(sb, magnitude, precision, alternate, upper, noneType: true);
                break;
            default:
                FormatG(sb, magnitude, precision, alternate, upper, noneType: false);
                break;
        }

        return sb.ToString();
    }

    private static void AppendNonFinite(StringBuilder sb, double value, bool upper)
    {
        if (double.IsNaN(value))
        {
            sb.Append(upper ? "NAN" : "nan");
        }
        else
        {
            sb.Append(value < 0 ? (upper ? "-INF" : "-inf") : (upper ? "INF" : "inf"));
        }
    }

    private static void FormatE(StringBuilder sb, double magnitude, int precision, bool alternate, bool upper)
    {
        var (digits, point) = Rounded(magnitude, precision + 1, fixedDecimals: false);
        AppendExponent(sb, digits, point, precision, upper, forceDot: alternate);
    }

    private static void FormatF(StringBuilder sb, double magnitude, int precision, bool alternate)
    {
        var (digits, point) = Rounded(magnitude, precision, fixedDecimals: true);
        AppendFixed(sb, digits, point, precision);
        if (precision == 0 && alternate)
        {
            sb.Append('.');
        }
    }

    private static void FormatG(StringBuilder sb, double magnitude, int precision, bool alternate, bool upper, bool noneType)
    {
        int p = precision == 0 ? 1 : precision;
        var (digits, point) = Rounded(magnitude, p, fixedDecimals: false);
        int exponent = digits == "0" ? 0 : point - 1;
        int start = sb.Length;

        // CPython's empty type switches to exponent form one digit earlier, since it always shows a fraction digit.
        if (exponent >= -4 && exponent < (noneType ? p - 1 : p))
        {
            AppendFixed(sb, digits, point, p - 1 - exponent);
            if (!alternate)
            {
                StripZeros(sb, start, sb.Length);
            }

            if (noneType && sb.ToString(start, sb.Length - start).IndexOf('.', StringComparison.Ordinal) < 0)
            {
                sb.Append(".0");
            }
        }
        else
        {
            AppendExponent(sb, digits, point, p - 1, upper, forceDot: alternate);
            if (!alternate)
            {
                int e = sb.ToString(start, sb.Length - start).IndexOfAny(['e', 'E']) + start;
                StripZeros(sb, start, e);
            }
        }
    }

    /// <summary>Removes trailing zeros (and then a trailing '.') of the fraction in <c>sb[start..end)</c>.</summary>
    private static void StripZeros(StringBuilder sb, int start, int end)
    {
        int dot = -1;
        for (int i = start; i < end; i++)
        {
            if (sb[i] == '.')
            {
                dot = i;
                break;
            }
        }

        if (dot < 0)
        {
            return;
        }

        int cut = end;
        while (cut > dot + 1 && sb[cut - 1] == '0')
        {
            cut--;
        }

        if (cut == dot + 1)
        {
            cut = dot;
        }

        sb.Remove(cut, end - cut);
    }

    /// <summary>
    /// Appends a fixed-point number whose significant digits are <paramref name="digits"/> with the decimal point
    /// <paramref name="point"/> places after the first digit, padded with zeros to <paramref name="decimals"/> places.
    /// </summary>
    private static void AppendFixed(StringBuilder sb, string digits, int point, int decimals)
    {
        if (point <= 0)
        {
            sb.Append('0');
        }
        else
        {
            for (int i = 0; i < point; i++)
            {
                sb.Append(i < digits.Length ? digits[i] : '0');
            }
        }

        if (decimals > 0)
        {
            sb.Append('.');
            for (int j = 0; j < decimals; j++)
            {
                int idx = point + j;
                sb.Append(idx >= 0 && idx < digits.Length ? digits[idx] : '0');
            }
        }
    }

    /// <summary>Appends <c>d.ddd e±XX</c> with <paramref name="decimals"/> digits after the point (at least two exponent digits).</summary>
    private static void AppendExponent(StringBuilder sb, string digits, int point, int decimals, bool upper, bool forceDot = false)
    {
        sb.Append(digits[0]);
        if (decimals > 0 || forceDot)
        {
            sb.Append('.');
            for (int i = 1; i <= decimals; i++)
            {
                sb.Append(i < digits.Length ? digits[i] : '0');
            }
        }

        int exponent = digits == "0" ? 0 : point - 1;
        sb.Append(upper ? 'E' : 'e').Append(exponent < 0 ? '-' : '+');
        int abs = Math.Abs(exponent);
        if (abs < 10)
        {
            sb.Append('0');
        }

        sb.Append(abs.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The digits of a non-negative finite value rounded to <paramref name="count"/> significant digits, or to
    /// <paramref name="count"/> decimal places when <paramref name="fixedDecimals"/>. Zero is <c>("0", 1)</c>.
    /// </summary>
    private static (string Digits, int Point) Rounded(double magnitude, int count, bool fixedDecimals)
    {
        if (magnitude == 0)
        {
            return ("0", 1);
        }

        var (digits, point) = ExactDigits(magnitude);
        int keep = fixedDecimals ? point + count : count;
        if (keep >= digits.Length)
        {
            return (digits, point);
        }

        if (keep < 0)
        {
            return ("0", 1);
        }

        // Round half to even on the exact expansion: a tie only when the dropped part is exactly 5000….
        char first = digits[keep];
        bool up = first > '5';
        if (first == '5')
        {
            bool moreAfterFive = digits.Length > keep + 1; // ExactDigits has no trailing zeros
            bool previousOdd = keep > 0 && ((digits[keep - 1] - '0') & 1) == 1;
            up = moreAfterFive || previousOdd;
        }

        if (!up)
        {
            string kept = digits.Substring(0, keep).TrimEnd('0');
            return kept.Length == 0 ? ("0", 1) : (kept, point);
        }

        var chars = digits.ToCharArray(0, keep);
        int i = keep - 1;
        while (i >= 0 && chars[i] == '9')
        {
            chars[i] = '0';
            i--;
        }

        if (i < 0)
        {
            // All nines (or nothing kept): the value rounds up to the next power of ten.
            return ("1", point + 1);
        }

        chars[i]++;
        return (new string(chars, 0, i + 1), point);
    }

    /// <summary>
    /// Every decimal digit of a positive finite double (no trailing zeros) and the point position:
    /// value = 0.<c>digits</c> × 10^<c>point</c>. A double is m·2^e exactly, and m·2^e = m·5^-e / 10^-e for e &lt; 0.
    /// </summary>
    private static (string Digits, int Point) ExactDigits(double magnitude)
    {
        long bits = BitConverter.DoubleToInt64Bits(magnitude);
        int rawExponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xF_FFFF_FFFF_FFFF;
        int exponent;
        if (rawExponent == 0)
        {
            exponent = -1074;
        }
        else
        {
            mantissa |= 1L << 52;
            exponent = rawExponent - 1075;
        }

        string text;
        int point;
        if (exponent >= 0)
        {
            text = (new System.Numerics.BigInteger(mantissa) << exponent).ToString(CultureInfo.InvariantCulture);
            point = text.Length;
        }
        else
        {
            text = (new System.Numerics.BigInteger(mantissa) * System.Numerics.BigInteger.Pow(5, -exponent)).ToString(CultureInfo.InvariantCulture);
            point = text.Length + exponent;
        }

        return (text.TrimEnd('0'), point);
    }

    /// <summary>
    /// The shortest decimal digits that read back as <paramref name="magnitude"/> (positive, finite), without leading
    /// or trailing zeros, and the decimal point position: value = 0.<c>digits</c> × 10^<c>point</c>.
    /// </summary>
    internal static (string Digits, int Point) ShortestDigits(double magnitude)
    {
        if (magnitude == 0)
        {
            return ("0", 1);
        }

        // .NET's "R" (like its default) is the shortest round-trip form; only its layout needs changing.
        string r = SinglePrecision
            ? ((float)magnitude).ToString("R", CultureInfo.InvariantCulture)
            : magnitude.ToString("R", CultureInfo.InvariantCulture);
        int exponent = 0;
        int e = r.IndexOf('E', StringComparison.Ordinal);
        ReadOnlySpan<char> mantissa = r;
        if (e >= 0)
        {
            exponent = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = r.AsSpan(0, e);
        }

        var sb = new StringBuilder(mantissa.Length);
        int point = 0;
        bool seenDot = false;
        foreach (char c in mantissa)
        {
            if (c == '.')
            {
                seenDot = true;
                continue;
            }

            if (sb.Length == 0 && c == '0')
            {
                if (seenDot)
                {
                    point--;
                }

                continue;
            }

            sb.Append(c);
            if (!seenDot)
            {
                point++;
            }
        }

        string digits = sb.ToString().TrimEnd('0');
        return (digits, point + exponent);
    }
}
