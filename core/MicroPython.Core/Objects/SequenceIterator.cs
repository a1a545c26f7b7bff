using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary>
/// Iterator over an object that has <c>__getitem__</c> but no <c>__iter__</c>: calls <c>obj[0]</c>, <c>obj[1]</c>, …
/// until it raises IndexError (or StopIteration), like MicroPython's <c>mp_obj_new_getitem_iter</c>.
/// </summary>
public sealed class SequenceIterator : IteratorObject
{
    private readonly PyObject _sequence;
    private long _index;
    private bool _done;

    public SequenceIterator(PyObject sequence)
    {
        _sequence = sequence;
    }

    public override PyObject? Next()
    {
        if (_done)
        {
            return null;
        }

        try
        {
            return _sequence.GetItem(IntObject.Get(_index++));
        }
        catch (PyException e) when (Ops.ExceptionMatches(e.Value, ExceptionTypes.IndexError)
            || Ops.ExceptionMatches(e.Value, ExceptionTypes.StopIteration))
        {
            _done = true;
            return null;
        }
    }
}
