using System;
using MicroPython.Bytecode;
using MicroPython.Objects;
using MicroPython.Runtime;
using Xunit;
using static MicroPython.Tests.Objects.Py;

namespace MicroPython.Tests.Objects;

// Expected values checked against CPython 3; dicts iterate in insertion order (docs/architecture.md).
public class DictTests
{
    public DictTests()
    {
        NewRuntime();
    }

    private static DictObject D(params (PyObject Key, PyObject Value)[] items)
    {
        var d = new DictObject();
        foreach (var (k, v) in items)
        {
            d.SetItem(k, v);
        }

        return d;
    }

    [Fact]
    public void ReprAndInsertionOrder()
    {
        Assert.Equal("{}", Repr(new DictObject()));
        var d = D((S("b"), I(1)), (S("a"), I(2)), (S("c"), I(3)));
        Assert.Equal("{'b': 1, 'a': 2, 'c': 3}", Repr(d));
        d.DelItem(S("b"));
        d.SetItem(S("b"), I(4));
        d.SetItem(S("a"), I(5));
        Assert.Equal("{'a': 5, 'c': 3, 'b': 4}", Repr(d));
        var self = new DictObject();
        self.SetItem(S("x"), self);
        Assert.Equal("{'x': {...}}", Repr(self));
    }

    [Fact]
    public void ItemAccessAndKeyErrors()
    {
        var d = D((I(1), S("one")));
        Assert.Equal("'one'", Repr(d.GetItem(I(1))));
        Assert.Equal("KeyError: k", Error(() => new DictObject().GetItem(S("k"))));
        Assert.Equal("KeyError: 2", Error(() => d.DelItem(I(2))));
        Assert.Equal("TypeError: unsupported type for __hash__: 'list'", Error(() => d.SetItem(L(1), I(1))));
        Assert.True(d.Contains(I(1)));
        Assert.False(d.Contains(I(2)));
    }

    [Fact]
    public void GetSetdefaultPopPopitem()
    {
        var d = D((S("a"), I(1)));
        Assert.Equal("1", Repr(Call(d, "get", S("a"))));
        Assert.Equal("None", Repr(Call(d, "get", S("z"))));
        Assert.Equal("0", Repr(Call(d, "get", S("z"), I(0))));
        Assert.Equal("1", Repr(Call(d, "setdefault", S("a"), I(9))));
        Assert.Equal("9", Repr(Call(d, "setdefault", S("b"), I(9))));
        Assert.Equal("None", Repr(Call(d, "setdefault", S("c"))));
        Assert.Equal("{'a': 1, 'b': 9, 'c': None}", Repr(d));
        Assert.Equal("9", Repr(Call(d, "pop", S("b"))));
        Assert.Equal("-1", Repr(Call(d, "pop", S("b"), I(-1))));
        Assert.Equal("KeyError: a", Error(() => Call(new DictObject(), "pop", S("a"))));
        Assert.Equal("('c', None)", Repr(Call(d, "popitem")));
        Assert.Equal("('a', 1)", Repr(Call(d, "popitem")));
        Assert.Equal("KeyError: popitem(): dictionary is empty", Error(() => Call(d, "popitem")));
    }

    [Fact]
    public void UpdateAndConstructor()
    {
        var d = new DictObject();
        CallKw(d, "update", new PyObject[] { D((I(1), I(2))) }, ("x", I(3)));
        Call(d, "update", LO(T(4, 5), L(6, 7)));
        Assert.Equal("{1: 2, 'x': 3, 4: 5, 6: 7}", Repr(d));
        Assert.Equal("ValueError: dict update sequence has wrong length", Error(() => Call(d, "update", LO(T(1, 2, 3)))));
        Assert.Equal("ValueError: dict update sequence has wrong length", Error(() => Call(d, "update", LO(L(1)))));
        Assert.Equal("TypeError: 'int' object isn't iterable", Error(() => Call(d, "update", LO(I(1)))));

        Assert.Equal("{}", Repr(B("dict")));
        Assert.Equal("{1: 2}", Repr(B("dict", LO(T(1, 2)))));
        Assert.Equal("{'a': 1, 'b': 2}", Repr(BKw("dict", Array.Empty<PyObject>(), ("a", I(1)), ("b", I(2)))));
        Assert.Equal("{1: 2, 'b': 3}", Repr(BKw("dict", new PyObject[] { D((I(1), I(2))) }, ("b", I(3)))));
        Assert.Equal("TypeError: function expected at most 2 arguments, got 3", Error(() => B("dict", I(1), I(2))));
        Assert.Equal("TypeError: 'int' object isn't iterable", Error(() => B("dict", I(1))));
    }

    [Fact]
    public void FromKeysCopyClear()
    {
        var fromkeys = Ops.LoadAttr(DictObject.PyType, StrObject.Intern("fromkeys"));
        Assert.Equal("{1: None, 2: None}", Repr(fromkeys.Call(new PyObject[] { L(1, 2) }, 0)));
        Assert.Equal("{'a': 0, 'b': 0}", Repr(fromkeys.Call(new PyObject[] { LO(S("a"), S("b")), I(0) }, 0)));
        var d = D((I(1), I(2)));
        var c = (DictObject)Call(d, "copy");
        Call(d, "clear");
        Assert.Equal("{}", Repr(d));
        Assert.Equal("{1: 2}", Repr(c));
    }

    [Fact]
    public void Views()
    {
        var d = D((I(1), S("a")), (I(2), S("b")));
        var keys = Call(d, "keys");
        var values = Call(d, "values");
        var items = Call(d, "items");
        Assert.Equal("dict_keys([1, 2])", Repr(keys));
        Assert.Equal("dict_values(['a', 'b'])", Repr(values));
        Assert.Equal("dict_items([(1, 'a'), (2, 'b')])", Repr(items));
        Assert.Equal(2, Ops.Length(keys));
        Assert.True(keys.Contains(I(1)));
        Assert.True(values.Contains(S("b")));
        Assert.True(items.Contains(T(I(2), S("b"))));
        Assert.False(items.Contains(T(I(2), S("a"))));
        d.SetItem(I(3), S("c"));
        Assert.Equal("[1, 2, 3]", Repr(ToList(keys)));

        // Set-like as in CPython (MicroPython lacks the operators, a limitation); values views are not.
        Assert.Equal("set()", Repr(Ops.BinaryOp(BinaryOp.And, keys, new SetObject())));
        Assert.Equal("TypeError: unsupported types for __and__: 'dict_view', 'set'", Error(() => Ops.BinaryOp(BinaryOp.And, new DictViewObject(d, DictViewKind.Values), new SetObject())));
        Assert.Equal("<class 'dict_view'>", Repr(keys.Type));
    }

    [Fact]
    public void EqualityAndUnion()
    {
        var a = D((I(1), I(2)), (I(3), I(4)));
        var b = D((I(3), I(4)), (I(1), I(2)));
        Assert.Same(BoolObject.True, Ops.BinaryOp(BinaryOp.Equal, a, b));
        Assert.Same(BoolObject.False, Ops.BinaryOp(BinaryOp.Equal, a, D((I(1), I(2)))));
        Assert.Same(BoolObject.True, Ops.BinaryOp(BinaryOp.NotEqual, a, D((I(1), I(2)), (I(3), I(5)))));
        Assert.Equal("{1: 2, 3: 4, 5: 6}", Repr(Ops.BinaryOp(BinaryOp.Or, a, D((I(5), I(6))))));
        Assert.Equal("{1: 2, 3: 4}", Repr(a));
        var r = Ops.BinaryOp(BinaryOp.InplaceOr, a, D((I(1), I(0))));
        Assert.Same(a, r);
        Assert.Equal("{1: 0, 3: 4}", Repr(a));
        Assert.Equal("TypeError: unsupported types for __or__: 'dict', 'list'", Error(() => Ops.BinaryOp(BinaryOp.Or, a, L(1))));
        Assert.Equal("TypeError: unsupported types for __lt__: 'dict', 'dict'", Error(() => Ops.BinaryOp(BinaryOp.Less, a, b)));
    }

    [Fact]
    public void DeletingWhileIteratingIsAllowed()
    {
        // MicroPython doesn't check for mutation during iteration (cpython-differences.md §1.7).
        var d = D((I(1), I(1)), (I(2), I(2)), (I(3), I(3)));
        var it = d.GetIter();
        PyObject? k;
        while ((k = it.Next()) != null)
        {
            d.DelItem(k);
        }

        Assert.Equal("{}", Repr(d));
    }

    [Fact]
    public void ManyInsertionsAndDeletions()
    {
        var d = new DictObject();
        for (int i = 0; i < 20000; i++)
        {
            d.SetItem(I(i * 7), I(i));
        }

        for (int i = 0; i < 20000; i += 2)
        {
            d.DelItem(I(i * 7));
        }

        Assert.Equal(10000, d.Count);
        for (int i = 0; i < 20000; i++)
        {
            var v = d.GetOrNull(I(i * 7));
            Assert.Equal(i % 2 == 1, v != null);
        }

        // Order survives compaction: the first remaining key is 7, the last 139993.
        var it = d.GetIter();
        Assert.Equal("7", Repr(it.Next()!));
        for (int i = 0; i < 100000; i++)
        {
            d.SetItem(S("k" + (i % 50)), I(i));
            d.DelItem(S("k" + (i % 50)));
        }

        Assert.Equal(10000, d.Count);

        // popitem from the end repeatedly stays cheap (trailing holes are released).
        while (d.Count > 0)
        {
            Call(d, "popitem");
        }
    }

    [Fact]
    public void CopyIsDenseAndLeavesTheSourceAlone()
    {
        var d = new DictObject();
        for (int i = 0; i < 10; i++)
        {
            d.SetItem(I(i), I(i));
        }

        for (int i = 0; i < 10; i += 3)
        {
            d.DelItem(I(i));
        }

        var it = d.GetIter();
        Assert.Equal("1", Repr(it.Next()!));
        var c = (DictObject)Call(d, "copy");
        Assert.Equal("{1: 1, 2: 2, 4: 4, 5: 5, 7: 7, 8: 8}", Repr(c));

        // The source was not compacted under its running iterator.
        Assert.Equal("2", Repr(it.Next()!));
        c.SetItem(I(100), I(0));
        c.DelItem(I(1));
        Assert.Equal(6, d.Count);
        Assert.Equal("{2: 2, 4: 4, 5: 5, 7: 7, 8: 8, 100: 0}", Repr(c));
        Assert.Equal("{1: 1, 2: 2, 4: 4, 5: 5, 7: 7, 8: 8}", Repr(d));
    }

    [Fact]
    public void StrKeysCompareByValue()
    {
        var d = new DictObject();
        d.SetItem(StrObject.Intern("name"), I(1));
        Assert.Equal("1", Repr(d.GetItem(new StrObject("name"))));
        d.SetItem(new StrObject("name"), I(2));
        Assert.Equal(1, d.Count);
        Assert.Equal("2", Repr(d.GetOrNull("name")!));
    }
}
