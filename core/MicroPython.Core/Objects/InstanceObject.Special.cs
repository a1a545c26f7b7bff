using System;
using MicroPython.Bytecode;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary>
/// Indexes of the special methods cached per class (<see cref="TypeObject.GetSpecial"/>) and the helpers that call
/// one on an instance. Binary operators use their <see cref="BinaryOp"/> value as index, unary operators follow,
/// then the other protocols.
/// </summary>
internal static class SpecialMethod
{
    public const int UnaryBase = (int)BinaryOp.ReversePower + 1;
    public const int Repr = UnaryBase + (int)UnaryOp.SizeOf + 1;
    public const int Str = Repr + 1;
    public const int GetItem = Repr + 2;
    public const int SetItem = Repr + 3;
    public const int DelItem = Repr + 4;
    public const int Iter = Repr + 5;
    public const int Next = Repr + 6;
    public const int Call = Repr + 7;
    public const int GetAttr = Repr + 8;
    public const int SetAttr = Repr + 9;
    public const int DelAttr = Repr + 10;
    public const int Get = Repr + 11;
    public const int Set = Repr + 12;
    public const int Delete = Repr + 13;
    public const int Index = Repr + 14;
    public const int Init = Repr + 15;
    public const int New = Repr + 16;
    public const int SetName = Repr + 17;
    public const int Count = Repr + 18;

    /// <summary>Names by index (interned).</summary>
    public static readonly StrObject[] Names = CreateNames();

    /// <summary>Cache marker for "the class does not define it".</summary>
    public static readonly PyObject Absent = new AbsentMarker();

    public static int Unary(UnaryOp op) => UnaryBase + (int)op;

    private static StrObject[] CreateNames()
    {
        var names = new StrObject[Count];
        for (int i = 0; i < UnaryBase; i++)
        {
            names[i] = StrObject.Intern(OperatorNames.Binary((BinaryOp)i));
        }

        for (int i = 0; i <= (int)UnaryOp.SizeOf; i++)
        {
            names[UnaryBase + i] = StrObject.Intern(OperatorNames.Unary((UnaryOp)i));
        }

        string[] others =
        {
            "__repr__", "__str__", "__getitem__", "__setitem__", "__delitem__", "__iter__", "__next__", "__call__",
            "__getattr__", "__setattr__", "__delattr__", "__get__", "__set__", "__delete__", "__index__", "__init__",
            "__new__", "__set_name__",
        };
        for (int i = 0; i < others.Length; i++)
        {
            names[Repr + i] = StrObject.Intern(others[i]);
        }

        return names;
    }

    /// <summary>True when <paramref name="fn"/>, found in a class dict, takes the instance as its first argument.</summary>
    public static bool TakesSelf(PyObject fn) => fn is IMethodLike && (fn is not BuiltinFunction bf || bf.SelfType != null);

    /// <summary>The callable for a non-method class attribute (static/class methods, user descriptors, plain callables).</summary>
    private static PyObject Bind(PyObject fn, PyObject self)
    {
        if (fn is IDescriptor d)
        {
            return d.DescriptorGet(self, self.Type);
        }

        if (fn is InstanceObject inst)
        {
            var get = inst.Type.GetSpecial(Get);
            if (get != null)
            {
                return Invoke(get, inst, self, self.Type);
            }
        }

        return fn;
    }

    /// <summary>Calls special method <paramref name="fn"/> (as found in the class dict) on <paramref name="self"/>.</summary>
    public static PyObject Invoke(PyObject fn, PyObject self)
    {
        if (TakesSelf(fn))
        {
            var buf = default(ArgBuffer);
            buf[0] = self;
            return fn.Call(((Span<PyObject>)buf).Slice(0, 1), 0);
        }

        return Bind(fn, self).Call(ReadOnlySpan<PyObject>.Empty, 0);
    }

    public static PyObject Invoke(PyObject fn, PyObject self, PyObject a)
    {
        var buf = default(ArgBuffer);
        if (TakesSelf(fn))
        {
            buf[0] = self;
            buf[1] = a;
            return fn.Call(((Span<PyObject>)buf).Slice(0, 2), 0);
        }

        buf[0] = a;
        return Bind(fn, self).Call(((Span<PyObject>)buf).Slice(0, 1), 0);
    }

    public static PyObject Invoke(PyObject fn, PyObject self, PyObject a, PyObject b)
    {
        var buf = default(ArgBuffer);
        if (TakesSelf(fn))
        {
            buf[0] = self;
            buf[1] = a;
            buf[2] = b;
            return fn.Call(((Span<PyObject>)buf).Slice(0, 3), 0);
        }

        buf[0] = a;
        buf[1] = b;
        return Bind(fn, self).Call(((Span<PyObject>)buf).Slice(0, 2), 0);
    }

    /// <summary>Calls special method <paramref name="fn"/> on <paramref name="self"/> with a full argument list.</summary>
    public static PyObject CallWithSelf(PyObject fn, PyObject self, ReadOnlySpan<PyObject> args, int nKw)
    {
        if (TakesSelf(fn))
        {
            return CallWithFirst(fn, self, args, nKw);
        }

        return Bind(fn, self).Call(args, nKw);
    }

    /// <summary>Calls <paramref name="fn"/> with <paramref name="first"/> prepended to <paramref name="args"/>.</summary>
    public static PyObject CallWithFirst(PyObject fn, PyObject first, ReadOnlySpan<PyObject> args, int nKw)
    {
        int n = args.Length + 1;
        if (n <= 8)
        {
            var buf = default(ArgBuffer);
            Span<PyObject> span = buf;
            span[0] = first;
            args.CopyTo(span.Slice(1));
            return fn.Call(span.Slice(0, n), nKw);
        }

        var arr = new PyObject[n];
        arr[0] = first;
        args.CopyTo(arr.AsSpan(1));
        return fn.Call(arr, nKw);
    }

    private sealed class AbsentMarker : PyObject
    {
        public AbsentMarker()
            : base(null!)
        {
        }
    }
}
