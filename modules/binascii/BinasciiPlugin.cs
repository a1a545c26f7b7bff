using System.Collections.Generic;
using MicroPython.Sdk.Modules;

namespace MicroPython.Modules.Binascii;

/// <summary>The plug-in entry: provides the <c>binascii</c> module.</summary>
public sealed class BinasciiPlugin : IModulePlugin
{
    /// <inheritdoc/>
    public IReadOnlyList<ModuleDefinition> Modules { get; } = new[] { BinasciiModule.Definition };
}
