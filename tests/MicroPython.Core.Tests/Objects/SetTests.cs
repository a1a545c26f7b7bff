using System;
using MicroPython.Bytecode;
using MicroPython.Objects;
using MicroPython.Runtime;
using Xunit;
using static MicroPython.Tests.Objects.Py;

namespace MicroPython.Tests.Objects;

// Expected values checked against CPython 3; element order is insertion order here, so the tests build sets in
// ascending order or compare sorted lists.
public class SetTests
{
    public SetTests()
    {
        NewRuntime();
    }

    private static SetObject Set(params long[] items) => SetObject.FromIterable(L(items));

    private static SetObject Frozen(params long[] items) => SetObject.FromIterable(L(items), frozen: true);

    private static string Sorted(PyObject s)
    {
        var l = ToList(s);
        l.Sort(null, false);
        return Repr(l);
    }

    [Fact]
    public void Printing()
    {
        Assert.Equal("set()", Repr(new SetObject()));
        Assert.Equal("{1, 2, 3}", Repr(Set(1, 2, 3, 2)));
        Assert.Equal("frozenset()", Repr(new SetObject(frozen: true)));
        Assert.Equal("frozenset({1, 2})", Repr(Frozen(1, 2)));
        Assert.Equal("<class 'frozenset'>", Repr(Frozen().Type));
    }

    [Fact]
    public void Mutators()
    {
        var s = Set(1, 2);
        Call(s, "add", I(3));
        Call(s, "add", I(1));
        Call(s, "discard", I(7));
        Call(s, "remove", I(2));
        Assert.Equal("[1, 3]", Sorted(s));
        Assert.Equal("KeyError: 2", Error(() => Call(s, "remove", I(2))));
        Assert.Equal("1", Repr(Call(s, "pop")));
        Assert.Equal("3", Repr(Call(s, "pop")));
        Assert.Equal("KeyError: pop from an empty set", Error(() => Call(s, "pop")));
        var c = Set(1, 2);
        var copy = Call(c, "copy");
        Call(c, "clear");
        Assert.Equal("set()", Repr(c));
        Assert.Equal("{1, 2}", Repr(copy));
        Assert.Equal("TypeError: unsupported type for __hash__: 'list'", Error(() => Call(c, "add", L(1))));
    }

    [Fact]
    public void AlgebraMethodsTakeIterables()
    {
        var s = Set(1, 2, 3);
        Assert.Equal("[1, 2, 3, 4, 5]", Sorted(Call(s, "union", L(4), T(5))));
        Assert.Equal("[2, 3]", Sorted(Call(s, "intersection", L(2, 3, 4))));
        Assert.Equal("[3]", Sorted(Call(s, "intersection", L(2, 3, 4), L(3))));
        Assert.Equal("[1]", Sorted(Call(s, "difference", L(2), L(3))));
        Assert.Equal("[1, 4]", Sorted(Call(s, "symmetric_difference", L(2, 3, 4))));
        Assert.Equal("[1, 2, 3]", Sorted(s));
        Assert.Same(BoolObject.True, Call(s, "issubset", L(1, 2, 3, 4)));
        Assert.Same(BoolObject.False, Call(s, "issuperset", L(1, 4)));
        Assert.Same(BoolObject.True, Call(s, "isdisjoint", L(7, 8)));

        var u = Set(1, 2, 3);
        Call(u, "update", L(4), L(5));
        Call(u, "difference_update", L(1));
        Call(u, "intersection_update", L(2, 3, 4, 5, 6));
        Call(u, "symmetric_difference_update", L(2, 9));
        Assert.Equal("[3, 4, 5, 9]", Sorted(u));
    }

    [Fact]
    public void Operators()
    {
        var a = Set(1, 2, 3);
        var b = Set(2, 3, 4);
        Assert.Equal("[1, 2, 3, 4]", Sorted(Ops.BinaryOp(BinaryOp.Or, a, b)));
        Assert.Equal("[2, 3]", Sorted(Ops.BinaryOp(BinaryOp.And, a, b)));
        Assert.Equal("[1]", Sorted(Ops.BinaryOp(BinaryOp.Subtract, a, b)));
        Assert.Equal("[1, 4]", Sorted(Ops.BinaryOp(BinaryOp.Xor, a, b)));
        Assert.Equal("TypeError: unsupported types for __or__: 'set', 'list'", Error(() => Ops.BinaryOp(BinaryOp.Or, a, L(1))));

        Assert.Same(BoolObject.True, Ops.BinaryOp(BinaryOp.LessEqual, Set(1, 2), a));
        Assert.Same(BoolObject.True, Ops.BinaryOp(BinaryOp.Less, Set(1, 2), a));
        Assert.Same(BoolObject.False, Ops.BinaryOp(BinaryOp.Less, a, a));
        Assert.Same(BoolObject.True, Ops.BinaryOp(BinaryOp.MoreEqual, a, a));
        Assert.Same(BoolObject.True, Ops.BinaryOp(BinaryOp.More, a, Set(3)));
        Assert.Same(BoolObject.True, Ops.BinaryOp(BinaryOp.Equal, Set(3, 1), Frozen(1, 3)));
        Assert.Same(BoolObject.True, Ops.BinaryOp(BinaryOp.NotEqual, Set(3, 1), Set(1)));

        var r = Ops.BinaryOp(BinaryOp.InplaceOr, a, b);
        Assert.Same(a, r);
        Ops.BinaryOp(BinaryOp.InplaceSubtract, a, Set(1));
        Ops.BinaryOp(BinaryOp.InplaceAnd, a, Set(2, 3, 4));
        Ops.BinaryOp(BinaryOp.InplaceXor, a, Set(3, 5));
        Assert.Equal("[2, 4, 5]", Sorted(a));
    }

    [Fact]
    public void FrozenSetIsHashableAndImmutable()
    {
        var f = Frozen(1, 2, 3);
        Assert.Equal(Ops.Hash(f), Ops.Hash(Frozen(3, 2, 1)));
        var d = new DictObject();
        d.SetItem(f, I(1));
        Assert.Equal("1", Repr(d.GetItem(Frozen(2, 1, 3))));
        Assert.Equal("TypeError: unsupported type for __hash__: 'set'", Error(() => Ops.Hash(Set(1))));
        Assert.Equal("AttributeError: 'frozenset' object has no attribute 'add'", Error(() => Call(f, "add", I(1))));

        var g = Ops.BinaryOp(BinaryOp.InplaceOr, f, Frozen(4));
        Assert.NotSame(f, g);
        Assert.Equal("frozenset({1, 2, 3, 4})", Repr(g));
        Assert.Equal("frozenset({1, 2, 3})", Repr(f));
        Assert.Equal("frozenset({1, 2, 3, 4})", Repr(Call(f, "union", L(4))));
        Assert.Same(f, Call(f, "copy"));
    }

    [Fact]
    public void Constructors()
    {
        Assert.Equal("set()", Repr(B("set")));
        Assert.Equal("{1, 2}", Repr(B("set", L(1, 2, 1))));
        Assert.Equal("frozenset({1})", Repr(B("frozenset", L(1))));
        var f = Frozen(1);
        Assert.Same(f, B("frozenset", f));
        Assert.Equal("TypeError: 'int' object isn't iterable", Error(() => B("set", I(1))));
        Assert.True(Set(1, 2).Contains(I(2)));
        Assert.Equal(2, Set(1, 2).Length());
    }
}
