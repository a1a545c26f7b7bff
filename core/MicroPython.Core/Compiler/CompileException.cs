using System;

namespace MicroPython.Compiler;

/// <summary>Which Python exception a compile failure becomes.</summary>
public enum CompileErrorKind
{
    SyntaxError,
    IndentationError,

    /// <summary>Source using a feature the compiler lacks (<c>\N{...}</c>): <c>NotImplementedError</c>, no traceback line.</summary>
    NotImplemented,
}

/// <summary>
/// Raised by the lexer, parser and compiler for bad source. The runtime turns it into a Python
/// <c>SyntaxError</c>/<c>IndentationError</c> whose traceback line is <c>File "f", line N</c> (parser errors) or
/// <c>File "f", line N, in &lt;block&gt;</c> (compiler errors, see errors-and-tracebacks.md §1).
/// </summary>
public sealed class CompileException : Exception
{
    public CompileException(CompileErrorKind kind, string message, string fileName, int line, string? blockName = null)
        : base(message)
    {
        Kind = kind;
        FileName = fileName;
        Line = line;
        BlockName = blockName;
    }

    public CompileErrorKind Kind { get; }
    public string FileName { get; }
    public int Line { get; }

    /// <summary>Name of the scope being compiled for compiler errors; null for lexer/parser errors.</summary>
    public string? BlockName { get; }
}
