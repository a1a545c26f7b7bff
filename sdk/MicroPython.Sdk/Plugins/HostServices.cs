using System;
using Microsoft.Extensions.DependencyInjection;

namespace MicroPython.Sdk.Plugins;

/// <summary>
/// The host's service container as a module plug-in loaded after start-up needs it: what was registered (so a
/// plug-in's own container can forward to it), the built provider, and how the host builds a container (the
/// launcher's is <see cref="Hosting.ServiceContainer"/>).
/// </summary>
public sealed class HostServices
{
    /// <summary>Creates the description.</summary>
    /// <param name="registrations">The host's registrations (port and launcher), no longer changed.</param>
    /// <param name="provider">The container built from <paramref name="registrations"/>.</param>
    /// <param name="build">Builds a container from a collection (the host's DI implementation).</param>
    public HostServices(IServiceCollection registrations, IServiceProvider provider, Func<IServiceCollection, IServiceProvider> build)
    {
        Registrations = registrations;
        Provider = provider;
        Build = build;
    }

    /// <summary>The host's registrations.</summary>
    public IServiceCollection Registrations { get; }

    /// <summary>The host's container.</summary>
    public IServiceProvider Provider { get; }

    /// <summary>Builds a container from a collection.</summary>
    public Func<IServiceCollection, IServiceProvider> Build { get; }
}
