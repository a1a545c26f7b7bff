using System;
using System.Collections.Generic;
using MicroPython.Runtime;
using MicroPython.Sdk.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace MicroPython.Sdk.Ports;

/// <summary>
/// The entry type of a <c>port</c> plug-in (named by <c>entryType</c> in its <c>plugin.json</c>; public
/// parameterless constructor). A port says what the interpreter is running on: its <c>sys.platform</c> and
/// banner, its services (stdio, filesystem, clock, HAL drivers), its own modules and its boot sequence. Its
/// default options are <c>mpconfigport.json</c> in the plug-in folder; its boards are the
/// <c>boards/&lt;BOARD&gt;/</c> folders there.
/// </summary>
public interface IPort
{
    /// <summary>The name given to <c>--port</c> (e.g. <c>unix</c>, <c>windows</c>, <c>stm32</c>).</summary>
    string Name { get; }

    /// <summary><c>sys.platform</c> (e.g. <c>linux</c>, <c>win32</c>, <c>pyboard</c>).</summary>
    string Platform { get; }

    /// <summary>The board used when <c>--board</c> is not given.</summary>
    string DefaultBoard { get; }

    /// <summary>
    /// What <c>sys.implementation</c>, <c>sys.platform</c> and the banner report when running
    /// <paramref name="context"/>'s board (<c>_build</c> is the variant on host ports, the board on MCU ports).
    /// </summary>
    RuntimeInfo DescribeRuntime(PortContext context);

    /// <summary>Default entries of <c>sys.path</c> after <c>''</c> when <c>MICROPYPATH</c> is not set (<c>~</c> is expanded).</summary>
    IReadOnlyList<string> DefaultModulePath { get; }

    /// <summary>The separator of <c>MICROPYPATH</c> entries (<c>:</c> on unix, <c>;</c> on windows).</summary>
    char PathListSeparator { get; }

    /// <summary>
    /// Registers the port's services: <see cref="Hal.IStdio"/>, <see cref="MicroPython.Io.IFileSystem"/>,
    /// <see cref="Hal.IClock"/> and the HAL drivers its boards have. Called once, before start-up.
    /// </summary>
    void ConfigureServices(IServiceCollection services, PortContext context);

    /// <summary>The port's own modules (<c>pyb</c>, <c>esp32</c>, <c>termios</c> …); empty if none.</summary>
    IReadOnlyList<ModuleDefinition> Modules { get; }

    /// <summary>The text <c>help()</c> prints, or null for MicroPython's generic welcome text.</summary>
    string? HelpText => null;

    /// <summary>
    /// Runs after the runtime is created and configured, before the user's program: a board port mounts its
    /// filesystem and runs <c>boot.py</c> here; a host port has nothing to do.
    /// </summary>
    void Boot(PyRuntime runtime, IServiceProvider services)
    {
    }
}
