using System;

namespace MicroPython.Objects;

/// <summary>
/// <c>io.IOBase</c>: the base class of streams implemented in Python (a class defining <c>readinto</c>/<c>write</c>/
/// <c>ioctl</c>). It adds no behaviour of its own; it marks the class as a stream.
/// </summary>
public sealed class IOBaseObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("IOBase", null, null, MakeNew);

    public IOBaseObject()
        : base(PyType)
    {
    }

    private static PyObject MakeNew(TypeObject type, ReadOnlySpan<PyObject> args, int nKw) => new IOBaseObject();
}
