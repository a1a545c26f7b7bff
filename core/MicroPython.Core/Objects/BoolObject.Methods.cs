using System;
using MicroPython.Bytecode;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// Constructor and operators of bool. Arithmetic on bools is int arithmetic (True + 1 == 2, -True == -1) and is
// inherited from IntObject; only &, | and ^ between two bools keep the bool type.
public sealed partial class BoolObject
{
    private static void InitBoolType(TypeObject type)
    {
    }

    private static PyObject MakeBool(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        ArgCheck.Range(args, nKw, 0, 1);
        return args.Length == 0 ? False : From(Ops.IsTrue(args[0]));
    }

    public override PyObject? BinaryOp(BinaryOp op, PyObject rhs)
    {
        if (rhs is BoolObject other)
        {
            switch (OperatorNames.NonInplace(op))
            {
                case Bytecode.BinaryOp.And:
                    return From((Value & other.Value) != 0);
                case Bytecode.BinaryOp.Or:
                    return From((Value | other.Value) != 0);
                case Bytecode.BinaryOp.Xor:
                    return From((Value ^ other.Value) != 0);
            }
        }

        return base.BinaryOp(op, rhs);
    }
}
