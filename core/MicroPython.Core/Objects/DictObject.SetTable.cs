using System;

namespace MicroPython.Objects;

// Bulk operations for set algebra (SetObject): they move keys between tables together with the hash each entry
// already stores, so no key is hashed again (CPython's set does the same), and a result table can be sized for
// its final count up front instead of growing and re-indexing through every power of two. The .NET storage
// reserved this way is not charged: MicroPython's table size (`_mpAlloc`) still grows entry by entry as it does
// in py/map.c, so heap accounting is unchanged.
public sealed partial class DictObject
{
    /// <summary>An empty set table charged as MicroPython's empty set, with .NET room for <paramref name="reserve"/> keys.</summary>
    internal static DictObject NewSetTableReserved(int reserve)
    {
        var d = new DictObject(0, true);
        if (reserve > d._entries.Length)
        {
            d._entries = new Entry[reserve];
            d._index = NewIndex(IndexSizeFor(reserve));
        }

        return d;
    }

    /// <summary>True when the key of <paramref name="other"/>'s entry <paramref name="e"/> is in this table.</summary>
    private bool HasEntryOf(DictObject other, int e)
    {
        ref var entry = ref other._entries[e];
        return _count != 0 && FindSlot(entry.Key!, entry.Hash) >= 0;
    }

    /// <summary>Appends <paramref name="other"/>'s entry <paramref name="e"/> (as a set element), known to be absent here.</summary>
    private void AppendEntryOf(DictObject other, int e)
    {
        ref var entry = ref other._entries[e];
        Insert(entry.Key!, entry.Hash, entry.Key!);
    }

    /// <summary>Adds every key of <paramref name="other"/> that is not present yet (<c>set |= other</c>).</summary>
    internal void AddKeysOf(DictObject other)
    {
        for (int e = other._start; e < other._used && e < other._entries.Length; e++)
        {
            if (other._entries[e].Key != null && !HasEntryOf(other, e))
            {
                AppendEntryOf(other, e);
            }
        }
    }

    /// <summary>
    /// Appends to <paramref name="result"/> (empty or holding keys absent from this table) the keys of this table
    /// that are (<paramref name="wanted"/> true) or are not in <paramref name="probe"/>, in this table's order.
    /// </summary>
    internal void FilterKeysInto(DictObject probe, bool wanted, DictObject result)
    {
        for (int e = _start; e < _used && e < _entries.Length; e++)
        {
            if (_entries[e].Key != null && probe.HasEntryOf(this, e) == wanted)
            {
                result.AppendEntryOf(this, e);
            }
        }
    }

    /// <summary>True when every key of this table is in <paramref name="probe"/> (<paramref name="wanted"/> true) or none is.</summary>
    internal bool AllKeys(DictObject probe, bool wanted)
    {
        for (int e = _start; e < _used && e < _entries.Length; e++)
        {
            if (_entries[e].Key != null && probe.HasEntryOf(this, e) != wanted)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A copy of this set table with .NET room for <paramref name="reserve"/> keys, charged exactly as
    /// <see cref="CloneAs"/> charges its copy.
    /// </summary>
    internal DictObject CloneSetTable(int reserve)
    {
        if (reserve <= _entries.Length || _count == 0)
        {
            return CloneAs(PyType);
        }

        var d = NewSetTableReserved(reserve);
        Memory.HeapAccountant.ChargeResizeWords(0, (long)_mpAlloc * SlotWords);
        d._mpAlloc = _mpAlloc;
        d._keyBits = _keyBits;
        for (int e = _start; e < _used; e++)
        {
            ref var entry = ref _entries[e];
            if (entry.Key != null)
            {
                d._entries[d._used] = entry;
                d.InsertIndex(d._used++, entry.Hash);
            }
        }

        d._count = d._used;
        return d;
    }

    /// <summary>The .NET capacity a table needs for <paramref name="count"/> keys (never below the minimum).</summary>
    internal static int ReserveFor(long count) => (int)Math.Min(Math.Max(count, 4), Array.MaxLength / 4);
}
