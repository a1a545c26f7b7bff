using System;
using System.Globalization;
using System.Numerics;
using MicroPython.Compiler.Ast;

namespace MicroPython.Compiler;

public sealed partial class Lexer
{
    /// <summary>
    /// Scans a number the way MicroPython does: greedily, taking every following letter, digit, dot and underscore
    /// (plus a sign right after an exponent 'e'). So <c>1if</c> is one bad token rather than <c>1</c> <c>if</c>, and
    /// underscores are simply ignored (<c>1__0</c> is 10).
    /// </summary>
    private void ScanNumber()
    {
        int start = _pos;
        char first = _src[start];
        bool forcedInteger = first == '0' && start + 1 < _end && ((_src[start + 1] | 0x20) is 'x' or 'o' or 'b');
        bool isFloat = first == '.';
        bool hasUnderscore = false;
        int p = start + 1;
        while (p < _end)
        {
            char c = _src[p];
            if (!forcedInteger && (c == 'e' || c == 'E'))
            {
                isFloat = true;
                p++;
                if (p < _end && (_src[p] == '+' || _src[p] == '-'))
                {
                    p++;
                }
            }
            else if (IsAsciiLetter(c) || IsDigit(c) || c == '.')
            {
                if (c == '.' || c == 'j' || c == 'J')
                {
                    isFloat = true;
                }

                p++;
            }
            else if (c == '_')
            {
                hasUnderscore = true;
                p++;
            }
            else
            {
                break;
            }
        }

        _pos = p;
        string text = hasUnderscore ? _src.Substring(start, p - start).Replace("_", "", StringComparison.Ordinal) : _src.Substring(start, p - start);
        NumberLiteral value = isFloat ? ParseFloatLiteral(text) : ParseIntLiteral(text);
        Add(TokenKind.Number, start, p, value);
    }

    /// <summary>Parses an integer literal (underscores already removed), with an optional 0x/0o/0b prefix.</summary>
    internal static NumberLiteral ParseIntLiteral(string text)
    {
        int numberBase = 10;
        int digitsStart = 0;
        if (text.Length >= 2 && text[0] == '0')
        {
            switch (text[1] | 0x20)
            {
                case 'x':
                    numberBase = 16;
                    digitsStart = 2;
                    break;
                case 'o':
                    numberBase = 8;
                    digitsStart = 2;
                    break;
                case 'b':
                    numberBase = 2;
                    digitsStart = 2;
                    break;
            }
        }

        ReadOnlySpan<char> digits = text.AsSpan(digitsStart);
        if (digits.Length == 0)
        {
            return BadInteger(numberBase, digits);
        }

        foreach (char c in digits)
        {
            if (DigitValue(c) >= numberBase)
            {
                return BadInteger(numberBase, digits);
            }
        }

        if (numberBase == 10 && digits.Length > 1 && digits[0] == '0' && digits.ContainsAnyExcept('0'))
        {
            // Python 3 has no implicit octal: 0777 is rejected rather than read as 777 or 511.
            return NumberLiteral.Invalid("invalid syntax for number");
        }

        ulong acc = 0;
        int bitsPerDigit = numberBase == 16 ? 4 : numberBase == 8 ? 3 : numberBase == 2 ? 1 : 0;
        bool overflow = false;
        foreach (char c in digits)
        {
            ulong d = (ulong)DigitValue(c);
            if (bitsPerDigit > 0)
            {
                if (acc >> (63 - bitsPerDigit) != 0)
                {
                    overflow = true;
                    break;
                }

                acc = (acc << bitsPerDigit) | d;
            }
            else
            {
                if (acc > (long.MaxValue - d) / 10)
                {
                    overflow = true;
                    break;
                }

                acc = (acc * 10) + d;
            }
        }

        if (!overflow && acc <= long.MaxValue)
        {
            return new NumberLiteral(ConstantKind.Int, (long)acc);
        }

        BigInteger big = BigInteger.Zero;
        foreach (char c in digits)
        {
            big = (big * numberBase) + DigitValue(c);
        }

        return new NumberLiteral(ConstantKind.BigInt, big);
    }

    private static NumberLiteral BadInteger(int numberBase, ReadOnlySpan<char> digits) =>
        NumberLiteral.Invalid("invalid syntax for integer with base " + numberBase.ToString(CultureInfo.InvariantCulture) + ": '" + digits.ToString() + "'");

    /// <summary>Parses a float or imaginary literal (underscores already removed): digits, '.', exponent, 'j'.</summary>
    internal static NumberLiteral ParseFloatLiteral(string text)
    {
        bool imaginary = text.Length > 0 && (text[^1] | 0x20) == 'j';
        ReadOnlySpan<char> body = imaginary ? text.AsSpan(0, text.Length - 1) : text.AsSpan();
        if (!IsValidFloatSyntax(body))
        {
            return NumberLiteral.Invalid("invalid syntax for number");
        }

        double value = double.Parse(body, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        return new NumberLiteral(imaginary ? ConstantKind.Imaginary : ConstantKind.Float, value);
    }

    /// <summary>digits [ '.' digits ] [ ('e'|'E') ['+'|'-'] digits ] with at least one mantissa digit.</summary>
    private static bool IsValidFloatSyntax(ReadOnlySpan<char> s)
    {
        int i = 0;
        int mantissaDigits = 0;
        while (i < s.Length && IsDigit(s[i]))
        {
            i++;
            mantissaDigits++;
        }

        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && IsDigit(s[i]))
            {
                i++;
                mantissaDigits++;
            }
        }

        if (mantissaDigits == 0)
        {
            return false;
        }

        if (i < s.Length && (s[i] | 0x20) == 'e')
        {
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-'))
            {
                i++;
            }

            int expDigits = 0;
            while (i < s.Length && IsDigit(s[i]))
            {
                i++;
                expDigits++;
            }

            if (expDigits == 0)
            {
                return false;
            }
        }

        return i == s.Length;
    }

    /// <summary>Value of a digit in bases up to 36; 99 for anything else.</summary>
    private static int DigitValue(char c)
    {
        if (IsDigit(c))
        {
            return c - '0';
        }

        int lower = c | 0x20;
        return lower >= 'a' && lower <= 'z' ? lower - 'a' + 10 : 99;
    }
}
