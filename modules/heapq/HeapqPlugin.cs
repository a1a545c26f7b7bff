using System.Collections.Generic;
using MicroPython.Sdk.Modules;

namespace MicroPython.Modules.Heapq;

/// <summary>The plug-in entry: provides the <c>heapq</c> module.</summary>
public sealed class HeapqPlugin : IModulePlugin
{
    /// <inheritdoc/>
    public IReadOnlyList<ModuleDefinition> Modules { get; } = new[] { HeapqModule.Definition };
}
