using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Modules;

/// <summary>
/// The <c>micropython</c> module: <c>const</c>, the code-emitter decorators, <c>opt_level</c>, <c>kbd_intr</c>, and
/// the heap and scheduler functions (<c>MicroPythonModule.Memory.cs</c>).
/// </summary>
public static partial class MicroPythonModule
{
    public static ModuleObject Create(PyRuntime runtime)
    {
        var m = new ModuleObject("micropython");
        var g = m.Globals;
        g.SetItem("const", new BuiltinFunction("const", x => x));

        // Without a native emitter MicroPython still accepts these decorators; the function runs as bytecode.
        g.SetItem("native", new BuiltinFunction("native", f => f));
        g.SetItem("viper", new BuiltinFunction("viper", f => f));
        g.SetItem("bytecode", new BuiltinFunction("bytecode", f => f));
        g.SetItem("opt_level", new BuiltinFunction("opt_level", 0, 1, args =>
        {
            if (args.Length == 0)
            {
                return IntObject.Get(runtime.OptimizationLevel);
            }

            runtime.OptimizationLevel = (int)Ops.ToInt64(args[0]);
            return NoneObject.None;
        }));
        g.SetItem("kbd_intr", new BuiltinFunction("kbd_intr", chr =>
        {
            runtime.InterruptChar = (int)Ops.ToInt64(chr);
            return NoneObject.None;
        }));
        AddMemoryFunctions(runtime, g);
        return m;
    }
}
