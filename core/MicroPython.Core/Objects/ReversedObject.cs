using System;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary>
/// <c>reversed(seq)</c> (py/objreversed.c): delegates to a user <c>__reversed__</c> when there is one, otherwise
/// walks the sequence backwards with <c>len()</c> and indexing. Objects without a length raise
/// <c>TypeError: object of type 'int' has no len()</c>, MicroPython's text.
/// </summary>
public sealed class ReversedObject : IteratorObject
{
    public static new readonly TypeObject PyType = TypeObject.CreateBuiltin("reversed", null, AddIteratorMethods, MakeNew);

    private static readonly StrObject s_reversed = StrObject.Intern("__reversed__");

    private readonly PyObject _sequence;
    private long _index;

    public ReversedObject(PyObject sequence)
        : base(PyType)
    {
        _sequence = sequence;
        _index = Ops.Length(sequence);
    }

    private static PyObject MakeNew(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        ArgCheck.Exact(args, nKw, 1);
        var seq = args[0];
        if (seq.Type.IsHeapType && Ops.TryLoadAttr(seq, s_reversed, out var method))
        {
            return Ops.CallFunction(method);
        }

        if (seq is DictObject dict)
        {
            // reversed(dict) (CPython 3.8+): the keys, last inserted first; a snapshot, like a list's copy.
            var keys = new PyObject[dict.Count];
            int pos = 0;
            int k = keys.Length;
            PyObject? key;
            while ((key = dict.NextKey(ref pos)) != null && k > 0)
            {
                keys[--k] = key;
            }

            return new TupleIterator(keys);
        }

        if (seq is RangeObject r)
        {
            // reversed(range(...)) is a range iterator running backwards: no indexing per step.
            var n = r.Count;
            if (n == 0)
            {
                return new RangeIterator(0, 0, 1);
            }

            long last = unchecked(r.Start + ((long)(n - 1) * r.Step));
            return new RangeIterator(last, unchecked(r.Start - r.Step), -r.Step);
        }

        return new ReversedObject(seq);
    }

    public override PyObject? Next()
    {
        if (_index <= 0)
        {
            return null;
        }

        _index--;
        if (_sequence is ListObject list)
        {
            // The list may have shrunk meanwhile: stop rather than index past the end.
            if (_index >= list.Count)
            {
                _index = 0;
                return null;
            }

            return list[(int)_index];
        }

        return _sequence.GetItem(IntObject.Get(_index));
    }
}
