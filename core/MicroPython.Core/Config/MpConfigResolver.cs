using System;
using System.Collections.Generic;

namespace MicroPython.Config;

/// <summary>
/// Turns ordered layers of raw values into the validated, immutable <see cref="MpConfig"/>: every key must be a
/// catalogue option and every value must parse, in every layer (a bad value is an error even if a later layer
/// overrides it). The last layer that sets an option wins; every other option takes its catalogue default for the
/// effective <c>MICROPY_CONFIG_ROM_LEVEL</c>, which is resolved first.
/// </summary>
public static class MpConfigResolver
{
    /// <summary>Resolves <paramref name="layers"/> (earliest first); throws <see cref="MpConfigException"/> for bad input.</summary>
    public static MpConfig Resolve(IEnumerable<MpConfigLayer> layers) => Resolve(layers, null);

    /// <summary>
    /// Resolves <paramref name="layers"/> with options declared by plug-ins (<see cref="MpOption.PluginFlag"/>)
    /// known besides the catalogue; a plug-in option named like a catalogue option is ignored (the kernel's wins).
    /// </summary>
    public static MpConfig Resolve(IEnumerable<MpConfigLayer> layers, IReadOnlyList<MpOption>? pluginOptions)
    {
        var extra = new Dictionary<string, MpOption>(StringComparer.OrdinalIgnoreCase);
        if (pluginOptions != null)
        {
            foreach (var o in pluginOptions)
            {
                if (!MpOptionCatalog.TryGet(o.Name, out _))
                {
                    extra[o.Name] = o;
                }
            }
        }

        var explicitValues = new Dictionary<string, MpConfigValue>(StringComparer.Ordinal);
        foreach (var layer in layers)
        {
            foreach (var pair in layer.Values)
            {
                string raw = pair.Value ?? string.Empty;
                if (!MpOptionCatalog.TryGet(pair.Key, out var option) && !extra.TryGetValue(pair.Key, out option))
                {
                    throw new MpConfigException(pair.Key, raw, layer.Description, "unknown option");
                }

                if (!option.TryParse(raw, out string canonical, out string reason))
                {
                    throw new MpConfigException(option.Name, raw, layer.Description, reason);
                }

                explicitValues[option.Name] = new MpConfigValue(canonical, layer.Name);
            }
        }

        return WithDefaults(explicitValues, extra);
    }

    /// <summary>The catalogue defaults alone (no port, board or user settings): ROM level CORE_FEATURES.</summary>
    public static MpConfig Defaults() =>
        WithDefaults(new Dictionary<string, MpConfigValue>(StringComparer.Ordinal), new Dictionary<string, MpOption>(StringComparer.Ordinal));

    private static MpConfig WithDefaults(Dictionary<string, MpConfigValue> explicitValues, Dictionary<string, MpOption> extra)
    {
        var resolved = new Dictionary<string, MpConfigValue>(explicitValues, StringComparer.Ordinal);
        var inProgress = new HashSet<string>(StringComparer.Ordinal);
        var romOption = MpOptionCatalog.Get(MpOptionCatalog.RomLevel);
        MpDefaultContext? context = null;

        string ValueOf(string key)
        {
            if (resolved.TryGetValue(key, out var v))
            {
                return v.Text;
            }

            // A default that (directly or not) depends on itself is a catalogue bug, not user input.
            if (!inProgress.Add(key))
            {
                throw new InvalidOperationException($"configuration defaults of {key} depend on themselves");
            }

            var option = MpOptionCatalog.TryGet(key, out var known) ? known : extra[key];
            string text = option.DefaultFor(context!);
            inProgress.Remove(key);
            resolved[key] = new MpConfigValue(text, MpConfigLayer.Core);
            return text;
        }

        context = new MpDefaultContext(0, ValueOf);
        int romLevel = romOption.EnumValueOf(ValueOf(MpOptionCatalog.RomLevel));
        context = new MpDefaultContext(romLevel, ValueOf);
        foreach (var option in MpOptionCatalog.All)
        {
            ValueOf(option.Name);
        }

        foreach (var option in extra.Values)
        {
            ValueOf(option.Name);
        }

        return new MpConfig(resolved);
    }
}
