using System;

namespace MicroPython.Compiler;

public sealed partial class Lexer
{
    private static readonly string[] s_compoundKeywords = { "if", "while", "for", "try", "with", "def", "class", "async" };

    /// <summary>
    /// The REPL's "needs another line" test (MicroPython's <c>mp_repl_continue_with_input</c>, repl.md §3.1) on the
    /// whole buffer, lines joined by <c>\n</c>. True when a triple-quoted string is open, when brackets are
    /// unbalanced outside a quote, when the last character is a backslash, or when the first line starts a compound
    /// statement (<c>@</c>, <c>if</c>, <c>while</c>, <c>for</c>, <c>try</c>, <c>with</c>, <c>def</c>,
    /// <c>class</c>, <c>async</c>) and the last line entered was not empty (the buffer does not end with
    /// <c>\n</c>). So <c>while 1: pass</c> needs a second Enter and an empty line ends a block.
    /// </summary>
    /// <remarks>
    /// Unlike MicroPython, a <c>#</c> comment outside quotes is skipped, so a quote inside a comment
    /// (<c>(1, # it's</c>) does not look like an open string.
    /// </remarks>
    public static bool IsIncompleteInput(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Length == 0)
        {
            return false;
        }

        bool startsCompound = source[0] == '@';
        foreach (string keyword in s_compoundKeywords)
        {
            if (startsCompound)
            {
                break;
            }

            startsCompound = source.StartsWith(keyword, StringComparison.Ordinal)
                && (source.Length == keyword.Length || !IsWordChar(source[keyword.Length]));
        }

        const int none = 0, single1 = 1, double1 = 2, single3 = 3, double3 = 4;
        int quote = none;
        int parens = 0, brackets = 0, braces = 0;
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (c == '\'' || c == '"')
            {
                int one = c == '\'' ? single1 : double1;
                int three = c == '\'' ? single3 : double3;
                if ((quote == none || quote == three) && i + 2 < source.Length && source[i + 1] == c && source[i + 2] == c)
                {
                    i += 2;
                    quote = quote == none ? three : none;
                }
                else if (quote == none || quote == one)
                {
                    quote = quote == none ? one : none;
                }
            }
            else if (c == '\\' && i + 1 < source.Length && (source[i + 1] == '\'' || source[i + 1] == '"' || source[i + 1] == '\\'))
            {
                if (quote != none)
                {
                    i++;
                }
            }
            else if (quote == none)
            {
                switch (c)
                {
                    case '(':
                        parens++;
                        break;
                    case ')':
                        parens--;
                        break;
                    case '[':
                        brackets++;
                        break;
                    case ']':
                        brackets--;
                        break;
                    case '{':
                        braces++;
                        break;
                    case '}':
                        braces--;
                        break;
                    case '#':
                        int nl = source.IndexOf('\n', i);
                        i = nl < 0 ? source.Length - 1 : nl - 1;
                        break;
                }
            }
        }

        if (quote == single3 || quote == double3)
        {
            return true;
        }

        if ((parens > 0 || brackets > 0 || braces > 0) && quote == none)
        {
            return true;
        }

        char last = source[^1];
        if (last == '\\')
        {
            return true;
        }

        return startsCompound && last != '\n';
    }

    private static bool IsWordChar(char c) => IsAsciiLetter(c) || IsDigit(c) || c == '_' || c >= 0x80;
}
