using System;
using System.Numerics;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Modules.Math;

/// <summary>
/// The <c>math</c> module (MicroPython's <c>py/modmath.c</c>, with the special functions of the unix build).
/// Arguments are converted as <c>float()</c> would; a result that is inf or nan from finite arguments is
/// <c>ValueError: math domain error</c> (MicroPython reports overflow that way too: <c>math.exp(1000)</c>).
/// <c>floor</c>/<c>ceil</c>/<c>trunc</c> return ints. Results go through <see cref="FloatObject"/>, so a
/// single-precision build rounds them.
/// </summary>
public static class MathModule
{
    public static ModuleObject Create(PyRuntime runtime)
    {
        var m = new ModuleObject("math");
        var g = m.Globals;
        g.SetItem("e", new FloatObject(System.Math.E));
        g.SetItem("pi", new FloatObject(System.Math.PI));
        g.SetItem("tau", new FloatObject(System.Math.Tau));
        g.SetItem("inf", new FloatObject(double.PositiveInfinity));
        g.SetItem("nan", new FloatObject(double.NaN));

        One(g, "sqrt", x => x < 0 ? double.NaN : System.Math.Sqrt(x));
        One(g, "exp", System.Math.Exp);
        One(g, "expm1", x => System.Math.Abs(x) < 1e-5 ? x + (x * x / 2) + (x * x * x / 6) : System.Math.Exp(x) - 1);
        One(g, "log2", x => x <= 0 ? double.NaN : System.Math.Log2(x));
        One(g, "log10", x => x <= 0 ? double.NaN : System.Math.Log10(x));
        One(g, "log1p", x => x <= -1 ? double.NaN : LogOnePlus(x));
        One(g, "cos", System.Math.Cos);
        One(g, "sin", System.Math.Sin);
        One(g, "tan", System.Math.Tan);
        One(g, "acos", System.Math.Acos);
        One(g, "asin", System.Math.Asin);
        One(g, "atan", System.Math.Atan);
        One(g, "cosh", System.Math.Cosh);
        One(g, "sinh", System.Math.Sinh);
        One(g, "tanh", System.Math.Tanh);
        One(g, "acosh", System.Math.Acosh);
        One(g, "asinh", System.Math.Asinh);
        One(g, "atanh", System.Math.Atanh);
        One(g, "fabs", System.Math.Abs);
        One(g, "degrees", x => x * (180.0 / System.Math.PI));
        One(g, "radians", x => x * (System.Math.PI / 180.0));
        One(g, "erf", SpecialFunctions.Erf);
        One(g, "erfc", SpecialFunctions.Erfc);
        One(g, "gamma", SpecialFunctions.Gamma);
        One(g, "lgamma", SpecialFunctions.LogGamma);
        Two(g, "pow", System.Math.Pow);
        Two(g, "atan2", System.Math.Atan2);
        Two(g, "copysign", System.Math.CopySign);
        Two(g, "fmod", (x, y) => x % y); // C fmod: the sign of x; nan for y == 0 or infinite x

        g.SetItem("log", new BuiltinFunction("log", 1, 2, args => Log(args)));
        g.SetItem("floor", new BuiltinFunction("floor", x => IntObject.FromDouble(System.Math.Floor(Arg(x)))));
        g.SetItem("ceil", new BuiltinFunction("ceil", x => IntObject.FromDouble(System.Math.Ceiling(Arg(x)))));
        g.SetItem("trunc", new BuiltinFunction("trunc", x => IntObject.FromDouble(System.Math.Truncate(Arg(x)))));
        g.SetItem("isfinite", new BuiltinFunction("isfinite", x => BoolObject.From(double.IsFinite(Arg(x)))));
        g.SetItem("isinf", new BuiltinFunction("isinf", x => BoolObject.From(double.IsInfinity(Arg(x)))));
        g.SetItem("isnan", new BuiltinFunction("isnan", x => BoolObject.From(double.IsNaN(Arg(x)))));
        g.SetItem("frexp", new BuiltinFunction("frexp", x => Frexp(Arg(x))));
        g.SetItem("ldexp", new BuiltinFunction("ldexp", (x, e) => Float(System.Math.ScaleB(Arg(x), (int)System.Math.Clamp(Ops.ToInt64(e), -100000, 100000)))));
        g.SetItem("modf", new BuiltinFunction("modf", x =>
        {
            double v = Arg(x);
            double whole = double.IsInfinity(v) ? v : System.Math.Truncate(v);
            double frac = double.IsInfinity(v) ? System.Math.CopySign(0.0, v) : System.Math.CopySign(v - whole, v);
            return TupleObject.Create(new FloatObject(frac), new FloatObject(whole));
        }));
        g.SetItem("isclose", new BuiltinFunction("isclose", 2, IsClose));
        g.SetItem("factorial", new BuiltinFunction("factorial", Factorial));
        return m;
    }

    private static double Arg(PyObject x) => Ops.ToDouble(x);

    private static PyObject Float(double v) => new FloatObject(v);

    private static PyException DomainError() => Errors.ValueError("math domain error");

    /// <summary>Registers a one-argument function with MicroPython's inf/nan-from-finite check.</summary>
    private static void One(DictObject g, string name, Func<double, double> f) =>
        g.SetItem(name, new BuiltinFunction(name, x =>
        {
            double v = Arg(x);
            double r = f(v);
            if ((double.IsNaN(r) && !double.IsNaN(v)) || (double.IsInfinity(r) && double.IsFinite(v)))
            {
                throw DomainError();
            }

            return Float(r);
        }));

    private static void Two(DictObject g, string name, Func<double, double, double> f) =>
        g.SetItem(name, new BuiltinFunction(name, (a, b) =>
        {
            double x = Arg(a), y = Arg(b);
            double r = f(x, y);
            if ((double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) || (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y)))
            {
                throw DomainError();
            }

            return Float(r);
        }));

    private static double LogOnePlus(double x) => System.Math.Abs(x) < 1e-4 ? x - (x * x / 2) + (x * x * x / 3) : System.Math.Log(1 + x);

    /// <summary><c>log(x[, base])</c>: x ≤ 0 or base ≤ 0 is a domain error; base 1 divides by zero.</summary>
    private static PyObject Log(ReadOnlySpan<PyObject> args)
    {
        double x = Arg(args[0]);
        if (x <= 0)
        {
            throw DomainError();
        }

        double r = System.Math.Log(x);
        if (args.Length > 1)
        {
            double b = Arg(args[1]);
            if (b <= 0)
            {
                throw DomainError();
            }

            double lb = System.Math.Log(b);
            if (lb == 0)
            {
                throw Errors.ZeroDivision();
            }

            r /= lb;
        }

        return Float(r);
    }

    /// <summary><c>frexp(x)</c>: (m, e) with x = m·2^e and 0.5 ≤ |m| &lt; 1 (m = x, e = 0 for 0, inf, nan).</summary>
    private static PyObject Frexp(double x)
    {
        if (x == 0 || !double.IsFinite(x))
        {
            return TupleObject.Create(new FloatObject(x), IntObject.Zero);
        }

        int e = System.Math.ILogB(x) + 1;
        double mantissa = System.Math.ScaleB(x, -e);
        if (System.Math.Abs(mantissa) >= 1)
        {
            mantissa /= 2;
            e++;
        }
        else if (System.Math.Abs(mantissa) < 0.5)
        {
            mantissa *= 2;
            e--;
        }

        return TupleObject.Create(new FloatObject(mantissa), IntObject.Get(e));
    }

    private static readonly string[] s_isCloseNames = { "a", "b", "rel_tol", "abs_tol" };

    /// <summary><c>isclose(a, b, *, rel_tol=1e-9, abs_tol=0.0)</c>.</summary>
    private static PyObject IsClose(ReadOnlySpan<PyObject> args, int nKw)
    {
        Span<PyObject?> a = new PyObject?[4];
        ArgParser.Parse(args, nKw, s_isCloseNames, 2, 2, a);
        double x = Arg(a[0]!), y = Arg(a[1]!);
        double rel = a[2] == null ? 1e-9 : Arg(a[2]!);
        double abs = a[3] == null ? 0.0 : Arg(a[3]!);
        if (rel < 0 || abs < 0)
        {
            throw Errors.ValueError("tolerances must be non-negative");
        }

        if (x == y)
        {
            return BoolObject.True;
        }

        if (double.IsInfinity(x) || double.IsInfinity(y))
        {
            return BoolObject.False;
        }

        double diff = System.Math.Abs(y - x);
        return BoolObject.From(diff <= System.Math.Abs(rel * y) || diff <= System.Math.Abs(rel * x) || diff <= abs);
    }

    /// <summary><c>factorial(n)</c> of a non-negative int (<c>ValueError: negative factorial</c>).</summary>
    private static PyObject Factorial(PyObject n)
    {
        if (n.NativeSelf is FloatObject)
        {
            throw Errors.CantConvert(n, "int");
        }

        var value = Ops.ToBigInteger(n);
        if (value.Sign < 0)
        {
            throw Errors.ValueError("negative factorial");
        }

        if (value > 100_000)
        {
            throw Errors.OverflowError("overflow converting long int to machine word");
        }

        long k = (long)value;
        long small = 1;
        int i = 2;
        for (; i <= k && small <= long.MaxValue / i; i++)
        {
            small *= i;
        }

        if (i > k)
        {
            return IntObject.Get(small);
        }

        var big = new BigInteger(small);
        for (; i <= k; i++)
        {
            big *= i;
        }

        return IntObject.FromBigInteger(big);
    }
}
