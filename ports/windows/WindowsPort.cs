using System;
using System.Collections.Generic;
using MicroPython.Io;
using MicroPython.Runtime;
using MicroPython.Sdk.FileSystems;
using MicroPython.Sdk.Hal;
using MicroPython.Sdk.Hosting;
using MicroPython.Sdk.Modules;
using MicroPython.Sdk.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace MicroPython.Ports.Windows;

/// <summary>
/// MicroPython's windows port: a console build sharing the unix port's behaviour, with <c>sys.platform</c>
/// <c>win32</c>, its own banner, <c>;</c>-separated <c>MICROPYPATH</c> and variants <c>standard</c> and
/// <c>dev</c>. It can be selected on any host (<c>--port windows</c>), which is how its behaviour is tested.
/// </summary>
public sealed class WindowsPort : IPort
{
    private static readonly string[] s_defaultPath = { ".frozen", "~/.micropython/lib" };

    /// <inheritdoc/>
    public string Name => "windows";

    /// <inheritdoc/>
    public string Platform => "win32";

    /// <inheritdoc/>
    public string DefaultBoard => "standard";

    /// <inheritdoc/>
    public IReadOnlyList<string> DefaultModulePath => s_defaultPath;

    /// <inheritdoc/>
    public char PathListSeparator => ';';

    /// <inheritdoc/>
    public IReadOnlyList<ModuleDefinition> Modules { get; } = Array.Empty<ModuleDefinition>();

    /// <inheritdoc/>
    public RuntimeInfo DescribeRuntime(PortContext context) => new()
    {
        Platform = Platform,
        Machine = "win32 [.NET] version",
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
