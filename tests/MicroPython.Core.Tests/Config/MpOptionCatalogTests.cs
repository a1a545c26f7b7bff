using System.Collections.Generic;
using MicroPython.Config;
using Xunit;

namespace MicroPython.Tests.Config;

/// <summary>The option catalogue: names, kinds, value parsing and defaults by ROM level.</summary>
public sealed class MpOptionCatalogTests
{
    public static IEnumerable<object[]> RomLevels()
    {
        foreach (var name in MpRomLevel.Names)
        {
            yield return new object[] { name };
        }
    }

    [Theory]
    [MemberData(nameof(RomLevels))]
    public void EveryDefaultIsAValidValueOfItsOption(string romLevel)
    {
        var config = MpConfigResolver.Resolve(new[] { MpConfigLayer.From(MpConfigLayer.Port, null, (MpOptionCatalog.RomLevel, romLevel)) });
        foreach (var option in MpOptionCatalog.All)
        {
            string text = config.GetString(option.Name);
            Assert.True(option.TryParse(text, out string canonical, out string reason), $"{option.Name}={text}: {reason}");
            Assert.Equal(text, canonical);
        }
    }

    [Fact]
    public void NamesAreUniqueMicroPythonStyleAndDescribed()
    {
        var seen = new HashSet<string>();
        foreach (var option in MpOptionCatalog.All)
        {
            Assert.StartsWith("MICROPY_", option.Name);
            Assert.Equal(option.Name.ToUpperInvariant(), option.Name);
            Assert.True(seen.Add(option.Name), option.Name);
            Assert.False(string.IsNullOrWhiteSpace(option.Description), option.Name);
        }
    }

    [Fact]
    public void EveryFlagHasAnEffectOrIsBoundToTheRuntime()
    {
        // A flag that removes nothing must be one the applier binds to a runtime field.
        // MICROPY_PY_BINASCII_CRC32 and MICROPY_PY_ARRAY_SLICE_ASSIGN are read by their plug-ins when they build the module,
        // the collections and random sub-options by theirs (CollectionsRandomTimeFlagTests shows each one's effect).
        var bound = new HashSet<string>
        {
            MpOptionCatalog.EnableCompiler, "MICROPY_PY_BINASCII_CRC32", "MICROPY_PY_ARRAY_SLICE_ASSIGN", MpOptionCatalog.FStrings, MpOptionCatalog.AsyncAwait, MpOptionCatalog.AssignExpr,
            MpOptionCatalog.SourceLine, "MICROPY_PY_COLLECTIONS_DEQUE", "MICROPY_PY_COLLECTIONS_DEQUE_ITER", "MICROPY_PY_COLLECTIONS_DEQUE_SUBSCR",
            "MICROPY_PY_COLLECTIONS_ORDEREDDICT", "MICROPY_PY_COLLECTIONS_NAMEDTUPLE__ASDICT", "MICROPY_PY_RANDOM_EXTRA_FUNCS",
        };
        foreach (var option in MpOptionCatalog.All)
        {
            if (option.Kind == MpOptionKind.Bool)
            {
                bool removes = option.Builtins.Count > 0 || option.Module != null || option.Attributes.Count > 0;
                Assert.True(removes || bound.Contains(option.Name), option.Name + " changes nothing");
            }
        }
    }

    [Theory]
    [InlineData("MICROPY_ERROR_REPORTING", "TERSE", "TERSE")]
    [InlineData("MICROPY_ERROR_REPORTING", "terse", "TERSE")]
    [InlineData("MICROPY_ERROR_REPORTING", "MICROPY_ERROR_REPORTING_NORMAL", "NORMAL")]
    [InlineData("MICROPY_ERROR_REPORTING", "3", "DETAILED")]
    [InlineData("MICROPY_ERROR_REPORTING", "0", "NONE")]
    [InlineData("MICROPY_LONGINT_IMPL", "LONGLONG", "LONGLONG")]
    [InlineData("MICROPY_LONGINT_IMPL", "2", "MPZ")]
    [InlineData("MICROPY_FLOAT_IMPL", "MICROPY_FLOAT_IMPL_FLOAT", "FLOAT")]
    [InlineData("MICROPY_CONFIG_ROM_LEVEL", "30", "EXTRA_FEATURES")]
    [InlineData("MICROPY_CONFIG_ROM_LEVEL", "MICROPY_CONFIG_ROM_LEVEL_EVERYTHING", "EVERYTHING")]
    [InlineData("MICROPY_PY_JSON", "true", "1")]
    [InlineData("MICROPY_PY_JSON", "False", "0")]
    [InlineData("MICROPY_PY_JSON", " 1 ", "1")]
    [InlineData("MICROPY_HEAP_SIZE", "64k", "65536")]
    [InlineData("MICROPY_HEAP_SIZE", "2M", "2097152")]
    [InlineData("MICROPY_HEAP_SIZE", "100000", "100000")]
    [InlineData("MICROPY_BYTES_PER_WORD", "4", "4")]
    [InlineData("MICROPY_MAX_RECURSION_DEPTH", "50", "50")]
    public void ValuesParseToTheirCanonicalForm(string key, string raw, string expected)
    {
        Assert.True(MpOptionCatalog.Get(key).TryParse(raw, out string canonical, out string reason), reason);
        Assert.Equal(expected, canonical);
    }

    [Theory]
    [InlineData("MICROPY_ERROR_REPORTING", "LOUD", "expected one of NONE (0), TERSE (1), NORMAL (2), DETAILED (3)")]
    [InlineData("MICROPY_ERROR_REPORTING", "4", "expected one of NONE (0), TERSE (1), NORMAL (2), DETAILED (3)")]
    [InlineData("MICROPY_CONFIG_ROM_LEVEL", "25", "expected one of MINIMUM (0), CORE_FEATURES (10), BASIC_FEATURES (20), EXTRA_FEATURES (30), FULL_FEATURES (40), EVERYTHING (50)")]
    [InlineData("MICROPY_PY_JSON", "2", "expected 0 or 1 (or true/false)")]
    [InlineData("MICROPY_PY_JSON", "yes", "expected 0 or 1 (or true/false)")]
    [InlineData("MICROPY_HEAP_SIZE", "12q", "expected a size in bytes from 700 to 9223372036854775807, optionally with a k or m suffix")]
    [InlineData("MICROPY_HEAP_SIZE", "100", "expected a size in bytes from 700 to 9223372036854775807, optionally with a k or m suffix")]
    [InlineData("MICROPY_HEAP_SIZE", "-1k", "expected a size in bytes from 700 to 9223372036854775807, optionally with a k or m suffix")]
    [InlineData("MICROPY_BYTES_PER_WORD", "6", "expected one of 4, 8")]
    [InlineData("MICROPY_OPT_LEVEL", "4", "expected a whole number from 0 to 3")]
    [InlineData("MICROPY_MAX_RECURSION_DEPTH", "many", "expected a whole number from 8 to 1000000")]
    public void BadValuesSayWhatIsExpected(string key, string raw, string reason)
    {
        Assert.False(MpOptionCatalog.Get(key).TryParse(raw, out _, out string actual));
        Assert.Equal(reason, actual);
    }

    [Fact]
    public void LookupIgnoresCaseAndKnowsOnlyCatalogueNames()
    {
        Assert.True(MpOptionCatalog.TryGet("micropy_py_json", out var option));
        Assert.Equal("MICROPY_PY_JSON", option.Name);
        Assert.False(MpOptionCatalog.TryGet("MICROPY_PY_BTREE", out _));
    }
}
