using System;
using MicroPython.Bytecode;
using MicroPython.Objects;
using MicroPython.Runtime;
using Xunit;
using static MicroPython.Tests.Objects.Py;

namespace MicroPython.Tests.Objects;

// Expected values checked against CPython 3 (python3 on the build machine), except where MicroPython differs
// (cpython-differences.md §2, errors-and-tracebacks.md §3), which the test names say.
public class ListTests
{
    public ListTests()
    {
        NewRuntime();
    }

    [Fact]
    public void ItemsArrayOfASubtypeIsCopiedSoAnyObjectCanBeStored()
    {
        // A StrObject[] handed over as PyObject[]: storing an int into it would be an ArrayTypeMismatchException
        // (or, through the unchecked store, a corrupt array) unless the list copied it to a PyObject[].
        var strings = new StrObject[] { StrObject.Intern("a"), StrObject.Intern("b") };
        var list = new ListObject(strings, 2);
        Assert.Equal(typeof(PyObject[]), list.RawItems.GetType());
        list.StoreAt(0, IntObject.Get(7));
        list.Append(IntObject.Get(8));
        list.SetItem(IntObject.Get(1), new FloatObject(0.5));
        Assert.Equal("[7, 0.5, 8]", Ops.Repr(list));
        Assert.Equal("a", strings[0].Value);
    }

    [Fact]
    public void Printing()
    {
        Assert.Equal("[]", Repr(L()));
        Assert.Equal("[1, 2, 3]", Repr(L(1, 2, 3)));
        Assert.Equal("[[1], 'a', (2,)]", Repr(LO(L(1), S("a"), T(2))));
    }

    [Fact]
    public void ReprOfSelfReferenceIsGuarded()
    {
        var l = L(1);
        l.Append(l);
        Assert.Equal("[1, [...]]", Repr(l));
    }

    [Fact]
    public void AppendExtendInsert()
    {
        var l = L(1);
        Call(l, "append", I(2));
        Call(l, "extend", T(3, 4));
        Call(l, "extend", new RangeObject(5, 7, 1));
        Assert.Equal("[1, 2, 3, 4, 5, 6]", Repr(l));
        Call(l, "insert", I(-10), I(0));
        Call(l, "insert", I(100), I(9));
        Call(l, "insert", I(-1), S("x"));
        Assert.Equal("[0, 1, 2, 3, 4, 5, 6, 'x', 9]", Repr(l));
    }

    [Fact]
    public void ExtendWithItself()
    {
        var l = L(1, 2, 3);
        Call(l, "extend", l);
        Assert.Equal("[1, 2, 3, 1, 2, 3]", Repr(l));
    }

    [Fact]
    public void PopRemoveIndexCount()
    {
        var l = L(1, 2, 3, 2);
        Assert.Equal("2", Repr(Call(l, "pop")));
        Assert.Equal("1", Repr(Call(l, "pop", I(0))));
        Assert.Equal("[2, 3]", Repr(l));
        l = L(1, 2, 3, 2);
        Assert.Equal("1", Repr(Call(l, "index", I(2))));
        Assert.Equal("3", Repr(Call(l, "index", I(2), I(2))));
        Assert.Equal("3", Repr(Call(l, "index", I(2), I(-1))));
        Assert.Equal("2", Repr(Call(l, "count", I(2))));
        Call(l, "remove", I(2));
        Assert.Equal("[1, 3, 2]", Repr(l));
    }

    [Fact]
    public void MethodErrorsUseMicroPythonTexts()
    {
        Assert.Equal("IndexError: pop from empty list", Error(() => Call(L(), "pop")));
        Assert.Equal("IndexError: list index out of range", Error(() => Call(L(1), "pop", I(5))));
        Assert.Equal("ValueError: object not in sequence", Error(() => Call(L(1), "remove", I(2))));
        Assert.Equal("ValueError: object not in sequence", Error(() => Call(L(), "index", I(1))));
        Assert.Equal("ValueError: object not in sequence", Error(() => Call(L(1, 2, 3), "index", I(1), I(1))));
        Assert.Equal("TypeError: list indices must be integers, not str", Error(() => Call(L(1), "pop", S("a"))));
    }

    [Fact]
    public void ClearCopyReverse()
    {
        var l = L(1, 2, 3);
        var c = (ListObject)Call(l, "copy");
        Call(l, "reverse");
        Assert.Equal("[3, 2, 1]", Repr(l));
        Assert.Equal("[1, 2, 3]", Repr(c));
        Call(l, "clear");
        Assert.Equal("[]", Repr(l));
        Assert.False(l.IsTrue());
    }

    [Fact]
    public void Indexing()
    {
        var l = L(10, 20, 30);
        Assert.Equal("30", Repr(l.GetItem(I(-1))));
        Assert.Equal("20", Repr(l.GetItem(BoolObject.True)));
        Assert.Equal("IndexError: list index out of range", Error(() => l.GetItem(I(3))));
        Assert.Equal("IndexError: list index out of range", Error(() => l.GetItem(I(-4))));
        Assert.Equal("TypeError: list indices must be integers, not str", Error(() => l.GetItem(S("a"))));
        l.SetItem(I(-1), I(5));
        Assert.Equal("[10, 20, 5]", Repr(l));
        Assert.Equal("IndexError: list index out of range", Error(() => l.SetItem(I(3), I(0))));
    }

    [Theory]
    [InlineData(2, 5, null, "[2, 3, 4]")]
    [InlineData(null, null, 2, "[0, 2, 4, 6, 8]")]
    [InlineData(null, null, -1, "[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]")]
    [InlineData(-3, null, null, "[7, 8, 9]")]
    [InlineData(5, 2, null, "[]")]
    [InlineData(8, 2, -2, "[8, 6, 4]")]
    [InlineData(-100, 100, 3, "[0, 3, 6, 9]")]
    [InlineData(100, -100, -4, "[9, 5, 1]")]
    public void SliceReads(int? start, int? stop, int? step, string expected)
    {
        var l = L(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        Assert.Equal(expected, Repr(l.GetItem(Slice(start, stop, step))));
    }

    [Fact]
    public void SliceStepZero()
    {
        Assert.Equal("ValueError: slice step can't be zero", Error(() => L(1, 2, 3).GetItem(Slice(1, 2, 0))));
    }

    [Fact]
    public void SliceAssignmentMayChangeLength()
    {
        var l = L(0, 1, 2, 3, 4);
        l.SetItem(Slice(1, 3), L(9, 9, 9));
        Assert.Equal("[0, 9, 9, 9, 3, 4]", Repr(l));
        l.SetItem(Slice(1, 4), TupleObject.Empty);
        Assert.Equal("[0, 3, 4]", Repr(l));
        l.SetItem(Slice(3, 1), L(7));
        Assert.Equal("[0, 3, 4, 7]", Repr(l));
        l.SetItem(Slice(null, null), l);
        Assert.Equal("[0, 3, 4, 7]", Repr(l));
        l.SetItem(Slice(-1, null), L(1, 2));
        Assert.Equal("[0, 3, 4, 1, 2]", Repr(l));
    }

    [Fact]
    public void ExtendedSlicesFollowCPython()
    {
        // MicroPython refuses these (a limitation); CPython's semantics are the ones we keep.
        var l = L(0, 1, 2, 3, 4);
        l.SetItem(Slice(0, 1), new RangeObject(7, 9, 1));
        Assert.Equal("[7, 8, 1, 2, 3, 4]", Repr(l));
        l.SetItem(Slice(null, null, 2), L(10, 20, 30));
        Assert.Equal("[10, 8, 20, 2, 30, 4]", Repr(l));
        Assert.Equal(
            "ValueError: attempt to assign sequence of size 2 to extended slice of size 3",
            Error(() => l.SetItem(Slice(null, null, 2), L(1, 2))));
        l.DelItem(Slice(null, null, 2));
        Assert.Equal("[8, 2, 4]", Repr(l));
    }

    [Fact]
    public void Deletion()
    {
        var l = L(0, 1, 2, 3, 4);
        l.DelItem(Slice(1, 3));
        Assert.Equal("[0, 3, 4]", Repr(l));
        l.DelItem(I(-1));
        Assert.Equal("[0, 3]", Repr(l));
        Assert.Equal("IndexError: list index out of range", Error(() => l.DelItem(I(5))));

        // MicroPython deletes an item through pop(), so an empty list reports pop's error.
        Assert.Equal("IndexError: pop from empty list", Error(() => L().DelItem(I(0))));
    }

    [Fact]
    public void Operators()
    {
        Assert.Equal("[1, 2]", Repr(Ops.BinaryOp(BinaryOp.Add, L(1), L(2))));
        Assert.Equal("[1, 2, 1, 2, 1, 2]", Repr(Ops.BinaryOp(BinaryOp.Multiply, L(1, 2), I(3))));
        Assert.Equal("[1, 1]", Repr(Ops.BinaryOp(BinaryOp.Multiply, I(2), L(1))));
        Assert.Equal("[]", Repr(Ops.BinaryOp(BinaryOp.Multiply, L(1), I(-1))));
        Assert.Equal("TypeError: unsupported types for __add__: 'list', 'tuple'", Error(() => Ops.BinaryOp(BinaryOp.Add, L(1), T(2))));
        Assert.Equal("TypeError: unsupported types for __mul__: 'list', 'list'", Error(() => Ops.BinaryOp(BinaryOp.Multiply, L(1), L(2))));
    }

    [Fact]
    public void InplaceOperatorsMutate()
    {
        var l = L(1);
        var r = Ops.BinaryOp(BinaryOp.InplaceAdd, l, new RangeObject(2, 4, 1));
        Assert.Same(l, r);
        Assert.Equal("[1, 2, 3]", Repr(l));
        r = Ops.BinaryOp(BinaryOp.InplaceMultiply, l, I(2));
        Assert.Same(l, r);
        Assert.Equal("[1, 2, 3, 1, 2, 3]", Repr(l));
    }

    [Fact]
    public void Comparisons()
    {
        Assert.Same(BoolObject.True, Ops.BinaryOp(BinaryOp.Less, L(1, 2), L(1, 3)));
        Assert.Same(BoolObject.True, Ops.BinaryOp(BinaryOp.Less, L(1, 2), L(1, 2, 0)));
        Assert.Same(BoolObject.False, Ops.BinaryOp(BinaryOp.More, L(1, 2), L(1, 2)));
        Assert.Same(BoolObject.True, Ops.BinaryOp(BinaryOp.MoreEqual, L(1, 2), L(1, 2)));
        Assert.Same(BoolObject.True, Ops.BinaryOp(BinaryOp.Equal, L(1, 2), L(1, 2)));
        Assert.Same(BoolObject.True, Ops.BinaryOp(BinaryOp.NotEqual, L(1, 2), L(1)));
        Assert.Same(BoolObject.False, Ops.BinaryOp(BinaryOp.Equal, L(1), T(1)));
        Assert.Equal("TypeError: unsupported types for __lt__: 'str', 'int'", Error(() => Ops.BinaryOp(BinaryOp.Less, LO(I(1), S("a")), L(1, 2))));
    }

    [Fact]
    public void ContainsLenBoolHash()
    {
        Assert.True(L(1, 2).Contains(I(2)));
        Assert.False(L(1, 2).Contains(I(3)));
        Assert.Equal(2, L(1, 2).Length());
        Assert.Equal("TypeError: unsupported type for __hash__: 'list'", Error(() => Ops.Hash(L())));
    }

    [Fact]
    public void IteratorSeesAppends()
    {
        var l = L(1);
        var it = l.GetIter();
        Assert.Equal("<iterator>", Repr(it));
        Assert.Same(it, it.GetIter());
        Assert.Equal("1", Repr(it.Next()!));
        l.Append(I(2));
        Assert.Equal("2", Repr(it.Next()!));
        Assert.Null(it.Next());
    }

    [Fact]
    public void Constructor()
    {
        Assert.Equal("[]", Repr(ListObject.PyType.Call(ReadOnlySpan<PyObject>.Empty, 0)));
        Assert.Equal("[1, 2]", Repr(ListObject.PyType.Call(new PyObject[] { T(1, 2) }, 0)));
        Assert.Equal("[0, 1, 2]", Repr(ListObject.PyType.Call(new PyObject[] { new RangeObject(0, 3, 1) }, 0)));
        Assert.Equal("TypeError: 'int' object isn't iterable", Error(() => ListObject.PyType.Call(new PyObject[] { I(1) }, 0)));
        Assert.Equal("TypeError: function expected at most 1 arguments, got 2", Error(() => ListObject.PyType.Call(new PyObject[] { I(1), I(2) }, 0)));
    }

    [Fact]
    public void SortIsStableAndHonoursKeyAndReverse()
    {
        var pairs = LO(T(I(1), S("a")), T(I(0), S("b")), T(I(1), S("c")), T(I(0), S("d")));
        var first = new BuiltinFunction("first", x => ((TupleObject)x).Items[0]);
        CallKw(pairs, "sort", Array.Empty<PyObject>(), ("key", first));
        Assert.Equal("[(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c')]", Repr(pairs));
        CallKw(pairs, "sort", Array.Empty<PyObject>(), ("key", first), ("reverse", BoolObject.True));
        Assert.Equal("[(1, 'a'), (1, 'c'), (0, 'b'), (0, 'd')]", Repr(pairs));

        var l = L(3, 1, 2);
        CallKw(l, "sort", Array.Empty<PyObject>(), ("reverse", BoolObject.True));
        Assert.Equal("[3, 2, 1]", Repr(l));
        var words = LO(S("bb"), S("a"), S("ccc"), S("dd"));
        Call(words, "sort");
        Assert.Equal("['a', 'bb', 'ccc', 'dd']", Repr(words));
    }

    [Fact]
    public void SortMatchesReferenceOnLargeInputs()
    {
        var rng = new Random(1234);
        foreach (int n in new[] { 0, 1, 2, 13, 100, 1000, 5000 })
        {
            var values = new long[n];
            for (int i = 0; i < n; i++)
            {
                values[i] = rng.Next(-50, 50);
            }

            // Pairs (value, position) sorted by value must keep positions ascending among equal values.
            var list = new ListObject();
            for (int i = 0; i < n; i++)
            {
                list.Append(T(values[i], i));
            }

            var keyFn = new BuiltinFunction("k", x => ((TupleObject)x).Items[0]);
            list.Sort(keyFn, false);
            for (int i = 1; i < n; i++)
            {
                var a = (TupleObject)list[i - 1];
                var b = (TupleObject)list[i];
                long va = ((IntObject)a.Items[0]).Value;
                long vb = ((IntObject)b.Items[0]).Value;
                Assert.True(va < vb || (va == vb && ((IntObject)a.Items[1]).Value < ((IntObject)b.Items[1]).Value));
            }

            list.Sort(keyFn, true);
            for (int i = 1; i < n; i++)
            {
                var a = (TupleObject)list[i - 1];
                var b = (TupleObject)list[i];
                long va = ((IntObject)a.Items[0]).Value;
                long vb = ((IntObject)b.Items[0]).Value;
                Assert.True(va > vb || (va == vb && ((IntObject)a.Items[1]).Value < ((IntObject)b.Items[1]).Value));
            }
        }
    }

    [Fact]
    public void SortErrors()
    {
        var l = LO(I(3), S("a"), I(1));
        Assert.Equal("TypeError: unsupported types for __lt__: 'str', 'int'", Error(() => Call(l, "sort")));
        Assert.Equal("[3, 'a', 1]", Repr(l));
        Assert.Equal("TypeError: extra positional arguments given", Error(() => Call(L(1), "sort", NoneObject.None)));
        Assert.Equal("TypeError: extra keyword arguments given", Error(() => CallKw(L(1), "sort", Array.Empty<PyObject>(), ("foo", I(1)))));
    }

    [Fact]
    public void MethodsAreBoundAndTyped()
    {
        var append = Ops.LoadAttr(L(), StrObject.Intern("append"));
        Assert.IsType<BoundMethodObject>(append);
        var unbound = Ops.LoadAttr(ListObject.PyType, StrObject.Intern("append"));
        Assert.Equal("TypeError: argument should be a 'list' not a 'int'", Error(() => unbound.Call(new PyObject[] { I(1), I(2) }, 0)));
    }
}
