using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Modules.Json;

/// <summary>
/// <c>json.loads</c>: a strict RFC 8259 parser producing dict, list, str, int (big included), float, bool and None.
/// Every error is MicroPython's <c>ValueError: syntax error in JSON</c>. Nesting is handled with an explicit stack,
/// as MicroPython's parser does, so deep documents cannot overflow the .NET stack.
/// </summary>
internal sealed class JsonDecoder
{
    // Object keys repeat across the records of a document: equal keys share one str object (and its cached hash).
    private const int MaxCachedKeyLength = 32;
    private const int MaxCachedKeys = 512;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _text;
    private int _pos;
    private Dictionary<string, StrObject>? _keys;
    private StringBuilder? _builder;

    private JsonDecoder(string text)
    {
        _text = text;
    }

    public static PyObject Decode(string text) => new JsonDecoder(text).ParseDocument();

    /// <summary>Parses UTF-8 bytes; bytes that are not valid UTF-8 are a syntax error too.</summary>
    public static PyObject Decode(ReadOnlySpan<byte> utf8)
    {
        string text;
        try
        {
            text = s_strictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException)
        {
            throw SyntaxError();
        }

        return Decode(text);
    }

    private static PyException SyntaxError() => Errors.ValueError("syntax error in JSON");

    /// <summary>An array or object being filled, and for an object the key whose value comes next.</summary>
    private struct Frame
    {
        public PyObject Container;
        public PyObject? Key;
    }

    private PyObject ParseDocument()
    {
        var stack = new List<Frame>();
        while (true)
        {
            // Parse one value. An opening bracket with content pushes its container and goes on with the first
            // element; empty containers are complete values at once.
            PyObject value;
            SkipWhitespace();
            char c = Peek();
            if (c == '[')
            {
                _pos++;
                SkipWhitespace();
                var list = new ListObject();
                if (Peek() != ']')
                {
                    stack.Add(new Frame { Container = list });
                    continue;
                }

                _pos++;
                value = list;
            }
            else if (c == '{')
            {
                _pos++;
                SkipWhitespace();
                var dict = new DictObject();
                if (Peek() != '}')
                {
                    stack.Add(new Frame { Container = dict, Key = ParseKey() });
                    continue;
                }

                _pos++;
                value = dict;
            }
            else
            {
                value = ParseScalar(c);
            }

            // Store the finished value in its container; a closing bracket after it finishes that container, which
            // is in turn stored in its parent.
            while (true)
            {
                SkipWhitespace();
                if (stack.Count == 0)
                {
                    if (_pos != _text.Length)
                    {
                        throw SyntaxError(); // trailing garbage
                    }

                    return value;
                }

                var frame = stack[^1];
                char next = Peek();
                _pos++;
                if (frame.Container is ListObject list)
                {
                    list.Append(value);
                    if (next == ',')
                    {
                        break;
                    }

                    if (next != ']')
                    {
                        throw SyntaxError();
                    }
                }
                else
                {
                    var dict = (DictObject)frame.Container;
                    dict.SetItem(frame.Key!, value);
                    if (next == ',')
                    {
                        SkipWhitespace();
                        stack[^1] = new Frame { Container = dict, Key = ParseKey() };
                        break;
                    }

                    if (next != '}')
                    {
                        throw SyntaxError();
                    }
                }

                value = frame.Container;
                stack.RemoveAt(stack.Count - 1);
            }
        }
    }

    /// <summary>The current character, or '\0' at the end (never valid where a token is expected).</summary>
    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void SkipWhitespace()
    {
        var text = _text;
        int p = _pos;
        while (p < text.Length)
        {
            char c = text[p];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            {
                break;
            }

            p++;
        }

        _pos = p;
    }

    /// <summary>An object key (a string) and the colon after it.</summary>
    private StrObject ParseKey()
    {
        if (Peek() != '"')
        {
            throw SyntaxError();
        }

        var key = ParseString(isKey: true);
        SkipWhitespace();
        if (Peek() != ':')
        {
            throw SyntaxError();
        }

        _pos++;
        return key;
    }

    private PyObject ParseScalar(char c)
    {
        switch (c)
        {
            case '"':
                return ParseString(isKey: false);
            case 't':
                ExpectWord("true");
                return BoolObject.True;
            case 'f':
                ExpectWord("false");
                return BoolObject.False;
            case 'n':
                ExpectWord("null");
                return NoneObject.None;
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ParseNumber();
                }

                throw SyntaxError();
        }
    }

    private void ExpectWord(string word)
    {
        if (!_text.AsSpan(_pos).StartsWith(word, StringComparison.Ordinal))
        {
            throw SyntaxError();
        }

        _pos += word.Length;
    }

    /// <summary><c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>: an int without fraction or exponent, else a float.</summary>
    private PyObject ParseNumber()
    {
        var text = _text;
        int start = _pos;
        int p = start;
        if (text[p] == '-')
        {
            p++;
        }

        int intStart = p;
        if (p < text.Length && text[p] == '0')
        {
            p++; // no leading zeros: "01" ends the number after the 0, and the 1 is then a syntax error
        }
        else
        {
            p = SkipDigits(p);
        }

        if (p == intStart)
        {
            throw SyntaxError();
        }

        bool isFloat = false;
        if (p < text.Length && text[p] == '.')
        {
            int fracStart = ++p;
            p = SkipDigits(p);
            if (p == fracStart)
            {
                throw SyntaxError();
            }

            isFloat = true;
        }

        if (p < text.Length && (text[p] == 'e' || text[p] == 'E'))
        {
            p++;
            if (p < text.Length && (text[p] == '+' || text[p] == '-'))
            {
                p++;
            }

            int expStart = p;
            p = SkipDigits(p);
            if (p == expStart)
            {
                throw SyntaxError();
            }

            isFloat = true;
        }

        _pos = p;
        var span = text.AsSpan(start, p - start);
        if (isFloat)
        {
            // The runtime's own float parser, so loads agrees with float() on the same text.
            if (!NumberParser.TryParseFloat(span, out double d))
            {
                throw SyntaxError();
            }

            return new FloatObject(d);
        }

        if (p - intStart <= 18)
        {
            long v = 0;
            for (int i = intStart; i < p; i++)
            {
                v = (v * 10) + (text[i] - '0');
            }

            return IntObject.Get(text[start] == '-' ? -v : v);
        }

        return IntObject.FromBigInteger(BigInteger.Parse(span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }

    private int SkipDigits(int p)
    {
        var text = _text;
        while (p < text.Length && text[p] >= '0' && text[p] <= '9')
        {
            p++;
        }

        return p;
    }

    /// <summary>A string starting at the opening quote, with all JSON escapes; \uXXXX pairs form one code point.</summary>
    private StrObject ParseString(bool isKey)
    {
        var text = _text;
        int start = ++_pos;

        // Fast path: no escapes, so the string is a plain slice of the input.
        int end = text.AsSpan(start).IndexOfAny('"', '\\');
        if (end < 0)
        {
            throw SyntaxError(); // unterminated
        }

        end += start;
        if (text[end] == '"')
        {
            _pos = end + 1;
            var slice = text.AsSpan(start, end - start);
            return isKey ? Key(slice) : StrObject.Create(slice.ToString());
        }

        var sb = _builder ??= new StringBuilder();
        sb.Clear();
        sb.Append(text, start, end - start);
        int p = end;
        while (true)
        {
            if (p >= text.Length)
            {
                throw SyntaxError();
            }

            char c = text[p++];
            if (c == '"')
            {
                break;
            }

            if (c != '\\')
            {
                // Raw control characters are accepted, as MicroPython does (CPython's strict mode rejects them).
                sb.Append(c);
                continue;
            }

            if (p >= text.Length)
            {
                throw SyntaxError();
            }

            char e = text[p++];
            switch (e)
            {
                case '"':
                case '\\':
                case '/':
                    sb.Append(e);
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
                case 'u':
                    // UTF-16 units are appended as they are: an escaped surrogate pair becomes one astral code point
                    // in the .NET string, and a lone surrogate stays a lone surrogate, as in CPython.
                    sb.Append((char)ParseHex4(p));
                    p += 4;
                    break;
                default:
                    throw SyntaxError();
            }
        }

        _pos = p;
        var value = sb.ToString();
        return isKey ? Key(value.AsSpan()) : StrObject.Create(value);
    }

    private int ParseHex4(int p)
    {
        var text = _text;
        if (p + 4 > text.Length)
        {
            throw SyntaxError();
        }

        int v = 0;
        for (int i = p; i < p + 4; i++)
        {
            char h = text[i];
            int d = h >= '0' && h <= '9' ? h - '0'
                : h >= 'a' && h <= 'f' ? h - 'a' + 10
                : h >= 'A' && h <= 'F' ? h - 'A' + 10
                : -1;
            if (d < 0)
            {
                throw SyntaxError();
            }

            v = (v << 4) | d;
        }

        return v;
    }

    private StrObject Key(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxCachedKeyLength)
        {
            return new StrObject(text.ToString());
        }

        var keys = _keys ??= new Dictionary<string, StrObject>(StringComparer.Ordinal);
        var lookup = keys.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var existing))
        {
            return existing;
        }

        var key = StrObject.Create(text.ToString());
        if (keys.Count < MaxCachedKeys)
        {
            keys.Add(key.Value, key);
        }

        return key;
    }
}
