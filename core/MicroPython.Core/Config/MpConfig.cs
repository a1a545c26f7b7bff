using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace MicroPython.Config;

/// <summary>
/// The effective, validated, immutable configuration of one interpreter: MicroPython's option names
/// (<c>MICROPY_PY_JSON</c>, <c>MICROPY_LONGINT_IMPL</c>, heap size …) mapped to their values and the layer
/// each value came from. Built once at start-up; the VM never reads it on a hot path — options are applied to
/// the runtime's own fields when the runtime is created.
/// </summary>
public sealed class MpConfig
{
    private readonly Dictionary<string, MpConfigValue> _values;
    private readonly ReadOnlyDictionary<string, MpConfigValue> _readOnly;

    /// <summary>Creates a configuration from already validated values.</summary>
    public MpConfig(IReadOnlyDictionary<string, MpConfigValue> values)
    {
        _values = new Dictionary<string, MpConfigValue>(values, StringComparer.Ordinal);
        _readOnly = new ReadOnlyDictionary<string, MpConfigValue>(_values);
    }

    /// <summary>Every option with its value, in no particular order.</summary>
    public IReadOnlyDictionary<string, MpConfigValue> Values => _readOnly;

    /// <summary>True if the option is present.</summary>
    public bool Has(string key) => _values.ContainsKey(key);

    /// <summary>A boolean option (MicroPython's 0/1 flags); an absent option is false.</summary>
    public bool GetBool(string key) => _values.TryGetValue(key, out var v) && v.Text is "1" or "true" or "True";

    /// <summary>An integer option; an absent option is <paramref name="fallback"/>.</summary>
    public long GetInt(string key, long fallback = 0) => _values.TryGetValue(key, out var v) && long.TryParse(v.Text, out long n) ? n : fallback;

    /// <summary>A text or enumerated option; an absent option is <paramref name="fallback"/>.</summary>
    public string GetString(string key, string fallback = "") => _values.TryGetValue(key, out var v) ? v.Text : fallback;

    /// <summary>
    /// An enumerated option as its number (<c>MICROPY_ERROR_REPORTING</c> DETAILED → 3, <c>MICROPY_CONFIG_ROM_LEVEL</c>
    /// EXTRA_FEATURES → 30); an absent option or a value that is no constant of it is <paramref name="fallback"/>.
    /// </summary>
    public int GetEnum(string key, int fallback = -1)
    {
        if (!_values.TryGetValue(key, out var v) || !MpOptionCatalog.TryGet(key, out var option))
        {
            return fallback;
        }

        int n = option.EnumValueOf(v.Text);
        return n < 0 ? fallback : n;
    }

    /// <summary>The effective ROM level (0, 10, … 50).</summary>
    public int RomLevel => GetEnum(MpOptionCatalog.RomLevel, MpRomLevel.CoreFeatures);

    /// <summary>The layer the option's value came from (<c>core</c>, <c>port</c>, <c>board</c>, <c>user file</c>, <c>environment</c>, <c>command line</c>).</summary>
    public string LayerOf(string key) => _values.TryGetValue(key, out var v) ? v.Layer : string.Empty;
}

/// <summary>One option's value in its canonical text form and the configuration layer that set it.</summary>
/// <remarks>
/// A class, not a struct: dictionaries of it then share the framework's precompiled code for reference types,
/// where a struct value type made every start-up JIT-compile a dozen dictionary methods for it.
/// </remarks>
public sealed record MpConfigValue(string Text, string Layer);
