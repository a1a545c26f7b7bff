using System;
using System.Text;
using MicroPython.Runtime;
using MicroPython.Memory;

namespace MicroPython.Objects;

/// <summary>A function bound to its <c>self</c> (MicroPython's <c>bound_method</c>).</summary>
public sealed class BoundMethodObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("bound_method", null);

    public BoundMethodObject(PyObject function, PyObject self)
        : base(PyType)
    {
        Function = function;
        Self = self;
        HeapAccountant.ChargeObject();
    }

    public override long HeapBlocks(HeapAccountant heap) => 1;

    public override void TraceReferences(HeapTracer tracer)
    {
        tracer.Mark(Function);
        tracer.Mark(Self);
    }

    public PyObject Function { get; }

    public PyObject Self { get; }

    public override PyObject Call(ReadOnlySpan<PyObject> args, int nKw)
    {
        // Prepend self; small calls use a stack buffer so method calls through a bound method don't allocate.
        int n = args.Length + 1;
        if (n <= 8)
        {
            var buf = default(ArgBuffer);
            Span<PyObject> span = buf;
            span[0] = Self;
            args.CopyTo(span.Slice(1));
            return Function.Call(span.Slice(0, n), nKw);
        }

        var arr = new PyObject[n];
        arr[0] = Self;
        args.CopyTo(arr.AsSpan(1));
        return Function.Call(arr, nKw);
    }

    public override void Print(StringBuilder sb, bool repr)
    {
        sb.Append("<bound_method>");
    }

    public override bool TryLoadAttr(StrObject name, out PyObject value)
    {
        switch (name.Value)
        {
            case "__self__":
                value = Self;
                return true;
            case "__func__":
                value = Function;
                return true;
            default:
                return Function.TryLoadAttr(name, out value);
        }
    }

    public override long Hash() => Ops.Hash(Function) ^ Ops.Hash(Self);

    public override PyObject? BinaryOp(Bytecode.BinaryOp op, PyObject rhs)
    {
        if (op == Bytecode.BinaryOp.Equal && rhs is BoundMethodObject b)
        {
            return BoolObject.From(ReferenceEquals(Self, b.Self) && Ops.Equal(Function, b.Function));
        }

        return null;
    }
}
