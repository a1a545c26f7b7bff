using System;
using System.Numerics;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Modules.Math;

/// <summary>
/// The <c>cmath</c> module as MicroPython has it: <c>cos exp log log10 phase polar rect sin sqrt</c> and the
/// constants <c>e</c>, <c>pi</c>. Arguments may be ints, floats or complex numbers.
/// </summary>
public static class CmathModule
{
    public static ModuleObject Create(PyRuntime runtime)
    {
        var m = new ModuleObject("cmath");
        var g = m.Globals;
        g.SetItem("e", new FloatObject(System.Math.E));
        g.SetItem("pi", new FloatObject(System.Math.PI));
        One(g, "cos", Complex.Cos);
        One(g, "sin", Complex.Sin);
        One(g, "exp", Complex.Exp);
        One(g, "sqrt", Complex.Sqrt);
        One(g, "log", z => z == Complex.Zero ? throw Errors.ValueError("math domain error") : Complex.Log(z));
        One(g, "log10", z => z == Complex.Zero ? throw Errors.ValueError("math domain error") : Complex.Log10(z));
        g.SetItem("phase", new BuiltinFunction("phase", z => new FloatObject(Arg(z).Phase)));
        g.SetItem("polar", new BuiltinFunction("polar", z =>
        {
            var c = Arg(z);
            return TupleObject.Create(new FloatObject(c.Magnitude), new FloatObject(c.Phase));
        }));
        g.SetItem("rect", new BuiltinFunction("rect", (r, phi) =>
        {
            var c = Complex.FromPolarCoordinates(Ops.ToDouble(r), Ops.ToDouble(phi));
            return new ComplexObject(c.Real, c.Imaginary);
        }));
        return m;
    }

    private static Complex Arg(PyObject z)
    {
        var (re, im) = Ops.ToComplex(z);
        return new Complex(re, im);
    }

    private static void One(DictObject g, string name, Func<Complex, Complex> f) =>
        g.SetItem(name, new BuiltinFunction(name, z =>
        {
            var c = f(Arg(z));
            return new ComplexObject(c.Real, c.Imaginary);
        }));
}
