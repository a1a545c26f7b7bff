using System.Text;

namespace MicroPython.Objects;

/// <summary>Appends <c>repr(self)</c> (when <paramref name="repr"/>) or <c>str(self)</c> to <paramref name="sb"/>.</summary>
public delegate void PrintSlot(PyObject self, StringBuilder sb, bool repr);

/// <summary><c>self == other</c> decided by a built-in subtype; null when the base type's comparison applies.</summary>
public delegate bool? EqualitySlot(PyObject self, PyObject other);

// Slots of built-in subtypes whose instances are their base's own objects (MicroPython's namedtuple types are
// tuples with their own print and attr slots; OrderedDict is a dict with an ordered ==). The base type's slot
// consults these only for instances whose Type is not the base itself, so plain tuples and dicts pay one null test.
public sealed partial class TypeObject
{
    /// <summary>
    /// The print slot of a built-in subtype that shares its base's object layout (a namedtuple's instances are
    /// tuples that print as <c>P(x=1, y=2)</c>). Consulted by tuple and dict printing; null: print as the base.
    /// </summary>
    public PrintSlot? Printer { get; set; }

    /// <summary>
    /// Equality of such a subtype's instances (two OrderedDicts compare in order). Consulted by dict's
    /// <c>==</c>/<c>!=</c>; null, or a null result: the base's comparison.
    /// </summary>
    public EqualitySlot? Equality { get; set; }
}
