using MicroPython.Sdk.Modules;

namespace MicroPython.Modules.Array;

/// <summary>
/// The <c>array</c> module: the <c>array</c> type alone, as in MicroPython. Slice assignment is there when
/// <c>MICROPY_PY_ARRAY_SLICE_ASSIGN</c> is on.
/// </summary>
public static class ArrayModule
{
    /// <summary>The module's definition: name, enabling option and its one class.</summary>
    public static readonly ModuleDefinition Definition = ModuleDefinition.Create("array", "MICROPY_PY_ARRAY", m =>
    {
        ArrayObject.SliceAssignEnabled = ModuleInstaller.IsEnabled(m.Context.Config, "MICROPY_PY_ARRAY_SLICE_ASSIGN");
        m.Class(ArrayObject.PyType);
    });
}
