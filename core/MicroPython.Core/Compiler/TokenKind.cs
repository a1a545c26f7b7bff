namespace MicroPython.Compiler;

/// <summary>Kinds of token produced by the <see cref="Lexer"/>.</summary>
internal enum TokenKind : byte
{
    EndOfFile,

    /// <summary>
    /// A bad token (stray character, unterminated string, bad number, indentation mismatch). The lexer stops after
    /// it; the parser raises its error only when it reaches the token, so an earlier grammar error wins, as in
    /// MicroPython where the parser pulls tokens one at a time.
    /// </summary>
    Error,

    Newline,
    Indent,
    Dedent,

    Name,

    /// <summary>Integer, float or imaginary literal; the value is a <see cref="NumberValue"/>.</summary>
    Number,

    /// <summary>One string, bytes or f-string literal; the value is a <see cref="StringLiteral"/>.</summary>
    String,

    // Keywords, in alphabetical order.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    // Operators.
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    At,
    LeftShift,
    RightShift,
    Ampersand,
    Pipe,
    Caret,
    Tilde,
    ColonEqual,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqualEqual,
    NotEqual,

    // Delimiters.
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    LeftBrace,
    RightBrace,
    Comma,
    Colon,
    Semicolon,
    Dot,
    Ellipsis,
    Equal,
    Arrow,

    // Augmented assignment operators.
    PlusEqual,
    MinusEqual,
    StarEqual,
    DoubleStarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    LeftShiftEqual,
    RightShiftEqual,
    AmpersandEqual,
    PipeEqual,
    CaretEqual,
}
