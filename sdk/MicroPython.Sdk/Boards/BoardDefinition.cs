using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using MicroPython.Sdk.Json;

namespace MicroPython.Sdk.Boards;

/// <summary>
/// A board (or, on host ports, a variant such as unix <c>standard</c>/<c>minimal</c>), described by data:
/// <c>boards/&lt;BOARD&gt;/board.json</c> (name, MCU, heap size, features) and an optional
/// <c>mpconfigboard.json</c> of option overrides layered on the port's <c>mpconfigport.json</c>.
/// </summary>
public sealed class BoardDefinition
{
    /// <summary>The name of the board file in a board folder.</summary>
    public const string BoardFileName = "board.json";

    /// <summary>The name of the optional option-override file in a board folder.</summary>
    public const string ConfigFileName = "mpconfigboard.json";

    /// <summary>The folder name, as given to <c>--board</c> (e.g. <c>standard</c>, <c>PYBV11</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Human-readable board name (the banner's "&lt;board&gt; with &lt;mcu&gt;" on MCU ports).</summary>
    public required string Name { get; init; }

    /// <summary>The microcontroller (e.g. <c>STM32F405RG</c>); <c>host</c> for host ports.</summary>
    public string Mcu { get; init; } = "host";

    /// <summary>RAM given to the Python heap, in bytes; 0 = the port's default.</summary>
    public long HeapSizeBytes { get; init; }

    /// <summary>Features the board offers (free-form tags such as <c>usb</c>, <c>sdcard</c>, <c>wifi</c>).</summary>
    public IReadOnlyList<string> Features { get; init; } = Array.Empty<string>();

    /// <summary>The board folder.</summary>
    public required string Directory { get; init; }

    /// <summary>Path of <c>mpconfigboard.json</c>, or null when the board overrides no options.</summary>
    public string? ConfigFile => File.Exists(Path.Combine(Directory, ConfigFileName)) ? Path.Combine(Directory, ConfigFileName) : null;

    /// <summary>
    /// Reads <c>board.json</c> from <paramref name="directory"/>. Malformed data raises
    /// <see cref="InvalidDataException"/> with a message naming the file and the problem.
    /// </summary>
    public static BoardDefinition Load(string directory)
    {
        string path = Path.Combine(directory, BoardFileName);
        string id = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));
        try
        {
            var root = JsoncReader.Parse(File.ReadAllText(path));
            if (root.Kind != JsoncKind.Object)
            {
                throw new InvalidDataException($"{path}: expected a JSON object");
            }

            var features = new List<string>();
            if (root.Get("features") is { } f)
            {
                if (f.Kind != JsoncKind.Array)
                {
                    throw new InvalidDataException($"{path}: 'features' must be an array of strings");
                }

                foreach (var item in f.Items!)
                {
                    features.Add(item.Kind == JsoncKind.String ? item.Text! : throw new InvalidDataException($"{path}: 'features' must be an array of strings"));
                }
            }

            long heap = 0;
            if (root.Get("heap_size") is { } h && (h.Kind != JsoncKind.Number || !long.TryParse(h.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out heap)))
            {
                throw new InvalidDataException($"{path}: 'heap_size' must be a whole number of bytes");
            }

            return new BoardDefinition
            {
                Id = id,
                Name = StringOr(root, "name", id, path),
                Mcu = StringOr(root, "mcu", "host", path),
                HeapSizeBytes = heap,
                Features = features,
                Directory = directory,
            };
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    private static string StringOr(JsoncValue root, string key, string fallback, string path) => root.Get(key) switch
    {
        null or { Kind: JsoncKind.Null } => fallback,
        { Kind: JsoncKind.String, Text: var text } => text!,
        _ => throw new InvalidDataException($"{path}: '{key}' must be a string"),
    };
}
