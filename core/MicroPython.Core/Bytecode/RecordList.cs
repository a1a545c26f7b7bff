using System;

namespace MicroPython.Bytecode;

/// <summary>
/// A growable array of small records for the emitter (jumps, labels, line entries): add, index, count. Used instead
/// of <c>List&lt;T&gt;</c> because the framework's list instantiated over our own structs is code no precompiled
/// image holds (it would be JIT-compiled on every start-up that compiles anything); a generic type of this assembly
/// is precompiled with it.
/// </summary>
internal sealed class RecordList<T>
    where T : struct
{
    private T[] _items = new T[8];

    public int Count { get; private set; }

    public ref T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return ref _items[index];
        }
    }

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            var bigger = new T[_items.Length * 2];
            Array.Copy(_items, bigger, Count); // the non-generic copy: precompiled in the framework
            _items = bigger;
        }

        _items[Count++] = item;
    }
}
