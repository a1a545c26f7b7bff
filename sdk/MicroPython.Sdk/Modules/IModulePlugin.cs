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

    /// <summary>
    /// Registers services the plug-in's modules share. Called once, when the plug-in is loaded (the first import of
    /// one of its modules): the registrations go into a container of the plug-in's own, layered over the port's
    /// services (which they may take by constructor); other plug-ins do not see them.
    /// </summary>
    void ConfigureServices(IServiceCollection services)
    {
    }
}
