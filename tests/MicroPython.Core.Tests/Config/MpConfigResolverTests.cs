using MicroPython.Config;
using Xunit;

namespace MicroPython.Tests.Config;

/// <summary>Layers resolved into MpConfig: later wins, ROM-level presets, validation with key, value and layer.</summary>
public sealed class MpConfigResolverTests
{
    private static MpConfigLayer Layer(string name, params (string, string)[] values) => MpConfigLayer.From(name, null, values);

    [Fact]
    public void DefaultsAreCoreFeaturesLevel()
    {
        var config = MpConfigResolver.Defaults();
        Assert.Equal("CORE_FEATURES", config.GetString(MpOptionCatalog.RomLevel));
        Assert.Equal(MpRomLevel.CoreFeatures, config.RomLevel);
        Assert.Equal("NORMAL", config.GetString(MpOptionCatalog.ErrorReporting));
        Assert.Equal("NONE", config.GetString(MpOptionCatalog.LongIntImpl));
        Assert.True(config.GetBool("MICROPY_PY_BUILTINS_SET"));
        Assert.False(config.GetBool("MICROPY_PY_BUILTINS_FROZENSET"));
        Assert.False(config.GetBool("MICROPY_PY_JSON"));
        Assert.Equal(MpConfigLayer.Core, config.LayerOf("MICROPY_PY_JSON"));
    }

    [Fact]
    public void LaterLayerWinsAndIsRecordedAsTheOrigin()
    {
        var config = MpConfigResolver.Resolve(new[]
        {
            Layer(MpConfigLayer.Port, ("MICROPY_ERROR_REPORTING", "DETAILED"), ("MICROPY_PY_JSON", "1")),
            Layer(MpConfigLayer.Board, ("MICROPY_ERROR_REPORTING", "NORMAL")),
            Layer(MpConfigLayer.UserFile, ("MICROPY_ERROR_REPORTING", "TERSE")),
            Layer(MpConfigLayer.Environment, ("MICROPY_ERROR_REPORTING", "1")),
            Layer(MpConfigLayer.CommandLine, ("micropy_error_reporting", "none")),
        });
        Assert.Equal("NONE", config.GetString("MICROPY_ERROR_REPORTING"));
        Assert.Equal(0, config.GetEnum("MICROPY_ERROR_REPORTING"));
        Assert.Equal(MpConfigLayer.CommandLine, config.LayerOf("MICROPY_ERROR_REPORTING"));
        Assert.Equal(MpConfigLayer.Port, config.LayerOf("MICROPY_PY_JSON"));
    }

    [Theory]
    [InlineData("MINIMUM", "TERSE", false, false)]
    [InlineData("CORE_FEATURES", "NORMAL", true, false)]
    [InlineData("BASIC_FEATURES", "NORMAL", true, false)]
    [InlineData("EXTRA_FEATURES", "NORMAL", true, true)]
    [InlineData("FULL_FEATURES", "DETAILED", true, true)]
    [InlineData("EVERYTHING", "DETAILED", true, true)]
    public void RomLevelPresetChangesTheDefaults(string level, string errors, bool compiler, bool json)
    {
        var config = MpConfigResolver.Resolve(new[] { Layer(MpConfigLayer.UserFile, (MpOptionCatalog.RomLevel, level)) });
        Assert.Equal(errors, config.GetString(MpOptionCatalog.ErrorReporting));
        Assert.Equal(compiler, config.GetBool(MpOptionCatalog.EnableCompiler));
        Assert.Equal(json, config.GetBool("MICROPY_PY_JSON"));
        Assert.Equal(json, config.GetBool("MICROPY_PY_BUILTINS_FROZENSET"));
        Assert.Equal(MpConfigLayer.UserFile, config.LayerOf(MpOptionCatalog.RomLevel));
        Assert.Equal(MpConfigLayer.Core, config.LayerOf(MpOptionCatalog.ErrorReporting));
    }

    [Fact]
    public void PresetSetLaterDoesNotOverrideExplicitValuesOfEarlierLayers()
    {
        var config = MpConfigResolver.Resolve(new[]
        {
            Layer(MpConfigLayer.Port, ("MICROPY_CONFIG_ROM_LEVEL", "EXTRA_FEATURES"), ("MICROPY_ERROR_REPORTING", "DETAILED")),
            Layer(MpConfigLayer.CommandLine, ("MICROPY_CONFIG_ROM_LEVEL", "MINIMUM")),
        });
        Assert.Equal("DETAILED", config.GetString(MpOptionCatalog.ErrorReporting));
        Assert.False(config.GetBool("MICROPY_PY_JSON"));
        Assert.False(config.GetBool(MpOptionCatalog.EnableCompiler));
    }

    [Fact]
    public void DefaultsFollowOtherOptions()
    {
        var noCompiler = MpConfigResolver.Resolve(new[]
        {
            Layer(MpConfigLayer.Port, ("MICROPY_CONFIG_ROM_LEVEL", "EVERYTHING"), ("MICROPY_ENABLE_COMPILER", "0"), ("MICROPY_FLOAT_IMPL", "NONE")),
        });
        Assert.False(noCompiler.GetBool("MICROPY_PY_BUILTINS_COMPILE"));
        Assert.False(noCompiler.GetBool("MICROPY_PY_BUILTINS_EVAL_EXEC"));
        Assert.False(noCompiler.GetBool("MICROPY_PY_BUILTINS_COMPLEX"));

        var withFloat = MpConfigResolver.Resolve(new[] { Layer(MpConfigLayer.Port, ("MICROPY_FLOAT_IMPL", "FLOAT")) });
        Assert.True(withFloat.GetBool("MICROPY_PY_BUILTINS_COMPLEX"));
    }

    [Fact]
    public void UnknownKeyNamesKeyValueAndLayer()
    {
        var e = Assert.Throws<MpConfigException>(() => MpConfigResolver.Resolve(new[]
        {
            MpConfigLayer.From(MpConfigLayer.UserFile, "/home/me/mpconfig.json", ("MICROPY_PY_JSNO", "0")),
        }));
        Assert.Equal("MICROPY_PY_JSNO=0 from user file /home/me/mpconfig.json: unknown option", e.Message);
        Assert.Equal("MICROPY_PY_JSNO", e.Key);
        Assert.Equal("0", e.Value);
        Assert.Equal("user file /home/me/mpconfig.json", e.Layer);
    }

    [Fact]
    public void BadValueIsAnErrorEvenWhenALaterLayerOverridesIt()
    {
        var e = Assert.Throws<MpConfigException>(() => MpConfigResolver.Resolve(new[]
        {
            Layer(MpConfigLayer.Board, ("MICROPY_FLOAT_IMPL", "QUAD")),
            Layer(MpConfigLayer.CommandLine, ("MICROPY_FLOAT_IMPL", "DOUBLE")),
        }));
        Assert.Equal("MICROPY_FLOAT_IMPL=QUAD from board: expected one of NONE (0), FLOAT (1), DOUBLE (2)", e.Message);
    }

    [Fact]
    public void ConfigIsImmutable()
    {
        var config = MpConfigResolver.Defaults();
        Assert.False(config.Values is System.Collections.Generic.IDictionary<string, MpConfigValue> { IsReadOnly: false });
    }

    [Fact]
    public void PluginFlagsCanBeSetLikeCatalogueOptionsAndDefaultAsDeclared()
    {
        var flags = new[] { MpOption.PluginFlag("MICROPY_PY_MYMOD", true, "module mymod"), MpOption.PluginFlag("MICROPY_PY_OTHER", false, "module other") };
        var config = MpConfigResolver.Resolve(new[] { Layer(MpConfigLayer.UserFile, ("MICROPY_PY_MYMOD", "0")) }, flags);
        Assert.False(config.GetBool("MICROPY_PY_MYMOD"));
        Assert.Equal(MpConfigLayer.UserFile, config.LayerOf("MICROPY_PY_MYMOD"));
        Assert.False(config.GetBool("MICROPY_PY_OTHER"));
        Assert.Equal(MpConfigLayer.Core, config.LayerOf("MICROPY_PY_OTHER"));

        var e = Assert.Throws<MpConfigException>(() => MpConfigResolver.Resolve(new[] { Layer(MpConfigLayer.UserFile, ("MICROPY_PY_MYMOD", "0")) }));
        Assert.Equal("MICROPY_PY_MYMOD=0 from user file: unknown option", e.Message);
        Assert.Throws<System.ArgumentException>(() => MpOption.PluginFlag("py_mymod", true, "bad name"));
    }
}
