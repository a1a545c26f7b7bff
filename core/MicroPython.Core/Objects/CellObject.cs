using System.Text;
using MicroPython.Memory;

namespace MicroPython.Objects;

/// <summary>
/// A variable captured by an inner function (MicroPython's objcell.c). The cell lives in the owning scope's local
/// slot; closures receive the cell objects themselves as hidden leading arguments, and LOAD_DEREF/STORE_DEREF read
/// and write <see cref="Value"/>. <c>null</c> means unbound.
/// </summary>
public sealed class CellObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("cell", null);

    public CellObject(PyObject? value)
        : base(PyType)
    {
        Value = value;
        HeapAccountant.ChargeObject();
    }

    public override long HeapBlocks(HeapAccountant heap) => 1;

    public override void TraceReferences(HeapTracer tracer) => tracer.Mark(Value);

    /// <summary>The captured value; null while the variable is unbound. A field so the VM and tier-1 code read it directly.</summary>
    public PyObject? Value;

    public override void Print(StringBuilder sb, bool repr) => sb.Append("<cell>");
}
