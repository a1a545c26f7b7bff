using System;
using MicroPython.Memory;

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
        ChargeNew(items.Length);
    }

    public TupleObject(TypeObject type, PyObject[] items)
        : base(type)
    {
        Items = items;
        ChargeNew(items.Length);
    }

    // A tuple is 2 words (type, length) and its items inline; the empty tuple is in ROM.
    private static void ChargeNew(int length)
    {
        if (length != 0)
        {
            HeapAccountant.ChargeWords(2 + length);
        }
    }

    public override long HeapBlocks(HeapAccountant heap) => Items.Length == 0 ? 0 : heap.WordBlocks(2 + Items.Length);

    public override void TraceReferences(HeapTracer tracer) => tracer.Mark(Items!);

    /// <summary>The items; never mutate after construction.</summary>
    public PyObject[] Items { get; }

    public static TupleObject Create(params PyObject[] items) => items.Length == 0 ? Empty : new TupleObject(items);

    public static TupleObject FromSpan(ReadOnlySpan<PyObject> items) => items.Length == 0 ? Empty : new TupleObject(items.ToArray());
}
