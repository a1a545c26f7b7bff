using System;

namespace MicroPython.Objects;

/// <summary><c>staticmethod(f)</c>: returns <c>f</c> unchanged from both class and instance lookups.</summary>
public sealed class StaticMethodObject : PyObject, IDescriptor
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("staticmethod", null, null, Make);

    public StaticMethodObject(PyObject function)
        : base(PyType)
    {
        Function = function;
    }

    public PyObject Function { get; }

    public PyObject DescriptorGet(PyObject? instance, TypeObject owner) => Function;

    private static PyObject Make(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        Runtime.ArgCheck.Exact(args, nKw, 1);
        return new StaticMethodObject(args[0]);
    }
}
