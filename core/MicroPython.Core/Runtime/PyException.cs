using System;
using MicroPython.Objects;

namespace MicroPython.Runtime;

/// <summary>
/// Carries a Python exception through C# code (built-ins, native calls). The VM catches it at the frame
/// boundary and continues with Python semantics; Python-to-Python raises inside the VM never throw it.
/// </summary>
public sealed class PyException : Exception
{
    public PyException(PyObject value)
        : base(null)
    {
        Value = value;
    }

    /// <summary>The exception instance (an <see cref="ExceptionObject"/> or a user instance wrapping one).</summary>
    public PyObject Value { get; }

    /// <summary>The native exception object carrying args and traceback.</summary>
    public ExceptionObject Exception => (ExceptionObject)Value.NativeSelf;

    public override string Message => Ops.Str(Value.Type) + ": " + Ops.Str(Value);
}
