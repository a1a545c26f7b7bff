namespace MicroPython.Objects;

/// <summary>Iterator over a list. Reads the list's live length each step, so appends during iteration are seen.</summary>
public sealed class ListIterator : IteratorObject
{
    private readonly ListObject _list;
    private int _index;

    public ListIterator(ListObject list)
    {
        _list = list;
    }

    public override PyObject? Next()
    {
        var list = _list;
        int i = _index;
        if (i < list.Count)
        {
            _index = i + 1;
            return list.RawItems[i];
        }

        return null;
    }
}
