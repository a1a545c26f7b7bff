using System.Collections.Generic;
using MicroPython.Sdk.Hosting;

namespace MicroPython.Ports.Windows;

/// <summary>
/// MicroPython's windows port: a console build sharing the unix port's behaviour, with <c>sys.platform</c>
/// <c>win32</c>, its own banner, <c>;</c>-separated <c>MICROPYPATH</c> and variants <c>standard</c> and
/// <c>dev</c>. It can be selected on any host (<c>--port windows</c>), which is how its behaviour is tested.
/// </summary>
public sealed class WindowsPort : HostPort
{
    private static readonly string[] s_defaultPath = { ".frozen", "~/.micropython/lib" };

    /// <inheritdoc/>
    public override string Name => "windows";

    /// <inheritdoc/>
    public override string Platform => "win32";

    /// <inheritdoc/>
    public override IReadOnlyList<string> DefaultModulePath => s_defaultPath;

    /// <inheritdoc/>
    public override char PathListSeparator => ';';
}
