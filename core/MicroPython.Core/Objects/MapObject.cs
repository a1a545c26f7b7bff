using System;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary><c>map(function, *iterables)</c>: calls the function with the n-th items, stopping at the shortest input.</summary>
public sealed class MapObject : IteratorObject
{
    public static new readonly TypeObject PyType = TypeObject.CreateBuiltin("map", null, AddIteratorMethods, MakeNew);

    private readonly PyObject _function;
    private readonly PyObject[] _iterators;

    public MapObject(PyObject function, ReadOnlySpan<PyObject> iterables)
        : base(PyType)
    {
        _function = function;
        _iterators = new PyObject[iterables.Length];
        for (int i = 0; i < iterables.Length; i++)
        {
            _iterators[i] = Ops.GetIter(iterables[i]);
        }
    }

    private static PyObject MakeNew(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        ArgCheck.Range(args, nKw, 2, int.MaxValue);
        return new MapObject(args[0], args.Slice(1));
    }

    public override PyObject? Next()
    {
        var its = _iterators;
        if (its.Length == 1)
        {
            var x = its[0].Next();
            return x == null ? null : Ops.CallFunction(_function, x);
        }

        if (its.Length <= 8)
        {
            // Up to eight iterables: gather the arguments on the stack.
            var buf = default(ArgBuffer);
            Span<PyObject> span = buf;
            for (int i = 0; i < its.Length; i++)
            {
                var x = its[i].Next();
                if (x == null)
                {
                    return null;
                }

                span[i] = x;
            }

            return _function.Call(span.Slice(0, its.Length), 0);
        }

        var args = new PyObject[its.Length];
        for (int i = 0; i < its.Length; i++)
        {
            var x = its[i].Next();
            if (x == null)
            {
                return null;
            }

            args[i] = x;
        }

        return _function.Call(args, 0);
    }
}
