using System;
using System.Collections;
using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Threading;
using MicroPython.Compiler;
using MicroPython.Compiler.Ast;
using Xunit;
using Assert = Xunit.Assert;
using Attribute = MicroPython.Compiler.Ast.Attribute;
using Module = MicroPython.Compiler.Ast.Module;

namespace MicroPython.Tests.Compiler;

public class ParserTests
{
    /// <summary>Parses one expression (eval mode) and dumps it.</summary>
    private static string E(string source) => AstDump.Dump(Parser.Parse(source, "t.py", CompileMode.Eval));

    /// <summary>Parses a module and dumps its body as <c>{ stmt; stmt }</c>.</summary>
    private static string S(string source) => AstDump.Dump(Parser.Parse(source, "t.py", CompileMode.Exec));

    private static Module M(string source) => (Module)Parser.Parse(source, "t.py", CompileMode.Exec);

    private static CompileException Fails(string source, CompileMode mode = CompileMode.Exec) =>
        Assert.Throws<CompileException>(() => Parser.Parse(source, "t.py", mode));

    /// <summary>A parser error: MicroPython's parser reports it without a block name.</summary>
    private static void ParseError(string source, string message, int line, CompileErrorKind kind = CompileErrorKind.SyntaxError)
    {
        CompileException e = Fails(source);
        Assert.Equal(message, e.Message);
        Assert.Equal(line, e.Line);
        Assert.Equal(kind, e.Kind);
        Assert.Equal("t.py", e.FileName);
        Assert.Null(e.BlockName);
    }

    /// <summary>An error MicroPython finds in its compiler: reported with the enclosing block's name.</summary>
    private static void CompileError(string source, string message, int line, string block = "<module>")
    {
        CompileException e = Fails(source);
        Assert.Equal(message, e.Message);
        Assert.Equal(line, e.Line);
        Assert.Equal(CompileErrorKind.SyntaxError, e.Kind);
        Assert.Equal(block, e.BlockName);
    }

    // ---- Modes --------------------------------------------------------------------------------------------------

    [Fact]
    public void ExecModeGivesAModule()
    {
        Module m = M("x = 1\ny = 2\n");
        Assert.False(m.IsInteractive);
        Assert.Equal(2, m.Body.Count);
    }

    [Fact]
    public void EmptySourceIsAnEmptyModule()
    {
        Assert.Empty(M("").Body);
        Assert.Empty(M("\n\n# only a comment\n   \n").Body);
    }

    [Fact]
    public void SingleModeIsInteractiveAndTakesOneStatement()
    {
        var m = (Module)Parser.Parse("1 + 1", "<stdin>", CompileMode.Single);
        Assert.True(m.IsInteractive);
        Assert.Equal("{ Expr((1 + 1)) }", AstDump.Dump(m));

        var compound = (Module)Parser.Parse("for i in x:\n  print(i)\n\n", "<stdin>", CompileMode.Single);
        Assert.Single(compound.Body);
        Assert.Equal("{ Expr(a); Expr(b) }", AstDump.Dump(Parser.Parse("a; b", "<stdin>", CompileMode.Single)));
        Assert.Empty(((Module)Parser.Parse("", "<stdin>", CompileMode.Single)).Body);

        CompileException e = Fails("x = 1\ny = 2\n", CompileMode.Single);
        Assert.Equal("invalid syntax", e.Message);
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void EvalModeGivesAnExpression()
    {
        Node node = Parser.Parse("x + 1\n\n", "<string>", CompileMode.Eval);
        Assert.IsType<ExpressionModule>(node);
        Assert.Equal("(x + 1)", AstDump.Dump(node));
        Assert.Equal("(1, 2)", E("1, 2"));
        Assert.Equal("1", E("  1"));
        Assert.Equal("invalid syntax", Fails("x = 1", CompileMode.Eval).Message);
        Assert.Equal("invalid syntax", Fails("", CompileMode.Eval).Message);
        Assert.Equal("invalid syntax", Fails("1\n2", CompileMode.Eval).Message);
    }

    // ---- Literals -----------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("42", "42")]
    [InlineData("0x_ff", "255")]
    [InlineData("12345678901234567890", "12345678901234567890L")]
    [InlineData("1.5", "1.5f")]
    [InlineData("1.", "1f")]
    [InlineData(".5", "0.5f")]
    [InlineData("1e3", "1000f")]
    [InlineData("3j", "3j")]
    [InlineData("None", "None")]
    [InlineData("True", "True")]
    [InlineData("False", "False")]
    [InlineData("...", "...")]
    [InlineData("'a' \"b\" '''c'''", "'abc'")]
    [InlineData("'a' r'\\n'", "'a\\\\n'")]
    [InlineData("b'a' B'b' rb'\\n'", "b'ab\\x5cn'")]
    [InlineData("'é' '\\u20ac'", "'é€'")]
    public void Constants(string source, string expected) => Assert.Equal(expected, E(source));

    [Fact]
    public void ConstantKindsAndValues()
    {
        var module = (ExpressionModule)Parser.Parse("(1, 2**70, 1.5, 2j, 's', b'b', None)", "t", CompileMode.Eval);
        var tuple = (MicroPython.Compiler.Ast.Tuple)module.Body;
        var big = (BinOp)tuple.Elts[1];
        Assert.Equal(ConstantKind.Int, ((Constant)tuple.Elts[0]).Kind);
        Assert.IsType<long>(((Constant)tuple.Elts[0]).Value);
        Assert.Equal(ConstantKind.Int, ((Constant)big.Left).Kind);
        Assert.Equal(ConstantKind.Float, ((Constant)tuple.Elts[2]).Kind);
        Assert.Equal(ConstantKind.Imaginary, ((Constant)tuple.Elts[3]).Kind);
        Assert.Equal("s", ((Constant)tuple.Elts[4]).Value);
        Assert.Equal(new byte[] { 98 }, ((Constant)tuple.Elts[5]).Value);
        Assert.Equal(ConstantKind.None, ((Constant)tuple.Elts[6]).Kind);
        Assert.Equal(ConstantKind.BigInt, ((Constant)((ExpressionModule)Parser.Parse("9223372036854775808", "t", CompileMode.Eval)).Body).Kind);
    }

    [Fact]
    public void MixingBytesAndStrIsAnError()
    {
        ParseError("x = b'a' 'b'", "cannot mix bytes and nonbytes literals", 1);
        ParseError("x = 'a' b'b'", "cannot mix bytes and nonbytes literals", 1);
        ParseError("x = b'a' f'b'", "cannot mix bytes and nonbytes literals", 1);
    }

    [Theory]
    [InlineData("x = 0o9", "invalid syntax for integer with base 8: '9'")]
    [InlineData("x = 0x", "invalid syntax for integer with base 16: ''")]
    [InlineData("x = 1if 1else 0", "invalid syntax for integer with base 10: '1if'")]
    [InlineData("x = 0777", "invalid syntax for number")]
    [InlineData("x = 1e", "invalid syntax for number")]
    [InlineData("x = 'abc", "invalid syntax")]
    [InlineData("x = '''abc\n\n", "invalid syntax")]
    public void BadLiterals(string source, string message) => ParseError(source, message, 1);

    [Fact]
    public void NameEscapeIsNotImplemented() =>
        ParseError("x = '\\N{EM DASH}'", "unicode name escapes", 1, CompileErrorKind.NotImplemented);

    [Fact]
    public void BadNumberErrorIsOnItsLine() => ParseError("x = 1\ny = 0b2\n", "invalid syntax for integer with base 2: '2'", 2);

    // ---- Precedence and associativity ---------------------------------------------------------------------------

    [Theory]
    [InlineData("-2**2", "(-(2 ** 2))")]
    [InlineData("2**-1", "(2 ** (-1))")]
    [InlineData("2**3**2", "(2 ** (3 ** 2))")]
    [InlineData("-x**-y", "(-(x ** (-y)))")]
    [InlineData("~-+x", "(~(-(+x)))")]
    [InlineData("1 + 2 * 3", "(1 + (2 * 3))")]
    [InlineData("1 - 2 - 3", "((1 - 2) - 3)")]
    [InlineData("a / b // c % d @ e * f", "(((((a / b) // c) % d) @ e) * f)")]
    [InlineData("a << b + c", "(a << (b + c))")]
    [InlineData("a >> b << c", "((a >> b) << c)")]
    [InlineData("a & b << c", "(a & (b << c))")]
    [InlineData("a ^ b & c", "(a ^ (b & c))")]
    [InlineData("a | b ^ c", "(a | (b ^ c))")]
    [InlineData("a | b | c", "((a | b) | c)")]
    [InlineData("a < b | c", "(a < (b | c))")]
    [InlineData("a < b <= c > d >= e == f != g", "(a < b <= c > d >= e == f != g)")]
    [InlineData("a in b not in c is d is not e", "(a in b not in c is d is not e)")]
    [InlineData("not a == b", "(not (a == b))")]
    [InlineData("not not a", "(not (not a))")]
    [InlineData("a and not b", "(a and (not b))")]
    [InlineData("a or b and c or d", "(a or (b and c) or d)")]
    [InlineData("a and b and c", "(a and b and c)")]
    [InlineData("a if b else c", "(a if b else c)")]
    [InlineData("a if b else c if d else e", "(a if b else (c if d else e))")]
    [InlineData("a or b if c and d else e", "((a or b) if (c and d) else e)")]
    [InlineData("lambda: a if b else c", "lambda(): (a if b else c)")]
    [InlineData("await x ** 2", "(await(x) ** 2)")]
    [InlineData("-await x", "(-await(x))")]
    [InlineData("await f(x).y", "await(f(x).y)")]
    [InlineData("a.b.c(d)[e](f)", "a.b.c(d)[e](f)")]
    [InlineData("(a + b) * c", "((a + b) * c)")]
    [InlineData("-1", "(-1)")]
    public void Precedence(string source, string expected) => Assert.Equal(expected, E(source));

    // ---- Displays and comprehensions ----------------------------------------------------------------------------

    [Theory]
    [InlineData("()", "()")]
    [InlineData("(1)", "1")]
    [InlineData("(1,)", "(1,)")]
    [InlineData("1,", "(1,)")]
    [InlineData("(1, 2,)", "(1, 2)")]
    [InlineData("(*a, b)", "(*a, b)")]
    [InlineData("[]", "[]")]
    [InlineData("[1, *a, 2,]", "[1, *a, 2]")]
    [InlineData("{}", "{}")]
    [InlineData("{1: 2, 'a': b,}", "{1: 2, 'a': b}")]
    [InlineData("{**a, 1: 2, **b}", "{**a, 1: 2, **b}")]
    [InlineData("{1}", "Set{1}")]
    [InlineData("{1, *a,}", "Set{1, *a}")]
    [InlineData("[x for x in y]", "ListComp[x for x:S in y]")]
    [InlineData("[x for x in y if a if b for z in x if c]", "ListComp[x for x:S in y if a if b for z:S in x if c]")]
    [InlineData("[(x, y) for x, y in z]", "ListComp[(x, y) for (x:S, y:S):S in z]")]
    [InlineData("[x for *a, b in z]", "ListComp[x for (*a:S:S, b:S):S in z]")]
    [InlineData("{x for x in y}", "SetComp[x for x:S in y]")]
    [InlineData("{k: v for k, v in d.items()}", "DictComp[k: v for (k:S, v:S):S in d.items()]")]
    [InlineData("(x for x in y)", "GenExp[x for x:S in y]")]
    [InlineData("[x async for x in y]", "ListComp[x async for x:S in y]")]
    [InlineData("[x for x in a or b if c and d]", "ListComp[x for x:S in (a or b) if (c and d)]")]
    [InlineData("[x if y else z for x in w]", "ListComp[(x if y else z) for x:S in w]")]
    [InlineData("[y := f(x), y**2]", "[(y:S := f(x)), (y ** 2)]")]
    [InlineData("[y for x in z if (y := x)]", "ListComp[y for x:S in z if (y:S := x)]")]
    public void Displays(string source, string expected) => Assert.Equal(expected, E(source));

    [Fact]
    public void ParenthesizedTupleIsMarked()
    {
        var paren = (MicroPython.Compiler.Ast.Tuple)((ExpressionModule)Parser.Parse("(1, 2)", "t", CompileMode.Eval)).Body;
        var bare = (MicroPython.Compiler.Ast.Tuple)((ExpressionModule)Parser.Parse("1, 2", "t", CompileMode.Eval)).Body;
        Assert.True(paren.Parenthesized);
        Assert.False(bare.Parenthesized);
    }

    [Fact]
    public void DictAndSetItemMistakesUseMicroPythonTexts()
    {
        CompileError("x = {1: 2, 3}", "expecting key:value for dict", 1);
        CompileError("x = {1, 2: 3}", "expecting just a value for set", 1);
    }

    [Theory]
    [InlineData("[*a for a in b]")]
    [InlineData("{**a for a in b}")]
    [InlineData("[x for x in lambda: y]")]
    [InlineData("[x for x in y if lambda: z]")]
    [InlineData("(x for x in y, 1)")]
    [InlineData("{1: *a}")]
    [InlineData("[1, 2")]
    [InlineData("(1 2)")]
    public void BadDisplays(string source) => Assert.Equal("invalid syntax", Fails("x = " + source).Message);

    // ---- Calls, subscripts, attributes --------------------------------------------------------------------------

    [Theory]
    [InlineData("f()", "f()")]
    [InlineData("f(a, b,)", "f(a, b)")]
    [InlineData("f(a, *b, c, *d, k=1, **e, m=2, **g)", "f(a, *b, c, *d, k=1, **e, m=2, **g)")]
    [InlineData("f(x for x in y)", "f(GenExp[x for x:S in y])")]
    [InlineData("f(x := 1, y)", "f((x:S := 1), y)")]
    [InlineData("f(a)(b)", "f(a)(b)")]
    [InlineData("f(*a, *b, **c, **d)", "f(*a, *b, **c, **d)")]
    [InlineData("a[1]", "a[1]")]
    [InlineData("a[1:2]", "a[1:2:]")]
    [InlineData("a[::]", "a[::]")]
    [InlineData("a[:]", "a[::]")]
    [InlineData("a[::2]", "a[::2]")]
    [InlineData("a[1:2:3]", "a[1:2:3]")]
    [InlineData("a[:-1]", "a[:(-1):]")]
    [InlineData("a[1:2, ::3]", "a[(1:2:, ::3)]")]
    [InlineData("a[1, 2]", "a[(1, 2)]")]
    [InlineData("a[1,]", "a[(1,)]")]
    [InlineData("a[x := 1]", "a[(x:S := 1)]")]
    [InlineData("a[b][c]", "a[b][c]")]
    [InlineData("a.b.c", "a.b.c")]
    [InlineData("a().b[c]", "a().b[c]")]
    public void Trailers(string source, string expected) => Assert.Equal(expected, E(source));

    [Fact]
    public void KeywordArgumentsKeepNamesAndOrder()
    {
        var call = (Call)((ExpressionModule)Parser.Parse("f(1, k=2, **m, j=3)", "t", CompileMode.Eval)).Body;
        Assert.Single(call.Args);
        Assert.Equal(new[] { "k", null, "j" }, new[] { call.Keywords[0].Name, call.Keywords[1].Name, call.Keywords[2].Name });
    }

    [Theory]
    [InlineData("f(x=1, 2)", "positional arg after keyword arg")]
    [InlineData("f(**a, b)", "positional arg after **")]
    [InlineData("f(**a, *b)", "* arg after **")]
    [InlineData("f(k=1, *b)", "* arg after kwarg")]
    [InlineData("f(1=2)", "LHS of keyword arg must be an id")]
    [InlineData("f(a.b=2)", "LHS of keyword arg must be an id")]
    public void CallArgumentOrderErrors(string source, string message) => CompileError(source, message, 1);

    [Theory]
    [InlineData("f(x for x in y, 1)")]
    [InlineData("f(1, x for x in y)")]
    [InlineData("f(x for x in y,)")]
    [InlineData("f(a b)")]
    [InlineData("f(**)")]
    [InlineData("a[]")]
    [InlineData("a.1")]
    [InlineData("a.(b)")]
    public void BadTrailers(string source) => Assert.Equal("invalid syntax", Fails(source).Message);

    // ---- Lambda and parameters ----------------------------------------------------------------------------------

    [Theory]
    [InlineData("lambda: 0", "lambda(): 0")]
    [InlineData("lambda x: x", "lambda(x): x")]
    [InlineData("lambda x, y=1, *a, k, m=2, **kw: 0", "lambda(x, y=1, *a, k, m=2, **kw): 0")]
    [InlineData("lambda *, k: k", "lambda(*, k): k")]
    [InlineData("lambda a, /, b: 0", "lambda(a, /, b): 0")]
    [InlineData("lambda x=lambda: 1: x", "lambda(x=lambda(): 1): x")]
    [InlineData("lambda: (yield)", "lambda(): yield()")]
    [InlineData("lambda *a,: a", "lambda(*a): a")]
    public void Lambdas(string source, string expected) => Assert.Equal(expected, E(source));

    [Theory]
    [InlineData("def f(): pass", "Def f() { Pass }")]
    [InlineData("def f(a, b=1, *args, c, d=2, **kw): pass", "Def f(a, b=1, *args, c, d=2, **kw) { Pass }")]
    [InlineData("def f(a, /, b, *, c): pass", "Def f(a, /, b, *, c) { Pass }")]
    [InlineData("def f(a=1, /, b=2): pass", "Def f(a=1, /, b=2) { Pass }")]
    [InlineData("def f(a: int, *b: str, c: 'x' = 3, **d: dict) -> bool: pass", "Def f(a: int, *b: str, c: 'x'=3, **d: dict) -> bool { Pass }")]
    [InlineData("def f(a,): pass", "Def f(a) { Pass }")]
    [InlineData("def f(**kw,): pass", "Def f(**kw) { Pass }")]
    [InlineData("def f(*, a=1, b): pass", "Def f(*, a=1, b) { Pass }")]
    public void FunctionParameters(string source, string expected) => Assert.Equal("{ " + expected + " }", S(source));

    [Fact]
    public void ParameterListsAreSplitLikeCPython()
    {
        var def = (FunctionDef)M("def f(a, b=1, /, c=2, *d, e, f=3, **g): pass").Body[0];
        Arguments args = def.Args;
        Assert.Equal(new[] { "a", "b" }, args.PosOnlyArgs.ConvertAll(a => a.Name));
        Assert.Equal(new[] { "c" }, args.Args.ConvertAll(a => a.Name));
        Assert.Equal(2, args.Defaults.Count);
        Assert.Equal("d", args.VarArg!.Name);
        Assert.Equal(new[] { "e", "f" }, args.KwOnlyArgs.ConvertAll(a => a.Name));
        Assert.Null(args.KwDefaults[0]);
        Assert.NotNull(args.KwDefaults[1]);
        Assert.Equal("g", args.KwArg!.Name);
    }

    [Theory]
    [InlineData("def f(*): pass")]
    [InlineData("def f(*, **k): pass")]
    [InlineData("def f(**k, a): pass")]
    [InlineData("def f(*a, *b): pass")]
    [InlineData("def f(/, a): pass")]
    [InlineData("def f(a, /, /): pass")]
    [InlineData("def f(*a, /): pass")]
    [InlineData("def f(a b): pass")]
    [InlineData("def f(1): pass")]
    [InlineData("def f(a)")]
    [InlineData("def (a): pass")]
    [InlineData("x = lambda a: int: 0")]
    [InlineData("lambda (a): 0")]
    public void BadParameters(string source) => Assert.Equal("invalid syntax", Fails(source).Message);

    [Fact]
    public void NonDefaultAfterDefault()
    {
        CompileError("def f(a=1, b): pass", "non-default argument follows default argument", 1);
        CompileError("x = lambda a=1, b: 0", "non-default argument follows default argument", 1);
        CompileError("def g():\n    def f(a=1, /, b): pass\n", "non-default argument follows default argument", 2, "g");
    }

    // ---- Simple statements --------------------------------------------------------------------------------------

    [Theory]
    [InlineData("x = 1", "Assign(x:S = 1)")]
    [InlineData("a = b = c", "Assign(a:S = b:S = c)")]
    [InlineData("a, b = b, a", "Assign((a:S, b:S):S = (b, a))")]
    [InlineData("a, = x", "Assign((a:S,):S = x)")]
    [InlineData("(a, b), [c, *d] = x", "Assign(((a:S, b:S):S, [c:S, *d:S:S]:S):S = x)")]
    [InlineData("[] = x", "Assign([]:S = x)")]
    [InlineData("x.y = z[0] = w", "Assign(x.y:S = z[0]:S = w)")]
    [InlineData("(x) = 1", "Assign(x:S = 1)")]
    [InlineData("x = *a, b", "Assign(x:S = (*a, b))")]
    [InlineData("x = yield", "Assign(x:S = yield())")]
    [InlineData("x = yield a, b", "Assign(x:S = yield((a, b)))")]
    [InlineData("x = yield from g()", "Assign(x:S = yieldfrom(g()))")]
    [InlineData("x = await y", "Assign(x:S = await(y))")]
    [InlineData("x += 1", "AugAssign(x:S += 1)")]
    [InlineData("x.a -= 1", "AugAssign(x.a:S -= 1)")]
    [InlineData("x[0] *= 2", "AugAssign(x[0]:S *= 2)")]
    [InlineData("x @= m", "AugAssign(x:S @= m)")]
    [InlineData("x /= 2", "AugAssign(x:S /= 2)")]
    [InlineData("x //= 2", "AugAssign(x:S //= 2)")]
    [InlineData("x %= 2", "AugAssign(x:S %= 2)")]
    [InlineData("x **= 2", "AugAssign(x:S **= 2)")]
    [InlineData("x <<= 2", "AugAssign(x:S <<= 2)")]
    [InlineData("x >>= 2", "AugAssign(x:S >>= 2)")]
    [InlineData("x &= 2", "AugAssign(x:S &= 2)")]
    [InlineData("x |= 2", "AugAssign(x:S |= 2)")]
    [InlineData("x ^= 2", "AugAssign(x:S ^= 2)")]
    [InlineData("x += yield", "AugAssign(x:S += yield())")]
    [InlineData("x: int", "AnnAssign(x:S: int, simple)")]
    [InlineData("x: int = 1", "AnnAssign(x:S: int = 1, simple)")]
    [InlineData("(x): int = 1", "AnnAssign(x:S: int = 1)")]
    [InlineData("a.b: int", "AnnAssign(a.b:S: int)")]
    [InlineData("a[0]: 'T' = yield", "AnnAssign(a[0]:S: 'T' = yield())")]
    [InlineData("f(x)", "Expr(f(x))")]
    [InlineData("yield", "Expr(yield())")]
    [InlineData("yield x", "Expr(yield(x))")]
    [InlineData("yield *a, b", "Expr(yield((*a, b)))")]
    [InlineData("await x", "Expr(await(x))")]
    [InlineData("pass", "Pass")]
    [InlineData("break", "Break")]
    [InlineData("continue", "Continue")]
    [InlineData("return", "Return()")]
    [InlineData("return x", "Return(x)")]
    [InlineData("return x, *y", "Return((x, *y))")]
    [InlineData("raise", "Raise()")]
    [InlineData("raise E", "Raise(E)")]
    [InlineData("raise E from None", "Raise(E from None)")]
    [InlineData("del a", "Delete(a:D)")]
    [InlineData("del a, b.c, d[0],", "Delete(a:D, b.c:D, d[0]:D)")]
    [InlineData("del (a, [b])", "Delete((a:D, [b:D]:D):D)")]
    [InlineData("global a", "Global(a)")]
    [InlineData("global a, b", "Global(a, b)")]
    [InlineData("nonlocal a, b", "Nonlocal(a, b)")]
    [InlineData("assert x", "Assert(x)")]
    [InlineData("assert x, 'msg'", "Assert(x, 'msg')")]
    [InlineData("import a", "Import(a)")]
    [InlineData("import a.b.c as d, e", "Import(a.b.c as d, e)")]
    [InlineData("from m import a", "ImportFrom(m: a)")]
    [InlineData("from a.b import c as d, e", "ImportFrom(a.b: c as d, e)")]
    [InlineData("from . import x", "ImportFrom(.: x)")]
    [InlineData("from .. import x", "ImportFrom(..: x)")]
    [InlineData("from ...m import x", "ImportFrom(...m: x)")]
    [InlineData("from .... import x", "ImportFrom(....: x)")]
    [InlineData("from .m import (a, b as c,)", "ImportFrom(.m: a, b as c)")]
    [InlineData("from m import *", "ImportFrom(m: *)")]
    public void SimpleStatements(string source, string expected) => Assert.Equal("{ " + expected + " }", S(source));

    [Fact]
    public void SemicolonsSeparateStatements()
    {
        Assert.Equal("{ Assign(a:S = 1); Assign(b:S = 2); Pass }", S("a = 1; b = 2; pass;\n"));
        Assert.Equal("invalid syntax", Fails(";").Message);
        Assert.Equal("invalid syntax", Fails("a;;b").Message);
    }

    [Theory]
    [InlineData("1 = 2", "can't assign to expression")]
    [InlineData("f() = 1", "can't assign to expression")]
    [InlineData("a + b = 1", "can't assign to expression")]
    [InlineData("'s' = 1", "can't assign to expression")]
    [InlineData("None = 1", "can't assign to expression")]
    [InlineData("*a = x", "can't assign to expression")]
    [InlineData("() = x", "can't assign to expression")]
    [InlineData("a, f() = x", "can't assign to expression")]
    [InlineData("[a, 1] = x", "can't assign to expression")]
    [InlineData("a = b + c = d", "can't assign to expression")]
    [InlineData("(yield) = 1", "can't assign to expression")]
    [InlineData("for 1 in x: pass", "can't assign to expression")]
    [InlineData("for *a in x: pass", "can't assign to expression")]
    [InlineData("with a as f(): pass", "can't assign to expression")]
    [InlineData("[x for 1 in y]", "can't assign to expression")]
    [InlineData("(a.b := 1)", "can't assign to expression")]
    [InlineData("a, *b, *c = x", "multiple *x in assignment")]
    [InlineData("x = *a", "*x must be assignment target")]
    [InlineData("*a", "*x must be assignment target")]
    [InlineData("return *a", "*x must be assignment target")]
    [InlineData("del 1", "can't delete expression")]
    [InlineData("del f()", "can't delete expression")]
    [InlineData("del *a, b", "invalid syntax")]
    [InlineData("del (a, 1)", "can't delete expression")]
    [InlineData("a, b += 1", "illegal expression for augmented assignment")]
    [InlineData("[a] += 1", "illegal expression for augmented assignment")]
    [InlineData("f() += 1", "illegal expression for augmented assignment")]
    public void BadTargets(string source, string message)
    {
        CompileException e = Fails(source);
        Assert.Equal(message, e.Message);
        Assert.Equal(1, e.Line);
    }

    [Theory]
    [InlineData("x, y: int")]
    [InlineData("f(): int")]
    [InlineData("[x]: int")]
    public void BadAnnotationTargets(string source) => ParseError(source, "illegal target for annotation", 1);

    [Theory]
    [InlineData("print 'x'")]
    [InlineData("x := 1")]
    [InlineData("x = := 1")]
    [InlineData("import *")]
    [InlineData("import a.")]
    [InlineData("import a as b.c")]
    [InlineData("from import x")]
    [InlineData("from m import")]
    [InlineData("from m import (*)")]
    [InlineData("from m import a,")]
    [InlineData("from m import ()")]
    [InlineData("global")]
    [InlineData("global a.b")]
    [InlineData("del")]
    [InlineData("assert")]
    [InlineData("raise E from")]
    [InlineData("x = 1 +")]
    [InlineData("x +")]
    [InlineData("async = 1")]
    [InlineData("x = yield = 1 +")]
    [InlineData("a = b c")]
    [InlineData("return return")]
    public void InvalidSyntax(string source) => ParseError(source, "invalid syntax", 1);

    // ---- Named expressions --------------------------------------------------------------------------------------

    [Theory]
    [InlineData("(x := 1)", "{ Expr((x:S := 1)) }")]
    [InlineData("f(x := 1, y := 2)", "{ Expr(f((x:S := 1), (y:S := 2))) }")]
    [InlineData("a[x := 1]", "{ Expr(a[(x:S := 1)]) }")]
    [InlineData("a[(x := 1):2]", "{ Expr(a[(x:S := 1):2:]) }")]
    [InlineData("[x := 1, *y]", "{ Expr([(x:S := 1), *y]) }")]
    [InlineData("{x := 1}", "{ Expr(Set{(x:S := 1)}) }")]
    [InlineData("(x := 1, y := 2)", "{ Expr(((x:S := 1), (y:S := 2))) }")]
    [InlineData("[y := x for x in z]", "{ Expr(ListComp[(y:S := x) for x:S in z]) }")]
    [InlineData("with (x := f()): pass", "{ With((x:S := f())) { Pass } }")]
    [InlineData("with (a, b := 1): pass", "{ With(a, (b:S := 1)) { Pass } }")]
    [InlineData("x = (y := 1)", "{ Assign(x:S = (y:S := 1)) }")]
    [InlineData("f'{(x := 1)}'", "{ Expr(f<{(x:S := 1)}>) }")]
    public void NamedExpressionsWherePythonAllowsThem(string source, string expected) => Assert.Equal(expected, S(source));

    [Theory]
    [InlineData("x := 1")]
    [InlineData("x = y := 1")]
    [InlineData("f(a=x := 1)")]
    [InlineData("a[x := 1:2]")]
    [InlineData("def f(a=x := 1): pass")]
    [InlineData("with x := 1: pass")]
    [InlineData("return x := 1")]
    [InlineData("assert x := 1")]
    [InlineData("lambda: x := 1")]
    [InlineData("[x for x in y if z := 1]")]
    [InlineData("{a: x := 1}")]
    [InlineData("x, y := 1, 2")]
    public void NamedExpressionsElsewhereAreInvalid(string source) => ParseError(source, "invalid syntax", 1);

    // ---- Compound statements ------------------------------------------------------------------------------------

    [Fact]
    public void IfElifElse() =>
        Assert.Equal(
            "{ If(a) { Pass } else { If(b) { Expr(1) } else { If(c) { Expr(2) } else { Expr(3); Expr(4) } } } }",
            S("if a:\n    pass\nelif b:\n    1\nelif c: 2\nelse:\n    3\n    4\n"));

    [Fact]
    public void ElifChainsAreNestedIfsWithTheirOwnLines()
    {
        var root = (If)M("if a:\n  pass\nelif b:\n  pass\n").Body[0];
        var elif = (If)Assert.Single(root.OrElse);
        Assert.Equal(3, elif.Line);
    }

    [Theory]
    [InlineData("if (n := len(a)) > 1: pass", "If(((n:S := len(a)) > 1)) { Pass }")]
    [InlineData("if x := f(): pass", "If((x:S := f())) { Pass }")]
    [InlineData("while x := f(): pass", "While((x:S := f())) { Pass }")]
    [InlineData("while a:\n  b\nelse:\n  c", "While(a) { Expr(b) } else { Expr(c) }")]
    [InlineData("for x in y: pass", "For(x:S in y) { Pass }")]
    [InlineData("for x, y in z: pass\nelse: pass", "For((x:S, y:S):S in z) { Pass } else { Pass }")]
    [InlineData("for x, in z: pass", "For((x:S,):S in z) { Pass }")]
    [InlineData("for (a, b), [c] in z: pass", "For(((a:S, b:S):S, [c:S]:S):S in z) { Pass }")]
    [InlineData("for x in a, b: pass", "For(x:S in (a, b)) { Pass }")]
    [InlineData("for x in *a, b: pass", "For(x:S in (*a, b)) { Pass }")]
    [InlineData("for a.b in c: pass", "For(a.b:S in c) { Pass }")]
    [InlineData("for x[0] in c: pass", "For(x[0]:S in c) { Pass }")]
    [InlineData("try:\n  a\nexcept:\n  b", "Try { Expr(a) } except { Expr(b) }")]
    [InlineData("try:\n  a\nexcept E:\n  b\nexcept (F, G) as e:\n  c\nelse:\n  d\nfinally:\n  f", "Try { Expr(a) } except E { Expr(b) } except (F, G) as e { Expr(c) } else { Expr(d) } finally { Expr(f) }")]
    [InlineData("try:\n  a\nfinally:\n  f", "Try { Expr(a) } finally { Expr(f) }")]
    [InlineData("with a: pass", "With(a) { Pass }")]
    [InlineData("with a as b, c as (d, e), f: pass", "With(a as b:S, c as (d:S, e:S):S, f) { Pass }")]
    [InlineData("with (a as b, c as d): pass", "With(a as b:S, c as d:S) { Pass }")]
    [InlineData("with (a as b, c as d,): pass", "With(a as b:S, c as d:S) { Pass }")]
    [InlineData("with (a, b): pass", "With(a, b) { Pass }")]
    [InlineData("with (a): pass", "With(a) { Pass }")]
    [InlineData("with (a, b) as c: pass", "With((a, b) as c:S) { Pass }")]
    [InlineData("with (a) as b, (c): pass", "With(a as b:S, c) { Pass }")]
    [InlineData("with (x for x in y): pass", "With(GenExp[x for x:S in y]) { Pass }")]
    [InlineData("with (yield): pass", "With(yield()) { Pass }")]
    [InlineData("with (): pass", "With(()) { Pass }")]
    [InlineData("with a as b.c, d as e[0]: pass", "With(a as b.c:S, d as e[0]:S) { Pass }")]
    [InlineData("class A: pass", "Class A() { Pass }")]
    [InlineData("class A(): pass", "Class A() { Pass }")]
    [InlineData("class A(B, C, metaclass=M, **kw): pass", "Class A(B, C, metaclass=M, **kw) { Pass }")]
    [InlineData("@d\ndef f(): pass", "@d Def f() { Pass }")]
    [InlineData("@a.b(1)\n@c\nclass A: pass", "@a.b(1) @c Class A() { Pass }")]
    [InlineData("@x[0] or y\ndef f(): pass", "@(x[0] or y) Def f() { Pass }")]
    [InlineData("@(f := g)\ndef f(): pass", "@(f:S := g) Def f() { Pass }")]
    [InlineData("async def f():\n  await x\n  async for a in b: pass\n  async with c as d: pass", "AsyncDef f() { Expr(await(x)); AsyncFor(a:S in b) { Pass }; AsyncWith(c as d:S) { Pass } }")]
    [InlineData("@d\nasync def f(): pass", "@d AsyncDef f() { Pass }")]
    [InlineData("def f():\n  return\n  yield", "Def f() { Return(); Expr(yield()) }")]
    [InlineData("if a: b; c\nd", "If(a) { Expr(b); Expr(c) }; Expr(d)")]
    [InlineData("if a:  # comment\n  # another\n\n  b\n", "If(a) { Expr(b) }")]
    public void CompoundStatements(string source, string expected) => Assert.Equal("{ " + expected + " }", S(source));

    [Fact]
    public void NestedBlocks() =>
        Assert.Equal(
            "{ Class A() { Def m(self) { For(i:S in x) { If(i) { Break } else { Continue } }; Return(self) } }; Expr(A) }",
            S("class A:\n    def m(self):\n        for i in x:\n            if i:\n                break\n            else:\n                continue\n        return self\nA\n"));

    [Fact]
    public void TabIndentedBlocks() =>
        Assert.Equal("{ If(a) { If(b) { Expr(c) }; Expr(d) } }", S("if a:\n\tif b:\n\t\tc\n\td\n"));

    [Theory]
    [InlineData("try:\n  pass\n", 3)]
    [InlineData("try:\n  pass\nelse:\n  pass\n", 3)]
    [InlineData("try:\n  pass\nexcept E, F:\n  pass\n", 3)]
    [InlineData("try:\n  pass\nexcept* E:\n  pass\n", 3)]
    [InlineData("if x\n  pass\n", 1)]
    [InlineData("if x:\n", 2)]
    [InlineData("if 1:\nx = 1\n", 2)]
    [InlineData("else:\n  pass\n", 1)]
    [InlineData("def f():\n  pass\n  else:\n  pass", 3)]
    [InlineData("class A(x for x in y): pass", 1)]
    [InlineData("@d\nx = 1\n", 2)]
    [InlineData("@d\nasync for x in y: pass\n", 2)]
    [InlineData("async x = 1", 1)]
    [InlineData("for x in y\n  pass", 1)]
    [InlineData("for x y: pass", 1)]
    [InlineData("with: pass", 1)]
    [InlineData("while: pass", 1)]
    [InlineData("x = (1,", 2)]
    [InlineData("x = (1,\n\n", 3)]
    [InlineData("foo(\n  1,\n  2\n", 4)]
    [InlineData("x = 1 \\", 2)]
    [InlineData("x = 1\ny = $\n", 2)]
    [InlineData("s = '''\n\n\n", 1)]
    [InlineData("x = 1\ns = 'abc\n", 2)]
    public void InvalidSyntaxIsReportedOnTheOffendingLine(string source, int line) => ParseError(source, "invalid syntax", line);

    [Fact]
    public void IndentationErrors()
    {
        ParseError("  x = 1\n", "unexpected indent", 1, CompileErrorKind.IndentationError);
        ParseError("x = 1\n    y = 2\n", "unexpected indent", 2, CompileErrorKind.IndentationError);
        ParseError("if 1:\n  a\n    b\n", "unexpected indent", 3, CompileErrorKind.IndentationError);

        // MicroPython reports the line before the badly dedented one.
        ParseError("if 1:\n    x = 1\n  y = 2\n", "unindent doesn't match any outer indent level", 2, CompileErrorKind.IndentationError);
        ParseError("if 1:\n    if 2:\n        x = 1\n\n      # c\n      y = 2\n", "unindent doesn't match any outer indent level", 3, CompileErrorKind.IndentationError);

        // A missing block is plain invalid syntax in MicroPython, not IndentationError.
        ParseError("if 1:\npass\n", "invalid syntax", 2);
    }

    [Fact]
    public void FirstGrammarErrorWinsOverLaterLexicalErrors()
    {
        ParseError("x = = 1\ny = 0o9\n", "invalid syntax", 1);
        ParseError("x = = 1\nif 1:\n    a\n  b\n", "invalid syntax", 1);
        ParseError("x = 1\ny 0o9\n", "invalid syntax", 2);
    }

    [Fact]
    public void GrammarErrorsWinOverCompilerErrorsAnywhereInTheFile()
    {
        // MicroPython parses the whole file before compiling it.
        ParseError("f(x=1, 2)\n\n\nx = = 1\n", "invalid syntax", 4);
        CompileError("f(x=1, 2)\n1 = 2\n", "positional arg after keyword arg", 1);
    }

    [Fact]
    public void CompilerErrorsNameTheEnclosingBlock()
    {
        CompileError("def f():\n    1 = 2\n", "can't assign to expression", 2, "f");
        CompileError("class A:\n    def m(self):\n        pass\n    f(a=1, 2)\n", "positional arg after keyword arg", 4, "A");
        CompileError("g = lambda: f(**a, b)\n", "positional arg after **", 1, "<lambda>");
        CompileError("def f(x=g(k=1, 2)): pass\n", "positional arg after keyword arg", 1, "<module>");
    }

    // ---- f-strings ----------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("f''", "f<>")]
    [InlineData("f'abc'", "f<'abc'>")]
    [InlineData("f'{x}'", "f<{x}>")]
    [InlineData("f'a{x}b{y}c'", "f<'a', {x}, 'b', {y}, 'c'>")]
    [InlineData("f'{x!r}{y!s}{z!a}'", "f<{x!r}, {y!s}, {z!a}>")]
    [InlineData("f'{x:>10}'", "f<{x:f<'>10'>}>")]
    [InlineData("f'{x!r:^{w}.{p}f}'", "f<{x!r:f<'^', {w}, '.', {p}, 'f'>}>")]
    [InlineData("f'{x:{w}}'", "f<{x:f<{w}>}>")]
    [InlineData("f'{x:}'", "f<{x:f<>}>")]
    [InlineData("f'{{x}} {{'", "f<'{x} {'>")]
    [InlineData("f'}}'", "f<'}'>")]
    [InlineData("f'{x + 1}'", "f<{(x + 1)}>")]
    [InlineData("f'{a, b}'", "f<{(a, b)}>")]
    [InlineData("f'{d[\"k\"]}'", "f<{d['k']}>")]
    [InlineData("f\"{d['k']}\"", "f<{d['k']}>")]
    [InlineData("f'{\"}\"}'", "f<{'}'}>")]
    [InlineData("f'{\"{\"}'", "f<{'{'}>")]
    [InlineData("f'{f\"{x}\"}'", "f<{f<{x}>}>")]
    [InlineData("f'{{{x}}}'", "f<'{', {x}, '}'>")]
    [InlineData("f'{x=}'", "f<'x=', {x!r}>")]
    [InlineData("f'{ x = }'", "f<' x = ', {x!r}>")]
    [InlineData("f'{x=!s}'", "f<'x=', {x!s}>")]
    [InlineData("f'{x=:>4}'", "f<'x=', {x:f<'>4'>}>")]
    [InlineData("f'{a == b}{a != b}{a <= b}{a >= b}'", "f<{(a == b)}, {(a != b)}, {(a <= b)}, {(a >= b)}>")]
    [InlineData("f'{a:=b}'", "f<{a:f<'=b'>}>")]
    [InlineData("f'{(a := b)}'", "f<{(a:S := b)}>")]
    [InlineData("f'{(lambda: 1)()}'", "f<{lambda(): 1()}>")]
    [InlineData("f'{[x for x in y]}'", "f<{ListComp[x for x:S in y]}>")]
    [InlineData("f'{ {1: 2}[1] }'", "f<{{1: 2}[1]}>")]
    [InlineData("f'{yield}'", "f<{yield()}>")]
    [InlineData("f'\\n{x}\\t'", "f<'\\n', {x}, '\\t'>")]
    [InlineData("f'\\x41{x}'", "f<'A', {x}>")]
    [InlineData("f'\\{x}'", "f<'\\\\', {x}>")]
    [InlineData("rf'\\n{x}'", "f<'\\\\n', {x}>")]
    [InlineData("f'a' 'b' f'{c}' 'd{}'", "f<'ab', {c}, 'd{}'>")]
    [InlineData("'a' f'b'", "f<'ab'>")]
    [InlineData("f'''{\nx\n+\ny\n}'''", "f<{(x + y)}>")]
    [InlineData("f'{x:{y:{z}}}'", "f<{x:f<{y:f<{z}>}>}>")]
    public void FStrings(string source, string expected) => Assert.Equal(expected, E(source));

    [Theory]
    [InlineData("f'{}'", "malformed f-string")]
    [InlineData("f'{ }'", "malformed f-string")]
    [InlineData("f'{!r}'", "malformed f-string")]
    [InlineData("f'}'", "f-string: single '}' is not allowed")]
    [InlineData("f'a}b'", "f-string: single '}' is not allowed")]
    [InlineData("f'{1'", "invalid syntax")]
    [InlineData("f'{'", "invalid syntax")]
    [InlineData("f'{x!}'", "invalid syntax")]
    [InlineData("f'{x!z}'", "invalid syntax")]
    [InlineData("f'{x!rr}'", "invalid syntax")]
    [InlineData("f'{x:'", "invalid syntax")]
    [InlineData("f'{x #}'", "invalid syntax")]
    [InlineData("f'{)}'", "invalid syntax")]
    [InlineData("f'{a b}'", "invalid syntax")]
    [InlineData("f'{x=y}'", "invalid syntax")]
    [InlineData("f'{lambda x: 1}'", "invalid syntax")]
    [InlineData("f'{\"abc}'", "invalid syntax")]
    [InlineData("f'\\N{DASH}'", "unicode name escapes")]
    [InlineData("f'{*a}'", "*x must be assignment target")]
    public void BadFStrings(string source, string message) => Assert.Equal(message, Fails(source).Message);

    [Fact]
    public void FStringFieldsCarryRealPositions()
    {
        var joined = (JoinedStr)((ExpressionModule)Parser.Parse("f'''a\n  {x +\n y}'''", "t", CompileMode.Eval)).Body;
        var field = (FormattedValue)joined.Values[1];
        var sum = (BinOp)field.Value;
        Assert.Equal((1, 0), (field.Line, field.Column));
        Assert.Equal((2, 3), (sum.Left.Line, sum.Left.Column));
        Assert.Equal((3, 1), (sum.Right.Line, sum.Right.Column));

        CompileException e = Fails("x = f'''\n{\na +\n}'''\n");
        Assert.Equal(4, e.Line);
    }

    // ---- Positions ----------------------------------------------------------------------------------------------

    [Fact]
    public void NodesCarryTheLineAndColumnOfTheirFirstToken()
    {
        Module m = M("x = 1\nif a:\n    y = [b,\n         c.d]\n@dec\ndef f(p):\n    return p\n");
        var assign = (Assign)m.Body[0];
        Assert.Equal((1, 0), (assign.Line, assign.Column));
        Assert.Equal((1, 4), (assign.Value.Line, assign.Value.Column));
        var ifStmt = (If)m.Body[1];
        var inner = (Assign)ifStmt.Body[0];
        Assert.Equal((3, 4), (inner.Line, inner.Column));
        var list = (ListDisplay)inner.Value;
        Assert.Equal((3, 8), (list.Line, list.Column));
        Assert.Equal((4, 9), (list.Elts[1].Line, list.Elts[1].Column));

        // As in CPython, a decorated def starts at 'def'; the decorator has its own position.
        var def = (FunctionDef)m.Body[2];
        Assert.Equal(6, def.Line);
        Assert.Equal(5, def.Decorators[0].Line);
        Assert.Equal((6, 6), (def.Args.Args[0].Line, def.Args.Args[0].Column));
    }

    [Fact]
    public void CompositeNodesStartAtTheirFirstTokenEvenIfItIsAParenthesis()
    {
        // As in CPython: "(a + b) * c" starts at '(' while the inner "a + b" starts at 'a'.
        var e = (BinOp)((ExpressionModule)Parser.Parse("(a\n +\n b) * c", "t", CompileMode.Eval)).Body;
        Assert.Equal((1, 0), (e.Line, e.Column));
        Assert.Equal((1, 1), (e.Left.Line, e.Left.Column));
        Assert.Equal((3, 1), (((BinOp)e.Left).Right.Line, ((BinOp)e.Left).Right.Column));

        var or = (BoolOp)((ExpressionModule)Parser.Parse("x or (\n f).g[0](1)", "t", CompileMode.Eval)).Body;
        var call = (Call)or.Values[1];
        Assert.Equal((1, 5), (call.Line, call.Column));
        Assert.Equal((1, 5), (call.Func.Line, call.Func.Column));
        Assert.Equal((2, 1), (((Attribute)((Subscript)call.Func).Value).Value.Line, ((Attribute)((Subscript)call.Func).Value).Value.Column));
    }

    [Fact]
    public void EveryNodeHasAPosition()
    {
        const string program = """
            import os, a.b as c
            from .m import (x as y, z)
            @decorator(arg=1)
            class K(Base, metaclass=Meta):
                attr: int = 0
                def method(self, a, /, b=2, *args, c, d=4, **kw) -> None:
                    global g
                    nonlocal_value = lambda q, *r, s=1, **t: q
                    with open(a) as f, (yield) as h:
                        for i, *j in enumerate(f):
                            if i and not j or i < 3 <= j:
                                continue
                            elif (w := i):
                                break
                            else:
                                del a[1:2, ::3], b.c
                    try:
                        raise E from None
                    except (E, F) as e:
                        pass
                    else:
                        assert x, "m"
                    finally:
                        return f"{a!r:>{b}} {c=}" + b'x'.hex()
            async def co():
                async for x in y:
                    await z
                async with a as b:
                    yield
                return [v async for v in w if v], {k: v for k, v in d}, {s for s in t}, (g for g in h)
            x = y = -1 ** 2 if a else {**d, 1: 2}
            x += 1
            print(*a, **k, sep='')
            """;
        Module m = M(program);
        int count = 0;
        Walk(m, ref count);
        Assert.True(count > 150, "walked " + count + " nodes");
    }

    private static void Walk(object? value, ref int count)
    {
        switch (value)
        {
            case Node node:
                count++;
                Assert.True(node.Line >= 1, node.GetType().Name + " has no line");
                Assert.True(node.Column >= 0, node.GetType().Name + " has a negative column");
                foreach (PropertyInfo p in node.GetType().GetProperties())
                {
                    if (p.Name is not ("Line" or "Column"))
                    {
                        Walk(p.GetValue(node), ref count);
                    }
                }

                break;
            case string:
                break;
            case IEnumerable items:
                foreach (object? item in items)
                {
                    Walk(item, ref count);
                }

                break;
        }
    }

    // ---- Robustness ---------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("(", ")")]
    [InlineData("[", "]")]
    [InlineData("{", "}")]
    [InlineData("f(", ")")]
    [InlineData("-", "")]
    [InlineData("not ", "")]
    [InlineData("2**", "")]
    [InlineData("lambda: ", "")]
    [InlineData("x if y else ", "")]
    [InlineData("a[", "]")]
    public void DeepNestingFailsCleanly(string open, string close)
    {
        int depth = Parser.MaxNesting + 10;
        var sb = new StringBuilder("x = ");
        for (int i = 0; i < depth; i++)
        {
            sb.Append(open);
        }

        sb.Append('1');
        for (int i = 0; i < depth; i++)
        {
            sb.Append(close);
        }

        CompileException e = Fails(sb.ToString());
        Assert.Equal("too deeply nested", e.Message);
    }

    [Fact]
    public void ModerateNestingParses()
    {
        string source = "x = " + new string('(', 100) + "1" + new string(')', 100) + "\n" + "y = " + new string('-', 100) + "1\n";
        Assert.Equal(2, M(source).Body.Count);
    }

    [Fact]
    public void DeepBlockNestingFailsCleanly()
    {
        var sb = new StringBuilder();
        for (int i = 0; i <= Parser.MaxNesting; i++)
        {
            sb.Append(' ', i).Append("if 1:\n");
        }

        sb.Append(' ', Parser.MaxNesting + 1).Append("pass\n");
        Assert.Equal("too deeply nested", Fails(sb.ToString()).Message);
    }

    [Fact]
    public void SmallStacksGetAnErrorNotACrash()
    {
        // On a thread with little stack the guard trips before the configured depth.
        string source = "x = " + new string('(', 900) + "1" + new string(')', 900);
        Exception? caught = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    Parser.Parse(source, "t.py", CompileMode.Exec);
                }
                catch (Exception e)
                {
                    caught = e;
                }
            },
            256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal("too deeply nested", Assert.IsType<CompileException>(caught).Message);
    }

    [Fact]
    public void LongFlatSequencesDoNotRecurse()
    {
        var sb = new StringBuilder("x = 0");
        for (int i = 0; i < 20000; i++)
        {
            sb.Append(" + ").Append(i);
        }

        sb.Append('\n');
        for (int i = 0; i < 3000; i++)
        {
            sb.Append(i == 0 ? "if a:\n  pass\n" : "elif a:\n  pass\n");
        }

        Assert.Equal(2, M(sb.ToString()).Body.Count);
    }

    [Fact]
    public void TenThousandLinesParseQuickly()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 1000; i++)
        {
            sb.Append("class C").Append(i).Append("(Base):\n")
                .Append("    def m(self, a, b=2, *args, c: int = 3, **kw) -> dict:\n")
                .Append("        x = [y * 2 for y in range(a) if y % 3 == 0]\n")
                .Append("        d = {'k': x, 'n': 0x1f, 'f': 1.5e-3}\n")
                .Append("        if a > b and not c or kw.get('z') is None:\n")
                .Append("            return f'{a!r:>{b}} and {c}' + \"s\\n\"\n")
                .Append("        for k, v in d.items():\n")
                .Append("            self.total += v[1:-1] if isinstance(v, list) else -v ** 2\n")
                .Append("        return (lambda q: q + 1)(len(d))\n")
                .Append('\n');
        }

        string source = sb.ToString();
        Parser.Parse(source, "big.py", CompileMode.Exec);
        var watch = Stopwatch.StartNew();
        Module m = (Module)Parser.Parse(source, "big.py", CompileMode.Exec);
        watch.Stop();
        Assert.Equal(1000, m.Body.Count);

        // Typically ~20 ms in Release; the bound only catches accidental quadratic behaviour.
        Assert.True(watch.ElapsedMilliseconds < 2000, "parse took " + watch.ElapsedMilliseconds + " ms");
    }

    [Fact]
    public void ArgumentsAreChecked()
    {
        Assert.Throws<ArgumentNullException>(() => Parser.Parse(null!, "t", CompileMode.Exec));
        Assert.Throws<ArgumentNullException>(() => Parser.Parse("x", null!, CompileMode.Exec));
    }

    [Fact]
    public void ErrorsCarryTheFileName()
    {
        CompileException e = Assert.Throws<CompileException>(() => Parser.Parse("x = = 1", "dir/mod.py", CompileMode.Exec));
        Assert.Equal("dir/mod.py", e.FileName);
    }
}
