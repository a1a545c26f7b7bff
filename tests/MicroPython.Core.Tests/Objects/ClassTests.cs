using System.Collections.Generic;
using MicroPython.Bytecode;
using MicroPython.Objects;
using MicroPython.Runtime;
using Xunit;
using static MicroPython.Tests.Objects.Cls;
using static MicroPython.Tests.Objects.Py;

namespace MicroPython.Tests.Objects;

// Classes built from C# (TestFunction stands in for Python functions). Expected texts are MicroPython's
// (errors-and-tracebacks.md §3, cpython-differences.md §1.1/§1.2/§5).
public class ClassTests
{
    public ClassTests()
    {
        NewRuntime();
    }

    private static TypeObject Point() => Class(
        "Point",
        Members(
            ("__init__", Proc(a => Set(a[0], "x", a[1]))),
            ("getx", Fn(a => Get(a[0], "x"))),
            ("k", I(5))));

    [Fact]
    public void InstantiateAndUseAttributes()
    {
        var A = Point();
        var a = New(A, I(7));
        Assert.Equal("7", Repr(Get(a, "x")));
        Assert.Equal("7", Repr(Invoke(Get(a, "getx"))));
        Assert.Equal("5", Repr(Get(A, "k")));
        Assert.Equal("5", Repr(Get(a, "k")));
        Assert.Equal("{'x': 7}", Repr(Get(a, "__dict__")));
        Assert.Same(A, Get(a, "__class__"));
        Assert.Same(A, Invoke(TypeObject.TypeType, a));
    }

    [Fact]
    public void ClassAndInstancePrinting()
    {
        var A = Point();
        Assert.Equal("<class 'Point'>", Repr(A));
        var r = Repr(New(A, I(1)));
        Assert.StartsWith("<Point object at ", r);
        Assert.DoesNotContain("0x", r);
    }

    [Fact]
    public void TypeAttributes()
    {
        var A = Point();
        var B = Class("B", Members(), A);
        Assert.Equal("'B'", Repr(Get(B, "__name__")));
        Assert.Equal("(<class 'Point'>,)", Repr(Get(B, "__bases__")));
        Assert.Equal("(<class 'object'>,)", Repr(Get(A, "__bases__")));
        Assert.Equal("()", Repr(Get(TypeObject.ObjectType, "__bases__")));
        Assert.Equal("(<class 'B'>, <class 'Point'>, <class 'object'>)", Repr(Get(B, "__mro__")));
        Assert.Equal("'int'", Repr(Get(IntObject.PyType, "__name__")));
        Assert.Contains("'k': 5", Repr(Get(A, "__dict__")));
        Assert.Same(TypeObject.TypeType, Get(A, "__class__"));
    }

    [Fact]
    public void MissingAttributes()
    {
        var A = Point();
        var a = New(A, I(1));
        Assert.Equal("AttributeError: type object 'Point' has no attribute 'foo'", Error(() => Get(A, "foo")));
        Assert.Equal("AttributeError: 'Point' object has no attribute 'foo'", Error(() => Get(a, "foo")));
        Assert.Equal("AttributeError: 'type' object has no attribute 'foo'", Error(() => Del(A, "foo")));
        Assert.Equal("AttributeError: 'Point' object has no attribute 'foo'", Error(() => Del(a, "foo")));
        Assert.Equal("AttributeError: 'type' object has no attribute 'foo'", Error(() => Set(IntObject.PyType, "foo", I(1))));
    }

    [Fact]
    public void ClassAttributeStoreAndDelete()
    {
        var A = Point();
        var a = New(A, I(1));
        Set(A, "k", I(6));
        Assert.Equal("6", Repr(Get(a, "k")));
        Del(A, "k");
        Assert.Equal("no exception", Error(() => Set(a, "k", I(2))));
        Assert.Equal("2", Repr(Get(a, "k")));
        Assert.Equal("AttributeError: type object 'Point' has no attribute 'k'", Error(() => Get(A, "k")));
    }

    [Fact]
    public void DefaultBehaviourAndErrors()
    {
        var A = Class("A", Members());
        var a = New(A);
        var b = New(A);
        Assert.True(Ops.IsTrue(a));
        Assert.Equal(Ops.Id(a), Ops.Hash(a));
        Assert.Equal("True", Repr(Ops.BinaryOp(BinaryOp.Equal, a, a)));
        Assert.Equal("False", Repr(Ops.BinaryOp(BinaryOp.Equal, a, b)));
        Assert.Equal("True", Repr(Ops.BinaryOp(BinaryOp.NotEqual, a, b)));
        Assert.Equal("TypeError: unsupported types for __add__: 'A', 'int'", Error(() => Ops.BinaryOp(BinaryOp.Add, a, I(1))));
        Assert.Equal("TypeError: unsupported types for __lt__: 'A', 'A'", Error(() => Ops.BinaryOp(BinaryOp.Less, a, b)));
        Assert.Equal("TypeError: unsupported type for __neg__: 'A'", Error(() => Ops.UnaryOp(UnaryOp.Negative, a)));
        Assert.Equal("TypeError: object of type 'A' has no len()", Error(() => Ops.Length(a)));
        Assert.Equal("TypeError: 'A' object isn't subscriptable", Error(() => a.GetItem(I(0))));
        Assert.Equal("TypeError: 'A' object doesn't support item assignment", Error(() => a.SetItem(I(0), I(1))));
        Assert.Equal("TypeError: 'A' object doesn't support item deletion", Error(() => a.DelItem(I(0))));
        Assert.Equal("TypeError: 'A' object isn't iterable", Error(() => Ops.GetIter(a)));
        Assert.Equal("TypeError: 'A' object isn't an iterator", Error(() => Ops.Next(a)));
        Assert.Equal("TypeError: 'A' object isn't callable", Error(() => Invoke(a)));
    }

    [Fact]
    public void InitMustReturnNone()
    {
        var B = Class("B", Members(("__init__", Fn(a => I(1)))));
        Assert.Equal("TypeError: __init__() should return None, not 'int'", Error(() => New(B)));
    }

    [Fact]
    public void ArgumentsWithoutInitAreIgnoredAsInMicroPython()
    {
        var A = Class("A", Members());
        Assert.Equal("no exception", Error(() => New(A, I(1))));
    }

    private static TypeObject Vector() => Class(
        "V",
        Members(
            ("__init__", Proc(a => Set(a[0], "v", a[1]))),
            ("__add__", Fn(a => a[1] is IntObject ? Ops.BinaryOp(BinaryOp.Add, Get(a[0], "v"), a[1]) : NotImplementedObject.Value)),
            ("__radd__", Fn(a => Ops.BinaryOp(BinaryOp.Multiply, Get(a[0], "v"), a[1]))),
            ("__eq__", Fn(a => BoolObject.From(a[1] is InstanceObject && Ops.Equal(Get(a[0], "v"), Get(a[1], "v"))))),
            ("__lt__", Fn(a => BoolObject.From(Int(Get(a[0], "v")) < Int(Get(a[1], "v"))))),
            ("__repr__", Fn(a => S("V(" + Repr(Get(a[0], "v")) + ")"))),
            ("__len__", Fn(a => Get(a[0], "v"))),
            ("__neg__", Fn(a => S("neg"))),
            ("__call__", Fn(a => S("called" + (a.Length - 1)))),
            ("__iadd__", Fn(a => S("iadd")))));

    [Fact]
    public void ArithmeticSpecialMethods()
    {
        var V = Vector();
        var v = New(V, I(3));
        Assert.Equal("4", Repr(Ops.BinaryOp(BinaryOp.Add, v, I(1))));
        Assert.Equal("6", Repr(Ops.BinaryOp(BinaryOp.Add, I(2), v)));
        Assert.Equal("TypeError: unsupported types for __add__: 'V', 'str'", Error(() => Ops.BinaryOp(BinaryOp.Add, v, S("s"))));
        Assert.Equal("'iadd'", Repr(Ops.BinaryOp(BinaryOp.InplaceAdd, v, I(1))));
        Assert.Equal("TypeError: unsupported types for __sub__: 'V', 'int'", Error(() => Ops.BinaryOp(BinaryOp.InplaceSubtract, v, I(1))));
        Assert.Equal("'neg'", Repr(Ops.UnaryOp(UnaryOp.Negative, v)));
    }

    [Fact]
    public void InplaceFallsBackToPlainOperator()
    {
        var A = Class("A", Members(("__add__", Fn(a => S("add")))));
        Assert.Equal("'add'", Repr(Ops.BinaryOp(BinaryOp.InplaceAdd, New(A), I(1))));
    }

    [Fact]
    public void ComparisonSpecialMethods()
    {
        var V = Vector();
        var v1 = New(V, I(3));
        var v2 = New(V, I(3));
        var v5 = New(V, I(5));
        Assert.Equal("True", Repr(Ops.BinaryOp(BinaryOp.Equal, v1, v2)));
        Assert.Equal("False", Repr(Ops.BinaryOp(BinaryOp.NotEqual, v1, v2)));
        Assert.Equal("True", Repr(Ops.BinaryOp(BinaryOp.NotEqual, v1, v5)));
        Assert.Equal("True", Repr(Ops.BinaryOp(BinaryOp.Less, v1, v5)));
        Assert.Equal("True", Repr(Ops.BinaryOp(BinaryOp.More, v5, v1)));
        Assert.True(Ops.Equal(v1, v2));
    }

    [Fact]
    public void EqWithoutHashIsUnhashable()
    {
        var V = Vector();
        Assert.Equal("TypeError: unsupported type for __hash__: 'V'", Error(() => Ops.Hash(New(V, I(1)))));
        var H = Class("H", Members(("__hash__", Fn(a => I(42)))));
        Assert.Equal(42, Ops.Hash(New(H)));
        var N = Class("N", Members(("__hash__", NoneObject.None)));
        Assert.Equal("TypeError: unsupported type for __hash__: 'N'", Error(() => Ops.Hash(New(N))));
    }

    [Fact]
    public void ReprStrLenBoolCall()
    {
        var V = Vector();
        var v = New(V, I(5));
        Assert.Equal("V(5)", Repr(v));
        Assert.Equal("V(5)", Ops.Str(v));
        Assert.Equal(5, Ops.Length(v));
        Assert.True(Ops.IsTrue(v));
        Assert.False(Ops.IsTrue(New(V, I(0))));
        Assert.Equal("'called2'", Repr(Invoke(v, I(1), I(2))));

        var S2 = Class("S2", Members(("__str__", Fn(a => S("str!"))), ("__bool__", Fn(a => BoolObject.False))));
        var s = New(S2);
        Assert.Equal("str!", Ops.Str(s));
        Assert.StartsWith("<S2 object at ", Repr(s));
        Assert.False(Ops.IsTrue(s));
    }

    [Fact]
    public void SequenceProtocolThroughGetItem()
    {
        var Sq = Class("Sq", Members(("__getitem__", Fn(a =>
        {
            long i = Int(a[1]);
            if (i >= 3)
            {
                throw Errors.IndexError("out");
            }

            return I(i * 10);
        }))));
        var sq = New(Sq);
        Assert.Equal("[0, 10, 20]", Repr(ToList(sq)));
        Assert.True(Ops.Contains(sq, I(20)));
        Assert.False(Ops.Contains(sq, I(5)));
        Assert.Equal("10", Repr(sq.GetItem(I(1))));
    }

    [Fact]
    public void ItemAssignmentAndContains()
    {
        var store = new DictObject();
        var M = Class("M", Members(
            ("__setitem__", Proc(a => store.SetItem(a[1], a[2]))),
            ("__delitem__", Proc(a => store.Remove(a[1]))),
            ("__contains__", Fn(a => I(store.ContainsKey(a[1]) ? 1 : 0)))));
        var m = New(M);
        m.SetItem(S("a"), I(1));
        Assert.True(Ops.Contains(m, S("a")));
        m.DelItem(S("a"));
        Assert.False(Ops.Contains(m, S("a")));
    }

    [Fact]
    public void IteratorClassEndsOnStopIteration()
    {
        var It = Class("It", Members(
            ("__init__", Proc(a => Set(a[0], "i", I(0)))),
            ("__iter__", Fn(a => a[0])),
            ("__next__", Fn(a =>
            {
                long i = Int(Get(a[0], "i"));
                if (i >= 3)
                {
                    throw Errors.StopIteration(I(99));
                }

                Set(a[0], "i", I(i + 1));
                return I(i);
            }))));
        Assert.Equal("[0, 1, 2]", Repr(ToList(New(It))));
    }

    [Fact]
    public void UnaryConversions()
    {
        var A = Class("A", Members(("__int__", Fn(a => I(7))), ("__float__", Fn(a => S("f"))), ("__abs__", Fn(a => I(1)))));
        var a = New(A);
        Assert.Equal("7", Repr(Ops.UnaryOp(UnaryOp.Int, a)));
        Assert.Equal("1", Repr(Ops.UnaryOp(UnaryOp.Abs, a)));
        var Ix = Class("Ix", Members(("__index__", Fn(a => I(3)))));
        Assert.Equal("3", Repr(Ops.UnaryOp(UnaryOp.Int, New(Ix))));
        var Bad = Class("Bad", Members(("__int__", Fn(a => S("x")))));
        Assert.Equal("TypeError: ", Error(() => Ops.UnaryOp(UnaryOp.Int, New(Bad))));
    }

    [Fact]
    public void SpecialMethodCacheFollowsClassChanges()
    {
        var C = Class("C", Members());
        var C2 = Class("C2", Members(), C);
        var c = New(C);
        var c2 = New(C2);
        Assert.Equal("TypeError: object of type 'C' has no len()", Error(() => Ops.Length(c)));
        Set(C, "__len__", Fn(a => I(3)));
        Assert.Equal(3, Ops.Length(c));
        Assert.Equal(3, Ops.Length(c2));
        Set(C, "__len__", Fn(a => I(4)));
        Assert.Equal(4, Ops.Length(c2));
        Del(C, "__len__");
        Assert.Equal("TypeError: object of type 'C2' has no len()", Error(() => Ops.Length(c2)));
    }

    [Fact]
    public void InheritanceSuperClassAndStaticMethods()
    {
        var Base = Class("Base", Members(
            ("__init__", Proc(a => Set(a[0], "b", a[1]))),
            ("who", Fn(a => S("Base.who"))),
            ("cm", new ClassMethodObject(Fn(a => S("cm:" + ((TypeObject)a[0]).Name)))),
            ("sm", new StaticMethodObject(Fn(a => S("sm" + a.Length))))));
        TypeObject? derived = null;
        derived = Class("Derived", Members(
            ("__init__", Proc(a =>
            {
                SuperCall(derived!, a[0], "__init__", a[1]);
                Set(a[0], "d", I(1));
            })),
            ("who", Fn(a => S("Derived+" + Ops.Str(Invoke(Get(New(SuperObject.PyType, derived!, a[0]), "who"))))))),
            Base);
        var d = New(derived, I(9));
        Assert.Equal("9", Repr(Get(d, "b")));
        Assert.Equal("1", Repr(Get(d, "d")));
        Assert.Equal("Derived+Base.who", Ops.Str(Invoke(Get(d, "who"))));
        Assert.Equal("cm:Derived", Ops.Str(Invoke(Get(derived, "cm"))));
        Assert.Equal("cm:Derived", Ops.Str(Invoke(Get(d, "cm"))));
        Assert.Equal("cm:Derived", Ops.Str(SuperCall(derived, d, "cm")));
        Assert.Equal("sm1", Ops.Str(Invoke(Get(d, "sm"), I(1))));
        Assert.Equal("sm0", Ops.Str(Invoke(Get(derived, "sm"))));
        Assert.Equal("sm0", Ops.Str(SuperCall(derived, d, "sm")));
        Assert.StartsWith("<function", Repr(Get(derived, "who")) + "<function");
    }

    [Fact]
    public void SuperObjectAttributes()
    {
        var A = Class("A", Members(("f", Fn(a => S("A.f"))), ("p", New(PropertyObject.PyType, Fn(a => I(1))))));
        var B = Class("B", Members(), A);
        var b = New(B);
        var sup = New(SuperObject.PyType, B, b);
        Assert.StartsWith("<super: <class 'B'>, <B object at ", Repr(sup));
        Assert.Equal("'A.f'", Repr(Invoke(Get(sup, "f"))));
        Assert.Equal("1", Repr(Get(sup, "p")));
        Assert.Equal("AttributeError: 'super' object has no attribute 'nope'", Error(() => Get(sup, "nope")));
        Assert.Equal("AttributeError: 'super' object has no attribute 'nope'", Error(() => SuperCall(B, b, "nope")));
        Assert.Equal("TypeError: function takes 2 positional arguments but 1 were given", Error(() => New(SuperObject.PyType, B)));
        Assert.Equal("TypeError: ", Error(() => New(SuperObject.PyType, I(1), b)));
        Assert.Equal("None", Repr(SuperCall(B, b, "__init__")));
    }

    [Fact]
    public void SuperFollowsTheC3Order()
    {
        // class A: f -> 'A'; class B(A): f -> 'B' + super; class C(A): f -> 'C' + super; class D(B, C): f -> 'D' + super.
        // C3 order D B C A (MicroPython's depth-first D B A is a documented limitation, not copied:
        // tests/conformance/classes/mro_diamond_super.py).
        TypeObject? b = null, c = null, d = null;
        var A = Class("A", Members(("f", Fn(a => S("A")))));
        b = Class("B", Members(("f", Fn(a => S("B" + Ops.Str(SuperCall(b!, a[0], "f")))))), A);
        c = Class("C", Members(("f", Fn(a => S("C" + Ops.Str(SuperCall(c!, a[0], "f")))))), A);
        d = Class("D", Members(("f", Fn(a => S("D" + Ops.Str(SuperCall(d!, a[0], "f")))))), b, c);
        Assert.Equal("DBCA", Ops.Str(Invoke(Get(New(d), "f"))));
        Assert.Equal("(<class 'D'>, <class 'B'>, <class 'C'>, <class 'A'>, <class 'object'>)", Repr(Get(d, "__mro__")));
    }

    [Fact]
    public void SuperWithAClassAsSecondArgument()
    {
        var A = Class("A", Members(
            ("make", new ClassMethodObject(Fn(a => S("A.make:" + ((TypeObject)a[0]).Name)))),
            ("plain", Fn(a => S("plain" + a.Length)))));
        TypeObject? b = null;
        b = Class("B", Members(
            ("__new__", Fn(a => SuperCall(b!, a[0], "__new__", a[0]))),
            ("make", new ClassMethodObject(Fn(a => S("B>" + Ops.Str(SuperCall(b!, a[0], "make"))))))), A);
        Assert.Equal("B>A.make:B", Ops.Str(Invoke(Get(b, "make"))));
        Assert.Same(b, New(b).Type);
        Assert.Equal("plain1", Ops.Str(Invoke(Get(New(SuperObject.PyType, b, b), "plain"), I(0))));
    }

    [Fact]
    public void ObjectInitBuildsTheNativePartOfABuiltinSubclass()
    {
        // What super().__init__(items) reaches when the MRO walk ends at object (list has no __init__ entry).
        var L2 = Class("L2", Members(("__init__", Proc(a => Invoke(Get(TypeObject.ObjectType, "__init__"), a[0], a[1])))), ListObject.PyType);
        Assert.Equal("[1, 2]", Repr(New(L2, T(1, 2))));
        var A = Class("A", Members());
        Assert.Equal("TypeError: function takes 1 positional arguments but 2 were given", Error(() => Invoke(Get(TypeObject.ObjectType, "__init__"), New(A), I(1))));
    }

    [Fact]
    public void IsInstanceAndIsSubclass()
    {
        var A = Class("A", Members());
        var B = Class("B", Members(), A);
        var b = New(B);
        Assert.True(Ops.IsInstance(b, (PyObject)A));
        Assert.True(Ops.IsInstance(b, T(IntObject.PyType, A)));
        Assert.False(Ops.IsInstance(b, T(IntObject.PyType, I(1))));
        Assert.True(Ops.IsInstance(I(1), (PyObject)TypeObject.ObjectType));
        Assert.True(Ops.IsSubclass(B, A));
        Assert.False(Ops.IsSubclass(A, B));
        Assert.Equal("TypeError: issubclass() arg 2 must be a class or a tuple of classes", Error(() => Ops.IsInstance(b, I(1))));
        Assert.Equal("TypeError: issubclass() arg 1 must be a class", Error(() => Ops.IsSubclass(I(1), A)));
    }

    [Fact]
    public void ExceptionSubclassWithoutInit()
    {
        var E = Class("E", Members(), ExceptionTypes.Exception);
        var e = New(E, S("x"));
        Assert.Equal("('x',)", Repr(Get(e, "args")));
        Assert.Equal("E('x',)", Repr(e));
        Assert.Equal("x", Ops.Str(e));
        Assert.Equal("'x'", Repr(Get(e, "value")));
        Assert.True(Ops.IsInstance(e, (PyObject)ExceptionTypes.BaseException));
        Assert.Equal("E: x", TracebackPrinter.LastLine(e));
        Assert.Equal("no exception", Error(() => Set(e, "foo", I(1))));
        Assert.IsType<ExceptionObject>(new PyException(e).Exception);
    }

    [Fact]
    public void ExceptionSubclassCallingSuperInit()
    {
        TypeObject? e2 = null;
        e2 = Class("E2", Members(("__init__", Proc(a =>
        {
            SuperCall(e2!, a[0], "__init__", a[1]);
            Set(a[0], "m", a[1]);
        }))), ExceptionTypes.Exception);
        var e = New(e2, S("msg"));
        Assert.Equal("('msg',)", Repr(Get(e, "args")));
        Assert.Equal("'msg'", Repr(Get(e, "m")));
        Assert.Equal("E2: msg", TracebackPrinter.LastLine(e));
    }

    [Fact]
    public void ExceptionSubclassInitNotCallingSuper()
    {
        var E3 = Class("E3", Members(("__init__", Proc(a => { }))), ExceptionTypes.ValueError);
        var e = New(E3, I(1), I(2));
        Assert.Equal("(1, 2)", Repr(Get(e, "args")));
        Assert.Equal("E3: (1, 2)", TracebackPrinter.LastLine(e));
    }

    [Fact]
    public void ExceptionMethodsAndAttributes()
    {
        var ve = New(ExceptionTypes.ValueError, S("x"));
        Assert.Equal("ValueError('x',)", Repr(ve));
        Assert.Equal("AttributeError: 'ValueError' object has no attribute 'foo'", Error(() => Set(ve, "foo", I(1))));
        var E = Class("E", Members(), ExceptionTypes.Exception);
        var e = New(E);
        Assert.Equal("None", Repr(Invoke(Get(ExceptionTypes.Exception, "__init__"), e, S("y"))));
        Assert.Equal("('y',)", Repr(Get(e, "args")));
        Assert.Equal("'y'", Repr(Invoke(Get(e, "__str__"))));
        Assert.Equal("\"E('y',)\"", Repr(Invoke(Get(e, "__repr__"))));
        var Es = Class("Es", Members(("__str__", Fn(a => S("custom")))), ExceptionTypes.Exception);
        var es = New(Es, I(1));
        Assert.Equal("custom", Ops.Str(es));
        Assert.Equal("Es: 1", TracebackPrinter.LastLine(es));
        var Er = Class("Er", Members(("__repr__", Fn(a => S("R")))), ExceptionTypes.Exception);
        Assert.Equal("R", TracebackPrinter.LastLine(New(Er, I(1))));
    }

    [Fact]
    public void BadBasesAndTypeCalls()
    {
        Assert.Equal("TypeError: type 'bool' isn't an acceptable base type", Error(() => Class("X", Members(), BoolObject.BoolType)));
        Assert.Equal("TypeError: type 'function' isn't an acceptable base type", Error(() => Class("X", Members(), BuiltinFunction.PyType)));
        Assert.Equal("TypeError: multiple bases have instance lay-out conflict", Error(() => Class("X", Members(), ListObject.PyType, DictObject.PyType)));
        Assert.Equal("TypeError: type takes 1 or 3 arguments", Error(() => Invoke(TypeObject.TypeType, I(1), I(2))));
        Assert.Equal("TypeError: ", Error(() => Invoke(TypeObject.TypeType, S("A"), I(1), new DictObject())));
        Assert.Equal("TypeError: can't convert 'int' object to str implicitly", Error(() => Invoke(TypeObject.TypeType, I(1), TupleObject.Empty, new DictObject())));
        var A = Point();
        var t3 = Invoke(TypeObject.TypeType, S("T3"), T(A), Members(("z", I(3))));
        Assert.Equal("<class 'T3'>", Repr(t3));
        Assert.Equal("3", Repr(Get(t3, "z")));
        Assert.Equal("5", Repr(Get(t3, "k")));
        Assert.Equal("1", Repr(Get(New(t3, I(1)), "x")));
    }

    [Fact]
    public void PlainObject()
    {
        var o = Invoke(TypeObject.ObjectType);
        Assert.Equal("<object>", Repr(o));
        Assert.Equal("AttributeError: 'object' object has no attribute 'x'", Error(() => Set(o, "x", I(1))));
        Assert.Equal("TypeError: function takes 0 positional arguments but 1 were given", Error(() => Invoke(TypeObject.ObjectType, I(1))));
        Assert.Same(TypeObject.ObjectType, Invoke(TypeObject.TypeType, o));
    }

    [Fact]
    public void ObjectMethodsApplyTheSlotsOfBuiltinObjects()
    {
        Assert.Equal("True", Repr(Invoke(Get(S("ab"), "__eq__"), new StrObject("ab"))));
        Assert.Equal("False", Repr(Invoke(Get(S("ab"), "__ne__"), new StrObject("ab"))));
        Assert.Equal("'[1, 2]'", Repr(Invoke(Get(L(1, 2), "__repr__"))));
        Assert.Equal("'ab'", Repr(Invoke(Get(S("ab"), "__str__"))));
        Assert.Equal("5", Repr(Invoke(Get(I(5), "__hash__"))));
        var A = Class("A", Members());
        var a = New(A);
        Assert.Equal("NotImplemented", Repr(Invoke(Get(a, "__eq__"), New(A))));
        Assert.Equal("True", Repr(Invoke(Get(a, "__eq__"), a)));
        Assert.Equal(Ops.Id(a), Int(Invoke(Get(a, "__hash__"))));
        Assert.StartsWith("'<A object at ", Repr(Invoke(Get(a, "__str__"))));
    }

    [Fact]
    public void SetAttrGetAttrDelAttrHooks()
    {
        var log = new List<string>();
        var SA = Class("SA", Members(
            ("__setattr__", Proc(a => Invoke(Get(TypeObject.ObjectType, "__setattr__"), a[0], a[1], S("set:" + Ops.Str(a[2]))))),
            ("__delattr__", Proc(a =>
            {
                log.Add("del " + Ops.Str(a[1]));
                Invoke(Get(TypeObject.ObjectType, "__delattr__"), a[0], a[1]);
            }))));
        var sa = New(SA);
        Set(sa, "q", I(1));
        Assert.Equal("set:1", Ops.Str(Get(sa, "q")));
        Del(sa, "q");
        Assert.Equal("del q", string.Join(",", log));
        Assert.Equal("AttributeError: 'SA' object has no attribute 'q'", Error(() => Get(sa, "q")));

        var GA = Class("GA", Members(("__getattr__", Fn(a => S("ga:" + Ops.Str(a[1])))), ("real", I(1))));
        var ga = New(GA);
        Assert.Equal("ga:zzz", Ops.Str(Get(ga, "zzz")));
        Assert.Equal("1", Ops.Str(Get(ga, "real")));
    }

    [Fact]
    public void Properties()
    {
        var ro = New(PropertyObject.PyType, Fn(a => S("got")));
        var rw = Invoke(Get(New(PropertyObject.PyType, Fn(a => Get(a[0], "_q"))), "setter"), Proc(a => Set(a[0], "_q", a[1])));
        var Pr = Class("Pr", Members(("p", ro), ("q", rw)));
        var pr = New(Pr);
        Assert.Equal("got", Ops.Str(Get(pr, "p")));
        Assert.Equal("AttributeError: 'Pr' object has no attribute 'p'", Error(() => Set(pr, "p", I(1))));
        Assert.Equal("AttributeError: 'Pr' object has no attribute 'p'", Error(() => Del(pr, "p")));
        Set(pr, "q", I(42));
        Assert.Equal("42", Ops.Str(Get(pr, "q")));
        Assert.Equal("<property>", Repr(Get(Pr, "p")));
        var noGet = New(PropertyObject.PyType);
        var Ng = Class("Ng", Members(("p", noGet)));
        Assert.Equal("AttributeError: unreadable attribute", Error(() => Get(New(Ng), "p")));
        var kw = PropertyObject.PyType.Call(new PyObject[] { StrObject.Intern("fget"), Fn(a => I(3)) }, 1);
        Assert.Equal("3", Repr(Get(New(Class("Kw", Members(("p", kw)))), "p")));
    }

    [Fact]
    public void UserDescriptors()
    {
        var Desc = Class("Desc", Members(
            ("__get__", Fn(a => S("get:" + (a[1] is NoneObject ? "cls" : "inst")))),
            ("__set__", Proc(a => Set(a[1], "_d", a[2]))),
            ("__set_name__", Proc(a => Set(a[0], "name", a[2])))));
        var desc = New(Desc);
        var UD = Class("UD", Members(("d", desc)));
        var ud = New(UD);
        Assert.Equal("get:inst", Ops.Str(Get(ud, "d")));
        Assert.Equal("get:cls", Ops.Str(Get(UD, "d")));
        Set(ud, "d", I(5));
        Assert.Equal("5", Ops.Str(Get(ud, "_d")));
        Assert.Equal("'d'", Repr(((InstanceObject)desc).Dict.GetOrNull("name")!));
    }

    [Fact]
    public void NewSpecialMethod()
    {
        var N = Class("N", Members(("__new__", Fn(a => I(99))), ("__init__", Proc(a => throw new System.InvalidOperationException()))));
        Assert.Equal("99", Repr(New(N)));
        var N2 = Class("N2", Members(
            ("__new__", Fn(a => Invoke(Get(TypeObject.ObjectType, "__new__"), a[0]))),
            ("__init__", Proc(a => Set(a[0], "i", a[1])))));
        Assert.Equal("4", Repr(Get(New(N2, I(4)), "i")));
        Assert.IsType<StaticMethodObject>(((TypeObject)N2).Dict.GetOrNull("__new__"));
        Assert.Equal("TypeError: arg must be user-type", Error(() => Invoke(Get(TypeObject.ObjectType, "__new__"), IntObject.PyType)));
    }

    [Fact]
    public void SubclassOfList()
    {
        var listSub = Class("L", Members(("first", Fn(a => a[0].GetItem(I(0))))), ListObject.PyType);
        var l = New(listSub, T(1, 2));
        Assert.Equal("[1, 2]", Repr(l));
        Assert.Equal(2, Ops.Length(l));
        Assert.Equal("1", Repr(Invoke(Get(l, "first"))));
        Call(l, "append", I(3));
        Assert.Equal("[1, 2, 3]", Repr(l));
        var r = Ops.BinaryOp(BinaryOp.InplaceAdd, l, L(4));
        Assert.Same(l, r);
        Assert.Equal("[1, 2, 3, 4]", Repr(l));
        Assert.True(Ops.IsInstance(l, (PyObject)ListObject.PyType));
        Set(l, "tag", I(1));
        Assert.Equal("1", Repr(Get(l, "tag")));
    }

    [Fact]
    public void SubclassOfDictOverridingSetItemWithSuper()
    {
        TypeObject? ud = null;
        ud = Class("UD", Members(("__setitem__", Proc(a => SuperCall(ud!, a[0], "__setitem__", a[1], Ops.BinaryOp(BinaryOp.Multiply, a[2], I(2)))))), DictObject.PyType);
        var d = New(ud);
        d.SetItem(S("a"), I(2));
        Assert.Equal("{'a': 4}", Repr(d));
        Assert.Equal("4", Repr(d.GetItem(S("a"))));
        Assert.Equal("4", Repr(SuperCall(ud, d, "__getitem__", S("a"))));
        Assert.Equal("1", Repr(SuperCall(ud, d, "__len__")));
    }

    [Fact]
    public void SubclassOfListInitialisedBySuperInit()
    {
        TypeObject? l2 = null;
        l2 = Class("L2", Members(("__init__", Proc(a =>
        {
            SuperCall(l2!, a[0], "__init__", T(7, 8));
            Set(a[0], "n", a[1]);
        }))), ListObject.PyType);
        var l = New(l2, I(5));
        Assert.Equal("[7, 8]", Repr(l));
        Assert.Equal("5", Repr(Get(l, "n")));
    }

    [Fact]
    public void SuperReachesTheBuiltinBaseBeforeObject()
    {
        var listSub = Class("L", Members(), ListObject.PyType);
        var l = New(listSub, T(1, 2));
        Assert.Equal("'[1, 2]'", Repr(SuperCall(listSub, l, "__repr__")));
        Assert.Equal("True", Repr(SuperCall(listSub, l, "__eq__", L(1, 2))));
        Assert.Equal("True", Repr(SuperCall(listSub, l, "__contains__", I(2))));
        var E = Class("E", Members(), ExceptionTypes.Exception);
        var e = New(E, S("x"));
        Assert.Equal("\"E('x',)\"", Repr(SuperCall(E, e, "__repr__")));
        Assert.Equal("'x'", Repr(SuperCall(E, e, "__str__")));
        var A = Class("A", Members());
        Assert.StartsWith("'<A object at ", Repr(SuperCall(A, New(A), "__repr__")));
    }

    [Fact]
    public void SubclassOfStrComparesAndHashesAsStr()
    {
        var S1 = Class("S1", Members(), StrObject.PyType);
        var a = New(S1, S("ab"));
        var b = New(S1, S("ab"));
        Assert.True(Ops.Equal(a, b));
        Assert.True(Ops.Equal(a, S("ab")));
        Assert.True(Ops.Equal(S("ab"), a));
        Assert.Equal(Ops.Hash(S("ab")), Ops.Hash(a));
        Assert.Equal("ab", Ops.Str(a));
        Assert.Equal("'ab'", Repr(a));
    }
}
