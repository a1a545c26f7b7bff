using System;
using System.Text;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary>
/// Python's <c>slice</c>, as produced by <c>x[a:b:c]</c> (BUILD_SLICE) and passed to <c>__getitem__</c>, or by
/// calling <c>slice(stop)</c> / <c>slice(start, stop[, step])</c> as in CPython. MicroPython's type cannot be called
/// (<c>TypeError: can't create 'slice' instances</c>, cpython-differences.md §2): a code-size limitation, not a
/// design choice, so the constructor is provided.
/// </summary>
public sealed class SliceObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("slice", null, InitType, MakeNew);

    private static readonly StrObject s_start = StrObject.Intern("start");
    private static readonly StrObject s_stop = StrObject.Intern("stop");
    private static readonly StrObject s_step = StrObject.Intern("step");

    /// <summary>Creates <c>slice(start, stop, step)</c>; pass <see cref="NoneObject.None"/> for omitted parts.</summary>
    public SliceObject(PyObject start, PyObject stop, PyObject step)
        : base(PyType)
    {
        Start = start;
        Stop = stop;
        Step = step;
    }

    public PyObject Start { get; }

    public PyObject Stop { get; }

    public PyObject Step { get; }

    /// <summary>True when the step is omitted (<c>None</c>) or 1: the only slices str/bytes/tuple accept.</summary>
    public bool HasUnitStep => ReferenceEquals(Step, NoneObject.None) || (Step is IntObject i && i.Value == 1);

    /// <summary>
    /// Resolves this slice against a sequence of <paramref name="length"/> items, exactly like CPython's
    /// <c>slice.indices()</c> / <c>PySlice_GetIndicesEx</c>: negative bounds count from the end, out-of-range
    /// bounds are clamped, omitted bounds default according to the sign of the step.
    /// </summary>
    /// <param name="length">Length of the sequence being sliced (≥ 0).</param>
    /// <param name="start">First index selected (valid only when <paramref name="count"/> &gt; 0).</param>
    /// <param name="stop">Index one step past the last selected item (may be -1 for negative steps).</param>
    /// <param name="step">The step, never 0.</param>
    /// <param name="count">Number of items selected; the items are <c>start + k * step</c> for k in [0, count).</param>
    /// <exception cref="PyException"><c>ValueError: slice step can't be zero</c>; <c>TypeError</c> for non-int bounds.</exception>
    /// <example>
    /// <code>
    /// slice.Indices(list.Count, out int start, out _, out int step, out int count);
    /// for (int k = 0, i = start; k &lt; count; k++, i += step) { result.Append(list[i]); }
    /// </code>
    /// </example>
    public void Indices(int length, out int start, out int stop, out int step, out int count)
    {
        long st = 1;
        if (!ReferenceEquals(Step, NoneObject.None))
        {
            st = ToBound(Step);
            if (st == 0)
            {
                throw Errors.ValueError("slice step can't be zero");
            }
        }

        // Steps beyond the int range select at most one item; clamp so the arithmetic below can't overflow.
        if (st > int.MaxValue)
        {
            st = int.MaxValue;
        }
        else if (st < -int.MaxValue)
        {
            st = -int.MaxValue;
        }

        long lo;
        long hi;
        if (st > 0)
        {
            lo = ReferenceEquals(Start, NoneObject.None) ? 0 : Clamp(ToBound(Start), length, 0, length);
            hi = ReferenceEquals(Stop, NoneObject.None) ? length : Clamp(ToBound(Stop), length, 0, length);
            count = hi > lo ? (int)(((hi - lo - 1) / st) + 1) : 0;
        }
        else
        {
            lo = ReferenceEquals(Start, NoneObject.None) ? length - 1 : Clamp(ToBound(Start), length, -1, length - 1);
            hi = ReferenceEquals(Stop, NoneObject.None) ? -1 : Clamp(ToBound(Stop), length, -1, length - 1);
            count = lo > hi ? (int)(((lo - hi - 1) / -st) + 1) : 0;
        }

        start = (int)lo;
        stop = (int)hi;
        step = (int)st;
    }

    /// <summary>Normalises one bound: negative counts from the end, then clamps to [<paramref name="min"/>, <paramref name="max"/>].</summary>
    private static long Clamp(long v, int length, long min, long max)
    {
        if (v < 0)
        {
            v += length;
        }

        if (v < min)
        {
            return min;
        }

        return v > max ? max : v;
    }

    private static long ToBound(PyObject o)
    {
        if (o is IntObject i)
        {
            return i.Value;
        }

        if (o is BigIntObject b)
        {
            // Bounds beyond a machine word clamp like CPython's; their sign is all that matters.
            return b.Value.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2;
        }

        throw Errors.CantConvert(o, "int");
    }

    public override void Print(StringBuilder sb, bool repr)
    {
        sb.Append("slice(");
        Ops.PrintTo(sb, Start, true);
        sb.Append(", ");
        Ops.PrintTo(sb, Stop, true);
        sb.Append(", ");
        Ops.PrintTo(sb, Step, true);
        sb.Append(')');
    }

    public override long Hash() => throw Errors.Unhashable(this);

    public override bool TryLoadAttr(StrObject name, out PyObject value)
    {
        if (ReferenceEquals(name, s_start))
        {
            value = Start;
            return true;
        }

        if (ReferenceEquals(name, s_stop))
        {
            value = Stop;
            return true;
        }

        if (ReferenceEquals(name, s_step))
        {
            value = Step;
            return true;
        }

        return base.TryLoadAttr(name, out value);
    }

    public override PyObject? BinaryOp(Bytecode.BinaryOp op, PyObject rhs)
    {
        if (op == Bytecode.BinaryOp.Equal && rhs is SliceObject s)
        {
            return BoolObject.From(Ops.Equal(Start, s.Start) && Ops.Equal(Stop, s.Stop) && Ops.Equal(Step, s.Step));
        }

        return null;
    }

    private static PyObject MakeNew(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        ArgCheck.Range(args, nKw, 1, 3);
        return args.Length switch
        {
            1 => new SliceObject(NoneObject.None, args[0], NoneObject.None),
            2 => new SliceObject(args[0], args[1], NoneObject.None),
            _ => new SliceObject(args[0], args[1], args[2]),
        };
    }

    private static void InitType(TypeObject type)
    {
        type.SetAttrDirect("indices", new BuiltinFunction("indices", (self, length) =>
        {
            long n = Ops.ToIndex(length, "slice");
            if (n < 0)
            {
                throw Errors.ValueError("length should not be negative");
            }

            ((SliceObject)self).Indices((int)System.Math.Min(n, int.MaxValue), out int start, out int stop, out int step, out _);
            return TupleObject.Create(IntObject.Get(start), IntObject.Get(stop), IntObject.Get(step));
        }).AsMethodOf(type));
    }
}
