using MicroPython.Modules.Random;
using MicroPython.Sdk.Modules;
using Xunit;

namespace MicroPython.Tests.Modules;

/// <summary>The random plug-in: the generator's determinism and ranges, and the module's use of it.</summary>
public sealed class RandomModuleTests
{
    private static readonly ModuleDefinition[] s_random = { RandomModule.Definition };

    [Fact]
    public void SameSeedSameSequenceDifferentSeedDifferentSequence()
    {
        var a = new Yasmarang();
        var b = new Yasmarang();
        a.Seed(99);
        b.Seed(99);
        for (int i = 0; i < 1000; i++)
        {
            Assert.Equal(a.Next(), b.Next());
        }

        b.Seed(100);
        int same = 0;
        for (int i = 0; i < 100; i++)
        {
            same += a.Next() == b.Next() ? 1 : 0;
        }

        Assert.True(same < 5);
    }

    [Fact]
    public void GetrandbitsIsTheGeneratorsLowBits()
    {
        var reference = new Yasmarang();
        reference.Seed(1234);
        var expected = $"{reference.Next() & 0xff} {reference.Next() & 1} {reference.Next()}\n";
        Assert.Equal(expected, PluginModuleHost.Ok("import random\nrandom.seed(1234)\nprint(random.getrandbits(8), random.getrandbits(1), random.getrandbits(32))", s_random));
    }

    [Fact]
    public void SeedKeepsTheLowThirtyTwoBitsOfAnyInt()
    {
        Assert.Equal("True True\n", PluginModuleHost.Ok(
            "import random\nrandom.seed(5)\na = random.getrandbits(32)\nrandom.seed(5 + 2**32)\nb = random.getrandbits(32)\nrandom.seed(5 + 2**100)\nprint(a == b, a == random.getrandbits(32))",
            s_random));
    }

    [Fact]
    public void BelowCoversItsRangeUniformly()
    {
        var g = new Yasmarang();
        g.Seed(3);
        var counts = new int[10];
        for (int i = 0; i < 20000; i++)
        {
            counts[g.Below(10)]++;
        }

        foreach (var c in counts)
        {
            Assert.InRange(c, 1700, 2300);
        }

        // Ranges beyond 32 bits (wider than MicroPython's) reach their top half too.
        bool high = false;
        for (int i = 0; i < 100 && !high; i++)
        {
            high = g.Below(1UL << 40) >= 1UL << 39;
        }

        Assert.True(high);
    }

    [Fact]
    public void FloatsAreInTheUnitInterval()
    {
        var g = new Yasmarang();
        g.Seed(0);
        double min = 1, max = 0;
        for (int i = 0; i < 10000; i++)
        {
            double d = g.NextDouble();
            Assert.InRange(d, 0.0, 0.9999999999999999);
            min = System.Math.Min(min, d);
            max = System.Math.Max(max, d);
        }

        Assert.True(min < 0.001 && max > 0.999);
    }

    [Fact]
    public void ExtraFunctionsFollowTheirOption()
    {
        const string Code = "import random\nprint(hasattr(random, 'randrange'), hasattr(random, 'choice'), hasattr(random, 'getrandbits'))";
        Assert.Equal("True True True\n", PluginModuleHost.Ok(Code, s_random));
        Assert.Equal("False False True\n", PluginModuleHost.Ok(Code, s_random, options: ("MICROPY_PY_RANDOM_EXTRA_FUNCS", "0")));
    }

    [Fact]
    public void ErrorTextsAreMicroPythons()
    {
        Assert.Equal("ValueError: bits must be 32 or less", PluginModuleHost.Error("import random\nrandom.getrandbits(33)", s_random));
        Assert.Equal("ValueError: ", PluginModuleHost.Error("import random\nrandom.randrange(0)", s_random));
        Assert.Equal("IndexError: ", PluginModuleHost.Error("import random\nrandom.choice(())", s_random));
        Assert.Equal("OverflowError: overflow converting long int to machine word", PluginModuleHost.Error("import random\nrandom.randint(0, 2**70)", s_random));
    }
}
