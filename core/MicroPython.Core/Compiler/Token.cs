using MicroPython.Compiler.Ast;

namespace MicroPython.Compiler;

/// <summary>One token: kind, position of its first character and, for names and literals, a value.</summary>
/// <remarks>
/// A struct kept in one array per source so that parsing a large file allocates only for the values that need it
/// (names are interned per file, so repeated names share one string).
/// </remarks>
internal readonly struct Token
{
    public Token(TokenKind kind, int line, int column, int start, int end, object? value = null)
    {
        Kind = kind;
        Line = line;
        Column = column;
        Start = start;
        End = end;
        Value = value;
    }

    public TokenKind Kind { get; }

    /// <summary>1-based line of the first character.</summary>
    public int Line { get; }

    /// <summary>0-based column (UTF-16 units) of the first character.</summary>
    public int Column { get; }

    /// <summary>Offset of the first character in the (newline-normalised) source.</summary>
    public int Start { get; }

    /// <summary>Offset just past the last character.</summary>
    public int End { get; }

    /// <summary>
    /// <see cref="string"/> for <see cref="TokenKind.Name"/>, <see cref="NumberLiteral"/>, <see cref="StringLiteral"/>
    /// or <see cref="LexError"/> for <see cref="TokenKind.Error"/>; null otherwise.
    /// </summary>
    public object? Value { get; }

    public override string ToString() => Value is null ? $"{Kind}@{Line}:{Column}" : $"{Kind}({Value})@{Line}:{Column}";
}

/// <summary>The value of a number token.</summary>
internal sealed class NumberLiteral
{
    public NumberLiteral(ConstantKind kind, object value)
    {
        Kind = kind;
        Value = value;
    }

    private NumberLiteral(string error)
    {
        Error = error;
        Value = 0L;
    }

    /// <summary>Int, BigInt, Float or Imaginary.</summary>
    public ConstantKind Kind { get; }

    public object Value { get; }

    /// <summary>
    /// Set for a malformed literal. MicroPython converts number text when the parser accepts the token as an atom,
    /// so the error is raised there and a number in the wrong place is still just "invalid syntax".
    /// </summary>
    public string? Error { get; }

    public static NumberLiteral Invalid(string error) => new(error);

    public override string ToString() => Error ?? $"{Kind}:{Value}";
}

internal enum StringLiteralKind : byte
{
    Str,
    Bytes,
    FString,
}

/// <summary>The value of one string token, before adjacent literals are joined by the parser.</summary>
internal sealed class StringLiteral
{
    private StringLiteral(StringLiteralKind kind, string? text, byte[]? bytes)
    {
        Kind = kind;
        Text = text;
        Bytes = bytes;
    }

    public StringLiteralKind Kind { get; }

    /// <summary>Decoded text of a str literal.</summary>
    public string? Text { get; }

    /// <summary>Decoded contents of a bytes literal.</summary>
    public byte[]? Bytes { get; }

    /// <summary>f-string: offset of the first character after the opening quote(s).</summary>
    public int BodyStart { get; private init; }

    /// <summary>f-string: offset of the closing quote(s).</summary>
    public int BodyEnd { get; private init; }

    public int BodyLine { get; private init; }
    public int BodyColumn { get; private init; }

    /// <summary>f-string with an r prefix: backslashes in literal parts are kept.</summary>
    public bool IsRaw { get; private init; }

    public static StringLiteral ForStr(string text) => new(StringLiteralKind.Str, text, null);

    public static StringLiteral ForBytes(byte[] bytes) => new(StringLiteralKind.Bytes, null, bytes);

    public static StringLiteral ForFString(int bodyStart, int bodyEnd, int bodyLine, int bodyColumn, bool isRaw) =>
        new(StringLiteralKind.FString, null, null)
        {
            BodyStart = bodyStart,
            BodyEnd = bodyEnd,
            BodyLine = bodyLine,
            BodyColumn = bodyColumn,
            IsRaw = isRaw,
        };

    public override string ToString() => Kind switch
    {
        StringLiteralKind.Str => "'" + Text + "'",
        StringLiteralKind.Bytes => "b<" + Bytes!.Length + ">",
        _ => "f<" + BodyStart + ".." + BodyEnd + ">",
    };
}

/// <summary>The value of an <see cref="TokenKind.Error"/> token: what the parser raises when it reaches it.</summary>
internal sealed class LexError
{
    public LexError(CompileErrorKind kind, string message)
    {
        Kind = kind;
        Message = message;
    }

    public CompileErrorKind Kind { get; }
    public string Message { get; }

    public override string ToString() => Kind + ": " + Message;
}
