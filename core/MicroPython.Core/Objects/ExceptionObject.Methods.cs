using System;
using MicroPython.Runtime;

namespace MicroPython.Objects;

public sealed partial class ExceptionObject
{
    internal static void InitType(TypeObject type)
    {
    }

    internal static PyObject MakeNew(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        if (nKw != 0)
        {
            throw Errors.TypeError("function doesn't take keyword arguments");
        }

        return new ExceptionObject(type, TupleObject.FromSpan(args));
    }

    public override bool TryLoadAttr(StrObject name, out PyObject value)
    {
        switch (name.Value)
        {
            case "args":
                value = Args;
                return true;
            case "value":
            case "errno":
                value = Value;
                return true;
            default:
                return base.TryLoadAttr(name, out value);
        }
    }
}
