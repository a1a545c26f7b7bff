using System;

namespace MicroPython.Config;

/// <summary>
/// What an option's default may depend on: the effective ROM level and the effective values of other options
/// (e.g. <c>MICROPY_PY_BUILTINS_COMPILE</c> is on by default only when the compiler is).
/// </summary>
public sealed class MpDefaultContext
{
    private readonly Func<string, string> _valueOf;

    internal MpDefaultContext(int romLevel, Func<string, string> valueOf)
    {
        RomLevel = romLevel;
        _valueOf = valueOf;
    }

    /// <summary>The effective <c>MICROPY_CONFIG_ROM_LEVEL</c> as a number (0, 10, … 50).</summary>
    public int RomLevel { get; }

    /// <summary>True when the ROM level is at least <paramref name="level"/>.</summary>
    public bool AtLeast(int level) => RomLevel >= level;

    /// <summary>The effective canonical value of another option.</summary>
    public string ValueOf(string key) => _valueOf(key);

    /// <summary>True when another boolean option is effectively 1.</summary>
    public bool IsOn(string key) => _valueOf(key) == "1";

    /// <summary>True when another option enables its feature: a flag that is 1, an enum that is not NONE.</summary>
    public bool IsEnabled(string key) => _valueOf(key) is not ("0" or "NONE");
}
