using System;
using MicroPython.Objects;

namespace MicroPython.Runtime;

// Hooks the builtins module needs from parts of the system built elsewhere (the VM, the launcher/port).
public sealed partial class PyRuntime
{
    /// <summary>
    /// The globals dict of the innermost running Python frame, for <c>globals()</c>, <c>locals()</c> (which are the
    /// same in MicroPython), <c>dir()</c>, and <c>eval</c>/<c>exec</c> without explicit namespaces. The VM installs it;
    /// while unset those builtins fall back to the <c>__main__</c> module's globals (or an empty dict).
    /// </summary>
    public Func<DictObject?>? CurrentGlobalsProvider { get; set; }

    /// <summary>The current frame's globals (see <see cref="CurrentGlobalsProvider"/>).</summary>
    public DictObject CurrentGlobals()
    {
        var g = CurrentGlobalsProvider?.Invoke();
        if (g != null)
        {
            return g;
        }

        if (Modules.GetOrNull("__main__") is ModuleObject main)
        {
            return main.Globals;
        }

        return new DictObject();
    }
}
