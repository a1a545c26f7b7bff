using MicroPython.Builtins;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Modules;

/// <summary>
/// The <c>io</c> module as MicroPython's core has it: <c>open</c> (the builtin), the in-memory streams
/// <c>StringIO</c> and <c>BytesIO</c>, and <c>IOBase</c>, the base class for streams written in Python.
/// </summary>
public static class IoModule
{
    public static ModuleObject Create(PyRuntime runtime)
    {
        var m = new ModuleObject("io");
        var g = m.Globals;
        g.SetItem("open", runtime.Builtins.GetOrNull("open") ?? new BuiltinFunction("open", 1, BuiltinFunctions.Open));
        g.SetItem("StringIO", StringIOObject.PyType);
        g.SetItem("BytesIO", BytesIOObject.PyType);
        g.SetItem("IOBase", IOBaseObject.PyType);
        return m;
    }
}
