using System;

namespace MicroPython.Objects;

/// <summary>Python's <c>tuple</c>: an immutable array of objects.</summary>
public sealed partial class TupleObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("tuple", null, InitType, MakeNew);

    public static readonly TupleObject Empty = new(Array.Empty<PyObject>());

    /// <summary>Wraps <paramref name="items"/> without copying; the caller gives up ownership.</summary>
    public TupleObject(PyObject[] items)
        : base(PyType)
    {
        Items = items;
    }

    public TupleObject(TypeObject type, PyObject[] items)
        : base(type)
    {
        Items = items;
    }

    /// <summary>The items; never mutate after construction.</summary>
    public PyObject[] Items { get; }

    public static TupleObject Create(params PyObject[] items) => items.Length == 0 ? Empty : new TupleObject(items);

    public static TupleObject FromSpan(ReadOnlySpan<PyObject> items) => items.Length == 0 ? Empty : new TupleObject(items.ToArray());
}
