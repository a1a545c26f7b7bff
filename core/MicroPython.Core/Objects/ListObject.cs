using System;

namespace MicroPython.Objects;

/// <summary>Python's <c>list</c>: a growable array (grown as MicroPython grows it, so heap accounting matches).</summary>
public sealed partial class ListObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("list", null, InitType, MakeNew);

    private PyObject[] _items;
    private int _count;

    public ListObject()
        : this(4)
    {
    }

    public ListObject(int capacity)
        : base(PyType)
    {
        _items = capacity == 0 ? Array.Empty<PyObject>() : new PyObject[capacity];
    }

    /// <summary>Takes ownership of <paramref name="items"/> (first <paramref name="count"/> are live).</summary>
    public ListObject(PyObject[] items, int count)
        : base(PyType)
    {
        _items = items;
        _count = count;
    }

    public int Count => _count;

    /// <summary>Backing array; only the first <see cref="Count"/> entries are live.</summary>
    public PyObject[] RawItems => _items;

    public Span<PyObject> AsSpan() => _items.AsSpan(0, _count);

    public PyObject this[int i]
    {
        get => _items[i];
        set => _items[i] = value;
    }

    public void Append(PyObject item)
    {
        if (_count == _items.Length)
        {
            // Doubling, as MicroPython's objlist.c does (min 4), so heap accounting can mirror the capacity.
            Array.Resize(ref _items, Math.Max(4, _items.Length * 2));
        }

        _items[_count++] = item;
    }

    /// <summary>Sets the live length (for bulk operations in the methods partial); grows storage as needed.</summary>
    public void SetCount(int count)
    {
        if (count > _items.Length)
        {
            Array.Resize(ref _items, count);
        }

        if (count < _count)
        {
            Array.Clear(_items, count, _count - count);
        }

        _count = count;
    }

    public static ListObject FromSpan(ReadOnlySpan<PyObject> items)
    {
        var arr = items.ToArray();
        return new ListObject(arr, arr.Length);
    }
}
