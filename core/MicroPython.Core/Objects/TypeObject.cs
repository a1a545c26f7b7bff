using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using MicroPython.Runtime;
using MicroPython.Memory;

namespace MicroPython.Objects;

/// <summary>Creates an instance of a built-in type from call arguments (MicroPython's <c>make_new</c> slot).</summary>
public delegate PyObject TypeMaker(TypeObject type, ReadOnlySpan<PyObject> args, int nKw);

/// <summary>
/// Python's <c>type</c>: built-in types (created once, their method tables filled lazily on first use so start-up
/// does no work for types a program never touches) and classes created by <c>class</c> statements (heap types).
/// </summary>
public sealed partial class TypeObject : PyObject
{
    private static TypeObject? s_typeType;
    private static TypeObject? s_objectType;

    private Action<TypeObject>? _initializer;
    private readonly DictObject _dict;

    /// <summary>The <c>type</c> type.</summary>
    public static TypeObject TypeType => s_typeType ?? InitRoots().TypeT;

    /// <summary>The <c>object</c> type, root of every MRO.</summary>
    public static TypeObject ObjectType => s_objectType ?? InitRoots().ObjectT;

    private static (TypeObject TypeT, TypeObject ObjectT) InitRoots()
    {
        // The roots' dicts are DictObjects, and creating dict's type needs the roots: run dict's static
        // initialiser first. If it was not running yet it re-enters here and creates the roots, so return those
        // instead of creating a second, different `object` (the roots' dicts may then lack their type for a
        // moment: see Dict).
        RuntimeHelpers.RunClassConstructor(typeof(DictObject).TypeHandle);
        if (s_typeType != null && s_objectType != null)
        {
            return (s_typeType, s_objectType);
        }

        // `type` is its own type and `object` is its base: wire the two by hand before anything else exists.
        var objectT = new TypeObject(null!, "object", Array.Empty<TypeObject>(), isHeapType: false, initializer: Objects.ObjectType.Initialize);
        objectT.Maker = Objects.ObjectType.Make;
        var typeT = new TypeObject(null!, "type", new[] { objectT }, isHeapType: false, initializer: null);
        typeT.Type = typeT;
        objectT.Type = typeT;
        s_objectType = objectT;
        s_typeType = typeT;
        return (typeT, objectT);
    }

    private TypeObject(TypeObject metatype, string name, TypeObject[] bases, bool isHeapType, Action<TypeObject>? initializer)
        : base(metatype)
    {
        Name = name;
        Bases = bases;
        IsHeapType = isHeapType;
        _initializer = initializer;

        // A built-in type is in ROM on a board: its creation (often lazy, while a program runs) is not charged.
        var heap = isHeapType ? null : HeapAccountant.Detach();
        _dict = new DictObject();
        HeapAccountant.Attach(heap);
        Mro = bases.Length == 0 ? new[] { this } : ComputeMro(this, bases);
        NativeBase = FindNativeBase(this);
        if (isHeapType)
        {
            HeapAccountant.ChargeWords(HeapTypeWords);
        }
    }

    /// <summary>Creates a built-in type. <paramref name="initializer"/> fills its dict on first lookup.</summary>
    public static TypeObject CreateBuiltin(string name, TypeObject? baseType, Action<TypeObject>? initializer = null, TypeMaker? maker = null)
    {
        var t = new TypeObject(TypeType, name, new[] { baseType ?? ObjectType }, isHeapType: false, initializer);
        t.Maker = maker;
        return t;
    }

    public string Name { get; set; }

    public TypeObject[] Bases { get; private set; }

    /// <summary>Method resolution order, this type first (C3 linearisation for heap types).</summary>
    public TypeObject[] Mro { get; private set; }

    /// <summary>True for classes defined in Python code.</summary>
    public bool IsHeapType { get; }

    /// <summary>The first built-in type other than <c>object</c> in the MRO (e.g. <c>list</c> for <c>class L(list)</c>), or null.</summary>
    public TypeObject? NativeBase { get; }

    /// <summary>Constructor of a built-in type; null for types that can't be instantiated (<c>TypeError: can't create 'X' instances</c>).</summary>
    public TypeMaker? Maker { get; set; }

    /// <summary>Bumped whenever this type's dict changes, so lookup caches can be invalidated.</summary>
    public int Version { get; private set; }

    /// <summary>The class dictionary (filled lazily for built-in types).</summary>
    public DictObject Dict
    {
        get
        {
            EnsureInitialized();
            if (_dict.Type is null)
            {
                // The roots' dicts are created while dict's own type is being created (see InitRoots).
                _dict.Type = DictObject.PyType;
            }

            return _dict;
        }
    }

    public override DictObject? InstanceDict => Dict;

    // A class made at run time: MicroPython's type structure (base, flags, name, slot table…, about 8 words)
    // plus its locals dict. Built-in types are ROM.
    private const int HeapTypeWords = 8;

    public override long HeapBlocks(HeapAccountant heap) => IsHeapType ? heap.WordBlocks(HeapTypeWords) : 0;

    public override void TraceReferences(HeapTracer tracer)
    {
        if (IsHeapType)
        {
            tracer.Mark(_dict);
            tracer.Mark(Bases!);
        }
    }

    private void EnsureInitialized()
    {
        var init = _initializer;
        if (init != null)
        {
            _initializer = null;
            var heap = HeapAccountant.Detach();
            try
            {
                init(this);
            }
            finally
            {
                HeapAccountant.Attach(heap);
            }
        }
    }

    /// <summary>Adds a method/attribute to a built-in type's dict (used by initializers).</summary>
    public void SetAttrDirect(string name, PyObject value)
    {
        _dict.SetItem(StrObject.Intern(name), value);
        Version++;
    }

    /// <summary>Looks <paramref name="name"/> up along the MRO; null when absent.</summary>
    public PyObject? Lookup(StrObject name)
    {
        if (IsHeapType)
        {
            // Classes cache their lookups (TypeObject.Classes.cs); the cache is dropped when a class dict changes.
            return LookupCached(name);
        }

        return LookupInMro(name);
    }

    private PyObject? LookupInMro(StrObject name)
    {
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++)
        {
            var v = mro[i].Dict.GetOrNull(name);
            if (v != null)
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>Looks up a special method defined by user code: stops at the first built-in type in the MRO.</summary>
    public PyObject? LookupUserSpecial(StrObject name)
    {
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++)
        {
            var t = mro[i];
            if (!t.IsHeapType)
            {
                return null;
            }

            var v = t._dict.GetOrNull(name);
            if (v != null)
            {
                return v;
            }
        }

        return null;
    }

    /// <summary><c>issubclass(self, other)</c>.</summary>
    public bool IsSubtypeOf(TypeObject other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        var mro = Mro;
        for (int i = 1; i < mro.Length; i++)
        {
            if (ReferenceEquals(mro[i], other))
            {
                return true;
            }
        }

        return false;
    }

    internal void NotifyDictChanged() => Version++;

    public override void Print(StringBuilder sb, bool repr)
    {
        sb.Append("<class '").Append(Name).Append("'>");
    }

    public override long Hash() => Ops.Id(this);

    public override PyObject Call(ReadOnlySpan<PyObject> args, int nKw)
    {
        if (ReferenceEquals(this, TypeType))
        {
            return CallTypeType(args, nKw);
        }

        if (IsHeapType)
        {
            return InstantiateHeapType(args, nKw);
        }

        if (Maker == null)
        {
            throw Errors.TypeError($"can't create '{Name}' instances");
        }

        return Maker(this, args, nKw);
    }

    private static TypeObject[] ComputeMro(TypeObject self, TypeObject[] bases)
    {
        // C3 linearisation: merge the bases' MROs and the list of bases, taking a head that appears in no tail.
        var seqs = new List<List<TypeObject>>();
        foreach (var b in bases)
        {
            seqs.Add(new List<TypeObject>(b.Mro));
        }

        seqs.Add(new List<TypeObject>(bases));
        var result = new List<TypeObject> { self };
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0)
            {
                return result.ToArray();
            }

            TypeObject? candidate = null;
            foreach (var s in seqs)
            {
                var head = s[0];
                bool inTail = false;
                foreach (var other in seqs)
                {
                    if (other.IndexOf(head) > 0)
                    {
                        inTail = true;
                        break;
                    }
                }

                if (!inTail)
                {
                    candidate = head;
                    break;
                }
            }

            if (candidate == null)
            {
                throw Errors.TypeError("Cannot create a consistent method resolution order (MRO)");
            }

            result.Add(candidate);
            foreach (var s in seqs)
            {
                if (ReferenceEquals(s[0], candidate))
                {
                    s.RemoveAt(0);
                }
            }
        }
    }

    private static TypeObject? FindNativeBase(TypeObject t)
    {
        foreach (var m in t.Mro)
        {
            if (!m.IsHeapType && !ReferenceEquals(m, s_objectType) && m.Name != "object")
            {
                return m;
            }
        }

        return null;
    }
}
