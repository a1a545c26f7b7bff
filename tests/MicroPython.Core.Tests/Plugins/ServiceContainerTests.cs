using System;
using System.Collections.Generic;
using MicroPython.Sdk.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace MicroPython.Tests.Plugins;

/// <summary>The launcher's service container honours the IServiceCollection registrations ports and plug-ins make.</summary>
public sealed class ServiceContainerTests
{
    public interface IThing
    {
    }

    public sealed class Thing : IThing
    {
    }

    public sealed class OtherThing : IThing
    {
    }

    public sealed class NeedsThing
    {
        public NeedsThing() => Thing = null;

        public NeedsThing(IThing thing) => Thing = thing;

        public NeedsThing(IThing thing, Unregistered missing) => throw new InvalidOperationException("must not be chosen: " + thing + missing);

        public IThing? Thing { get; }
    }

    public sealed class Unregistered
    {
    }

    public sealed class WithDefault
    {
        public WithDefault(IThing thing, int size = 7) => (Thing, Size) = (thing, size);

        public IThing Thing { get; }

        public int Size { get; }
    }

    public sealed class Chicken
    {
        public Chicken(Egg egg) => _ = egg;
    }

    public sealed class Egg
    {
        public Egg(Chicken chicken) => _ = chicken;
    }

    private static ServiceContainer Build(Action<IServiceCollection> register)
    {
        IServiceCollection services = new ServiceCollection();
        register(services);
        return new ServiceContainer(services);
    }

    [Fact]
    public void SingletonsAreCreatedOnceTransientsEveryTime()
    {
        var c = Build(s => s.AddSingleton<IThing, Thing>().AddTransient<Unregistered>());
        Assert.Same(c.GetService<IThing>(), c.GetService<IThing>());
        Assert.IsType<Thing>(c.GetService<IThing>());
        Assert.NotSame(c.GetService<Unregistered>(), c.GetService<Unregistered>());
    }

    [Fact]
    public void InstancesAndFactoriesAreUsedAsGiven()
    {
        var instance = new Thing();
        var c = Build(s => s.AddSingleton<IThing>(instance).AddSingleton(sp => new NeedsThing(sp.GetRequiredService<IThing>())));
        Assert.Same(instance, c.GetService<IThing>());
        Assert.Same(instance, c.GetRequiredService<NeedsThing>().Thing);
    }

    [Fact]
    public void ConstructorWithTheMostResolvableParametersIsChosen()
    {
        var c = Build(s => s.AddSingleton<IThing, Thing>().AddSingleton<NeedsThing>().AddSingleton<WithDefault>());
        Assert.IsType<Thing>(c.GetRequiredService<NeedsThing>().Thing);
        Assert.Equal(7, c.GetRequiredService<WithDefault>().Size);
        Assert.Null(Build(s => s.AddSingleton<NeedsThing>()).GetRequiredService<NeedsThing>().Thing);
    }

    [Fact]
    public void LastRegistrationWinsAndEnumerableGivesAllInOrder()
    {
        var c = Build(s => s.AddSingleton<IThing, Thing>().AddSingleton<IThing, OtherThing>());
        Assert.IsType<OtherThing>(c.GetService<IThing>());
        var all = c.GetRequiredService<IEnumerable<IThing>>();
        Assert.Collection(all, t => Assert.IsType<Thing>(t), t => Assert.IsType<OtherThing>(t));
        Assert.Empty(c.GetRequiredService<IEnumerable<Unregistered>>());
    }

    [Fact]
    public void UnknownServicesAreNullAndRequiredOnesThrow()
    {
        var c = Build(_ => { });
        Assert.Null(c.GetService<IThing>());
        Assert.Same(c, c.GetService<IServiceProvider>());
        Assert.Throws<InvalidOperationException>(() => c.GetRequiredService<IThing>());
        Assert.Throws<InvalidOperationException>(() => Build(s => s.AddSingleton<WithDefault>()).GetService<WithDefault>());
    }

    [Fact]
    public void CyclesAreReportedNotOverflowed()
    {
        var c = Build(s => s.AddSingleton<Chicken>().AddSingleton<Egg>());
        var e = Assert.Throws<InvalidOperationException>(() => c.GetService<Chicken>());
        Assert.Contains("circular dependency", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsupportedRegistrationsAreRefusedWhenBuilt()
    {
        var keyed = Assert.Throws<InvalidOperationException>(() => Build(s => s.AddKeyedSingleton<IThing, Thing>("k")));
        Assert.Equal("keyed service registrations are not supported (IThing)", keyed.Message);
        var open = Assert.Throws<InvalidOperationException>(() => Build(s => s.AddSingleton(typeof(List<>), typeof(List<>))));
        Assert.Equal("open generic registrations are not supported (List`1)", open.Message);
    }
}
