using System;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// Methods and constructor of bool (placeholder; owned by the numbers engineer).
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
}
