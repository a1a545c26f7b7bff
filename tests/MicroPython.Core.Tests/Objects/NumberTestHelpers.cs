using System;
using MicroPython.Bytecode;
using MicroPython.Objects;
using MicroPython.Runtime;
using Xunit;

namespace MicroPython.Tests.Objects;

/// <summary>Builds number objects from Python literal text and runs operators the way the VM does (through <see cref="Ops"/>).</summary>
internal static class NumberTestHelpers
{
    /// <summary>An int, bool, float or complex from its repr (<c>12</c>, <c>True</c>, <c>-0.0</c>, <c>nan</c>, <c>(1+2j)</c>, <c>-3j</c>).</summary>
    public static PyObject Lit(string text)
    {
        switch (text)
        {
            case "True":
                return BoolObject.True;
            case "False":
                return BoolObject.False;
        }

        if (text.EndsWith('j') || text.EndsWith(')'))
        {
            var (re, im) = NumberParser.ParseComplex(text);
            return new ComplexObject(re, im);
        }

        if (text.Contains('.', StringComparison.Ordinal) || text.Contains('e', StringComparison.Ordinal)
            || text.Contains("inf", StringComparison.Ordinal) || text.Contains("nan", StringComparison.Ordinal))
        {
            return new FloatObject(NumberParser.ParseFloat(text));
        }

        return NumberParser.ParseInt(text, 10);
    }

    public static PyObject I(long v) => IntObject.Get(v);

    public static PyObject F(double v) => new FloatObject(v);

    public static PyObject Bin(BinaryOp op, PyObject a, PyObject b) => Ops.BinaryOp(op, a, b);

    public static string Repr(PyObject o) => Ops.Repr(o);

    /// <summary>repr of the result, or <c>"Type: message"</c> when it raises.</summary>
    public static string Outcome(Func<PyObject> f)
    {
        try
        {
            return Ops.Repr(f());
        }
        catch (PyException e)
        {
            return ErrorText(e);
        }
    }

    public static string ErrorText(PyException e)
    {
        var args = e.Exception.Args.Items;
        string message = args.Length == 0 ? string.Empty : args[0] is StrObject s ? s.Value : Ops.Str(args[0]);
        return e.Value.Type.Name + ": " + message;
    }

    /// <summary>Asserts that <paramref name="f"/> raises <paramref name="type"/> with exactly <paramref name="message"/>.</summary>
    public static void Raises(string type, string message, Func<object> f)
    {
        try
        {
            f();
        }
        catch (PyException e)
        {
            Assert.Equal(type + ": " + message, ErrorText(e));
            return;
        }

        Assert.Fail($"expected {type}: {message}");
    }

    /// <summary>Calls a type (int, float, complex, bool) with positional arguments.</summary>
    public static PyObject Call(TypeObject type, params PyObject[] args)
    {
        return type.Maker!(type, args, 0);
    }

    public static StrObject S(string s) => new(s);
}
