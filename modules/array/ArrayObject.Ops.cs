using System;
using MicroPython.Bytecode;
using MicroPython.Memory;
using MicroPython.Objects;
using MicroPython.Runtime;
using MicroPython.Sdk.Modules;

namespace MicroPython.Modules.Array;

// Subscription (items and slices) and the operators of array.array.
public sealed partial class ArrayObject
{
    private const string SliceAssignOption = "MICROPY_PY_ARRAY_SLICE_ASSIGN";

    /// <summary>
    /// Whether <c>a[i:j] = x</c> is supported (MICROPY_PY_ARRAY_SLICE_ASSIGN of the running runtime's configuration;
    /// on when there is none); without it a slice store is <c>TypeError: 'array' object doesn't support item assignment</c>.
    /// </summary>
    private static bool SliceAssignEnabled =>
        PyRuntime.CurrentOrNull?.Config is not { } config || ModuleInstaller.IsEnabled(config, SliceAssignOption);

    /// <inheritdoc/>
    public override PyObject GetItem(PyObject index)
    {
        if (index is SliceObject slice)
        {
            slice.Indices(Count, out int start, out _, out int step, out int n);
            n = System.Math.Max(n, 0);
            var result = new byte[n * ItemSize];
            if (step == 1)
            {
                Bytes.Slice(start * ItemSize, result.Length).CopyTo(result);
            }
            else
            {
                // Any step, as CPython (MicroPython: step 1 only).
                for (int k = 0, i = start; k < n; k++, i += step)
                {
                    Bytes.Slice(i * ItemSize, ItemSize).CopyTo(result.AsSpan(k * ItemSize));
                }
            }

            return new ArrayObject(TypeCode, result);
        }

        if (index is not IntObject and not BigIntObject)
        {
            throw Errors.IndicesMustBeIntegers("array", index);
        }

        return ItemAt(Ops.NormalizeIndex(index, Count, "array"));
    }

    /// <inheritdoc/>
    public override void SetItem(PyObject index, PyObject value)
    {
        if (index is SliceObject slice)
        {
            if (!SliceAssignEnabled)
            {
                throw Errors.NoItemAssignment(this);
            }

            AssignSlice(slice, value);
            return;
        }

        if (index is not IntObject and not BigIntObject)
        {
            throw Errors.IndicesMustBeIntegers("array", index);
        }

        SetItemAt(Ops.NormalizeIndex(index, Count, "array"), value);
    }

    /// <summary>
    /// <c>a[i:j] = x</c> resizes the array (step 1); with a step the lengths must match, as CPython. The right side
    /// is an array of the same type code or any buffer (MicroPython: <c>NotImplementedError: array/bytes required on
    /// right side</c> for other objects; CPython's <c>TypeError</c> is raised here).
    /// </summary>
    private void AssignSlice(SliceObject slice, PyObject value)
    {
        if (!TryGetElementBytes(value, out var span))
        {
            throw Errors.TypeError($"can only assign array (not \"{value.Type.Name}\") to array slice");
        }

        // Copy first: `a[1:] = a` reads the storage that is being rearranged.
        var src = span.ToArray();
        slice.Indices(Count, out int start, out _, out int step, out int n);
        n = System.Math.Max(n, 0);
        if (step == 1)
        {
            Splice(start * ItemSize, n * ItemSize, src);
            return;
        }

        int given = src.Length / ItemSize;
        if (given != n)
        {
            throw Errors.ValueError($"attempt to assign array of size {given} to extended slice of size {n}");
        }

        for (int k = 0, i = start; k < n; k++, i += step)
        {
            src.AsSpan(k * ItemSize, ItemSize).CopyTo(Bytes.Slice(i * ItemSize));
        }
    }

    /// <summary><c>del a[i]</c> and <c>del a[i:j:k]</c> (CPython; MicroPython: <c>TypeError</c>).</summary>
    public override void DelItem(PyObject index)
    {
        if (index is SliceObject slice)
        {
            slice.Indices(Count, out int start, out _, out int step, out int n);
            if (n <= 0)
            {
                return;
            }

            if (step < 0)
            {
                start += step * (n - 1);
                step = -step;
            }

            if (step == 1)
            {
                Splice(start * ItemSize, n * ItemSize, ReadOnlySpan<byte>.Empty);
                return;
            }

            // One compaction pass over the elements, skipping the selected ones.
            int write = start;
            int next = start;
            int removed = 0;
            int count = Count;
            for (int read = start; read < count; read++)
            {
                if (removed < n && read == next)
                {
                    removed++;
                    next += step;
                    continue;
                }

                Bytes.Slice(read * ItemSize, ItemSize).CopyTo(Bytes.Slice(write * ItemSize));
                write++;
            }

            _byteCount = write * ItemSize;
            return;
        }

        if (index is not IntObject and not BigIntObject)
        {
            throw Errors.IndicesMustBeIntegers("array", index);
        }

        int k = Ops.NormalizeIndex(index, Count, "array");
        Splice(k * ItemSize, ItemSize, ReadOnlySpan<byte>.Empty);
    }

    /// <inheritdoc/>
    public override PyObject? BinaryOp(BinaryOp op, PyObject rhs)
    {
        switch (op)
        {
            case Bytecode.BinaryOp.Add:
            {
                if (!TryGetElementBytes(rhs, out var other))
                {
                    return null;
                }

                var data = new byte[_byteCount + other.Length];
                Bytes.CopyTo(data);
                other.CopyTo(data.AsSpan(_byteCount));
                return new ArrayObject(TypeCode, data);
            }

            case Bytecode.BinaryOp.InplaceAdd:
            {
                if (!TryGetElementBytes(rhs, out var other))
                {
                    return null;
                }

                // Copy first: `a += a` reads the storage that is being grown.
                AppendBytes(other.ToArray());
                return this;
            }

            case Bytecode.BinaryOp.Multiply:
                return RepeatedBytes(rhs) is { } repeated ? new ArrayObject(TypeCode, repeated) : null;

            case Bytecode.BinaryOp.InplaceMultiply:
            {
                if (RepeatedBytes(rhs) is not { } grown)
                {
                    return null;
                }

                HeapAccountant.ChargeResize(_data.Length, grown.Length);
                _data = grown;
                _byteCount = grown.Length;
                return this;
            }

            default:
                return op <= Bytecode.BinaryOp.NotEqual ? Compare(op, rhs) : null;
        }
    }

    /// <inheritdoc/>
    public override PyObject? ReverseBinaryOp(BinaryOp op, PyObject lhs) =>
        op == Bytecode.BinaryOp.Multiply && RepeatedBytes(lhs) is { } data ? new ArrayObject(TypeCode, data) : null;

    /// <summary>The elements of <c>a * n</c> (CPython; null when <paramref name="n"/> is not an int).</summary>
    private byte[]? RepeatedBytes(PyObject n)
    {
        long times;
        if (n is IntObject i)
        {
            times = i.Value < 0 || _byteCount == 0 ? 0 : i.Value;
        }
        else if (n is BigIntObject b)
        {
            times = b.Value.Sign < 0 || _byteCount == 0 ? 0 : long.MaxValue;
        }
        else
        {
            return null;
        }

        if (times > System.Array.MaxLength / System.Math.Max(_byteCount, 1))
        {
            throw Errors.MemoryError($"memory allocation failed, allocating {(Int128)times * _byteCount} bytes");
        }

        var data = new byte[_byteCount * times];
        for (long k = 0; k < times; k++)
        {
            Bytes.CopyTo(data.AsSpan((int)(k * _byteCount)));
        }

        return data;
    }

    /// <summary>
    /// Comparisons with another array, element by element as CPython (also between type codes, where MicroPython
    /// raises <c>NotImplementedError</c>). Any other right operand is not comparable (null: <c>==</c> is False).
    /// </summary>
    private PyObject? Compare(BinaryOp op, PyObject rhs)
    {
        if (rhs.NativeSelf is not ArrayObject other)
        {
            return null;
        }

        bool equality = op is Bytecode.BinaryOp.Equal or Bytecode.BinaryOp.NotEqual;
        if (equality && other.TypeCode == TypeCode && !BinaryValues.IsFloat(TypeCode))
        {
            // Same integer layout: equal values are equal bytes.
            bool same = Bytes.SequenceEqual(other.Bytes);
            return BoolObject.From(same == (op == Bytecode.BinaryOp.Equal));
        }

        int n = System.Math.Min(Count, other.Count);
        for (int i = 0; i < n; i++)
        {
            var a = ItemAt(i);
            var b = other.ItemAt(i);
            if (!Ops.Equal(a, b))
            {
                return equality ? BoolObject.From(op == Bytecode.BinaryOp.NotEqual) : Ops.BinaryOp(op, a, b);
            }
        }

        int c = Count.CompareTo(other.Count);
        bool r = op switch
        {
            Bytecode.BinaryOp.Equal => c == 0,
            Bytecode.BinaryOp.NotEqual => c != 0,
            Bytecode.BinaryOp.Less => c < 0,
            Bytecode.BinaryOp.More => c > 0,
            Bytecode.BinaryOp.LessEqual => c <= 0,
            _ => c >= 0,
        };
        return BoolObject.From(r);
    }
}
