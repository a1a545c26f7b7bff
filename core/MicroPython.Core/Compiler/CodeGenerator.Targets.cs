using System.Collections.Generic;
using MicroPython.Bytecode;
using MicroPython.Compiler.Ast;

namespace MicroPython.Compiler;

// Assignment and deletion targets (py/compile.c c_assign, c_assign_tuple, c_assign_atom_expr, c_del_stmt).
internal sealed partial class CodeGenerator
{
    private enum AssignKind
    {
        /// <summary>Store the value on top of the stack.</summary>
        Store,

        /// <summary>First half of an augmented assignment: load the current value, keeping object/index.</summary>
        AugLoad,

        /// <summary>Second half: store the result using the object/index kept by <see cref="AugLoad"/>.</summary>
        AugStore,
    }

    private void AssignTarget(Expr target, AssignKind kind)
    {
        Expr resolved = _folder.Resolve(target);
        switch (resolved)
        {
            case Name name:
                if (kind == AssignKind.AugLoad)
                {
                    LoadId(name.Id);
                }
                else
                {
                    StoreId(name.Id);
                }

                return;

            case Ast.Attribute attr:
                if (kind != AssignKind.AugStore)
                {
                    CompileExpr(attr.Value);
                }

                if (kind == AssignKind.AugLoad)
                {
                    _emit.DupTop();
                    _emit.LoadAttr(attr.Attr);
                }
                else
                {
                    if (kind == AssignKind.AugStore)
                    {
                        _emit.RotTwo();
                    }

                    _emit.StoreAttr(attr.Attr);
                }

                return;

            case Subscript sub:
                if (kind == AssignKind.AugStore)
                {
                    _emit.RotThree();
                    _emit.StoreSubscr();
                }
                else
                {
                    CompileExpr(sub.Value);
                    CompileExpr(sub.Slice);
                    if (kind == AssignKind.AugLoad)
                    {
                        _emit.DupTopTwo();
                        _emit.LoadSubscr();
                    }
                    else
                    {
                        _emit.StoreSubscr();
                    }
                }

                return;

            case Ast.Tuple tuple when tuple.Elts.Count > 0 && kind == AssignKind.Store:
                AssignSequence(tuple.Elts);
                return;

            case ListDisplay list when kind == AssignKind.Store:
                AssignSequence(list.Elts);
                return;

            default:
                throw Error(target, "can't assign to expression");
        }
    }

    /// <summary>Unpacks the value into each target: UNPACK_SEQUENCE, or UNPACK_EX around one starred target.</summary>
    private void AssignSequence(List<Expr> targets)
    {
        int starIndex = -1;
        for (int i = 0; i < targets.Count; i++)
        {
            if (targets[i] is Starred)
            {
                if (starIndex >= 0)
                {
                    throw Error(targets[i], "multiple *x in assignment");
                }

                _emit.UnpackEx(i, targets.Count - i - 1);
                starIndex = i;
            }
        }

        if (starIndex < 0)
        {
            _emit.UnpackSequence(targets.Count);
        }

        for (int i = 0; i < targets.Count; i++)
        {
            AssignTarget(i == starIndex ? ((Starred)targets[i]).Value : targets[i], AssignKind.Store);
        }
    }

    private void DeleteTarget(Expr target)
    {
        Expr resolved = _folder.Resolve(target);
        switch (resolved)
        {
            case Name name:
                DeleteId(name.Id);
                return;
            case Ast.Attribute attr:
                CompileExpr(attr.Value);
                _emit.DeleteAttr(attr.Attr);
                return;
            case Subscript sub:
                CompileExpr(sub.Value);
                CompileExpr(sub.Slice);
                _emit.DeleteSubscr();
                return;
            case Ast.Tuple tuple when tuple.Elts.Count > 0:
                foreach (Expr e in tuple.Elts)
                {
                    DeleteTarget(e);
                }

                return;
            case ListDisplay list when list.Elts.Count > 0:
                // MicroPython rejects `del [a, b]`; CPython allows it, and so do we.
                foreach (Expr e in list.Elts)
                {
                    DeleteTarget(e);
                }

                return;
            default:
                throw Error(target, "can't delete expression");
        }
    }

    private static BinaryOp InplaceOperator(OperatorKind op) => op switch
    {
        OperatorKind.Add => BinaryOp.InplaceAdd,
        OperatorKind.Sub => BinaryOp.InplaceSubtract,
        OperatorKind.Mult => BinaryOp.InplaceMultiply,
        OperatorKind.MatMult => BinaryOp.InplaceMatMultiply,
        OperatorKind.Div => BinaryOp.InplaceTrueDivide,
        OperatorKind.Mod => BinaryOp.InplaceModulo,
        OperatorKind.Pow => BinaryOp.InplacePower,
        OperatorKind.LShift => BinaryOp.InplaceLShift,
        OperatorKind.RShift => BinaryOp.InplaceRShift,
        OperatorKind.BitOr => BinaryOp.InplaceOr,
        OperatorKind.BitXor => BinaryOp.InplaceXor,
        OperatorKind.BitAnd => BinaryOp.InplaceAnd,
        _ => BinaryOp.InplaceFloorDivide,
    };

    private static BinaryOp PlainOperator(OperatorKind op) => op switch
    {
        OperatorKind.Add => BinaryOp.Add,
        OperatorKind.Sub => BinaryOp.Subtract,
        OperatorKind.Mult => BinaryOp.Multiply,
        OperatorKind.MatMult => BinaryOp.MatMultiply,
        OperatorKind.Div => BinaryOp.TrueDivide,
        OperatorKind.Mod => BinaryOp.Modulo,
        OperatorKind.Pow => BinaryOp.Power,
        OperatorKind.LShift => BinaryOp.LShift,
        OperatorKind.RShift => BinaryOp.RShift,
        OperatorKind.BitOr => BinaryOp.Or,
        OperatorKind.BitXor => BinaryOp.Xor,
        OperatorKind.BitAnd => BinaryOp.And,
        _ => BinaryOp.FloorDivide,
    };
}
