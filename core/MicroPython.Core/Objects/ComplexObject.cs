using System;
using System.Text;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary>
/// Python's <c>complex</c>: a pair of doubles. Instances have only the <c>real</c> and <c>imag</c> attributes
/// (MicroPython has no <c>conjugate</c>); reprs follow CPython (<c>(1+2j)</c>, <c>1j</c>, <c>(-0-1j)</c>).
/// </summary>
public sealed partial class ComplexObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("complex", null, InitType, MakeNew);

    private static readonly StrObject s_real = StrObject.Intern("real");
    private static readonly StrObject s_imag = StrObject.Intern("imag");

    public ComplexObject(double real, double imag)
        : base(PyType)
    {
        if (FloatObject.SinglePrecision)
        {
            real = (float)real;
            imag = (float)imag;
        }

        Real = real;
        Imag = imag;
    }

    public double Real { get; }

    public double Imag { get; }

    private static void InitType(TypeObject type)
    {
        // CPython's conjugate(), which MicroPython leaves out (a limitation, cpython-differences.md).
        type.SetAttrDirect("conjugate", new BuiltinFunction("conjugate", self =>
        {
            var c = (ComplexObject)self.NativeSelf;
            return new ComplexObject(c.Real, -c.Imag);
        }).AsMethodOf(type));
    }

    /// <summary><c>complex()</c>, <c>complex(x)</c>, <c>complex(real, imag)</c> with MicroPython's rules (a str only alone).</summary>
    private static PyObject MakeNew(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        ArgCheck.Range(args, nKw, 0, 2);
        if (args.Length == 0)
        {
            return new ComplexObject(0, 0);
        }

        if (args.Length == 1)
        {
            var x = args[0];
            if (x is ComplexObject)
            {
                return x;
            }

            if (x.NativeSelf is StrObject s)
            {
                var (re, im) = NumberParser.ParseComplex(s.Value);
                return new ComplexObject(re, im);
            }

            var (r, i) = Ops.ToComplex(x);
            return new ComplexObject(r, i);
        }

        // complex(a, b) is a + b·j even when a or b is complex; plain parts are taken as they are so that a
        // signed zero survives (complex(1, -0.0) is (1-0j)).
        var c0 = args[0] as ComplexObject;
        var c1 = args[1] as ComplexObject;
        double real = c0 != null ? c0.Real : Ops.ToDouble(args[0]);
        double imag = c1 != null ? c1.Real : Ops.ToDouble(args[1]);
        if (c1 != null)
        {
            real -= c1.Imag;
        }

        if (c0 != null)
        {
            imag += c0.Imag;
        }

        return new ComplexObject(real, imag);
    }

    public override bool TryLoadAttr(StrObject name, out PyObject value)
    {
        if (ReferenceEquals(name, s_real) || name.Value == "real")
        {
            value = new FloatObject(Real);
            return true;
        }

        if (ReferenceEquals(name, s_imag) || name.Value == "imag")
        {
            value = new FloatObject(Imag);
            return true;
        }

        return base.TryLoadAttr(name, out value);
    }

    public override void Print(StringBuilder sb, bool repr) => AppendRepr(sb, Real, Imag);

    /// <summary>CPython's complex repr: just <c>&lt;imag&gt;j</c> when the real part is +0.0, else <c>(re±imj)</c>.</summary>
    public static void AppendRepr(StringBuilder sb, double real, double imag)
    {
        if (real == 0 && !double.IsNegative(real))
        {
            FloatObject.AppendShortest(sb, imag, addDotZero: false, upper: false);
            sb.Append('j');
            return;
        }

        sb.Append('(');
        FloatObject.AppendShortest(sb, real, addDotZero: false, upper: false);
        if (double.IsNaN(imag) || !double.IsNegative(imag))
        {
            sb.Append('+');
        }

        FloatObject.AppendShortest(sb, imag, addDotZero: false, upper: false);
        sb.Append("j)");
    }

    public static string Repr(double real, double imag)
    {
        var sb = new StringBuilder();
        AppendRepr(sb, real, imag);
        return sb.ToString();
    }
}
