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

namespace MicroPython.Ports.Unix;

/// <summary>
/// MicroPython's unix port: the process's console and filesystem, the wall clock, <c>sys.platform</c> from the
/// host OS (<c>linux</c>, <c>darwin</c>, <c>freebsd</c>). Variants are its boards: <c>standard</c> (ROM level
/// EXTRA_FEATURES) and <c>minimal</c> (MINIMUM: no json, heapq, binascii …).
/// </summary>
public sealed class UnixPort : IPort
{
    private static readonly string[] s_defaultPath = { ".frozen", "~/.micropython/lib", "/usr/lib/micropython" };

    /// <inheritdoc/>
    public string Name => "unix";

    /// <inheritdoc/>
    public string Platform =>
        OperatingSystem.IsMacOS() ? "darwin" :
        OperatingSystem.IsFreeBSD() ? "freebsd" :
        "linux";

    /// <inheritdoc/>
    public string DefaultBoard => "standard";

    /// <inheritdoc/>
    public IReadOnlyList<string> DefaultModulePath => s_defaultPath;

    /// <inheritdoc/>
    public char PathListSeparator => ':';

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
