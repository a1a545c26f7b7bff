namespace MicroPython.Objects;

/// <summary>Iterator over a tuple's items (or any fixed array of objects).</summary>
public sealed class TupleIterator : IteratorObject
{
    private readonly PyObject[] _items;
    private int _index;

    public TupleIterator(PyObject[] items)
    {
        _items = items;
    }

    public override PyObject? Next()
    {
        var items = _items;
        int i = _index;
        if ((uint)i < (uint)items.Length)
        {
            _index = i + 1;
            return items[i];
        }

        return null;
    }
}
