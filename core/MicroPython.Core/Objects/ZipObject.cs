using System;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary><c>zip(*iterables)</c>: tuples of the n-th items, stopping at the shortest input (py/objzip.c).</summary>
public sealed class ZipObject : IteratorObject
{
    public static new readonly TypeObject PyType = TypeObject.CreateBuiltin("zip", null, AddIteratorMethods, MakeNew);

    private readonly PyObject[] _iterators;
    private bool _done;

    public ZipObject(ReadOnlySpan<PyObject> iterables)
        : base(PyType)
    {
        _iterators = new PyObject[iterables.Length];
        for (int i = 0; i < iterables.Length; i++)
        {
            _iterators[i] = Ops.GetIter(iterables[i]);
        }
    }

    private static PyObject MakeNew(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        // No keywords (zip(strict=True) is rejected as in MicroPython).
        ArgCheck.NoKeywords(nKw);
        return new ZipObject(args);
    }

    public override PyObject? Next()
    {
        var its = _iterators;
        if (_done || its.Length == 0)
        {
            return null;
        }

        var items = new PyObject[its.Length];
        for (int i = 0; i < its.Length; i++)
        {
            var x = its[i].Next();
            if (x == null)
            {
                _done = true;
                return null;
            }

            items[i] = x;
        }

        return new TupleObject(items);
    }
}
