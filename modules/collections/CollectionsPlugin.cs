using System.Collections.Generic;
using MicroPython.Sdk.Modules;

namespace MicroPython.Modules.Collections;

/// <summary>The plug-in entry: provides the <c>collections</c> module.</summary>
public sealed class CollectionsPlugin : IModulePlugin
{
    /// <inheritdoc/>
    public IReadOnlyList<ModuleDefinition> Modules { get; } = new[] { CollectionsModule.Definition };
}
