using MicroPython.Objects;

namespace MicroPython.Modules.Collections;

/// <summary>What the interpreter's configuration gives every namedtuple type it creates.</summary>
/// <param name="AsDict">Whether <c>_asdict()</c> exists (<c>MICROPY_PY_COLLECTIONS_NAMEDTUPLE__ASDICT</c>).</param>
/// <param name="AsDictType">The type <c>_asdict()</c> returns: OrderedDict when the build has it, as MicroPython does, else dict.</param>
public sealed record NamedTupleOptions(bool AsDict, TypeObject AsDictType);
