namespace MicroPython.Config;

/// <summary>
/// <c>MICROPY_CONFIG_ROM_LEVEL</c>: MicroPython's feature levels. Most options default to "on at or above level N",
/// so choosing a level is a preset for everything a port, board or user does not set explicitly.
/// </summary>
public static class MpRomLevel
{
    /// <summary>No optional features.</summary>
    public const int Minimum = 0;

    /// <summary>The core language (the default when nothing sets a level).</summary>
    public const int CoreFeatures = 10;

    /// <summary>Small-flash boards.</summary>
    public const int BasicFeatures = 20;

    /// <summary>Medium-flash boards and the unix <c>standard</c> variant.</summary>
    public const int ExtraFeatures = 30;

    /// <summary>Large-flash boards.</summary>
    public const int FullFeatures = 40;

    /// <summary>Everything (the unix <c>coverage</c> variant).</summary>
    public const int Everything = 50;

    /// <summary>The constants' short names, in level order (value = 10 × index).</summary>
    public static readonly string[] Names = { "MINIMUM", "CORE_FEATURES", "BASIC_FEATURES", "EXTRA_FEATURES", "FULL_FEATURES", "EVERYTHING" };
}
