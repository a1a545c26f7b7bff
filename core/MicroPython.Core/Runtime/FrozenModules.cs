using System;
using System.Collections.Generic;
using MicroPython.Bytecode;
using MicroPython.Mpy;

namespace MicroPython.Runtime;

/// <summary>
/// Frozen modules: precompiled code built into the firmware (MICROPY_MODULE_FROZEN_MPY). Names are paths relative
/// to the freeze root with their <c>.py</c> suffix (<c>main.py</c>, <c>asyncio/core.py</c>,
/// <c>pkg/__init__.py</c>); imports find them through the <c>.frozen</c> entry of <c>sys.path</c>, which behaves
/// as a virtual directory (boot-and-filesystem.md §5.2). Their code objects are loaded once and shared, as code
/// in flash is: importing one again after deleting it from <c>sys.modules</c> costs only the module's namespace.
/// </summary>
public sealed class FrozenModules
{
    /// <summary>The <c>sys.path</c> entry that stands for the frozen modules.</summary>
    public const string PathEntry = ".frozen";

    private readonly Dictionary<string, CompiledModule> _modules = new(StringComparer.Ordinal);
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal);

    /// <summary>Number of frozen modules.</summary>
    public int Count => _modules.Count;

    /// <summary>The frozen names, for <c>help('modules')</c>-style listings.</summary>
    public IEnumerable<string> Names => _modules.Keys;

    /// <summary>Adds the already compiled <paramref name="module"/> under <paramref name="name"/> (e.g. <c>pkg/mod.py</c>).</summary>
    public void Add(string name, CompiledModule module)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(module);
        _modules[name] = module;
        for (int slash = name.IndexOf('/'); slash > 0; slash = name.IndexOf('/', slash + 1))
        {
            _directories.Add(name.Substring(0, slash));
        }
    }

    /// <summary>Adds a frozen module from its .mpy bytes; a damaged file raises <c>ValueError</c> here, not at import.</summary>
    public void AddMpy(string name, ReadOnlySpan<byte> mpy) => Add(name, MpyReader.Read(mpy));

    /// <summary>The module frozen as <paramref name="name"/>, or null.</summary>
    public CompiledModule? Find(string name) => _modules.GetValueOrDefault(name);

    /// <summary>True when some frozen name lies under <paramref name="directory"/> (a frozen package).</summary>
    public bool IsDirectory(string directory) => _directories.Contains(directory);
}
