using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using MicroPython.Objects;
using Microsoft.Extensions.DependencyInjection;

namespace MicroPython.Sdk.Plugins;

/// <summary>
/// Loads a plug-in's assembly in its own load context (<see cref="PluginLoadContext"/>) and creates its entry type.
/// The kernel, the SDK and the DI abstractions are shared with the host, so the plug-in's <c>PyObject</c>,
/// <c>IPort</c> and <c>IServiceCollection</c> are the host's types. Every failure becomes a
/// <see cref="PluginLoadException"/> with a one-line reason.
/// </summary>
internal static class PluginAssemblyLoader
{
    /// <summary>The kernel, the SDK and the DI abstractions: always the host's copies.</summary>
    private static readonly HashSet<string> s_sharedAssemblies = new(StringComparer.Ordinal)
    {
        typeof(PyObject).Assembly.GetName().Name!,
        typeof(SdkContract).Assembly.GetName().Name!,
        typeof(IServiceCollection).Assembly.GetName().Name!,
    };

    /// <summary>Loads <paramref name="manifest"/>'s assembly and returns a new instance of its entry type as <typeparamref name="T"/>.</summary>
    public static T CreateEntry<T>(PluginManifest manifest)
        where T : class
    {
        CheckLoadable(manifest);
        string path = manifest.AssemblyPath!;

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
    /// What can be checked without loading anything: the contract version the plug-in was built for and that its
    /// assembly file exists.
    /// </summary>
    public static void CheckLoadable(PluginManifest manifest)
    {
        if (manifest.ContractVersion != SdkContract.Version)
        {
            throw new PluginLoadException($"built for SDK contract version {manifest.ContractVersion}, this launcher provides version {SdkContract.Version}");
        }

        if (!File.Exists(manifest.AssemblyPath!))
        {
            throw new PluginLoadException($"assembly '{manifest.Assembly}' not found");
        }
    }

    /// <summary>A load context of the plug-in's own, sharing the kernel, the SDK and the DI abstractions with the host.</summary>
    private static AssemblyLoadContext CreateLoadContext(string path) => new PluginLoadContext(path, s_sharedAssemblies);

    /// <summary>The failure of code the plug-in itself runs (constructor, definitions, service registration).</summary>
    public static PluginLoadException Initializer(Exception e) => new(PluginFailure.InitializerReason(e), e);

    public static string OneLine(string text) => PluginFailure.FirstLine(text);
}
