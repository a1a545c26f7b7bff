using System;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace MicroPython.Sdk.Hosting;

/// <summary>
/// The service container the launcher builds from the port's and plug-ins' registrations: the
/// <see cref="IServiceCollection"/> contract of Microsoft.Extensions.DependencyInjection, resolved by a container
/// sized for what a start-up needs — a handful of services, resolved once each.
/// </summary>
/// <remarks>
/// <para>Supported: instances, factories and implementation types (constructor injection: the public constructor
/// with the most parameters that can all be satisfied, parameters with defaults optional); singleton and transient
/// lifetimes, scoped ones living as long as the container (as Microsoft's container treats scoped services resolved
/// from its root); the last registration of a type wins, <c>IEnumerable&lt;T&gt;</c> gives all of them in
/// registration order; the container resolves itself as <see cref="IServiceProvider"/>. A dependency cycle is an
/// <see cref="InvalidOperationException"/> naming the type.</para>
/// <para>Not supported (refused when the container is built, so a plug-in using them fails to load with that reason
/// instead of misbehaving later): open generic registrations and keyed services.</para>
/// <para>Why not Microsoft's container: building and first use of it cost 10–25 ms of every start-up (its call-site
/// machinery instantiates framework collections over its own structs, code no precompiled image holds), about a
/// fifth of the launcher's start-up budget, for services the launcher resolves once.</para>
/// </remarks>
public sealed class ServiceContainer : IServiceProvider, ISupportRequiredService
{
    private readonly Dictionary<Type, List<Registration>> _registrations = new();
    private readonly object _gate = new();
    private readonly List<Type> _resolving = new();

    /// <summary>Builds a container over a snapshot of <paramref name="services"/>.</summary>
    /// <exception cref="InvalidOperationException">A registration this container does not support.</exception>
    public ServiceContainer(IEnumerable<ServiceDescriptor> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var d in services)
        {
            if (d.IsKeyedService)
            {
                throw new InvalidOperationException($"keyed service registrations are not supported ({d.ServiceType.Name})");
            }

            if (d.ServiceType.ContainsGenericParameters)
            {
                throw new InvalidOperationException($"open generic registrations are not supported ({d.ServiceType.Name})");
            }

            if (!_registrations.TryGetValue(d.ServiceType, out var list))
            {
                _registrations[d.ServiceType] = list = new List<Registration>(1);
            }

            list.Add(new Registration(d));
        }
    }

    /// <inheritdoc/>
    public object? GetService(Type serviceType)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        lock (_gate)
        {
            return Resolve(serviceType);
        }
    }

    /// <inheritdoc/>
    public object GetRequiredService(Type serviceType) =>
        GetService(serviceType) ?? throw new InvalidOperationException($"No service for type '{serviceType}' has been registered.");

    private object? Resolve(Type serviceType)
    {
        if (_registrations.TryGetValue(serviceType, out var list))
        {
            return Instance(list[list.Count - 1]);
        }

        if (serviceType == typeof(IServiceProvider))
        {
            return this;
        }

        if (serviceType.IsConstructedGenericType && serviceType.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var element = serviceType.GenericTypeArguments[0];
            _registrations.TryGetValue(element, out var all);
            var array = Array.CreateInstance(element, all?.Count ?? 0);
            for (int i = 0; i < array.Length; i++)
            {
                array.SetValue(Instance(all![i]), i);
            }

            return array;
        }

        return null;
    }

    private object Instance(Registration r)
    {
        if (r.Instance != null)
        {
            return r.Instance;
        }

        object created = Create(r.Descriptor);
        if (r.Descriptor.Lifetime != ServiceLifetime.Transient)
        {
            r.Instance = created;
        }

        return created;
    }

    private object Create(ServiceDescriptor d)
    {
        if (d.ImplementationInstance != null)
        {
            return d.ImplementationInstance;
        }

        if (_resolving.Contains(d.ServiceType))
        {
            throw new InvalidOperationException($"A circular dependency was detected for the service of type '{d.ServiceType}'.");
        }

        _resolving.Add(d.ServiceType);
        try
        {
            if (d.ImplementationFactory != null)
            {
                return d.ImplementationFactory(this);
            }

            return Construct(d.ImplementationType ?? d.ServiceType);
        }
        finally
        {
            _resolving.Remove(d.ServiceType);
        }
    }

    /// <summary>The public constructor with the most parameters that can all be satisfied, as Microsoft's container picks.</summary>
    private object Construct(Type type)
    {
        ConstructorInfo? best = null;
        object?[]? bestArgs = null;
        foreach (var ctor in type.GetConstructors())
        {
            var parameters = ctor.GetParameters();
            if (best != null && parameters.Length <= bestArgs!.Length)
            {
                continue;
            }

            var args = new object?[parameters.Length];
            bool satisfied = true;
            for (int i = 0; i < parameters.Length && satisfied; i++)
            {
                var p = parameters[i];
                args[i] = CanResolve(p.ParameterType) ? Resolve(p.ParameterType) : null;
                if (args[i] == null)
                {
                    if (p.HasDefaultValue)
                    {
                        args[i] = p.DefaultValue;
                    }
                    else
                    {
                        satisfied = false;
                    }
                }
            }

            if (satisfied)
            {
                best = ctor;
                bestArgs = args;
            }
        }

        if (best == null)
        {
            throw new InvalidOperationException($"Unable to activate type '{type}': no public constructor whose parameters can all be resolved.");
        }

        try
        {
            return best.Invoke(bestArgs);
        }
        catch (TargetInvocationException e) when (e.InnerException != null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    private bool CanResolve(Type type) =>
        _registrations.ContainsKey(type) || type == typeof(IServiceProvider)
        || (type.IsConstructedGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>));

    /// <summary>One registration and, once created, its instance (singletons and scoped).</summary>
    private sealed class Registration
    {
        public Registration(ServiceDescriptor descriptor)
        {
            Descriptor = descriptor;
            Instance = descriptor.ImplementationInstance;
        }

        public ServiceDescriptor Descriptor { get; }

        public object? Instance { get; set; }
    }
}
