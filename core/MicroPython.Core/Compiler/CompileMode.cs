namespace MicroPython.Compiler;

/// <summary>The three modes of <c>compile()</c>.</summary>
public enum CompileMode
{
    /// <summary>A module or <c>exec</c> input: statements.</summary>
    Exec,

    /// <summary>One expression whose value is returned (<c>eval</c>).</summary>
    Eval,

    /// <summary>One interactive (REPL) input: expression statements are printed with <c>__repl_print__</c>.</summary>
    Single,
}

/// <summary>Compiler settings that change the generated code.</summary>
public sealed class CompileOptions
{
    public static readonly CompileOptions Default = new();

    /// <summary>MicroPython's optimisation level (0-3): 1+ drops asserts and sets <c>__debug__</c> false, 3 drops line numbers.</summary>
    public int OptimizationLevel { get; init; }

    /// <summary>Bits of a small int on the target (31 for mpy-cross, 63 on 64-bit unix); larger ints become constants.</summary>
    public int SmallIntBits { get; init; } = 31;

    /// <summary><c>MICROPY_PY_FSTRINGS</c>: f-string literals; without them <c>f'…'</c> is a syntax error.</summary>
    public bool FStrings { get; init; } = true;

    /// <summary><c>MICROPY_PY_ASYNC_AWAIT</c>: <c>async def</c>, <c>await</c>, <c>async for</c>/<c>with</c>; without it they are syntax errors.</summary>
    public bool AsyncAwait { get; init; } = true;

    /// <summary><c>MICROPY_PY_ASSIGN_EXPR</c>: the <c>:=</c> operator; without it a syntax error.</summary>
    public bool AssignmentExpressions { get; init; } = true;

    /// <summary>
    /// A whole file compiled for the REPL's paste mode (MicroPython's file input with the REPL flag): expression
    /// statements print their value as in single mode, except constant ones, which the parser has already dropped.
    /// </summary>
    public bool PrintExpressionStatements { get; init; }
}
