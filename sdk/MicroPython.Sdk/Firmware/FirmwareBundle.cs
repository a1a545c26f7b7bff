using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using MicroPython.Mpy;
using MicroPython.Runtime;

namespace MicroPython.Sdk.Firmware;

/// <summary>
/// A firmware bundle: the frozen modules (as .mpy bytes) plus the configuration a board image is built with, in
/// a folder the launcher boots with <c>micropython --firmware DIR</c>.
/// </summary>
/// <remarks>
/// Layout: <c>DIR/firmware.json</c> (format version, .mpy version, metadata, the frozen names with their files,
/// and MICROPY_* settings) and <c>DIR/frozen/&lt;name&gt;.mpy</c>, one ordinary .mpy file per frozen module, so
/// the folder can be inspected and its files loaded by any MicroPython of the same .mpy version.
/// </remarks>
public sealed class FirmwareBundle
{
    /// <summary>The index file of a bundle folder.</summary>
    public const string IndexFileName = "firmware.json";

    /// <summary>The folder (inside the bundle) holding the frozen .mpy files.</summary>
    public const string FrozenFolderName = "frozen";

    /// <summary>Version of the bundle layout written by this code.</summary>
    public const int FormatVersion = 1;

    private readonly List<KeyValuePair<string, byte[]>> _frozen = new();

    /// <summary>Frozen modules in order: frozen name (<c>main.py</c>, <c>pkg/__init__.py</c>) and .mpy bytes.</summary>
    public IReadOnlyList<KeyValuePair<string, byte[]>> Frozen => _frozen;

    /// <summary>Metadata from the manifest (<c>description</c>, <c>version</c>, <c>license</c>, <c>author</c>).</summary>
    public Dictionary<string, string> Metadata { get; } = new(StringComparer.Ordinal);

    /// <summary>MICROPY_* settings of the image (e.g. <c>MICROPY_ENABLE_COMPILER</c> = <c>0</c>), as text.</summary>
    public Dictionary<string, string> Config { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds a frozen module; <paramref name="mpy"/> must be a loadable .mpy file.</summary>
    /// <exception cref="PyException"><c>ValueError</c> when the bytes are not a loadable .mpy file.</exception>
    public void AddFrozen(string name, byte[] mpy)
    {
        CheckName(name);
        MpyReader.Read(mpy);
        _frozen.RemoveAll(pair => pair.Key == name);
        _frozen.Add(new KeyValuePair<string, byte[]>(name, mpy));
    }

    /// <summary>Writes the bundle into <paramref name="directory"/> (created if needed; its old frozen folder is replaced).</summary>
    public void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        string frozenDir = Path.Combine(directory, FrozenFolderName);
        if (Directory.Exists(frozenDir))
        {
            Directory.Delete(frozenDir, recursive: true);
        }

        var files = new HashSet<string>(StringComparer.Ordinal);
        var modules = new JsonArray();
        foreach (var (name, bytes) in _frozen)
        {
            string file = FrozenFolderName + "/" + Path.ChangeExtension(name, ".mpy");
            if (!files.Add(file))
            {
                throw new InvalidOperationException($"two frozen modules would share the file {file}: rename one of them");
            }

            string full = Path.Combine(directory, file);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
            modules.Add(new JsonObject { ["name"] = name, ["file"] = file });
        }

        var metadata = new JsonObject();
        foreach (var (key, value) in Metadata)
        {
            metadata[key] = value;
        }

        var config = new JsonObject();
        foreach (var (key, value) in Config)
        {
            config[key] = value;
        }

        var index = new JsonObject
        {
            ["format"] = FormatVersion,
            ["mpy"] = $"{MpyFormat.Version}.{MpyFormat.SubVersion}",
            ["metadata"] = metadata,
            ["config"] = config,
            ["frozen"] = modules,
        };
        File.WriteAllText(Path.Combine(directory, IndexFileName), index.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    /// <summary>Reads the bundle in <paramref name="directory"/>.</summary>
    /// <exception cref="InvalidDataException">The folder is not a bundle, or its index or a frozen file is damaged.</exception>
    public static FirmwareBundle Load(string directory)
    {
        var root = ReadIndex(directory, out string indexPath);
        var bundle = new FirmwareBundle();
        CopyStrings(root["metadata"], bundle.Metadata, indexPath, "metadata");
        CopyStrings(root["config"], bundle.Config, indexPath, "config");
        LoadFrozen(root, bundle, directory, indexPath);
        return bundle;
    }

    /// <summary>
    /// Reads only the image settings of the bundle in <paramref name="directory"/> (the configuration's firmware
    /// layer), without loading its frozen modules; <paramref name="indexPath"/> is the full path of its index.
    /// </summary>
    /// <exception cref="InvalidDataException">The folder is not a bundle, or its index is damaged.</exception>
    public static Dictionary<string, string> LoadConfig(string directory, out string indexPath)
    {
        var root = ReadIndex(directory, out indexPath);
        indexPath = Path.GetFullPath(indexPath);
        var config = new Dictionary<string, string>(StringComparer.Ordinal);
        CopyStrings(root["config"], config, indexPath, "config");
        return config;
    }

    private static JsonObject ReadIndex(string directory, out string indexPath)
    {
        indexPath = Path.Combine(directory, IndexFileName);
        if (!File.Exists(indexPath))
        {
            throw new InvalidDataException($"not a firmware bundle (no {IndexFileName}): {directory}");
        }

        JsonNode? index;
        try
        {
            index = JsonNode.Parse(File.ReadAllText(indexPath));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{indexPath}: {e.Message}");
        }

        if (index is not JsonObject root || root["format"]?.GetValueKind() != JsonValueKind.Number || (int)root["format"]! != FormatVersion)
        {
            throw new InvalidDataException($"{indexPath}: unsupported bundle format (expected \"format\": {FormatVersion})");
        }

        return root;
    }

    private static void LoadFrozen(JsonObject root, FirmwareBundle bundle, string directory, string indexPath)
    {
        if (root["frozen"] is JsonArray frozen)
        {
            string fullRoot = Path.GetFullPath(directory);
            foreach (var entry in frozen)
            {
                string? name = entry?["name"]?.GetValueKind() == JsonValueKind.String ? (string?)entry["name"] : null;
                string? file = entry?["file"]?.GetValueKind() == JsonValueKind.String ? (string?)entry["file"] : null;
                if (name == null || file == null)
                {
                    throw new InvalidDataException($"{indexPath}: each frozen entry needs \"name\" and \"file\"");
                }

                string full = Path.GetFullPath(Path.Combine(fullRoot, file));
                if (!full.StartsWith(fullRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
                {
                    throw new InvalidDataException($"{indexPath}: frozen file missing or outside the bundle: {file}");
                }

                try
                {
                    bundle.AddFrozen(name, File.ReadAllBytes(full));
                }
                catch (PyException e)
                {
                    throw new InvalidDataException($"{file}: {Ops.Str(e.Value)}");
                }
                catch (ArgumentException e)
                {
                    throw new InvalidDataException($"{indexPath}: {e.Message}");
                }
            }
        }
    }

    /// <summary>Registers the frozen modules with <paramref name="runtime"/> (its <c>.frozen</c> path entry finds them).</summary>
    public void InstallFrozen(PyRuntime runtime)
    {
        foreach (var (name, bytes) in _frozen)
        {
            runtime.Frozen.AddMpy(name, bytes);
        }
    }

    private static void CopyStrings(JsonNode? node, Dictionary<string, string> target, string indexPath, string section)
    {
        if (node == null)
        {
            return;
        }

        if (node is not JsonObject obj)
        {
            throw new InvalidDataException($"{indexPath}: \"{section}\" must be an object");
        }

        foreach (var (key, value) in obj)
        {
            target[key] = value?.GetValueKind() switch
            {
                JsonValueKind.String => (string)value!,
                JsonValueKind.True => "1",
                JsonValueKind.False => "0",
                JsonValueKind.Number => value!.ToJsonString(),
                _ => throw new InvalidDataException($"{indexPath}: \"{section}.{key}\" must be a string, number or boolean"),
            };
        }
    }

    private static void CheckName(string name)
    {
        if (string.IsNullOrEmpty(name) || name.StartsWith('/') || name.Contains('\\') || name.Contains("..", StringComparison.Ordinal)
            || !(name.EndsWith(".py", StringComparison.Ordinal) || name.EndsWith(".mpy", StringComparison.Ordinal)))
        {
            throw new ArgumentException($"invalid frozen module name '{name}' (a relative path ending in .py or .mpy)", nameof(name));
        }
    }
}
