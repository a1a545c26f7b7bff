using System;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// Class creation and instantiation (owned by the object-model engineer; placeholder until then).
public sealed partial class TypeObject
{
    private PyObject CallTypeType(ReadOnlySpan<PyObject> args, int nKw)
    {
        if (args.Length == 1 && nKw == 0)
        {
            return args[0].Type;
        }

        throw Errors.TypeError("type takes 1 or 3 arguments");
    }

    private PyObject InstantiateHeapType(ReadOnlySpan<PyObject> args, int nKw)
    {
        throw Errors.NotImplemented("class instantiation");
    }
}
