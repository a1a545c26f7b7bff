using System;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary><c>filter(function, iterable)</c>: the items for which the function (or, for None, the item) is true.</summary>
public sealed class FilterObject : IteratorObject
{
    public static new readonly TypeObject PyType = TypeObject.CreateBuiltin("filter", null, AddIteratorMethods, MakeNew);

    private readonly PyObject? _function;
    private readonly PyObject _iterator;

    public FilterObject(PyObject function, PyObject iterable)
        : base(PyType)
    {
        _function = ReferenceEquals(function, NoneObject.None) ? null : function;
        _iterator = Ops.GetIter(iterable);
    }

    private static PyObject MakeNew(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        ArgCheck.Exact(args, nKw, 2);
        return new FilterObject(args[0], args[1]);
    }

    public override PyObject? Next()
    {
        PyObject? x;
        while ((x = _iterator.Next()) != null)
        {
            var test = _function == null ? x : Ops.CallFunction(_function, x);
            if (Ops.IsTrue(test))
            {
                return x;
            }
        }

        return null;
    }
}
