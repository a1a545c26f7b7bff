using System;
using MicroPython.Bytecode;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// Complex arithmetic, following CPython's complexobject.c step by step (the same formulas give the same
// roundings): Smith's division, repeated squaring for small integral powers, the polar formula otherwise.
// Error texts are MicroPython's.
public sealed partial class ComplexObject
{
    public override bool IsTrue() => Real != 0 || Imag != 0;

    // MicroPython hashes a complex as hash(real) ^ hash(imag), so hash(1+0j) == hash(1) == hash(1.0).
    public override long Hash() => FloatObject.HashOf(Real) ^ FloatObject.HashOf(Imag);

    public override PyObject? UnaryOp(UnaryOp op)
    {
        switch (op)
        {
            case Bytecode.UnaryOp.Positive:
            case Bytecode.UnaryOp.Complex:
                return this;
            case Bytecode.UnaryOp.Negative:
                return new ComplexObject(-Real, -Imag);
            case Bytecode.UnaryOp.Abs:
                return new FloatObject(double.Hypot(Real, Imag));
            case Bytecode.UnaryOp.Bool:
                return BoolObject.From(IsTrue());
            case Bytecode.UnaryOp.Hash:
                return IntObject.Get(Hash());
            default:
                return null;
        }
    }

    public override PyObject? BinaryOp(BinaryOp op, PyObject rhs)
    {
        op = OperatorNames.NonInplace(op);
        switch (rhs)
        {
            case ComplexObject c:
                return ComplexBinaryOp(op, Real, Imag, c.Real, c.Imag);
            case FloatObject f:
                return ComplexBinaryOp(op, Real, Imag, f.Value, 0);
            case IntObject i:
                return ComplexBinaryOp(op, Real, Imag, i.Value, 0);
            case BigIntObject b:
                return ComplexBinaryOp(op, Real, Imag, FloatObject.BigToDouble(b.Value), 0);
            default:
                return null;
        }
    }

    /// <summary>Every complex operator; null for the unsupported ones (ordering, %, bitwise), so the caller reports them.</summary>
    internal static PyObject? ComplexBinaryOp(BinaryOp op, double ar, double ai, double br, double bi)
    {
        switch (op)
        {
            case Bytecode.BinaryOp.Add:
                return new ComplexObject(ar + br, ai + bi);
            case Bytecode.BinaryOp.Subtract:
                return new ComplexObject(ar - br, ai - bi);
            case Bytecode.BinaryOp.Multiply:
                return new ComplexObject((ar * br) - (ai * bi), (ar * bi) + (ai * br));
            case Bytecode.BinaryOp.TrueDivide:
            {
                var (r, i) = Quotient(ar, ai, br, bi);
                return new ComplexObject(r, i);
            }

            case Bytecode.BinaryOp.FloorDivide:
                throw Errors.TypeError("can't truncate-divide a complex number");
            case Bytecode.BinaryOp.Power:
                return Power(ar, ai, br, bi);
            case Bytecode.BinaryOp.Equal:
                return BoolObject.From(ar == br && ai == bi);
            case Bytecode.BinaryOp.NotEqual:
                return BoolObject.From(ar != br || ai != bi);
            default:
                return null;
        }
    }

    /// <summary>CPython's <c>_Py_c_quot</c> (Smith's algorithm); a zero divisor raises <c>ZeroDivisionError: divide by zero</c>.</summary>
    internal static (double Real, double Imag) Quotient(double ar, double ai, double br, double bi)
    {
        double absBr = Math.Abs(br);
        double absBi = Math.Abs(bi);
        if (absBr >= absBi)
        {
            if (absBr == 0.0)
            {
                throw Errors.ZeroDivision();
            }

            double ratio = bi / br;
            double denom = br + (bi * ratio);
            return ((ar + (ai * ratio)) / denom, (ai - (ar * ratio)) / denom);
        }

        if (absBi >= absBr)
        {
            double ratio = br / bi;
            double denom = (br * ratio) + bi;
            return (((ar * ratio) + ai) / denom, ((ai * ratio) - ar) / denom);
        }

        // At least one part of the divisor is NaN.
        return (double.NaN, double.NaN);
    }

    /// <summary>
    /// <c>a ** b</c> as CPython computes it: an integral real exponent up to 100 in magnitude uses repeated squaring
    /// (so <c>(1+2j)**2</c> is exactly <c>(-3+4j)</c>); anything else uses the polar form.
    /// </summary>
    internal static ComplexObject Power(double ar, double ai, double br, double bi)
    {
        if (bi == 0 && br == Math.Floor(br) && Math.Abs(br) <= 100)
        {
            long n = (long)br;
            if (n > 0)
            {
                var (r, i) = PowU(ar, ai, n);
                return new ComplexObject(r, i);
            }

            if (n == 0)
            {
                return new ComplexObject(1, 0);
            }

            var (pr, pi) = PowU(ar, ai, -n);
            if (pr == 0 && pi == 0)
            {
                throw ZeroToComplexPower();
            }

            var (qr, qi) = Quotient(1, 0, pr, pi);
            return new ComplexObject(qr, qi);
        }

        if (br == 0 && bi == 0)
        {
            return new ComplexObject(1, 0);
        }

        if (ar == 0 && ai == 0)
        {
            if (bi != 0 || br < 0)
            {
                throw ZeroToComplexPower();
            }

            return new ComplexObject(0, 0);
        }

        double vabs = double.Hypot(ar, ai);
        double len = Math.Pow(vabs, br);
        double at = Math.Atan2(ai, ar);
        double phase = at * br;
        if (bi != 0)
        {
            len /= Math.Exp(at * bi);
            phase += bi * Math.Log(vabs);
        }

        return new ComplexObject(len * Math.Cos(phase), len * Math.Sin(phase));
    }

    private static PyException ZeroToComplexPower() =>
        Errors.Make(ExceptionTypes.ZeroDivisionError, "0.0 to a complex power");

    /// <summary>CPython's <c>c_powu</c>: binary exponentiation with the same multiplication order.</summary>
    private static (double Real, double Imag) PowU(double xr, double xi, long n)
    {
        double rr = 1;
        double ri = 0;
        double pr = xr;
        double pi = xi;
        long mask = 1;
        while (mask > 0 && n >= mask)
        {
            if ((n & mask) != 0)
            {
                (rr, ri) = ((rr * pr) - (ri * pi), (rr * pi) + (ri * pr));
            }

            mask <<= 1;
            (pr, pi) = ((pr * pr) - (pi * pi), (pr * pi) + (pi * pr));
        }

        return (rr, ri);
    }
}
