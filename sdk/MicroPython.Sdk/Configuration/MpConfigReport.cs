using System.Globalization;
using System.Text;
using MicroPython.Config;

namespace MicroPython.Sdk.Configuration;

/// <summary>The text of <c>micropython --show-config</c>: one option per line, its value and the layer it came from.</summary>
public static class MpConfigReport
{
    /// <summary>Formats <paramref name="config"/> in catalogue order, e.g. <c>MICROPY_PY_JSON = 1  (port)</c>.</summary>
    public static string Format(MpConfig config)
    {
        int width = 0;
        foreach (var option in MpOptionCatalog.All)
        {
            width = option.Name.Length > width ? option.Name.Length : width;
        }

        var sb = new StringBuilder();
        foreach (var option in MpOptionCatalog.All)
        {
            string value = config.GetString(option.Name);
            sb.Append(option.Name.PadRight(width))
                .Append(" = ")
                .Append(value.PadRight(14))
                .Append(CultureInfo.InvariantCulture, $" ({config.LayerOf(option.Name)})")
                .Append('\n');
        }

        return sb.ToString();
    }
}
