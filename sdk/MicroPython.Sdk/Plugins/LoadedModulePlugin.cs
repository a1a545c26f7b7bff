using System.Collections.Generic;
using MicroPython.Sdk.Modules;

namespace MicroPython.Sdk.Plugins;

/// <summary>A module plug-in that loaded: its manifest, entry object, module definitions and the services its modules see.</summary>
/// <param name="Manifest">The manifest.</param>
/// <param name="Plugin">The entry object.</param>
/// <param name="Modules">The modules it defines (each listed in the manifest).</param>
/// <param name="Services">The host's services, plus the plug-in's own if its <see cref="IModulePlugin.ConfigureServices"/> registered any.</param>
public sealed record LoadedModulePlugin(PluginManifest Manifest, IModulePlugin Plugin, IReadOnlyList<ModuleDefinition> Modules, System.IServiceProvider Services)
{
    /// <summary>The definition of module <paramref name="name"/>, or null if the plug-in defines no such module.</summary>
    public ModuleDefinition? Find(string name)
    {
        foreach (var def in Modules)
        {
            if (def.Name == name)
            {
                return def;
            }
        }

        return null;
    }
}
