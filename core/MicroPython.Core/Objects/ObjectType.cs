using System;
using System.Text;
using MicroPython.Bytecode;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary>
/// The methods of the built-in <c>object</c> type (<see cref="TypeObject.ObjectType"/>) and its constructor
/// (MicroPython's objobject.c). They are what <c>super().__init__()</c>, <c>object.__setattr__(self, n, v)</c> and
/// <c>object.__new__(cls)</c> reach; they receive the instance itself (not the native part of a built-in subclass).
/// </summary>
public static class ObjectType
{
    /// <summary>Fills <c>object</c>'s dict (run on first lookup; registered by <see cref="TypeObject"/>).</summary>
    internal static void Initialize(TypeObject type)
    {
        type.SetAttrDirect("__init__", new ObjectMethod(new BuiltinFunction("__init__", 1, Init)));
        type.SetAttrDirect("__new__", new StaticMethodObject(new BuiltinFunction("__new__", New)));
        type.SetAttrDirect("__eq__", new ObjectMethod(new BuiltinFunction("__eq__", Eq)));
        type.SetAttrDirect("__ne__", new ObjectMethod(new BuiltinFunction("__ne__", Ne)));
        type.SetAttrDirect("__hash__", new ObjectMethod(new BuiltinFunction("__hash__", Hash)));
        type.SetAttrDirect("__repr__", new ObjectMethod(new BuiltinFunction("__repr__", Repr)));
        type.SetAttrDirect("__str__", new ObjectMethod(new BuiltinFunction("__str__", Str)));
        type.SetAttrDirect("__setattr__", new ObjectMethod(new BuiltinFunction("__setattr__", SetAttr)));
        type.SetAttrDirect("__delattr__", new ObjectMethod(new BuiltinFunction("__delattr__", DelAttr)));
    }

    /// <summary><c>object()</c>: takes no arguments.</summary>
    internal static PyObject Make(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        ArgCheck.Exact(args, nKw, 0);
        return new ObjectInstance();
    }

    /// <summary>
    /// <c>object.__init__(self)</c>. For an instance of a subclass of a built-in type, the call that reaches it
    /// through <c>super().__init__(...)</c> constructs the native part from the arguments, as the built-in base's
    /// own constructor would.
    /// </summary>
    private static PyObject Init(ReadOnlySpan<PyObject> args, int nKw)
    {
        if (args.Length > 0 && args[0] is InstanceObject { Type.NativeBase: not null } inst)
        {
            inst.Native = inst.Type.ConstructNative(args.Slice(1), nKw);
            return NoneObject.None;
        }

        ArgCheck.Exact(args, nKw, 1);
        return NoneObject.None;
    }

    /// <summary><c>object.__new__(cls)</c>: a blank instance of a user class (its native part, if any, is built after <c>__init__</c>).</summary>
    private static PyObject New(PyObject cls)
    {
        if (cls is TypeObject t)
        {
            if (t.IsHeapType)
            {
                return new InstanceObject(t);
            }

            if (ReferenceEquals(t, TypeObject.ObjectType))
            {
                return new ObjectInstance();
            }
        }

        throw Errors.TypeError("arg must be user-type");
    }

    // Built-in types implement these as slots rather than dict entries, so a lookup on a built-in object (or on a
    // user instance through its built-in base) ends here: they apply the object's own slot. For a plain user
    // instance they are object's defaults (identity equality and hash, <A object at …>).

    private static PyObject Eq(PyObject self, PyObject other)
    {
        if (ReferenceEquals(self, other))
        {
            return BoolObject.True;
        }

        var native = SlotTarget(self);
        var r = native?.BinaryOp(BinaryOp.Equal, other is InstanceObject { Native: { } on } ? on : other);
        return r ?? NotImplementedObject.Value;
    }

    private static PyObject Ne(PyObject self, PyObject other)
    {
        // The negation of the type's __eq__, unless that is NotImplemented.
        var r = self.BinaryOp(BinaryOp.Equal, other);
        if (r == null || ReferenceEquals(r, NotImplementedObject.Value))
        {
            return ReferenceEquals(self, other) ? BoolObject.False : NotImplementedObject.Value;
        }

        return BoolObject.From(!Ops.IsTrue(r));
    }

    private static PyObject Hash(PyObject self) =>
        IntObject.Get(SlotTarget(self) is { } native ? Ops.Hash(native) : Ops.Id(self));

    private static PyObject Repr(PyObject self)
    {
        if (SlotTarget(self) is { } native)
        {
            return new StrObject(Ops.Repr(native));
        }

        var sb = new StringBuilder();
        InstanceObject.PrintDefault(sb, self);
        return new StrObject(sb.ToString());
    }

    /// <summary><c>object.__str__</c>: <c>repr()</c> through the type (a user <c>__repr__</c> included).</summary>
    private static PyObject Str(PyObject self) =>
        new StrObject(self is InstanceObject ? Ops.Repr(self) : Ops.Str(self));

    /// <summary>The object whose slots implement object's methods for <paramref name="self"/>: null for a plain user instance.</summary>
    private static PyObject? SlotTarget(PyObject self) => self switch
    {
        InstanceObject inst => inst.Native,
        ObjectInstance => null,
        _ => self,
    };

    private static PyObject SetAttr(PyObject self, PyObject name, PyObject value)
    {
        UserInstance(self).StoreAttrDefault(AttrName(name), value);
        return NoneObject.None;
    }

    private static PyObject DelAttr(PyObject self, PyObject name)
    {
        UserInstance(self).StoreAttrDefault(AttrName(name), null);
        return NoneObject.None;
    }

    private static InstanceObject UserInstance(PyObject self) =>
        self as InstanceObject ?? throw Errors.TypeError("arg must be user-type");

    private static StrObject AttrName(PyObject name) =>
        name is StrObject s ? StrObject.Intern(s.Value) : throw Ops.TypeErrorWithoutMessage();
}

/// <summary>An instance of plain <c>object</c>: no attributes can be set on it; prints as <c>&lt;object&gt;</c>.</summary>
public sealed class ObjectInstance : PyObject
{
    public ObjectInstance()
        : base(TypeObject.ObjectType)
    {
    }

    public override void Print(StringBuilder sb, bool repr) => sb.Append("<object>");
}

/// <summary>
/// A built-in method that binds to any object and receives it unchanged (methods of <c>object</c> and
/// <c>BaseException</c>, which must see a user instance rather than its native part, unlike
/// <see cref="BuiltinFunction"/> methods of other built-in types).
/// </summary>
public sealed class ObjectMethod : PyObject, IMethodLike, IDescriptor
{
    public ObjectMethod(BuiltinFunction function)
        : base(BuiltinFunction.PyType)
    {
        Function = function;
    }

    public BuiltinFunction Function { get; }

    public PyObject DescriptorGet(PyObject? instance, TypeObject owner) =>
        instance == null ? this : new BoundMethodObject(this, instance);

    public override PyObject Call(ReadOnlySpan<PyObject> args, int nKw) => Function.Call(args, nKw);

    public override void Print(StringBuilder sb, bool repr) => Function.Print(sb, repr);
}
