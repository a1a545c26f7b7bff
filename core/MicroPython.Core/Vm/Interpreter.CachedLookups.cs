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
    private static PyObject LoadAttrCached(PyObject obj, StrObject name, AttrSiteCache cache)
    {
        if (obj is InstanceObject inst)
        {
            // The hit, inline in the dispatch loop: same class as last time, no class change since, and the
            // name's entry still where the instance dict had it.
            if (ReferenceEquals(cache.Type, inst.Type) && cache.Epoch == TypeObject.ClassEpoch && cache.Kind == AttrSiteKind.InstanceFirst)
            {
                var v = inst.Dict.ValueAtHint(cache.Hint, name);
                if (v != null)
                {
                    return v;
                }
            }

            return LoadInstanceAttr(inst, name, cache);
        }

        return Ops.LoadAttr(obj, name);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject LoadInstanceAttr(InstanceObject inst, StrObject name, AttrSiteCache cache)
    {
        var type = inst.Type;
        if (!ReferenceEquals(cache.Type, type) || cache.Epoch != TypeObject.ClassEpoch || cache.Kind == AttrSiteKind.Method)
        {
            cache = cache.EntryFor(type);
            if (!ReferenceEquals(cache.Type, type) || cache.Epoch != TypeObject.ClassEpoch || cache.Kind == AttrSiteKind.Method)
            {
                LearnInstanceAttr(type, name, cache);
            }
        }

        if (cache.Kind == AttrSiteKind.InstanceFirst)
        {
            var dict = inst.Dict;
            var v = dict.ValueAtHint(cache.Hint, name);
            if (v != null)
            {
                return v;
            }

            if (!KnownAbsent(dict, cache))
            {
                int e = dict.EntryIndexOf(name);
                if (e >= 0)
                {
                    cache.Hint = e;
                    return dict.ValueAtHint(e, name) ?? Ops.LoadAttr(inst, name);
                }

                cache.AbsentIn = dict;
                cache.AbsentVersion = dict.Version;
            }

            var desc = cache.ClassAttr;
            if (desc != null)
            {
                return InstanceObject.GetDescriptorValue(desc, inst);
            }
        }
        else if (cache.Kind == AttrSiteKind.DataDescriptor)
        {
            return InstanceObject.GetDescriptorValue(cache.ClassAttr!, inst);
        }

        // __class__, __dict__, the native part's attributes, __getattr__, or the AttributeError.
        return Ops.LoadAttr(inst, name);
    }

    /// <summary>Fills an attribute site's cache for loads of <paramref name="name"/> on instances of
    /// <paramref name="type"/>. Runs no Python code.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LearnInstanceAttr(TypeObject type, StrObject name, AttrSiteCache cache)
    {
        var desc = type.Lookup(name);
        cache.Type = type;
        cache.Epoch = TypeObject.ClassEpoch;
        cache.ClassAttr = desc;
        cache.Kind = desc != null && InstanceObject.IsDataDescriptor(desc) ? AttrSiteKind.DataDescriptor : AttrSiteKind.InstanceFirst;
    }

    /// <summary>LOAD_METHOD: <c>obj.name</c> for a call, as <see cref="Ops.LoadMethod"/>: a method found on the type
    /// comes back unbound with <paramref name="self"/> set, so no bound-method object is made.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void LoadMethodCached(PyObject obj, StrObject name, AttrSiteCache cache, out PyObject method, out PyObject? self)
    {
        var type = obj.Type;
        if (!ReferenceEquals(cache.Type, type))
        {
            cache = cache.EntryFor(type);
        }

        if (ReferenceEquals(cache.Type, type) && cache.Kind == AttrSiteKind.Method)
        {
            if (obj is InstanceObject inst)
            {
                if (cache.Epoch == TypeObject.ClassEpoch && (inst.Dict.Count == 0 || KnownAbsent(inst.Dict, cache) || IsAbsent(inst.Dict, name, cache)))
                {
                    method = cache.ClassAttr!;
                    self = obj;
                    return;
                }
            }
            else if (cache.Epoch == type.Version)
            {
                // A built-in type (instances of classes are InstanceObjects): no instance dict to shadow it.
                method = cache.ClassAttr!;
                self = obj;
                return;
            }
        }

        LoadMethodSlow(obj, name, cache, out method, out self);
    }

    /// <summary>The site's memo says <paramref name="dict"/> still lacks the name (see <see cref="AttrSiteCache.AbsentIn"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool KnownAbsent(DictObject dict, AttrSiteCache cache) =>
        ReferenceEquals(cache.AbsentIn, dict) && cache.AbsentVersion == dict.Version;

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
    private static void LoadMethodSlow(PyObject obj, StrObject name, AttrSiteCache cache, out PyObject method, out PyObject? self)
    {
        var type = obj.Type;
        if (obj is InstanceObject || (!type.IsHeapType && obj is not TypeObject && obj is not ModuleObject && obj.InstanceDict == null))
        {
            var desc = type.Lookup(name);
            if (desc is IMethodLike && (desc is not BuiltinFunction bf || bf.SelfType != null))
            {
                // Stamp after the lookup: it may have initialised a built-in type's dict (bumping its version).
                cache.Type = type;
                cache.Epoch = type.IsHeapType ? TypeObject.ClassEpoch : type.Version;
                cache.ClassAttr = desc;
                cache.Kind = AttrSiteKind.Method;
            }
            else if (obj is InstanceObject inst)
            {
                // Not a method (a callable attribute, a bound method stored in the dict …): an attribute load.
                method = LoadInstanceAttr(inst, name, cache);
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
            if (!ReferenceEquals(cache.Type, type) || cache.Epoch != TypeObject.ClassEpoch)
            {
                cache = cache.EntryFor(type);
                if (!ReferenceEquals(cache.Type, type) || cache.Epoch != TypeObject.ClassEpoch)
                {
                    LearnInstanceStore(type, name, cache);
                }
            }

            if (cache.Kind == AttrSiteKind.PlainStore)
            {
                var dict = inst.Dict;
                if (!dict.TrySetAtHint(cache.Hint, name, value))
                {
                    dict.SetItem(name, value);
                    cache.Hint = dict.EntryIndexOf(name);
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
