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
/// layers, load the enabled module plug-ins and build the service container the port and plug-ins fill.
/// </summary>
internal static class HostComposer
{
    /// <summary>
    /// Composes the host. An unusable port or board is fatal (<see cref="PluginSelectionException"/>), so is a bad
    /// configuration (<see cref="MpConfigException"/>); a broken module plug-in is recorded in the result's failures
    /// and left out.
    /// </summary>
    public static ComposedHost Compose(LauncherOptions options)
    {
        var catalog = PluginCatalog.Discover(PluginFolders.Resolve(options.PluginDirectories));
        string portName = options.Port ?? (OperatingSystem.IsWindows() ? "windows" : "unix");
        var selection = catalog.SelectPort(portName, options.Board);
        MpConfig config = HostConfiguration.Load(options, selection, catalog);
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

        foreach (var plugin in catalog.LoadModulePlugins(flag => ModuleInstaller.IsEnabled(config, flag), portModuleNames))
        {
            // Registered into a scratch collection first, so a plug-in that throws half-way leaves nothing behind.
            IServiceCollection own = new ServiceCollection();
            try
            {
                plugin.Plugin.ConfigureServices(own);
            }
            catch (Exception e)
            {
                catalog.AddFailure(PluginFailure.InitializerFailed(plugin.Manifest.Name, e));
                continue;
            }

            foreach (var d in own)
            {
                services.Add(d);
            }

            foreach (var m in plugin.Modules)
            {
                modules.Add((plugin.Manifest.Name, m));
            }
        }

        var provider = services.BuildServiceProvider();
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

        return new ComposedHost(selection, context, config, provider, stdio, fileSystem, info, modules, catalog.Failures);
    }
}
