using System;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary><c>enumerate(iterable, start=0)</c>: yields <c>(index, item)</c> tuples (py/objenumerate.c).</summary>
public sealed class EnumerateObject : IteratorObject
{
    public static new readonly TypeObject PyType = TypeObject.CreateBuiltin("enumerate", null, AddIteratorMethods, MakeNew);

    private static readonly string[] s_argNames = { "iterable", "start" };

    private readonly PyObject _iterator;
    private long _index;

    public EnumerateObject(PyObject iterable, long start)
        : base(PyType)
    {
        _iterator = Ops.GetIter(iterable);
        _index = start;
    }

    private static PyObject MakeNew(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        Span<PyObject?> parsed = new PyObject?[2];
        ArgParser.Parse(args, nKw, s_argNames, 1, 2, parsed);
        long start = 0;
        if (parsed[1] is { } s)
        {
            start = s switch
            {
                IntObject i => i.Value,
                BigIntObject => throw Errors.OverflowError("overflow converting long int to machine word"),
                _ => throw Errors.CantConvert(s, "int"),
            };
        }

        return new EnumerateObject(parsed[0]!, start);
    }

    public override PyObject? Next()
    {
        var item = _iterator.Next();
        if (item == null)
        {
            return null;
        }

        return new TupleObject(new[] { IntObject.Get(_index++), item });
    }
}
