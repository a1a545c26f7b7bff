using MicroPython.Modules;
using MicroPython.Objects;

namespace MicroPython.Runtime;

// Wiring a fresh runtime: the builtins and the modules the kernel itself provides.
public sealed partial class PyRuntime
{
    private static readonly StrObject s_underscore = StrObject.Intern("_");

    /// <summary>The interrupt character (3 = Ctrl-C); −1 disables KeyboardInterrupt (<c>micropython.kbd_intr</c>).</summary>
    public int InterruptChar { get; set; } = 3;

    /// <summary>Creates a runtime with the builtins and the kernel's own modules registered.</summary>
    public static PyRuntime Create(RuntimeInfo? info = null)
    {
        var runtime = new PyRuntime();
        if (info != null)
        {
            runtime.Info = info;
        }

        runtime.MakeCurrent();
        MicroPython.Builtins.BuiltinsModule.Populate(runtime);
        runtime.Builtins.SetItem("__repl_print__", new BuiltinFunction("__repl_print__", value =>
        {
            // The REPL prints each expression statement's value and keeps the last non-None one in `_`.
            if (!ReferenceEquals(value, NoneObject.None))
            {
                runtime.Builtins.SetItem(s_underscore, value);
                runtime.Stdout.Write(Ops.Repr(value));
                runtime.Stdout.Write('\n');
            }

            return NoneObject.None;
        }));
        runtime.BuiltinModules["sys"] = SysModule.Create;
        runtime.BuiltinModules["micropython"] = MicroPythonModule.Create;
        runtime.BuiltinModules["gc"] = GcModule.Create;
        runtime.BuiltinModules["io"] = IoModule.Create;
        runtime.BuiltinModules["os"] = OsModule.Create;
        runtime.BuiltinModules["errno"] = ErrnoModule.Create;
        runtime.BuiltinModules["math"] = MicroPython.Modules.Math.MathModule.Create;
        runtime.BuiltinModules["cmath"] = MicroPython.Modules.Math.CmathModule.Create;
        runtime.BuiltinModules["builtins"] = static rt => new ModuleObject("builtins", rt.Builtins);
        return runtime;
    }
}
