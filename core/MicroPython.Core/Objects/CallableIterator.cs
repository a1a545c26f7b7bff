using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary><c>iter(callable, sentinel)</c>: calls the callable until it returns a value equal to the sentinel.</summary>
public sealed class CallableIterator : IteratorObject
{
    private readonly PyObject _callable;
    private readonly PyObject _sentinel;
    private bool _done;

    public CallableIterator(PyObject callable, PyObject sentinel)
    {
        _callable = callable;
        _sentinel = sentinel;
    }

    public override PyObject? Next()
    {
        if (_done)
        {
            return null;
        }

        var v = Ops.CallFunction(_callable);
        if (Ops.Equal(v, _sentinel))
        {
            _done = true;
            return null;
        }

        return v;
    }
}
