using System;
using System.IO;
using System.Text;
using MicroPython.Objects;
using MicroPython.Runtime;
using MicroPython.Sdk.Firmware;

namespace MicroPython.Cli;

/// <summary>
/// <c>micropython --firmware DIR</c>: installs a firmware bundle's frozen modules into the runtime (its settings are
/// the configuration's "firmware" layer, read by HostConfiguration) and
/// runs its boot scripts as a board does (boot-and-filesystem.md §1, §5.2).
/// </summary>
internal static class FirmwareBoot
{
    /// <summary>
    /// Loads the bundle into <paramref name="runtime"/>; returns 0, or −1 after reporting why the bundle is unusable.
    /// </summary>
    public static int Install(PyRuntime runtime, string directory, TextWriter stderr)
    {
        FirmwareBundle bundle;
        try
        {
            bundle = FirmwareBundle.Load(directory);
            bundle.InstallFrozen(runtime);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            stderr.Write($"micropython: bad firmware bundle: {e.Message}\n");
            return -1;
        }

        // mp_init puts '.frozen' right after '' whenever the image has frozen modules.
        if (bundle.Frozen.Count > 0 && !HasFrozenEntry(runtime))
        {
            runtime.Path.Insert(Math.Min(1, runtime.Path.Count), new StrObject(FrozenModules.PathEntry));
        }

        return 0;
    }

    /// <summary>
    /// Runs <c>boot.py</c> then <c>main.py</c> in <c>__main__</c>, each taken from the frozen modules first and
    /// otherwise from the working directory; returns the exit status of the first one that fails.
    /// </summary>
    public static int RunBootScripts(PyRuntime runtime, ModuleObject main, Func<Action, int> guard)
    {
        foreach (var script in new[] { "boot.py", "main.py" })
        {
            int status;
            if (runtime.Frozen.Find(script) != null)
            {
                status = guard(() => runtime.ExecuteFrozen(main, script));
            }
            else if (File.Exists(script))
            {
                status = guard(() => runtime.ExecuteModuleSource(main, File.ReadAllText(script, Encoding.UTF8), script));
            }
            else
            {
                continue;
            }

            if (status != 0)
            {
                return status;
            }
        }

        return 0;
    }

    private static bool HasFrozenEntry(PyRuntime runtime)
    {
        foreach (var entry in runtime.Path.AsSpan())
        {
            if (entry is StrObject s && s.Value == FrozenModules.PathEntry)
            {
                return true;
            }
        }

        return false;
    }
}
