using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;

namespace MicroPython.Sdk.Modules;

/// <summary>
/// The entry type of a <c>module</c> plug-in (named by <c>entryType</c> in its <c>plugin.json</c>; it needs a
/// public parameterless constructor). One plug-in assembly normally provides one module.
/// </summary>
public interface IModulePlugin
{
    /// <summary>The modules this plug-in provides; each name must also be listed in the manifest's <c>modules</c>.</summary>
    IReadOnlyList<ModuleDefinition> Modules { get; }

    /// <summary>Registers services the plug-in's modules share or offer to others. Called once, before start-up.</summary>
    void ConfigureServices(IServiceCollection services)
    {
    }
}
