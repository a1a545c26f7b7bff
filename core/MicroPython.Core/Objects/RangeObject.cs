using System;
using System.Text;
using MicroPython.Bytecode;
using MicroPython.Runtime;
using MicroPython.Memory;

namespace MicroPython.Objects;

/// <summary>
/// Python's <c>range</c> over machine-word ints (py/objrange.c). Bounds beyond a machine word raise
/// <c>OverflowError: overflow converting long int to machine word</c>, as MicroPython does.
/// </summary>
public sealed class RangeObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("range", null, InitType, MakeNew);

    private static readonly StrObject s_start = StrObject.Intern("start");
    private static readonly StrObject s_stop = StrObject.Intern("stop");
    private static readonly StrObject s_step = StrObject.Intern("step");

    public override long HeapBlocks(HeapAccountant heap) => 1;

    public RangeObject(long start, long stop, long step)
        : base(PyType)
    {
        if (step == 0)
        {
            throw Errors.ValueError("zero step");
        }

        Start = start;
        Stop = stop;
        Step = step;
        HeapAccountant.ChargeObject();
    }

    public long Start { get; }

    public long Stop { get; }

    public long Step { get; }

    /// <summary>Number of items (as a 128-bit value: a range over the whole long range has 2⁶⁴ − 1 items).</summary>
    public Int128 Count
    {
        get
        {
            Int128 span = Step > 0 ? (Int128)Stop - Start : (Int128)Start - Stop;
            if (span <= 0)
            {
                return 0;
            }

            Int128 step = Step > 0 ? Step : -(Int128)Step;
            return ((span - 1) / step) + 1;
        }
    }

    private static PyObject MakeNew(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        ArgCheck.Range(args, nKw, 1, 3);
        if (args.Length == 1)
        {
            return new RangeObject(0, ToWord(args[0]), 1);
        }

        return new RangeObject(ToWord(args[0]), ToWord(args[1]), args.Length == 3 ? ToWord(args[2]) : 1);
    }

    private static long ToWord(PyObject o)
    {
        if (o is IntObject i)
        {
            return i.Value;
        }

        if (o is BigIntObject)
        {
            throw Errors.OverflowError("overflow converting long int to machine word");
        }

        throw Errors.CantConvert(o, "int");
    }

    /// <summary>The item at position <paramref name="k"/> (0 ≤ k &lt; Count).</summary>
    private long ItemAt(long k) => unchecked(Start + (k * Step));

    public override void Print(StringBuilder sb, bool repr)
    {
        sb.Append("range(").Append(Start).Append(", ").Append(Stop);
        if (Step != 1)
        {
            sb.Append(", ").Append(Step);
        }

        sb.Append(')');
    }

    public override bool IsTrue() => Count != 0;

    public override long Length()
    {
        var n = Count;
        if (n > long.MaxValue)
        {
            throw Errors.OverflowError("overflow converting long int to machine word");
        }

        return (long)n;
    }

    public override PyObject GetIter() => new RangeIterator(Start, Stop, Step);

    public override bool Contains(PyObject item)
    {
        if (item is IntObject i)
        {
            long v = i.Value;
            if (Step > 0 ? v < Start || v >= Stop : v > Start || v <= Stop)
            {
                return false;
            }

            return ((Int128)v - Start) % Step == 0;
        }

        // Other values (floats, user objects) compare by equality with each item.
        return Ops.ContainsByIteration(this, item);
    }

    public override PyObject GetItem(PyObject index)
    {
        var n = Count;
        if (index is IntObject i)
        {
            Int128 k = i.Value;
            if (k < 0)
            {
                k += n;
            }

            if (k < 0 || k >= n)
            {
                throw Errors.IndexOutOfRange("range");
            }

            return IntObject.Get(ItemAt((long)k));
        }

        if (index is SliceObject slice)
        {
            int len = n > int.MaxValue ? int.MaxValue : (int)n;
            slice.Indices(len, out int start, out int stop, out int step, out _);
            return new RangeObject(ItemAt(start), ItemAt(stop), Step * step);
        }

        if (index is BigIntObject)
        {
            throw Errors.OverflowError("overflow converting long int to machine word");
        }

        throw Errors.IndicesMustBeIntegers("range", index);
    }

    public override long Hash()
    {
        // Consistent with equality: equal ranges have the same length, first item and (if longer than 1) step.
        var n = Count;
        if (n == 0)
        {
            return 0x5A5A;
        }

        long h = ((long)n * 1000003) ^ Start;
        return n == 1 ? h : (h * 31) ^ Step;
    }

    public override PyObject? BinaryOp(BinaryOp op, PyObject rhs)
    {
        if ((op != Bytecode.BinaryOp.Equal && op != Bytecode.BinaryOp.NotEqual) || rhs is not RangeObject r)
        {
            return null;
        }

        var n = Count;
        bool eq = n == r.Count && (n == 0 || (Start == r.Start && (n == 1 || Step == r.Step)));
        return BoolObject.From(eq == (op == Bytecode.BinaryOp.Equal));
    }

    public override bool TryLoadAttr(StrObject name, out PyObject value)
    {
        if (ReferenceEquals(name, s_start))
        {
            value = IntObject.Get(Start);
            return true;
        }

        if (ReferenceEquals(name, s_stop))
        {
            value = IntObject.Get(Stop);
            return true;
        }

        if (ReferenceEquals(name, s_step))
        {
            value = IntObject.Get(Step);
            return true;
        }

        return base.TryLoadAttr(name, out value);
    }

    /// <summary>Position of <paramref name="item"/> in the range, or -1.</summary>
    private long IndexOf(PyObject item)
    {
        if (item is IntObject i)
        {
            return Contains(item) ? (long)(((Int128)i.Value - Start) / Step) : -1;
        }

        long k = 0;
        var it = GetIter();
        PyObject? x;
        while ((x = it.Next()) != null)
        {
            if (Ops.Equal(x, item))
            {
                return k;
            }

            k++;
        }

        return -1;
    }

    private static void InitType(TypeObject type)
    {
        // Not in MicroPython's range (which has only the attributes), but cheap and expected by CPython code.
        type.SetAttrDirect("count", new BuiltinFunction("count", (self, x) =>
        {
            var r = (RangeObject)self;
            if (x is IntObject)
            {
                return IntObject.Get(r.Contains(x) ? 1 : 0);
            }

            long n = 0;
            var it = r.GetIter();
            PyObject? y;
            while ((y = it.Next()) != null)
            {
                if (Ops.Equal(y, x))
                {
                    n++;
                }
            }

            return IntObject.Get(n);
        }).AsMethodOf(type));
        type.SetAttrDirect("index", new BuiltinFunction("index", (self, x) =>
        {
            long k = ((RangeObject)self).IndexOf(x);
            return k >= 0 ? IntObject.Get(k) : throw Errors.ValueError(Ops.Repr(x) + " is not in range");
        }).AsMethodOf(type));
    }
}
