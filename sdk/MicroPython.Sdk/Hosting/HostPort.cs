using System;
using System.Collections.Generic;
using MicroPython.Io;
using MicroPython.Runtime;
using MicroPython.Sdk.FileSystems;
using MicroPython.Sdk.Hal;
using MicroPython.Sdk.Modules;
using MicroPython.Sdk.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace MicroPython.Sdk.Hosting;

/// <summary>
/// What every host port (unix, windows) shares: the process's console, the host's files, the wall clock, no
/// port modules, and the banner's <c>"&lt;platform&gt; [.NET] version"</c> machine text. A host port states only
/// its name, platform string, module path and path-list separator.
/// </summary>
public abstract class HostPort : IPort
{
    /// <inheritdoc/>
    public abstract string Name { get; }

    /// <inheritdoc/>
    public abstract string Platform { get; }

    /// <inheritdoc/>
    public virtual string DefaultBoard => "standard";

    /// <inheritdoc/>
    public abstract IReadOnlyList<string> DefaultModulePath { get; }

    /// <inheritdoc/>
    public abstract char PathListSeparator { get; }

    /// <inheritdoc/>
    public IReadOnlyList<ModuleDefinition> Modules { get; } = Array.Empty<ModuleDefinition>();

    /// <inheritdoc/>
    public RuntimeInfo DescribeRuntime(PortContext context) => new()
    {
        Platform = Platform,

        // The banner's "<platform> [<compiler>] version", with the runtime in place of the C compiler.
        Machine = $"{Platform} [.NET] version",
        Build = context.Board.Id,
        Executable = context.Executable,
    };

    /// <inheritdoc/>
    public void ConfigureServices(IServiceCollection services, PortContext context)
    {
        services.AddSingleton<IStdio, ProcessStdio>();
        services.AddSingleton<IFileSystem>(static _ => new HostFileSystem());
        services.AddSingleton<IClock, SystemClock>();
    }
}
