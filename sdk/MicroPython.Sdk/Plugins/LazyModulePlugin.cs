using System;
using System.Collections.Generic;
using MicroPython.Sdk.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace MicroPython.Sdk.Plugins;

/// <summary>
/// A module plug-in known at start-up only by its manifest: the module names it lists are registered in the
/// runtime, and its assembly is loaded on the first import of one of them. So start-up costs one small JSON file
/// per module plug-in, however many there are, and a program pays only for the plug-ins it imports.
/// </summary>
/// <remarks>
/// Loading happens once per process; its outcome (the loaded plug-in or the reason it failed) is kept, so every
/// import of a broken plug-in's modules reports the same reason.
/// </remarks>
public sealed class LazyModulePlugin
{
    private readonly object _gate = new();
    private LoadedModulePlugin? _loaded;
    private PluginLoadException? _failure;

    internal LazyModulePlugin(PluginManifest manifest)
    {
        Manifest = manifest;
    }

    /// <summary>The plug-in's manifest.</summary>
    public PluginManifest Manifest { get; }

    /// <summary>True once the assembly was loaded and the entry type created successfully.</summary>
    public bool IsLoaded => _loaded != null;

    /// <summary>
    /// Loads the plug-in on the first call: its assembly in a load context of its own, its entry object, its module
    /// definitions (each must be listed in the manifest) and its own services. Its modules see the host's
    /// services (<paramref name="host"/>); a plug-in that registers services of its own gets a container of its own
    /// holding its registrations plus forwarders to every host service, so its services can take the port's by
    /// constructor. Any failure is a <see cref="PluginLoadException"/> with a
    /// one-line reason, thrown again on every later call.
    /// </summary>
    public LoadedModulePlugin Load(HostServices host)
    {
        lock (_gate)
        {
            if (_loaded != null)
            {
                return _loaded;
            }

            if (_failure != null)
            {
                throw _failure;
            }

            try
            {
                _loaded = LoadOnce(host);
                return _loaded;
            }
            catch (PluginLoadException e)
            {
                _failure = e;
                throw;
            }
        }
    }

    private LoadedModulePlugin LoadOnce(HostServices host)
    {
        var plugin = PluginAssemblyLoader.CreateEntry<IModulePlugin>(Manifest);
        IReadOnlyList<ModuleDefinition> modules;
        IServiceCollection own = new ServiceCollection();
        try
        {
            modules = plugin.Modules;
            plugin.ConfigureServices(own);
        }
        catch (Exception e)
        {
            throw PluginAssemblyLoader.Initializer(e);
        }

        foreach (var def in modules)
        {
            if (!Lists(def.Name))
            {
                throw new PluginLoadException($"defines module '{def.Name}' that its {PluginManifest.FileName} does not list");
            }
        }

        var services = own.Count == 0 ? host.Provider : BuildOwnServices(own, host);

        return new LoadedModulePlugin(Manifest, plugin, modules, services);
    }

    private bool Lists(string moduleName)
    {
        foreach (var name in Manifest.Modules)
        {
            if (name == moduleName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The plug-in's container: a forwarder for every closed service type the host registered (resolved from the
    /// host's container, so singletons stay single), then the plug-in's own registrations, which win.
    /// </summary>
    private static IServiceProvider BuildOwnServices(IServiceCollection own, HostServices host)
    {
        IServiceCollection combined = new ServiceCollection();
        var forwarded = new HashSet<Type>();
        foreach (var d in host.Registrations)
        {
            var type = d.ServiceType;
            if (!type.ContainsGenericParameters && !d.IsKeyedService && forwarded.Add(type))
            {
                // A host singleton stays the host's one instance; anything else is asked of the host each time.
                var lifetime = d.Lifetime == ServiceLifetime.Singleton ? ServiceLifetime.Singleton : ServiceLifetime.Transient;
                combined.Add(new ServiceDescriptor(type, _ => host.Provider.GetService(type)!, lifetime));
            }
        }

        foreach (var d in own)
        {
            combined.Add(d);
        }

        try
        {
            return host.Build(combined);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or AggregateException)
        {
            throw new PluginLoadException($"its services cannot be built: {PluginFailure.FirstLine(e.Message)}", e);
        }
    }
}
