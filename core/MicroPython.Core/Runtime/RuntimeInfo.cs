using System;

namespace MicroPython.Runtime;

/// <summary>What the running port reports about itself: <c>sys.platform</c>, the banner, <c>sys.implementation</c>.</summary>
public sealed class RuntimeInfo
{
    /// <summary>MicroPython release this implementation tracks (sys.implementation.version).</summary>
    public Version Version { get; init; } = new(1, 29, 0);

    /// <summary><c>'preview'</c> or <c>''</c>.</summary>
    public string ReleaseLevel { get; init; } = "preview";

    public string VersionTag => ReleaseLevel.Length == 0 ? $"v{Version.Major}.{Version.Minor}.{Version.Build}" : $"v{Version.Major}.{Version.Minor}.{Version.Build}-{ReleaseLevel}";

    /// <summary>Build date printed in the banner (YYYY-MM-DD).</summary>
    public string BuildDate { get; init; } = "2026-11-23";

    /// <summary><c>sys.platform</c>.</summary>
    public string Platform { get; init; } = "linux";

    /// <summary>The banner's machine text and <c>sys.implementation._machine</c>.</summary>
    public string Machine { get; init; } = "linux [.NET] version";

    /// <summary>Variant/board name: <c>sys.implementation._build</c>.</summary>
    public string Build { get; init; } = "standard";

    /// <summary><c>sys.executable</c>.</summary>
    public string Executable { get; init; } = string.Empty;

    /// <summary>First banner line, also printed by <c>--version</c>.</summary>
    public string BannerLine => $"MicroPython {VersionTag} on {BuildDate}; {Machine}";
}
