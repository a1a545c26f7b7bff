using System;
using System.Collections.Generic;
using MicroPython.Config;
using MicroPython.Io;
using MicroPython.Runtime;
using MicroPython.Sdk.Hal;
using MicroPython.Sdk.Modules;
using MicroPython.Sdk.Plugins;
using MicroPython.Sdk.Ports;

namespace MicroPython.Cli.Composition;

/// <summary>
/// Everything start-up resolved before the interpreter exists: the port and board, the effective configuration,
/// the service container, the console and the modules the plug-ins provide. Resolved once; the VM never
/// reaches into the container.
/// </summary>
internal sealed class ComposedHost
{
    public ComposedHost(PortSelection selection, PortContext context, MpConfig config, HostServices services, IStdio stdio, IFileSystem? fileSystem, RuntimeInfo info, List<(string Plugin, ModuleDefinition Module)> modules, IReadOnlyList<LazyModulePlugin> modulePlugins, IReadOnlyList<PluginFailure> failures)
    {
        Selection = selection;
        Context = context;
        Config = config;
        HostServices = services;
        Stdio = stdio;
        FileSystem = fileSystem;
        Info = info;
        Modules = modules;
        ModulePlugins = modulePlugins;
        Failures = failures;
    }

    public PortSelection Selection { get; }

    public IPort Port => Selection.Port;

    public PortContext Context { get; }

    public MpConfig Config { get; }

    /// <summary>The port's services (module plug-ins loaded later layer their own over them).</summary>
    public HostServices HostServices { get; }

    public IServiceProvider Services => HostServices.Provider;

    public IStdio Stdio { get; }

    /// <summary>The port's filesystem for <c>open()</c> and <c>os</c>; null leaves the runtime without one (every path is ENOENT).</summary>
    public IFileSystem? FileSystem { get; }

    /// <summary>What <c>sys</c> and the banner report, as the port describes it.</summary>
    public RuntimeInfo Info { get; }

    /// <summary>The port's modules, each with the plug-in that provides it.</summary>
    public List<(string Plugin, ModuleDefinition Module)> Modules { get; }

    /// <summary>The enabled module plug-ins, not loaded yet: the first import of one of their modules loads them.</summary>
    public IReadOnlyList<LazyModulePlugin> ModulePlugins { get; }

    /// <summary>Plug-ins skipped at start-up, each reported as one line.</summary>
    public IReadOnlyList<PluginFailure> Failures { get; }

    /// <summary>
    /// Registers the port's modules and, by name, those of the module plug-ins in a fresh runtime. A name the kernel
    /// already provides is refused (reported through <paramref name="report"/>) rather than silently replacing the
    /// kernel's module.
    /// </summary>
    public void Install(PyRuntime runtime, Action<PluginFailure> report)
    {
        var accepted = new List<ModuleDefinition>(Modules.Count);
        foreach (var (plugin, module) in Modules)
        {
            if (runtime.BuiltinModules.ContainsKey(module.Name))
            {
                report(new PluginFailure(plugin, $"module '{module.Name}' is already provided by the kernel"));
                continue;
            }

            accepted.Add(module);
        }

        ModuleInstaller.Install(runtime, accepted, Services, Config);
        foreach (var plugin in ModulePlugins)
        {
            foreach (var name in plugin.Manifest.Modules)
            {
                if (runtime.BuiltinModules.ContainsKey(name))
                {
                    report(new PluginFailure(plugin.Manifest.Name, $"module '{name}' is already provided by the kernel"));
                    continue;
                }

                ModuleInstaller.InstallLazy(runtime, plugin, name, HostServices, Config);
            }
        }
    }
}
