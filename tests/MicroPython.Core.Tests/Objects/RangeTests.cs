using System.Numerics;
using MicroPython.Bytecode;
using MicroPython.Objects;
using MicroPython.Runtime;
using Xunit;
using static MicroPython.Tests.Objects.Py;

namespace MicroPython.Tests.Objects;

// Expected values checked against CPython 3, except the machine-word limit (errors-and-tracebacks.md §3.4).
public class RangeTests
{
    public RangeTests()
    {
        NewRuntime();
    }

    private static PyObject R(params long[] args)
    {
        var a = new PyObject[args.Length];
        for (int i = 0; i < args.Length; i++)
        {
            a[i] = I(args[i]);
        }

        return B("range", a);
    }

    [Fact]
    public void ReprAndLength()
    {
        Assert.Equal("range(0, 10)", Repr(R(10)));
        Assert.Equal("range(1, 10, 2)", Repr(R(1, 10, 2)));
        Assert.Equal("range(10, 0, -1)", Repr(R(10, 0, -1)));
        Assert.Equal(10, Ops.Length(R(10)));
        Assert.Equal(4, Ops.Length(R(0, 10, 3)));
        Assert.Equal(4, Ops.Length(R(10, 0, -3)));
        Assert.Equal(0, Ops.Length(R(5, 5)));
        Assert.Equal(0, Ops.Length(R(5, 1)));
        Assert.False(Ops.IsTrue(R(0)));
    }

    [Fact]
    public void ArgumentErrors()
    {
        Assert.Equal("ValueError: zero step", Error(() => R(0, 10, 0)));
        Assert.Equal("TypeError: can't convert str to int", Error(() => B("range", S("a"))));
        Assert.Equal("OverflowError: overflow converting long int to machine word", Error(() => B("range", new BigIntObject(BigInteger.Pow(2, 64)))));
        Assert.Equal("TypeError: function missing 1 required positional arguments", Error(() => B("range")));
    }

    [Fact]
    public void IndexingAndSlicing()
    {
        var r = R(0, 10, 2);
        Assert.Equal("8", Repr(r.GetItem(I(-1))));
        Assert.Equal("4", Repr(r.GetItem(I(2))));
        Assert.Equal("IndexError: range index out of range", Error(() => r.GetItem(I(5))));
        Assert.Equal("TypeError: range indices must be integers, not str", Error(() => r.GetItem(S("a"))));
        Assert.Equal("range(2, 5)", Repr(R(10).GetItem(Slice(2, 5))));
        Assert.Equal("range(9, -1, -1)", Repr(R(10).GetItem(Slice(null, null, -1))));
        Assert.Equal("range(2, 6, 2)", Repr(r.GetItem(Slice(1, 3))));
        Assert.Equal("range(10, 10)", Repr(R(10).GetItem(Slice(20, 30))));
        Assert.Equal("[8, 4, 0]", Repr(ToList(r.GetItem(Slice(null, null, -2)))));
    }

    [Fact]
    public void ContainsCountIndex()
    {
        Assert.True(R(0, 10, 2).Contains(I(4)));
        Assert.False(R(0, 10, 2).Contains(I(5)));
        Assert.False(R(0, 10, 2).Contains(I(10)));
        Assert.True(R(0, -10, -2).Contains(I(-2)));
        Assert.False(R(0, -10, -2).Contains(I(2)));
        Assert.Equal("1", Repr(Call(R(10), "count", I(3))));
        Assert.Equal("0", Repr(Call(R(10), "count", I(30))));
        Assert.Equal("3", Repr(Call(R(0, 10, 2), "index", I(6))));
        Assert.Equal("ValueError: 7 is not in range", Error(() => Call(R(0, 10, 2), "index", I(7))));
    }

    [Fact]
    public void Equality()
    {
        Assert.Same(BoolObject.True, Ops.BinaryOp(BinaryOp.Equal, R(0), R(2, 2)));
        Assert.Same(BoolObject.True, Ops.BinaryOp(BinaryOp.Equal, R(0, 3, 2), R(0, 4, 2)));
        Assert.Same(BoolObject.True, Ops.BinaryOp(BinaryOp.Equal, R(1, 2, 5), R(1, 3, 7)));
        Assert.Same(BoolObject.False, Ops.BinaryOp(BinaryOp.Equal, R(1), R(2)));
        Assert.Equal(Ops.Hash(R(0, 3, 2)), Ops.Hash(R(0, 4, 2)));
    }

    [Fact]
    public void Iteration()
    {
        Assert.Equal("[0, 1, 2]", Repr(ToList(R(3))));
        Assert.Equal("[5, 3, 1]", Repr(ToList(R(5, 0, -2))));
        Assert.Equal("[]", Repr(ToList(R(3, 0))));
        Assert.Equal("[4, 3, 2, 1, 0]", Repr(ToList(B("reversed", R(5)))));
        Assert.Equal("[7, 4, 1]", Repr(ToList(B("reversed", R(1, 10, 3)))));
        var it = (RangeIterator)R(long.MaxValue - 2, long.MaxValue).GetIter();
        Assert.True(it.TryNext(out long a));
        Assert.True(it.TryNext(out long b));
        Assert.False(it.TryNext(out _));
        Assert.Equal(long.MaxValue - 2, a);
        Assert.Equal(long.MaxValue - 1, b);
    }

    [Fact]
    public void Attributes()
    {
        var r = R(1, 10, 3);
        Assert.Equal("1", Repr(Ops.LoadAttr(r, StrObject.Intern("start"))));
        Assert.Equal("10", Repr(Ops.LoadAttr(r, StrObject.Intern("stop"))));
        Assert.Equal("3", Repr(Ops.LoadAttr(r, StrObject.Intern("step"))));
    }
}
