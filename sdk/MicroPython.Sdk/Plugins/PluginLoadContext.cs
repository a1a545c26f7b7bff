using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace MicroPython.Sdk.Plugins;

/// <summary>
/// The load context of one plug-in assembly. An assembly the plug-in asks for is, in this order: a shared one
/// (kernel, SDK, DI abstractions) → the host's, so the plug-in's <c>PyObject</c> and <c>IPort</c> are the host's
/// types; a file in the plug-in's folder → the plug-in's private copy; one the host's runtime provides (the
/// framework) → the host's; anything else → wherever the plug-in's <c>.deps.json</c> puts it
/// (<see cref="AssemblyDependencyResolver"/>, also for native libraries).
/// </summary>
/// <remarks>
/// Nothing is loaded or parsed until the plug-in asks for it. The dependency resolver in particular is created only
/// for a request the folder and the framework cannot answer: creating one loads the host policy library and parses
/// the plug-in's dependency files, 10–50 ms measured here, which no current plug-in needs. (McMaster.NETCore.Plugins'
/// builder, used before, also loaded every shared assembly's whole reference closure into the default context up
/// front: the configuration and DI packages with their dependencies, about thirty assemblies per start-up.)
/// </remarks>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    private static HashSet<string>? s_platformAssemblies;

    private readonly string _mainAssemblyPath;
    private readonly string _directory;
    private readonly IReadOnlySet<string> _shared;
    private AssemblyDependencyResolver? _resolver;

    public PluginLoadContext(string mainAssemblyPath, IReadOnlySet<string> sharedAssemblyNames)
        : base(Path.GetFileNameWithoutExtension(mainAssemblyPath), isCollectible: false)
    {
        _mainAssemblyPath = mainAssemblyPath;
        _directory = Path.GetDirectoryName(mainAssemblyPath) ?? ".";
        _shared = sharedAssemblyNames;
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        string? name = assemblyName.Name;
        if (name == null || _shared.Contains(name))
        {
            return null; // the host's copy, from the default context
        }

        string local = Path.Combine(_directory, name + ".dll");
        if (File.Exists(local))
        {
            return LoadFromAssemblyPath(local);
        }

        if (PlatformAssemblies.Contains(name))
        {
            return null;
        }

        string? path = Resolver.ResolveAssemblyToPath(assemblyName);
        return path == null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        string? path = Resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path == null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }

    private AssemblyDependencyResolver Resolver => _resolver ??= new AssemblyDependencyResolver(_mainAssemblyPath);

    /// <summary>The simple names of the assemblies the host's runtime was started with (framework and launcher).</summary>
    private static HashSet<string> PlatformAssemblies
    {
        get
        {
            if (s_platformAssemblies == null)
            {
                var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is string list)
                {
                    foreach (var file in list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
                    {
                        names.Add(Path.GetFileNameWithoutExtension(file));
                    }
                }

                s_platformAssemblies = names;
            }

            return s_platformAssemblies;
        }
    }
}
