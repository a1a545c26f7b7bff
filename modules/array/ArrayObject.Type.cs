using System;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Modules.Array;

// The array type: its constructor and methods. MicroPython's arrays have append and extend; the other methods and
// the typecode/itemsize attributes are CPython's, for code that moves between the two.
public sealed partial class ArrayObject
{
    /// <summary>The Python type <c>array</c>.</summary>
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("array", null, InitType, MakeNew);

    private static readonly StrObject s_typecode = StrObject.Intern("typecode");
    private static readonly StrObject s_itemsize = StrObject.Intern("itemsize");

    /// <summary>
    /// <c>array(typecode[, initializer])</c>: bytes and bytearray initialise from their raw bytes (a whole number of
    /// elements); any other iterable (lists, tuples, other arrays, generators) element by element.
    /// </summary>
    private static PyObject MakeNew(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        ArgCheck.Range(args, nKw, 1, 2);
        char code = ParseTypeCode(args[0]);
        var array = new ArrayObject(code, System.Array.Empty<byte>());
        if (args.Length == 2)
        {
            var init = args[1];
            var native = init.NativeSelf;
            if (native is BytesObject or BytearrayObject)
            {
                var raw = Buffer.GetBytes(init);
                if (raw.Length % array.ItemSize != 0)
                {
                    throw Errors.ValueError("bytes length not a multiple of item size");
                }

                array.AppendBytes(raw);
            }
            else if (native is ArrayObject same && same.TypeCode == code)
            {
                array.AppendBytes(same.Bytes.ToArray());
            }
            else if (native is StrObject)
            {
                throw Errors.TypeError($"cannot use a str to initialize an array with typecode '{code}'");
            }
            else
            {
                array.AppendAll(init);
            }
        }

        return array;
    }

    /// <summary>The type-code argument: a one-character str naming a MicroPython type code; <c>ValueError: bad typecode</c> otherwise.</summary>
    private static char ParseTypeCode(PyObject arg)
    {
        var s = Ops.AsStr(arg) ?? throw Ops.CantConvertImplicitly(arg);
        string text = s.Value;
        if (text.Length != 1 || !IsTypeCode(text[0]) || BinaryValues.NativeSize(text[0]) < 0)
        {
            throw Errors.ValueError("bad typecode");
        }

        return text[0];
    }

    /// <inheritdoc/>
    public override bool TryLoadAttr(StrObject name, out PyObject value)
    {
        if (ReferenceEquals(name, s_typecode))
        {
            value = StrObject.FromChar(TypeCode);
            return true;
        }

        if (ReferenceEquals(name, s_itemsize))
        {
            value = IntObject.Get(ItemSize);
            return true;
        }

        return base.TryLoadAttr(name, out value);
    }

    private static void InitType(TypeObject type)
    {
        Def(type, "append", (self, value) =>
        {
            A(self).Append(value);
            return NoneObject.None;
        });
        Def(type, "extend", (self, iterable) =>
        {
            var a = A(self);
            if (a.TryGetElementBytes(iterable, out var bytes))
            {
                // Copy first: `a.extend(a)` reads the storage that is being grown.
                a.AppendBytes(bytes.ToArray());
            }
            else
            {
                a.AppendAll(iterable);
            }

            return NoneObject.None;
        });
        Def(type, "tobytes", self => BytesObject.Create(A(self).Bytes));
        Def(type, "frombytes", (self, data) =>
        {
            var a = A(self);
            var raw = Buffer.GetBytes(data);
            if (raw.Length % a.ItemSize != 0)
            {
                throw Errors.ValueError("bytes length not a multiple of item size");
            }

            a.AppendBytes(raw.ToArray());
            return NoneObject.None;
        });
        Def(type, "tolist", self =>
        {
            var a = A(self);
            int n = a.Count;
            var list = new ListObject(n);
            for (int i = 0; i < n; i++)
            {
                list.Append(a.ItemAt(i));
            }

            return list;
        });
        type.SetAttrDirect("pop", new BuiltinFunction("pop", 1, 2, args =>
        {
            var a = A(args[0]);
            if (a.Count == 0)
            {
                throw Errors.IndexError("pop from empty array");
            }

            int k = args.Length > 1 ? a.NormalizeOrRaise(args[1], "pop index out of range") : a.Count - 1;
            var value = a.ItemAt(k);
            a.Splice(k * a.ItemSize, a.ItemSize, ReadOnlySpan<byte>.Empty);
            return value;
        }).AsMethodOf(type));
        type.SetAttrDirect("insert", new BuiltinFunction("insert", (self, index, value) =>
        {
            var a = A(self);
            // Out-of-range positions clamp to the ends, as list.insert.
            long k = Ops.ToIndex(index, "array");
            if (k < 0)
            {
                k = System.Math.Max(0, k + a.Count);
            }

            k = System.Math.Min(k, a.Count);
            Span<byte> item = stackalloc byte[8];
            BinaryValues.Write(item, a.TypeCode, a.ItemSize, value, bigEndian: false);
            a.Splice((int)k * a.ItemSize, 0, item.Slice(0, a.ItemSize));
            return NoneObject.None;
        }).AsMethodOf(type));
        Def(type, "index", (self, value) =>
        {
            var a = A(self);
            int k = a.IndexOf(value);
            return k >= 0 ? IntObject.Get(k) : throw Errors.ValueError("array.index(x): x not in array");
        });
        Def(type, "count", (self, value) =>
        {
            var a = A(self);
            int found = 0;
            for (int i = 0; i < a.Count; i++)
            {
                if (Ops.Equal(a.ItemAt(i), value))
                {
                    found++;
                }
            }

            return IntObject.Get(found);
        });
        Def(type, "remove", (self, value) =>
        {
            var a = A(self);
            int k = a.IndexOf(value);
            if (k < 0)
            {
                throw Errors.ValueError("array.remove(x): x not in array");
            }

            a.Splice(k * a.ItemSize, a.ItemSize, ReadOnlySpan<byte>.Empty);
            return NoneObject.None;
        });
        Def(type, "reverse", self =>
        {
            var a = A(self);
            var bytes = a.Bytes;
            int size = a.ItemSize;
            Span<byte> tmp = stackalloc byte[8];
            for (int i = 0, j = a.Count - 1; i < j; i++, j--)
            {
                var x = bytes.Slice(i * size, size);
                var y = bytes.Slice(j * size, size);
                x.CopyTo(tmp);
                y.CopyTo(x);
                tmp.Slice(0, size).CopyTo(y);
            }

            return NoneObject.None;
        });
        Def(type, "byteswap", self =>
        {
            var a = A(self);
            int size = a.ItemSize;
            for (int i = 0; i < a.Count; i++)
            {
                a.Bytes.Slice(i * size, size).Reverse();
            }

            return NoneObject.None;
        });
    }

    /// <summary>The first index holding a value equal to <paramref name="value"/>, or −1.</summary>
    private int IndexOf(PyObject value)
    {
        for (int i = 0; i < Count; i++)
        {
            if (Ops.Equal(ItemAt(i), value))
            {
                return i;
            }
        }

        return -1;
    }

    private int NormalizeOrRaise(PyObject index, string message)
    {
        long i = Ops.ToIndex(index, "array");
        if (i < 0)
        {
            i += Count;
        }

        return (ulong)i < (ulong)Count ? (int)i : throw Errors.IndexError(message);
    }

    private static ArrayObject A(PyObject self) => self.NativeSelf as ArrayObject ?? throw Errors.WrongSelfType(PyType, self);

    private static void Def(TypeObject type, string name, Func<PyObject, PyObject> f) =>
        type.SetAttrDirect(name, new BuiltinFunction(name, f).AsMethodOf(type));

    private static void Def(TypeObject type, string name, Func<PyObject, PyObject, PyObject> f) =>
        type.SetAttrDirect(name, new BuiltinFunction(name, f).AsMethodOf(type));
}
