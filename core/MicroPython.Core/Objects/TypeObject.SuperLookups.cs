namespace MicroPython.Objects;

// What super() found in a class dict, remembered on the class super() starts after.
public sealed partial class TypeObject
{
    /// <summary>Remembered super() results per class: a few (owner type, name) pairs are enough for the calls a
    /// method body makes (super().__init__, super().m); more pairs overwrite round-robin.</summary>
    private const int SuperLookupSlots = 4;

    private SuperLookup[]? _superLookups;
    private int _superLookupsEpoch;
    private int _superLookupNext;

    /// <summary>
    /// The class-dict value <c>super(this, obj).name</c> found before for an <c>obj</c> whose MRO owner is
    /// <paramref name="owner"/>, while no class dict has changed since (<see cref="ClassEpoch"/>). The value is
    /// still to be bound to the object (the binding depends on the object, the lookup does not).
    /// </summary>
    internal bool TryGetSuperLookup(TypeObject owner, StrObject name, out PyObject value)
    {
        var entries = _superLookups;
        if (entries != null && _superLookupsEpoch == s_classEpoch)
        {
            for (int i = 0; i < entries.Length; i++)
            {
                ref var e = ref entries[i];
                if (ReferenceEquals(e.Owner, owner) && ReferenceEquals(e.Name, name))
                {
                    value = e.Value!;
                    return true;
                }
            }
        }

        value = null!;
        return false;
    }

    /// <summary>Remembers what the MRO walk of <c>super(this, obj).name</c> found in a Python class's dict.</summary>
    internal void RememberSuperLookup(TypeObject owner, StrObject name, PyObject value)
    {
        var entries = _superLookups ??= new SuperLookup[SuperLookupSlots];
        if (_superLookupsEpoch != s_classEpoch)
        {
            System.Array.Clear(entries);
            _superLookupsEpoch = s_classEpoch;
            _superLookupNext = 0;
        }

        entries[_superLookupNext] = new SuperLookup { Owner = owner, Name = name, Value = value };
        _superLookupNext = (_superLookupNext + 1) % SuperLookupSlots;
    }

    private struct SuperLookup
    {
        public TypeObject? Owner;
        public StrObject? Name;
        public PyObject? Value;
    }
}
