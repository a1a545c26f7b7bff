using System.Collections.Generic;
using MicroPython.Sdk.Modules;

namespace MicroPython.Modules.Json;

/// <summary>The plug-in entry: provides the <c>json</c> module.</summary>
public sealed class JsonPlugin : IModulePlugin
{
    /// <inheritdoc/>
    public IReadOnlyList<ModuleDefinition> Modules { get; } = new[] { JsonModule.Definition };
}
