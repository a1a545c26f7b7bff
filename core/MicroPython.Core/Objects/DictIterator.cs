namespace MicroPython.Objects;

/// <summary>What a dict iterator or view yields.</summary>
public enum DictViewKind : byte
{
    Keys,
    Values,
    Items,
}

/// <summary>
/// Iterator over a dict's keys, values or items. It keeps a cursor into the entry array; mutation during
/// iteration is not detected (MicroPython doesn't check either), iteration just continues over the table.
/// </summary>
public sealed class DictIterator : IteratorObject
{
    private readonly DictObject _dict;
    private readonly DictViewKind _kind;
    private int _position;

    public DictIterator(DictObject dict, DictViewKind kind)
    {
        _dict = dict;
        _kind = kind;
    }

    public override PyObject? Next()
    {
        if (_kind == DictViewKind.Keys)
        {
            return _dict.NextKey(ref _position);
        }

        if (!_dict.TryGetNext(ref _position, out var key, out var value))
        {
            return null;
        }

        return _kind == DictViewKind.Values ? value : new TupleObject(new[] { key, value });
    }
}
