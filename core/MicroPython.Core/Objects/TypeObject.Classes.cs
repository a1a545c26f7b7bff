using System;
using System.Collections.Generic;
using System.Threading;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// Classes: `type(x)`, 3-argument `type()`, class creation (validation, `__new__` wrapping, `__set_name__`),
// instantiation of heap types, attribute access on type objects and the per-type cache of user special methods
// (MicroPython's objtype.c: mp_obj_new_type, mp_obj_instance_make_new, type_attr).
public sealed partial class TypeObject
{
    /// <summary>Bumped whenever the dict of any class changes through attribute stores, so caches of lookups
    /// along an MRO (which see the bases' dicts too) can be validated with one comparison.</summary>
    private static int s_classEpoch;

    private PyObject?[]? _specials;
    private int _specialsEpoch;
    private Dictionary<StrObject, PyObject?>? _lookups;
    private int _lookupsEpoch;

    // TryGetLoopInstantiation's answer and the epoch it holds for (-1: not computed yet).
    private FunctionObject? _loopInit;
    private bool _loopInstantiable;
    private int _loopInitEpoch = -1;

    /// <summary>
    /// Changes whenever a class dict is modified through <c>setattr</c>/<c>delattr</c> on a class (any class, as
    /// a change to a base changes what its subclasses find). Caches of attribute lookups on heap types can
    /// compare it with the value they saw.
    /// </summary>
    public static int ClassEpoch => s_classEpoch;

    /// <summary>Creates a class from a <c>class</c> statement or 3-argument <c>type()</c>: checks the bases,
    /// wraps a plain <c>__new__</c> function in <c>staticmethod</c> and calls <c>__set_name__</c> hooks.</summary>
    public static TypeObject CreateHeapType(string name, TypeObject[] bases, DictObject dict)
    {
        foreach (var b in bases)
        {
            if (!IsAcceptableBase(b))
            {
                throw Errors.TypeError($"type '{b.Name}' isn't an acceptable base type");
            }
        }

        if (bases.Length > 1 && CountNativeBases(bases) > 1)
        {
            throw Errors.TypeError("multiple bases have instance lay-out conflict");
        }

        if (bases.Length == 0)
        {
            bases = new[] { ObjectType };
        }

        var t = new TypeObject(TypeType, name, bases, isHeapType: true, initializer: null);
        foreach (var (k, v) in dict.Items())
        {
            // As MicroPython does, a plain function __new__ is made a static method.
            var value = v is IMethodLike && k is StrObject { Value: "__new__" } ? new StaticMethodObject(v) : v;
            t._dict.SetItem(k, value);
        }

        t.CallSetNameHooks();
        return t;
    }

    private static bool IsAcceptableBase(TypeObject b)
    {
        if (b.IsHeapType || ReferenceEquals(b, ObjectType))
        {
            return true;
        }

        // A built-in type can be subclassed when it can construct instances (MicroPython checks make_new);
        // bool is final as in CPython.
        return b.Maker != null && !ReferenceEquals(b, BoolObject.BoolType);
    }

    /// <summary>Number of different built-in types (other than object) the bases derive from.</summary>
    private static int CountNativeBases(TypeObject[] bases)
    {
        TypeObject? first = null;
        int count = 0;
        foreach (var b in bases)
        {
            var nb = b.IsHeapType ? b.NativeBase : (ReferenceEquals(b, ObjectType) ? null : b);
            if (nb != null && !ReferenceEquals(nb, first))
            {
                first ??= nb;
                count++;
            }
        }

        return count;
    }

    private void CallSetNameHooks()
    {
        List<(PyObject Key, PyObject Value)>? hooks = null;
        foreach (var (k, v) in _dict.Items())
        {
            if (v is InstanceObject inst && inst.Type.GetSpecial(SpecialMethod.SetName) != null)
            {
                (hooks ??= new List<(PyObject, PyObject)>()).Add((k, v));
            }
        }

        if (hooks == null)
        {
            return;
        }

        foreach (var (k, v) in hooks)
        {
            var fn = v.Type.GetSpecial(SpecialMethod.SetName)!;
            SpecialMethod.Invoke(fn, v, this, k);
        }
    }

    // ---- type(...) --------------------------------------------------------------------------------------

    private PyObject CallTypeType(ReadOnlySpan<PyObject> args, int nKw)
    {
        ArgCheck.Range(args, nKw, 1, 3);
        if (args.Length == 1)
        {
            return args[0].Type;
        }

        if (args.Length != 3)
        {
            throw Errors.TypeError("type takes 1 or 3 arguments");
        }

        if (args[0] is not StrObject name)
        {
            throw Errors.TypeError($"can't convert '{args[0].Type.Name}' object to str implicitly");
        }

        if (args[1] is not TupleObject basesTuple || args[2] is not DictObject dict)
        {
            throw Ops.TypeErrorWithoutMessage();
        }

        var bases = new TypeObject[basesTuple.Items.Length];
        for (int i = 0; i < bases.Length; i++)
        {
            bases[i] = basesTuple.Items[i] as TypeObject ?? throw Ops.TypeErrorWithoutMessage();
        }

        return CreateHeapType(name.Value, bases, dict);
    }

    // ---- instantiation ----------------------------------------------------------------------------------

    private PyObject InstantiateHeapType(ReadOnlySpan<PyObject> args, int nKw)
    {
        PyObject obj;
        var newFn = GetSpecial(SpecialMethod.New);
        if (newFn == null)
        {
            obj = new InstanceObject(this);
        }
        else
        {
            // __new__ is static: call it with the class first. If it returns something other than an instance
            // of exactly this class, that is the result and __init__ is skipped (MicroPython checks the exact type).
            if (newFn is StaticMethodObject sm)
            {
                newFn = sm.Function;
            }

            obj = SpecialMethod.CallWithFirst(newFn, this, args, nKw);
            if (!ReferenceEquals(obj.Type, this))
            {
                return obj;
            }
        }

        var init = GetSpecial(SpecialMethod.Init);
        if (init != null)
        {
            var r = SpecialMethod.CallWithSelf(init, obj, args, nKw);
            if (!ReferenceEquals(r, NoneObject.None))
            {
                throw InitReturnedValue(r);
            }
        }

        // A built-in base not constructed by __init__ (through super().__init__(...)) is constructed now from
        // the call's arguments, as MicroPython does.
        if (NativeBase != null && obj is InstanceObject inst && inst.Native == null)
        {
            inst.Native = ConstructNative(args, nKw);
        }

        return obj;
    }

    /// <summary>
    /// For the VM's instantiation in the dispatch loop: true when calling this class means exactly "a new
    /// <see cref="InstanceObject"/>, then <c>__init__(self, …)</c>, which must return None" (what
    /// <see cref="Call"/> would do), with <paramref name="init"/> the Python function <c>__init__</c>, or null
    /// when the class has none (the arguments are then ignored, as <see cref="Call"/> does). False for a class
    /// with <c>__new__</c>, a built-in base or an <c>__init__</c> that is not a plain Python function: then
    /// <see cref="Call"/> does the whole instantiation. Cached until a class dict changes.
    /// </summary>
    internal bool TryGetLoopInstantiation(out FunctionObject? init)
    {
        if (_loopInitEpoch != s_classEpoch)
        {
            ComputeLoopInstantiation();
        }

        init = _loopInit;
        return _loopInstantiable;
    }

    private void ComputeLoopInstantiation()
    {
        _loopInit = null;
        _loopInstantiable = false;
        if (IsHeapType && NativeBase == null && GetSpecial(SpecialMethod.New) == null)
        {
            var init = GetSpecial(SpecialMethod.Init);
            if (init == null)
            {
                _loopInstantiable = true;
            }
            else if (init is FunctionObject f && !f.Code.IsGenerator)
            {
                _loopInit = f;
                _loopInstantiable = true;
            }
        }

        _loopInitEpoch = s_classEpoch;
    }

    /// <summary>The TypeError of an <c>__init__</c> that returned something other than None.</summary>
    internal static PyException InitReturnedValue(PyObject r) =>
        Errors.TypeError($"__init__() should return None, not '{r.Type.Name}'");

    /// <summary>Creates the native part of an instance of this class: the built-in base's constructor applied to the arguments.</summary>
    internal PyObject ConstructNative(ReadOnlySpan<PyObject> args, int nKw)
    {
        var nb = NativeBase!;
        var maker = nb.Maker ?? throw Errors.TypeError($"can't create '{nb.Name}' instances");
        return maker(nb, args, nKw);
    }

    // ---- special-method cache ---------------------------------------------------------------------------

    /// <summary>
    /// The user-defined special method <paramref name="index"/> (a <see cref="SpecialMethod"/> index) as found in
    /// the class dicts along the MRO, or null when the class does not define it. Lookups stop at the first built-in
    /// type (whose behaviour is the native part's), except <c>__init__</c> which is searched in every user class.
    /// Cached per type; the cache is dropped when any class dict changes.
    /// </summary>
    internal PyObject? GetSpecial(int index)
    {
        var cache = _specials;
        if (cache == null || _specialsEpoch != s_classEpoch)
        {
            cache = _specials ??= new PyObject?[SpecialMethod.Count];
            Array.Clear(cache);
            _specialsEpoch = s_classEpoch;
        }

        var v = cache[index];
        if (v == null)
        {
            var name = SpecialMethod.Names[index];
            v = (index == SpecialMethod.Init ? LookupInUserClasses(name) : LookupUserSpecial(name)) ?? SpecialMethod.Absent;
            cache[index] = v;
        }

        return ReferenceEquals(v, SpecialMethod.Absent) ? null : v;
    }

    /// <summary>
    /// <see cref="Lookup"/> for a class: the MRO walk's result cached per name (by reference: names are interned;
    /// a non-interned name just takes its own entry, and the cache stops growing at a bound).
    /// </summary>
    private PyObject? LookupCached(StrObject name)
    {
        var cache = _lookups;
        if (cache == null || _lookupsEpoch != s_classEpoch)
        {
            cache = _lookups ??= new Dictionary<StrObject, PyObject?>(ReferenceEqualityComparer.Instance);
            cache.Clear();
            _lookupsEpoch = s_classEpoch;
        }

        if (cache.TryGetValue(name, out var v))
        {
            return v;
        }

        v = LookupInMro(name);
        if (cache.Count < MaxCachedLookups)
        {
            cache[name] = v;
        }

        return v;
    }

    private const int MaxCachedLookups = 256;

    /// <summary>Looks <paramref name="name"/> up in the heap types of the MRO only (skipping built-in types).</summary>
    internal PyObject? LookupInUserClasses(StrObject name)
    {
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++)
        {
            var t = mro[i];
            if (t.IsHeapType)
            {
                var v = t._dict.GetOrNull(name);
                if (v != null)
                {
                    return v;
                }
            }
        }

        return null;
    }

    private static void ClassDictChanged(TypeObject t)
    {
        t.NotifyDictChanged();
        Interlocked.Increment(ref s_classEpoch);
    }

    // ---- attributes of type objects ---------------------------------------------------------------------

    public override bool TryLoadAttr(StrObject name, out PyObject value)
    {
        var v = Lookup(name);
        if (v != null)
        {
            value = BindClassAttribute(v, this);
            return true;
        }

        switch (name.Value)
        {
            case "__name__":
                value = StrObject.Intern(Name);
                return true;
            case "__bases__":
                value = ReferenceEquals(this, ObjectType) ? TupleObject.Empty : new TupleObject((PyObject[])Bases.Clone());
                return true;
            case "__dict__":
            {
                // A snapshot, as MicroPython returns (a fixed copy there): changes go through setattr.
                var copy = new DictObject();
                foreach (var (k, x) in Dict.Items())
                {
                    copy.SetItem(k, x);
                }

                value = copy;
                return true;
            }

            case "__mro__":
                value = new TupleObject((PyObject[])Mro.Clone());
                return true;
            case "__class__":
                value = Type;
                return true;
        }

        // Attributes of the metatype (type's own methods, if any).
        var meta = Type.Lookup(name);
        if (meta != null)
        {
            value = meta is IDescriptor d ? d.DescriptorGet(this, Type) : meta;
            return true;
        }

        value = null!;
        return false;
    }

    /// <summary>
    /// The value of class attribute <paramref name="v"/> looked up on class <paramref name="owner"/>: static methods
    /// unwrap, class methods bind to the class, functions are returned plain, user descriptors' <c>__get__</c> is
    /// called with <c>None</c> as the instance, properties are returned as they are.
    /// </summary>
    internal static PyObject BindClassAttribute(PyObject v, TypeObject owner)
    {
        if (v is IDescriptor d)
        {
            return d.DescriptorGet(null, owner);
        }

        if (v is InstanceObject inst)
        {
            var get = inst.Type.GetSpecial(SpecialMethod.Get);
            if (get != null)
            {
                return SpecialMethod.Invoke(get, inst, NoneObject.None, owner);
            }
        }

        return v;
    }

    public override void StoreAttr(StrObject name, PyObject? value)
    {
        if (!IsHeapType)
        {
            // Built-in types' dicts are fixed (in ROM on MicroPython).
            throw Errors.CantStoreAttribute(this, name.Value);
        }

        if (value == null)
        {
            if (_dict.Remove(name) == null)
            {
                throw Errors.CantStoreAttribute(this, name.Value);
            }
        }
        else
        {
            _dict.SetItem(name, value);
        }

        ClassDictChanged(this);
    }
}
