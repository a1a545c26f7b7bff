using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using MicroPython.Config;

namespace MicroPython.Sdk.Configuration;

/// <summary>The text of <c>micropython --show-config</c>: one option per line, its value and the layer it came from.</summary>
public static class MpConfigReport
{
    /// <summary>
    /// Formats <paramref name="config"/>: the catalogue's options in catalogue order, then plug-ins' options by
    /// name, e.g. <c>MICROPY_PY_JSON = 1  (port)</c>.
    /// </summary>
    public static string Format(MpConfig config)
    {
        var names = new List<string>(config.Values.Count);
        foreach (var option in MpOptionCatalog.All)
        {
            names.Add(option.Name);
        }

        var others = new List<string>();
        foreach (var key in config.Values.Keys)
        {
            if (!MpOptionCatalog.TryGet(key, out _))
            {
                others.Add(key);
            }
        }

        others.Sort(StringComparer.Ordinal);
        names.AddRange(others);
        int width = 0;
        foreach (var name in names)
        {
            width = Math.Max(width, name.Length);
        }

        var sb = new StringBuilder();
        foreach (var name in names)
        {
            string value = config.GetString(name);
            sb.Append(name.PadRight(width))
                .Append(" = ")
                .Append(value.PadRight(14))
                .Append(CultureInfo.InvariantCulture, $" ({config.LayerOf(name)})")
                .Append('\n');
        }

        return sb.ToString();
    }
}
