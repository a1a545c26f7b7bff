using System;

namespace MicroPython.Objects;

/// <summary><c>classmethod(f)</c>: binds <c>f</c> to the class (the instance's type when looked up on an instance).</summary>
public sealed class ClassMethodObject : PyObject, IDescriptor
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("classmethod", null, null, Make);

    public ClassMethodObject(PyObject function)
        : base(PyType)
    {
        Function = function;
    }

    public PyObject Function { get; }

    public PyObject DescriptorGet(PyObject? instance, TypeObject owner) =>
        new BoundMethodObject(Function, owner);

    private static PyObject Make(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        Runtime.ArgCheck.Exact(args, nKw, 1);
        return new ClassMethodObject(args[0]);
    }
}
