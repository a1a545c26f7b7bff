using System.Runtime.CompilerServices;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// Entry-position hints for the VM's inline caches (Vm/SiteCaches.cs). An entry keeps its position in the entry
// array until a deletion is compacted away, so a cache that remembers where a name was found can check that one
// entry (key identity) instead of hashing and probing. A stale hint is never wrong, only a miss: the key check
// fails and the caller falls back to a normal lookup.
public sealed partial class DictObject
{
    // One bit per key ever inserted (bit = the key's hash mod 64), never cleared by a deletion: a clear bit proves
    // a key absent without a probe (an attribute site asks this of an instance dict for a method name).
    private ulong _keyBits;

    /// <summary>The union of <see cref="KeyBit"/> of every key inserted into this dict (a superset filter: a key
    /// whose bit is clear is absent; a set bit proves nothing).</summary>
    internal ulong KeyBits => _keyBits;

    /// <summary>The filter bit of a key with hash <paramref name="hash"/> (see <see cref="KeyBits"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong KeyBit(long hash) => 1UL << (int)(hash & 63);

    /// <summary>The value of the entry at position <paramref name="hint"/> if that entry's key is
    /// <paramref name="key"/> itself (same object); null otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal PyObject? ValueAtHint(int hint, PyObject key)
    {
        var entries = _entries;
        if ((uint)hint < (uint)entries.Length)
        {
            ref var entry = ref entries[hint];
            if (ReferenceEquals(entry.Key, key))
            {
                return entry.Value;
            }
        }

        return null;
    }

    /// <summary>Replaces the value of the entry at position <paramref name="hint"/> if its key is
    /// <paramref name="key"/> itself; false (nothing changed) otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TrySetAtHint(int hint, PyObject key, PyObject value)
    {
        var entries = _entries;
        if ((uint)hint < (uint)entries.Length)
        {
            ref var entry = ref entries[hint];
            if (ReferenceEquals(entry.Key, key))
            {
                entry.Value = value;
                return true;
            }
        }

        return false;
    }

    /// <summary><c>self[key] = value</c>, giving the position of the key's entry afterwards (a hint for
    /// <see cref="ValueAtHint"/>) without a second probe.</summary>
    internal int SetItemAndGetEntry(PyObject key, PyObject value)
    {
        long hash = Ops.Hash(key);
        if (_count != 0)
        {
            int slot = FindSlot(key, hash);
            if (slot >= 0)
            {
                int at = _index[slot];
                _entries[at].Value = value;
                return at;
            }
        }

        // A new entry is the last one, also when the insertion compacted the entries.
        Insert(key, hash, value);
        return _used - 1;
    }

    /// <summary>Position of <paramref name="key"/>'s entry in the entry array (a hint for
    /// <see cref="ValueAtHint"/>), or −1 when absent.</summary>
    internal int EntryIndexOf(PyObject key)
    {
        long hash = Ops.Hash(key);
        if (_count == 0)
        {
            return -1;
        }

        int slot = FindSlot(key, hash);
        return slot < 0 ? -1 : _index[slot];
    }
}
