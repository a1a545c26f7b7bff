using System.Runtime.CompilerServices;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Vm;

// LOAD_ATTR / LOAD_METHOD / STORE_ATTR on instances of classes and LOAD_GLOBAL through the instructions' inline
// caches (SiteCaches.cs). Each fast path answers exactly what the generic path would (InstanceObject.Attributes.cs,
// Ops.LoadMethod, the globals-then-builtins lookup); anything the cache does not cover takes the generic path.
public static partial class Interpreter
{
    /// <summary>LOAD_ATTR: <c>obj.name</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject LoadAttrCached(PyObject obj, StrObject name, AttrSiteCache cache) =>
        LoadAttrThroughSite(obj, name, cache, deferGetter: false)!;

    /// <summary>LOAD_ATTR in the dispatch loop: as <see cref="LoadAttrCached"/>, but null when the attribute is a
    /// property whose getter is a Python function (<see cref="DeferredGetter"/>), which the loop then calls
    /// like any Python function instead of re-entering itself from native code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? LoadAttrOrDeferGetter(PyObject obj, StrObject name, AttrSiteCache cache) =>
        LoadAttrThroughSite(obj, name, cache, deferGetter: true);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? LoadAttrThroughSite(PyObject obj, StrObject name, AttrSiteCache cache, bool deferGetter)
    {
        if (obj is InstanceObject inst)
        {
            // The hits, inline in the dispatch loop: same class as last time, no class change since, and either
            // the name's entry still where the instance dict had it, or a plain class value and an instance
            // dict known to lack the name.
            if (ReferenceEquals(cache.Type, inst.Type) && cache.Epoch == TypeObject.ClassEpoch)
            {
                var dict = inst.Dict;
                if (cache.Kind == AttrSiteKind.InstanceFirst)
                {
                    var v = dict.ValueAtHint(cache.Hint, name);
                    if (v != null)
                    {
                        return v;
                    }
                }
                else if (cache.Kind == AttrSiteKind.ClassValue && KnownAbsent(dict, cache))
                {
                    return cache.ClassAttr!;
                }
            }

            return LoadInstanceAttr(inst, name, cache, deferGetter);
        }

        return Ops.LoadAttr(obj, name);
    }

    /// <summary>The Python getter of the property that <see cref="LoadAttrOrDeferGetter"/> just left to the loop
    /// for <paramref name="obj"/> at this site.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static FunctionObject DeferredGetter(PyObject obj, AttrSiteCache cache) =>
        (FunctionObject)((PropertyObject)cache.Find(obj.Type)!.ClassAttr!).Getter;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? LoadInstanceAttr(InstanceObject inst, StrObject name, AttrSiteCache cache, bool deferGetter)
    {
        var type = inst.Type;
        var e = cache.Find(type);
        if (e == null || e.Epoch != TypeObject.ClassEpoch || !IsLoadKind(e.Kind))
        {
            e = cache.EntryFor(type);
            LearnInstanceAttr(type, name, e);
        }

        if (e.Kind != AttrSiteKind.DataDescriptor)
        {
            var dict = inst.Dict;
            var v = dict.ValueAtHint(e.Hint, name);
            if (v != null)
            {
                return v;
            }

            if (!KnownAbsent(dict, e))
            {
                int at = dict.EntryIndexOf(name);
                if (at >= 0)
                {
                    e.Hint = at;
                    return dict.ValueAtHint(at, name) ?? Ops.LoadAttr(inst, name);
                }

                e.AbsentIn = dict;
                e.AbsentVersion = dict.Version;
            }

            var desc = e.ClassAttr;
            if (desc != null)
            {
                return e.Kind == AttrSiteKind.ClassValue ? desc : InstanceObject.GetDescriptorValue(desc, inst);
            }
        }
        else
        {
            var desc = e.ClassAttr!;
            if (deferGetter && desc is PropertyObject { Getter: FunctionObject })
            {
                return null;
            }

            return InstanceObject.GetDescriptorValue(desc, inst);
        }

        // __class__, __dict__, the native part's attributes, __getattr__, or the AttributeError.
        return Ops.LoadAttr(inst, name);
    }

    /// <summary>The kinds <see cref="LearnInstanceAttr"/> gives (a LOAD_METHOD site that found no method loads
    /// the attribute through its own cache, whose entry then holds <see cref="AttrSiteKind.Method"/>).</summary>
    private static bool IsLoadKind(AttrSiteKind kind) =>
        kind is AttrSiteKind.InstanceFirst or AttrSiteKind.ClassValue or AttrSiteKind.DataDescriptor;

    /// <summary>Fills an attribute site's cache for loads of <paramref name="name"/> on instances of
    /// <paramref name="type"/>. Runs no Python code.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LearnInstanceAttr(TypeObject type, StrObject name, AttrSiteCache cache)
    {
        var desc = type.Lookup(name);
        cache.Type = type;
        cache.Epoch = TypeObject.ClassEpoch;
        cache.ClassAttr = desc;
        cache.NameBit = DictObject.KeyBit(name.Hash());
        cache.Kind = desc == null ? AttrSiteKind.InstanceFirst
            : InstanceObject.IsDataDescriptor(desc) ? AttrSiteKind.DataDescriptor
            : InstanceObject.IsPlainClassValue(desc) ? AttrSiteKind.ClassValue
            : AttrSiteKind.InstanceFirst;
    }

    /// <summary>LOAD_METHOD: <c>obj.name</c> for a call, as <see cref="Ops.LoadMethod"/>: a method found on the type
    /// comes back unbound with <paramref name="self"/> set, so no bound-method object is made.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void LoadMethodCached(PyObject obj, StrObject name, AttrSiteCache cache, out PyObject method, out PyObject? self)
    {
        // The hit on the site's first entry, inline in the dispatch loop; other receiver types in LoadMethodSlow.
        if (ReferenceEquals(cache.Type, obj.Type) && cache.Kind == AttrSiteKind.Method && IsMethodHit(obj, name, cache))
        {
            method = cache.ClassAttr!;
            self = obj;
            return;
        }

        LoadMethodSlow(obj, name, cache, out method, out self);
    }

    /// <summary>A <see cref="AttrSiteKind.Method"/> entry for <paramref name="obj"/>'s type is still valid and no
    /// instance dict shadows the method.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsMethodHit(PyObject obj, StrObject name, AttrSiteCache e)
    {
        if (obj is InstanceObject inst)
        {
            return e.Epoch == TypeObject.ClassEpoch && (inst.Dict.Count == 0 || KnownAbsent(inst.Dict, e) || IsAbsent(inst.Dict, name, e));
        }

        // A built-in type (instances of classes are InstanceObjects): no instance dict to shadow it.
        return e.Epoch == obj.Type.Version;
    }

    /// <summary>Without a probe, <paramref name="dict"/> is known to lack the name: it never held a key with the
    /// name's filter bit (<see cref="DictObject.KeyBits"/>, which works for every instance of a class that keeps
    /// other attributes), or the site's memo says so (see <see cref="AttrSiteCache.AbsentIn"/>). Only for
    /// learnt entries (<see cref="AttrSiteCache.NameBit"/> set).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool KnownAbsent(DictObject dict, AttrSiteCache cache) =>
        (dict.KeyBits & cache.NameBit) == 0 || (ReferenceEquals(cache.AbsentIn, dict) && cache.AbsentVersion == dict.Version);

    /// <summary>Probes <paramref name="dict"/> for <paramref name="name"/>; when absent, remembers that in the site.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsAbsent(DictObject dict, StrObject name, AttrSiteCache cache)
    {
        if (dict.EntryIndexOf(name) >= 0)
        {
            return false;
        }

        cache.AbsentIn = dict;
        cache.AbsentVersion = dict.Version;
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LoadMethodSlow(PyObject obj, StrObject name, AttrSiteCache site, out PyObject method, out PyObject? self)
    {
        var type = obj.Type;
        var cache = site.Find(type);
        if (cache != null && cache.Kind == AttrSiteKind.Method && IsMethodHit(obj, name, cache))
        {
            // A polymorphic site's hit on a later entry.
            method = cache.ClassAttr!;
            self = obj;
            return;
        }

        if (cache != null && obj is InstanceObject known && cache.Epoch == TypeObject.ClassEpoch && IsLoadKind(cache.Kind))
        {
            // Learnt below for this class as it is: the class attribute is no method, so this is an attribute load.
            method = LoadInstanceAttr(known, name, cache, deferGetter: false)!;
            self = null;
            return;
        }

        cache ??= site.EntryFor(type);
        if (obj is InstanceObject || (!type.IsHeapType && obj is not TypeObject && obj is not ModuleObject && obj.InstanceDict == null))
        {
            var desc = type.Lookup(name);
            if (desc is IMethodLike && (desc is not BuiltinFunction bf || bf.SelfType != null))
            {
                // Stamp after the lookup: it may have initialised a built-in type's dict (bumping its version).
                cache.Type = type;
                cache.Epoch = type.IsHeapType ? TypeObject.ClassEpoch : type.Version;
                cache.ClassAttr = desc;
                cache.NameBit = DictObject.KeyBit(name.Hash());
                cache.Kind = AttrSiteKind.Method;
            }
            else if (obj is InstanceObject inst)
            {
                // Not a method (a callable attribute, a bound method stored in the dict …): an attribute load.
                method = LoadInstanceAttr(inst, name, cache, deferGetter: false)!;
                self = null;
                return;
            }
        }

        Ops.LoadMethod(obj, name, out method, out self);
    }

    /// <summary>STORE_ATTR: <c>obj.name = value</c>, or <c>del obj.name</c> when <paramref name="value"/> is null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreAttrCached(PyObject obj, StrObject name, PyObject? value, AttrSiteCache cache)
    {
        // The hit, inline in the dispatch loop (as for loads); everything else in StoreAttrSlow.
        if (obj is InstanceObject inst && value != null && ReferenceEquals(cache.Type, inst.Type)
            && cache.Epoch == TypeObject.ClassEpoch && cache.Kind == AttrSiteKind.PlainStore
            && inst.Dict.TrySetAtHint(cache.Hint, name, value))
        {
            return;
        }

        StoreAttrSlow(obj, name, value, cache);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StoreAttrSlow(PyObject obj, StrObject name, PyObject? value, AttrSiteCache cache)
    {
        if (obj is InstanceObject inst && value != null)
        {
            var type = inst.Type;
            var e = cache.Find(type);
            if (e == null || e.Epoch != TypeObject.ClassEpoch)
            {
                e = cache.EntryFor(type);
                LearnInstanceStore(type, name, e);
            }

            cache = e;

            if (cache.Kind == AttrSiteKind.PlainStore)
            {
                var dict = inst.Dict;
                if (!dict.TrySetAtHint(cache.Hint, name, value))
                {
                    cache.Hint = dict.SetItemAndGetEntry(name, value);
                }

                return;
            }
        }

        obj.StoreAttr(name, value);
    }

    /// <summary>Fills an attribute site's cache for stores to <paramref name="name"/> on instances of
    /// <paramref name="type"/>: <see cref="AttrSiteKind.PlainStore"/> when <see cref="InstanceObject.StoreAttr"/>
    /// would put the value in the instance dict. Runs no Python code.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LearnInstanceStore(TypeObject type, StrObject name, AttrSiteCache cache)
    {
        var desc = type.Lookup(name);
        bool plain = type.GetSpecial(SpecialMethod.SetAttr) == null
            && (desc == null
                || (desc is not PropertyObject && desc is not IDataDescriptor
                    && !(desc is InstanceObject di && di.Type.GetSpecial(SpecialMethod.Set) != null)));
        cache.Type = type;
        cache.Epoch = TypeObject.ClassEpoch;
        cache.ClassAttr = desc;
        cache.Kind = plain ? AttrSiteKind.PlainStore : AttrSiteKind.None;
    }

    /// <summary>LOAD_GLOBAL: <paramref name="name"/> from <paramref name="globals"/>, else from the builtins; null
    /// when neither has it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? LoadGlobalCached(DictObject globals, DictObject builtins, StrObject name, GlobalSiteCache cache)
    {
        if (ReferenceEquals(cache.Globals, globals))
        {
            PyObject? v;
            if (!cache.InBuiltins)
            {
                v = globals.ValueAtHint(cache.Hint, name);
            }
            else
            {
                v = cache.GlobalsVersion == globals.Version ? builtins.ValueAtHint(cache.Hint, name) : null;
            }

            if (v != null)
            {
                return v;
            }
        }

        return LoadGlobalSlow(globals, builtins, name, cache);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? LoadGlobalSlow(DictObject globals, DictObject builtins, StrObject name, GlobalSiteCache cache)
    {
        int e = globals.EntryIndexOf(name);
        if (e >= 0)
        {
            cache.Globals = globals;
            cache.InBuiltins = false;
            cache.Hint = e;
            return globals.ValueAtHint(e, name) ?? globals.GetOrNull(name);
        }

        e = builtins.EntryIndexOf(name);
        if (e >= 0)
        {
            cache.Globals = globals;
            cache.InBuiltins = true;
            cache.GlobalsVersion = globals.Version;
            cache.Hint = e;
            return builtins.ValueAtHint(e, name) ?? builtins.GetOrNull(name);
        }

        return null;
    }
}
