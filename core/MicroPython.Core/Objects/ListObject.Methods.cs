using System;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// The list type's methods and constructor (py/objlist.c), including a stable merge sort.
public sealed partial class ListObject
{
    private static readonly string[] s_sortArgNames = { "key", "reverse" };

    private static void InitType(TypeObject type)
    {
        type.SetAttrDirect("append", new BuiltinFunction("append", (self, x) =>
        {
            ((ListObject)self).Append(x);
            return NoneObject.None;
        }).AsMethodOf(type));
        type.SetAttrDirect("clear", new BuiltinFunction("clear", self =>
        {
            ((ListObject)self).Clear();
            return NoneObject.None;
        }).AsMethodOf(type));
        type.SetAttrDirect("copy", new BuiltinFunction("copy", self => FromSpan(((ListObject)self).AsSpan())).AsMethodOf(type));
        type.SetAttrDirect("count", new BuiltinFunction("count", (self, x) =>
            IntObject.Get(SequenceOps.Count(((ListObject)self).AsSpan(), x))).AsMethodOf(type));
        type.SetAttrDirect("extend", new BuiltinFunction("extend", (self, x) =>
        {
            ((ListObject)self).Extend(x);
            return NoneObject.None;
        }).AsMethodOf(type));
        type.SetAttrDirect("index", new BuiltinFunction("index", 2, 4, args =>
            SequenceOps.Index(((ListObject)args[0]).AsSpan(), args, "list")).AsMethodOf(type));
        type.SetAttrDirect("insert", new BuiltinFunction("insert", (self, i, x) =>
        {
            ((ListObject)self).Insert(ToInt(i), x);
            return NoneObject.None;
        }).AsMethodOf(type));
        type.SetAttrDirect("pop", new BuiltinFunction("pop", 1, 2, args =>
        {
            var self = (ListObject)args[0];
            return args.Length == 1 ? self.PopAt(null) : self.PopAt(args[1]);
        }).AsMethodOf(type));
        type.SetAttrDirect("remove", new BuiltinFunction("remove", (self, x) =>
        {
            ((ListObject)self).Remove(x);
            return NoneObject.None;
        }).AsMethodOf(type));
        type.SetAttrDirect("reverse", new BuiltinFunction("reverse", self =>
        {
            ((ListObject)self).AsSpan().Reverse();
            return NoneObject.None;
        }).AsMethodOf(type));
        type.SetAttrDirect("sort", new BuiltinFunction("sort", 1, SortMethod).AsMethodOf(type));
    }

    /// <summary><c>list()</c> / <c>list(iterable)</c>.</summary>
    private static PyObject MakeNew(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        ArgCheck.Range(args, nKw, 0, 1);
        if (args.Length == 0)
        {
            return new ListObject();
        }

        return FromIterable(args[0]);
    }

    /// <summary>A new list holding the items of <paramref name="iterable"/>.</summary>
    public static ListObject FromIterable(PyObject iterable)
    {
        switch (iterable)
        {
            case ListObject l:
                return FromSpan(l.AsSpan());
            case TupleObject t:
                return FromSpan(t.Items);
        }

        var list = new ListObject();
        list.ExtendFromIterator(Ops.GetIter(iterable));
        return list;
    }

    /// <summary>Grows the backing array to hold at least <paramref name="capacity"/> items.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity > _items.Length)
        {
            Grow(Math.Max(capacity, Math.Max(4, _items.Length * 2)));
        }
    }

    /// <summary><c>self.extend(iterable)</c> (also <c>+=</c>): any iterable.</summary>
    public void Extend(PyObject iterable)
    {
        ReadOnlySpan<PyObject> src;
        switch (iterable)
        {
            case ListObject l:
                src = l.AsSpan();
                break;
            case TupleObject t:
                src = t.Items;
                break;
            default:
                ExtendFromIterator(Ops.GetIter(iterable));
                return;
        }

        int n = src.Length;
        EnsureCapacity(_count + n);

        // Extending a list by itself reads the items just appended only if we copy after growing: the span
        // still points at the old array when it was resized, and at the live prefix otherwise — both are fine.
        src.CopyTo(_items.AsSpan(_count, n));
        _count += n;
    }

    private void ExtendFromIterator(PyObject iterator)
    {
        PyObject? x;
        while ((x = iterator.Next()) != null)
        {
            Append(x);
        }
    }

    public void Clear()
    {
        // Drop the storage as MicroPython does (clear shrinks back to the minimum allocation).
        ReplaceItems(new PyObject[4]);
        _count = 0;
    }

    public void Insert(long index, PyObject item)
    {
        if (index < 0)
        {
            index += _count;
            if (index < 0)
            {
                index = 0;
            }
        }

        if (index > _count)
        {
            index = _count;
        }

        EnsureCapacity(_count + 1);
        int i = (int)index;
        Array.Copy(_items, i, _items, i + 1, _count - i);
        _items[i] = item;
        _count++;
    }

    /// <summary><c>self.pop(index)</c>; null <paramref name="index"/> pops the last item.</summary>
    public PyObject PopAt(PyObject? index)
    {
        if (_count == 0)
        {
            throw Errors.IndexError("pop from empty list");
        }

        int i = index == null ? _count - 1 : Ops.NormalizeIndex(index, _count, "list");
        var item = _items[i];
        _count--;
        Array.Copy(_items, i + 1, _items, i, _count - i);
        _items[_count] = null!;

        // Shrink like MicroPython when the list falls to a quarter of its allocation.
        if (_items.Length > 16 && _count < _items.Length / 4)
        {
            Grow(_items.Length / 2);
        }

        return item;
    }

    public void Remove(PyObject value)
    {
        for (int i = 0; i < _count; i++)
        {
            if (Ops.Equal(_items[i], value))
            {
                _count--;
                Array.Copy(_items, i + 1, _items, i, _count - i);
                _items[_count] = null!;
                return;
            }
        }

        throw Errors.ValueError("object not in sequence");
    }

    private static long ToInt(PyObject o)
    {
        if (o is IntObject i)
        {
            return i.Value;
        }

        if (o is BigIntObject)
        {
            throw Errors.OverflowError("overflow converting long int to machine word");
        }

        throw Errors.CantConvert(o, "int");
    }

    private static PyObject SortMethod(ReadOnlySpan<PyObject> args, int nKw)
    {
        var self = args.Length > 0 ? args[0] as ListObject : null;
        if (self == null)
        {
            throw args.Length == 0
                ? Errors.TypeError("function missing 1 required positional arguments")
                : Errors.WrongSelfType(PyType, args[0]);
        }

        // key and reverse are keyword-only: `l.sort(f)` gives "extra positional arguments given".
        Span<PyObject?> parsed = new PyObject?[2];
        ArgParser.Parse(args.Slice(1), nKw, s_sortArgNames, 0, 0, parsed);
        var key = parsed[0];
        self.Sort(key == null || ReferenceEquals(key, NoneObject.None) ? null : key, parsed[1] != null && Ops.IsTrue(parsed[1]!));
        return NoneObject.None;
    }

    /// <summary>
    /// Sorts in place, stably, comparing with <c>&lt;</c> only. <paramref name="key"/> (may be null) is called once
    /// per item first. The items are sorted in a scratch array and copied back at the end, so an exception from
    /// the key function or a comparison leaves the list unchanged.
    /// </summary>
    public void Sort(PyObject? key, bool reverse)
    {
        int n = _count;
        if (n < 2)
        {
            return;
        }

        var values = _items.AsSpan(0, n).ToArray();
        PyObject[] keys;
        if (key == null)
        {
            keys = values;
        }
        else
        {
            keys = new PyObject[n];
            for (int i = 0; i < n; i++)
            {
                keys[i] = Ops.CallFunction(key, values[i]);
            }
        }

        var perm = SortedPermutation(keys, reverse);

        // The key function or a comparison may have mutated the list; the sorted snapshot wins, as in CPython.
        if (_items.Length < n)
        {
            ReplaceItems(new PyObject[n]);
        }

        for (int i = 0; i < n; i++)
        {
            StoreAt(i, values[perm[i]]);
        }

        if (_count > n)
        {
            Array.Clear(_items, n, _count - n);
        }

        _count = n;
    }
}
