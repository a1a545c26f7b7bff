using System;
using System.Collections.Generic;
using System.Text;

namespace MicroPython.Compiler;

public sealed partial class Lexer
{
    private const string InvalidSyntax = "invalid syntax";

    /// <summary>Message for <c>\N{...}</c>, which MicroPython does not support (it has no Unicode name table).</summary>
    internal const string UnicodeNameEscapes = "unicode name escapes";

    /// <summary>
    /// Scans a string literal whose prefix starts at <paramref name="start"/> and whose opening quote is at
    /// <paramref name="quotePos"/>. Str and bytes bodies are decoded here; an f-string keeps only the position of its
    /// body, which the parser splits into literal parts and replacement fields.
    /// </summary>
    private bool ScanString(int start, int quotePos, bool isRaw, bool isBytes, bool isFString)
    {
        int startLine = _line;
        int startColumn = start - _lineStart;
        char quote = _src[quotePos];
        bool triple = quotePos + 2 < _end && _src[quotePos + 1] == quote && _src[quotePos + 2] == quote;
        int bodyStart = quotePos + (triple ? 3 : 1);
        int bodyColumn = bodyStart - _lineStart;
        int bodyEnd;
        int p = bodyStart;
        while (true)
        {
            if (p >= _end)
            {
                return Fail(start, startLine, startColumn, InvalidSyntax);
            }

            char c = _src[p];
            if (c == '\\')
            {
                // Even in a raw string a backslash stops the next character from closing the literal.
                if (p + 1 < _end && _src[p + 1] == '\n')
                {
                    NewLine(p + 2);
                }

                p += 2;
            }
            else if (c == '\n')
            {
                if (!triple)
                {
                    return Fail(start, startLine, startColumn, InvalidSyntax);
                }

                p++;
                NewLine(p);
            }
            else if (c == quote && (!triple || (p + 2 < _end && _src[p + 1] == quote && _src[p + 2] == quote)))
            {
                bodyEnd = p;
                p += triple ? 3 : 1;
                break;
            }
            else
            {
                p++;
            }
        }

        _pos = p;
        StringLiteral literal;
        string? error;
        if (isFString)
        {
            literal = StringLiteral.ForFString(bodyStart, bodyEnd, startLine, bodyColumn, isRaw);
        }
        else if (isBytes)
        {
            byte[]? bytes = DecodeBytes(_src, bodyStart, bodyEnd, isRaw, out error);
            if (bytes is null)
            {
                return Fail(start, startLine, startColumn, error!);
            }

            literal = StringLiteral.ForBytes(bytes);
        }
        else
        {
            string? text = DecodeStr(_src, bodyStart, bodyEnd, isRaw, out error);
            if (text is null)
            {
                return Fail(start, startLine, startColumn, error!);
            }

            literal = StringLiteral.ForStr(text);
        }

        Push(new Token(TokenKind.String, startLine, startColumn, start, p, literal));
        return true;
    }

    /// <summary>Decodes the body of a str literal; null with <paramref name="error"/> set for a bad escape.</summary>
    internal static string? DecodeStr(string src, int start, int end, bool isRaw, out string? error)
    {
        error = null;
        if (isRaw || src.IndexOf('\\', start, end - start) < 0)
        {
            return src.Substring(start, end - start);
        }

        var sb = new StringBuilder(end - start);
        int i = start;
        while (i < end)
        {
            char c = src[i];
            if (c != '\\' || i + 1 >= end)
            {
                sb.Append(c);
                i++;
                continue;
            }

            char e = src[i + 1];
            i += 2;
            switch (e)
            {
                case '\n':
                    break;
                case '\\':
                case '\'':
                case '"':
                    sb.Append(e);
                    break;
                case 'a':
                    sb.Append('\a');
                    break;
                case 'b':
                    sb.Append('\b');
                    break;
                case 'f':
                    sb.Append('\f');
                    break;
                case 'n':
                    sb.Append('\n');
                    break;
                case 'r':
                    sb.Append('\r');
                    break;
                case 't':
                    sb.Append('\t');
                    break;
                case 'v':
                    sb.Append('\v');
                    break;
                case >= '0' and <= '7':
                    sb.Append((char)ReadOctal(src, ref i, end, e));
                    break;
                case 'x':
                case 'u':
                case 'U':
                {
                    int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (!TryReadHex(src, ref i, end, n, out int cp) || (uint)cp > 0x10FFFF)
                    {
                        error = InvalidSyntax;
                        return null;
                    }

                    if (cp <= 0xFFFF)
                    {
                        sb.Append((char)cp);
                    }
                    else
                    {
                        sb.Append(char.ConvertFromUtf32(cp));
                    }

                    break;
                }

                case 'N':
                    error = UnicodeNameEscapes;
                    return null;
                default:
                    // Unknown escapes are kept as written, backslash included.
                    sb.Append('\\').Append(e);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Decodes the body of a bytes literal. Only byte escapes exist (\u, \U and \N are kept literally); a non-ASCII
    /// character written in the literal is stored as its UTF-8 bytes, as MicroPython does.
    /// </summary>
    internal static byte[]? DecodeBytes(string src, int start, int end, bool isRaw, out string? error)
    {
        error = null;
        var bytes = new List<byte>(end - start);
        int i = start;
        while (i < end)
        {
            char c = src[i];
            if (c != '\\' || isRaw || i + 1 >= end)
            {
                AppendUtf8(bytes, src, ref i);
                continue;
            }

            char e = src[i + 1];
            i += 2;
            switch (e)
            {
                case '\n':
                    break;
                case '\\':
                case '\'':
                case '"':
                    bytes.Add((byte)e);
                    break;
                case 'a':
                    bytes.Add(7);
                    break;
                case 'b':
                    bytes.Add(8);
                    break;
                case 'f':
                    bytes.Add(12);
                    break;
                case 'n':
                    bytes.Add(10);
                    break;
                case 'r':
                    bytes.Add(13);
                    break;
                case 't':
                    bytes.Add(9);
                    break;
                case 'v':
                    bytes.Add(11);
                    break;
                case >= '0' and <= '7':
                    bytes.Add((byte)ReadOctal(src, ref i, end, e));
                    break;
                case 'x':
                    if (!TryReadHex(src, ref i, end, 2, out int b))
                    {
                        error = InvalidSyntax;
                        return null;
                    }

                    bytes.Add((byte)b);
                    break;
                default:
                    bytes.Add((byte)'\\');
                    i--;
                    break;
            }
        }

        return bytes.ToArray();
    }

    private static void AppendUtf8(List<byte> bytes, string src, ref int i)
    {
        char c = src[i];
        if (c < 0x80)
        {
            bytes.Add((byte)c);
            i++;
            return;
        }

        int length = char.IsHighSurrogate(c) && i + 1 < src.Length && char.IsLowSurrogate(src[i + 1]) ? 2 : 1;
        Span<byte> buffer = stackalloc byte[4];
        int written = Encoding.UTF8.GetBytes(src.AsSpan(i, length), buffer);
        for (int k = 0; k < written; k++)
        {
            bytes.Add(buffer[k]);
        }

        i += length;
    }

    /// <summary>Up to three octal digits, the first of which (<paramref name="first"/>) is already consumed.</summary>
    private static int ReadOctal(string src, ref int i, int end, char first)
    {
        int value = first - '0';
        for (int k = 0; k < 2 && i < end && src[i] >= '0' && src[i] <= '7'; k++)
        {
            value = (value * 8) + (src[i] - '0');
            i++;
        }

        return value;
    }

    /// <summary>Exactly <paramref name="count"/> hex digits.</summary>
    private static bool TryReadHex(string src, ref int i, int end, int count, out int value)
    {
        value = 0;
        if (end - i < count)
        {
            return false;
        }

        for (int k = 0; k < count; k++)
        {
            int d = DigitValue(src[i + k]);
            if (d >= 16)
            {
                return false;
            }

            value = (value << 4) | d;
        }

        i += count;
        return true;
    }
}
