using System.Collections.Generic;
using MicroPython.Objects;
using MicroPython.Sdk.Hal;
using MicroPython.Sdk.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace MicroPython.TestPlugins;

/// <summary>A service of the plug-in's own that takes a port service (the clock) by constructor.</summary>
public sealed class ClockUser
{
    public ClockUser(IClock clock) => Clock = clock;

    public IClock Clock { get; }
}

/// <summary>
/// Registers a service of its own (loaded on first import, after the host's container was built):
/// <c>owned.clock_user()</c> is true when the plug-in's <see cref="ClockUser"/> was built with the port's clock,
/// and that clock is the very instance the container hands out directly (the host's singleton, not a copy).
/// </summary>
public sealed class OwnServicesPlugin : IModulePlugin
{
    public IReadOnlyList<ModuleDefinition> Modules { get; } = new[]
    {
        ModuleDefinition.Create("owned", null, m =>
        {
            var user = m.Context.Services.GetRequiredService<ClockUser>();
            bool same = ReferenceEquals(user.Clock, m.Context.Services.GetService<IClock>());
            m.Function("clock_user", () => BoolObject.From(same));
        }),
    };

    public void ConfigureServices(IServiceCollection services) => services.AddSingleton<ClockUser>();
}
