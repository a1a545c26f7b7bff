using System;
using System.Collections.Generic;
using MicroPython.Config;
using MicroPython.Io;
using MicroPython.Runtime;
using MicroPython.Sdk.Hal;
using MicroPython.Sdk.Hosting;
using MicroPython.Sdk.Modules;
using MicroPython.Sdk.Plugins;
using MicroPython.Sdk.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace MicroPython.Cli.Composition;

/// <summary>
/// Start-up steps (b)–(e): discover plug-in manifests, select port and board, build the configuration from their
/// layers, check the enabled module plug-ins' manifests (their assemblies load on first import) and build the
/// service container the port fills.
/// </summary>
internal static class HostComposer
{
    /// <summary>
    /// Composes the host. An unusable port or board is fatal (<see cref="PluginSelectionException"/>), so is a bad
    /// configuration (<see cref="MpConfigException"/>); a module plug-in whose manifest is unusable is recorded in the
    /// result's failures and left out.
    /// </summary>
    public static ComposedHost Compose(LauncherOptions options)
    {
        var folders = PluginFolders.Resolve(options.PluginDirectories);
        StartupTrace.Mark("plug-in folders listed");
        var catalog = PluginCatalog.Discover(folders);
        StartupTrace.Mark("plug-in manifests read");
        string portName = options.Port ?? (OperatingSystem.IsWindows() ? "windows" : "unix");
        var selection = catalog.SelectPort(portName, options.Board);
        StartupTrace.Mark("port loaded, board read");
        MpConfig config = HostConfiguration.Load(options, selection, catalog);
        StartupTrace.Mark("configuration built");
        var context = new PortContext(selection.Manifest.Directory, selection.Board, config, Environment.ProcessPath ?? "micropython");

        IServiceCollection services = new ServiceCollection();
        services.AddSingleton(config);
        services.AddSingleton(selection.Board);
        services.AddSingleton(context);
        var modules = new List<(string, ModuleDefinition)>();
        var portModuleNames = new List<string>();
        try
        {
            selection.Port.ConfigureServices(services, context);
            foreach (var m in selection.Port.Modules)
            {
                modules.Add((selection.Manifest.Name, m));
                portModuleNames.Add(m.Name);
            }
        }
        catch (Exception e)
        {
            throw new PluginSelectionException(PluginFailure.InitializerFailed(selection.Manifest.Name, e).ToString());
        }

        // Module plug-ins are not loaded here: their modules are registered by name and the first import loads them.
        var modulePlugins = catalog.ModulePlugins(flag => ModuleInstaller.IsEnabled(config, flag), portModuleNames);
        StartupTrace.Mark("module plug-in manifests checked");
        ServiceContainer provider;
        try
        {
            provider = new ServiceContainer(services);
        }
        catch (InvalidOperationException e)
        {
            throw new PluginSelectionException(new PluginFailure(selection.Manifest.Name, PluginFailure.FirstLine(e.Message)).ToString());
        }

        var hostServices = new HostServices(services, provider, static own => new ServiceContainer(own));
        StartupTrace.Mark("service provider built");
        IStdio stdio;
        IFileSystem? fileSystem;
        RuntimeInfo info;
        try
        {
            stdio = provider.GetService<IStdio>() ?? new ProcessStdio();
            fileSystem = provider.GetService<IFileSystem>();
            info = selection.Port.DescribeRuntime(context);
        }
        catch (Exception e)
        {
            throw new PluginSelectionException(PluginFailure.InitializerFailed(selection.Manifest.Name, e).ToString());
        }

        StartupTrace.Mark("services built, console resolved");
        return new ComposedHost(selection, context, config, hostServices, stdio, fileSystem, info, modules, modulePlugins, catalog.Failures);
    }
}
