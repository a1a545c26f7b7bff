using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using MicroPython.Compiler.Ast;
using Attribute = MicroPython.Compiler.Ast.Attribute;
using Tuple = MicroPython.Compiler.Ast.Tuple;

namespace MicroPython.Tests.Compiler;

/// <summary>
/// Renders a syntax tree as compact, Python-like text so parser tests can state the expected shape in one line.
/// Operators are fully parenthesised (<c>-2**2</c> is <c>(-(2 ** 2))</c>); a non-Load context is a suffix
/// (<c>x:S</c> store, <c>x:D</c> delete; a stored <c>*x</c> shows both, <c>*x:S:S</c>); blocks are <c>{ a; b }</c>.
/// </summary>
internal static class AstDump
{
    public static string Dump(Node node)
    {
        var sb = new StringBuilder();
        Write(sb, node);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, Node? node)
    {
        switch (node)
        {
            case null:
                sb.Append('_');
                break;
            case Module m:
                Block(sb, m.Body);
                break;
            case ExpressionModule em:
                Write(sb, em.Body);
                break;
            case Stmt s:
                WriteStmt(sb, s);
                break;
            case Expr e:
                WriteExpr(sb, e);
                break;
            case Arguments a:
                WriteArguments(sb, a);
                break;
            default:
                sb.Append(node.GetType().Name);
                break;
        }
    }

    private static void Block(StringBuilder sb, List<Stmt> body)
    {
        sb.Append("{ ");
        for (int i = 0; i < body.Count; i++)
        {
            if (i > 0)
            {
                sb.Append("; ");
            }

            WriteStmt(sb, body[i]);
        }

        sb.Append(" }");
    }

    private static void List<T>(StringBuilder sb, List<T> items, string separator = ", ")
        where T : Node?
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(separator);
            }

            Write(sb, items[i]);
        }
    }

    private static void WriteStmt(StringBuilder sb, Stmt s)
    {
        switch (s)
        {
            case ExprStmt e:
                sb.Append("Expr(");
                Write(sb, e.Value);
                sb.Append(')');
                break;
            case Assign a:
                sb.Append("Assign(");
                List(sb, a.Targets, " = ");
                sb.Append(" = ");
                Write(sb, a.Value);
                sb.Append(')');
                break;
            case AugAssign a:
                sb.Append("AugAssign(");
                Write(sb, a.Target);
                sb.Append(' ').Append(Op(a.Op)).Append("= ");
                Write(sb, a.Value);
                sb.Append(')');
                break;
            case AnnAssign a:
                sb.Append("AnnAssign(");
                Write(sb, a.Target);
                sb.Append(": ");
                Write(sb, a.Annotation);
                if (a.Value is not null)
                {
                    sb.Append(" = ");
                    Write(sb, a.Value);
                }

                sb.Append(a.Simple ? ", simple)" : ")");
                break;
            case Return r:
                sb.Append("Return(");
                if (r.Value is not null)
                {
                    Write(sb, r.Value);
                }

                sb.Append(')');
                break;
            case Delete d:
                sb.Append("Delete(");
                List(sb, d.Targets);
                sb.Append(')');
                break;
            case Pass:
                sb.Append("Pass");
                break;
            case Break:
                sb.Append("Break");
                break;
            case Continue:
                sb.Append("Continue");
                break;
            case Raise r:
                sb.Append("Raise(");
                if (r.Exc is not null)
                {
                    Write(sb, r.Exc);
                }

                if (r.Cause is not null)
                {
                    sb.Append(" from ");
                    Write(sb, r.Cause);
                }

                sb.Append(')');
                break;
            case Global g:
                sb.Append("Global(").Append(string.Join(", ", g.Names)).Append(')');
                break;
            case Nonlocal n:
                sb.Append("Nonlocal(").Append(string.Join(", ", n.Names)).Append(')');
                break;
            case Assert a:
                sb.Append("Assert(");
                Write(sb, a.Test);
                if (a.Msg is not null)
                {
                    sb.Append(", ");
                    Write(sb, a.Msg);
                }

                sb.Append(')');
                break;
            case Import i:
                sb.Append("Import(");
                Aliases(sb, i.Names);
                sb.Append(')');
                break;
            case ImportFrom f:
                sb.Append("ImportFrom(").Append('.', f.Level).Append(f.Module).Append(": ");
                Aliases(sb, f.Names);
                sb.Append(')');
                break;
            case If i:
                sb.Append("If(");
                Write(sb, i.Test);
                sb.Append(") ");
                Block(sb, i.Body);
                ElseBlock(sb, i.OrElse);
                break;
            case While w:
                sb.Append("While(");
                Write(sb, w.Test);
                sb.Append(") ");
                Block(sb, w.Body);
                ElseBlock(sb, w.OrElse);
                break;
            case For f:
                sb.Append(f.IsAsync ? "AsyncFor(" : "For(");
                Write(sb, f.Target);
                sb.Append(" in ");
                Write(sb, f.Iter);
                sb.Append(") ");
                Block(sb, f.Body);
                ElseBlock(sb, f.OrElse);
                break;
            case Try t:
                sb.Append("Try ");
                Block(sb, t.Body);
                foreach (ExceptHandler h in t.Handlers)
                {
                    sb.Append(" except");
                    if (h.Type is not null)
                    {
                        sb.Append(' ');
                        Write(sb, h.Type);
                    }

                    if (h.Name is not null)
                    {
                        sb.Append(" as ").Append(h.Name);
                    }

                    sb.Append(' ');
                    Block(sb, h.Body);
                }

                ElseBlock(sb, t.OrElse);
                if (t.FinalBody.Count > 0)
                {
                    sb.Append(" finally ");
                    Block(sb, t.FinalBody);
                }

                break;
            case With w:
                sb.Append(w.IsAsync ? "AsyncWith(" : "With(");
                for (int i = 0; i < w.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    Write(sb, w.Items[i].ContextExpr);
                    if (w.Items[i].OptionalVars is not null)
                    {
                        sb.Append(" as ");
                        Write(sb, w.Items[i].OptionalVars);
                    }
                }

                sb.Append(") ");
                Block(sb, w.Body);
                break;
            case FunctionDef d:
                Decorators(sb, d.Decorators);
                sb.Append(d.IsAsync ? "AsyncDef " : "Def ").Append(d.Name).Append('(');
                WriteArguments(sb, d.Args);
                sb.Append(')');
                if (d.Returns is not null)
                {
                    sb.Append(" -> ");
                    Write(sb, d.Returns);
                }

                sb.Append(' ');
                Block(sb, d.Body);
                break;
            case ClassDef c:
                Decorators(sb, c.Decorators);
                sb.Append("Class ").Append(c.Name).Append('(');
                List(sb, c.Bases);
                Keywords(sb, c.Keywords, c.Bases.Count > 0);
                sb.Append(") ");
                Block(sb, c.Body);
                break;
            default:
                sb.Append(s.GetType().Name);
                break;
        }
    }

    private static void ElseBlock(StringBuilder sb, List<Stmt> orElse)
    {
        if (orElse.Count > 0)
        {
            sb.Append(" else ");
            Block(sb, orElse);
        }
    }

    private static void Decorators(StringBuilder sb, List<Expr> decorators)
    {
        foreach (Expr d in decorators)
        {
            sb.Append('@');
            Write(sb, d);
            sb.Append(' ');
        }
    }

    private static void Aliases(StringBuilder sb, List<Alias> names)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            sb.Append(names[i].Name);
            if (names[i].AsName is not null)
            {
                sb.Append(" as ").Append(names[i].AsName);
            }
        }
    }

    private static void Keywords(StringBuilder sb, List<Keyword> keywords, bool comma)
    {
        foreach (Keyword k in keywords)
        {
            if (comma)
            {
                sb.Append(", ");
            }

            comma = true;
            sb.Append(k.Name is null ? "**" : k.Name + "=");
            Write(sb, k.Value);
        }
    }

    private static void WriteArguments(StringBuilder sb, Arguments a)
    {
        var parts = new List<string>();
        int positional = a.PosOnlyArgs.Count + a.Args.Count;
        int firstDefault = positional - a.Defaults.Count;
        for (int i = 0; i < positional; i++)
        {
            Arg arg = i < a.PosOnlyArgs.Count ? a.PosOnlyArgs[i] : a.Args[i - a.PosOnlyArgs.Count];
            parts.Add(ArgText(arg, i >= firstDefault ? a.Defaults[i - firstDefault] : null));
            if (i == a.PosOnlyArgs.Count - 1)
            {
                parts.Add("/");
            }
        }

        if (a.VarArg is not null)
        {
            parts.Add("*" + ArgText(a.VarArg, null));
        }
        else if (a.KwOnlyArgs.Count > 0)
        {
            parts.Add("*");
        }

        for (int i = 0; i < a.KwOnlyArgs.Count; i++)
        {
            parts.Add(ArgText(a.KwOnlyArgs[i], a.KwDefaults[i]));
        }

        if (a.KwArg is not null)
        {
            parts.Add("**" + ArgText(a.KwArg, null));
        }

        sb.Append(string.Join(", ", parts));
    }

    private static string ArgText(Arg arg, Expr? defaultValue)
    {
        string text = arg.Name;
        if (arg.Annotation is not null)
        {
            text += ": " + Dump(arg.Annotation);
        }

        if (defaultValue is not null)
        {
            text += "=" + Dump(defaultValue);
        }

        return text;
    }

    private static void WriteExpr(StringBuilder sb, Expr e)
    {
        switch (e)
        {
            case Name n:
                sb.Append(n.Id).Append(Ctx(n.Ctx));
                break;
            case Constant c:
                WriteConstant(sb, c);
                break;
            case BinOp b:
                sb.Append('(');
                Write(sb, b.Left);
                sb.Append(' ').Append(Op(b.Op)).Append(' ');
                Write(sb, b.Right);
                sb.Append(')');
                break;
            case UnaryOp u:
                sb.Append('(').Append(u.Op switch
                {
                    UnaryOpKind.Not => "not ",
                    UnaryOpKind.Invert => "~",
                    UnaryOpKind.UAdd => "+",
                    _ => "-",
                });
                Write(sb, u.Operand);
                sb.Append(')');
                break;
            case BoolOp b:
                sb.Append('(');
                List(sb, b.Values, b.Op == BoolOpKind.And ? " and " : " or ");
                sb.Append(')');
                break;
            case Compare c:
                sb.Append('(');
                Write(sb, c.Left);
                for (int i = 0; i < c.Ops.Count; i++)
                {
                    sb.Append(' ').Append(CmpOp(c.Ops[i])).Append(' ');
                    Write(sb, c.Comparators[i]);
                }

                sb.Append(')');
                break;
            case Call c:
                Write(sb, c.Func);
                sb.Append('(');
                List(sb, c.Args);
                Keywords(sb, c.Keywords, c.Args.Count > 0);
                sb.Append(')');
                break;
            case Attribute a:
                Write(sb, a.Value);
                sb.Append('.').Append(a.Attr).Append(Ctx(a.Ctx));
                break;
            case Subscript s:
                Write(sb, s.Value);
                sb.Append('[');
                Write(sb, s.Slice);
                sb.Append(']').Append(Ctx(s.Ctx));
                break;
            case Slice s:
                if (s.Lower is not null)
                {
                    Write(sb, s.Lower);
                }

                sb.Append(':');
                if (s.Upper is not null)
                {
                    Write(sb, s.Upper);
                }

                sb.Append(':');
                if (s.Step is not null)
                {
                    Write(sb, s.Step);
                }

                break;
            case Starred s:
                sb.Append('*');
                Write(sb, s.Value);
                sb.Append(Ctx(s.Ctx));
                break;
            case Tuple t:
                sb.Append('(');
                List(sb, t.Elts);
                if (t.Elts.Count == 1)
                {
                    sb.Append(',');
                }

                sb.Append(')').Append(Ctx(t.Ctx));
                break;
            case ListDisplay l:
                sb.Append('[');
                List(sb, l.Elts);
                sb.Append(']').Append(Ctx(l.Ctx));
                break;
            case SetDisplay s:
                sb.Append("Set{");
                List(sb, s.Elts);
                sb.Append('}');
                break;
            case Dict d:
                sb.Append('{');
                for (int i = 0; i < d.Keys.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    if (d.Keys[i] is null)
                    {
                        sb.Append("**");
                    }
                    else
                    {
                        Write(sb, d.Keys[i]);
                        sb.Append(": ");
                    }

                    Write(sb, d.Values[i]);
                }

                sb.Append('}');
                break;
            case ComprehensionExpr c:
                sb.Append(c.Kind switch
                {
                    ComprehensionKind.List => "ListComp[",
                    ComprehensionKind.Set => "SetComp[",
                    ComprehensionKind.Dict => "DictComp[",
                    _ => "GenExp[",
                });
                Write(sb, c.Element);
                if (c.Value is not null)
                {
                    sb.Append(": ");
                    Write(sb, c.Value);
                }

                foreach (Comprehension g in c.Generators)
                {
                    sb.Append(g.IsAsync ? " async for " : " for ");
                    Write(sb, g.Target);
                    sb.Append(" in ");
                    Write(sb, g.Iter);
                    foreach (Expr cond in g.Ifs)
                    {
                        sb.Append(" if ");
                        Write(sb, cond);
                    }
                }

                sb.Append(']');
                break;
            case Lambda l:
                sb.Append("lambda(");
                WriteArguments(sb, l.Args);
                sb.Append("): ");
                Write(sb, l.Body);
                break;
            case IfExp i:
                sb.Append('(');
                Write(sb, i.Body);
                sb.Append(" if ");
                Write(sb, i.Test);
                sb.Append(" else ");
                Write(sb, i.OrElse);
                sb.Append(')');
                break;
            case NamedExpr n:
                sb.Append('(');
                Write(sb, n.Target);
                sb.Append(" := ");
                Write(sb, n.Value);
                sb.Append(')');
                break;
            case Await a:
                sb.Append("await(");
                Write(sb, a.Value);
                sb.Append(')');
                break;
            case Yield y:
                sb.Append("yield(");
                if (y.Value is not null)
                {
                    Write(sb, y.Value);
                }

                sb.Append(')');
                break;
            case YieldFrom y:
                sb.Append("yieldfrom(");
                Write(sb, y.Value);
                sb.Append(')');
                break;
            case JoinedStr j:
                sb.Append("f<");
                List(sb, j.Values);
                sb.Append('>');
                break;
            case FormattedValue f:
                sb.Append('{');
                Write(sb, f.Value);
                if (f.Conversion != '\0')
                {
                    sb.Append('!').Append(f.Conversion);
                }

                if (f.FormatSpec is not null)
                {
                    sb.Append(':');
                    Write(sb, f.FormatSpec);
                }

                sb.Append('}');
                break;
            default:
                sb.Append(e.GetType().Name);
                break;
        }
    }

    private static void WriteConstant(StringBuilder sb, Constant c)
    {
        switch (c.Kind)
        {
            case ConstantKind.None:
                sb.Append("None");
                break;
            case ConstantKind.True:
                sb.Append("True");
                break;
            case ConstantKind.False:
                sb.Append("False");
                break;
            case ConstantKind.Ellipsis:
                sb.Append("...");
                break;
            case ConstantKind.Int:
                sb.Append(((long)c.Value!).ToString(CultureInfo.InvariantCulture));
                break;
            case ConstantKind.BigInt:
                sb.Append(((System.Numerics.BigInteger)c.Value!).ToString(CultureInfo.InvariantCulture)).Append('L');
                break;
            case ConstantKind.Float:
                sb.Append(((double)c.Value!).ToString("R", CultureInfo.InvariantCulture)).Append('f');
                break;
            case ConstantKind.Imaginary:
                sb.Append(((double)c.Value!).ToString("R", CultureInfo.InvariantCulture)).Append('j');
                break;
            case ConstantKind.Str:
                sb.Append('\'').Append(Escape((string)c.Value!)).Append('\'');
                break;
            case ConstantKind.Bytes:
                sb.Append("b'");
                foreach (byte b in (byte[])c.Value!)
                {
                    if (b >= 0x20 && b < 0x7F && b != '\\' && b != '\'')
                    {
                        sb.Append((char)b);
                    }
                    else
                    {
                        sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
                    }
                }

                sb.Append('\'');
                break;
        }
    }

    internal static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (char ch in s)
        {
            switch (ch)
            {
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\'':
                    sb.Append("\\'");
                    break;
                default:
                    if (ch < 0x20 || ch == 0x7F)
                    {
                        sb.Append("\\x").Append(((int)ch).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(ch);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    private static string Ctx(ExprContext ctx) => ctx switch
    {
        ExprContext.Store => ":S",
        ExprContext.Del => ":D",
        _ => string.Empty,
    };

    private static string Op(OperatorKind op) => op switch
    {
        OperatorKind.Add => "+",
        OperatorKind.Sub => "-",
        OperatorKind.Mult => "*",
        OperatorKind.MatMult => "@",
        OperatorKind.Div => "/",
        OperatorKind.Mod => "%",
        OperatorKind.Pow => "**",
        OperatorKind.LShift => "<<",
        OperatorKind.RShift => ">>",
        OperatorKind.BitOr => "|",
        OperatorKind.BitXor => "^",
        OperatorKind.BitAnd => "&",
        OperatorKind.FloorDiv => "//",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    private static string CmpOp(CmpOpKind op) => op switch
    {
        CmpOpKind.Eq => "==",
        CmpOpKind.NotEq => "!=",
        CmpOpKind.Lt => "<",
        CmpOpKind.LtE => "<=",
        CmpOpKind.Gt => ">",
        CmpOpKind.GtE => ">=",
        CmpOpKind.Is => "is",
        CmpOpKind.IsNot => "is not",
        CmpOpKind.In => "in",
        CmpOpKind.NotIn => "not in",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };
}
