using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace MicroPython.Compiler;

/// <summary>
/// Turns source text into tokens, MicroPython style (<c>py/lexer.c</c>): indentation becomes INDENT/DEDENT tokens,
/// newlines inside brackets and after a backslash are dropped, literals are decoded here. The whole source is
/// tokenised up front into an array; errors become an <see cref="TokenKind.Error"/> token so that the parser
/// reports whichever problem comes first in the source.
/// </summary>
public sealed partial class Lexer
{
    private const int TabSize = 8;

    /// <summary>
    /// The keyword <paramref name="word"/> spells, or <see cref="TokenKind.Name"/>. A switch on the span, which the
    /// compiler turns into length and character tests: no hashing, and no generic dictionary instantiated over the
    /// token enum (whose code no precompiled image can hold, so it was JIT-compiled at every start-up).
    /// </summary>
    private static TokenKind Keyword(ReadOnlySpan<char> word) => word switch
    {
        "False" => TokenKind.False,
        "None" => TokenKind.None,
        "True" => TokenKind.True,
        "and" => TokenKind.And,
        "as" => TokenKind.As,
        "assert" => TokenKind.Assert,
        "async" => TokenKind.Async,
        "await" => TokenKind.Await,
        "break" => TokenKind.Break,
        "class" => TokenKind.Class,
        "continue" => TokenKind.Continue,
        "def" => TokenKind.Def,
        "del" => TokenKind.Del,
        "elif" => TokenKind.Elif,
        "else" => TokenKind.Else,
        "except" => TokenKind.Except,
        "finally" => TokenKind.Finally,
        "for" => TokenKind.For,
        "from" => TokenKind.From,
        "global" => TokenKind.Global,
        "if" => TokenKind.If,
        "import" => TokenKind.Import,
        "in" => TokenKind.In,
        "is" => TokenKind.Is,
        "lambda" => TokenKind.Lambda,
        "nonlocal" => TokenKind.Nonlocal,
        "not" => TokenKind.Not,
        "or" => TokenKind.Or,
        "pass" => TokenKind.Pass,
        "raise" => TokenKind.Raise,
        "return" => TokenKind.Return,
        "try" => TokenKind.Try,
        "while" => TokenKind.While,
        "with" => TokenKind.With,
        "yield" => TokenKind.Yield,
        _ => TokenKind.Name,
    };

    private readonly string _src;
    private readonly int _end;
    private readonly bool _expressionMode;
    private Token[] _tokens;
    private int _count;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _names;
    private int[] _indents = new int[16];
    private int _indentCount = 1;
    private int _pos;
    private int _line;
    private int _lineStart;
    private int _bracketDepth;
    private bool _atLineStart;

    /// <param name="source">Source already passed through <see cref="Normalize"/>.</param>
    /// <param name="start">First offset to tokenise.</param>
    /// <param name="end">Offset to stop at.</param>
    /// <param name="line">Line number of <paramref name="start"/>.</param>
    /// <param name="column">Column of <paramref name="start"/>.</param>
    /// <param name="expressionMode">
    /// Tokenise the inside of an f-string replacement field: no indentation and no NEWLINE tokens, as if inside
    /// brackets.
    /// </param>
    /// <param name="names">Interning table shared by every lexer working on one source.</param>
    internal Lexer(string source, int start, int end, int line, int column, bool expressionMode, Dictionary<string, string> names)
    {
        _src = source;
        _pos = start;
        _end = end;
        _line = line;
        _lineStart = start - column;
        _expressionMode = expressionMode;
        _atLineStart = !expressionMode;
        _names = names.GetAlternateLookup<ReadOnlySpan<char>>();

        // Python source has about three or more characters per token; sizing up front avoids regrowing a large
        // array (which lands on the large-object heap) while lexing big files.
        _tokens = new Token[((end - start) / 3) + 8];
    }

    /// <summary>
    /// Drops a leading byte-order mark, converts CR LF and lone CR to LF and makes sure the text ends with a
    /// newline, as MicroPython's reader does; that is also why a syntax error at end of input is reported on the
    /// line after the last one.
    /// </summary>
    internal static string Normalize(string source)
    {
        // A byte-order mark left by the decoder is not part of the program.
        if (source.Length > 0 && source[0] == '\uFEFF')
        {
            source = source.Substring(1);
        }

        if (source.IndexOf('\r') < 0)
        {
            return source.Length > 0 && source[^1] == '\n' ? source : source + "\n";
        }

        var sb = new StringBuilder(source.Length + 1);
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < source.Length && source[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        if (sb.Length == 0 || sb[^1] != '\n')
        {
            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Tokenises a whole (normalised) source file; see <see cref="Run"/> for the shape of the result.</summary>
    internal static Token[] Tokenize(string normalizedSource, Dictionary<string, string> names) =>
        new Lexer(normalizedSource, 0, normalizedSource.Length, 1, 0, false, names).Run();

    /// <summary>For tests and tools: normalises, tokenises and returns exactly the tokens up to and including EOF.</summary>
    internal static Token[] Tokenize(string source)
    {
        string normalized = Normalize(source);
        var lexer = new Lexer(normalized, 0, normalized.Length, 1, 0, false, new Dictionary<string, string>(StringComparer.Ordinal));
        Token[] tokens = lexer.Run();
        Array.Resize(ref tokens, lexer._count);
        return tokens;
    }

    /// <summary>
    /// Tokenises the whole range. The result ends with an EOF token; the array may be longer than needed, and
    /// the unused tail holds default tokens, which are EOF too, so readers simply stop at the first EOF.
    /// </summary>
    internal Token[] Run()
    {
        while (Step())
        {
        }

        Finish();
        return _tokens;
    }

    /// <summary>Scans one token (or a newline/blank stretch); false once the input is exhausted or an error was emitted.</summary>
    private bool Step()
    {
        if (_atLineStart)
        {
            _atLineStart = false;
            if (!ProcessIndentation())
            {
                return false;
            }
        }

        // Whitespace, comments and backslash continuations inside a logical line.
        while (_pos < _end)
        {
            char w = _src[_pos];
            if (w == ' ' || w == '\t' || w == '\f')
            {
                _pos++;
            }
            else if (w == '#')
            {
                SkipComment();
            }
            else if (w == '\\' && _pos + 1 < _end && _src[_pos + 1] == '\n')
            {
                _pos += 2;
                NewLine(_pos);
            }
            else
            {
                break;
            }
        }

        if (_pos >= _end)
        {
            return false;
        }

        char c = _src[_pos];
        int start = _pos;

        if (c == '\n')
        {
            if (_bracketDepth == 0 && !_expressionMode)
            {
                Add(TokenKind.Newline, start, start + 1);
                _atLineStart = true;
            }

            _pos++;
            NewLine(_pos);
            return true;
        }

        if (IsAsciiLetter(c) || c == '_' || c >= 0x80)
        {
            return ScanNameOrPrefixedString();
        }

        if (IsDigit(c) || (c == '.' && _pos + 1 < _end && IsDigit(_src[_pos + 1])))
        {
            ScanNumber();
            return true;
        }

        if (c == '\'' || c == '"')
        {
            return ScanString(start, _pos, isRaw: false, isBytes: false, isFString: false);
        }

        return ScanOperator(c, start);
    }

    private bool ScanNameOrPrefixedString()
    {
        int start = _pos;
        int p = _pos;
        while (p < _end)
        {
            char c = _src[p];
            if (IsAsciiLetter(c) || IsDigit(c) || c == '_')
            {
                p++;
            }
            else if (c >= 0x80)
            {
                int n = NonAsciiIdentifierLength(p, p == start);
                if (n == 0)
                {
                    break;
                }

                p += n;
            }
            else
            {
                break;
            }
        }

        if (p == start)
        {
            // A non-ASCII character that cannot start a name (e.g. a non-breaking space).
            return Fail(start, "invalid syntax");
        }

        _pos = p;
        ReadOnlySpan<char> word = _src.AsSpan(start, p - start);

        if (p < _end && (_src[p] == '\'' || _src[p] == '"') && word.Length <= 2 && TryStringPrefix(word, out bool raw, out bool bytes, out bool fstr))
        {
            return ScanString(start, p, raw, bytes, fstr);
        }

        // Keywords are 2-8 characters and start with a lower-case letter or F, N, T: skip the hash otherwise.
        char first = word[0];
        if (word.Length >= 2 && word.Length <= 8 && (first is >= 'a' and <= 'z' or 'F' or 'N' or 'T')
            && Keyword(word) is var keyword && keyword != TokenKind.Name)
        {
            Add(keyword, start, p);
            return true;
        }

        if (!_names.TryGetValue(word, out string? name))
        {
            name = word.ToString();
            _names[name] = name;
        }

        Add(TokenKind.Name, start, p, name);
        return true;
    }

    /// <summary>Valid prefixes: r, u, b, f, br, rb, fr, rf in any case.</summary>
    private static bool TryStringPrefix(ReadOnlySpan<char> word, out bool raw, out bool bytes, out bool fstr)
    {
        raw = bytes = fstr = false;
        bool u = false;
        foreach (char ch in word)
        {
            switch (ch | 0x20)
            {
                case 'r' when !raw:
                    raw = true;
                    break;
                case 'b' when !bytes:
                    bytes = true;
                    break;
                case 'f' when !fstr:
                    fstr = true;
                    break;
                case 'u' when !u:
                    u = true;
                    break;
                default:
                    return false;
            }
        }

        // "u" only on its own; bytes and f-strings do not combine.
        return !(u && word.Length > 1) && !(bytes && fstr);
    }

    private int NonAsciiIdentifierLength(int p, bool first)
    {
        char c = _src[p];
        UnicodeCategory cat;
        int length = 1;
        if (char.IsHighSurrogate(c) && p + 1 < _end && char.IsLowSurrogate(_src[p + 1]))
        {
            cat = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, _src[p + 1]));
            length = 2;
        }
        else
        {
            cat = CharUnicodeInfo.GetUnicodeCategory(c);
        }

        switch (cat)
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return length;
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ConnectorPunctuation:
                return first ? 0 : length;
            default:
                return 0;
        }
    }

    private void Finish()
    {
        bool failed = _count > 0 && _tokens[_count - 1].Kind == TokenKind.Error;
        if (!failed && !_expressionMode)
        {
            // Close the blocks still open; a file ending inside brackets gets no NEWLINE so that the parser fails at EOF.
            for (int i = 1; i < _indentCount; i++)
            {
                Push(new Token(TokenKind.Dedent, _line, 0, _pos, _pos));
            }
        }

        Push(new Token(TokenKind.EndOfFile, _line, _pos - _lineStart, _pos, _pos));
    }

    private void SkipComment()
    {
        int nl = _src.IndexOf('\n', _pos, _end - _pos);
        _pos = nl < 0 ? _end : nl;
    }

    private void NewLine(int nextLineStart)
    {
        _line++;
        _lineStart = nextLineStart;
    }

    private void Add(TokenKind kind, int start, int end, object? value = null) =>
        Push(new Token(kind, _line, start - _lineStart, start, end, value));

    private void Push(in Token token)
    {
        if (_count == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }

        _tokens[_count++] = token;
    }

    /// <summary>Emits an error token for a problem at <paramref name="start"/> (on the current line) and stops.</summary>
    private bool Fail(int start, string message) => Fail(start, _line, start - _lineStart, message);

    private bool Fail(int start, int line, int column, string message)
    {
        // \N{...} is a feature MicroPython's lexer lacks rather than bad syntax: it reports NotImplementedError.
        var kind = message == UnicodeNameEscapes ? CompileErrorKind.NotImplemented : CompileErrorKind.SyntaxError;
        Push(new Token(TokenKind.Error, line, column, start, start + 1, new LexError(kind, message)));
        _pos = _end;
        return false;
    }

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;
}
