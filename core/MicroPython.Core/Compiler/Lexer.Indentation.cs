using System;

namespace MicroPython.Compiler;

public sealed partial class Lexer
{
    // Indentation is measured once per logical line (tabs to multiples of eight, a form feed resets), compared
    // with a stack of open levels, and turned into INDENT/DEDENT tokens.

    /// <summary>
    /// Measures the indentation of the next non-blank line and emits INDENT/DEDENT tokens. Blank and comment-only
    /// lines are skipped entirely. Returns false at end of input or after an indentation error.
    /// </summary>
    private bool ProcessIndentation()
    {
        while (true)
        {
            int col = 0;
            int p = _pos;
            while (p < _end)
            {
                char c = _src[p];
                if (c == ' ')
                {
                    col++;
                }
                else if (c == '\t')
                {
                    col = ((col / TabSize) + 1) * TabSize;
                }
                else if (c == '\f')
                {
                    col = 0;
                }
                else
                {
                    break;
                }

                p++;
            }

            _pos = p;
            if (p >= _end)
            {
                return false;
            }

            char first = _src[p];
            if (first == '\n')
            {
                _pos = p + 1;
                NewLine(_pos);
                continue;
            }

            if (first == '#')
            {
                SkipComment();
                if (_pos < _end)
                {
                    _pos++;
                    NewLine(_pos);
                }

                continue;
            }

            int top = _indents[_indentCount - 1];
            if (col > top)
            {
                if (_indentCount == _indents.Length)
                {
                    Array.Resize(ref _indents, _indents.Length * 2);
                }

                _indents[_indentCount++] = col;
                Add(TokenKind.Indent, p, p);
            }
            else if (col < top)
            {
                int n = _indentCount;
                while (n > 1 && col < _indents[n - 1])
                {
                    n--;
                }

                if (col != _indents[n - 1])
                {
                    // MicroPython turns the NEWLINE that ended the previous line into the error token, so the
                    // reported line is that of the last good line.
                    Token last = _tokens[_count - 1];
                    _tokens[_count - 1] = new Token(
                        TokenKind.Error,
                        last.Line,
                        last.Column,
                        last.Start,
                        last.End,
                        new LexError(CompileErrorKind.IndentationError, "unindent doesn't match any outer indent level"));
                    return false;
                }

                for (int i = n; i < _indentCount; i++)
                {
                    Add(TokenKind.Dedent, p, p);
                }

                _indentCount = n;
            }

            return true;
        }
    }
}
