using System.Collections.Generic;

namespace MicroPython.Compiler.Ast;

// Expression nodes, mirroring CPython's ast.expr.

public sealed class BoolOp : Expr
{
    public BoolOp(BoolOpKind op, List<Expr> values)
    {
        Op = op;
        Values = values;
    }

    public BoolOpKind Op { get; }
    public List<Expr> Values { get; }
}

/// <summary><c>target := value</c>.</summary>
public sealed class NamedExpr : Expr
{
    public NamedExpr(Name target, Expr value)
    {
        Target = target;
        Value = value;
    }

    public Name Target { get; }
    public Expr Value { get; }
}

public sealed class BinOp : Expr
{
    public BinOp(Expr left, OperatorKind op, Expr right)
    {
        Left = left;
        Op = op;
        Right = right;
    }

    public Expr Left { get; }
    public OperatorKind Op { get; }
    public Expr Right { get; }
}

public sealed class UnaryOp : Expr
{
    public UnaryOp(UnaryOpKind op, Expr operand)
    {
        Op = op;
        Operand = operand;
    }

    public UnaryOpKind Op { get; }
    public Expr Operand { get; }
}

public sealed class Lambda : Expr
{
    public Lambda(Arguments args, Expr body)
    {
        Args = args;
        Body = body;
    }

    public Arguments Args { get; }
    public Expr Body { get; }
}

public sealed class IfExp : Expr
{
    public IfExp(Expr test, Expr body, Expr orElse)
    {
        Test = test;
        Body = body;
        OrElse = orElse;
    }

    public Expr Test { get; }
    public Expr Body { get; }
    public Expr OrElse { get; }
}

public sealed class Dict : Expr
{
    public Dict(List<Expr?> keys, List<Expr> values)
    {
        Keys = keys;
        Values = values;
    }

    /// <summary>One entry per item; null marks a <c>**mapping</c> item whose mapping is the matching value.</summary>
    public List<Expr?> Keys { get; }
    public List<Expr> Values { get; }
}

public sealed class SetDisplay : Expr
{
    public SetDisplay(List<Expr> elts) => Elts = elts;

    public List<Expr> Elts { get; }
}

public sealed class Comprehension : Node
{
    public Comprehension(Expr target, Expr iter, List<Expr> ifs, bool isAsync)
    {
        Target = target;
        Iter = iter;
        Ifs = ifs;
        IsAsync = isAsync;
    }

    public Expr Target { get; }
    public Expr Iter { get; }
    public List<Expr> Ifs { get; }
    public bool IsAsync { get; }
}

public enum ComprehensionKind
{
    List,
    Set,
    Dict,
    Generator,
}

/// <summary>List/set/dict comprehension or generator expression (CPython's ListComp, SetComp, DictComp, GeneratorExp).</summary>
public sealed class ComprehensionExpr : Expr
{
    public ComprehensionExpr(ComprehensionKind kind, Expr element, Expr? value, List<Comprehension> generators)
    {
        Kind = kind;
        Element = element;
        Value = value;
        Generators = generators;
    }

    public ComprehensionKind Kind { get; }

    /// <summary>The element; for a dict comprehension, the key.</summary>
    public Expr Element { get; }

    /// <summary>Dict comprehension value; null otherwise.</summary>
    public Expr? Value { get; }
    public List<Comprehension> Generators { get; }
}

public sealed class Await : Expr
{
    public Await(Expr value) => Value = value;

    public Expr Value { get; }
}

public sealed class Yield : Expr
{
    public Yield(Expr? value) => Value = value;

    public Expr? Value { get; }
}

public sealed class YieldFrom : Expr
{
    public YieldFrom(Expr value) => Value = value;

    public Expr Value { get; }
}

/// <summary>Comparison chain: <c>Left Ops[0] Comparators[0] Ops[1] Comparators[1] …</c>.</summary>
public sealed class Compare : Expr
{
    public Compare(Expr left, List<CmpOpKind> ops, List<Expr> comparators)
    {
        Left = left;
        Ops = ops;
        Comparators = comparators;
    }

    public Expr Left { get; }
    public List<CmpOpKind> Ops { get; }
    public List<Expr> Comparators { get; }
}

public sealed class Call : Expr
{
    public Call(Expr func, List<Expr> args, List<Keyword> keywords)
    {
        Func = func;
        Args = args;
        Keywords = keywords;
    }

    public Expr Func { get; }

    /// <summary>Positional arguments in source order; <c>*x</c> appears as a <see cref="Starred"/>.</summary>
    public List<Expr> Args { get; }

    /// <summary>Keyword arguments and <c>**x</c> (name null) in source order.</summary>
    public List<Keyword> Keywords { get; }
}

/// <summary>One replacement field of an f-string.</summary>
public sealed class FormattedValue : Expr
{
    public FormattedValue(Expr value, char conversion, JoinedStr? formatSpec)
    {
        Value = value;
        Conversion = conversion;
        FormatSpec = formatSpec;
    }

    public Expr Value { get; }

    /// <summary><c>'r'</c>, <c>'s'</c>, <c>'a'</c> or <c>'\0'</c> for none.</summary>
    public char Conversion { get; }

    /// <summary>The text after <c>:</c>, which may itself contain nested fields.</summary>
    public JoinedStr? FormatSpec { get; }
}

/// <summary>An f-string (possibly implicitly concatenated with plain strings): literal parts and fields.</summary>
public sealed class JoinedStr : Expr
{
    public JoinedStr(List<Expr> values) => Values = values;

    /// <summary>Each item is a str <see cref="Constant"/> or a <see cref="FormattedValue"/>.</summary>
    public List<Expr> Values { get; }
}

public enum ConstantKind
{
    None,
    True,
    False,
    Ellipsis,

    /// <summary>Value is a <c>long</c>.</summary>
    Int,

    /// <summary>Value is a <see cref="System.Numerics.BigInteger"/> that does not fit a long.</summary>
    BigInt,

    /// <summary>Value is a <c>double</c>.</summary>
    Float,

    /// <summary>Imaginary literal <c>2j</c>; value is the <c>double</c> imaginary part.</summary>
    Imaginary,

    /// <summary>Value is a <c>string</c>.</summary>
    Str,

    /// <summary>Value is a <c>byte[]</c>.</summary>
    Bytes,
}

public sealed class Constant : Expr
{
    public Constant(ConstantKind kind, object? value)
    {
        Kind = kind;
        Value = value;
    }

    public ConstantKind Kind { get; }
    public object? Value { get; }
}

public sealed class Attribute : Expr
{
    public Attribute(Expr value, string attr, ExprContext ctx)
    {
        Value = value;
        Attr = attr;
        Ctx = ctx;
    }

    public Expr Value { get; }
    public string Attr { get; }
    public ExprContext Ctx { get; set; }
}

public sealed class Subscript : Expr
{
    public Subscript(Expr value, Expr slice, ExprContext ctx)
    {
        Value = value;
        Slice = slice;
        Ctx = ctx;
    }

    public Expr Value { get; }

    /// <summary>The index: an expression, a <see cref="Slice"/>, or a <see cref="Tuple"/> of them.</summary>
    public Expr Slice { get; }
    public ExprContext Ctx { get; set; }
}

public sealed class Starred : Expr
{
    public Starred(Expr value, ExprContext ctx)
    {
        Value = value;
        Ctx = ctx;
    }

    public Expr Value { get; }
    public ExprContext Ctx { get; set; }
}

public sealed class Name : Expr
{
    public Name(string id, ExprContext ctx)
    {
        Id = id;
        Ctx = ctx;
    }

    public string Id { get; }
    public ExprContext Ctx { get; set; }
}

public sealed class ListDisplay : Expr
{
    public ListDisplay(List<Expr> elts, ExprContext ctx)
    {
        Elts = elts;
        Ctx = ctx;
    }

    public List<Expr> Elts { get; }
    public ExprContext Ctx { get; set; }
}

public sealed class Tuple : Expr
{
    public Tuple(List<Expr> elts, ExprContext ctx)
    {
        Elts = elts;
        Ctx = ctx;
    }

    public List<Expr> Elts { get; }
    public ExprContext Ctx { get; set; }

    /// <summary>True when written with parentheses (affects nothing but error positions).</summary>
    public bool Parenthesized { get; set; }
}

/// <summary><c>lower:upper:step</c> inside a subscript.</summary>
public sealed class Slice : Expr
{
    public Slice(Expr? lower, Expr? upper, Expr? step)
    {
        Lower = lower;
        Upper = upper;
        Step = step;
    }

    public Expr? Lower { get; }
    public Expr? Upper { get; }
    public Expr? Step { get; }
}
