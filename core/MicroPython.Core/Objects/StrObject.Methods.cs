using System;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// Methods and constructor of the type (placeholder; owned by the engineer building this type).
public sealed partial class StrObject
{
    private static void InitType(TypeObject type)
    {
    }

    private static PyObject MakeNew(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        throw Errors.NotImplemented("constructor");
    }
}
