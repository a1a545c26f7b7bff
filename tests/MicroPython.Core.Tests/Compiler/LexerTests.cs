using System.Collections.Generic;
using System.Numerics;
using System.Text;
using MicroPython.Compiler;
using ConstantKind = MicroPython.Compiler.Ast.ConstantKind;
using Xunit;

namespace MicroPython.Tests.Compiler;

public class LexerTests
{
    /// <summary>Token kinds separated by spaces, names and literal values in brackets, EOF omitted.</summary>
    private static string Kinds(string source)
    {
        var parts = new List<string>();
        foreach (Token t in Lexer.Tokenize(source))
        {
            if (t.Kind == TokenKind.EndOfFile)
            {
                break;
            }

            parts.Add(t.Kind switch
            {
                TokenKind.Name => "Name(" + t.Value + ")",
                TokenKind.Number => "Number(" + t.Value + ")",
                TokenKind.Error => "Error(" + t.Value + ")",
                _ => t.Kind.ToString(),
            });
        }

        return string.Join(" ", parts);
    }

    private static Token Single(string source)
    {
        Token[] tokens = Lexer.Tokenize(source);
        return tokens[0];
    }

    private static NumberLiteral Number(string source)
    {
        Token t = Single(source);
        Assert.Equal(TokenKind.Number, t.Kind);
        return (NumberLiteral)t.Value!;
    }

    private static StringLiteral String(string source)
    {
        Token t = Single(source);
        Assert.Equal(TokenKind.String, t.Kind);
        return (StringLiteral)t.Value!;
    }

    private static LexError LexFailure(string source)
    {
        foreach (Token t in Lexer.Tokenize(source))
        {
            if (t.Kind == TokenKind.Error)
            {
                return (LexError)t.Value!;
            }
        }

        Assert.Fail("no error token for " + source);
        return null!;
    }

    // ---- Basic structure ----------------------------------------------------------------------------------------

    [Fact]
    public void SimpleStatementEndsWithNewline() =>
        Assert.Equal("Name(x) Equal Number(Int:1) Newline", Kinds("x = 1"));

    [Fact]
    public void KeywordsAreDistinctFromNames() =>
        Assert.Equal(
            "False None True And As Assert Async Await Break Class Continue Def Del Elif Else Except Finally For From Global If Import In Is Lambda Nonlocal Not Or Pass Raise Return Try While With Yield Name(match) Name(print) Name(Def) Newline",
            Kinds("False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match print Def"));

    [Fact]
    public void AllOperatorsAndDelimiters() =>
        Assert.Equal(
            "Plus Minus Star DoubleStar Slash DoubleSlash Percent At LeftShift RightShift Ampersand Pipe Caret Tilde ColonEqual Less Greater LessEqual GreaterEqual EqualEqual NotEqual "
            + "LeftParen RightParen LeftBracket RightBracket LeftBrace RightBrace Comma Colon Semicolon Dot Ellipsis Equal Arrow "
            + "PlusEqual MinusEqual StarEqual DoubleStarEqual SlashEqual DoubleSlashEqual PercentEqual AtEqual LeftShiftEqual RightShiftEqual AmpersandEqual PipeEqual CaretEqual Newline",
            Kinds("+ - * ** / // % @ << >> & | ^ ~ := < > <= >= == != ( ) [ ] { } , : ; . ... = -> += -= *= **= /= //= %= @= <<= >>= &= |= ^="));

    [Fact]
    public void OperatorsNeedNoSpaces() =>
        Assert.Equal("Name(a) DoubleStarEqual Name(b) DoubleSlash Name(c) Arrow Name(d) Newline", Kinds("a**=b//c->d"));

    [Fact]
    public void NonAsciiIdentifiers()
    {
        Assert.Equal("Name(é) Equal Name(日本語) Plus Name(aé1) Plus Name(𝔘) Newline", Kinds("é = 日本語 + aé1 + 𝔘"));
    }

    [Fact]
    public void NamesAreInterned()
    {
        Token[] tokens = Lexer.Tokenize("spam + spam");
        Assert.Same(tokens[0].Value, tokens[2].Value);
    }

    [Fact]
    public void CommentsAndBlankLinesProduceNothing() =>
        Assert.Equal("Name(a) Newline Name(b) Newline", Kinds("# head\n\na  # tail\n   \n  # indented comment\n\nb\n"));

    [Fact]
    public void PositionsAreLineAndZeroBasedColumn()
    {
        Token[] tokens = Lexer.Tokenize("x = 1\n  # c\nfoo(bar)\n");
        Assert.Equal((1, 0), (tokens[0].Line, tokens[0].Column));
        Assert.Equal((1, 4), (tokens[2].Line, tokens[2].Column));
        Assert.Equal((1, 5), (tokens[3].Line, tokens[3].Column)); // NEWLINE sits on the line it ends
        Assert.Equal((3, 0), (tokens[4].Line, tokens[4].Column));
        Assert.Equal((3, 4), (tokens[6].Line, tokens[6].Column));
    }

    [Fact]
    public void CrLfAndCrAreNewlines()
    {
        Token[] tokens = Lexer.Tokenize("a\r\nb\rc");
        Assert.Equal("Name(a) Newline Name(b) Newline Name(c) Newline", Kinds("a\r\nb\rc"));
        Assert.Equal(3, tokens[4].Line);
    }

    [Fact]
    public void ByteOrderMarkIsIgnored() => Assert.Equal("Name(x) Newline", Kinds("\uFEFFx"));

    [Fact]
    public void EndOfFileIsOnTheLineAfterTheLast()
    {
        Token[] tokens = Lexer.Tokenize("x = (1,");
        Assert.Equal(TokenKind.EndOfFile, tokens[^1].Kind);
        Assert.Equal(2, tokens[^1].Line);
    }

    // ---- Line joining -------------------------------------------------------------------------------------------

    [Fact]
    public void NewlinesInsideBracketsAreIgnored() =>
        Assert.Equal(
            "Name(x) Equal LeftBracket Number(Int:1) Comma Number(Int:2) Comma LeftParen Number(Int:3) RightParen RightBracket Newline Name(y) Newline",
            Kinds("x = [1,\n     2,  # comment\n\n (3\n)]\ny"));

    [Fact]
    public void BackslashJoinsLines()
    {
        Token[] tokens = Lexer.Tokenize("x = 1 + \\\n    2\n");
        Assert.Equal("Name(x) Equal Number(Int:1) Plus Number(Int:2) Newline", Kinds("x = 1 + \\\n    2\n"));
        Assert.Equal(2, tokens[4].Line);
    }

    [Fact]
    public void StrayBackslashIsAnError() => Assert.Equal("invalid syntax", LexFailure("x = 1 \\ 2").Message);

    [Theory]
    [InlineData("x $ y")]
    [InlineData("x ? y")]
    [InlineData("x ! y")]
    [InlineData("`x`")]
    [InlineData("a\u00A0= 1")]
    public void StrayCharactersAreErrors(string source)
    {
        LexError error = LexFailure(source);
        Assert.Equal(CompileErrorKind.SyntaxError, error.Kind);
        Assert.Equal("invalid syntax", error.Message);
    }

    // ---- Indentation --------------------------------------------------------------------------------------------

    [Fact]
    public void IndentAndDedent() =>
        Assert.Equal(
            "If Name(a) Colon Newline Indent If Name(b) Colon Newline Indent Pass Newline Dedent Pass Newline Dedent Pass Newline",
            Kinds("if a:\n    if b:\n        pass\n    pass\npass\n"));

    [Fact]
    public void SeveralDedentsAtOnceAndAtEndOfFile() =>
        Assert.Equal(
            "If Name(a) Colon Newline Indent If Name(b) Colon Newline Indent Pass Newline Dedent Dedent Pass Newline If Name(c) Colon Newline Indent Pass Newline Dedent",
            Kinds("if a:\n  if b:\n    pass\npass\nif c:\n pass"));

    [Fact]
    public void TabsAdvanceToMultiplesOfEight() =>
        Assert.Equal(
            "If Name(a) Colon Newline Indent Pass Newline Pass Newline Dedent",
            Kinds("if a:\n\tpass\n        pass\n"));

    [Fact]
    public void InconsistentDedentReportsThePreviousLine()
    {
        Token[] tokens = Lexer.Tokenize("if 1:\n    x = 1\n  y = 2\n");
        Token error = System.Array.Find(tokens, t => t.Kind == TokenKind.Error);
        Assert.Equal(CompileErrorKind.IndentationError, ((LexError)error.Value!).Kind);
        Assert.Equal("unindent doesn't match any outer indent level", ((LexError)error.Value!).Message);
        Assert.Equal(2, error.Line);
    }

    // ---- Numbers ------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("00", 0L)]
    [InlineData("7", 7L)]
    [InlineData("1_000_000", 1000000L)]
    [InlineData("1__0", 10L)]
    [InlineData("1_", 1L)]
    [InlineData("0x1F", 31L)]
    [InlineData("0XfF", 255L)]
    [InlineData("0o17", 15L)]
    [InlineData("0O7_7", 63L)]
    [InlineData("0b101", 5L)]
    [InlineData("0B1_0", 2L)]
    [InlineData("0x_1", 1L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("0x7fffffffffffffff", long.MaxValue)]
    public void Integers(string source, long expected)
    {
        NumberLiteral n = Number(source);
        Assert.Null(n.Error);
        Assert.Equal(ConstantKind.Int, n.Kind);
        Assert.Equal(expected, (long)n.Value);
    }

    [Theory]
    [InlineData("9223372036854775808", "9223372036854775808")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    [InlineData("0x10000000000000000", "18446744073709551616")]
    [InlineData("0o1000000000000000000000", "9223372036854775808")]
    [InlineData("0b1" + "0000000000000000000000000000000000000000000000000000000000000000", "18446744073709551616")]
    public void BigIntegers(string source, string expected)
    {
        NumberLiteral n = Number(source);
        Assert.Equal(ConstantKind.BigInt, n.Kind);
        Assert.Equal(BigInteger.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), (BigInteger)n.Value);
    }

    [Theory]
    [InlineData("1.", 1.0)]
    [InlineData(".5", 0.5)]
    [InlineData("1.5", 1.5)]
    [InlineData("1e10", 1e10)]
    [InlineData("1E-3", 1e-3)]
    [InlineData("2.5e+2", 250.0)]
    [InlineData("1_0.5", 10.5)]
    [InlineData("0.1", 0.1)]
    [InlineData("1e400", double.PositiveInfinity)]
    [InlineData("0e0", 0.0)]
    [InlineData("007.5", 7.5)]
    public void Floats(string source, double expected)
    {
        NumberLiteral n = Number(source);
        Assert.Equal(ConstantKind.Float, n.Kind);
        Assert.Equal(expected, (double)n.Value);
    }

    [Theory]
    [InlineData("2j", 2.0)]
    [InlineData("1.5J", 1.5)]
    [InlineData(".5j", 0.5)]
    [InlineData("1e2j", 100.0)]
    [InlineData("0j", 0.0)]
    public void Imaginary(string source, double expected)
    {
        NumberLiteral n = Number(source);
        Assert.Equal(ConstantKind.Imaginary, n.Kind);
        Assert.Equal(expected, (double)n.Value);
    }

    [Theory]
    [InlineData("0o9", "invalid syntax for integer with base 8: '9'")]
    [InlineData("0x", "invalid syntax for integer with base 16: ''")]
    [InlineData("0xg", "invalid syntax for integer with base 16: 'g'")]
    [InlineData("0b102", "invalid syntax for integer with base 2: '102'")]
    [InlineData("1if", "invalid syntax for integer with base 10: '1if'")]
    [InlineData("1and", "invalid syntax for integer with base 10: '1and'")]
    [InlineData("0777", "invalid syntax for number")]
    [InlineData("1e", "invalid syntax for number")]
    [InlineData("1e+", "invalid syntax for number")]
    [InlineData("1.2.3", "invalid syntax for number")]
    [InlineData("1jj", "invalid syntax for number")]
    [InlineData("0x1.5", "invalid syntax for number")]
    [InlineData("1.e", "invalid syntax for number")]
    public void BadNumbersCarryMicroPythonMessages(string source, string message)
    {
        // A bad number is still one token (MicroPython scans letters, digits and dots greedily); the parser
        // raises the message when it uses the token.
        Token[] tokens = Lexer.Tokenize(source);
        Assert.Equal(TokenKind.Number, tokens[0].Kind);
        Assert.Equal(TokenKind.Newline, tokens[1].Kind);
        Assert.Equal(message, ((NumberLiteral)tokens[0].Value!).Error);
    }

    [Fact]
    public void NumberFollowedByOperatorsAndDots()
    {
        Assert.Equal("Number(Int:1) Plus Number(Int:2) Newline", Kinds("1+2"));
        Assert.Equal("Number(Float:1) Name(real) Newline", Kinds("1. real"));
        Assert.Equal("Number(Int:1) Dot Name(real) Newline", Kinds("1 .real"));
        Assert.Equal("Number(Float:1E-05) Minus Number(Int:1) Newline", Kinds("1e-5-1"));
        Assert.Equal("Number(Int:14) Plus Number(Int:1) Newline", Kinds("0xe+1"));
    }

    // ---- Strings ------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("'abc'", "abc")]
    [InlineData("\"abc\"", "abc")]
    [InlineData("'''a\nb'''", "a\nb")]
    [InlineData("\"\"\"a'\"b\"\"\"", "a'\"b")]
    [InlineData("''", "")]
    [InlineData("''''''", "")]
    [InlineData("u'x'", "x")]
    [InlineData("U'x'", "x")]
    [InlineData("'it''s'", "it")]
    [InlineData("'é€😀'", "é€😀")]
    public void PlainStrings(string source, string expected)
    {
        StringLiteral s = String(source);
        Assert.Equal(StringLiteralKind.Str, s.Kind);
        Assert.Equal(expected, s.Text);
    }

    [Theory]
    [InlineData(@"'\n\t\\\'\""'", "\n\t\\'\"")]
    [InlineData(@"'\a\b\f\v\r\0'", "\a\b\f\v\r\0")]
    [InlineData(@"'\101\60\7\1234'", "A0\a" + "S4")]
    [InlineData(@"'\x41\xe9'", "A\u00e9")]
    [InlineData(@"'\u20ac\U0001F600'", "€😀")]
    [InlineData(@"'\q\d\%'", @"\q\d\%")]
    [InlineData("'a\\\nb'", "ab")]
    [InlineData(@"'\777'", "\u01ff")]
    public void StringEscapes(string source, string expected) => Assert.Equal(expected, String(source).Text);

    [Theory]
    [InlineData(@"r'\n\x'", @"\n\x")]
    [InlineData(@"R'\''", @"\'")]
    [InlineData(@"r'\\'", @"\\")]
    [InlineData("r'a\\\nb'", "a\\\nb")]
    public void RawStrings(string source, string expected) => Assert.Equal(expected, String(source).Text);

    [Theory]
    [InlineData("b'abc'", new byte[] { 97, 98, 99 })]
    [InlineData("B\"\"", new byte[0])]
    [InlineData(@"b'\x00\xff\n\101\777'", new byte[] { 0, 255, 10, 65, 255 })]
    [InlineData(@"b'\u00e9'", new byte[] { 92, 117, 48, 48, 101, 57 })]
    [InlineData(@"b'\N{x}'", new byte[] { 92, 78, 123, 120, 125 })]
    [InlineData(@"br'\n'", new byte[] { 92, 110 })]
    [InlineData(@"Rb'\n'", new byte[] { 92, 110 })]
    [InlineData("b'é'", new byte[] { 0xc3, 0xa9 })]
    public void Bytes(string source, byte[] expected)
    {
        StringLiteral s = String(source);
        Assert.Equal(StringLiteralKind.Bytes, s.Kind);
        Assert.Equal(expected, s.Bytes);
    }

    [Theory]
    [InlineData("f'a{b}c'", "a{b}c", false)]
    [InlineData("F\"x\"", "x", false)]
    [InlineData("rf'{x}'", "{x}", true)]
    [InlineData("fR'{x}'", "{x}", true)]
    [InlineData("f'''{x}\n'''", "{x}\n", false)]
    [InlineData(@"f'\'{x}'", @"\'{x}", false)]
    public void FStringsKeepTheirRawBody(string source, string body, bool raw)
    {
        StringLiteral s = String(source);
        Assert.Equal(StringLiteralKind.FString, s.Kind);
        Assert.Equal(raw, s.IsRaw);
        Assert.Equal(body, source.Substring(s.BodyStart, s.BodyEnd - s.BodyStart));
        Assert.Equal(1, s.BodyLine);
    }

    [Theory]
    [InlineData("ub'x'")]
    [InlineData("bf'x'")]
    [InlineData("ur'x'")]
    [InlineData("rr'x'")]
    public void InvalidPrefixesAreANameThenAString(string source)
    {
        Token[] tokens = Lexer.Tokenize(source);
        Assert.Equal(TokenKind.Name, tokens[0].Kind);
        Assert.Equal(TokenKind.String, tokens[1].Kind);
    }

    [Fact]
    public void AdjacentLiteralsAreSeparateTokens() =>
        Assert.Equal("String String String Newline", Kinds("'a' \"b\" '''c'''"));

    [Fact]
    public void TripleQuotedStringsAdvanceTheLine()
    {
        Token[] tokens = Lexer.Tokenize("x = '''a\nb\nc''' + y\nz");
        Assert.Equal(1, tokens[2].Line);
        Assert.Equal(3, tokens[4].Line); // y
        Assert.Equal(4, tokens[6].Line); // z
    }

    [Theory]
    [InlineData("'abc")]
    [InlineData("'abc\ndef'")]
    [InlineData("'''abc")]
    [InlineData("\"abc'")]
    [InlineData("'abc\\'")]
    public void UnterminatedStrings(string source)
    {
        Token[] tokens = Lexer.Tokenize(source);
        Assert.Equal(TokenKind.Error, tokens[0].Kind);
        Assert.Equal(1, tokens[0].Line);
        Assert.Equal("invalid syntax", ((LexError)tokens[0].Value!).Message);
    }

    [Theory]
    [InlineData(@"'\x4'", "invalid syntax")]
    [InlineData(@"'\xzz'", "invalid syntax")]
    [InlineData(@"'\u12'", "invalid syntax")]
    [InlineData(@"'\U00110000'", "invalid syntax")]
    [InlineData(@"b'\x'", "invalid syntax")]
    [InlineData(@"'\N{EM DASH}'", "unicode name escapes")]
    public void BadEscapes(string source, string message) => Assert.Equal(message, LexFailure(source).Message);

    [Fact]
    public void EscapeDecoderIsShared()
    {
        string? text = Lexer.DecodeStr(@"a\tb", 0, 4, isRaw: false, out string? error);
        Assert.Null(error);
        Assert.Equal("a\tb", text);
        Assert.Equal(Encoding.UTF8.GetBytes("é"), Lexer.DecodeBytes("é", 0, 1, isRaw: false, out _));
    }

    // ---- REPL continuation --------------------------------------------------------------------------------------

    [Theory]
    [InlineData("x = 1", false)]
    [InlineData("", false)]
    [InlineData("x = (1,", true)]
    [InlineData("x = [1,\n2", true)]
    [InlineData("d = {", true)]
    [InlineData("x = (1,\n2)", false)]
    [InlineData("s = '''abc", true)]
    [InlineData("s = \"\"\"abc\n", true)]
    [InlineData("s = '''abc'''", false)]
    [InlineData("s = '('", false)]
    [InlineData("s = '\\'('", false)]
    [InlineData("x = 1 + \\", true)]
    [InlineData("if x:", true)]
    [InlineData("if x:\n    y = 1", true)]
    [InlineData("if x:\n    y = 1\n", false)]
    [InlineData("while 1: pass", true)]
    [InlineData("while 1: pass\n", false)]
    [InlineData("for i in x:", true)]
    [InlineData("try:", true)]
    [InlineData("with a:", true)]
    [InlineData("def f():", true)]
    [InlineData("class A:", true)]
    [InlineData("async def f():", true)]
    [InlineData("@dec", true)]
    [InlineData("iffy = 1", false)]
    [InlineData("define = 1", false)]
    [InlineData("x = (1, # it's", true)]
    [InlineData("x = ')'  # (", false)]
    public void IncompleteInput(string source, bool expected) => Assert.Equal(expected, Lexer.IsIncompleteInput(source));
}
