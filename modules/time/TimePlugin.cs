using System.Collections.Generic;
using MicroPython.Sdk.Modules;

namespace MicroPython.Modules.Time;

/// <summary>The plug-in entry: provides the <c>time</c> module.</summary>
public sealed class TimePlugin : IModulePlugin
{
    /// <inheritdoc/>
    public IReadOnlyList<ModuleDefinition> Modules { get; } = new[] { TimeModule.Definition };
}
