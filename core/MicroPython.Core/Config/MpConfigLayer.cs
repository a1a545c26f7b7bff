using System;
using System.Collections.Generic;

namespace MicroPython.Config;

/// <summary>
/// The raw key/value pairs one configuration layer sets, before validation. Layers are applied in order and a
/// later layer wins: core defaults → port → board → firmware → user file → environment → command line.
/// </summary>
public sealed class MpConfigLayer
{
    /// <summary>Layer name of values that are the catalogue's defaults.</summary>
    public const string Core = "core";

    /// <summary>Layer name of a port's <c>mpconfigport.json</c>.</summary>
    public const string Port = "port";

    /// <summary>Layer name of a board's <c>mpconfigboard.json</c>.</summary>
    public const string Board = "board";

    /// <summary>Layer name of a firmware bundle's settings (the <c>config</c> of its <c>firmware.json</c>, <c>--firmware DIR</c>).</summary>
    public const string Firmware = "firmware";

    /// <summary>Layer name of the user's file (<c>--config FILE</c> or <c>mpconfig.json</c> in the working directory).</summary>
    public const string UserFile = "user file";

    /// <summary>Layer name of <c>MICROPY_*</c> environment variables.</summary>
    public const string Environment = "environment";

    /// <summary>Layer name of <c>--set KEY=VALUE</c>, <c>-X heapsize=</c> and <c>-O</c>.</summary>
    public const string CommandLine = "command line";

    /// <summary>Creates a layer.</summary>
    /// <param name="name">One of the layer names above.</param>
    /// <param name="origin">Where exactly the values came from (a file path, <c>--set</c>), for error messages; may be null.</param>
    /// <param name="values">The keys and raw values in the order they were read.</param>
    public MpConfigLayer(string name, string? origin, IReadOnlyList<KeyValuePair<string, string?>> values)
    {
        Name = name;
        Origin = origin;
        Values = values;
    }

    /// <summary>The layer's name (<see cref="Port"/>, <see cref="UserFile"/>, …).</summary>
    public string Name { get; }

    /// <summary>The file or option the values came from, or null.</summary>
    public string? Origin { get; }

    /// <summary>The raw values, unvalidated.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Values { get; }

    /// <summary>The layer as named in messages: <c>user file /home/me/mpconfig.json</c>.</summary>
    public string Description => string.IsNullOrEmpty(Origin) ? Name : $"{Name} {Origin}";

    /// <summary>A layer from key/value pairs (tests and simple hosts).</summary>
    public static MpConfigLayer From(string name, string? origin, params (string Key, string Value)[] values)
    {
        var list = new List<KeyValuePair<string, string?>>(values.Length);
        foreach (var (k, v) in values)
        {
            list.Add(new KeyValuePair<string, string?>(k, v));
        }

        return new MpConfigLayer(name, origin, list);
    }

    /// <inheritdoc/>
    public override string ToString() => Description + " (" + Values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " values)";
}
