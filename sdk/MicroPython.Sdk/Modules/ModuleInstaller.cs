using System;
using System.Collections.Generic;
using MicroPython.Config;
using MicroPython.Objects;
using MicroPython.Runtime;
using MicroPython.Sdk.Plugins;

namespace MicroPython.Sdk.Modules;

/// <summary>
/// Puts module definitions into a runtime's module registry (<see cref="PyRuntime.BuiltinModules"/>). A module
/// whose enabling option is off is not registered, so importing it is <c>ImportError: no module named '…'</c>.
/// The module object itself is built on first import.
/// </summary>
public static class ModuleInstaller
{
    /// <summary>
    /// True if <paramref name="option"/> enables its feature: a null option always does; an option the
    /// configuration does not know (a third-party plug-in's own flag) defaults to on.
    /// </summary>
    public static bool IsEnabled(MpConfig config, string? option) => option == null || !config.Has(option) || config.GetBool(option);

    /// <summary>
    /// Builds a module on import. A .NET exception from the plug-in's factory is a bug in the plug-in; the program
    /// gets an <c>ImportError</c> naming the module instead of an internal error.
    /// </summary>
    private static ModuleObject Create(ModuleDefinition definition, ModuleContext context)
    {
        try
        {
            return definition.CreateModule(context);
        }
        catch (Exception e) when (e is not PyException)
        {
            throw Errors.ImportError($"module '{definition.Name}' failed to initialise: {e.GetType().Name}: {PluginFailure.FirstLine(e.Message)}");
        }
    }

    /// <summary>Registers each enabled definition in <paramref name="runtime"/>.</summary>
    public static void Install(PyRuntime runtime, IEnumerable<ModuleDefinition> modules, IServiceProvider services, MpConfig config)
    {
        foreach (var def in modules)
        {
            if (!IsEnabled(config, def.EnabledBy))
            {
                continue;
            }

            var definition = def;
            runtime.BuiltinModules[def.Name] = rt => Create(definition, new ModuleContext(rt, services, config));
        }
    }

    /// <summary>
    /// Registers module <paramref name="name"/> of a module plug-in that is not loaded yet: the first import loads
    /// the plug-in (<see cref="LazyModulePlugin.Load"/>). A plug-in that cannot be loaded makes the import an
    /// <c>ImportError</c> carrying the same one line start-up would have printed
    /// (<c>plug-in 'NAME' not loaded: REASON</c>); a name the loaded plug-in does not define, or defines with its
    /// enabling option off, is <c>no module named</c>.
    /// </summary>
    public static void InstallLazy(PyRuntime runtime, LazyModulePlugin plugin, string name, HostServices host, MpConfig config)
    {
        runtime.BuiltinModules[name] = rt =>
        {
            LoadedModulePlugin loaded;
            try
            {
                loaded = plugin.Load(host);
            }
            catch (PluginLoadException e)
            {
                throw Errors.ImportError(new PluginFailure(plugin.Manifest.Name, e.Message).ToString());
            }

            var definition = loaded.Find(name);
            if (definition == null || !IsEnabled(config, definition.EnabledBy))
            {
                throw Errors.ImportError($"no module named '{name}'");
            }

            return Create(definition, new ModuleContext(rt, loaded.Services, config));
        };
    }
}
