using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MicroPython.Memory;

namespace MicroPython.Objects;

/// <summary>Python's <c>list</c>: a growable array (grown as MicroPython grows it, so heap accounting matches).</summary>
public sealed partial class ListObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("list", null, InitType, MakeNew);

    // Always exactly a PyObject[] (never a covariant StrObject[] …), so stores can skip .NET's array-covariance
    // check (see StoreAt).
    private PyObject[] _items;
    private int _count;

    public ListObject()
        : this(4)
    {
    }

    public ListObject(int capacity)
        : base(PyType)
    {
        _items = capacity == 0 ? Array.Empty<PyObject>() : new PyObject[capacity];
        ChargeNew(capacity);
    }

    /// <summary>Takes ownership of <paramref name="items"/> (first <paramref name="count"/> are live).</summary>
    public ListObject(PyObject[] items, int count)
        : base(PyType)
    {
        _items = Exact(items);
        _count = count;
        ChargeNew(items.Length);
    }

    public int Count => _count;

    /// <summary>Backing array; only the first <see cref="Count"/> entries are live.</summary>
    public PyObject[] RawItems => _items;

    public Span<PyObject> AsSpan() => _items.AsSpan(0, _count);

    public PyObject this[int i]
    {
        get => _items[i];
        set => _items[i] = value;
    }

    public void Append(PyObject item)
    {
        if (_count == _items.Length)
        {
            // Doubling, as MicroPython's objlist.c does (min 4), so heap accounting can mirror the capacity.
            Grow(Math.Max(4, _items.Length * 2));
        }

        StoreAt(_count++, item);
    }

    /// <summary>
    /// <c>items[i] = value</c> for an index the caller has checked against <see cref="Count"/>: the items array is
    /// exactly a <c>PyObject[]</c>, so the store needs neither a bounds check nor .NET's covariance check (a
    /// helper call on every element store otherwise).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void StoreAt(int i, PyObject value) =>
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_items), (nint)(uint)i) = value;

    // A PyObject[] whose run-time type is a subtype array (StrObject[] passed as PyObject[]) is copied.
    private static PyObject[] Exact(PyObject[] items)
    {
        if (items.GetType() == typeof(PyObject[]))
        {
            return items;
        }

        var copy = new PyObject[items.Length];
        Array.Copy(items, copy, items.Length);
        return copy;
    }

    /// <summary>Sets the live length (for bulk operations in the methods partial); grows storage as needed.</summary>
    public void SetCount(int count)
    {
        if (count > _items.Length)
        {
            Grow(count);
        }

        if (count < _count)
        {
            Array.Clear(_items, count, _count - count);
        }

        _count = count;
    }

    // ---- heap accounting: a list is a 4-word object plus an items array of at least 4 slots (objlist.c) ----

    private static void ChargeNew(int capacity)
    {
        var heap = HeapAccountant.Current;
        if (heap != null)
        {
            heap.AllocateObjectWith((long)Math.Max(4, capacity) * heap.WordBytes);
        }
    }

    /// <summary>Resizes the items array to <paramref name="capacity"/> slots, charging the change (gc_realloc).</summary>
    private void Grow(int capacity)
    {
        int old = Math.Max(4, _items.Length);
        Array.Resize(ref _items, capacity);
        HeapAccountant.ChargeResizeWords(old, Math.Max(4, capacity));
    }

    /// <summary>Replaces the items array, charging the change in size.</summary>
    private void ReplaceItems(PyObject[] items)
    {
        HeapAccountant.ChargeResizeWords(Math.Max(4, _items.Length), Math.Max(4, items.Length));
        _items = Exact(items);
    }

    public override long HeapBlocks(HeapAccountant heap) => 1 + heap.WordBlocks(Math.Max(4, _items.Length));

    public override void TraceReferences(HeapTracer tracer) => tracer.Mark(_items.AsSpan(0, _count)!);

    public static ListObject FromSpan(ReadOnlySpan<PyObject> items)
    {
        var arr = items.ToArray();
        return new ListObject(arr, arr.Length);
    }
}
