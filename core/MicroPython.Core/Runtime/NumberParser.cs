using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using MicroPython.Objects;

namespace MicroPython.Runtime;

/// <summary>
/// Parsing of number text for <c>int()</c>, <c>float()</c> and <c>complex()</c> (MicroPython's parsenum.c): leading
/// and trailing ASCII whitespace, a sign, base prefixes, underscores ignored anywhere, and MicroPython's error texts.
/// Text is handled as bytes, as MicroPython does (a str is its UTF-8), which is what the quoted part of
/// <c>invalid syntax for integer with base 10: '…'</c> shows.
/// </summary>
public static class NumberParser
{
    private const string InvalidNumber = "invalid syntax for number";

    // ---- int ----------------------------------------------------------------------------------------------

    /// <summary>Parses a str as <c>int(text, base)</c> does; base 0 means "from the prefix" (0x, 0o, 0b, else 10).</summary>
    public static PyObject ParseInt(string text, int numberBase)
    {
        if (text.Length <= 256)
        {
            Span<byte> buffer = stackalloc byte[text.Length * 3];
            int n = Encoding.UTF8.GetBytes(text, buffer);
            return ParseInt(buffer.Slice(0, n), numberBase);
        }

        return ParseInt(Encoding.UTF8.GetBytes(text), numberBase);
    }

    /// <summary>Parses bytes (a bytes object, or a str's UTF-8) as <c>int(text, base)</c> does.</summary>
    public static PyObject ParseInt(ReadOnlySpan<byte> text, int numberBase)
    {
        if ((numberBase != 0 && numberBase < 2) || numberBase > 36)
        {
            throw Errors.ValueError("int() arg 2 must be >= 2 and <= 36");
        }

        int i = 0;
        int top = text.Length;
        while (i < top && IsSpace(text[i]))
        {
            i++;
        }

        bool negative = false;
        if (i < top && (text[i] == '+' || text[i] == '-'))
        {
            negative = text[i] == '-';
            i++;
        }

        i += ParseBasePrefix(text.Slice(i), ref numberBase);

        int digitsStart = i;
        ulong acc = 0;
        bool overflow = false;
        int digitCount = 0;
        for (; i < top; i++)
        {
            int c = text[i];
            int digit;
            if (c >= '0' && c <= '9')
            {
                digit = c - '0';
            }
            else if (c == '_')
            {
                continue; // MicroPython ignores underscores anywhere in the digits
            }
            else
            {
                c |= 0x20;
                if (c >= 'a' && c <= 'z')
                {
                    digit = c - 'a' + 10;
                }
                else
                {
                    break;
                }
            }

            if (digit >= numberBase)
            {
                break;
            }

            digitCount++;
            if (!overflow)
            {
                ulong next = (acc * (ulong)numberBase) + (ulong)digit;
                if (acc > (ulong.MaxValue - (ulong)digit) / (ulong)numberBase)
                {
                    overflow = true;
                }
                else
                {
                    acc = next;
                }
            }
        }

        int digitsEnd = i;
        bool ok = digitsEnd != digitsStart;
        while (i < top && IsSpace(text[i]))
        {
            i++;
        }

        if (!ok || i != top)
        {
            throw InvalidInteger(numberBase, text.Slice(digitsStart));
        }

        if (!overflow)
        {
            if (!negative)
            {
                return acc <= long.MaxValue ? IntObject.FromParsed((long)acc) : IntObject.FromParsed((BigInteger)acc);
            }

            if (acc <= (ulong)long.MaxValue + 1)
            {
                return IntObject.FromParsed((long)(0 - acc));
            }
        }

        var big = DigitsToBigInteger(text.Slice(digitsStart, digitsEnd - digitsStart), numberBase, digitCount);
        return IntObject.FromParsed(negative ? -big : big);
    }

    /// <summary>MicroPython's <c>mp_parse_num_base</c>: skips a 0x/0o/0b prefix allowed by the base and resolves base 0.</summary>
    private static int ParseBasePrefix(ReadOnlySpan<byte> s, ref int numberBase)
    {
        if (s.Length >= 2 && s[0] == '0')
        {
            int c = s[1] | 0x20;
            if ((numberBase == 0 || numberBase == 16) && c == 'x')
            {
                numberBase = 16;
                return 2;
            }

            if ((numberBase == 0 || numberBase == 8) && c == 'o')
            {
                numberBase = 8;
                return 2;
            }

            if ((numberBase == 0 || numberBase == 2) && c == 'b')
            {
                numberBase = 2;
                return 2;
            }
        }

        if (numberBase == 0)
        {
            numberBase = 10;
        }

        return 0;
    }

    /// <summary>Converts validated digits (underscores allowed) to a BigInteger; base 10 and 16 use the fast .NET parsers.</summary>
    private static BigInteger DigitsToBigInteger(ReadOnlySpan<byte> digits, int numberBase, int digitCount)
    {
        var clean = new char[digitCount + 1];
        int n = 0;
        if (numberBase == 16)
        {
            clean[n++] = '0'; // keeps the hex parser from reading a leading 8-f as a sign bit
        }

        foreach (byte b in digits)
        {
            if (b != '_')
            {
                clean[n++] = (char)b;
            }
        }

        var span = clean.AsSpan(0, n);
        if (numberBase == 10)
        {
            return BigInteger.Parse(span, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        if (numberBase == 16)
        {
            return BigInteger.Parse(span, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        }

        // Other bases: accumulate chunks that fit a ulong, then combine (one big multiply per chunk).
        int perChunk = 1;
        ulong chunkScale = (ulong)numberBase;
        while (chunkScale <= ulong.MaxValue / (ulong)numberBase / (ulong)numberBase)
        {
            chunkScale *= (ulong)numberBase;
            perChunk++;
        }

        BigInteger result = BigInteger.Zero;
        int pos = 0;
        while (pos < span.Length)
        {
            int take = Math.Min(perChunk, span.Length - pos);
            ulong chunk = 0;
            ulong scale = 1;
            for (int k = 0; k < take; k++)
            {
                chunk = (chunk * (ulong)numberBase) + (ulong)DigitValue(span[pos + k]);
                scale *= (ulong)numberBase;
            }

            result = (result * scale) + chunk;
            pos += take;
        }

        return result;
    }

    private static int DigitValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    /// <summary><c>ValueError: invalid syntax for integer with base 10: 'x'</c> (the quoted part as MicroPython prints bytes).</summary>
    private static PyException InvalidInteger(int numberBase, ReadOnlySpan<byte> rest)
    {
        var sb = new StringBuilder("invalid syntax for integer with base ");
        sb.Append(numberBase.ToString(CultureInfo.InvariantCulture)).Append(": ");
        AppendQuotedBytes(sb, rest);
        return Errors.ValueError(sb.ToString());
    }

    /// <summary>MicroPython's <c>mp_str_print_quoted</c> for bytes: quote choice like repr, \xNN for control and non-ASCII bytes.</summary>
    private static void AppendQuotedBytes(StringBuilder sb, ReadOnlySpan<byte> data)
    {
        bool hasSingle = data.IndexOf((byte)'\'') >= 0;
        bool hasDouble = data.IndexOf((byte)'"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        sb.Append(quote);
        foreach (byte b in data)
        {
            if (b == quote)
            {
                sb.Append('\\').Append(quote);
            }
            else if (b == '\\')
            {
                sb.Append("\\\\");
            }
            else if (b >= 0x20 && b < 0x7f)
            {
                sb.Append((char)b);
            }
            else if (b == '\n')
            {
                sb.Append("\\n");
            }
            else if (b == '\r')
            {
                sb.Append("\\r");
            }
            else if (b == '\t')
            {
                sb.Append("\\t");
            }
            else
            {
                sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }
        }

        sb.Append(quote);
    }

    private static bool IsSpace(int c) => c == ' ' || (c >= '\t' && c <= '\r');

    // ---- float and complex -------------------------------------------------------------------------------

    /// <summary>Parses <c>float(text)</c>: decimal or exponent notation, <c>inf</c>/<c>infinity</c>/<c>nan</c> (any case).</summary>
    public static double ParseFloat(string text) => ParseFloat(text.AsSpan());

    /// <inheritdoc cref="ParseFloat(string)"/>
    public static double ParseFloat(ReadOnlySpan<char> text)
    {
        if (!TryParseFloat(text, out double value))
        {
            throw Errors.ValueError(InvalidNumber);
        }

        return value;
    }

    /// <summary>Parses the bytes of a bytes-like object as <c>float(b)</c> does.</summary>
    public static double ParseFloat(ReadOnlySpan<byte> text)
    {
        var chars = new char[text.Length];
        for (int k = 0; k < text.Length; k++)
        {
            chars[k] = (char)text[k];
        }

        return ParseFloat(chars);
    }

    /// <summary>Like <see cref="ParseFloat(ReadOnlySpan{char})"/> but returns false instead of raising.</summary>
    public static bool TryParseFloat(ReadOnlySpan<char> text, out double value)
    {
        int i = SkipSpace(text, 0);
        if (!TryParseReal(text, ref i, allowImaginary: false, out value, out _))
        {
            return false;
        }

        return SkipSpace(text, i) == text.Length;
    }

    /// <summary>Parses <c>complex(text)</c>: <c>1</c>, <c>2j</c>, <c>1+2j</c>, <c>-j</c>, <c>(1-2j)</c>, and MicroPython's <c>1 1j</c>.</summary>
    public static (double Real, double Imag) ParseComplex(ReadOnlySpan<char> text)
    {
        int i = SkipSpace(text, 0);
        int end = text.Length;
        while (end > i && IsSpace(text[end - 1]))
        {
            end--;
        }

        if (end - i >= 2 && text[i] == '(' && text[end - 1] == ')')
        {
            text = text.Slice(0, end - 1);
            i = SkipSpace(text, i + 1);
        }
        else
        {
            text = text.Slice(0, end);
        }

        if (!TryParseReal(text, ref i, allowImaginary: true, out double first, out bool firstImaginary))
        {
            throw Errors.ValueError(InvalidNumber);
        }

        i = SkipSpace(text, i);
        if (i == text.Length)
        {
            return firstImaginary ? (0.0, first) : (first, 0.0);
        }

        if (firstImaginary || !TryParseReal(text, ref i, allowImaginary: true, out double second, out bool secondImaginary)
            || !secondImaginary || SkipSpace(text, i) != text.Length)
        {
            throw Errors.ValueError(InvalidNumber);
        }

        return (first, second);
    }

    private static int SkipSpace(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Parses a signed real number at <paramref name="i"/> (no surrounding space), optionally followed by <c>j</c>.
    /// The digits are validated here and converted by .NET's correctly rounded parser, as CPython's are.
    /// </summary>
    private static bool TryParseReal(ReadOnlySpan<char> text, ref int i, bool allowImaginary, out double value, out bool imaginary)
    {
        value = 0;
        imaginary = false;
        int top = text.Length;
        bool negative = false;
        if (i < top && (text[i] == '+' || text[i] == '-'))
        {
            negative = text[i] == '-';
            i++;
        }

        if (MatchWord(text, i, "inf"))
        {
            i += MatchWord(text, i, "infinity") ? 8 : 3;
            value = double.PositiveInfinity;
        }
        else if (MatchWord(text, i, "nan"))
        {
            i += 3;
            value = double.NaN;
        }
        else
        {
            var sb = new StringBuilder(top - i + 2);
            int mantissaDigits = 0;
            bool seenDot = false;
            bool seenExp = false;
            int expDigits = 0;
            while (i < top)
            {
                char c = text[i];
                if (c >= '0' && c <= '9')
                {
                    sb.Append(c);
                    if (seenExp)
                    {
                        expDigits++;
                    }
                    else
                    {
                        mantissaDigits++;
                    }
                }
                else if (c == '_')
                {
                    // ignored, as in int()
                }
                else if (c == '.' && !seenDot && !seenExp)
                {
                    seenDot = true;
                    sb.Append('.');
                }
                else if ((c == 'e' || c == 'E') && !seenExp && mantissaDigits > 0)
                {
                    seenExp = true;
                    sb.Append('e');
                    if (i + 1 < top && (text[i + 1] == '+' || text[i + 1] == '-'))
                    {
                        i++;
                        sb.Append(text[i]);
                    }
                }
                else
                {
                    break;
                }

                i++;
            }

            if (mantissaDigits == 0 || (seenExp && expDigits == 0))
            {
                if (!(allowImaginary && mantissaDigits == 0 && !seenDot && !seenExp && i < top && (text[i] | 0x20) == 'j'))
                {
                    return false;
                }

                value = 1; // a bare "j" means 1j
            }
            else
            {
                value = double.Parse(sb.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }

        if (allowImaginary && i < top && (text[i] | 0x20) == 'j')
        {
            imaginary = true;
            i++;
        }

        if (negative)
        {
            value = -value;
        }

        return true;
    }

    private static bool MatchWord(ReadOnlySpan<char> text, int i, string word) =>
        text.Length - i >= word.Length && text.Slice(i, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
}
