using System;
using System.Collections.Generic;
using System.Text;
using MicroPython.Bytecode;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary>
/// <c>super(cls, obj)</c>. The compiler turns <c>super()</c> into <c>super(__class__, first_arg)</c>, and
/// <c>super().m(...)</c> into LOAD_SUPER_METHOD (<see cref="LoadMethod"/>). The search runs along the MRO of
/// <c>obj</c>'s class from the class after <c>cls</c> (CPython's semantics; MicroPython's depth-first walk of
/// <c>cls.__bases__</c> is a documented limitation not copied, as the MRO is C3 too). Found attributes are bound as
/// descriptors are: functions to <c>obj</c>, class methods to its class, static methods unwrapped, properties and
/// other descriptors applied. <c>super().__init__(...)</c> reaching a built-in base constructs the instance's
/// native part from the arguments (as MicroPython's native_base_init_wrapper), and special methods that a built-in
/// base implements as slots (<c>super().__getitem__</c>, <c>__len__</c>, <c>__eq__</c> …) reach its native part.
/// </summary>
public sealed class SuperObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("super", null, null, Make);

    private static readonly StrObject s_init = StrObject.Intern("__init__");

    public SuperObject(TypeObject cls, PyObject obj)
        : base(PyType)
    {
        Class = cls;
        Obj = obj;
    }

    /// <summary>The class whose bases are searched.</summary>
    public TypeObject Class { get; }

    /// <summary>The object found methods are bound to.</summary>
    public PyObject Obj { get; }

    private static PyObject Make(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        // The compiler turns super() into super(__class__, self); the one-argument form is not implemented.
        ArgCheck.Exact(args, nKw, 2);
        if (args[0] is not TypeObject cls)
        {
            throw Ops.TypeErrorWithoutMessage();
        }

        return new SuperObject(cls, args[1]);
    }

    /// <summary>
    /// LOAD_SUPER_METHOD: resolves <c>super(cls, self).name</c> in method form. When <paramref name="selfOut"/> is not
    /// null the call must pass it as the first argument; otherwise <paramref name="method"/> is called as it is.
    /// </summary>
    public static void LoadMethod(TypeObject cls, PyObject self, StrObject name, out PyObject method, out PyObject? selfOut)
    {
        if (!TryFind(cls, self, name, out method, out selfOut))
        {
            throw Errors.AttributeError($"'super' object has no attribute '{name.Value}'");
        }
    }

    public override bool TryLoadAttr(StrObject name, out PyObject value)
    {
        if (!TryFind(Class, Obj, name, out var method, out var self))
        {
            value = null!;
            return false;
        }

        value = self == null ? method : new BoundMethodObject(method, self);
        return true;
    }

    public override void Print(StringBuilder sb, bool repr)
    {
        sb.Append("<super: ");
        Ops.PrintTo(sb, Class, false);
        sb.Append(", ");
        Ops.PrintTo(sb, Obj, false);
        sb.Append('>');
    }

    private static bool TryFind(TypeObject cls, PyObject obj, StrObject name, out PyObject method, out PyObject? self)
    {
        // The MRO searched is the one of obj's class (or of obj itself when it is a subclass of cls, as in a
        // class method or __new__), from the class after cls.
        var owner = obj is TypeObject ot && ot.IsSubtypeOf(cls) ? ot : obj.Type;
        if (cls.TryGetSuperLookup(owner, name, out var known))
        {
            Bind(known, obj, owner, out method, out self);
            return true;
        }

        var mro = owner.Mro;
        int start = Array.IndexOf(mro, cls);
        if (start < 0)
        {
            mro = cls.Mro;
            start = 0;
        }

        var objectT = TypeObject.ObjectType;
        bool isInit = ReferenceEquals(name, s_init) || name.Value == "__init__";
        for (int i = start + 1; i < mro.Length; i++)
        {
            var t = mro[i];
            if (!t.IsHeapType && !ReferenceEquals(t, objectT))
            {
                // A built-in base. super().__init__(...) reaching it constructs the native part from the arguments.
                if (isInit && obj is InstanceObject { Type.NativeBase: not null })
                {
                    method = NativeInitMethod.Instance;
                    self = obj;
                    return true;
                }

                // Its methods (in its dict or its built-in bases' dicts), else the special methods it implements as
                // slots (super().__getitem__(i), super().__repr__() …), come before object's defaults.
                for (int j = i; j < mro.Length; j++)
                {
                    if (!ReferenceEquals(mro[j], objectT) && mro[j].Dict.GetOrNull(name) is { } nv)
                    {
                        Bind(nv, obj, owner, out method, out self);
                        return true;
                    }
                }

                if (obj is InstanceObject { Native: { } nativePart } && NativeSlotMethod.TryCreate(nativePart, name, out var slot))
                {
                    method = slot;
                    self = null;
                    return true;
                }

                break;
            }

            var v = t.Dict.GetOrNull(name);
            if (v != null)
            {
                // Found in a Python class before any built-in base: the same walk finds it again until a class
                // dict changes, whatever the object.
                cls.RememberSuperLookup(owner, name, v);
                Bind(v, obj, owner, out method, out self);
                return true;
            }
        }

        var ov = objectT.Dict.GetOrNull(name);
        if (ov != null)
        {
            Bind(ov, obj, owner, out method, out self);
            return true;
        }

        method = null!;
        self = null;
        return false;
    }

    /// <summary>Binds class attribute <paramref name="v"/> as <c>super()</c> does, in method form where possible.</summary>
    private static void Bind(PyObject v, PyObject obj, TypeObject owner, out PyObject method, out PyObject? self)
    {
        // When obj is the class itself (class methods, __new__), functions come back plain.
        var instance = obj is TypeObject ? null : obj;
        switch (v)
        {
            case StaticMethodObject sm:
                method = sm.Function;
                self = null;
                return;
            case ClassMethodObject cm:
                method = cm.Function;
                self = obj as TypeObject ?? obj.Type;
                return;
        }

        if (SpecialMethod.TakesSelf(v))
        {
            method = v;
            self = instance;
            return;
        }

        if (v is IDescriptor d)
        {
            method = d.DescriptorGet(instance, owner);
            self = null;
            return;
        }

        if (v is InstanceObject inst && inst.Type.GetSpecial(SpecialMethod.Get) is { } get)
        {
            method = SpecialMethod.Invoke(get, inst, instance ?? NoneObject.None, owner);
            self = null;
            return;
        }

        method = v;
        self = null;
    }

    /// <summary>The callable behind <c>super().__init__</c> at a built-in base: builds the native part from the arguments.</summary>
    private sealed class NativeInitMethod : PyObject
    {
        public static readonly NativeInitMethod Instance = new();

        private NativeInitMethod()
            : base(BuiltinFunction.PyType)
        {
        }

        public override PyObject Call(ReadOnlySpan<PyObject> args, int nKw)
        {
            if (args.Length - (2 * nKw) < 1)
            {
                throw Errors.TypeError("function missing 1 required positional arguments");
            }

            if (args[0] is InstanceObject inst && inst.Type.NativeBase != null)
            {
                inst.Native = inst.Type.ConstructNative(args.Slice(1), nKw);
            }

            return NoneObject.None;
        }

        public override void Print(StringBuilder sb, bool repr) => sb.Append("<function>");
    }
}

/// <summary>
/// A special method of a built-in object that the type implements as a slot rather than as a dict entry, bound to
/// that object: what <c>super().__getitem__</c>, <c>super().__eq__</c>, <c>super().__len__</c> … give in a subclass
/// of a built-in type.
/// </summary>
internal sealed class NativeSlotMethod : PyObject
{
    private static Dictionary<string, int>? s_slots;

    private readonly PyObject _native;
    private readonly int _slot;

    private NativeSlotMethod(PyObject native, int slot)
        : base(BuiltinFunction.PyType)
    {
        _native = native;
        _slot = slot;
    }

    public static bool TryCreate(PyObject native, StrObject name, out PyObject method)
    {
        var slots = s_slots ??= CreateSlotTable();
        if (slots.TryGetValue(name.Value, out int slot))
        {
            method = new NativeSlotMethod(native, slot);
            return true;
        }

        method = null!;
        return false;
    }

    private static Dictionary<string, int> CreateSlotTable()
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < SpecialMethod.Count; i++)
        {
            if (i == (int)Bytecode.BinaryOp.Is || i == (int)Bytecode.BinaryOp.ExceptionMatch || i == (int)Bytecode.BinaryOp.In
                || i == SpecialMethod.UnaryBase + (int)Bytecode.UnaryOp.Not || i == SpecialMethod.UnaryBase + (int)Bytecode.UnaryOp.SizeOf
                || i >= SpecialMethod.GetAttr)
            {
                continue;
            }

            d[SpecialMethod.Names[i].Value] = i;
        }

        return d;
    }

    public override PyObject Call(ReadOnlySpan<PyObject> args, int nKw)
    {
        ArgCheck.NoKeywords(nKw);
        var n = _native;
        int slot = _slot;
        if (slot < SpecialMethod.UnaryBase)
        {
            ArgCheck.Exact(args, nKw, 1);
            var op = (Bytecode.BinaryOp)slot;
            PyObject? r;
            if (op == Bytecode.BinaryOp.Contains)
            {
                r = BoolObject.From(n.Contains(args[0]));
            }
            else if (op >= Bytecode.BinaryOp.ReverseOr)
            {
                r = n.ReverseBinaryOp(op - Bytecode.BinaryOp.ReverseOr + Bytecode.BinaryOp.Or, args[0]);
            }
            else
            {
                r = n.BinaryOp(op, args[0]);
                if (r == null && op is Bytecode.BinaryOp.Equal or Bytecode.BinaryOp.NotEqual && ReferenceEquals(n, args[0]))
                {
                    r = BoolObject.From(op == Bytecode.BinaryOp.Equal);
                }
            }

            return r ?? NotImplementedObject.Value;
        }

        if (slot < SpecialMethod.Repr)
        {
            ArgCheck.Exact(args, nKw, 0);
            var op = (Bytecode.UnaryOp)(slot - SpecialMethod.UnaryBase);
            return op switch
            {
                Bytecode.UnaryOp.Bool => BoolObject.From(Ops.IsTrue(n)),
                Bytecode.UnaryOp.Len => IntObject.Get(n.Length()),
                Bytecode.UnaryOp.Hash => IntObject.Get(Ops.Hash(n)),
                _ => n.UnaryOp(op) ?? NotImplementedObject.Value,
            };
        }

        switch (slot)
        {
            case SpecialMethod.Repr:
                ArgCheck.Exact(args, nKw, 0);
                return new StrObject(Ops.Repr(n));
            case SpecialMethod.Str:
                ArgCheck.Exact(args, nKw, 0);
                return new StrObject(Ops.Str(n));
            case SpecialMethod.GetItem:
                ArgCheck.Exact(args, nKw, 1);
                return n.GetItem(args[0]);
            case SpecialMethod.SetItem:
                ArgCheck.Exact(args, nKw, 2);
                n.SetItem(args[0], args[1]);
                return NoneObject.None;
            case SpecialMethod.DelItem:
                ArgCheck.Exact(args, nKw, 1);
                n.DelItem(args[0]);
                return NoneObject.None;
            case SpecialMethod.Iter:
                ArgCheck.Exact(args, nKw, 0);
                return n.GetIter();
            case SpecialMethod.Next:
                ArgCheck.Exact(args, nKw, 0);
                return n.Next() ?? throw Errors.StopIteration(null);
            default:
                return n.Call(args, nKw);
        }
    }

    public override void Print(StringBuilder sb, bool repr) => sb.Append("<function>");
}
