using System;
using System.Text;
using MicroPython.Bytecode;
using MicroPython.Runtime;
using MicroPython.Memory;

namespace MicroPython.Objects;

/// <summary>
/// Python's <c>set</c> and <c>frozenset</c>: two types sharing this implementation (py/objset.c). The elements live
/// in a <see cref="DictObject"/> table used for its keys only, so sets iterate in insertion order (tests print
/// <c>sorted(s)</c> anyway; MicroPython's own order is its hash-table slot order). A frozenset is hashable.
/// </summary>
public sealed partial class SetObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("set", null, InitSetType, MakeSet);

    public static readonly TypeObject FrozenSetType = TypeObject.CreateBuiltin("frozenset", null, InitFrozenSetType, MakeFrozenSet);

    private readonly DictObject _table;
    private long _hash;
    private bool _hashed;

    /// <summary>Creates an empty set, or an empty frozenset when <paramref name="frozen"/> (fill it before sharing it).</summary>
    public SetObject(bool frozen = false, int capacity = 0)
        : base(frozen ? FrozenSetType : PyType)
    {
        _table = DictObject.NewSetTable(capacity);
    }

    private SetObject(bool frozen, DictObject table)
        : base(frozen ? FrozenSetType : PyType)
    {
        _table = table;
    }

    // The set object and its table are charged by the table (DictObject.NewSetTable).
    public override void TraceReferences(HeapTracer tracer) => tracer.Mark(_table);

    /// <summary>True for a frozenset.</summary>
    public bool IsFrozen => ReferenceEquals(Type, FrozenSetType);

    public int Count => _table.Count;

    /// <summary>Adds <paramref name="item"/> (no-op when present); raises TypeError for unhashable items.</summary>
    public void Add(PyObject item) => _table.SetDefault(item, item);

    /// <summary>Removes <paramref name="item"/>; false when it was absent.</summary>
    public bool Discard(PyObject item) => _table.Remove(item) != null;

    public bool Has(PyObject item) => _table.ContainsKey(item);

    /// <summary>Cursor-based iteration over the elements (null when done).</summary>
    public PyObject? NextItem(ref int position) => _table.NextKey(ref position);

    /// <summary>Adds every element of <paramref name="iterable"/>.</summary>
    public void AddAll(PyObject iterable)
    {
        if (iterable.NativeSelf is SetObject s)
        {
            _table.AddKeysOf(s._table);
            return;
        }

        if (iterable is ListObject l)
        {
            // Index loop rather than a span: hashing a user object may run code that mutates the list.
            for (int i = 0; i < l.Count; i++)
            {
                Add(l[i]);
            }

            return;
        }

        var it = Ops.GetIter(iterable);
        PyObject? item;
        while ((item = it.Next()) != null)
        {
            Add(item);
        }
    }

    /// <summary>A new set (or frozenset) with the same elements.</summary>
    public SetObject Copy(bool frozen) => new(frozen, _table.CloneAs(DictObject.PyType));

    public static SetObject FromIterable(PyObject iterable, bool frozen = false)
    {
        if (iterable.NativeSelf is SetObject other)
        {
            return other.Copy(frozen);
        }

        var s = new SetObject(frozen);
        s.AddAll(iterable);
        return s;
    }

    // ---- slots ------------------------------------------------------------------------------------------

    public override void Print(StringBuilder sb, bool repr)
    {
        bool frozen = IsFrozen;
        if (Count == 0)
        {
            sb.Append(frozen ? "frozenset()" : "set()");
            return;
        }

        if (frozen)
        {
            sb.Append("frozenset(");
        }

        sb.Append('{');
        int pos = 0;
        bool first = true;
        PyObject? x;
        while ((x = NextItem(ref pos)) != null)
        {
            if (!first)
            {
                sb.Append(", ");
            }

            first = false;
            Ops.PrintTo(sb, x, true);
        }

        sb.Append('}');
        if (frozen)
        {
            sb.Append(')');
        }
    }

    public override bool IsTrue() => Count != 0;

    public override long Length() => Count;

    public override bool Contains(PyObject item) => Has(item);

    public override PyObject GetIter() => new DictIterator(_table, DictViewKind.Keys);

    public override long Hash()
    {
        if (!IsFrozen)
        {
            throw Errors.Unhashable(this);
        }

        if (!_hashed)
        {
            // Order-independent: equal frozensets hash equal whatever order their elements were added in.
            ulong h = (ulong)Count * 0x9E3779B97F4A7C15UL;
            int pos = 0;
            PyObject? x;
            while ((x = NextItem(ref pos)) != null)
            {
                ulong e = (ulong)Ops.Hash(x);
                e ^= e >> 33;
                e *= 0xFF51AFD7ED558CCDUL;
                e ^= e >> 33;
                h += e;
            }

            _hash = (long)(h >> 2);
            _hashed = true;
        }

        return _hash;
    }

    public override PyObject? BinaryOp(BinaryOp op, PyObject rhs)
    {
        if (rhs.NativeSelf is not SetObject other)
        {
            return null;
        }

        bool inplace = OperatorNames.IsInplace(op);
        if (inplace && IsFrozen)
        {
            // frozenset |= x rebinds to a new frozenset: Ops falls back to the plain operator.
            return null;
        }

        switch (op)
        {
            case Bytecode.BinaryOp.Or:
                return Union(other);
            case Bytecode.BinaryOp.And:
                return Intersection(other);
            case Bytecode.BinaryOp.Subtract:
                return Difference(other);
            case Bytecode.BinaryOp.Xor:
                return SymmetricDifference(other);
            case Bytecode.BinaryOp.InplaceOr:
                AddAll(other);
                return this;
            case Bytecode.BinaryOp.InplaceAnd:
                IntersectionUpdate(other);
                return this;
            case Bytecode.BinaryOp.InplaceSubtract:
                DifferenceUpdate(other);
                return this;
            case Bytecode.BinaryOp.InplaceXor:
                SymmetricDifferenceUpdate(other);
                return this;
            case Bytecode.BinaryOp.Equal:
                return BoolObject.From(Count == other.Count && IsSubsetOf(other));
            case Bytecode.BinaryOp.NotEqual:
                return BoolObject.From(!(Count == other.Count && IsSubsetOf(other)));
            case Bytecode.BinaryOp.LessEqual:
                return BoolObject.From(IsSubsetOf(other));
            case Bytecode.BinaryOp.Less:
                return BoolObject.From(Count < other.Count && IsSubsetOf(other));
            case Bytecode.BinaryOp.MoreEqual:
                return BoolObject.From(other.IsSubsetOf(this));
            case Bytecode.BinaryOp.More:
                return BoolObject.From(Count > other.Count && other.IsSubsetOf(this));
            default:
                return null;
        }
    }

    // ---- set algebra (results take the type of self, as in CPython) -----------------------------------------

    // The results are built from the operands' tables with their stored hashes, in a table reserved for the
    // largest possible result (DictObject.SetTable.cs); element order is as if added one by one.

    public SetObject Union(SetObject other)
    {
        var r = new SetObject(IsFrozen, _table.CloneSetTable(DictObject.ReserveFor((long)Count + other.Count)));
        r._table.AddKeysOf(other._table);
        return r;
    }

    public SetObject Intersection(SetObject other)
    {
        // Probe the larger set with the smaller one's elements, but keep self's type.
        var (small, large) = Count <= other.Count ? (this, other) : (other, this);
        var r = new SetObject(IsFrozen, DictObject.NewSetTableReserved(small.Count));
        small._table.FilterKeysInto(large._table, true, r._table);
        return r;
    }

    public SetObject Difference(SetObject other) => DifferenceReserved(other, Count);

    private SetObject DifferenceReserved(SetObject other, long reserve)
    {
        var r = new SetObject(IsFrozen, DictObject.NewSetTableReserved(DictObject.ReserveFor(reserve)));
        _table.FilterKeysInto(other._table, false, r._table);
        return r;
    }

    public SetObject SymmetricDifference(SetObject other)
    {
        // other's elements missing from self are missing from self - other too: they can be appended unprobed.
        var r = DifferenceReserved(other, (long)Count + other.Count);
        other._table.FilterKeysInto(_table, false, r._table);
        return r;
    }

    public void IntersectionUpdate(SetObject other)
    {
        if (ReferenceEquals(other, this))
        {
            return;
        }

        var keep = Intersection(other);
        _table.Clear();
        AddAll(keep);
    }

    public void DifferenceUpdate(SetObject other)
    {
        if (ReferenceEquals(other, this))
        {
            _table.Clear();
            return;
        }

        int pos = 0;
        PyObject? x;
        while ((x = other.NextItem(ref pos)) != null)
        {
            Discard(x);
        }
    }

    public void SymmetricDifferenceUpdate(SetObject other)
    {
        if (ReferenceEquals(other, this))
        {
            _table.Clear();
            return;
        }

        int pos = 0;
        PyObject? x;
        while ((x = other.NextItem(ref pos)) != null)
        {
            if (!Discard(x))
            {
                Add(x);
            }
        }
    }

    public bool IsSubsetOf(SetObject other)
    {
        if (Count > other.Count)
        {
            return false;
        }

        return _table.AllKeys(other._table, true);
    }

    public bool IsDisjoint(SetObject other)
    {
        var (small, large) = Count <= other.Count ? (this, other) : (other, this);
        return small._table.AllKeys(large._table, false);
    }

    /// <summary>Removes and returns the first element; <c>KeyError: pop from an empty set</c> when empty.</summary>
    public PyObject Pop()
    {
        if (!_table.TryPopFirst(out var k, out _))
        {
            throw Errors.Make(ExceptionTypes.KeyError, "pop from an empty set");
        }

        return k;
    }

    public void Clear() => _table.Clear();
}
