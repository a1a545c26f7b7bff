using System;
using System.Numerics;
using System.Text;
using MicroPython.Bytecode;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// Slots of float. Arithmetic follows CPython's float object (floor division and modulo take the divisor's sign,
// a negative base to a fractional power gives a complex) with MicroPython's deviations: every division by zero
// says "divide by zero" and overflow yields inf instead of OverflowError.
public sealed partial class FloatObject
{
    public override void Print(StringBuilder sb, bool repr) => AppendRepr(sb, Value);

    public override bool IsTrue() => Value != 0;

    public override long Hash() => HashOf(Value);

    public override bool Contains(PyObject item) => throw IntObject.NumberContains(item, this);

    public override PyObject? UnaryOp(UnaryOp op)
    {
        switch (op)
        {
            case Bytecode.UnaryOp.Positive:
            case Bytecode.UnaryOp.Float:
                return this;
            case Bytecode.UnaryOp.Negative:
                return new FloatObject(-Value);
            case Bytecode.UnaryOp.Abs:
                return new FloatObject(Math.Abs(Value));
            case Bytecode.UnaryOp.Bool:
                return BoolObject.From(Value != 0);
            case Bytecode.UnaryOp.Hash:
                return IntObject.Get(HashOf(Value));
            default:
                // No Int: MicroPython's float has no "int maybe" conversion, so mp_obj_get_int(1.5) is a TypeError;
                // int(1.5) handles floats explicitly.
                return null;
        }
    }

    public override PyObject? BinaryOp(BinaryOp op, PyObject rhs)
    {
        op = OperatorNames.NonInplace(op);
        switch (rhs)
        {
            case FloatObject f:
                return FloatBinaryOp(op, Value, f.Value);
            case IntObject i:
                return BinaryOpWithInt(op, Value, i.Value, intOnLeft: false);
            case BigIntObject b:
                return BinaryOpWithInt(op, Value, b.Value, intOnLeft: false);
            case ComplexObject c:
                return ComplexObject.ComplexBinaryOp(op, Value, 0, c.Real, c.Imag);
            case InstanceObject:
                // MicroPython converts an object with __float__ implicitly (2.0 * obj), unlike CPython.
                if (rhs.UnaryOp(Bytecode.UnaryOp.Float) is FloatObject converted)
                {
                    return FloatBinaryOp(op, Value, converted.Value);
                }

                return null;
            default:
                return null;
        }
    }

    public override PyObject? ReverseBinaryOp(BinaryOp op, PyObject lhs)
    {
        if (lhs is InstanceObject && lhs.UnaryOp(Bytecode.UnaryOp.Float) is FloatObject converted)
        {
            return FloatBinaryOp(op, converted.Value, Value);
        }

        return null;
    }

    /// <summary>A float operator with an int operand: comparisons are exact, arithmetic converts the int to a double.</summary>
    internal static PyObject? BinaryOpWithInt(BinaryOp op, double f, long i, bool intOnLeft)
    {
        if (op >= Bytecode.BinaryOp.Less && op <= Bytecode.BinaryOp.NotEqual && op != Bytecode.BinaryOp.In)
        {
            return CompareResult(op, f, double.IsNaN(f) ? 0 : CompareWithInteger(f, i), intOnLeft);
        }

        return intOnLeft ? FloatBinaryOp(op, i, f) : FloatBinaryOp(op, f, i);
    }

    /// <inheritdoc cref="BinaryOpWithInt(BinaryOp, double, long, bool)"/>
    internal static PyObject? BinaryOpWithInt(BinaryOp op, double f, BigInteger i, bool intOnLeft)
    {
        if (op >= Bytecode.BinaryOp.Less && op <= Bytecode.BinaryOp.NotEqual && op != Bytecode.BinaryOp.In)
        {
            return CompareResult(op, f, double.IsNaN(f) ? 0 : CompareWithInteger(f, i), intOnLeft);
        }

        double d = BigToDouble(i);
        return intOnLeft ? FloatBinaryOp(op, d, f) : FloatBinaryOp(op, f, d);
    }

    /// <summary>Turns a float-vs-int three-way comparison into the operator's bool; NaN compares false (except !=).</summary>
    private static BoolObject CompareResult(BinaryOp op, double f, int floatVsInt, bool intOnLeft)
    {
        if (double.IsNaN(f))
        {
            return BoolObject.From(op == Bytecode.BinaryOp.NotEqual);
        }

        int c = intOnLeft ? -floatVsInt : floatVsInt;
        return op switch
        {
            Bytecode.BinaryOp.Less => BoolObject.From(c < 0),
            Bytecode.BinaryOp.More => BoolObject.From(c > 0),
            Bytecode.BinaryOp.Equal => BoolObject.From(c == 0),
            Bytecode.BinaryOp.LessEqual => BoolObject.From(c <= 0),
            Bytecode.BinaryOp.MoreEqual => BoolObject.From(c >= 0),
            _ => BoolObject.From(c != 0),
        };
    }

    /// <summary>Every float operator on two doubles; null for operators float does not support (bitwise, shifts, @).</summary>
    internal static PyObject? FloatBinaryOp(BinaryOp op, double a, double b)
    {
        switch (op)
        {
            case Bytecode.BinaryOp.Add:
                return new FloatObject(a + b);
            case Bytecode.BinaryOp.Subtract:
                return new FloatObject(a - b);
            case Bytecode.BinaryOp.Multiply:
                return new FloatObject(a * b);
            case Bytecode.BinaryOp.TrueDivide:
                if (b == 0)
                {
                    throw Errors.ZeroDivision();
                }

                return new FloatObject(a / b);
            case Bytecode.BinaryOp.FloorDivide:
            {
                var (q, _) = DivMod(a, b);
                return new FloatObject(q);
            }

            case Bytecode.BinaryOp.Modulo:
            {
                var (_, m) = DivMod(a, b);
                return new FloatObject(m);
            }

            case Bytecode.BinaryOp.DivMod:
            {
                var (q, m) = DivMod(a, b);
                return TupleObject.Create(new FloatObject(q), new FloatObject(m));
            }

            case Bytecode.BinaryOp.Power:
                return Power(a, b);

            case Bytecode.BinaryOp.Less:
                return BoolObject.From(a < b);
            case Bytecode.BinaryOp.More:
                return BoolObject.From(a > b);
            case Bytecode.BinaryOp.Equal:
                return BoolObject.From(a == b);
            case Bytecode.BinaryOp.LessEqual:
                return BoolObject.From(a <= b);
            case Bytecode.BinaryOp.MoreEqual:
                return BoolObject.From(a >= b);
            case Bytecode.BinaryOp.NotEqual:
                return BoolObject.From(a != b);
            default:
                return null;
        }
    }

    /// <summary>
    /// Python's float divmod (CPython's float_divmod): the remainder has the divisor's sign and the quotient is
    /// rounded so that <c>q * b + m</c> reproduces <c>a</c> as closely as possible.
    /// </summary>
    public static (double Quotient, double Remainder) DivMod(double a, double b)
    {
        if (b == 0)
        {
            throw Errors.ZeroDivision();
        }

        double mod = a % b; // C#'s % on doubles is C's fmod: exact, with the dividend's sign
        double div = (a - mod) / b;
        if (mod != 0)
        {
            if ((b < 0) != (mod < 0))
            {
                mod += b;
                div -= 1.0;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, b);
        }

        double floorDiv;
        if (div != 0)
        {
            floorDiv = Math.Floor(div);
            if (div - floorDiv > 0.5)
            {
                floorDiv += 1.0;
            }
        }
        else
        {
            floorDiv = Math.CopySign(0.0, a / b);
        }

        return (floorDiv, mod);
    }

    /// <summary>
    /// <c>a ** b</c> for floats. 0 to a negative power is a division by zero; a negative base to a non-integral power
    /// gives a complex result (as in CPython and in MicroPython builds with complex support), except for -inf, which
    /// follows IEEE pow like CPython (<c>(-inf) ** 1.5 == inf</c>).
    /// </summary>
    internal static PyObject Power(double a, double b)
    {
        if (a == 0 && b < 0 && !double.IsInfinity(b))
        {
            throw Errors.ZeroDivision();
        }

        if (a < 0 && b != Math.Floor(b) && !double.IsNaN(b) && !double.IsInfinity(a))
        {
            return ComplexObject.Power(a, 0, b, 0);
        }

        return new FloatObject(Math.Pow(a, b));
    }
}
