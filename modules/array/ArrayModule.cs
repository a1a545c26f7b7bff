using MicroPython.Sdk.Modules;

namespace MicroPython.Modules.Array;

/// <summary>
/// The <c>array</c> module: the <c>array</c> type alone, as in MicroPython. Slice assignment is there when the
/// running configuration has <c>MICROPY_PY_ARRAY_SLICE_ASSIGN</c> on (read by the array type when it is used).
/// </summary>
public static class ArrayModule
{
    /// <summary>The module's definition: name, enabling option and its one class.</summary>
    public static readonly ModuleDefinition Definition = ModuleDefinition.Create("array", "MICROPY_PY_ARRAY", m => m
        .Class(ArrayObject.PyType));
}
