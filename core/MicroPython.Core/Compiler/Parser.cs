using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using MicroPython.Compiler.Ast;

namespace MicroPython.Compiler;

/// <summary>
/// Recursive-descent parser for the Python 3.11 grammar (without <c>match</c>, <c>except*</c> and type
/// parameters) producing the <see cref="Ast"/> tree.
/// </summary>
/// <remarks>
/// <para>Error texts and lines follow MicroPython. Errors that MicroPython's parser raises (<c>invalid syntax</c>,
/// indentation, bad literals) are thrown at once, on the line of the offending token, without a block name.
/// Errors that MicroPython only finds in its compiler but that this AST cannot carry (<c>f(x=1, 2)</c>,
/// <c>def f(a=1, b)</c>, bad assignment targets…) are remembered and thrown after the whole input parsed,
/// carrying the name of the enclosing function/class, because in MicroPython any grammar error anywhere in the
/// file wins over them.</para>
/// <para>Nesting (brackets, blocks, unary chains, <c>**</c>, lambdas, conditional expressions, f-string fields) is
/// limited to <see cref="MaxNesting"/> levels and by the remaining thread stack; beyond that the parser raises
/// <c>SyntaxError: too deeply nested</c> instead of overflowing the stack.</para>
/// </remarks>
public sealed partial class Parser
{
    /// <summary>How many nested constructs the parser accepts.</summary>
    internal const int MaxNesting = 1000;

    internal const string InvalidSyntax = "invalid syntax";
    internal const string TooDeeplyNested = "too deeply nested";

    private readonly string _fileName;
    private readonly string _source;
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly List<string> _blocks = new() { "<module>" };
    // Ends at the first EOF token (see Lexer.Run); the parser never moves past it.
    private Token[] _tokens = Array.Empty<Token>();
    private int _pos;
    private int _nesting;
    private CompileException? _deferred;

    private Parser(string normalizedSource, string fileName)
    {
        _source = normalizedSource;
        _fileName = fileName;
    }

    /// <summary>
    /// Parses <paramref name="source"/>. Exec and Single give an <see cref="Module"/> (interactive for Single, which
    /// accepts exactly one statement, simple-statement line or compound statement); Eval gives an
    /// <see cref="ExpressionModule"/>.
    /// </summary>
    /// <exception cref="CompileException">The source is not valid.</exception>
    public static Node Parse(string source, string fileName, CompileMode mode)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(fileName);

        string normalized = Lexer.Normalize(source);
        var parser = new Parser(normalized, fileName);
        parser._tokens = Lexer.Tokenize(normalized, parser._names);
        parser.CheckCurrent();

        Node result = mode switch
        {
            CompileMode.Eval => parser.ParseEvalInput(),
            CompileMode.Single => parser.ParseSingleInput(),
            _ => parser.ParseFileInput(),
        };

        if (parser._deferred is not null)
        {
            throw parser._deferred;
        }

        return result;
    }

    private Module ParseFileInput()
    {
        var module = new Module { Line = 1 };
        while (Kind != TokenKind.EndOfFile)
        {
            ParseStatement(module.Body);
        }

        return module;
    }

    private Module ParseSingleInput()
    {
        var module = new Module { Line = 1, IsInteractive = true };
        if (Kind != TokenKind.EndOfFile)
        {
            ParseStatement(module.Body);
        }

        if (Kind != TokenKind.EndOfFile)
        {
            // MicroPython's single_input is one statement; more is a syntax error.
            throw Error();
        }

        return module;
    }

    private ExpressionModule ParseEvalInput()
    {
        // Leading whitespace is allowed, as eval(" 1") works in CPython.
        bool indented = Accept(TokenKind.Indent);
        Token first = Current;
        Expr body = ParseStarExpressions();
        RejectBareStarred(body);
        while (Accept(TokenKind.Newline) || (indented && Accept(TokenKind.Dedent)))
        {
        }

        if (Kind != TokenKind.EndOfFile)
        {
            throw Error();
        }

        return new ExpressionModule(body) { Line = first.Line, Column = first.Column };
    }

    // ---- Token access -------------------------------------------------------------------------------------------

    private ref readonly Token Current => ref _tokens[_pos];

    private TokenKind Kind => _tokens[_pos].Kind;

    private TokenKind PeekKind(int offset = 1)
    {
        int i = _pos + offset;
        return i < _tokens.Length ? _tokens[i].Kind : TokenKind.EndOfFile;
    }

    /// <summary>Consumes the current token and returns it.</summary>
    private Token Advance()
    {
        Token token = _tokens[_pos];
        if (token.Kind != TokenKind.EndOfFile)
        {
            _pos++;
            CheckCurrent();
        }

        return token;
    }

    /// <summary>A bad token raises its error as soon as the parser reaches it.</summary>
    private void CheckCurrent()
    {
        ref readonly Token token = ref _tokens[_pos];
        if (token.Kind == TokenKind.Error)
        {
            var error = (LexError)token.Value!;
            throw new CompileException(error.Kind, error.Message, _fileName, token.Line);
        }
    }

    private bool Accept(TokenKind kind)
    {
        if (_tokens[_pos].Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private Token Expect(TokenKind kind)
    {
        if (_tokens[_pos].Kind != kind)
        {
            throw Error();
        }

        return Advance();
    }

    private string ExpectName()
    {
        if (Kind != TokenKind.Name)
        {
            throw Error();
        }

        return (string)Advance().Value!;
    }

    // ---- Errors -------------------------------------------------------------------------------------------------

    /// <summary><c>SyntaxError: invalid syntax</c> at the current token.</summary>
    private CompileException Error() => Error(Current.Line, InvalidSyntax);

    private CompileException Error(int line, string message, CompileErrorKind kind = CompileErrorKind.SyntaxError) =>
        new(kind, message, _fileName, line);

    /// <summary>
    /// Records an error that MicroPython reports from its compiler (so with the enclosing block's name); only the
    /// first is kept and it is thrown once parsing has finished without a grammar error.
    /// </summary>
    private void Defer(Node at, string message) =>
        _deferred ??= new CompileException(CompileErrorKind.SyntaxError, message, _fileName, at.Line, _blocks[^1]);

    // ---- Nesting guard ------------------------------------------------------------------------------------------

    private void EnterNesting()
    {
        if (++_nesting > MaxNesting || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error(Current.Line, TooDeeplyNested);
        }
    }

    private void ExitNesting() => _nesting--;

    // ---- Positions ----------------------------------------------------------------------------------------------

    private static T At<T>(T node, in Token token)
        where T : Node
    {
        node.Line = token.Line;
        node.Column = token.Column;
        return node;
    }

    private static T At<T>(T node, Node from)
        where T : Node
    {
        node.Line = from.Line;
        node.Column = from.Column;
        return node;
    }
}
