using System;
using MicroPython.Objects;

namespace MicroPython.Sdk.Modules;

/// <summary>
/// A built-in module a plug-in provides: its import name, the configuration flag that enables it (MicroPython's
/// option name, e.g. <c>MICROPY_PY_HEAPQ</c>) and the factory that builds the module object on first import.
/// </summary>
/// <example>
/// <code>
/// ModuleDefinition.Create("heapq", "MICROPY_PY_HEAPQ", m => m
///     .Function("heappush", HeapPush)
///     .Function("heappop", HeapPop));
/// </code>
/// </example>
public sealed class ModuleDefinition
{
    private readonly Func<ModuleContext, ModuleObject> _factory;

    /// <summary>Defines a module whose object <paramref name="factory"/> builds.</summary>
    /// <param name="name">The import name.</param>
    /// <param name="enabledBy">The enabling option, or null for a module that is always present.</param>
    /// <param name="factory">Builds the module object; called once per interpreter, on first import.</param>
    public ModuleDefinition(string name, string? enabledBy, Func<ModuleContext, ModuleObject> factory)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        EnabledBy = enabledBy;
        _factory = factory;
    }

    /// <summary>The import name.</summary>
    public string Name { get; }

    /// <summary>The option (e.g. <c>MICROPY_PY_JSON</c>) that enables the module, or null if always enabled.</summary>
    public string? EnabledBy { get; }

    /// <summary>Defines a module built with a <see cref="ModuleBuilder"/>: functions, classes and constants.</summary>
    public static ModuleDefinition Create(string name, string? enabledBy, Action<ModuleBuilder> build)
    {
        return new ModuleDefinition(name, enabledBy, context =>
        {
            var builder = new ModuleBuilder(name, context);
            build(builder);
            return builder.Module;
        });
    }

    /// <summary>Builds the module object for one interpreter.</summary>
    public ModuleObject CreateModule(ModuleContext context) => _factory(context);
}
