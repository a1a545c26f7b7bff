using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using MicroPython.Objects;

namespace MicroPython.Memory;

/// <summary>
/// The set of objects a collection has visited, by identity: an open-addressed table of references with linear
/// probing, kept at most 70% full. It replaces a <c>HashSet</c> with a reference comparer, whose comparer calls
/// through an interface and whose entries carry a hash and a chain link, on the tracer's hottest line: one identity
/// hash, one multiply and (nearly always) one or two slot reads per object.
/// </summary>
internal sealed class MarkSet
{
    private PyObject?[] _slots;
    private int _shift;
    private int _growAt;

    public MarkSet(int expected)
    {
        // 8 bytes a slot, the table between a third and 70% full: 12–24 bytes per object, no more than the
        // HashSet's 20 plus its slack (a table twice the count measured +8 MB peak RSS on json_roundtrip).
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp((long)expected + (expected / 2), 64, 1 << 30));
        _slots = new PyObject?[capacity];
        _shift = 64 - BitOperations.Log2((uint)capacity);
        _growAt = GrowPoint(capacity);
    }

    /// <summary>Objects in the set.</summary>
    public int Count { get; private set; }

    /// <summary>Adds <paramref name="obj"/>; false when it was already there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Add(PyObject obj)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        int i = Slot(obj, _shift);
        while (true)
        {
            var present = slots[i];
            if (present == null)
            {
                break;
            }

            if (ReferenceEquals(present, obj))
            {
                return false;
            }

            i = (i + 1) & mask;
        }

        slots[i] = obj;
        if (++Count >= _growAt)
        {
            Grow();
        }

        return true;
    }

    // Fibonacci hashing spreads the runtime's identity hashes (small, sequential-ish numbers) over the table.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(PyObject obj, int shift) =>
        (int)(((ulong)(uint)RuntimeHelpers.GetHashCode(obj) * 0x9E3779B97F4A7C15UL) >> shift);

    private void Grow()
    {
        var old = _slots;
        var slots = new PyObject?[old.Length * 2];
        int shift = _shift - 1;
        int mask = slots.Length - 1;
        foreach (var obj in old)
        {
            if (obj != null)
            {
                int i = Slot(obj, shift);
                while (slots[i] != null)
                {
                    i = (i + 1) & mask;
                }

                slots[i] = obj;
            }
        }

        _slots = slots;
        _shift = shift;
        _growAt = GrowPoint(slots.Length);
    }

    // Linear probing stays short (about two probes an insertion on average while filling) up to 70%.
    private static int GrowPoint(int capacity) => (int)(capacity * 0.7);
}
