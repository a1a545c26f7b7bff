using System;
using System.Collections.Generic;
using System.Text;
using MicroPython.Compiler.Ast;

namespace MicroPython.Compiler;

public sealed partial class Parser
{
    // f-strings are split here, on the raw source text of the body: literal text (escapes decoded, {{ and }}
    // unescaped) and replacement fields {expr[=][!conv][:spec]}. Each field's expression is lexed by a Lexer over
    // the same source range (so its nodes carry real lines and columns) and parsed by this parser; format specs
    // may contain nested fields. MicroPython rewrites f-strings to str.format in its lexer; this follows CPython's
    // semantics where they differ (a plain literal next to an f-string keeps its braces, nested quotes work).

    private const string MalformedFString = "malformed f-string";

    /// <summary>Position tracking for one f-string body.</summary>
    private sealed class FStringScan
    {
        public FStringScan(in Token token, StringLiteral literal)
        {
            Token = token;
            IsRaw = literal.IsRaw;
            End = literal.BodyEnd;
            ScanPos = literal.BodyStart;
            ScanLine = literal.BodyLine;
            ScanLineStart = literal.BodyStart - literal.BodyColumn;
        }

        /// <summary>The f-string token: errors are reported on its line and every part takes its position.</summary>
        public Token Token { get; }

        public bool IsRaw { get; }
        public int End { get; }

        // Line bookkeeping, advanced monotonically as fields are located.
        public int ScanPos { get; set; }
        public int ScanLine { get; set; }
        public int ScanLineStart { get; set; }
    }

    private void ParseFString(in Token token, StringLiteral literal, List<Expr> parts, StringBuilder pending)
    {
        var scan = new FStringScan(token, literal);
        ParseFStringText(scan, literal.BodyStart, parts, pending, inSpec: false);
    }

    /// <summary>
    /// Literal text and fields from <paramref name="p"/>. In a format spec, stops at the closing '}' and returns its
    /// position; otherwise runs to the end of the body.
    /// </summary>
    private int ParseFStringText(FStringScan scan, int p, List<Expr> parts, StringBuilder pending, bool inSpec)
    {
        string src = _source;
        int segment = p;
        while (p < scan.End)
        {
            char c = src[p];
            if (c == '\\' && !scan.IsRaw)
            {
                // The escape is decoded with its segment; a brace right after a backslash is still a brace.
                char next = p + 1 < scan.End ? src[p + 1] : '\0';
                p += next is '{' or '}' ? 1 : 2;
                continue;
            }

            if (c == '{')
            {
                if (!inSpec && p + 1 < scan.End && src[p + 1] == '{')
                {
                    AppendFStringLiteral(scan, segment, p + 1, pending);
                    p += 2;
                    segment = p;
                    continue;
                }

                AppendFStringLiteral(scan, segment, p, pending);
                p = ParseFStringField(scan, p + 1, parts, pending);
                segment = p;
                continue;
            }

            if (c == '}')
            {
                if (inSpec)
                {
                    AppendFStringLiteral(scan, segment, p, pending);
                    return p;
                }

                if (p + 1 < scan.End && src[p + 1] == '}')
                {
                    AppendFStringLiteral(scan, segment, p + 1, pending);
                    p += 2;
                    segment = p;
                    continue;
                }

                throw Error(scan.Token.Line, "f-string: single '}' is not allowed");
            }

            p++;
        }

        if (inSpec)
        {
            throw Error(scan.Token.Line, InvalidSyntax);
        }

        AppendFStringLiteral(scan, segment, p, pending);
        return p;
    }

    /// <summary>One replacement field; <paramref name="p"/> is just after its '{'. Returns the position after its '}'.</summary>
    private int ParseFStringField(FStringScan scan, int p, List<Expr> parts, StringBuilder pending)
    {
        EnterNesting();
        string src = _source;
        int exprStart = p;
        p = FindFieldExpressionEnd(scan, p);
        int exprEnd = p;
        if (src.AsSpan(exprStart, exprEnd - exprStart).IsWhiteSpace())
        {
            throw Error(scan.Token.Line, MalformedFString);
        }

        Expr value = ParseFieldExpression(scan, exprStart, exprEnd);

        // "{expr=}" (3.8): the expression text, '=' and the whitespace after it become literal text.
        bool selfDocumenting = false;
        if (src[p] == '=')
        {
            selfDocumenting = true;
            p++;
            while (p < scan.End && src[p] is ' ' or '\t' or '\n' or '\f')
            {
                p++;
            }

            pending.Append(src, exprStart, p - exprStart);
        }

        char conversion = '\0';
        if (p < scan.End && src[p] == '!')
        {
            p++;
            if (p + 1 >= scan.End || src[p] is not ('r' or 's' or 'a') || src[p + 1] is not (':' or '}'))
            {
                throw Error(scan.Token.Line, InvalidSyntax);
            }

            conversion = src[p];
            p++;
        }

        JoinedStr? spec = null;
        if (p < scan.End && src[p] == ':')
        {
            var specParts = new List<Expr>();
            var specPending = new StringBuilder();
            p = ParseFStringText(scan, p + 1, specParts, specPending, inSpec: true);
            FlushLiteral(specParts, specPending, scan.Token);
            spec = At(new JoinedStr(specParts), scan.Token);
        }

        if (p >= scan.End || src[p] != '}')
        {
            throw Error(scan.Token.Line, InvalidSyntax);
        }

        if (selfDocumenting && conversion == '\0' && spec is null)
        {
            conversion = 'r';
        }

        FlushLiteral(parts, pending, scan.Token);
        parts.Add(At(new FormattedValue(value, conversion, spec), scan.Token));
        ExitNesting();
        return p + 1;
    }

    /// <summary>
    /// Scans a field's expression, skipping nested brackets and string literals, up to the first top-level
    /// '}', '!' (not '!='), ':' or '=' (not part of ==, !=, &lt;=, &gt;=).
    /// </summary>
    private int FindFieldExpressionEnd(FStringScan scan, int p)
    {
        string src = _source;
        int depth = 0;
        while (true)
        {
            if (p >= scan.End)
            {
                throw Error(scan.Token.Line, InvalidSyntax);
            }

            char c = src[p];
            char next = p + 1 < scan.End ? src[p + 1] : '\0';
            switch (c)
            {
                case '\'':
                case '"':
                    p = SkipQuotedInField(scan, p);
                    continue;
                case '(':
                case '[':
                case '{':
                    depth++;
                    break;
                case ')':
                case ']':
                case '}':
                    if (depth == 0)
                    {
                        if (c == '}')
                        {
                            return p;
                        }

                        throw Error(scan.Token.Line, InvalidSyntax);
                    }

                    depth--;
                    break;
                case '#':
                    throw Error(scan.Token.Line, InvalidSyntax);
                case '!' when depth == 0:
                    if (next != '=')
                    {
                        return p;
                    }

                    p++;
                    break;
                case ':' when depth == 0:
                    return p;
                case '=' or '<' or '>' when depth == 0:
                    if (next == '=')
                    {
                        p++;
                    }
                    else if (c == '=')
                    {
                        return p;
                    }

                    break;
            }

            p++;
        }
    }

    /// <summary>Skips a string literal inside a field expression; returns the position after its closing quote.</summary>
    private int SkipQuotedInField(FStringScan scan, int p)
    {
        string src = _source;
        char quote = src[p];
        bool triple = p + 2 < scan.End && src[p + 1] == quote && src[p + 2] == quote;
        p += triple ? 3 : 1;
        while (p < scan.End)
        {
            char c = src[p];
            if (c == '\\')
            {
                p += 2;
                continue;
            }

            if (c == quote && (!triple || (p + 2 < scan.End && src[p + 1] == quote && src[p + 2] == quote)))
            {
                return p + (triple ? 3 : 1);
            }

            if (c == '\n' && !triple)
            {
                break;
            }

            p++;
        }

        throw Error(scan.Token.Line, InvalidSyntax);
    }

    /// <summary>Lexes and parses <c>source[start..end)</c> as <c>yield_expr | star_expressions</c>.</summary>
    private Expr ParseFieldExpression(FStringScan scan, int start, int end)
    {
        while (scan.ScanPos < start)
        {
            if (_source[scan.ScanPos] == '\n')
            {
                scan.ScanLine++;
                scan.ScanLineStart = scan.ScanPos + 1;
            }

            scan.ScanPos++;
        }

        Token[] tokens = new Lexer(_source, start, end, scan.ScanLine, start - scan.ScanLineStart, expressionMode: true, _names).Run();
        Token[] savedTokens = _tokens;
        int savedPos = _pos;
        _tokens = tokens;
        _pos = 0;
        CheckCurrent();
        Expr value = ParseYieldOrStarExpressions();
        RejectBareStarred(value);
        if (Kind != TokenKind.EndOfFile)
        {
            throw Error();
        }

        _tokens = savedTokens;
        _pos = savedPos;
        return value;
    }

    private void AppendFStringLiteral(FStringScan scan, int start, int end, StringBuilder pending)
    {
        if (start >= end)
        {
            return;
        }

        if (scan.IsRaw)
        {
            pending.Append(_source, start, end - start);
            return;
        }

        string? text = Lexer.DecodeStr(_source, start, end, isRaw: false, out string? error);
        if (text is null)
        {
            throw Error(scan.Token.Line, error!);
        }

        pending.Append(text);
    }
}
