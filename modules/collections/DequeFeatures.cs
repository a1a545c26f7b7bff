using System;

namespace MicroPython.Modules.Collections;

/// <summary>Optional parts of <c>deque</c> (<c>MICROPY_PY_COLLECTIONS_DEQUE_ITER</c>, <c>…_SUBSCR</c>).</summary>
[Flags]
public enum DequeFeatures
{
    /// <summary>Neither iteration nor indexing.</summary>
    None = 0,

    /// <summary><c>iter(d)</c>, <c>for x in d</c>.</summary>
    Iteration = 1,

    /// <summary><c>d[i]</c> and <c>d[i] = v</c>.</summary>
    Subscript = 2,

    /// <summary>Everything (the unix port).</summary>
    All = Iteration | Subscript,
}
