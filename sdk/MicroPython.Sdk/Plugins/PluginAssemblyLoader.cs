using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using McMaster.NETCore.Plugins.Loader;
using MicroPython.Objects;
using Microsoft.Extensions.DependencyInjection;

namespace MicroPython.Sdk.Plugins;

/// <summary>
/// Loads a plug-in's assembly in its own load context (McMaster.NETCore.Plugins' loader) and creates its entry type.
/// The kernel, the SDK and the DI abstractions are shared with the host, so the plug-in's <c>PyObject</c>,
/// <c>IPort</c> and <c>IServiceCollection</c> are the host's types. Every failure becomes a
/// <see cref="PluginLoadException"/> with a one-line reason.
/// </summary>
internal static class PluginAssemblyLoader
{
    /// <summary>The kernel, the SDK and the DI abstractions: always the host's copies.</summary>
    private static readonly AssemblyName[] s_sharedAssemblies =
    {
        typeof(PyObject).Assembly.GetName(),
        typeof(SdkContract).Assembly.GetName(),
        typeof(IServiceCollection).Assembly.GetName(),
    };

    /// <summary>Loads <paramref name="manifest"/>'s assembly and returns a new instance of its entry type as <typeparamref name="T"/>.</summary>
    public static T CreateEntry<T>(PluginManifest manifest)
        where T : class
    {
        if (manifest.ContractVersion != SdkContract.Version)
        {
            throw new PluginLoadException($"built for SDK contract version {manifest.ContractVersion}, this launcher provides version {SdkContract.Version}");
        }

        string path = manifest.AssemblyPath!;
        if (!File.Exists(path))
        {
            throw new PluginLoadException($"assembly '{manifest.Assembly}' not found");
        }

        Assembly assembly;
        try
        {
            assembly = CreateLoadContext(path).LoadFromAssemblyPath(path);
        }
        catch (BadImageFormatException)
        {
            throw new PluginLoadException($"'{manifest.Assembly}' is not a valid .NET assembly");
        }
        catch (Exception e) when (e is FileLoadException or FileNotFoundException or IOException or InvalidOperationException)
        {
            throw new PluginLoadException($"cannot load '{manifest.Assembly}': {OneLine(e.Message)}");
        }

        Type? type;
        try
        {
            type = assembly.GetType(manifest.EntryType!, throwOnError: false);
        }
        catch (Exception e) when (e is TypeLoadException or FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            throw new PluginLoadException($"cannot load entry type '{manifest.EntryType}': {OneLine(e.Message)}");
        }

        if (type == null)
        {
            throw new PluginLoadException($"entry type '{manifest.EntryType}' not found in '{manifest.Assembly}'");
        }

        if (!typeof(T).IsAssignableFrom(type))
        {
            throw new PluginLoadException($"entry type '{manifest.EntryType}' does not implement {typeof(T).Name}");
        }

        if (type.IsAbstract || type.GetConstructor(Type.EmptyTypes) == null)
        {
            throw new PluginLoadException($"entry type '{manifest.EntryType}' needs a public parameterless constructor");
        }

        try
        {
            return (T)Activator.CreateInstance(type)!;
        }
        catch (TargetInvocationException e) when (e.InnerException != null)
        {
            throw Initializer(e.InnerException);
        }
        catch (Exception e) when (e is TypeLoadException or MissingMethodException or FileNotFoundException or FileLoadException)
        {
            throw new PluginLoadException($"incompatible with this SDK: {OneLine(e.Message)}");
        }
    }

    /// <summary>
    /// A load context of the plug-in's own: its private dependencies resolve from its folder (its .deps.json),
    /// the shared assemblies from the host. Built with McMaster's <see cref="AssemblyLoadContextBuilder"/> rather
    /// than its <c>PluginLoader</c> facade, which also deserialises every runtimeconfig.json beside the host with
    /// the reflection-based JSON serializer: a cold-start cost of 100–200 ms that a launcher cannot afford.
    /// </summary>
    private static AssemblyLoadContext CreateLoadContext(string path)
    {
        var builder = new AssemblyLoadContextBuilder().SetMainAssemblyPath(path);
        foreach (var name in s_sharedAssemblies)
        {
            builder.PreferDefaultLoadContextAssembly(name);
        }

        return builder.Build();
    }

    /// <summary>The failure of code the plug-in itself runs (constructor, definitions, service registration).</summary>
    public static PluginLoadException Initializer(Exception e) => new(PluginFailure.InitializerReason(e), e);

    public static string OneLine(string text) => PluginFailure.FirstLine(text);
}
