using System.Runtime.CompilerServices;
using MicroPython.Objects;

namespace MicroPython.Vm;

/// <summary>What an attribute site learned about the class attribute of its name (see <see cref="AttrSiteCache"/>).</summary>
internal enum AttrSiteKind : byte
{
    /// <summary>Nothing cached: the site takes the generic path.</summary>
    None = 0,

    /// <summary>The class attribute is null or not a data descriptor: the instance dict decides first, then
    /// <see cref="AttrSiteCache.ClassAttr"/> (bound through its descriptor protocol, if any).</summary>
    InstanceFirst,

    /// <summary>As <see cref="InstanceFirst"/>, and the class attribute is a plain value (no <c>__get__</c>, nothing
    /// to bind): an instance dict known to lack the name (<see cref="AttrSiteCache.AbsentIn"/>) means the answer
    /// is <see cref="AttrSiteCache.ClassAttr"/> itself, read inline in the loop.</summary>
    ClassValue,

    /// <summary>The class attribute is a data descriptor (a property …): it decides, the instance dict is not read.</summary>
    DataDescriptor,

    /// <summary>LOAD_METHOD: the class attribute is a method (function, built-in method) to be called with self
    /// unless the instance dict shadows it.</summary>
    Method,

    /// <summary>STORE_ATTR: no <c>__setattr__</c> and no descriptor intercepting stores: the value goes to the
    /// instance dict.</summary>
    PlainStore,
}

/// <summary>
/// The inline cache of one LOAD_ATTR / LOAD_METHOD / STORE_ATTR instruction: for the last receiver type seen,
/// what the class lookup of the name found and where in the instance dict the name was last found.
/// </summary>
/// <remarks>
/// Valid while the receiver's type is <see cref="Type"/> and <see cref="Epoch"/> equals the type's current
/// stamp: <see cref="TypeObject.ClassEpoch"/> for classes (it changes when any class dict changes, so a change
/// to a base invalidates its subclasses too) or <see cref="TypeObject.Version"/> for built-in types (whose dicts
/// only change while being initialised). <see cref="Hint"/> needs no invalidation: it is checked against the
/// entry's key on every use.
/// </remarks>
internal sealed class AttrSiteCache
{
    public TypeObject? Type;
    public int Epoch;
    public AttrSiteKind Kind;

    /// <summary>Position of the name's entry in the last instance dict it was found in (a <see cref="DictObject"/> hint).</summary>
    public int Hint = -1;

    /// <summary>The result of the class lookup (along the MRO) of the name; null when the class has none.</summary>
    public PyObject? ClassAttr;

    /// <summary>
    /// The last instance dict found not to hold the name, with its <see cref="DictObject.Version"/> then: while
    /// both match, the name is still absent (only an insertion changes that, and every insertion bumps the
    /// version), so a class attribute or method read through an instance needs no probe of the instance dict.
    /// A fact about the dict, not the type, so it needs no invalidation either. Holds one dict alive per site.
    /// </summary>
    public DictObject? AbsentIn;

    /// <summary><see cref="AbsentIn"/>'s version when the name was found absent.</summary>
    public int AbsentVersion;

    /// <summary>The name's <see cref="DictObject.KeyBit"/>: an instance dict whose <see cref="DictObject.KeyBits"/>
    /// lack it never held the name, whichever instance it belongs to (set whenever the entry is learnt).</summary>
    public ulong NameBit;

    /// <summary>The site's next entry: a site that sees several receiver types (a method called on a list of
    /// different task classes) keeps one entry per type, up to <see cref="MaxEntries"/>.</summary>
    public AttrSiteCache? Next;

    private const int MaxEntries = 4;

    /// <summary>The entry of this site that holds <paramref name="type"/> (valid or stale), or null: the scan a
    /// polymorphic site does before it falls back to <see cref="EntryFor"/> to learn.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AttrSiteCache? Find(TypeObject type)
    {
        AttrSiteCache? e = this;
        do
        {
            if (ReferenceEquals(e.Type, type))
            {
                return e;
            }

            e = e.Next;
        }
        while (e != null);

        return null;
    }

    /// <summary>
    /// The entry of this site (this one first, then <see cref="Next"/>…) that holds <paramref name="type"/>, valid
    /// or stale; else a free entry (appended while the site has fewer than <see cref="MaxEntries"/>); else the last
    /// one, to be re-learnt. The caller checks the stamp and learns into the entry when it does not match.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public AttrSiteCache EntryFor(TypeObject type)
    {
        var e = this;
        for (int n = 1; ; n++)
        {
            if (ReferenceEquals(e.Type, type) || e.Type == null)
            {
                return e;
            }

            if (e.Next == null)
            {
                return n < MaxEntries ? (e.Next = new AttrSiteCache()) : e;
            }

            e = e.Next;
        }
    }
}

/// <summary>
/// The inline cache of one LOAD_GLOBAL (or LOAD_NAME in a module body) instruction: where the name was found.
/// </summary>
/// <remarks>
/// When the name is a global, <see cref="Hint"/> is its entry position in <see cref="Globals"/>, checked against
/// the key on use (a replaced value is read fresh, a deleted or moved entry fails the check). When the name is a
/// builtin, the cache also holds the globals dict's <see cref="DictObject.Version"/> when the name was missing
/// there: the version changes on every insertion or deletion, so an unchanged version proves it is still missing.
/// </remarks>
internal sealed class GlobalSiteCache
{
    public DictObject? Globals;
    public bool InBuiltins;
    public int GlobalsVersion;
    public int Hint = -1;
}

/// <summary>Gives each cached instruction of a code object its cache, created on the instruction's first run.</summary>
internal static class SiteCaches
{
    /// <summary>The attribute cache of the instruction at <paramref name="opIp"/> (the opcode's absolute index).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static AttrSiteCache Attr(CodeObject code, int opIp)
    {
        var sites = code.SiteCaches;
        if (sites != null && sites[opIp] is AttrSiteCache cache)
        {
            return cache;
        }

        return CreateAttr(code, opIp);
    }

    /// <summary>The global-name cache of the instruction at <paramref name="opIp"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static GlobalSiteCache Global(CodeObject code, int opIp)
    {
        var sites = code.SiteCaches;
        if (sites != null && sites[opIp] is GlobalSiteCache cache)
        {
            return cache;
        }

        return CreateGlobal(code, opIp);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static AttrSiteCache CreateAttr(CodeObject code, int opIp)
    {
        var cache = new AttrSiteCache();
        Sites(code)[opIp] = cache;
        return cache;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static GlobalSiteCache CreateGlobal(CodeObject code, int opIp)
    {
        var cache = new GlobalSiteCache();
        Sites(code)[opIp] = cache;
        return cache;
    }

    // One slot per bytecode byte: a direct index by instruction address, allocated when the code first runs a
    // cached instruction (a module body that runs once pays for it once; code that never runs, never).
    private static object?[] Sites(CodeObject code) => code.SiteCaches ??= new object?[code.Bytecode.Length];
}
