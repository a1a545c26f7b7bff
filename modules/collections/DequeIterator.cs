using MicroPython.Objects;

namespace MicroPython.Modules.Collections;

/// <summary>Iterator over a <see cref="DequeObject"/>, front to back, by position (a deque changed meanwhile is read as it is then).</summary>
internal sealed class DequeIterator : PyObject
{
    private static readonly TypeObject s_type = TypeObject.CreateBuiltin("iterator", null);

    private readonly DequeObject _deque;
    private int _position;

    public DequeIterator(DequeObject deque)
        : base(s_type)
    {
        _deque = deque;
        Memory.HeapAccountant.ChargeObject();
    }

    public override PyObject GetIter() => this;

    public override PyObject? Next() => _position < _deque.Count ? _deque.ItemAt(_position++) : null;

    public override long HeapBlocks(Memory.HeapAccountant heap) => 1;

    public override void TraceReferences(Memory.HeapTracer tracer) => tracer.Mark(_deque);
}
