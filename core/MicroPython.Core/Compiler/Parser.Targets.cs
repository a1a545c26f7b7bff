using System.Collections.Generic;
using MicroPython.Compiler.Ast;

namespace MicroPython.Compiler;

public sealed partial class Parser
{
    // Assignment and deletion targets are parsed as ordinary expressions and then checked here, setting Ctx.
    // The texts are MicroPython's compiler messages (compile.c), so the errors are deferred (see Defer).

    private const string CannotAssign = "can't assign to expression";
    private const string CannotDelete = "can't delete expression";

    /// <summary>Target of '=', 'for', 'with … as', a comprehension 'for': a bare *x is not allowed at the top.</summary>
    private void SetAssignTarget(Expr target)
    {
        if (target is Starred)
        {
            Defer(target, CannotAssign);
            return;
        }

        SetContext(target, ExprContext.Store);
    }

    /// <summary>Marks <paramref name="target"/> (recursively) as a store or delete target, or records why it cannot be.</summary>
    private void SetContext(Expr target, ExprContext ctx)
    {
        switch (target)
        {
            case Name name:
                name.Ctx = ctx;
                break;
            case Attribute attribute:
                attribute.Ctx = ctx;
                break;
            case Subscript subscript:
                subscript.Ctx = ctx;
                break;
            case Starred starred when ctx == ExprContext.Store:
                starred.Ctx = ctx;
                SetContext(starred.Value, ctx);
                break;
            case Tuple tuple:
                // MicroPython rejects "() = x" (but accepts "[] = x").
                if (tuple.Elts.Count == 0)
                {
                    Defer(target, ctx == ExprContext.Store ? CannotAssign : CannotDelete);
                    break;
                }

                tuple.Ctx = ctx;
                SetSequenceContext(tuple.Elts, ctx);
                break;
            case ListDisplay list:
                list.Ctx = ctx;
                SetSequenceContext(list.Elts, ctx);
                break;
            default:
                Defer(target, ctx == ExprContext.Store ? CannotAssign : CannotDelete);
                break;
        }
    }

    private void SetSequenceContext(List<Expr> elts, ExprContext ctx)
    {
        bool seenStar = false;
        foreach (Expr elt in elts)
        {
            if (elt is Starred && ctx == ExprContext.Store)
            {
                if (seenStar)
                {
                    Defer(elt, "multiple *x in assignment");
                }

                seenStar = true;
            }

            SetContext(elt, ctx);
        }
    }

    /// <summary>A lone <c>*x</c> used as a value (<c>x = *a</c>, <c>return *a</c>) is MicroPython's compile error.</summary>
    private void RejectBareStarred(Expr value)
    {
        if (value is Starred)
        {
            Defer(value, "*x must be assignment target");
        }
    }
}
