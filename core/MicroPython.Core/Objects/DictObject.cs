using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary>
/// Python's <c>dict</c>: an insertion-ordered hash table. Entries live in parallel arrays in insertion order
/// (deleted entries leave a hole until the next resize); an open-addressed index table maps hashes to entries.
/// Keys that are interned <see cref="StrObject"/>s compare by reference first, which makes attribute and global
/// lookups cheap.
/// </summary>
public sealed partial class DictObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("dict", null, InitType, MakeNew);

    private const int Empty = -1;
    private const int MinIndexSize = 8;

    private PyObject?[] _keys;
    private PyObject?[] _values;
    private long[] _hashes;
    private int[] _index;
    private int _used;   // entries slots used, including holes
    private int _count;  // live entries

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
        _keys = new PyObject?[cap];
        _values = new PyObject?[cap];
        _hashes = new long[cap];
        int indexSize = MinIndexSize;
        while (indexSize < cap * 3 / 2 + 1)
        {
            indexSize <<= 1;
        }

        _index = NewIndex(indexSize);
    }

    /// <summary>Incremented on every insertion or deletion, so iterators can detect mutation during iteration.</summary>
    public int Version { get; private set; }

    public int Count => _count;

    private static int[] NewIndex(int size)
    {
        var idx = new int[size];
        Array.Fill(idx, Empty);
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

        return Ops.Equal(a, b);
    }

    private int FindEntry(PyObject key, long hash)
    {
        int mask = _index.Length - 1;
        int i = (int)(hash & mask);
        ulong perturb = (ulong)hash;
        while (true)
        {
            int e = _index[i];
            if (e == Empty)
            {
                return -1;
            }

            if (e >= 0)
            {
                var k = _keys[e];
                if (k != null && KeysEqual(k, _hashes[e], key, hash))
                {
                    return e;
                }
            }

            perturb >>= 5;
            i = (int)((i * 5 + 1 + (long)perturb) & mask);
        }
    }

    /// <summary>Looks up <paramref name="key"/>; null when absent.</summary>
    public PyObject? GetOrNull(PyObject key)
    {
        if (_count == 0)
        {
            return null;
        }

        int e = FindEntry(key, Ops.Hash(key));
        return e < 0 ? null : _values[e];
    }

    /// <summary>Looks up a string key (interned names hit the reference-equality fast path).</summary>
    public PyObject? GetOrNull(string key) => GetOrNull(StrObject.Intern(key));

    public bool ContainsKey(PyObject key) => GetOrNull(key) != null;

    /// <summary><c>self[key] = value</c>.</summary>
    public override void SetItem(PyObject key, PyObject value)
    {
        long hash = Ops.Hash(key);
        int e = _count == 0 ? -1 : FindEntry(key, hash);
        if (e >= 0)
        {
            _values[e] = value;
            return;
        }

        if (_used == _keys.Length)
        {
            Grow();
        }

        e = _used++;
        _keys[e] = key;
        _values[e] = value;
        _hashes[e] = hash;
        _count++;
        Version++;
        InsertIndex(e, hash);
        if (_used * 3 >= _index.Length * 2)
        {
            Rebuild(_index.Length * 2);
        }
    }

    public void SetItem(string key, PyObject value) => SetItem(StrObject.Intern(key), value);

    /// <summary>Removes <paramref name="key"/>; returns the removed value or null if it was absent.</summary>
    public PyObject? Remove(PyObject key)
    {
        if (_count == 0)
        {
            return null;
        }

        long hash = Ops.Hash(key);
        int e = FindEntry(key, hash);
        if (e < 0)
        {
            return null;
        }

        var v = _values[e];
        _keys[e] = null;
        _values[e] = null;
        _count--;
        Version++;
        if (_count == 0)
        {
            Clear();
        }

        return v;
    }

    public void Clear()
    {
        Array.Clear(_keys, 0, _used);
        Array.Clear(_values, 0, _used);
        _used = 0;
        _count = 0;
        Array.Fill(_index, Empty);
        Version++;
    }

    private void InsertIndex(int entry, long hash)
    {
        int mask = _index.Length - 1;
        int i = (int)(hash & mask);
        ulong perturb = (ulong)hash;
        while (_index[i] != Empty)
        {
            perturb >>= 5;
            i = (int)((i * 5 + 1 + (long)perturb) & mask);
        }

        _index[i] = entry;
    }

    private void Grow()
    {
        if (_count < _used)
        {
            // Holes from deletions: compacting is enough when at least a quarter is free.
            if (_count <= _used * 3 / 4)
            {
                Rebuild(_index.Length);
                return;
            }
        }

        int newCap = _keys.Length * 2;
        Array.Resize(ref _keys, newCap);
        Array.Resize(ref _values, newCap);
        Array.Resize(ref _hashes, newCap);
    }

    private void Rebuild(int indexSize)
    {
        int j = 0;
        for (int i = 0; i < _used; i++)
        {
            if (_keys[i] != null)
            {
                _keys[j] = _keys[i];
                _values[j] = _values[i];
                _hashes[j] = _hashes[i];
                j++;
            }
        }

        Array.Clear(_keys, j, _used - j);
        Array.Clear(_values, j, _used - j);
        _used = j;
        while (indexSize < (_keys.Length * 3 / 2) + 1)
        {
            indexSize <<= 1;
        }

        _index = NewIndex(indexSize);
        for (int i = 0; i < _used; i++)
        {
            InsertIndex(i, _hashes[i]);
        }
    }

    /// <summary>Live entries in insertion order (a snapshot-free enumerator; do not mutate while enumerating).</summary>
    public IEnumerable<(PyObject Key, PyObject Value)> Items()
    {
        for (int i = 0; i < _used; i++)
        {
            var k = _keys[i];
            if (k != null)
            {
                yield return (k, _values[i]!);
            }
        }
    }

    /// <summary>Cursor-based iteration for iterators: advances <paramref name="position"/> past the next live entry.</summary>
    public bool TryGetNext(ref int position, out PyObject key, out PyObject value)
    {
        while (position < _used)
        {
            int i = position++;
            var k = _keys[i];
            if (k != null)
            {
                key = k;
                value = _values[i]!;
                return true;
            }
        }

        key = null!;
        value = null!;
        return false;
    }

    /// <summary>Removes and returns the last inserted entry (for <c>popitem</c>); false when empty.</summary>
    public bool TryPopLast(out PyObject key, out PyObject value)
    {
        for (int i = _used - 1; i >= 0; i--)
        {
            var k = _keys[i];
            if (k != null)
            {
                key = k;
                value = _values[i]!;
                Remove(k);
                return true;
            }
        }

        key = null!;
        value = null!;
        return false;
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
            var k = _keys[i];
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
            Ops.PrintTo(sb, _values[i]!, true);
        }

        sb.Append('}');
    }
}
