using System;
using System.Text;
using MicroPython.Bytecode;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// The tuple type's slots: printing, hashing, indexing, operators, iteration.
public sealed partial class TupleObject
{
    public override void Print(StringBuilder sb, bool repr)
    {
        if (Type.Printer is { } printer)
        {
            printer(this, sb, repr);
            return;
        }

        var items = Items;

        // A tuple can reach itself only through a mutable container; CPython shows the cycle at the tuple: (...).
        using var guard = Ops.EnterRepr(this, sb);
        if (guard.IsRecursive)
        {
            sb.Append("(...)");
            return;
        }

        sb.Append('(');
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            Ops.PrintTo(sb, items[i], true);
        }

        if (items.Length == 1)
        {
            sb.Append(',');
        }

        sb.Append(')');
    }

    public override bool IsTrue() => Items.Length != 0;

    public override long Length() => Items.Length;

    public override long Hash() => SequenceOps.Hash(Items);

    public override bool Contains(PyObject item) => SequenceOps.Contains(Items, item);

    public override PyObject GetIter() => new TupleIterator(Items);

    public override PyObject GetItem(PyObject index)
    {
        var items = Items;
        if (index is IntObject i)
        {
            long k = i.Value;
            if (k < 0)
            {
                k += items.Length;
            }

            if ((ulong)k >= (ulong)items.Length)
            {
                throw Errors.IndexOutOfRange("tuple");
            }

            return items[k];
        }

        if (index is SliceObject slice)
        {
            slice.Indices(items.Length, out int start, out _, out int step, out int n);
            if (step == 1)
            {
                return FromSpan(items.AsSpan(start, n));
            }

            // MicroPython slices tuples only with step 1 (a code-size limitation); CPython's stepping is welcome.
            var stepped = new PyObject[n];
            for (int j = 0, k = start; j < n; j++, k += step)
            {
                stepped[j] = items[k];
            }

            return Create(stepped);
        }

        // Big ints give OverflowError, anything else "tuple indices must be integers".
        throw IndexTypeError(index);
    }

    public override PyObject? BinaryOp(BinaryOp op, PyObject rhs)
    {
        switch (op)
        {
            case Bytecode.BinaryOp.Add:
            case Bytecode.BinaryOp.InplaceAdd:
            {
                if (rhs is not TupleObject other)
                {
                    return null;
                }

                if (other.Items.Length == 0 && ReferenceEquals(Type, PyType))
                {
                    return this;
                }

                var items = new PyObject[Items.Length + other.Items.Length];
                Items.CopyTo(items, 0);
                other.Items.CopyTo(items, Items.Length);
                return Create(items);
            }

            case Bytecode.BinaryOp.Multiply:
            case Bytecode.BinaryOp.InplaceMultiply:
            {
                var n = SequenceOps.RepeatCount(rhs, Items.Length);
                if (n == null)
                {
                    return null;
                }

                if (n == 1 && ReferenceEquals(Type, PyType))
                {
                    return this;
                }

                return Create(SequenceOps.Repeat(Items, n.Value));
            }

            default:
                if (SequenceOps.IsComparison(op) && rhs is TupleObject t)
                {
                    return BoolObject.From(SequenceOps.Compare(op, Items, t.Items));
                }

                return null;
        }
    }

    public override PyObject? ReverseBinaryOp(BinaryOp op, PyObject lhs) =>
        op == Bytecode.BinaryOp.Multiply ? BinaryOp(op, lhs) : null;

    private static PyException IndexTypeError(PyObject index) =>
        index is BigIntObject
            ? Errors.OverflowError("overflow converting long int to machine word")
            : Errors.IndicesMustBeIntegers("tuple", index);
}
