using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using MicroPython.Bytecode;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// Slots of int for machine-word values. The VM's small-int fast path (Ops.IntFastPath) handles the common cases
// before these are reached; what arrives here is overflow, division by zero, shifts, powers, true division and
// mixed-type operands. Anything that leaves the machine-word range is redone on BigInteger and normalised back
// through IntObject.FromBigInteger.
public partial class IntObject
{
    public override void Print(StringBuilder sb, bool repr) => sb.Append(Value.ToString(CultureInfo.InvariantCulture));

    public override bool IsTrue() => Value != 0;

    // Small ints hash to themselves (MicroPython), which also makes hash(True) == 1 and hash(2.0) == 2.
    public override long Hash() => Value;

    public override bool Contains(PyObject item) => throw NumberContains(item, this);

    /// <summary>
    /// MicroPython's error for <c>x in n</c> with a number on the right. A small int on the left reaches the
    /// small-int/float operator code, which has no <c>in</c> and names no operator: <c>unsupported types for : 'int',
    /// 'int'</c> (or <c>'int', 'float'</c>); anything else is treated as a membership test on a non-iterable.
    /// </summary>
    internal static PyException NumberContains(PyObject item, PyObject container)
    {
        if (item is IntObject && ReferenceEquals(item.Type, PyType)
            && (container is FloatObject || (container is IntObject && ReferenceEquals(container.Type, PyType))))
        {
            return Errors.TypeError($"unsupported types for : '{item.Type.Name}', '{container.Type.Name}'");
        }

        return Errors.NotIterable(container);
    }

    public override PyObject? UnaryOp(UnaryOp op)
    {
        long v = Value;
        switch (op)
        {
            case Bytecode.UnaryOp.Positive:
            case Bytecode.UnaryOp.Int:
                // bool → plain int; an exact int is returned as is.
                return ReferenceEquals(Type, PyType) ? this : Get(v);
            case Bytecode.UnaryOp.Negative:
                return v == long.MinValue ? FromBigInteger(-(BigInteger)v) : Get(-v);
            case Bytecode.UnaryOp.Invert:
                return Get(~v);
            case Bytecode.UnaryOp.Abs:
                if (v >= 0)
                {
                    return ReferenceEquals(Type, PyType) ? this : Get(v);
                }

                return v == long.MinValue ? FromBigInteger(-(BigInteger)v) : Get(-v);
            case Bytecode.UnaryOp.Float:
                return new FloatObject(v);
            case Bytecode.UnaryOp.Bool:
                return BoolObject.From(v != 0);
            case Bytecode.UnaryOp.Hash:
                return Get(v);
            default:
                return null;
        }
    }

    public override PyObject? BinaryOp(BinaryOp op, PyObject rhs)
    {
        op = OperatorNames.NonInplace(op);
        switch (rhs)
        {
            case IntObject r:
                return SmallBinaryOp(op, Value, r.Value);
            case BigIntObject b:
                return BigIntObject.BigBinaryOp(op, Value, b.Value);
            case FloatObject f:
                return FloatObject.BinaryOpWithInt(op, f.Value, Value, intOnLeft: true);
            case ComplexObject c:
                return ComplexObject.ComplexBinaryOp(op, Value, 0, c.Real, c.Imag);
            default:
                return null;
        }
    }

    /// <summary>
    /// Every int operator on two machine words (plain operators only). The VM's fast path has usually handled the
    /// common cases already; what arrives here is mostly overflow (redone on BigInteger), division by zero,
    /// <c>long.MinValue // -1</c>, true division, powers and shifts, but every operator is complete on its own.
    /// </summary>
    internal static PyObject? SmallBinaryOp(BinaryOp op, long a, long b)
    {
        switch (op)
        {
            case Bytecode.BinaryOp.Add:
            {
                long r = a + b;
                return ((a ^ r) & (b ^ r)) < 0 ? FromBigInteger((BigInteger)a + b) : Get(r);
            }

            case Bytecode.BinaryOp.Subtract:
            {
                long r = a - b;
                return ((a ^ b) & (a ^ r)) < 0 ? FromBigInteger((BigInteger)a - b) : Get(r);
            }

            case Bytecode.BinaryOp.Multiply:
            {
                long hi = Math.BigMul(a, b, out long lo);
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))
                {
                    return Get(lo);
                }

                return FromBigInteger((BigInteger)a * b);
            }

            case Bytecode.BinaryOp.FloorDivide:
            case Bytecode.BinaryOp.Modulo:
            case Bytecode.BinaryOp.DivMod:
                if (b == 0)
                {
                    throw Errors.ZeroDivision();
                }

                if (b == -1)
                {
                    // The only overflowing case (long.MinValue // -1); x % -1 is always 0.
                    var q = FromBigInteger(-(BigInteger)a);
                    return op switch
                    {
                        Bytecode.BinaryOp.FloorDivide => q,
                        Bytecode.BinaryOp.Modulo => Zero,
                        _ => TupleObject.Create(q, Zero),
                    };
                }

                {
                    long q = Math.DivRem(a, b, out long m);
                    if (m != 0 && ((m ^ b) < 0))
                    {
                        q--;
                        m += b;
                    }

                    return op switch
                    {
                        Bytecode.BinaryOp.FloorDivide => Get(q),
                        Bytecode.BinaryOp.Modulo => Get(m),
                        _ => TupleObject.Create(Get(q), Get(m)),
                    };
                }

            case Bytecode.BinaryOp.TrueDivide:
                if (FloatObject.Disabled)
                {
                    return null; // no floats: unsupported types for __truediv__, as MicroPython without float
                }

                if (b == 0)
                {
                    throw Errors.ZeroDivision();
                }

                return new FloatObject(FloatObject.TrueDivide(a, b));

            case Bytecode.BinaryOp.Power:
                return Power(a, b);

            case Bytecode.BinaryOp.LShift:
                if (b < 0)
                {
                    throw Errors.ValueError("negative shift count");
                }

                if (a == 0)
                {
                    return Zero;
                }

                if (b < 63)
                {
                    long shifted = a << (int)b;
                    if (shifted >> (int)b == a)
                    {
                        return Get(shifted);
                    }
                }

                return FromBigInteger((BigInteger)a << BigIntObject.CheckShiftCount(b, a));

            case Bytecode.BinaryOp.RShift:
                if (b < 0)
                {
                    throw Errors.ValueError("negative shift count");
                }

                // An arithmetic shift is floor division by 2**b, which is Python's semantics for negatives too.
                return Get(a >> (int)Math.Min(b, 63));

            case Bytecode.BinaryOp.And:
                return Get(a & b);
            case Bytecode.BinaryOp.Or:
                return Get(a | b);
            case Bytecode.BinaryOp.Xor:
                return Get(a ^ b);

            case Bytecode.BinaryOp.Less:
                return BoolObject.From(a < b);
            case Bytecode.BinaryOp.More:
                return BoolObject.From(a > b);
            case Bytecode.BinaryOp.LessEqual:
                return BoolObject.From(a <= b);
            case Bytecode.BinaryOp.MoreEqual:
                return BoolObject.From(a >= b);
            case Bytecode.BinaryOp.Equal:
                return BoolObject.From(a == b);
            case Bytecode.BinaryOp.NotEqual:
                return BoolObject.From(a != b);

            default:
                return null;
        }
    }

    /// <summary><c>a ** b</c> on machine words: repeated squaring while it fits, BigInteger once it does not.</summary>
    private static PyObject Power(long a, long b)
    {
        if (b < 0)
        {
            // int ** negative int is a float operation (as in CPython); 0 ** -1 is a division by zero.
            if (FloatObject.Disabled)
            {
                throw Errors.ValueError("negative power with no float support");
            }

            return FloatObject.FloatBinaryOp(Bytecode.BinaryOp.Power, a, b) ?? throw Errors.ZeroDivision();
        }

        long result = 1;
        long baseValue = a;
        long e = b;
        while (true)
        {
            if ((e & 1) != 0)
            {
                long hi = Math.BigMul(result, baseValue, out long lo);
                if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0))
                {
                    break;
                }

                result = lo;
            }

            e >>= 1;
            if (e == 0)
            {
                return Get(result);
            }

            long sh = Math.BigMul(baseValue, baseValue, out long sl);
            if (sh != 0 || sl < 0)
            {
                break;
            }

            baseValue = sl;
        }

        return BigIntObject.BigPower(a, b);
    }
}
