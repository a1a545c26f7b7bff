using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace MicroPython.Sdk.Json;

/// <summary>
/// Parses the small JSON files read at every start-up (plug-in manifests, board files, configuration layers): JSON as
/// RFC 8259 plus <c>//</c> and <c>/* */</c> comments and trailing commas, as people write configuration by hand.
/// </summary>
/// <remarks>
/// Our own rather than System.Text.Json: the files are a few hundred bytes, and System.Text.Json's first use in a
/// process (loading it, then compiling the generic vector-search code its reader instantiates, which no
/// precompiled image holds) cost several milliseconds of a start-up budget of tens.
/// </remarks>
internal ref struct JsoncReader
{
    /// <summary>Nesting deeper than this is refused (settings files are flat; this keeps the parser's recursion bounded).</summary>
    private const int MaxDepth = 64;

    private readonly ReadOnlySpan<char> _text;
    private int _pos;

    private JsoncReader(ReadOnlySpan<char> text)
    {
        _text = text;
        _pos = 0;
    }

    /// <summary>Parses <paramref name="text"/> as one value; throws <see cref="FormatException"/> with the line and column of the problem.</summary>
    public static JsoncValue Parse(ReadOnlySpan<char> text)
    {
        var reader = new JsoncReader(text);
        reader.SkipTrivia();
        var value = reader.ParseValue(0);
        reader.SkipTrivia();
        if (reader._pos < text.Length)
        {
            throw reader.Error("unexpected text after the value");
        }

        return value;
    }

    private JsoncValue ParseValue(int depth)
    {
        if (_pos >= _text.Length)
        {
            throw Error("unexpected end of input");
        }

        char c = _text[_pos];
        switch (c)
        {
            case '{':
                return ParseObject(depth + 1);
            case '[':
                return ParseArray(depth + 1);
            case '"':
                return JsoncValue.String(ParseString());
            case 't':
                ExpectWord("true");
                return JsoncValue.True;
            case 'f':
                ExpectWord("false");
                return JsoncValue.False;
            case 'n':
                ExpectWord("null");
                return JsoncValue.Null;
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return JsoncValue.Number(ParseNumber());
                }

                throw Error($"unexpected character '{c}'");
        }
    }

    private JsoncValue ParseObject(int depth)
    {
        CheckDepth(depth);
        _pos++; // {
        var members = new List<KeyValuePair<string, JsoncValue>>();
        while (true)
        {
            SkipTrivia();
            if (Peek() == '}')
            {
                _pos++;
                return JsoncValue.Object(members);
            }

            if (Peek() != '"')
            {
                throw Error("expected a property name in double quotes");
            }

            int keyStart = _pos;
            string key = ParseString();
            foreach (var m in members)
            {
                // Configuration keys are case-insensitive, so keys differing only in case are duplicates too.
                if (string.Equals(m.Key, key, StringComparison.OrdinalIgnoreCase))
                {
                    throw Error($"duplicate key '{key}'", keyStart);
                }
            }

            SkipTrivia();
            if (Peek() != ':')
            {
                throw Error("expected ':' after a property name");
            }

            _pos++;
            SkipTrivia();
            members.Add(new KeyValuePair<string, JsoncValue>(key, ParseValue(depth)));
            SkipTrivia();
            char c = Peek();
            if (c == ',')
            {
                _pos++;
            }
            else if (c != '}')
            {
                throw Error("expected ',' or '}' in an object");
            }
        }
    }

    private JsoncValue ParseArray(int depth)
    {
        CheckDepth(depth);
        _pos++; // [
        var items = new List<JsoncValue>();
        while (true)
        {
            SkipTrivia();
            if (Peek() == ']')
            {
                _pos++;
                return JsoncValue.Array(items);
            }

            items.Add(ParseValue(depth));
            SkipTrivia();
            char c = Peek();
            if (c == ',')
            {
                _pos++;
            }
            else if (c != ']')
            {
                throw Error("expected ',' or ']' in an array");
            }
        }
    }

    private string ParseString()
    {
        int start = ++_pos; // opening quote
        StringBuilder? sb = null;
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw Error("unterminated string");
            }

            char c = _text[_pos];
            if (c == '"')
            {
                string result = sb == null ? _text.Slice(start, _pos - start).ToString() : sb.Append(_text.Slice(start, _pos - start)).ToString();
                _pos++;
                return result;
            }

            if (c < ' ')
            {
                throw Error("control character in a string");
            }

            if (c != '\\')
            {
                _pos++;
                continue;
            }

            sb ??= new StringBuilder();
            sb.Append(_text.Slice(start, _pos - start));
            _pos++;
            if (_pos >= _text.Length)
            {
                throw Error("unterminated string");
            }

            char e = _text[_pos++];
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    if (_pos + 4 > _text.Length || !ushort.TryParse(_text.Slice(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort code))
                    {
                        throw Error("expected four hex digits after \\u");
                    }

                    sb.Append((char)code);
                    _pos += 4;
                    break;
                default:
                    throw Error($"unknown escape '\\{e}'", _pos - 2);
            }

            start = _pos;
        }
    }

    private string ParseNumber()
    {
        int start = _pos;
        if (Peek() == '-')
        {
            _pos++;
        }

        if (Peek() == '0')
        {
            _pos++;
        }
        else if (IsDigit(Peek()))
        {
            SkipDigits();
        }
        else
        {
            throw Error("expected a digit");
        }

        if (Peek() == '.')
        {
            _pos++;
            if (!IsDigit(Peek()))
            {
                throw Error("expected a digit after '.'");
            }

            SkipDigits();
        }

        if (Peek() is 'e' or 'E')
        {
            _pos++;
            if (Peek() is '+' or '-')
            {
                _pos++;
            }

            if (!IsDigit(Peek()))
            {
                throw Error("expected a digit in the exponent");
            }

            SkipDigits();
        }

        if (IsDigit(Peek()) || char.IsAsciiLetter(Peek()))
        {
            throw Error("invalid number", start); // a leading zero followed by digits, or letters glued to it
        }

        return _text.Slice(start, _pos - start).ToString();
    }

    private void SkipDigits()
    {
        while (IsDigit(Peek()))
        {
            _pos++;
        }
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private void ExpectWord(string word)
    {
        if (!_text.Slice(_pos).StartsWith(word, StringComparison.Ordinal) || (_pos + word.Length < _text.Length && char.IsAsciiLetterOrDigit(_text[_pos + word.Length])))
        {
            throw Error($"unexpected character '{_text[_pos]}'");
        }

        _pos += word.Length;
    }

    /// <summary>Skips whitespace and comments.</summary>
    private void SkipTrivia()
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c is ' ' or '\t' or '\n' or '\r' || (c == '\uFEFF' && _pos == 0))
            {
                _pos++;
            }
            else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '/')
            {
                while (_pos < _text.Length && _text[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '*')
            {
                int end = _text.Slice(_pos + 2).IndexOf("*/", StringComparison.Ordinal);
                if (end < 0)
                {
                    throw Error("unterminated comment");
                }

                _pos += end + 4;
            }
            else
            {
                return;
            }
        }
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void CheckDepth(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error($"nested deeper than {MaxDepth} levels");
        }
    }

    /// <summary>A parse error at the current position: "what (line L, column C)".</summary>
    private FormatException Error(string what) => Error(what, _pos);

    /// <summary>A parse error at <paramref name="position"/>.</summary>
    private FormatException Error(string what, int position)
    {
        int line = 1;
        int column = 1;
        for (int i = 0; i < position && i < _text.Length; i++)
        {
            if (_text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return new FormatException($"{what} (line {line}, column {column})");
    }
}
