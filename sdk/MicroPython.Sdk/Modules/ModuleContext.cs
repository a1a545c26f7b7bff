using System;
using MicroPython.Config;
using MicroPython.Runtime;

namespace MicroPython.Sdk.Modules;

/// <summary>
/// What a module's factory receives when the module object is created (on its first import): the runtime, the
/// service container and the effective configuration. Resolve services here, once, and keep them in the
/// module's functions; never resolve on every call.
/// </summary>
public sealed class ModuleContext
{
    /// <summary>Creates a context.</summary>
    public ModuleContext(PyRuntime runtime, IServiceProvider services, MpConfig config)
    {
        Runtime = runtime;
        Services = services;
        Config = config;
    }

    /// <summary>The interpreter importing the module.</summary>
    public PyRuntime Runtime { get; }

    /// <summary>The services the port and plug-ins registered (stdio, filesystem, clock, HAL drivers …).</summary>
    public IServiceProvider Services { get; }

    /// <summary>The effective configuration.</summary>
    public MpConfig Config { get; }
}
