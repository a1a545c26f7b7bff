using System;
using System.Collections.Generic;
using System.IO;
using MicroPython.Sdk.Json;

namespace MicroPython.Sdk.Plugins;

/// <summary>
/// A plug-in's <c>plugin.json</c>, read before anything of the plug-in is loaded:
/// <code>
/// {
///   "name": "heapq", "kind": "module", "version": "1.0.0", "contractVersion": 1,
///   "assembly": "MicroPython.Modules.Heapq.dll", "entryType": "MicroPython.Modules.Heapq.HeapqPlugin",
///   "enabledBy": "MICROPY_PY_HEAPQ", "modules": [ "heapq" ]
/// }
/// </code>
/// <c>enabledBy</c> is optional (always loaded); a <c>board-pack</c> names its <c>port</c> and has no assembly.
/// </summary>
public sealed class PluginManifest
{
    /// <summary>The manifest's file name inside a plug-in folder.</summary>
    public const string FileName = "plugin.json";

    /// <summary>The plug-in's name (reported in every message about it).</summary>
    public required string Name { get; init; }

    /// <summary>What the plug-in contributes.</summary>
    public required PluginKind Kind { get; init; }

    /// <summary>The plug-in's own version.</summary>
    public required string Version { get; init; }

    /// <summary>The <see cref="SdkContract.Version"/> the plug-in was built against.</summary>
    public required int ContractVersion { get; init; }

    /// <summary>The assembly file, relative to the plug-in folder (null for a board pack).</summary>
    public string? Assembly { get; init; }

    /// <summary>The full name of the entry type (null for a board pack).</summary>
    public string? EntryType { get; init; }

    /// <summary>The option that enables the plug-in (e.g. <c>MICROPY_PY_JSON</c>), or null if always enabled.</summary>
    public string? EnabledBy { get; init; }

    /// <summary>The module names a module plug-in provides (checked against what it defines).</summary>
    public IReadOnlyList<string> Modules { get; init; } = Array.Empty<string>();

    /// <summary>The port a board pack adds boards to.</summary>
    public string? Port { get; init; }

    /// <summary>The plug-in folder.</summary>
    public required string Directory { get; init; }

    /// <summary>Full path of the assembly (null for a board pack).</summary>
    public string? AssemblyPath => Assembly == null ? null : Path.Combine(Directory, Assembly);

    /// <summary>
    /// Reads and validates <c>plugin.json</c> in <paramref name="directory"/>. Any problem raises
    /// <see cref="PluginLoadException"/> with a one-line reason.
    /// </summary>
    public static PluginManifest Load(string directory)
    {
        string path = Path.Combine(directory, FileName);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PluginLoadException($"cannot read {FileName}: {e.Message}");
        }

        JsoncValue root;
        try
        {
            root = JsoncReader.Parse(text);
        }
        catch (FormatException e)
        {
            throw new PluginLoadException($"bad {FileName}: {e.Message}");
        }

        return FromJson(root, directory);
    }

    private static PluginManifest FromJson(JsoncValue root, string directory)
    {
        if (root.Kind != JsoncKind.Object)
        {
            throw Bad("expected a JSON object");
        }

        var kindText = RequiredString(root, "kind");
        var kind = kindText switch
        {
            "port" => PluginKind.Port,
            "module" => PluginKind.Module,
            "board-pack" => PluginKind.BoardPack,
            _ => throw Bad($"unknown kind '{kindText}' (expected port, module or board-pack)"),
        };

        if (root.Get("contractVersion") is not { Kind: JsoncKind.Number, Text: var cvText } || !int.TryParse(cvText, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int contract))
        {
            throw Bad("'contractVersion' must be an integer");
        }

        var manifest = new PluginManifest
        {
            Name = RequiredString(root, "name"),
            Kind = kind,
            Version = RequiredString(root, "version"),
            ContractVersion = contract,
            Assembly = kind == PluginKind.BoardPack ? null : RequiredString(root, "assembly"),
            EntryType = kind == PluginKind.BoardPack ? null : RequiredString(root, "entryType"),
            EnabledBy = OptionalString(root, "enabledBy"),
            Modules = StringList(root, "modules"),
            Port = kind == PluginKind.BoardPack ? RequiredString(root, "port") : OptionalString(root, "port"),
            Directory = directory,
        };

        if (kind == PluginKind.Module && manifest.Modules.Count == 0)
        {
            throw Bad("a module plug-in must list its 'modules'");
        }

        return manifest;
    }

    private static string RequiredString(JsoncValue root, string key)
    {
        if (root.Get(key) is not { Kind: JsoncKind.String, Text: { Length: > 0 } text })
        {
            throw Bad($"'{key}' must be a non-empty string");
        }

        return text;
    }

    private static string? OptionalString(JsoncValue root, string key)
    {
        var v = root.Get(key);
        if (v == null || v.Kind == JsoncKind.Null)
        {
            return null;
        }

        if (v.Kind != JsoncKind.String)
        {
            throw Bad($"'{key}' must be a string");
        }

        return v.Text;
    }

    private static List<string> StringList(JsoncValue root, string key)
    {
        var list = new List<string>();
        var v = root.Get(key);
        if (v == null)
        {
            return list;
        }

        if (v.Kind != JsoncKind.Array)
        {
            throw Bad($"'{key}' must be an array of strings");
        }

        foreach (var item in v.Items!)
        {
            if (item.Kind != JsoncKind.String)
            {
                throw Bad($"'{key}' must be an array of strings");
            }

            list.Add(item.Text!);
        }

        return list;
    }

    private static PluginLoadException Bad(string what) => new($"bad {FileName}: {what}");
}
