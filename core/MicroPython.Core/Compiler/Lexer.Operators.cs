namespace MicroPython.Compiler;

public sealed partial class Lexer
{
    /// <summary>Operators and delimiters, longest match first; brackets also track the implicit-joining depth.</summary>
    private bool ScanOperator(char c, int start)
    {
        char c1 = _pos + 1 < _end ? _src[_pos + 1] : '\0';
        char c2 = _pos + 2 < _end ? _src[_pos + 2] : '\0';
        TokenKind kind;
        int length = 1;
        switch (c)
        {
            case '(':
                kind = TokenKind.LeftParen;
                _bracketDepth++;
                break;
            case ')':
                kind = TokenKind.RightParen;
                CloseBracket();
                break;
            case '[':
                kind = TokenKind.LeftBracket;
                _bracketDepth++;
                break;
            case ']':
                kind = TokenKind.RightBracket;
                CloseBracket();
                break;
            case '{':
                kind = TokenKind.LeftBrace;
                _bracketDepth++;
                break;
            case '}':
                kind = TokenKind.RightBrace;
                CloseBracket();
                break;
            case ',':
                kind = TokenKind.Comma;
                break;
            case ';':
                kind = TokenKind.Semicolon;
                break;
            case '~':
                kind = TokenKind.Tilde;
                break;
            case ':':
                (kind, length) = c1 == '=' ? (TokenKind.ColonEqual, 2) : (TokenKind.Colon, 1);
                break;
            case '.':
                (kind, length) = c1 == '.' && c2 == '.' ? (TokenKind.Ellipsis, 3) : (TokenKind.Dot, 1);
                break;
            case '=':
                (kind, length) = c1 == '=' ? (TokenKind.EqualEqual, 2) : (TokenKind.Equal, 1);
                break;
            case '!':
                if (c1 != '=')
                {
                    return Fail(start, "invalid syntax");
                }

                (kind, length) = (TokenKind.NotEqual, 2);
                break;
            case '+':
                (kind, length) = c1 == '=' ? (TokenKind.PlusEqual, 2) : (TokenKind.Plus, 1);
                break;
            case '-':
                (kind, length) = c1 == '=' ? (TokenKind.MinusEqual, 2) : c1 == '>' ? (TokenKind.Arrow, 2) : (TokenKind.Minus, 1);
                break;
            case '*':
                if (c1 == '*')
                {
                    (kind, length) = c2 == '=' ? (TokenKind.DoubleStarEqual, 3) : (TokenKind.DoubleStar, 2);
                }
                else
                {
                    (kind, length) = c1 == '=' ? (TokenKind.StarEqual, 2) : (TokenKind.Star, 1);
                }

                break;
            case '/':
                if (c1 == '/')
                {
                    (kind, length) = c2 == '=' ? (TokenKind.DoubleSlashEqual, 3) : (TokenKind.DoubleSlash, 2);
                }
                else
                {
                    (kind, length) = c1 == '=' ? (TokenKind.SlashEqual, 2) : (TokenKind.Slash, 1);
                }

                break;
            case '%':
                (kind, length) = c1 == '=' ? (TokenKind.PercentEqual, 2) : (TokenKind.Percent, 1);
                break;
            case '@':
                (kind, length) = c1 == '=' ? (TokenKind.AtEqual, 2) : (TokenKind.At, 1);
                break;
            case '&':
                (kind, length) = c1 == '=' ? (TokenKind.AmpersandEqual, 2) : (TokenKind.Ampersand, 1);
                break;
            case '|':
                (kind, length) = c1 == '=' ? (TokenKind.PipeEqual, 2) : (TokenKind.Pipe, 1);
                break;
            case '^':
                (kind, length) = c1 == '=' ? (TokenKind.CaretEqual, 2) : (TokenKind.Caret, 1);
                break;
            case '<':
                if (c1 == '<')
                {
                    (kind, length) = c2 == '=' ? (TokenKind.LeftShiftEqual, 3) : (TokenKind.LeftShift, 2);
                }
                else
                {
                    (kind, length) = c1 == '=' ? (TokenKind.LessEqual, 2) : (TokenKind.Less, 1);
                }

                break;
            case '>':
                if (c1 == '>')
                {
                    (kind, length) = c2 == '=' ? (TokenKind.RightShiftEqual, 3) : (TokenKind.RightShift, 2);
                }
                else
                {
                    (kind, length) = c1 == '=' ? (TokenKind.GreaterEqual, 2) : (TokenKind.Greater, 1);
                }

                break;
            default:
                // Stray '$', '?', '`', a backslash not followed by a newline, or a control character.
                return Fail(start, "invalid syntax");
        }

        _pos += length;
        Add(kind, start, _pos);
        return true;
    }

    private void CloseBracket()
    {
        // Unbalanced closers are left to the parser; never go negative so that newlines keep their meaning.
        if (_bracketDepth > 0)
        {
            _bracketDepth--;
        }
    }
}
