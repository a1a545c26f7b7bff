namespace MicroPython.Sdk.Firmware;

/// <summary>One file a manifest freezes.</summary>
/// <param name="SourcePath">The <c>.py</c> or <c>.mpy</c> file on disk.</param>
/// <param name="FrozenName">Its name in the firmware, relative to the freeze root (<c>main.py</c>, <c>pkg/mod.py</c>).</param>
/// <param name="OptimizationLevel">The <c>opt</c> it is compiled with (0–3), as <c>mpy-cross -O</c>.</param>
public sealed record FrozenItem(string SourcePath, string FrozenName, int OptimizationLevel)
{
    /// <summary>True for a precompiled <c>.mpy</c> file, frozen as it is.</summary>
    public bool IsPrecompiled => FrozenName.EndsWith(".mpy", System.StringComparison.Ordinal);
}
