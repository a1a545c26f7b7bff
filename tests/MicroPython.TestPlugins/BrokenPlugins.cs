using System;
using System.Collections.Generic;
using MicroPython.Sdk.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace MicroPython.TestPlugins;

/// <summary>Its constructor throws: the loader must report "initializer failed" and carry on.</summary>
public sealed class ThrowingConstructorPlugin : IModulePlugin
{
    public ThrowingConstructorPlugin() => throw new InvalidOperationException("refusing to start on purpose");

    public IReadOnlyList<ModuleDefinition> Modules => Array.Empty<ModuleDefinition>();
}

/// <summary>Its service registration throws.</summary>
public sealed class ThrowingServicesPlugin : IModulePlugin
{
    public IReadOnlyList<ModuleDefinition> Modules { get; } = new[] { ModuleDefinition.Create("thrower", null, _ => { }) };

    public void ConfigureServices(IServiceCollection services) => throw new NotSupportedException("no services today");
}

/// <summary>Claims the name of the json plug-in's module.</summary>
public sealed class JsonImpostorPlugin : IModulePlugin
{
    public IReadOnlyList<ModuleDefinition> Modules { get; } = new[] { ModuleDefinition.Create("json", null, m => m.Constant("impostor", 1)) };
}

/// <summary>Claims the name of a kernel module.</summary>
public sealed class SysImpostorPlugin : IModulePlugin
{
    public IReadOnlyList<ModuleDefinition> Modules { get; } = new[] { ModuleDefinition.Create("sys", null, m => m.Constant("impostor", 1)) };
}

/// <summary>Not a plug-in entry at all.</summary>
public sealed class NotAPlugin
{
}

/// <summary>Loads fine, but building its module (on first import) throws a .NET exception.</summary>
public sealed class FailingFactoryPlugin : IModulePlugin
{
    public IReadOnlyList<ModuleDefinition> Modules { get; } = new[]
    {
        new ModuleDefinition("fragile", null, _ => throw new FormatException("bad table")),
    };
}
