using System.Collections.Generic;
using MicroPython.Sdk.Modules;

namespace MicroPython.Modules.Random;

/// <summary>The plug-in entry: provides the <c>random</c> module.</summary>
public sealed class RandomPlugin : IModulePlugin
{
    /// <inheritdoc/>
    public IReadOnlyList<ModuleDefinition> Modules { get; } = new[] { RandomModule.Definition };
}
