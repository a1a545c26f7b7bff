using System.Collections.Generic;

namespace MicroPython.Sdk.Configuration;

/// <summary>
/// Where the layers of one start-up's configuration come from. The launcher fills it: the port and board files
/// from the selected port plug-in, the user file from <c>--config</c> (or <c>mpconfig.json</c> in the working
/// directory), the process environment, and the command line's <c>--set</c>/<c>-X heapsize=</c>/<c>-O</c>.
/// Anything absent stays null or empty.
/// </summary>
public sealed class MpConfigSources
{
    /// <summary>The port's <c>mpconfigport.json</c>, or null.</summary>
    public string? PortFile { get; init; }

    /// <summary>The board's <c>mpconfigboard.json</c> files, most general first (a board can build on another).</summary>
    public IReadOnlyList<string> BoardFiles { get; init; } = new List<string>();

    /// <summary>
    /// The firmware bundle's image settings (<c>--firmware DIR</c>), applied between the board and the user file, or
    /// null; <see cref="FirmwareFile"/> names where they came from.
    /// </summary>
    public IReadOnlyDictionary<string, string>? FirmwareSettings { get; init; }

    /// <summary>The bundle index the <see cref="FirmwareSettings"/> were read from (shown in errors and --show-config).</summary>
    public string? FirmwareFile { get; init; }

    /// <summary>The user's configuration file, or null.</summary>
    public string? UserFile { get; init; }

    /// <summary>
    /// The environment variables (usually the whole process environment). Only names starting with <c>MICROPY_</c>
    /// are read, and of those the ones in <see cref="MpConfigEnvironment.NonConfigNames"/> are skipped.
    /// </summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Options declared by plug-ins (their enabling flags, <see cref="MicroPython.Config.MpOption.PluginFlag"/>), so
    /// layers may set them; without this an option outside the kernel's catalogue is an unknown key.
    /// </summary>
    public IReadOnlyList<MicroPython.Config.MpOption> PluginOptions { get; init; } = new List<MicroPython.Config.MpOption>();

    /// <summary>Command-line settings in the order given, each <c>KEY=VALUE</c> (later wins).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> CommandLine { get; init; } = new List<KeyValuePair<string, string>>();
}
