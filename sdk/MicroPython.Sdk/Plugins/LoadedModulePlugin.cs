using System.Collections.Generic;
using MicroPython.Sdk.Modules;

namespace MicroPython.Sdk.Plugins;

/// <summary>A module plug-in that loaded: its manifest, entry object and module definitions.</summary>
/// <param name="Manifest">The manifest.</param>
/// <param name="Plugin">The entry object.</param>
/// <param name="Modules">The modules it defines.</param>
public sealed record LoadedModulePlugin(PluginManifest Manifest, IModulePlugin Plugin, IReadOnlyList<ModuleDefinition> Modules);
