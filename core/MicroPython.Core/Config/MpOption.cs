using System;
using System.Collections.Generic;
using System.Globalization;

namespace MicroPython.Config;

/// <summary>
/// One configuration option of the catalogue: its MicroPython name, the kind of value it takes, its default as a
/// function of the ROM level (and of other options), and — for options that remove a feature — what disappears
/// when it is off. The catalogue (<see cref="MpOptionCatalog"/>) is the list of these; every one changes behaviour.
/// </summary>
public sealed class MpOption
{
    private readonly MpDefault _default;

    internal MpOption(string name, MpOptionKind kind, string description, MpDefault defaultValue)
    {
        Name = name;
        Kind = kind;
        Description = description;
        _default = defaultValue;
    }

    /// <summary>
    /// A 0/1 option declared by a plug-in rather than the kernel (a third-party module's enabling flag, say), so
    /// that layers may set it like any catalogue option. Pass it to the resolver with the layers.
    /// </summary>
    /// <param name="name">The option's name: <c>MICROPY_</c> followed by upper-case letters, digits and underscores.</param>
    /// <param name="defaultOn">The value when no layer sets it.</param>
    /// <param name="description">What the option switches, in one line.</param>
    public static MpOption PluginFlag(string name, bool defaultOn, string description)
    {
        ArgumentNullException.ThrowIfNull(name);
        bool valid = name.Length > 8 && name.StartsWith("MICROPY_", StringComparison.Ordinal);
        foreach (char c in name)
        {
            valid &= c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';
        }

        if (!valid)
        {
            throw new ArgumentException($"'{name}' is not an option name (MICROPY_ and upper-case letters, digits, underscores)", nameof(name));
        }

        return new MpOption(name, MpOptionKind.Bool, description, MpDefault.Always(defaultOn ? "1" : "0"));
    }

    /// <summary>MicroPython's name, e.g. <c>MICROPY_PY_JSON</c>.</summary>
    public string Name { get; }

    /// <summary>How the value is parsed.</summary>
    public MpOptionKind Kind { get; }

    /// <summary>What the option changes, in one line (shown by <c>--show-config</c>'s catalogue and the docs).</summary>
    public string Description { get; }

    /// <summary>For <see cref="MpOptionKind.Enum"/>: the constants' short names (<c>DETAILED</c>); the full macro name (<c>MICROPY_ERROR_REPORTING_DETAILED</c>) is accepted too.</summary>
    public IReadOnlyList<string> EnumNames { get; init; } = Array.Empty<string>();

    /// <summary>For <see cref="MpOptionKind.Enum"/>: the number of each constant (defaults to its index).</summary>
    public IReadOnlyList<int>? EnumValues { get; init; }

    /// <summary>Smallest accepted value of an <see cref="MpOptionKind.Int"/> or <see cref="MpOptionKind.Size"/> option.</summary>
    public long Min { get; init; }

    /// <summary>Largest accepted value of an <see cref="MpOptionKind.Int"/> or <see cref="MpOptionKind.Size"/> option.</summary>
    public long Max { get; init; } = long.MaxValue;

    /// <summary>For <see cref="MpOptionKind.Int"/>: the only values accepted, when the range alone is too loose.</summary>
    public IReadOnlyList<long>? Choices { get; init; }

    /// <summary>Built-in names (functions, types, constants) that do not exist when this flag is 0.</summary>
    public IReadOnlyList<string> Builtins { get; init; } = Array.Empty<string>();

    /// <summary>The module that cannot be imported when this flag is 0 (null if the flag is not a module switch).</summary>
    public string? Module { get; init; }

    /// <summary>The module whose <see cref="Attributes"/> this flag removes (<c>sys</c>, <c>micropython</c>), or null.</summary>
    public string? AttributesOf { get; init; }

    /// <summary>Attributes of module <see cref="AttributesOf"/> that do not exist when this flag is 0.</summary>
    public IReadOnlyList<string> Attributes { get; init; } = Array.Empty<string>();

    /// <summary>The default in canonical text, given the ROM level and the other options' values.</summary>
    public string DefaultFor(MpDefaultContext context) => _default.ValueFor(context);

    /// <summary>The number behind a canonical enum name (e.g. <c>DETAILED</c> → 3), or −1.</summary>
    public int EnumValueOf(string canonical)
    {
        for (int i = 0; i < EnumNames.Count; i++)
        {
            if (EnumNames[i] == canonical)
            {
                return EnumValues?[i] ?? i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Parses a raw value from a layer into its canonical text; on failure <paramref name="reason"/> says what is
    /// expected (the caller adds the key, the value and the layer).
    /// </summary>
    public bool TryParse(string raw, out string canonical, out string reason)
    {
        string text = raw.Trim();
        canonical = string.Empty;
        reason = string.Empty;
        switch (Kind)
        {
            case MpOptionKind.Bool:
                if (text is "1" or "0")
                {
                    canonical = text;
                    return true;
                }

                if (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("false", StringComparison.OrdinalIgnoreCase))
                {
                    canonical = text.Length == 4 ? "1" : "0";
                    return true;
                }

                reason = "expected 0 or 1 (or true/false)";
                return false;

            case MpOptionKind.Int:
                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) && n >= Min && n <= Max
                    && (Choices == null || Contains(Choices, n)))
                {
                    canonical = n.ToString(CultureInfo.InvariantCulture);
                    return true;
                }

                reason = Choices == null ? $"expected a whole number from {Min} to {Max}" : "expected one of " + string.Join(", ", Choices);
                return false;

            case MpOptionKind.Size:
                if (TryParseSize(text, out long size) && size >= Min && size <= Max)
                {
                    canonical = size.ToString(CultureInfo.InvariantCulture);
                    return true;
                }

                reason = $"expected a size in bytes from {Min} to {Max}, optionally with a k or m suffix";
                return false;

            default:
                return TryParseEnum(text, out canonical, out reason);
        }
    }

    private static bool Contains(IReadOnlyList<long> values, long n)
    {
        for (int i = 0; i < values.Count; i++)
        {
            if (values[i] == n)
            {
                return true;
            }
        }

        return false;
    }

    private bool TryParseEnum(string text, out string canonical, out string reason)
    {
        canonical = string.Empty;
        reason = string.Empty;
        string prefix = Name + "_";
        string name = text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? text.Substring(prefix.Length) : text;
        bool isNumber = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int number);
        for (int i = 0; i < EnumNames.Count; i++)
        {
            if (name.Equals(EnumNames[i], StringComparison.OrdinalIgnoreCase) || (isNumber && number == (EnumValues?[i] ?? i)))
            {
                canonical = EnumNames[i];
                return true;
            }
        }

        var choices = new List<string>(EnumNames.Count);
        for (int i = 0; i < EnumNames.Count; i++)
        {
            choices.Add($"{EnumNames[i]} ({(EnumValues?[i] ?? i).ToString(CultureInfo.InvariantCulture)})");
        }

        reason = "expected one of " + string.Join(", ", choices);
        return false;
    }

    /// <summary>A decimal byte count with an optional k/K (×1024) or m/M (×1024²) suffix.</summary>
    internal static bool TryParseSize(string text, out long size)
    {
        size = 0;
        long multiplier = 1;
        if (text.Length > 0)
        {
            char last = text[^1];
            if (last is 'k' or 'K')
            {
                multiplier = 1024;
            }
            else if (last is 'm' or 'M')
            {
                multiplier = 1024 * 1024;
            }

            if (multiplier != 1)
            {
                text = text.Substring(0, text.Length - 1);
            }
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long n) || n > long.MaxValue / multiplier)
        {
            return false;
        }

        size = n * multiplier;
        return true;
    }
}
