using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using MicroPython.Objects;

namespace MicroPython.Runtime;

/// <summary>
/// The format-specification mini-language (<c>[[fill]align][sign][#][0][width][,|_][.precision][type]</c>) used by
/// <c>format()</c>, <c>str.format</c> and f-strings, for str, int (small and big) and float, with MicroPython's error
/// texts. Other objects format as their <c>str()</c> with an empty spec and raise <c>TypeError</c> otherwise; a user
/// class's own <c>__format__</c> is honoured, as in CPython (MicroPython ignores it).
/// </summary>
public static class FormatSpec
{
    private static readonly StrObject s_dunderFormat = StrObject.Intern("__format__");

    /// <summary>A parsed format specification. Chars are <c>'\0'</c> when absent; numbers are -1 when absent.</summary>
    public struct Spec
    {
        /// <summary>The fill as a code point (it may lie outside the BMP), 0 when absent.</summary>
        public int Fill;
        public char Align;
        public char Sign;
        public bool Alt;
        public bool ZeroPad;
        public int Width;
        public char Grouping;
        public int Precision;
        public char Type;

        /// <summary>The fill character in effect (space unless given).</summary>
        public readonly int FillOrSpace => Fill == 0 ? ' ' : Fill;

        /// <summary>The fill for numbers and strings: an explicit fill, else '0' with the <c>0</c> flag, else space.</summary>
        public readonly int NumberFill => Fill != 0 ? Fill : ZeroPad ? '0' : ' ';
    }

    /// <summary>Parses <paramref name="spec"/>; <c>ValueError: invalid format specifier</c> on malformed text.</summary>
    public static Spec Parse(ReadOnlySpan<char> spec)
    {
        var s = new Spec { Width = -1, Precision = -1 };
        int i = 0;
        int n = spec.Length;
        int fillWidth = n >= 2 && char.IsSurrogatePair(spec[0], spec[1]) ? 2 : 1;
        if (n > fillWidth && IsAlign(spec[fillWidth]))
        {
            s.Fill = fillWidth == 2 ? char.ConvertToUtf32(spec[0], spec[1]) : spec[0];
            s.Align = spec[fillWidth];
            i = fillWidth + 1;
        }
        else if (n >= 1 && IsAlign(spec[0]))
        {
            s.Align = spec[0];
            i = 1;
        }

        if (i < n && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' '))
        {
            s.Sign = spec[i++];
        }

        if (i < n && spec[i] == '#')
        {
            s.Alt = true;
            i++;
        }

        if (i < n && spec[i] == '0')
        {
            s.ZeroPad = true;
            i++;
        }

        if (i < n && char.IsAsciiDigit(spec[i]))
        {
            s.Width = ParseNumber(spec, ref i);
        }

        if (i < n && (spec[i] == ',' || spec[i] == '_'))
        {
            s.Grouping = spec[i++];
        }

        if (i < n && spec[i] == '.')
        {
            i++;
            if (i >= n || !char.IsAsciiDigit(spec[i]))
            {
                throw InvalidSpecifier();
            }

            s.Precision = ParseNumber(spec, ref i);
        }

        // Only known presentation letters are taken as the type; anything else is left over and makes the whole
        // spec invalid (MicroPython: format(1.5, '10.2q') is "invalid format specifier", not "unknown format code").
        if (i < n && "bcdeEfFgGnosxX%".Contains(spec[i]))
        {
            s.Type = spec[i++];
        }

        if (i < n)
        {
            throw InvalidSpecifier();
        }

        return s;
    }

    private static bool IsAlign(char c) => c == '<' || c == '>' || c == '=' || c == '^';

    private static int ParseNumber(ReadOnlySpan<char> spec, ref int i)
    {
        long v = 0;
        while (i < spec.Length && char.IsAsciiDigit(spec[i]))
        {
            v = (v * 10) + (spec[i++] - '0');
            if (v > int.MaxValue)
            {
                throw Errors.ValueError("Too many decimal digits in format string");
            }
        }

        return (int)v;
    }

    private static PyException CannotGroup(char grouping, char type) => Ops.FormatStringError($"Cannot specify '{grouping}' with '{type}'.");

    private static PyException InvalidSpecifier() => Ops.FormatStringError("invalid format specifier");

    private static PyException UnknownCode(char type, PyObject value) =>
        Ops.FormatStringError($"unknown format code '{type}' for object of type '{value.Type.Name}'");

    /// <summary>Appends <c>format(value, spec)</c> to <paramref name="sb"/>.</summary>
    public static void FormatTo(StringBuilder sb, PyObject value, ReadOnlySpan<char> spec)
    {
        if (value is InstanceObject && value.Type.LookupUserSpecial(s_dunderFormat) is { } userFormat)
        {
            var r = Ops.CallFunction(userFormat, value, StrObject.Create(spec.ToString()));
            sb.Append(Ops.AsStr(r)?.Value ?? throw Errors.TypeError("__format__ must return a str"));
            return;
        }

        if (spec.IsEmpty)
        {
            Ops.PrintTo(sb, value, false);
            return;
        }

        var native = value.NativeSelf;
        var s = Parse(spec);
        if (native is IntObject i)
        {
            FormatInt(sb, value, default, i.Value, true, s);
        }
        else if (native is BigIntObject b)
        {
            FormatInt(sb, value, b.Value, 0, false, s);
        }
        else if (FloatText.TryGetDouble(native, out double d))
        {
            FormatFloat(sb, value, d, s);
        }
        else if (native is StrObject str)
        {
            FormatString(sb, value, str.Value, s);
        }
        else
        {
            // Only str and numbers understand a non-empty spec: MicroPython reads the argument as str data
            // (TypeError for anything else), CPython's object.__format__ rejects it too.
            throw Ops.CantConvertImplicitly(value);
        }
    }

    // ---- strings ------------------------------------------------------------------------------------------

    private static void FormatString(StringBuilder sb, PyObject value, string text, in Spec s)
    {
        if (s.Type != '\0' && s.Type != 's')
        {
            throw UnknownCode(s.Type, value);
        }

        if (s.Sign != '\0')
        {
            throw Ops.FormatStringError("sign not allowed in string format specifier");
        }

        if (s.Align == '=')
        {
            throw Ops.FormatStringError("'=' alignment not allowed in string format specifier");
        }

        if (s.Alt)
        {
            throw Ops.FormatStringError("Alternate form (#) not allowed in string format specifier");
        }

        if (s.Grouping != '\0')
        {
            throw CannotGroup(s.Grouping, 's');
        }

        ReadOnlySpan<char> body = text;
        int len = StrObject.CountCodePoints(body);
        if (s.Precision >= 0 && s.Precision < len)
        {
            body = body.Slice(0, CharIndexOfCodePoint(body, s.Precision));
            len = s.Precision;
        }

        Pad(sb, body, len, s.NumberFill, s.Align == '\0' ? '<' : s.Align, s.Width);
    }

    /// <summary>The UTF-16 index where code point <paramref name="cp"/> starts in <paramref name="s"/>.</summary>
    internal static int CharIndexOfCodePoint(ReadOnlySpan<char> s, int cp)
    {
        int i = 0;
        while (cp > 0 && i < s.Length)
        {
            StrObject.CodePointAt(s, i, out int w);
            i += w;
            cp--;
        }

        return i;
    }

    /// <summary>Appends <paramref name="body"/> (<paramref name="len"/> code points) aligned in <paramref name="width"/>.</summary>
    internal static void Pad(StringBuilder sb, ReadOnlySpan<char> body, int len, int fill, char align, int width)
    {
        int pad = width - len;
        if (pad <= 0)
        {
            sb.Append(body);
            return;
        }

        switch (align)
        {
            case '<':
                AppendFill(sb.Append(body), fill, pad);
                break;
            case '^':
                AppendFill(sb, fill, pad / 2).Append(body);
                AppendFill(sb, fill, pad - (pad / 2));
                break;
            default:
                AppendFill(sb, fill, pad).Append(body);
                break;
        }
    }

    /// <summary>Appends <paramref name="count"/> copies of the fill code point (two UTF-16 units outside the BMP).</summary>
    private static StringBuilder AppendFill(StringBuilder sb, int fill, int count)
    {
        if (fill < 0x10000)
        {
            return sb.Append((char)fill, count);
        }

        string pair = char.ConvertFromUtf32(fill);
        for (int i = 0; i < count; i++)
        {
            sb.Append(pair);
        }

        return sb;
    }

    // ---- integers -----------------------------------------------------------------------------------------

    /// <summary>Formats an int (<paramref name="isSmall"/>: the value fits <paramref name="small"/>; else use <paramref name="big"/>).</summary>
    private static void FormatInt(StringBuilder sb, PyObject value, BigInteger big, long small, bool isSmall, in Spec s)
    {
        char type = s.Type;
        switch (type)
        {
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G':
            case '%':
                FormatFloat(sb, value, isSmall ? small : FloatObject.BigToDouble(big), s);
                return;
            case 'c':
            {
                if (s.Sign != '\0')
                {
                    throw Ops.FormatStringError("sign not allowed with integer format specifier 'c'");
                }

                if (s.Precision >= 0)
                {
                    throw Errors.ValueError("Precision not allowed in integer format specifier");
                }

                if (s.Alt)
                {
                    throw Errors.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
                }

                if (s.Grouping != '\0')
                {
                    throw CannotGroup(s.Grouping, 'c');
                }

                long cp = isSmall ? small : -1;
                if (cp < 0 || cp > 0x10FFFF)
                {
                    throw Errors.OverflowError("%c arg not in range(0x110000)");
                }

                string ch = cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32((int)cp);
                Pad(sb, ch, 1, s.NumberFill, s.Align == '\0' ? '>' : s.Align, s.Width);
                return;
            }

            case '\0':
            case 'd':
            case 'n':
            case 'b':
            case 'o':
            case 'x':
            case 'X':
                break;
            default:
                throw UnknownCode(type, value);
        }

        if (s.Precision >= 0)
        {
            throw Errors.ValueError("Precision not allowed in integer format specifier");
        }

        if (type == 'n' && s.Grouping != '\0')
        {
            throw CannotGroup(s.Grouping, 'n');
        }

        int radix = type switch
        {
            'b' => 2,
            'o' => 8,
            'x' or 'X' => 16,
            _ => 10,
        };
        bool negative = isSmall ? small < 0 : big.Sign < 0;
        Span<char> buf = stackalloc char[MaxLongDigits];
        scoped ReadOnlySpan<char> digits;
        if (isSmall)
        {
            digits = FormatRadix(small, radix, type == 'X', buf);
        }
        else
        {
            digits = FormatRadix(big, radix, type == 'X');
        }

        string prefix = !s.Alt ? string.Empty : type switch
        {
            'b' => "0b",
            'o' => "0o",
            'x' => "0x",
            'X' => "0X",
            _ => string.Empty,
        };

        AppendNumber(sb, SignText(negative, s.Sign), prefix, digits, ReadOnlySpan<char>.Empty, s, radix == 10 ? 3 : 4);
    }

    private static string SignText(bool negative, char sign) => negative ? "-" : sign switch
    {
        '+' => "+",
        ' ' => " ",
        _ => string.Empty,
    };

    /// <summary>Room for the digits of any machine word in any supported radix (64 binary digits).</summary>
    internal const int MaxLongDigits = 64;

    /// <summary>Digits of |<paramref name="v"/>| in <paramref name="radix"/> (2, 8, 10 or 16).</summary>
    public static string FormatRadix(long v, int radix, bool upper = false)
    {
        Span<char> buf = stackalloc char[MaxLongDigits];
        return new string(FormatRadix(v, radix, upper, buf));
    }

    /// <summary>Writes the digits of |<paramref name="v"/>| into <paramref name="buf"/> (≥ 64 chars) and returns them.</summary>
    public static ReadOnlySpan<char> FormatRadix(long v, int radix, bool upper, Span<char> buf)
    {
        ulong u = v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v;
        if (radix == 10)
        {
            u.TryFormat(buf, out int written, default, CultureInfo.InvariantCulture);
            return buf.Slice(0, written);
        }

        int pos = buf.Length;
        string digitChars = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        int shift = radix == 2 ? 1 : radix == 8 ? 3 : 4;
        ulong mask = (ulong)radix - 1;
        do
        {
            buf[--pos] = digitChars[(int)(u & mask)];
            u >>= shift;
        }
        while (u != 0);
        return buf.Slice(pos);
    }

    /// <summary>Digits of |<paramref name="v"/>| in <paramref name="radix"/> (2, 8, 10 or 16) for big ints.</summary>
    public static string FormatRadix(BigInteger v, int radix, bool upper = false)
    {
        var a = BigInteger.Abs(v);
        if (radix == 10)
        {
            return a.ToString(CultureInfo.InvariantCulture);
        }

        // Power-of-two radix: read the bits from the big-endian magnitude, most significant digit first.
        byte[] bytes = a.ToByteArray(isUnsigned: true, isBigEndian: true);
        int shift = radix == 2 ? 1 : radix == 8 ? 3 : 4;
        long totalBits = (long)bytes.Length * 8;
        int nDigits = (int)((totalBits + shift - 1) / shift);
        string digitChars = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        var sb = new StringBuilder(nDigits);
        for (int d = nDigits - 1; d >= 0; d--)
        {
            int val = 0;
            for (int k = shift - 1; k >= 0; k--)
            {
                long bit = ((long)d * shift) + k;
                if (bit < totalBits)
                {
                    int byteIndex = bytes.Length - 1 - (int)(bit >> 3);
                    val = (val << 1) | ((bytes[byteIndex] >> (int)(bit & 7)) & 1);
                }
                else
                {
                    val <<= 1;
                }
            }

            if (val != 0 || sb.Length > 0)
            {
                sb.Append(digitChars[val]);
            }
        }

        return sb.Length == 0 ? "0" : sb.ToString();
    }

    /// <summary>
    /// Appends sign + prefix + integer digits (grouped when asked) + <paramref name="rest"/> (fraction/exponent),
    /// padded per <paramref name="s"/>. The <c>0</c> flag pads with zeros after the sign (the zeros are grouped too,
    /// as in CPython).
    /// </summary>
    internal static void AppendNumber(StringBuilder sb, string sign, string prefix, ReadOnlySpan<char> intDigits, ReadOnlySpan<char> rest, in Spec s, int groupSize)
    {
        // CPython: the 0 flag supplies the fill (unless one is given) and '=' alignment (unless one is given);
        // zero fill with '=' alignment extends the digits themselves, so grouping covers the zeros too.
        int fill = s.NumberFill;
        char align = s.Align != '\0' ? s.Align : s.ZeroPad ? '=' : '>';
        int fixedLen = sign.Length + prefix.Length + rest.Length;

        if (s.Grouping != '\0')
        {
            int minDigits = fill == '0' && align == '=' ? s.Width - fixedLen : 0;
            intDigits = Group(intDigits, groupSize, s.Grouping, minDigits);
        }

        int len = fixedLen + intDigits.Length;
        int pad = s.Width - len;
        if (pad <= 0)
        {
            sb.Append(sign).Append(prefix).Append(intDigits).Append(rest);
            return;
        }

        switch (align)
        {
            case '<':
                AppendFill(sb.Append(sign).Append(prefix).Append(intDigits).Append(rest), fill, pad);
                break;
            case '^':
                AppendFill(sb, fill, pad / 2).Append(sign).Append(prefix).Append(intDigits).Append(rest);
                AppendFill(sb, fill, pad - (pad / 2));
                break;
            case '=':
                AppendFill(sb.Append(sign).Append(prefix), fill, pad).Append(intDigits).Append(rest);
                break;
            default:
                AppendFill(sb, fill, pad).Append(sign).Append(prefix).Append(intDigits).Append(rest);
                break;
        }
    }

    /// <summary>Inserts <paramref name="sep"/> every <paramref name="size"/> digits from the right, zero-extending to <paramref name="minWidth"/> characters.</summary>
    private static string Group(ReadOnlySpan<char> digits, int size, char sep, int minWidth)
    {
        var sb = new StringBuilder(digits.Length + (digits.Length / size) + 4);
        int count = 0;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            if (count > 0 && count % size == 0)
            {
                sb.Append(sep);
            }

            sb.Append(digits[i]);
            count++;
        }

        // Zero padding from the `0` flag continues the digit groups (CPython: format(1234, '010,') == '00,001,234').
        while (sb.Length < minWidth)
        {
            if (count % size == 0)
            {
                sb.Append(sep);
                if (sb.Length >= minWidth)
                {
                    sb.Append('0');
                    count++;
                    break;
                }
            }

            sb.Append('0');
            count++;
        }

        var arr = new char[sb.Length];
        for (int i = 0; i < arr.Length; i++)
        {
            arr[i] = sb[arr.Length - 1 - i];
        }

        return new string(arr);
    }

    // ---- floats -------------------------------------------------------------------------------------------

    private static void FormatFloat(StringBuilder sb, PyObject value, double d, in Spec s)
    {
        char type = s.Type;
        switch (type)
        {
            case '\0':
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G':
            case 'n':
            case '%':
                break;
            default:
                throw UnknownCode(type, value);
        }

        if (type == 'n' && s.Grouping != '\0')
        {
            throw CannotGroup(s.Grouping, 'n');
        }

        bool negative = double.IsNegative(d) && !double.IsNaN(d);
        string text = FloatText.Format(Math.Abs(d), type == 'n' ? 'g' : type, s.Precision, s.Alt);
        if (!double.IsFinite(d) && s.Grouping != '\0')
        {
            // inf/nan have no digits to group; zero padding still applies (CPython: '000000000inf').
            var plain = s;
            plain.Grouping = '\0';
            AppendNumber(sb, SignText(negative, s.Sign), string.Empty, ReadOnlySpan<char>.Empty, text, plain, 3);
            return;
        }

        // Split into the integer digits (grouped, zero-padded) and the rest (fraction, exponent, '%').
        int intEnd = 0;
        while (intEnd < text.Length && char.IsAsciiDigit(text[intEnd]))
        {
            intEnd++;
        }

        AppendNumber(sb, SignText(negative, s.Sign), string.Empty, text.AsSpan(0, intEnd), text.AsSpan(intEnd), s, 3);
    }
}

/// <summary>
/// Float access and text for the formatting engines. The digits come from <see cref="FloatObject.FormatFloat"/>
/// (MicroPython's rounding and precision rules); signs, padding and grouping are applied by the callers.
/// </summary>
internal static class FloatText
{
    /// <summary>Gets the value of a float object.</summary>
    public static bool TryGetDouble(PyObject o, out double d)
    {
        if (o is FloatObject f)
        {
            d = f.Value;
            return true;
        }

        d = 0;
        return false;
    }

    /// <summary>Converts an int, float (or object with <c>__float__</c>) argument to a double; false for other objects.</summary>
    public static bool TryToDouble(PyObject o, out double d) => Ops.TryToDouble(o, out d);

    /// <summary>
    /// Formats non-negative <paramref name="a"/> for <paramref name="type"/> (<c>e E f F g G %</c>, or <c>'\0'</c>:
    /// repr when <paramref name="precision"/> &lt; 0, else 'g' keeping a fractional digit).
    /// </summary>
    public static string Format(double a, char type, int precision, bool alt)
    {
        string s = FloatObject.FormatFloat(a, type, precision, alt);

        // The '#' form always shows a decimal point (CPython: format(7.0, '#.1g') == '7.'); make sure the general
        // and no-type forms have one even when they print no fraction digits.
        if (alt && double.IsFinite(a) && (type is 'g' or 'G' or '\0') && s.AsSpan().IndexOfAny('.', 'e', 'E') < 0)
        {
            s = s.EndsWith('%') ? string.Concat(s.AsSpan(0, s.Length - 1), ".%") : s + ".";
        }

        return s;
    }
}
