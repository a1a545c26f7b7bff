using System;
using System.Collections.Generic;
using System.Text;
using MicroPython.Bytecode;
using MicroPython.Objects;
using MicroPython.Runtime;
using Xunit;
using static MicroPython.Tests.Objects.NumberTestHelpers;

namespace MicroPython.Tests.Objects;

/// <summary>
/// Every binary operator over a grid of int, bool, big-int, float and complex operands, against results computed
/// by CPython (ArithmeticCases.g.cs, regenerated with gen_arithmetic_cases.py), adjusted where MicroPython
/// deliberately differs (ZeroDivisionError texts, float overflow).
/// </summary>
public sealed class ArithmeticGridTests
{
    [Fact]
    public void EveryOperatorMatchesCPython()
    {
        var failures = new List<string>();
        foreach (var line in ArithmeticCases.All)
        {
            var parts = line.Split('|');
            var op = Enum.Parse<BinaryOp>(parts[0]);
            var a = Lit(parts[1]);
            var b = Lit(parts[2]);
            string expected = parts[3];
            string actual;
            try
            {
                actual = Show(Ops.BinaryOp(op, a, b));
            }
            catch (PyException e)
            {
                actual = expected == "TypeError" && e.Value.Type.Name == "TypeError" ? "TypeError" : ErrorText(e);
            }

            if (actual != expected)
            {
                failures.Add($"{parts[1]} {parts[0]} {parts[2]}: expected {expected}, got {actual}");
            }
        }

        Assert.True(failures.Count == 0, failures.Count + " failures:\n" + string.Join("\n", failures.GetRange(0, Math.Min(60, failures.Count))));
    }

    [Fact]
    public void InplaceOperatorsFallBackToThePlainOnes()
    {
        Assert.Equal("9223372036854775808", Repr(Bin(BinaryOp.InplaceAdd, I(long.MaxValue), I(1))));
        Assert.Equal("2.5", Repr(Bin(BinaryOp.InplaceTrueDivide, I(5), I(2))));
        Assert.Equal("(1+1j)", Repr(Bin(BinaryOp.InplaceAdd, F(1), new ComplexObject(0, 1))));
        Assert.Equal("False", Repr(Bin(BinaryOp.InplaceAnd, BoolObject.True, BoolObject.False)));
    }

    private static string Show(PyObject o)
    {
        if (o is TupleObject t)
        {
            var sb = new StringBuilder("(");
            for (int i = 0; i < t.Items.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }

                sb.Append(Repr(t.Items[i]));
            }

            return sb.Append(')').ToString();
        }

        return Repr(o);
    }
}
