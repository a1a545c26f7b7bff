using System;
using MicroPython.Bytecode;
using MicroPython.Objects;
using MicroPython.Runtime;
using Xunit;
using static MicroPython.Tests.Objects.NumberTestHelpers;

namespace MicroPython.Tests.Objects;

/// <summary>complex: repr, construction, arithmetic, attributes and errors (expected values from CPython 3.11; errors are MicroPython's).</summary>
public sealed class ComplexTests
{
    private static ComplexObject C(double re, double im) => new(re, im);

    [Theory]
    [InlineData(0.0, 1.0, "1j")]
    [InlineData(-0.0, -1.0, "(-0-1j)")]
    [InlineData(0.0, -0.0, "-0j")]
    [InlineData(1.0, double.NaN, "(1+nanj)")]
    [InlineData(double.PositiveInfinity, double.NegativeInfinity, "(inf-infj)")]
    [InlineData(0.0, 1e20, "1e+20j")]
    [InlineData(1.5, 0.0, "(1.5+0j)")]
    [InlineData(-0.0, 0.0, "(-0+0j)")]
    [InlineData(0.1, 0.2, "(0.1+0.2j)")]
    [InlineData(1e16, 1e-5, "(1e+16+1e-05j)")]
    [InlineData(1.0, 2.0, "(1+2j)")]
    public void ReprIsCPythons(double re, double im, string expected)
    {
        Assert.Equal(expected, Repr(C(re, im)));
        Assert.Equal(expected, Ops.Str(C(re, im)));
    }

    [Theory]
    [InlineData("1+2j", "(1+2j)")]
    [InlineData(" 1-2j ", "(1-2j)")]
    [InlineData("j", "1j")]
    [InlineData("-j", "-1j")]
    [InlineData("1e3j", "1000j")]
    [InlineData("(1+2j)", "(1+2j)")]
    [InlineData("+1.5", "(1.5+0j)")]
    [InlineData("-2.5e-3-4j", "(-0.0025-4j)")]
    [InlineData("inf+nanj", "(inf+nanj)")]
    [InlineData("1+j", "(1+1j)")]
    [InlineData("  ( 3j )  ", "3j")]
    [InlineData("1_0j", "10j")]
    [InlineData("1 1j", "(1+1j)")] // MicroPython accepts this (CPython: ValueError)
    public void ComplexParsesText(string text, string expected)
    {
        Assert.Equal(expected, Repr(Call(ComplexObject.PyType, S(text))));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("")]
    [InlineData("1+2")]
    [InlineData("1j+2")]
    [InlineData("1+2jj")]
    [InlineData("(1+2j")]
    [InlineData("1+2j 3")]
    public void ComplexRejectsBadText(string text)
    {
        Raises("ValueError", "invalid syntax for number", () => Call(ComplexObject.PyType, S(text)));
    }

    [Fact]
    public void ComplexConvertsNumbers()
    {
        Assert.Equal("0j", Repr(Call(ComplexObject.PyType)));
        Assert.Equal("(2+0j)", Repr(Call(ComplexObject.PyType, I(2))));
        Assert.Equal("(-1+0j)", Repr(Call(ComplexObject.PyType, I(1), C(0, 2))));
        Assert.Equal("(-1+1j)", Repr(Call(ComplexObject.PyType, C(0, 1), C(0, 1))));
        Assert.Equal("(1+1.5j)", Repr(Call(ComplexObject.PyType, BoolObject.True, F(1.5))));
        var c = C(1, 2);
        Assert.Same(c, Call(ComplexObject.PyType, c));
        Raises("TypeError", "can't convert str to float", () => Call(ComplexObject.PyType, S("1"), I(2)));
        Raises("TypeError", "can't convert NoneType to complex", () => Call(ComplexObject.PyType, NoneObject.None));
    }

    [Fact]
    public void Arithmetic()
    {
        Assert.Equal("(-3+4j)", Repr(Bin(BinaryOp.Power, C(1, 2), I(2))));
        Assert.Equal("(-0.12-0.16j)", Repr(Bin(BinaryOp.Power, C(1, 2), I(-2))));
        Assert.Equal("(1.272019649514069+0.7861513777574233j)", Repr(Bin(BinaryOp.Power, C(1, 2), F(0.5))));
        Assert.Equal("(1.5384778027279442+1.2779225526272695j)", Repr(Bin(BinaryOp.Power, I(2), C(1, 1))));
        Assert.Equal("(-0.01513267242272266-0.179867483913335j)", Repr(Bin(BinaryOp.Power, C(1, 2), C(2, 3))));
        Assert.Equal("(4.142651948233477e+68-7.87772410833036e+69j)", Repr(Bin(BinaryOp.Power, C(3, 4), I(100))));
        Assert.Equal("(-1125899906842634.5-1125899906842629.5j)", Repr(Bin(BinaryOp.Power, C(1, 1), I(101))));
        Assert.Equal("(-0.2+0.4j)", Repr(Bin(BinaryOp.TrueDivide, C(1, 2), C(3, -4))));
        Assert.Equal("-9.999999999999999e+299j", Repr(Bin(BinaryOp.TrueDivide, I(1), C(0, 1e-300))));
        Assert.Equal("(2+2j)", Repr(Bin(BinaryOp.Multiply, I(2), C(1, 1))));
        Assert.Equal("(2+1j)", Repr(Bin(BinaryOp.Add, C(1, 1), I(1))));
        Assert.Equal("(-1-1j)", Repr(Ops.UnaryOp(UnaryOp.Negative, C(1, 1))));
        Assert.Equal("5.0", Repr(Ops.Abs(C(3, 4))));
        Assert.Equal("1.4142135623730952e+300", Repr(Ops.Abs(C(1e300, 1e300))));
        Assert.Equal("1j", Repr(Bin(BinaryOp.Power, C(0, 1), I(1))));
        Assert.Equal("(1+0j)", Repr(Bin(BinaryOp.Power, C(0, 0), I(0))));
    }

    [Fact]
    public void ErrorsAreMicroPythons()
    {
        Raises("ZeroDivisionError", "divide by zero", () => Bin(BinaryOp.TrueDivide, C(1, 1), I(0)));
        Raises("ZeroDivisionError", "divide by zero", () => Bin(BinaryOp.TrueDivide, I(1), C(0, 0)));
        Raises("ZeroDivisionError", "0.0 to a complex power", () => Bin(BinaryOp.Power, C(0, 0), I(-1)));
        Raises("ZeroDivisionError", "0.0 to a complex power", () => Bin(BinaryOp.Power, C(0, 0), C(1, 1)));
        Raises("TypeError", "can't truncate-divide a complex number", () => Bin(BinaryOp.FloorDivide, C(1, 1), I(2)));
        Raises("TypeError", "unsupported types for __mod__: 'complex', 'int'", () => Bin(BinaryOp.Modulo, C(1, 1), I(2)));
        Raises("TypeError", "unsupported types for __lt__: 'complex', 'complex'", () => Bin(BinaryOp.Less, C(1, 1), C(1, 2)));
        Raises("TypeError", "unsupported types for __lt__: 'int', 'complex'", () => Bin(BinaryOp.Less, I(1), C(1, 2)));
        Raises("TypeError", "can't convert complex to float", () => Ops.ToDouble(C(1, 0)));
    }

    [Fact]
    public void EqualityAndHash()
    {
        Assert.Same(BoolObject.True, Bin(BinaryOp.Equal, C(1, 0), I(1)));
        Assert.Same(BoolObject.True, Bin(BinaryOp.Equal, I(1), C(1, 0)));
        Assert.Same(BoolObject.True, Bin(BinaryOp.Equal, F(1.0), C(1, 0)));
        Assert.Same(BoolObject.True, Bin(BinaryOp.NotEqual, C(1, 2), C(1, 3)));
        Assert.Same(BoolObject.False, Bin(BinaryOp.Equal, C(1, 2), S("x")));
        Assert.Equal(Ops.Hash(I(1)), Ops.Hash(C(1, 0)));
        Assert.Same(BoolObject.False, Ops.UnaryOp(UnaryOp.Bool, C(0, 0)));
        Assert.Same(BoolObject.True, Ops.UnaryOp(UnaryOp.Bool, C(0, -0.5)));
    }

    [Fact]
    public void RealImagAndConjugate()
    {
        var c = C(3, 4);
        Assert.Equal("3.0", Repr(Ops.LoadAttr(c, StrObject.Intern("real"))));
        Assert.Equal("4.0", Repr(Ops.LoadAttr(c, StrObject.Intern("imag"))));
        Assert.Equal("(3-4j)", Repr(Ops.CallMethod(c, StrObject.Intern("conjugate"), ReadOnlySpan<PyObject>.Empty)));
    }
}
