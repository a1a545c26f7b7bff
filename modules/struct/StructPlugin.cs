using System.Collections.Generic;
using MicroPython.Sdk.Modules;

namespace MicroPython.Modules.Struct;

/// <summary>The plug-in entry: provides the <c>struct</c> module.</summary>
public sealed class StructPlugin : IModulePlugin
{
    /// <inheritdoc/>
    public IReadOnlyList<ModuleDefinition> Modules { get; } = new[] { StructModule.Definition };
}
