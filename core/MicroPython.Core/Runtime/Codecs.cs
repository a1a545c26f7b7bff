using System;
using System.Text;
using MicroPython.Objects;

namespace MicroPython.Runtime;

/// <summary>
/// Text encodings as MicroPython has them (cpython-differences.md §2): only <c>'utf-8'</c>, <c>'utf8'</c> and
/// <c>'ascii'</c>, spelled exactly; anything else is <c>LookupError: unknown encoding: X</c>. Invalid input raises
/// <c>UnicodeError</c> with no message. Encoding ignores <c>errors=</c>; decoding honours <c>'ignore'</c> and
/// <c>'replace'</c> (U+FFFD).
/// </summary>
public static class Codecs
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding s_ignoreUtf8 = Encoding.GetEncoding("utf-8", EncoderFallback.ExceptionFallback, new DecoderReplacementFallback(string.Empty));
    private static readonly Encoding s_replaceUtf8 = Encoding.GetEncoding("utf-8", EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFD"));

    private enum Kind
    {
        Utf8,
        Ascii,
    }

    private static Kind Lookup(string encoding) => encoding switch
    {
        "utf-8" or "utf8" => Kind.Utf8,
        "ascii" => Kind.Ascii,
        _ => throw Errors.Make(ExceptionTypes.LookupError, Ops.ReportingLevel <= ErrorReportingLevel.Terse ? null : $"unknown encoding: {encoding}"),
    };

    /// <summary><c>UnicodeError</c> with no arguments, as MicroPython raises it.</summary>
    public static PyException UnicodeError() => Errors.Make(ExceptionTypes.UnicodeError, (string?)null);

    /// <summary><c>str.encode(encoding)</c> / <c>bytes(str, encoding)</c>.</summary>
    public static byte[] Encode(string s, string encoding)
    {
        var kind = Lookup(encoding);
        if (kind == Kind.Ascii && !Ascii.IsValid(s))
        {
            throw UnicodeError();
        }

        return Encoding.UTF8.GetBytes(s);
    }

    /// <summary><c>bytes.decode(encoding, errors)</c> / <c>str(bytes, encoding, errors)</c>.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string encoding, string? errors)
    {
        var kind = Lookup(encoding);
        bool ignore = errors == "ignore";
        bool replace = errors == "replace";
        if (kind == Kind.Ascii)
        {
            if (Ascii.IsValid(bytes))
            {
                return Encoding.ASCII.GetString(bytes);
            }

            if (!ignore && !replace)
            {
                throw UnicodeError();
            }

            var sb = new StringBuilder(bytes.Length);
            foreach (byte b in bytes)
            {
                if (b < 0x80)
                {
                    sb.Append((char)b);
                }
                else if (replace)
                {
                    sb.Append('\uFFFD');
                }
            }

            return sb.ToString();
        }

        if (ignore)
        {
            return s_ignoreUtf8.GetString(bytes);
        }

        if (replace)
        {
            return s_replaceUtf8.GetString(bytes);
        }

        if (Ascii.IsValid(bytes))
        {
            return Encoding.ASCII.GetString(bytes);
        }

        try
        {
            return s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Invalid input is an error path, not ordinary control flow, so catching the .NET exception is fine.
            throw UnicodeError();
        }
    }
}
