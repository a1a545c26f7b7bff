using System;
using System.Text;
using MicroPython.Bytecode;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// The list type's slots: printing, indexing and slicing, operators, iteration (py/objlist.c).
public sealed partial class ListObject
{
    public override void Print(StringBuilder sb, bool repr)
    {
        using var guard = Ops.EnterRepr(this, sb);
        if (guard.IsRecursive)
        {
            sb.Append("[...]");
            return;
        }

        sb.Append('[');

        // Re-read the count each time: a user __repr__ may mutate the list while it is printed.
        for (int i = 0; i < _count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            Ops.PrintTo(sb, _items[i], true);
        }

        sb.Append(']');
    }

    public override bool IsTrue() => _count != 0;

    public override long Length() => _count;

    public override long Hash() => throw Errors.Unhashable(this);

    public override bool Contains(PyObject item) => SequenceOps.Contains(AsSpan(), item);

    public override PyObject GetIter() => new ListIterator(this);

    public override PyObject GetItem(PyObject index)
    {
        if (index is IntObject i)
        {
            long k = i.Value;
            if (k < 0)
            {
                k += _count;
            }

            if ((ulong)k >= (ulong)_count)
            {
                throw Errors.IndexOutOfRange("list");
            }

            return _items[k];
        }

        if (index is SliceObject slice)
        {
            return GetSlice(slice);
        }

        // Big ints give OverflowError, anything else "list indices must be integers".
        throw IndexTypeError(index);
    }

    /// <summary><c>self[slice]</c>: any step is allowed for reading (unlike tuple/str in MicroPython).</summary>
    public ListObject GetSlice(SliceObject slice)
    {
        slice.Indices(_count, out int start, out _, out int step, out int n);
        var items = n == 0 ? Array.Empty<PyObject>() : new PyObject[n];
        if (step == 1)
        {
            Array.Copy(_items, start, items, 0, n);
        }
        else
        {
            for (int k = 0, j = start; k < n; k++, j += step)
            {
                items[k] = _items[j];
            }
        }

        return new ListObject(items, n);
    }

    public override void SetItem(PyObject index, PyObject value)
    {
        if (index is IntObject i)
        {
            long k = i.Value;
            if (k < 0)
            {
                k += _count;
            }

            if ((ulong)k >= (ulong)_count)
            {
                throw Errors.IndexOutOfRange("list");
            }

            _items[k] = value;
            return;
        }

        if (index is SliceObject slice)
        {
            SetSlice(slice, value);
            return;
        }

        // Big ints give OverflowError, anything else "list indices must be integers".
        throw IndexTypeError(index);
    }

    /// <summary>
    /// <c>self[a:b] = value</c> and <c>self[a:b:c] = value</c>, as CPython: any iterable; a contiguous slice may change
    /// length, an extended slice needs exactly as many items as it selects. (MicroPython accepts only a list or tuple
    /// and only step 1: a limitation, not a language difference.)
    /// </summary>
    private void SetSlice(SliceObject slice, PyObject value)
    {
        ReadOnlySpan<PyObject> source = value switch
        {
            ListObject l when !ReferenceEquals(l, this) => l.AsSpan(),
            TupleObject t => t.Items,
            _ => ListObject.FromIterable(value).AsSpan(),
        };

        slice.Indices(_count, out int start, out _, out int step, out int n);
        if (step == 1)
        {
            ReplaceRange(start, n, source);
            return;
        }

        if (source.Length != n)
        {
            throw Errors.ValueError($"attempt to assign sequence of size {source.Length} to extended slice of size {n}");
        }

        for (int i = 0, k = start; i < n; i++, k += step)
        {
            _items[k] = source[i];
        }
    }

    /// <summary>Replaces the <paramref name="removeCount"/> items at <paramref name="start"/> with <paramref name="source"/>.</summary>
    private void ReplaceRange(int start, int removeCount, ReadOnlySpan<PyObject> source)
    {
        int delta = source.Length - removeCount;
        int oldCount = _count;
        int tail = oldCount - start - removeCount;
        if (delta > 0)
        {
            EnsureCapacity(oldCount + delta);
        }

        if (delta != 0)
        {
            Array.Copy(_items, start + removeCount, _items, start + source.Length, tail);
        }

        source.CopyTo(_items.AsSpan(start, source.Length));
        if (delta < 0)
        {
            Array.Clear(_items, oldCount + delta, -delta);
        }

        _count = oldCount + delta;
    }

    public override void DelItem(PyObject index)
    {
        if (index is SliceObject slice)
        {
            slice.Indices(_count, out int start, out _, out int step, out int n);
            if (step == 1)
            {
                ReplaceRange(start, n, ReadOnlySpan<PyObject>.Empty);
                return;
            }

            // An extended slice (MicroPython: NotImplementedError, a limitation): compact the survivors in one pass.
            if (step < 0)
            {
                start += (n - 1) * step;
                step = -step;
            }

            int write = start;
            int nextDeleted = start;
            int deleted = 0;
            for (int read = start; read < _count; read++)
            {
                if (deleted < n && read == nextDeleted)
                {
                    deleted++;
                    nextDeleted += step;
                    continue;
                }

                _items[write++] = _items[read];
            }

            Array.Clear(_items, write, _count - write);
            _count = write;
            return;
        }

        // MicroPython implements `del l[i]` as l.pop(i), errors included ("pop from empty list").
        PopAt(index);
    }

    public override PyObject? BinaryOp(BinaryOp op, PyObject rhs)
    {
        switch (op)
        {
            case Bytecode.BinaryOp.Add:
            {
                if (rhs is not ListObject other)
                {
                    return null;
                }

                var items = new PyObject[_count + other._count];
                Array.Copy(_items, items, _count);
                Array.Copy(other._items, 0, items, _count, other._count);
                return new ListObject(items, items.Length);
            }

            case Bytecode.BinaryOp.InplaceAdd:
                Extend(rhs);
                return this;

            case Bytecode.BinaryOp.Multiply:
            {
                var n = SequenceOps.RepeatCount(rhs, _count);
                if (n == null)
                {
                    return null;
                }

                var items = SequenceOps.Repeat(AsSpan(), n.Value);
                return new ListObject(items, items.Length);
            }

            case Bytecode.BinaryOp.InplaceMultiply:
            {
                var n = SequenceOps.RepeatCount(rhs, _count);
                if (n == null)
                {
                    return null;
                }

                var items = SequenceOps.Repeat(AsSpan(), n.Value);
                ReplaceItems(items.Length == 0 ? new PyObject[4] : items);
                _count = items.Length;
                return this;
            }

            default:
                if (SequenceOps.IsComparison(op) && rhs is ListObject l)
                {
                    return BoolObject.From(SequenceOps.Compare(op, AsSpan(), l.AsSpan()));
                }

                return null;
        }
    }

    public override PyObject? ReverseBinaryOp(BinaryOp op, PyObject lhs)
    {
        // `3 * [1]`: int's multiply doesn't know lists, so Ops asks the list.
        return op == Bytecode.BinaryOp.Multiply ? BinaryOp(op, lhs) : null;
    }

    private static PyException IndexTypeError(PyObject index) =>
        index is BigIntObject
            ? Errors.OverflowError("overflow converting long int to machine word")
            : Errors.IndicesMustBeIntegers("list", index);
}
