using System;

namespace MicroPython.Config;

/// <summary>
/// An option's default, as data rather than code (start-up does not JIT one lambda per option): a fixed value, a
/// value per ROM level, or — for a flag — "on from ROM level N", optionally only while another option is enabled
/// (<c>MICROPY_PY_BUILTINS_COMPILE</c> needs the compiler, <c>…_COMPLEX</c> a float implementation).
/// </summary>
public readonly struct MpDefault
{
    /// <summary>A ROM level no configuration reaches: a flag that is off unless set.</summary>
    public const int Never = int.MaxValue;

    private readonly string? _fixed;
    private readonly string[]? _perLevel;
    private readonly int _onFromLevel;
    private readonly string? _requires;

    private MpDefault(string? fixedValue, string[]? perLevel, int onFromLevel, string? requires)
    {
        _fixed = fixedValue;
        _perLevel = perLevel;
        _onFromLevel = onFromLevel;
        _requires = requires;
    }

    /// <summary>The same value at every level.</summary>
    public static MpDefault Always(string value) => new(value, null, 0, null);

    /// <summary>One value for each ROM level: MINIMUM, CORE, BASIC, EXTRA, FULL, EVERYTHING.</summary>
    public static MpDefault PerLevel(params string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != MpRomLevel.Names.Length)
        {
            throw new ArgumentException("one value per ROM level expected", nameof(values));
        }

        return new(null, values, 0, null);
    }

    /// <summary>A flag that is 1 from <paramref name="level"/> on, and only while <paramref name="requires"/> (if given) is enabled.</summary>
    public static MpDefault OnFrom(int level, string? requires = null) => new(null, null, level, requires);

    /// <summary>The default in canonical text for the effective ROM level and the other options' values.</summary>
    public string ValueFor(MpDefaultContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_fixed != null)
        {
            return _fixed;
        }

        if (_perLevel != null)
        {
            return _perLevel[Math.Clamp(context.RomLevel / 10, 0, _perLevel.Length - 1)];
        }

        bool on = context.AtLeast(_onFromLevel) && (_requires == null || context.IsEnabled(_requires));
        return on ? "1" : "0";
    }
}
