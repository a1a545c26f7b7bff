using System;
using System.Text;
using MicroPython.Memory;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Modules.Array;

/// <summary>
/// <c>array.array</c>: a growable sequence of machine values of one type code, stored packed in native
/// (little-endian) layout, as MicroPython's objarray.c. Type codes are MicroPython's <c>b B h H i I l L q Q f d</c>
/// and its non-standard <c>P</c> (<c>l</c>/<c>L</c>/<c>P</c> are a board word; MicroPython's object code <c>O</c> is
/// not supported). Integers are stored truncated to the element's width, as MicroPython does
/// (CPython raises <c>OverflowError</c>). It is a buffer provider whose type code memoryview reads, so
/// <c>bytes(a)</c>, <c>memoryview(a)</c>, <c>struct.unpack_from(fmt, a)</c>, file writes and binascii see its bytes.
/// </summary>
/// <remarks>
/// Where MicroPython stops at a code-size limitation CPython's behaviour is implemented: <c>x in a</c>, slices with
/// a step, <c>del a[i]</c>, comparing arrays of different type codes and ordering comparisons. MicroPython's
/// extensions are kept: <c>+</c>, <c>+=</c>, <c>extend</c> and slice assignment accept any buffer (its raw bytes,
/// a whole number of elements) besides an array of the same type code.
/// </remarks>
public sealed partial class ArrayObject : PyObject, IBufferProvider
{
    private byte[] _data;
    private int _byteCount;

    /// <summary>An array of <paramref name="typeCode"/> over <paramref name="data"/> (taken, not copied), charged to the heap.</summary>
    public ArrayObject(char typeCode, byte[] data)
        : base(PyType)
    {
        TypeCode = typeCode;
        ItemSize = BinaryValues.NativeSize(typeCode);
        _data = data;
        _byteCount = data.Length;
        // The object (4 words: type, type code and free count, length, items pointer) plus its items.
        HeapAccountant.Current?.AllocateObjectWith(data.Length);
    }

    /// <summary>The element type code.</summary>
    public char TypeCode { get; }

    /// <summary>Bytes per element.</summary>
    public int ItemSize { get; }

    /// <summary>Number of elements.</summary>
    public int Count => _byteCount / ItemSize;

    /// <summary>The live contents (invalidated by any resize).</summary>
    public Span<byte> Bytes => _data.AsSpan(0, _byteCount);

    char IBufferProvider.BufferTypeCode => TypeCode;

    /// <summary>The array's bytes; arrays are always writable.</summary>
    public bool TryGetBuffer(out Memory<byte> buffer, bool writable)
    {
        buffer = _data.AsMemory(0, _byteCount);
        return true;
    }

    /// <inheritdoc/>
    public override long HeapBlocks(HeapAccountant heap) => 1 + heap.Blocks(_data.Length);

    /// <summary>True for MicroPython's array type codes (with its non-standard <c>P</c>, an unsigned machine word).</summary>
    public static bool IsTypeCode(char code) => code is 'b' or 'B' or 'h' or 'H' or 'i' or 'I' or 'l' or 'L' or 'q' or 'Q' or 'f' or 'd' or 'P';

    // ---- elements -----------------------------------------------------------------------------------------

    /// <summary>Element <paramref name="index"/> (0 ≤ index &lt; Count).</summary>
    public PyObject ItemAt(int index) => BinaryValues.Read(_data.AsSpan(index * ItemSize, ItemSize), TypeCode, ItemSize, bigEndian: false);

    /// <summary>Stores <paramref name="value"/> at element <paramref name="index"/> (truncating ints to the width).</summary>
    public void SetItemAt(int index, PyObject value) =>
        BinaryValues.Write(_data.AsSpan(index * ItemSize, ItemSize), TypeCode, ItemSize, value, bigEndian: false);

    /// <summary>Appends one element.</summary>
    public void Append(PyObject value)
    {
        // Convert into a scratch element first: a bad value must leave the array unchanged.
        Span<byte> item = stackalloc byte[8];
        BinaryValues.Write(item, TypeCode, ItemSize, value, bigEndian: false);
        AppendBytes(item.Slice(0, ItemSize));
    }

    /// <summary>Appends raw element bytes (a whole number of elements).</summary>
    public void AppendBytes(ReadOnlySpan<byte> bytes)
    {
        EnsureCapacity((long)_byteCount + bytes.Length);
        bytes.CopyTo(_data.AsSpan(_byteCount));
        _byteCount += bytes.Length;
    }

    /// <summary>Appends every element of <paramref name="iterable"/> (a list's items directly).</summary>
    public void AppendAll(PyObject iterable)
    {
        if (iterable is ListObject list)
        {
            EnsureCapacity(_byteCount + ((long)list.Count * ItemSize));
            var items = list.AsSpan();
            for (int i = 0; i < items.Length; i++)
            {
                Append(items[i]);
            }

            return;
        }

        var it = Ops.GetIter(iterable);
        while (Ops.Next(it) is { } item)
        {
            Append(item);
        }
    }

    /// <summary>
    /// The raw bytes that <c>+</c>, <c>extend</c> and slice assignment take from <paramref name="other"/>: an array of
    /// this type code, or (MicroPython's extension) any other buffer holding a whole number of elements. An array
    /// of another type code is refused, as CPython does. Returns false when <paramref name="other"/> is no buffer.
    /// </summary>
    internal bool TryGetElementBytes(PyObject other, out ReadOnlySpan<byte> bytes)
    {
        var native = other.NativeSelf;
        if (native is ArrayObject a)
        {
            if (a.TypeCode != TypeCode)
            {
                throw Errors.TypeError("bad argument type for built-in operation");
            }

            bytes = a.Bytes;
            return true;
        }

        if (native is StrObject || !Buffer.TryGetBytes(other, out bytes))
        {
            bytes = default;
            return false;
        }

        if (bytes.Length % ItemSize != 0)
        {
            throw Errors.ValueError("bytes length not a multiple of item size");
        }

        return true;
    }

    // ---- storage ------------------------------------------------------------------------------------------

    private void EnsureCapacity(long needed)
    {
        if (needed > System.Array.MaxLength)
        {
            throw Errors.MemoryError($"memory allocation failed, allocating {needed} bytes");
        }

        if (needed > _data.Length)
        {
            // Geometric growth keeps repeated appends amortised O(1).
            long capacity = System.Math.Min(System.Math.Max(needed, System.Math.Max(16, (long)_data.Length * 2)), System.Array.MaxLength);
            int old = _data.Length;
            System.Array.Resize(ref _data, (int)capacity);
            HeapAccountant.ChargeResize(old, _data.Length);
        }
    }

    /// <summary>Replaces the bytes <c>[start, start + oldLength)</c> with <paramref name="replacement"/>.</summary>
    private void Splice(int start, int oldLength, ReadOnlySpan<byte> replacement)
    {
        int delta = replacement.Length - oldLength;
        if (delta > 0)
        {
            EnsureCapacity((long)_byteCount + delta);
        }

        int tail = _byteCount - (start + oldLength);
        System.Array.Copy(_data, start + oldLength, _data, start + replacement.Length, tail);
        replacement.CopyTo(_data.AsSpan(start));
        _byteCount += delta;
    }

    // ---- printing, truth, length, hashing -----------------------------------------------------------------

    /// <summary><c>array('i', [1, 2])</c>; an empty array prints as <c>array('i')</c>.</summary>
    public override void Print(StringBuilder sb, bool repr)
    {
        sb.Append("array('").Append(TypeCode).Append('\'');
        int n = Count;
        if (n > 0)
        {
            sb.Append(", [");
            for (int i = 0; i < n; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }

                Ops.PrintTo(sb, ItemAt(i), true);
            }

            sb.Append(']');
        }

        sb.Append(')');
    }

    /// <inheritdoc/>
    public override bool IsTrue() => _byteCount != 0;

    /// <inheritdoc/>
    public override long Length() => Count;

    /// <inheritdoc/>
    public override long Hash() => throw Errors.Unhashable(this);

    /// <inheritdoc/>
    public override PyObject GetIter() => new ArrayIterator(this);

    /// <summary><c>x in a</c>: element-wise equality (CPython; MicroPython raises <c>NotImplementedError</c>).</summary>
    public override bool Contains(PyObject item)
    {
        int n = Count;
        for (int i = 0; i < n && i < Count; i++)
        {
            if (Ops.Equal(ItemAt(i), item))
            {
                return true;
            }
        }

        return false;
    }
}
