namespace MicroPython.Objects;

/// <summary>
/// <c>iter(str)</c>: yields the string's code points as one-character strings (cached for Latin-1, so iterating
/// ASCII text allocates nothing per character). Prints as MicroPython's <c>&lt;iterator&gt;</c>.
/// </summary>
public sealed class StrIterator : IteratorObject
{
    private readonly string _value;
    private int _pos;

    public StrIterator(StrObject str)
    {
        _value = str.Value;
    }

    public override PyObject? Next()
    {
        string v = _value;
        int i = _pos;
        if (i >= v.Length)
        {
            return null;
        }

        char c = v[i];
        if (char.IsHighSurrogate(c) && i + 1 < v.Length && char.IsLowSurrogate(v[i + 1]))
        {
            _pos = i + 2;
            return new StrObject(v.Substring(i, 2));
        }

        _pos = i + 1;
        return StrObject.FromChar(c);
    }
}
