using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using MicroPython.Bytecode;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// Slots of int for values beyond a machine word, and the BigInteger arithmetic shared with IntObject's slow
// paths. BigInteger already has Python's two's-complement semantics for & | ^ ~ and >> on negatives; division
// truncates, so // and % are corrected to floor semantics here.
public sealed partial class BigIntObject
{
    /// <summary>
    /// Largest number of bits a result may have before we give up with MemoryError (about 256 MiB of digits);
    /// MicroPython fails the same way when its heap cannot hold the number, and this keeps <c>2 ** 10**12</c>
    /// from hanging the process.
    /// </summary>
    internal const long MaxResultBits = 1L << 31;

    public override void Print(StringBuilder sb, bool repr) => sb.Append(Value.ToString(CultureInfo.InvariantCulture));

    public override bool IsTrue() => true;

    public override long Hash() => HashOf(Value);

    /// <summary>
    /// MicroPython's mpz hash: the low machine word of the magnitude, negated for negative values
    /// (so <c>hash(2**70) == 0</c>). Integral floats hash the same way, keeping <c>hash(x) == hash(float(x))</c>.
    /// </summary>
    internal static long HashOf(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            return (long)value;
        }

        var magnitude = BigInteger.Abs(value);
        ulong low = (ulong)(magnitude & ulong.MaxValue);
        return value.Sign < 0 ? (long)(0 - low) : (long)low;
    }

    public override PyObject? UnaryOp(UnaryOp op)
    {
        switch (op)
        {
            case Bytecode.UnaryOp.Positive:
            case Bytecode.UnaryOp.Int:
                return this;
            case Bytecode.UnaryOp.Negative:
                return IntObject.FromBigInteger(-Value);
            case Bytecode.UnaryOp.Invert:
                return IntObject.FromBigInteger(-Value - 1);
            case Bytecode.UnaryOp.Abs:
                return Value.Sign < 0 ? IntObject.FromBigInteger(-Value) : this;
            case Bytecode.UnaryOp.Float:
                return new FloatObject(FloatObject.BigToDouble(Value));
            case Bytecode.UnaryOp.Bool:
                return BoolObject.True;
            case Bytecode.UnaryOp.Hash:
                return IntObject.Get(HashOf(Value));
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
                return BigBinaryOp(op, Value, r.Value);
            case BigIntObject b:
                return BigBinaryOp(op, Value, b.Value);
            case FloatObject f:
                return FloatObject.BinaryOpWithInt(op, f.Value, Value, intOnLeft: true);
            case ComplexObject c:
                return ComplexObject.ComplexBinaryOp(op, FloatObject.BigToDouble(Value), 0, c.Real, c.Imag);
            default:
                return null;
        }
    }

    /// <summary>Every int operator on arbitrary-precision operands; the result is normalised to the smallest form.</summary>
    internal static PyObject? BigBinaryOp(BinaryOp op, BigInteger a, BigInteger b)
    {
        switch (op)
        {
            case Bytecode.BinaryOp.Add:
                return IntObject.FromBigInteger(a + b);
            case Bytecode.BinaryOp.Subtract:
                return IntObject.FromBigInteger(a - b);
            case Bytecode.BinaryOp.Multiply:
                CheckResultBits(a.GetBitLength() + b.GetBitLength());
                return IntObject.FromBigInteger(a * b);

            case Bytecode.BinaryOp.FloorDivide:
            case Bytecode.BinaryOp.Modulo:
            case Bytecode.BinaryOp.DivMod:
            {
                if (b.IsZero)
                {
                    throw Errors.ZeroDivision();
                }

                var (q, m) = FloorDivMod(a, b);
                return op switch
                {
                    Bytecode.BinaryOp.FloorDivide => IntObject.FromBigInteger(q),
                    Bytecode.BinaryOp.Modulo => IntObject.FromBigInteger(m),
                    _ => TupleObject.Create(IntObject.FromBigInteger(q), IntObject.FromBigInteger(m)),
                };
            }

            case Bytecode.BinaryOp.TrueDivide:
                if (FloatObject.Disabled)
                {
                    return null; // no floats: unsupported types for __truediv__, as MicroPython without float
                }

                if (b.IsZero)
                {
                    throw Errors.ZeroDivision();
                }

                return new FloatObject(FloatObject.TrueDivide(a, b));

            case Bytecode.BinaryOp.Power:
                if (b.Sign < 0)
                {
                    return FloatObject.FloatBinaryOp(Bytecode.BinaryOp.Power, FloatObject.BigToDouble(a), FloatObject.BigToDouble(b));
                }

                return BigPower(a, b);

            case Bytecode.BinaryOp.LShift:
                if (b.Sign < 0)
                {
                    throw Errors.ValueError("negative shift count");
                }

                if (a.IsZero)
                {
                    return IntObject.Zero;
                }

                if (b > long.MaxValue)
                {
                    throw Errors.OverflowError("overflow converting long int to machine word");
                }

                return IntObject.FromBigInteger(a << CheckShiftCount((long)b, a));

            case Bytecode.BinaryOp.RShift:
                if (b.Sign < 0)
                {
                    throw Errors.ValueError("negative shift count");
                }

                if (b >= a.GetBitLength())
                {
                    return a.Sign < 0 ? IntObject.MinusOne : IntObject.Zero;
                }

                return IntObject.FromBigInteger(a >> (int)b);

            case Bytecode.BinaryOp.And:
                return IntObject.FromBigInteger(a & b);
            case Bytecode.BinaryOp.Or:
                return IntObject.FromBigInteger(a | b);
            case Bytecode.BinaryOp.Xor:
                return IntObject.FromBigInteger(a ^ b);

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

    /// <summary>Python's floor division and modulo: the remainder takes the sign of the divisor.</summary>
    internal static (BigInteger Quotient, BigInteger Remainder) FloorDivMod(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        if (!r.IsZero && (r.Sign != b.Sign))
        {
            q -= 1;
            r += b;
        }

        return (q, r);
    }

    /// <summary><c>a ** b</c> for a non-negative exponent.</summary>
    internal static PyObject BigPower(BigInteger a, BigInteger b)
    {
        if (b.IsZero || a.IsOne)
        {
            return IntObject.One;
        }

        if (a.IsZero)
        {
            return IntObject.Zero;
        }

        if (a == BigInteger.MinusOne)
        {
            return b.IsEven ? IntObject.One : IntObject.MinusOne;
        }

        // |a| >= 2 from here, so the result has at least b bits.
        if (b > int.MaxValue)
        {
            throw OutOfMemory(b);
        }

        CheckResultBits((long)(a.GetBitLength() - 1) * (long)b);
        return IntObject.FromBigInteger(BigInteger.Pow(a, (int)b));
    }

    /// <summary>Validates a left-shift count for a non-zero value; huge shifts fail like an impossible allocation.</summary>
    internal static int CheckShiftCount(long count, BigInteger value)
    {
        CheckResultBits(value.GetBitLength() + count);
        return (int)count;
    }

    private static void CheckResultBits(long bits)
    {
        if (bits > MaxResultBits || bits < 0)
        {
            throw OutOfMemory(bits);
        }
    }

    private static PyException OutOfMemory(BigInteger bits)
    {
        var bytes = (bits + 7) / 8;
        return Errors.MemoryError("memory allocation failed, allocating " + bytes.ToString(CultureInfo.InvariantCulture) + " bytes");
    }
}
