using System;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// The tuple type's methods and constructor (py/objtuple.c).
public sealed partial class TupleObject
{
    private static void InitType(TypeObject type)
    {
        type.SetAttrDirect("count", new BuiltinFunction("count", (self, x) =>
            IntObject.Get(SequenceOps.Count(((TupleObject)self).Items, x))).AsMethodOf(type));
        type.SetAttrDirect("index", new BuiltinFunction("index", 2, 4, args =>
            SequenceOps.Index(((TupleObject)args[0]).Items, args, "tuple")).AsMethodOf(type));
    }

    /// <summary><c>tuple()</c> / <c>tuple(iterable)</c>; a tuple argument is returned as is.</summary>
    private static PyObject MakeNew(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        ArgCheck.Range(args, nKw, 0, 1);
        if (args.Length == 0)
        {
            return Empty;
        }

        return FromIterable(args[0]);
    }

    /// <summary>A tuple of the items of <paramref name="iterable"/> (the same object when it is already a plain tuple).</summary>
    public static TupleObject FromIterable(PyObject iterable)
    {
        switch (iterable)
        {
            case TupleObject t when ReferenceEquals(t.Type, PyType):
                return t;
            case ListObject l:
                return FromSpan(l.AsSpan());
        }

        var list = ListObject.FromIterable(iterable);
        return FromSpan(list.AsSpan());
    }
}
