using System;
using System.Text;
using MicroPython.Memory;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Modules.Collections;

/// <summary>
/// <c>deque(iterable, maxlen[, flags])</c> (MicroPython's objdeque.c): a ring buffer with <c>append</c>,
/// <c>appendleft</c>, <c>extend</c>, <c>pop</c>, <c>popleft</c>, <c>len</c>, truth, iteration and indexing. A full
/// deque drops an item from the other end, or with <c>flags</c> bit 0 raises <c>IndexError: full</c>. As in
/// MicroPython, <c>maxlen</c> is required and the arguments are positional. Prints as <c>&lt;deque&gt;</c>.
/// </summary>
public sealed class DequeObject : PyObject
{
    private const int FlagCheckOverflow = 1;

    // MicroPython's deque structure: base, alloc, i_get, i_put, items pointer, flags.
    private const int ObjectWords = 6;

    // MicroPython allocates maxlen + 1 words up front; beyond this bound any heap is exhausted anyway.
    private const long MaxChargedWords = 1L << 56;

    private static readonly TypeObject?[] s_types = new TypeObject?[(int)DequeFeatures.All + 1];
    private static readonly object s_typesLock = new();

    private readonly long _maxLen;
    private readonly bool _raiseWhenFull;
    private readonly DequeFeatures _features;
    private PyObject[] _items;            // ring buffer, grown on demand up to maxlen
    private int _head;
    private int _count;
    private readonly long _chargedWords;  // MicroPython's items array: maxlen + 1 words, allocated up front

    private DequeObject(TypeObject type, long maxLen, bool raiseWhenFull, DequeFeatures features)
        : base(type)
    {
        _maxLen = maxLen;
        _raiseWhenFull = raiseWhenFull;
        _features = features;
        HeapAccountant.ChargeWords(ObjectWords);
        int initial = (int)System.Math.Min(maxLen, 4);
        _items = initial == 0 ? Array.Empty<PyObject>() : new PyObject[initial];
        _chargedWords = maxLen >= MaxChargedWords ? MaxChargedWords : maxLen + 1;
        HeapAccountant.ChargeWords(_chargedWords);
    }

    /// <summary>The <c>deque</c> type with <paramref name="features"/> (one per combination, shared like every built-in type).</summary>
    public static TypeObject TypeFor(DequeFeatures features)
    {
        lock (s_typesLock)
        {
            return s_types[(int)features] ??= CreateType(features);
        }
    }

    /// <summary>Number of items.</summary>
    public int Count => _count;

    /// <summary>The item at <paramref name="position"/> from the front (0 ≤ position &lt; <see cref="Count"/>).</summary>
    public PyObject ItemAt(int position) => _items[Slot(position)];

    private static TypeObject CreateType(DequeFeatures features) =>
        TypeObject.CreateBuiltin("deque", null, Fill, (type, args, nKw) => Make(type, args, nKw, features));

    private static void Fill(TypeObject type)
    {
        type.SetAttrDirect("append", new BuiltinFunction("append", (self, item) => Self(self).Append(item)).AsMethodOf(type));
        type.SetAttrDirect("appendleft", new BuiltinFunction("appendleft", (self, item) => Self(self).AppendLeft(item)).AsMethodOf(type));
        type.SetAttrDirect("extend", new BuiltinFunction("extend", (self, items) => Self(self).Extend(items)).AsMethodOf(type));
        type.SetAttrDirect("pop", new BuiltinFunction("pop", self => Self(self).Pop()).AsMethodOf(type));
        type.SetAttrDirect("popleft", new BuiltinFunction("popleft", self => Self(self).PopLeft()).AsMethodOf(type));
    }

    private static DequeObject Self(PyObject o) => o.NativeSelf as DequeObject ?? throw Errors.WrongSelfType(TypeFor(DequeFeatures.All), o);

    private static PyObject Make(TypeObject type, ReadOnlySpan<PyObject> args, int nKw, DequeFeatures features)
    {
        // deque(iterable, maxlen[, flags]): positional only, maxlen required (MicroPython's fixed-size deque).
        ArgCheck.Range(args, nKw, 2, 3);
        long maxLen = Ops.ToInt64(args[1]);
        if (maxLen < 0)
        {
            throw Errors.ValueError(null);
        }

        long flags = args.Length > 2 ? Ops.ToInt64(args[2]) : 0;
        var deque = new DequeObject(type, maxLen, (flags & FlagCheckOverflow) != 0, features);
        deque.Extend(args[0]);
        return deque;
    }

    // ---- methods --------------------------------------------------------------------------------------

    private PyObject Append(PyObject item)
    {
        if (_count == _maxLen)
        {
            if (_raiseWhenFull)
            {
                throw Errors.IndexError("full");
            }

            if (_count == 0)
            {
                return NoneObject.None; // maxlen 0 keeps nothing
            }

            // Full: the oldest item (the front) makes room.
            _items[_head] = item;
            _head = Slot(1);
            return NoneObject.None;
        }

        EnsureRoom();
        _items[Slot(_count)] = item;
        _count++;
        return NoneObject.None;
    }

    private PyObject AppendLeft(PyObject item)
    {
        if (_count == _maxLen)
        {
            if (_raiseWhenFull)
            {
                throw Errors.IndexError("full");
            }

            if (_count == 0)
            {
                return NoneObject.None;
            }

            // Full: the back item makes room.
            _head = Slot(_count - 1);
            _items[_head] = item;
            return NoneObject.None;
        }

        EnsureRoom();
        _head = _head == 0 ? _items.Length - 1 : _head - 1;
        _items[_head] = item;
        _count++;
        return NoneObject.None;
    }

    private PyObject Extend(PyObject iterable)
    {
        // Extending a deque with itself reads a snapshot, not the items it is adding.
        if (ReferenceEquals(iterable.NativeSelf, this))
        {
            var snapshot = new PyObject[_count];
            for (int i = 0; i < snapshot.Length; i++)
            {
                snapshot[i] = ItemAt(i);
            }

            foreach (var item in snapshot)
            {
                Append(item);
            }

            return NoneObject.None;
        }

        var iter = Ops.GetIter(iterable);
        PyObject? next;
        while ((next = Ops.Next(iter)) != null)
        {
            Append(next);
        }

        return NoneObject.None;
    }

    private PyObject Pop()
    {
        if (_count == 0)
        {
            throw Errors.IndexError("empty");
        }

        int slot = Slot(_count - 1);
        var item = _items[slot];
        _items[slot] = null!;
        _count--;
        return item;
    }

    private PyObject PopLeft()
    {
        if (_count == 0)
        {
            throw Errors.IndexError("empty");
        }

        var item = _items[_head];
        _items[_head] = null!;
        _head = Slot(1);
        _count--;
        return item;
    }

    // ---- slots ----------------------------------------------------------------------------------------

    public override void Print(StringBuilder sb, bool repr) => sb.Append("<deque>");

    public override bool IsTrue() => _count != 0;

    public override long Length() => _count;

    public override PyObject GetIter() =>
        (_features & DequeFeatures.Iteration) != 0 ? new DequeIterator(this) : throw Errors.NotIterable(this);

    public override PyObject GetItem(PyObject index) => _items[Slot(Position(index))];

    public override void SetItem(PyObject index, PyObject value)
    {
        if ((_features & DequeFeatures.Subscript) == 0)
        {
            throw Errors.NoItemAssignment(this);
        }

        _items[Slot(Position(index))] = value;
    }

    public override long HeapBlocks(HeapAccountant heap) => heap.WordBlocks(ObjectWords) + heap.WordBlocks(_chargedWords);

    public override void TraceReferences(HeapTracer tracer)
    {
        for (int i = 0; i < _count; i++)
        {
            tracer.Mark(ItemAt(i));
        }
    }

    // ---- ring buffer ----------------------------------------------------------------------------------

    private int Slot(int position)
    {
        int slot = _head + position;
        return slot >= _items.Length ? slot - _items.Length : slot;
    }

    /// <summary>The position <paramref name="index"/> names (negative from the back), checked; indexing must be enabled.</summary>
    private int Position(PyObject index)
    {
        if ((_features & DequeFeatures.Subscript) == 0)
        {
            throw Errors.NotSubscriptable(this);
        }

        return Ops.NormalizeIndex(index, _count, "deque");
    }

    /// <summary>Makes room for one more item, doubling the buffer (never beyond maxlen; the heap was charged for maxlen already).</summary>
    private void EnsureRoom()
    {
        if (_count < _items.Length)
        {
            return;
        }

        long wanted = System.Math.Max(4, (long)_items.Length * 2);
        int capacity = (int)System.Math.Min(System.Math.Min(wanted, _maxLen), Array.MaxLength);
        if (capacity <= _count)
        {
            throw Errors.MemoryError("memory allocation failed");
        }

        var grown = new PyObject[capacity];
        for (int i = 0; i < _count; i++)
        {
            grown[i] = ItemAt(i);
        }

        _items = grown;
        _head = 0;
    }
}
