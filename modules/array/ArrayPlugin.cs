using System.Collections.Generic;
using MicroPython.Sdk.Modules;

namespace MicroPython.Modules.Array;

/// <summary>The plug-in entry: provides the <c>array</c> module.</summary>
public sealed class ArrayPlugin : IModulePlugin
{
    /// <inheritdoc/>
    public IReadOnlyList<ModuleDefinition> Modules { get; } = new[] { ArrayModule.Definition };
}
