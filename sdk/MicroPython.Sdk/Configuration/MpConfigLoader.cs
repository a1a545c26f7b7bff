using System;
using System.Collections.Generic;
using System.IO;
using MicroPython.Config;
using MicroPython.Sdk.Json;

namespace MicroPython.Sdk.Configuration;

/// <summary>
/// Builds the effective <see cref="MpConfig"/> of one start-up from its layers, later winning:
/// core defaults (the kernel's option catalogue) → port file → board files → firmware bundle → user file → environment → command
/// line. JSON files allow comments and trailing commas; nested values flatten to <c>A:B</c> keys (array items to
/// <c>A:0</c>, …) as Microsoft.Extensions.Configuration would, and are then reported as unknown options. Each
/// layer is read on its own so every value keeps the layer it came from, then the kernel's
/// <see cref="MpConfigResolver"/> validates all of them and fills in the defaults of the effective ROM level.
/// </summary>
public static class MpConfigLoader
{
    /// <summary>The file name of a user configuration found in the working directory.</summary>
    public const string UserFileName = "mpconfig.json";

    /// <summary>Loads and validates; throws <see cref="MpConfigException"/> naming the key, value and layer on bad input.</summary>
    public static MpConfig Load(MpConfigSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return MpConfigResolver.Resolve(Layers(sources), sources.PluginOptions);
    }

    /// <summary>The layers of <paramref name="sources"/> in order, unvalidated (for tools that show where values come from).</summary>
    public static List<MpConfigLayer> Layers(MpConfigSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var layers = new List<MpConfigLayer>();
        if (sources.PortFile != null)
        {
            layers.Add(ReadJson(MpConfigLayer.Port, sources.PortFile));
        }

        foreach (var board in sources.BoardFiles)
        {
            layers.Add(ReadJson(MpConfigLayer.Board, board));
        }

        if (sources.FirmwareSettings != null)
        {
            // Sorted like a JSON file's keys, for stable errors.
            var firmware = new List<KeyValuePair<string, string?>>(sources.FirmwareSettings.Count);
            foreach (var pair in sources.FirmwareSettings)
            {
                firmware.Add(new KeyValuePair<string, string?>(pair.Key, pair.Value));
            }

            SettingOrder.SortByKey(firmware);
            layers.Add(new MpConfigLayer(MpConfigLayer.Firmware, sources.FirmwareFile, firmware));
        }

        if (sources.UserFile != null)
        {
            layers.Add(ReadJson(MpConfigLayer.UserFile, sources.UserFile));
        }

        layers.Add(new MpConfigLayer(MpConfigLayer.Environment, null, MpConfigEnvironment.Select(sources.Environment)));

        var commandLine = new List<KeyValuePair<string, string?>>(sources.CommandLine.Count);
        foreach (var pair in sources.CommandLine)
        {
            commandLine.Add(new KeyValuePair<string, string?>(pair.Key, pair.Value));
        }

        layers.Add(new MpConfigLayer(MpConfigLayer.CommandLine, null, commandLine));
        return layers;
    }

    /// <summary>The user file for a start-up without <c>--config</c>: <c>mpconfig.json</c> in <paramref name="directory"/>, if it exists.</summary>
    public static string? FindUserFile(string directory)
    {
        string path = Path.Combine(directory, UserFileName);
        return File.Exists(path) ? path : null;
    }

    /// <summary>Splits a <c>--set</c> argument into key and value; false when there is no <c>=</c> or no key.</summary>
    public static bool TryParseSetting(string text, out KeyValuePair<string, string> setting)
    {
        int eq = text.IndexOf('=', StringComparison.Ordinal);
        setting = default;
        if (eq <= 0)
        {
            return false;
        }

        setting = new KeyValuePair<string, string>(text.Substring(0, eq).Trim(), text.Substring(eq + 1));
        return true;
    }

    private static MpConfigLayer ReadJson(string layerName, string path)
    {
        string full = Path.GetFullPath(path);
        string description = $"{layerName} {full}";
        if (!File.Exists(full))
        {
            throw new MpConfigException(description, "file not found");
        }

        JsoncValue root;
        try
        {
            root = JsoncReader.Parse(File.ReadAllText(full));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MpConfigException(description, "cannot read: " + e.Message, e);
        }
        catch (FormatException e)
        {
            throw new MpConfigException(description, "not valid JSON: " + e.Message, e);
        }

        if (root.Kind != JsoncKind.Object)
        {
            throw new MpConfigException(description, "not valid JSON: expected an object of settings");
        }

        var values = new List<KeyValuePair<string, string?>>();
        Flatten(root, null, values);
        SettingOrder.SortByKey(values);
        return new MpConfigLayer(layerName, full, values);
    }

    /// <summary>Leaves become (path, text) pairs; an empty object or array is one pair with a null value.</summary>
    private static void Flatten(JsoncValue value, string? path, List<KeyValuePair<string, string?>> into)
    {
        switch (value.Kind)
        {
            case JsoncKind.Object when value.Members!.Count > 0:
                foreach (var member in value.Members)
                {
                    Flatten(member.Value, path == null ? member.Key : path + ":" + member.Key, into);
                }

                break;
            case JsoncKind.Array when value.Items!.Count > 0:
                for (int i = 0; i < value.Items.Count; i++)
                {
                    Flatten(value.Items[i], path + ":" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), into);
                }

                break;
            case JsoncKind.Object or JsoncKind.Array:
                if (path != null)
                {
                    into.Add(new KeyValuePair<string, string?>(path, null));
                }

                break;
            default:
                into.Add(new KeyValuePair<string, string?>(path ?? string.Empty, value.ScalarText));
                break;
        }
    }
}
