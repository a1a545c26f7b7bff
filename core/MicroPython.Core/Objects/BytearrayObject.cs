using System;
using System.Text;
using MicroPython.Bytecode;
using MicroPython.Runtime;
using MicroPython.Memory;

namespace MicroPython.Objects;

/// <summary>
/// Python's <c>bytearray</c>: a mutable, growable byte string (MicroPython's objarray.c with typecode 'B').
/// Values stored into it are truncated to 8 bits as in MicroPython (<c>bytearray([300])</c> → <c>bytearray(b',')</c>).
/// It has the methods of bytes plus <c>append</c>/<c>extend</c> (MicroPython) and CPython's other mutators.
/// </summary>
public sealed class BytearrayObject : PyObject, IBufferProvider
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("bytearray", null, InitType, MakeNew);

    private byte[] _data;
    private int _count;

    /// <summary>Takes ownership of <paramref name="data"/>.</summary>
    public BytearrayObject(byte[] data)
        : base(PyType)
    {
        _data = data;
        _count = data.Length;
        var heap = HeapAccountant.Current;
        if (heap != null)
        {
            // A 4-word object plus the data (no NUL).
            heap.AllocateObjectWith(data.Length);
        }
    }

    public override long HeapBlocks(HeapAccountant heap) => 1 + heap.Blocks(_data.Length);

    public BytearrayObject()
        : this(Array.Empty<byte>())
    {
    }

    public int Count => _count;

    /// <summary>The live contents (invalidated by any resize).</summary>
    public Span<byte> Span => _data.AsSpan(0, _count);

    public byte[] ToArray() => Span.ToArray();

    public bool TryGetBuffer(out Memory<byte> buffer, bool writable)
    {
        buffer = _data.AsMemory(0, _count);
        return true;
    }

    // ---- storage ------------------------------------------------------------------------------------------

    private void EnsureCapacity(long needed)
    {
        if (needed > Array.MaxLength)
        {
            throw Errors.MemoryError($"memory allocation failed, allocating {needed} bytes");
        }

        if (needed > _data.Length)
        {
            // Grow geometrically so repeated appends are amortised O(1).
            long cap = Math.Max(needed, Math.Max(16, (long)_data.Length * 2));
            int old = _data.Length;
            Array.Resize(ref _data, (int)Math.Min(cap, Array.MaxLength));
            HeapAccountant.ChargeResize(old, _data.Length);
        }
    }

    public void Append(byte b)
    {
        EnsureCapacity(_count + 1L);
        _data[_count++] = b;
    }

    public void AppendRange(ReadOnlySpan<byte> bytes)
    {
        EnsureCapacity((long)_count + bytes.Length);
        bytes.CopyTo(_data.AsSpan(_count));
        _count += bytes.Length;
    }

    /// <summary>Replaces <c>[start, start+oldLength)</c> with <paramref name="replacement"/>, resizing as needed.</summary>
    private void Splice(int start, int oldLength, ReadOnlySpan<byte> replacement)
    {
        int delta = replacement.Length - oldLength;
        if (delta > 0)
        {
            EnsureCapacity((long)_count + delta);
        }

        int tail = _count - (start + oldLength);
        Array.Copy(_data, start + oldLength, _data, start + replacement.Length, tail);
        replacement.CopyTo(_data.AsSpan(start));
        _count += delta;
    }

    // ---- slots --------------------------------------------------------------------------------------------

    public override void Print(StringBuilder sb, bool repr)
    {
        sb.Append("bytearray(");
        ByteSeq.AppendRepr(sb, Span);
        sb.Append(')');
    }

    public override bool IsTrue() => _count != 0;

    public override long Length() => _count;

    public override long Hash() => throw Errors.Unhashable(this);

    public override bool Contains(PyObject item) => ByteSeq.Contains(Span, item);

    public override PyObject GetIter() => new BytesIterator(this);

    public override PyObject GetItem(PyObject index) => ByteSeq.GetItem(Span, index, this, "bytearray", default(BytearrayKind));

    public override void SetItem(PyObject index, PyObject value)
    {
        if (index is IntObject)
        {
            int k = Ops.NormalizeIndex(index, _count, "bytearray");
            _data[k] = (byte)Ops.ToInt64(value);
            return;
        }

        if (index is SliceObject slice)
        {
            // The right side may be any buffer or iterable of ints (CPython; MicroPython requires a buffer).
            byte[] src = Buffer.GetProvider(value) is { } p && p.TryGetBuffer(out var m, false)
                ? m.ToArray()
                : ByteMethods.FromIterable(value, truncate: true);
            slice.Indices(_count, out int start, out _, out int step, out int n);
            if (step == 1)
            {
                Splice(start, Math.Max(n, 0), src);
                return;
            }

            if (src.Length != n)
            {
                throw Errors.ValueError($"attempt to assign bytes of size {src.Length} to extended slice of size {n}");
            }

            for (int k = 0, idx = start; k < n; k++, idx += step)
            {
                _data[idx] = src[k];
            }

            return;
        }

        throw Errors.IndicesMustBeIntegers("bytearray", index);
    }

    public override void DelItem(PyObject index)
    {
        if (index is IntObject)
        {
            int k = Ops.NormalizeIndex(index, _count, "bytearray");
            Splice(k, 1, ReadOnlySpan<byte>.Empty);
            return;
        }

        if (index is SliceObject slice)
        {
            slice.Indices(_count, out int start, out _, out int step, out int n);
            if (n <= 0)
            {
                return;
            }

            if (step == 1)
            {
                Splice(start, n, ReadOnlySpan<byte>.Empty);
                return;
            }

            // Remove every selected index, walking upwards so the compaction is a single pass.
            if (step < 0)
            {
                start += step * (n - 1);
                step = -step;
            }

            int w = start;
            int next = start;
            int removed = 0;
            for (int r = start; r < _count; r++)
            {
                if (removed < n && r == next)
                {
                    removed++;
                    next += step;
                    continue;
                }

                _data[w++] = _data[r];
            }

            _count = w;
            return;
        }

        throw Errors.IndicesMustBeIntegers("bytearray", index);
    }

    public override PyObject? BinaryOp(BinaryOp op, PyObject rhs)
    {
        switch (op)
        {
            case Bytecode.BinaryOp.Add:
            {
                if (!Buffer.TryGetBytes(rhs, out var other))
                {
                    return null;
                }

                return new BytearrayObject(ByteSeq.Concat(Span, other));
            }

            case Bytecode.BinaryOp.InplaceAdd:
            {
                if (!Buffer.TryGetBytes(rhs, out var other))
                {
                    return null;
                }

                // Copy first: `b += b` reads the storage that is being grown.
                AppendRange(other.ToArray());
                return this;
            }

            case Bytecode.BinaryOp.Multiply:
            {
                var data = ByteSeq.Repeat(Span, rhs);
                return data == null ? null : new BytearrayObject(data);
            }

            case Bytecode.BinaryOp.InplaceMultiply:
            {
                var data = ByteSeq.Repeat(Span, rhs);
                if (data == null)
                {
                    return null;
                }

                HeapAccountant.ChargeResize(_data.Length, data.Length);
                _data = data;
                _count = data.Length;
                return this;
            }

            case Bytecode.BinaryOp.Modulo:
                return new BytearrayObject(Encoding.Latin1.GetBytes(PercentFormatter.FormatBytes(Encoding.Latin1.GetString(Span), rhs)));

            default:
                return ByteSeq.Compare(op, Span, rhs);
        }
    }

    public override PyObject? ReverseBinaryOp(BinaryOp op, PyObject lhs)
    {
        if (op == Bytecode.BinaryOp.Multiply)
        {
            var data = ByteSeq.Repeat(Span, lhs);
            return data == null ? null : new BytearrayObject(data);
        }

        return null;
    }

    // ---- constructor and methods --------------------------------------------------------------------------

    private static PyObject MakeNew(TypeObject type, ReadOnlySpan<PyObject> args, int nKw) =>
        new BytearrayObject(ByteMethods.Construct(args, nKw, truncate: true));

    private static void InitType(TypeObject type)
    {
        ByteMethods.Register<BytearrayKind>(type);
        Def(type, "append", (self, value) =>
        {
            B(self).Append((byte)Ops.ToInt64(value));
            return NoneObject.None;
        });
        Def(type, "extend", (self, iterable) =>
        {
            var b = B(self);
            if (Buffer.GetProvider(iterable) is { } p && p.TryGetBuffer(out var m, false))
            {
                b.AppendRange(m.ToArray());
            }
            else
            {
                b.AppendRange(ByteMethods.FromIterable(iterable, truncate: true));
            }

            return NoneObject.None;
        });
        type.SetAttrDirect("pop", new BuiltinFunction("pop", 1, 2, args =>
        {
            var b = B(args[0]);
            if (b._count == 0)
            {
                throw Errors.IndexError("pop from empty bytearray");
            }

            int k = args.Length > 1 ? Ops.NormalizeIndex(args[1], b._count, "bytearray") : b._count - 1;
            byte v = b._data[k];
            b.Splice(k, 1, ReadOnlySpan<byte>.Empty);
            return IntObject.Get(v);
        }).AsMethodOf(type));
        Def(type, "remove", (self, value) =>
        {
            var b = B(self);
            int k = b.Span.IndexOf(ByteSeq.ByteValue(Ops.ToInt64(value)));
            if (k < 0)
            {
                throw Errors.ValueError("value not found in bytearray");
            }

            b.Splice(k, 1, ReadOnlySpan<byte>.Empty);
            return NoneObject.None;
        });
        type.SetAttrDirect("insert", new BuiltinFunction("insert", (self, index, value) =>
        {
            var b = B(self);
            long k = Ops.ToIndex(index, "bytearray");
            if (k < 0)
            {
                k = Math.Max(0, k + b._count);
            }

            k = Math.Min(k, b._count);
            Span<byte> one = stackalloc byte[1];
            one[0] = (byte)Ops.ToInt64(value);
            b.Splice((int)k, 0, one);
            return NoneObject.None;
        }).AsMethodOf(type));
        Def(type, "copy", self => new BytearrayObject(B(self).ToArray()));
        Def(type, "clear", self =>
        {
            B(self)._count = 0;
            return NoneObject.None;
        });
        Def(type, "reverse", self =>
        {
            B(self).Span.Reverse();
            return NoneObject.None;
        });
    }

    private static BytearrayObject B(PyObject self) => self as BytearrayObject ?? throw Errors.WrongSelfType(PyType, self);

    private static void Def(TypeObject type, string name, Func<PyObject, PyObject> f) =>
        type.SetAttrDirect(name, new BuiltinFunction(name, f).AsMethodOf(type));

    private static void Def(TypeObject type, string name, Func<PyObject, PyObject, PyObject> f) =>
        type.SetAttrDirect(name, new BuiltinFunction(name, f).AsMethodOf(type));
}
