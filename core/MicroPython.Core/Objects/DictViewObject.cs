using System.Text;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary>
/// <c>dict.keys()</c>, <c>dict.values()</c>, <c>dict.items()</c>: live views (one Python type, <c>dict_view</c>, as in
/// MicroPython). They support <c>len</c>, iteration, <c>in</c> and printing as <c>dict_keys([1, 2])</c>. Keys and
/// items views are also set-like as in CPython: set operators, comparisons with sets and other such views, and
/// <c>isdisjoint</c> (MicroPython lacks these, cpython-differences.md §2: a limitation, not a design choice).
/// </summary>
public sealed class DictViewObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("dict_view", null, InitType);

    private static void InitType(TypeObject type)
    {
        type.SetAttrDirect("isdisjoint", new BuiltinFunction("isdisjoint", static (self, other) =>
            BoolObject.From(((DictViewObject)self).IsDisjoint(other))).AsMethodOf(type));
    }

    public DictViewObject(DictObject dict, DictViewKind kind)
        : base(PyType)
    {
        Dict = dict;
        Kind = kind;
    }

    public DictObject Dict { get; }

    public DictViewKind Kind { get; }

    public override PyObject GetIter() => new DictIterator(Dict, Kind);

    public override long Length() => Dict.Count;

    public override bool IsTrue() => Dict.Count != 0;

    public override bool Contains(PyObject item)
    {
        switch (Kind)
        {
            case DictViewKind.Keys:
                return Dict.ContainsKey(item);
            case DictViewKind.Items:
                if (item is TupleObject t && t.Items.Length == 2)
                {
                    var v = Dict.GetOrNull(t.Items[0]);
                    return v != null && Ops.Equal(v, t.Items[1]);
                }

                return false;
            default:
                return Ops.ContainsByIteration(this, item);
        }
    }

    public override PyObject? BinaryOp(Bytecode.BinaryOp op, PyObject rhs)
    {
        if (IsSetOperator(op) && Kind != DictViewKind.Values)
        {
            // Keys and items views are set-like (CPython); MicroPython lacks these operators, a limitation.
            var operand = AsSetOperand(rhs);
            return operand == null ? null : SetObject.FromIterable(this).BinaryOp(op, operand);
        }

        if (!IsComparison(op) || Kind == DictViewKind.Values || !IsSetLike(rhs))
        {
            return null;
        }

        // CPython's rule: sizes first, then every element of the smaller side must be in the other (`in` on the
        // other operand, so item views with unhashable values still compare).
        long mine = Length();
        long theirs = Ops.Length(rhs);
        bool result = op switch
        {
            Bytecode.BinaryOp.Equal => mine == theirs && AllContained(this, rhs),
            Bytecode.BinaryOp.NotEqual => !(mine == theirs && AllContained(this, rhs)),
            Bytecode.BinaryOp.Less => mine < theirs && AllContained(this, rhs),
            Bytecode.BinaryOp.LessEqual => mine <= theirs && AllContained(this, rhs),
            Bytecode.BinaryOp.More => mine > theirs && AllContained(rhs, this),
            _ => mine >= theirs && AllContained(rhs, this),
        };
        return BoolObject.From(result);
    }

    private static bool IsComparison(Bytecode.BinaryOp op) =>
        op is Bytecode.BinaryOp.Equal or Bytecode.BinaryOp.NotEqual or Bytecode.BinaryOp.Less
            or Bytecode.BinaryOp.LessEqual or Bytecode.BinaryOp.More or Bytecode.BinaryOp.MoreEqual;

    /// <summary>The operands a keys/items view compares with: sets, frozensets and keys/items views.</summary>
    private static bool IsSetLike(PyObject o) =>
        o.NativeSelf is SetObject || (o.NativeSelf is DictViewObject v && v.Kind != DictViewKind.Values);

    private static bool AllContained(PyObject items, PyObject container)
    {
        var it = Ops.GetIter(items);
        PyObject? x;
        while ((x = it.Next()) != null)
        {
            if (!Ops.Contains(container, x))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsDisjoint(PyObject other)
    {
        // Probe whichever side answers `in` by lookup; a plain iterable is walked and each item looked up here.
        if (IsSetLike(other))
        {
            var mineIt = GetIter();
            PyObject? x;
            while ((x = mineIt.Next()) != null)
            {
                if (Ops.Contains(other, x))
                {
                    return false;
                }
            }

            return true;
        }

        var it = Ops.GetIter(other);
        PyObject? y;
        while ((y = it.Next()) != null)
        {
            if (Contains(y))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>{1} &amp; d.keys()</c>: the set on the left meets this view as a set.</summary>
    public override PyObject? ReverseBinaryOp(Bytecode.BinaryOp op, PyObject lhs)
    {
        if (!IsSetOperator(op) || Kind == DictViewKind.Values || AsSetOperand(lhs) is not { } left)
        {
            return null;
        }

        return left.BinaryOp(op, SetObject.FromIterable(this));
    }

    private static bool IsSetOperator(Bytecode.BinaryOp op) =>
        op is Bytecode.BinaryOp.Or or Bytecode.BinaryOp.And or Bytecode.BinaryOp.Subtract or Bytecode.BinaryOp.Xor;

    /// <summary>The other operand as a set, for the iterables CPython accepts here; null otherwise.</summary>
    private static SetObject? AsSetOperand(PyObject o) => o.NativeSelf switch
    {
        SetObject s => s,
        DictViewObject v when v.Kind != DictViewKind.Values => SetObject.FromIterable(v),
        ListObject or TupleObject or DictObject or RangeObject => SetObject.FromIterable(o),
        _ => null,
    };

    public override void Print(StringBuilder sb, bool repr)
    {
        using var guard = Ops.EnterRepr(this, sb);
        if (guard.IsRecursive)
        {
            // A view stored in its own dict: CPython prints `{1: dict_values([...])}`.
            sb.Append("...");
            return;
        }

        sb.Append(Kind switch
        {
            DictViewKind.Keys => "dict_keys",
            DictViewKind.Values => "dict_values",
            _ => "dict_items",
        });
        sb.Append("([");
        int pos = 0;
        bool first = true;
        while (Dict.TryGetNext(ref pos, out var k, out var v))
        {
            if (!first)
            {
                sb.Append(", ");
            }

            first = false;
            switch (Kind)
            {
                case DictViewKind.Keys:
                    Ops.PrintTo(sb, k, true);
                    break;
                case DictViewKind.Values:
                    Ops.PrintTo(sb, v, true);
                    break;
                default:
                    sb.Append('(');
                    Ops.PrintTo(sb, k, true);
                    sb.Append(", ");
                    Ops.PrintTo(sb, v, true);
                    sb.Append(')');
                    break;
            }
        }

        sb.Append("])");
    }
}
