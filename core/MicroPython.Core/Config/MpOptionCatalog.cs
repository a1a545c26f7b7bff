using System;
using System.Collections.Generic;

namespace MicroPython.Config;

/// <summary>
/// Every <c>MICROPY_*</c> option this implementation honours. The table itself is in
/// <c>MpOptionCatalog.Options.cs</c> (the manual: name, kind, default by ROM level, effect); this part looks
/// options up. An option that is not here is an error wherever it is set, so a typo never passes silently.
/// </summary>
public static partial class MpOptionCatalog
{
    // Built in the static constructor, which runs after the field initialisers of both partial files.
    private static readonly Dictionary<string, MpOption> s_byName;

    static MpOptionCatalog()
    {
        s_byName = Index();
    }

    /// <summary>The options in catalogue order (the order <c>--show-config</c> prints them).</summary>
    public static IReadOnlyList<MpOption> All => s_options;

    /// <summary>Finds an option by name, ignoring case (configuration keys are case-insensitive, as in Microsoft.Extensions.Configuration).</summary>
    public static bool TryGet(string name, out MpOption option) => s_byName.TryGetValue(name, out option!);

    /// <summary>The option called <paramref name="name"/>; throws for a name not in the catalogue (a programming error).</summary>
    public static MpOption Get(string name) =>
        s_byName.TryGetValue(name, out var option) ? option : throw new ArgumentException($"{name} is not a catalogue option", nameof(name));

    private static Dictionary<string, MpOption> Index()
    {
        var map = new Dictionary<string, MpOption>(s_options.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var o in s_options)
        {
            map.Add(o.Name, o);
        }

        return map;
    }

    // Helpers that keep the table readable.
    private static MpOption Flag(string name, int onFromLevel, string description, string? requires = null) =>
        new(name, MpOptionKind.Bool, description, MpDefault.OnFrom(onFromLevel, requires));

    private static MpOption Enum(string name, string[] names, MpDefault defaultValue, string description) =>
        new(name, MpOptionKind.Enum, description, defaultValue) { EnumNames = names };

    private static MpOption Builtin(string name, int onFromLevel, string? requires, params string[] builtins) =>
        new(name, MpOptionKind.Bool, "builtin " + string.Join(", ", builtins), MpDefault.OnFrom(onFromLevel, requires)) { Builtins = builtins };

    private static MpOption ModuleFlag(string name, int onFromLevel, string module, string? requires = null) =>
        new(name, MpOptionKind.Bool, $"module {module}", MpDefault.OnFrom(onFromLevel, requires)) { Module = module };

    private static MpOption AttributeFlag(string name, int onFromLevel, string module, params string[] attributes) =>
        new(name, MpOptionKind.Bool, $"{module}." + string.Join($", {module}.", attributes), MpDefault.OnFrom(onFromLevel))
        {
            AttributesOf = module,
            Attributes = attributes,
        };
}
