using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using MicroPython.Config;
using MicroPython.Sdk.Configuration;
using MicroPython.Sdk.Firmware;
using MicroPython.Sdk.Plugins;

namespace MicroPython.Cli.Composition;

/// <summary>
/// Start-up step (d): the configuration from its layers — the selected port's <c>mpconfigport.json</c>, the board's
/// <c>mpconfigboard.json</c>, the user file (<c>--config</c> or <c>./mpconfig.json</c>), the <c>MICROPY_*</c>
/// environment and the command line (<c>--set</c>, <c>-X heapsize=</c>, <c>-O</c>). Module plug-ins' enabling flags
/// that the kernel's catalogue does not know are declared as options (on by default) so layers can set them.
/// </summary>
internal static class HostConfiguration
{
    /// <summary>Loads and validates; throws <see cref="MpConfigException"/> with one line naming key, value and layer.</summary>
    public static MpConfig Load(LauncherOptions options, PortSelection selection, PluginCatalog catalog)
    {
        foreach (var bad in options.MalformedSettings)
        {
            throw new MpConfigException(MpConfigLayer.CommandLine, $"--set {bad}: expected KEY=VALUE");
        }

        var pluginOptions = new List<MpOption>();
        var declared = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var manifest in catalog.Manifests)
        {
            if (manifest.EnabledBy is { } flag && !MpOptionCatalog.TryGet(flag, out _) && declared.Add(flag))
            {
                pluginOptions.Add(MpOption.PluginFlag(flag, defaultOn: true, $"plug-in {manifest.Name}"));
            }
        }

        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            environment[(string)e.Key] = e.Value as string ?? string.Empty;
        }

        Dictionary<string, string>? firmware = null;
        string? firmwareFile = null;
        if (options.Firmware != null)
        {
            try
            {
                firmware = FirmwareBundle.LoadConfig(options.Firmware, out firmwareFile);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                // Left out here: booting the bundle reports what is wrong with it, in the one place that loads it.
                firmware = null;
            }
        }

        return MpConfigLoader.Load(new MpConfigSources
        {
            PortFile = selection.PortConfigFile,
            BoardFiles = selection.Board.ConfigFile is { } board ? new[] { board } : Array.Empty<string>(),
            FirmwareSettings = firmware,
            FirmwareFile = firmwareFile,
            UserFile = options.ConfigFile ?? MpConfigLoader.FindUserFile(Directory.GetCurrentDirectory()),
            Environment = environment,
            CommandLine = options.Settings,
            PluginOptions = pluginOptions,
        });
    }
}
