using System;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// The dict type's methods, constructor and operators (py/objdict.c).
public sealed partial class DictObject
{
    // Interned on first use, not in dict's type initializer: str's type initializer creates dicts, so a static
    // field here that interns would make the two initializers depend on each other (a crash when str comes first).
    private static StrObject? s_keys;

    private static StrObject KeysName => s_keys ??= StrObject.Intern("keys");

    private static void InitType(TypeObject type)
    {
        type.SetAttrDirect("clear", new BuiltinFunction("clear", self =>
        {
            ((DictObject)self).Clear();
            return NoneObject.None;
        }).AsMethodOf(type));
        type.SetAttrDirect("copy", new BuiltinFunction("copy", self => ((DictObject)self).Copy()).AsMethodOf(type));
        type.SetAttrDirect("fromkeys", new ClassMethodObject(new BuiltinFunction("fromkeys", 2, 3, FromKeys)));
        type.SetAttrDirect("get", new BuiltinFunction("get", 2, 3, args =>
            ((DictObject)args[0]).GetOrNull(args[1]) ?? (args.Length > 2 ? args[2] : NoneObject.None)).AsMethodOf(type));
        type.SetAttrDirect("items", new BuiltinFunction("items", self => new DictViewObject((DictObject)self, DictViewKind.Items)).AsMethodOf(type));
        type.SetAttrDirect("keys", new BuiltinFunction("keys", self => new DictViewObject((DictObject)self, DictViewKind.Keys)).AsMethodOf(type));
        type.SetAttrDirect("pop", new BuiltinFunction("pop", 2, 3, args =>
        {
            var v = ((DictObject)args[0]).Remove(args[1]);
            if (v != null)
            {
                return v;
            }

            return args.Length > 2 ? args[2] : throw Errors.KeyError(args[1]);
        }).AsMethodOf(type));
        type.SetAttrDirect("popitem", new BuiltinFunction("popitem", self =>
        {
            if (!((DictObject)self).TryPopLast(out var k, out var v))
            {
                throw Errors.Make(ExceptionTypes.KeyError, "popitem(): dictionary is empty");
            }

            return new TupleObject(new[] { k, v });
        }).AsMethodOf(type));
        type.SetAttrDirect("setdefault", new BuiltinFunction("setdefault", 2, 3, args =>
            ((DictObject)args[0]).SetDefault(args[1], args.Length > 2 ? args[2] : NoneObject.None)).AsMethodOf(type));
        type.SetAttrDirect("update", new BuiltinFunction("update", 1, (args, nKw) =>
        {
            var self = args[0].NativeSelf as DictObject ?? throw Errors.WrongSelfType(PyType, args[0]);
            self.UpdateFromArgs(args.Slice(1), nKw);
            return NoneObject.None;
        }).AsMethodOf(type));
        type.SetAttrDirect("values", new BuiltinFunction("values", self => new DictViewObject((DictObject)self, DictViewKind.Values)).AsMethodOf(type));
        type.SetAttrDirect("__getitem__", new BuiltinFunction("__getitem__", (self, key) => ((DictObject)self).GetItem(key)).AsMethodOf(type));
        type.SetAttrDirect("__setitem__", new BuiltinFunction("__setitem__", (self, key, value) =>
        {
            ((DictObject)self).SetItem(key, value);
            return NoneObject.None;
        }).AsMethodOf(type));
        type.SetAttrDirect("__delitem__", new BuiltinFunction("__delitem__", (self, key) =>
        {
            ((DictObject)self).DelItem(key);
            return NoneObject.None;
        }).AsMethodOf(type));
    }

    /// <summary><c>dict()</c>, <c>dict(mapping)</c>, <c>dict(iterable_of_pairs)</c>, <c>dict(**kw)</c>.</summary>
    private static PyObject MakeNew(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        var d = new DictObject();
        if (args.Length != 0)
        {
            d.UpdateFromArgs(args, nKw);
        }

        return d;
    }

    /// <summary>A shallow copy of the same (native) type.</summary>
    public DictObject Copy() => CloneAs(Type);

    /// <summary>The body of <c>update</c> (and the constructor): at most one positional argument, then keywords.</summary>
    private void UpdateFromArgs(ReadOnlySpan<PyObject> args, int nKw)
    {
        int nPos = args.Length - (2 * nKw);
        if (nPos > 1)
        {
            // MicroPython counts self here (dict_update's arity is 1..2).
            throw Errors.TypeError($"function expected at most 2 arguments, got {nPos + 1}");
        }

        if (nPos == 1)
        {
            Update(args[0]);
        }

        for (int i = nPos; i < args.Length; i += 2)
        {
            SetItem(args[i], args[i + 1]);
        }
    }

    /// <summary><c>self.update(other)</c>: another dict, a mapping with <c>keys()</c>, or an iterable of pairs.</summary>
    public void Update(PyObject other)
    {
        if (other.NativeSelf is DictObject od && (ReferenceEquals(other, od) || other.Type.Lookup(KeysName) is BuiltinFunction))
        {
            UpdateFromDict(od);
            return;
        }

        if (other is not DictObject && Ops.TryLoadAttr(other, KeysName, out var keysMethod))
        {
            var keys = Ops.GetIter(Ops.CallFunction(keysMethod));
            PyObject? k;
            while ((k = keys.Next()) != null)
            {
                SetItem(k, other.GetItem(k));
            }

            return;
        }

        UpdateFromPairs(other);
    }

    private void UpdateFromDict(DictObject other)
    {
        if (ReferenceEquals(other, this))
        {
            return;
        }

        int pos = 0;
        while (other.TryGetNext(ref pos, out var k, out var v))
        {
            SetItem(k, v);
        }
    }

    private void UpdateFromPairs(PyObject iterable)
    {
        var it = Ops.GetIter(iterable);
        PyObject? item;
        while ((item = it.Next()) != null)
        {
            PyObject? key;
            PyObject? value;
            if (item is TupleObject t)
            {
                if (t.Items.Length != 2)
                {
                    throw WrongLength();
                }

                key = t.Items[0];
                value = t.Items[1];
            }
            else
            {
                var inner = Ops.GetIter(item);
                key = inner.Next();
                value = key == null ? null : inner.Next();
                if (value == null || inner.Next() != null)
                {
                    throw WrongLength();
                }
            }

            SetItem(key!, value);
        }

        static PyException WrongLength() => Errors.ValueError("dict update sequence has wrong length");
    }

    private static PyObject FromKeys(ReadOnlySpan<PyObject> args)
    {
        var cls = args[0];
        var value = args.Length > 2 ? args[2] : NoneObject.None;
        PyObject result = ReferenceEquals(cls, PyType) ? new DictObject() : Ops.CallFunction(cls);
        var it = Ops.GetIter(args[1]);
        PyObject? k;
        if (result.NativeSelf is DictObject d && ReferenceEquals(result, d))
        {
            while ((k = it.Next()) != null)
            {
                d.SetItem(k, value);
            }
        }
        else
        {
            while ((k = it.Next()) != null)
            {
                result.SetItem(k, value);
            }
        }

        return result;
    }

    public override PyObject GetIter() => new DictIterator(this, DictViewKind.Keys);

    public override PyObject? BinaryOp(Bytecode.BinaryOp op, PyObject rhs)
    {
        switch (op)
        {
            case Bytecode.BinaryOp.Equal:
            case Bytecode.BinaryOp.NotEqual:
            {
                if (rhs.NativeSelf is not DictObject other)
                {
                    return null;
                }

                bool eq = Type.Equality?.Invoke(this, other) ?? DictEquals(other);
                return BoolObject.From(op == Bytecode.BinaryOp.Equal ? eq : !eq);
            }

            case Bytecode.BinaryOp.Or:
            {
                if (rhs.NativeSelf is not DictObject other)
                {
                    return null;
                }

                var result = Copy();
                result.UpdateFromDict(other);
                return result;
            }

            case Bytecode.BinaryOp.InplaceOr:
                // CPython accepts any mapping or iterable of pairs on the right of |= (as update() does).
                Update(rhs);
                return this;

            default:
                return null;
        }
    }

    private bool DictEquals(DictObject other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (_count != other._count)
        {
            return false;
        }

        var runtime = NativeRecursion.Enter();
        try
        {
            int pos = 0;
            while (TryGetNext(ref pos, out var k, out var v))
            {
                var ov = other.GetOrNull(k);
                if (ov == null || !Ops.Equal(v, ov))
                {
                    return false;
                }
            }

            return true;
        }
        finally
        {
            NativeRecursion.Exit(runtime);
        }
    }
}
