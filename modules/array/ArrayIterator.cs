using MicroPython.Objects;

namespace MicroPython.Modules.Array;

/// <summary>Iterates an array's elements; re-reads the length each step, so it sees appends made while iterating.</summary>
internal sealed class ArrayIterator : IteratorObject
{
    private readonly ArrayObject _array;
    private int _position;

    public ArrayIterator(ArrayObject array)
    {
        _array = array;
    }

    public override PyObject? Next() => _position < _array.Count ? _array.ItemAt(_position++) : null;
}
