using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.Loader;

namespace MicroPython.Sdk.Plugins;

/// <summary>
/// The load context of one plug-in assembly: the plug-in's private dependencies resolve from its folder through its
/// <c>.deps.json</c> (<see cref="AssemblyDependencyResolver"/>, also for native libraries); the shared assemblies
/// (kernel, SDK, DI abstractions) and everything the plug-in does not carry itself — the framework — come from
/// the host's default context, so the plug-in's <c>PyObject</c> and <c>IPort</c> are the host's types.
/// </summary>
/// <remarks>
/// Nothing is loaded until the plug-in asks for it. (McMaster.NETCore.Plugins' builder, used before, loaded every
/// shared assembly's whole reference closure into the default context up front — the configuration and DI
/// packages with their dependencies, about thirty assemblies and 30–60 ms of every start-up.)
/// </remarks>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    private readonly AssemblyDependencyResolver _resolver;
    private readonly IReadOnlySet<string> _shared;

    public PluginLoadContext(string mainAssemblyPath, IReadOnlySet<string> sharedAssemblyNames)
        : base(System.IO.Path.GetFileNameWithoutExtension(mainAssemblyPath), isCollectible: false)
    {
        _resolver = new AssemblyDependencyResolver(mainAssemblyPath);
        _shared = sharedAssemblyNames;
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name == null || _shared.Contains(assemblyName.Name))
        {
            return null; // the host's copy, from the default context
        }

        string? path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path == null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        string? path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path == null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
