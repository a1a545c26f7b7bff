using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using MicroPython.Memory;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary>
/// Python's <c>dict</c>: an insertion-ordered hash table. Entries live in one array in insertion order
/// (deleted entries leave a hole until the next compaction); an open-addressed index table maps hashes to
/// entries. Keys that are interned <see cref="StrObject"/>s compare by reference first, which makes attribute and
/// global lookups cheap. Sets reuse this table (values unused), see <see cref="SetObject"/>.
/// </summary>
/// <remarks>
/// Iteration order is insertion order (the lead's decision, docs/architecture.md), not MicroPython's slot order.
/// Mutation during iteration is not detected, as in MicroPython: iterators keep a cursor into the entry array
/// and simply continue over whatever is there.
/// </remarks>
public sealed partial class DictObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("dict", null, InitType, MakeNew);

    private const int EmptySlot = -1;
    private const int DeletedSlot = -2;
    private const int MinIndexSize = 8;

    private Entry[] _entries;
    private int[] _index;
    private int _used;   // entry slots used, including holes
    private int _count;  // live entries
    private int _fill;   // index slots that are not EmptySlot (live + deleted), bounds the probe length
    private int _start;  // no live entry below this position (advanced by TryPopFirst, reset by compaction)
    private int _mpAlloc;        // MicroPython's table size for this many entries (heap accounting only)
    private bool _isSetTable;    // a set's table: one word per slot instead of two

    private struct Entry
    {
        public PyObject? Key;
        public PyObject? Value;
        public long Hash;
    }

    public DictObject()
        : this(PyType, 0)
    {
    }

    public DictObject(int capacity)
        : this(PyType, capacity)
    {
    }

    public DictObject(TypeObject type, int capacity)
        : base(type)
    {
        int cap = Math.Max(capacity, 4);
        _entries = new Entry[cap];
        _index = NewIndex(IndexSizeFor(cap));
        _mpAlloc = capacity;
        ChargeNew(capacity, 2);
    }

    private DictObject(int capacity, bool isSetTable)
        : base(PyType)
    {
        int cap = Math.Max(capacity, 4);
        _entries = new Entry[cap];
        _index = NewIndex(IndexSizeFor(cap));
        _mpAlloc = capacity;
        _isSetTable = isSetTable;
        ChargeNew(capacity, isSetTable ? 1 : 2);
    }

    /// <summary>The table of a set (<see cref="SetObject"/>): charged as MicroPython's set object, one word per slot.</summary>
    internal static DictObject NewSetTable(int capacity) => new(capacity, true);

    // ---- heap accounting: a dict is a 4-word object plus MicroPython's table of `alloc` (key, value) slots ----

    private int SlotWords => _isSetTable ? 1 : 2;

    private static void ChargeNew(int capacity, int slotWords)
    {
        var heap = HeapAccountant.Current;
        if (heap != null)
        {
            heap.AllocateObjectWith((long)capacity * slotWords * heap.WordBytes);
        }
    }

    /// <summary>MicroPython rehashes a full table to the next size of its sequence (py/map.c).</summary>
    private void GrowMpTable()
    {
        int old = _mpAlloc;
        _mpAlloc = MapAllocation.SizeFor(old + 1);
        HeapAccountant.ChargeResizeWords((long)old * SlotWords, (long)_mpAlloc * SlotWords);
    }

    public override long HeapBlocks(HeapAccountant heap) => 1 + heap.WordBlocks((long)_mpAlloc * SlotWords);

    public override void TraceReferences(HeapTracer tracer)
    {
        var entries = _entries;
        int used = _used;
        for (int i = _start; i < used; i++)
        {
            ref var e = ref entries[i];
            if (e.Key != null)
            {
                tracer.Mark(e.Key);
                tracer.Mark(e.Value);
            }
        }
    }

    /// <summary>Incremented on every insertion or deletion, so iterators can detect mutation during iteration.</summary>
    public int Version { get; private set; }

    public int Count => _count;

    private static int IndexSizeFor(int capacity)
    {
        int size = MinIndexSize;
        while (size < (capacity * 3 / 2) + 1)
        {
            size <<= 1;
        }

        return size;
    }

    private static int[] NewIndex(int size)
    {
        var idx = new int[size];
        Array.Fill(idx, EmptySlot);
        return idx;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool KeysEqual(PyObject a, long ha, PyObject b, long hb)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (ha != hb)
        {
            return false;
        }

        if (a is StrObject sa && b is StrObject sb)
        {
            return string.Equals(sa.Value, sb.Value, StringComparison.Ordinal);
        }

        // Equal hashes of two exact ints are equal values (an int hashes to itself): no call needed.
        if (a.GetType() == typeof(IntObject) && b.GetType() == typeof(IntObject))
        {
            return true;
        }

        return Ops.Equal(a, b);
    }

    /// <summary>Index-table slot holding <paramref name="key"/>, or -1.</summary>
    private int FindSlot(PyObject key, long hash)
    {
        var index = _index;
        var entries = _entries;
        int mask = index.Length - 1;
        int i = (int)(hash & mask);
        ulong perturb = (ulong)hash;
        while (true)
        {
            int e = index[i];
            if (e == EmptySlot)
            {
                return -1;
            }

            if (e >= 0)
            {
                ref var entry = ref entries[e];
                var k = entry.Key;
                if (k != null && KeysEqual(k, entry.Hash, key, hash))
                {
                    return i;
                }
            }

            perturb >>= 5;
            i = (int)((i * 5 + 1 + (long)perturb) & mask);
        }
    }

    /// <summary>Looks up <paramref name="key"/>; null when absent.</summary>
    public PyObject? GetOrNull(PyObject key)
    {
        // Hash first even when empty: an unhashable key is a TypeError, not a miss (`{}[[]]`).
        long hash = Ops.Hash(key);
        if (_count == 0)
        {
            return null;
        }

        int slot = FindSlot(key, hash);
        return slot < 0 ? null : _entries[_index[slot]].Value;
    }

    /// <summary>Looks up a string key (interned names hit the reference-equality fast path).</summary>
    public PyObject? GetOrNull(string key) => GetOrNull(StrObject.Intern(key));

    public bool ContainsKey(PyObject key) => GetOrNull(key) != null;

    /// <summary><c>self[key] = value</c>.</summary>
    public override void SetItem(PyObject key, PyObject value)
    {
        long hash = Ops.Hash(key);
        if (_count != 0)
        {
            int slot = FindSlot(key, hash);
            if (slot >= 0)
            {
                _entries[_index[slot]].Value = value;
                return;
            }
        }

        Insert(key, hash, value);
    }

    public void SetItem(string key, PyObject value) => SetItem(StrObject.Intern(key), value);

    /// <summary>Inserts <paramref name="key"/> if absent (keeping the existing value otherwise); returns the value now stored.</summary>
    public PyObject SetDefault(PyObject key, PyObject value)
    {
        long hash = Ops.Hash(key);
        if (_count != 0)
        {
            int slot = FindSlot(key, hash);
            if (slot >= 0)
            {
                return _entries[_index[slot]].Value!;
            }
        }

        Insert(key, hash, value);
        return value;
    }

    /// <summary>Appends a new entry for a key known to be absent.</summary>
    private void Insert(PyObject key, long hash, PyObject value)
    {
        if (_used == _entries.Length)
        {
            Grow();
        }

        if (_count >= _mpAlloc)
        {
            GrowMpTable();
        }

        int e = _used++;
        ref var entry = ref _entries[e];
        entry.Key = key;
        entry.Value = value;
        entry.Hash = hash;
        _keyBits |= KeyBit(hash);
        _count++;
        Version++;
        InsertIndex(e, hash);
        if (_fill * 3 >= _index.Length * 2)
        {
            Rebuild(_index.Length * 2);
        }
    }

    /// <summary>Removes <paramref name="key"/>; returns the removed value or null if it was absent.</summary>
    public PyObject? Remove(PyObject key)
    {
        long hash = Ops.Hash(key);
        if (_count == 0)
        {
            return null;
        }

        int slot = FindSlot(key, hash);
        if (slot < 0)
        {
            return null;
        }

        int e = _index[slot];
        var v = _entries[e].Value;
        _index[slot] = DeletedSlot;
        RemoveEntry(e);
        return v;
    }

    private void RemoveEntry(int e)
    {
        _entries[e] = default;
        _count--;
        Version++;
        if (_count == 0)
        {
            ClearEntries();
            return;
        }

        // Trailing holes are given back so popping from the end (popitem) stays O(1).
        while (_used > 0 && _entries[_used - 1].Key == null)
        {
            _used--;
        }
    }

    /// <summary><c>dict.clear()</c>: empties the dict and gives its table back, as MicroPython's mp_map_clear.</summary>
    public void Clear()
    {
        ClearEntries();
        HeapAccountant.ChargeResizeWords((long)_mpAlloc * SlotWords, 0);
        _mpAlloc = 0;
    }

    private void ClearEntries()
    {
        Array.Clear(_entries, 0, _used);
        _used = 0;
        _count = 0;
        _fill = 0;
        _start = 0;
        Array.Fill(_index, EmptySlot);
        Version++;
    }

    private void InsertIndex(int entry, long hash)
    {
        // The key is known to be absent, so the first free slot (empty or deleted) on the probe path will do.
        var index = _index;
        int mask = index.Length - 1;
        int i = (int)(hash & mask);
        ulong perturb = (ulong)hash;
        while (index[i] >= 0)
        {
            perturb >>= 5;
            i = (int)((i * 5 + 1 + (long)perturb) & mask);
        }

        if (index[i] == EmptySlot)
        {
            _fill++;
        }

        index[i] = entry;
    }

    private void Grow()
    {
        // Holes from deletions: compacting is enough when at least a quarter is free.
        if (_count <= _used * 3 / 4)
        {
            Rebuild(_index.Length);
            return;
        }

        Array.Resize(ref _entries, _entries.Length * 2);
        Rebuild(_index.Length);
    }

    /// <summary>Compacts the entries (dropping holes, keeping order) and rebuilds the index table.</summary>
    private void Rebuild(int indexSize)
    {
        var entries = _entries;
        int j = 0;
        for (int i = 0; i < _used; i++)
        {
            if (entries[i].Key != null)
            {
                if (i != j)
                {
                    entries[j] = entries[i];
                }

                j++;
            }
        }

        Array.Clear(entries, j, _used - j);
        _used = j;
        _start = 0;
        int needed = IndexSizeFor(entries.Length);
        _index = NewIndex(Math.Max(indexSize, needed));
        _fill = 0;
        for (int i = 0; i < _used; i++)
        {
            InsertIndex(i, entries[i].Hash);
        }
    }

    /// <summary>
    /// A new dict of type <paramref name="type"/> with the same entries, made by copying the tables rather than
    /// re-inserting (no hashing or key comparisons, so no user code runs).
    /// </summary>
    public DictObject CloneAs(TypeObject type)
    {
        var d = _isSetTable ? new DictObject(0, true) : new DictObject(type, 0);
        HeapAccountant.ChargeResizeWords(0, (long)_mpAlloc * SlotWords);
        d._mpAlloc = _mpAlloc;
        d._keyBits = _keyBits;
        if (_count == 0)
        {
            return d;
        }

        if (_count < _used)
        {
            // Holes: re-index the live entries into a dense copy. (Compacting this dict instead would move
            // entries under any iterator running over it.) Keys are distinct, so no lookups are needed.
            d._entries = new Entry[Math.Max(_count, 4)];
            d._index = NewIndex(IndexSizeFor(d._entries.Length));
            for (int i = 0; i < _used; i++)
            {
                ref var e = ref _entries[i];
                if (e.Key != null)
                {
                    d._entries[d._used] = e;
                    d.InsertIndex(d._used++, e.Hash);
                }
            }

            d._count = d._used;
            return d;
        }

        d._entries = (Entry[])_entries.Clone();
        d._index = (int[])_index.Clone();
        d._used = _used;
        d._count = _count;
        d._fill = _fill;
        return d;
    }

    /// <summary>Live entries in insertion order (a snapshot-free enumerator; do not mutate while enumerating).</summary>
    public IEnumerable<(PyObject Key, PyObject Value)> Items()
    {
        for (int i = 0; i < _used; i++)
        {
            var k = _entries[i].Key;
            if (k != null)
            {
                yield return (k, _entries[i].Value!);
            }
        }
    }

    /// <summary>Cursor-based iteration for iterators: advances <paramref name="position"/> past the next live entry.</summary>
    public bool TryGetNext(ref int position, out PyObject key, out PyObject value)
    {
        var entries = _entries;
        int used = Math.Min(_used, entries.Length);
        int p = position;
        while (p < used)
        {
            ref var entry = ref entries[p++];
            var k = entry.Key;
            if (k != null)
            {
                position = p;
                key = k;
                value = entry.Value!;
                return true;
            }
        }

        position = p;
        key = null!;
        value = null!;
        return false;
    }

    /// <summary>Cursor-based iteration over keys only (sets, key views).</summary>
    public PyObject? NextKey(ref int position)
    {
        var entries = _entries;
        int used = Math.Min(_used, entries.Length);
        int p = position;
        while (p < used)
        {
            var k = entries[p++].Key;
            if (k != null)
            {
                position = p;
                return k;
            }
        }

        position = p;
        return null;
    }

    /// <summary>Removes and returns the last inserted entry (for <c>popitem</c>); false when empty.</summary>
    public bool TryPopLast(out PyObject key, out PyObject value)
    {
        for (int i = _used - 1; i >= 0; i--)
        {
            var k = _entries[i].Key;
            if (k != null)
            {
                key = k;
                value = _entries[i].Value!;
                RemoveAt(i);
                return true;
            }
        }

        key = null!;
        value = null!;
        return false;
    }

    /// <summary>Removes and returns the first entry in iteration order (for <c>set.pop</c>); false when empty.</summary>
    public bool TryPopFirst(out PyObject key, out PyObject value)
    {
        for (int i = _start; i < _used; i++)
        {
            var k = _entries[i].Key;
            if (k != null)
            {
                key = k;
                value = _entries[i].Value!;
                RemoveAt(i);
                if (_count != 0)
                {
                    _start = i + 1;
                }

                return true;
            }
        }

        key = null!;
        value = null!;
        return false;
    }

    /// <summary>Removes the live entry at position <paramref name="e"/> of the entry array.</summary>
    private void RemoveAt(int e)
    {
        ref var entry = ref _entries[e];
        int mask = _index.Length - 1;
        int i = (int)(entry.Hash & mask);
        ulong perturb = (ulong)entry.Hash;
        while (_index[i] != e)
        {
            perturb >>= 5;
            i = (int)((i * 5 + 1 + (long)perturb) & mask);
        }

        _index[i] = DeletedSlot;
        RemoveEntry(e);
    }

    public override bool IsTrue() => _count != 0;

    public override long Length() => _count;

    public override long Hash() => throw Errors.Unhashable(this);

    public override bool Contains(PyObject item) => GetOrNull(item) != null;

    public override PyObject GetItem(PyObject index)
    {
        var v = GetOrNull(index);
        if (v == null)
        {
            if (!ReferenceEquals(Type, PyType) && Type.Lookup(StrObject.Intern("__missing__")) is { } missing)
            {
                return Ops.CallFunction(missing, this, index);
            }

            throw Errors.KeyError(index);
        }

        return v;
    }

    public override void DelItem(PyObject index)
    {
        if (Remove(index) == null)
        {
            throw Errors.KeyError(index);
        }
    }

    public override void Print(StringBuilder sb, bool repr)
    {
        if (Type.Printer is { } printer)
        {
            printer(this, sb, repr);
            return;
        }

        PrintItems(sb);
    }

    /// <summary>Appends <c>{k: v, ...}</c> (<c>{...}</c> when the dict is already being printed).</summary>
    public void PrintItems(StringBuilder sb)
    {
        using var guard = Ops.EnterRepr(this, sb);
        if (guard.IsRecursive)
        {
            sb.Append("{...}");
            return;
        }

        sb.Append('{');
        bool first = true;
        for (int i = 0; i < _used; i++)
        {
            var k = _entries[i].Key;
            if (k == null)
            {
                continue;
            }

            if (!first)
            {
                sb.Append(", ");
            }

            first = false;
            Ops.PrintTo(sb, k, true);
            sb.Append(": ");
            Ops.PrintTo(sb, _entries[i].Value!, true);
        }

        sb.Append('}');
    }
}
