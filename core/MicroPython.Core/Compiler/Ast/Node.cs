using System.Collections.Generic;

namespace MicroPython.Compiler.Ast;

// The syntax tree between the parser and the compiler. Node names and fields mirror CPython's `ast`
// module (3.11 grammar) so anyone who knows Python's AST can read the compiler; positions are 1-based lines
// and 0-based columns of the node's first token, which is what MicroPython's line table records.

/// <summary>Base of every syntax-tree node.</summary>
public abstract class Node
{
    public int Line { get; set; }
    public int Column { get; set; }
}

/// <summary>A statement.</summary>
public abstract class Stmt : Node
{
}

/// <summary>An expression.</summary>
public abstract class Expr : Node
{
}

/// <summary>Load, store or delete: how a target expression is used.</summary>
public enum ExprContext
{
    Load,
    Store,
    Del,
}

/// <summary>Binary operators of BinOp and AugAssign.</summary>
public enum OperatorKind
{
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

public enum UnaryOpKind
{
    Invert,
    Not,
    UAdd,
    USub,
}

public enum BoolOpKind
{
    And,
    Or,
}

public enum CmpOpKind
{
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// <summary>A whole module (file, <c>-c</c> string, exec input) or one REPL input (<see cref="IsInteractive"/>).</summary>
public sealed class Module : Node
{
    public List<Stmt> Body { get; } = new();

    /// <summary>Compiled in "single" mode: expression statements print their value via <c>__repl_print__</c>.</summary>
    public bool IsInteractive { get; set; }
}

/// <summary>The body of <c>eval()</c>: one expression.</summary>
public sealed class ExpressionModule : Node
{
    public ExpressionModule(Expr body) => Body = body;

    public Expr Body { get; }
}
