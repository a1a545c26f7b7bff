using System.Collections.Generic;

namespace MicroPython.Compiler.Ast;

// Statement nodes, one small class each, in the order of CPython's ast.stmt.

public sealed class Arg : Node
{
    public Arg(string name, Expr? annotation = null)
    {
        Name = name;
        Annotation = annotation;
    }

    public string Name { get; }
    public Expr? Annotation { get; }
}

/// <summary>Parameters of a def or lambda, as CPython's ast.arguments.</summary>
public sealed class Arguments : Node
{
    public List<Arg> PosOnlyArgs { get; } = new();
    public List<Arg> Args { get; } = new();
    public Arg? VarArg { get; set; }
    public List<Arg> KwOnlyArgs { get; } = new();

    /// <summary>One entry per keyword-only argument; null where it has no default.</summary>
    public List<Expr?> KwDefaults { get; } = new();
    public Arg? KwArg { get; set; }

    /// <summary>Defaults of the last N positional parameters (PosOnlyArgs followed by Args).</summary>
    public List<Expr> Defaults { get; } = new();
}

public sealed class Keyword : Node
{
    public Keyword(string? name, Expr value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>Keyword name; null for <c>**mapping</c>.</summary>
    public string? Name { get; }
    public Expr Value { get; }
}

public sealed class FunctionDef : Stmt
{
    public FunctionDef(string name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr? returns, bool isAsync)
    {
        Name = name;
        Args = args;
        Body = body;
        Decorators = decorators;
        Returns = returns;
        IsAsync = isAsync;
    }

    public string Name { get; }
    public Arguments Args { get; }
    public List<Stmt> Body { get; }
    public List<Expr> Decorators { get; }
    public Expr? Returns { get; }
    public bool IsAsync { get; }
}

public sealed class ClassDef : Stmt
{
    public ClassDef(string name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decorators)
    {
        Name = name;
        Bases = bases;
        Keywords = keywords;
        Body = body;
        Decorators = decorators;
    }

    public string Name { get; }
    public List<Expr> Bases { get; }
    public List<Keyword> Keywords { get; }
    public List<Stmt> Body { get; }
    public List<Expr> Decorators { get; }
}

public sealed class Return : Stmt
{
    public Return(Expr? value) => Value = value;

    public Expr? Value { get; }
}

public sealed class Delete : Stmt
{
    public Delete(List<Expr> targets) => Targets = targets;

    public List<Expr> Targets { get; }
}

public sealed class Assign : Stmt
{
    public Assign(List<Expr> targets, Expr value)
    {
        Targets = targets;
        Value = value;
    }

    /// <summary>Chained targets: <c>a = b = v</c> has two.</summary>
    public List<Expr> Targets { get; }
    public Expr Value { get; }
}

public sealed class AugAssign : Stmt
{
    public AugAssign(Expr target, OperatorKind op, Expr value)
    {
        Target = target;
        Op = op;
        Value = value;
    }

    public Expr Target { get; }
    public OperatorKind Op { get; }
    public Expr Value { get; }
}

public sealed class AnnAssign : Stmt
{
    public AnnAssign(Expr target, Expr annotation, Expr? value, bool simple)
    {
        Target = target;
        Annotation = annotation;
        Value = value;
        Simple = simple;
    }

    public Expr Target { get; }
    public Expr Annotation { get; }
    public Expr? Value { get; }
    public bool Simple { get; }
}

public sealed class For : Stmt
{
    public For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse, bool isAsync)
    {
        Target = target;
        Iter = iter;
        Body = body;
        OrElse = orElse;
        IsAsync = isAsync;
    }

    public Expr Target { get; }
    public Expr Iter { get; }
    public List<Stmt> Body { get; }
    public List<Stmt> OrElse { get; }
    public bool IsAsync { get; }
}

public sealed class While : Stmt
{
    public While(Expr test, List<Stmt> body, List<Stmt> orElse)
    {
        Test = test;
        Body = body;
        OrElse = orElse;
    }

    public Expr Test { get; }
    public List<Stmt> Body { get; }
    public List<Stmt> OrElse { get; }
}

public sealed class If : Stmt
{
    public If(Expr test, List<Stmt> body, List<Stmt> orElse)
    {
        Test = test;
        Body = body;
        OrElse = orElse;
    }

    public Expr Test { get; }
    public List<Stmt> Body { get; }

    /// <summary>The else branch; an <c>elif</c> is a single nested <see cref="If"/> here.</summary>
    public List<Stmt> OrElse { get; }
}

public sealed class WithItem : Node
{
    public WithItem(Expr contextExpr, Expr? optionalVars)
    {
        ContextExpr = contextExpr;
        OptionalVars = optionalVars;
    }

    public Expr ContextExpr { get; }
    public Expr? OptionalVars { get; }
}

public sealed class With : Stmt
{
    public With(List<WithItem> items, List<Stmt> body, bool isAsync)
    {
        Items = items;
        Body = body;
        IsAsync = isAsync;
    }

    public List<WithItem> Items { get; }
    public List<Stmt> Body { get; }
    public bool IsAsync { get; }
}

public sealed class Raise : Stmt
{
    public Raise(Expr? exc, Expr? cause)
    {
        Exc = exc;
        Cause = cause;
    }

    public Expr? Exc { get; }
    public Expr? Cause { get; }
}

public sealed class ExceptHandler : Node
{
    public ExceptHandler(Expr? type, string? name, List<Stmt> body)
    {
        Type = type;
        Name = name;
        Body = body;
    }

    public Expr? Type { get; }
    public string? Name { get; }
    public List<Stmt> Body { get; }
}

public sealed class Try : Stmt
{
    public Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orElse, List<Stmt> finalBody)
    {
        Body = body;
        Handlers = handlers;
        OrElse = orElse;
        FinalBody = finalBody;
    }

    public List<Stmt> Body { get; }
    public List<ExceptHandler> Handlers { get; }
    public List<Stmt> OrElse { get; }
    public List<Stmt> FinalBody { get; }
}

public sealed class Assert : Stmt
{
    public Assert(Expr test, Expr? msg)
    {
        Test = test;
        Msg = msg;
    }

    public Expr Test { get; }
    public Expr? Msg { get; }
}

public sealed class Alias : Node
{
    public Alias(string name, string? asName)
    {
        Name = name;
        AsName = asName;
    }

    /// <summary>Dotted module name for <c>import</c>, plain name (or <c>*</c>) for <c>from … import</c>.</summary>
    public string Name { get; }
    public string? AsName { get; }
}

public sealed class Import : Stmt
{
    public Import(List<Alias> names) => Names = names;

    public List<Alias> Names { get; }
}

public sealed class ImportFrom : Stmt
{
    public ImportFrom(string? module, List<Alias> names, int level)
    {
        Module = module;
        Names = names;
        Level = level;
    }

    /// <summary>Null for <c>from . import x</c>.</summary>
    public string? Module { get; }
    public List<Alias> Names { get; }

    /// <summary>Number of leading dots.</summary>
    public int Level { get; }
}

public sealed class Global : Stmt
{
    public Global(List<string> names) => Names = names;

    public List<string> Names { get; }
}

public sealed class Nonlocal : Stmt
{
    public Nonlocal(List<string> names) => Names = names;

    public List<string> Names { get; }
}

public sealed class ExprStmt : Stmt
{
    public ExprStmt(Expr value) => Value = value;

    public Expr Value { get; }
}

public sealed class Pass : Stmt
{
}

public sealed class Break : Stmt
{
}

public sealed class Continue : Stmt
{
}
