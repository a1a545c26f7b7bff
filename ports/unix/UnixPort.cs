using System;
using System.Collections.Generic;
using MicroPython.Sdk.Hosting;

namespace MicroPython.Ports.Unix;

/// <summary>
/// MicroPython's unix port: the process's console and filesystem, the wall clock, <c>sys.platform</c> from the
/// host OS (<c>linux</c>, <c>darwin</c>, <c>freebsd</c>). Variants are its boards: <c>standard</c> (ROM level
/// EXTRA_FEATURES) and <c>minimal</c> (MINIMUM: no json, heapq, binascii …).
/// </summary>
public sealed class UnixPort : HostPort
{
    private static readonly string[] s_defaultPath = { ".frozen", "~/.micropython/lib", "/usr/lib/micropython" };

    /// <inheritdoc/>
    public override string Name => "unix";

    /// <inheritdoc/>
    public override string Platform =>
        OperatingSystem.IsMacOS() ? "darwin" :
        OperatingSystem.IsFreeBSD() ? "freebsd" :
        "linux";

    /// <inheritdoc/>
    public override IReadOnlyList<string> DefaultModulePath => s_defaultPath;

    /// <inheritdoc/>
    public override char PathListSeparator => ':';
}
