using System.Collections.Generic;
using System.IO;
using MicroPython.Config;
using MicroPython.Sdk.Configuration;
using Xunit;

namespace MicroPython.Tests.Config;

/// <summary>The SDK's layered loader: JSON files for port, board and user, then environment and command line.</summary>
public sealed class MpConfigLoaderTests
{
    private static string Write(string json)
    {
        var dir = Path.Combine(Path.GetTempPath(), "mpnet-config-" + Path.GetRandomFileName());
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "mpconfig.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static KeyValuePair<string, string> Set(string key, string value) => new(key, value);

    [Fact]
    public void EachLayerOverridesTheOneBefore()
    {
        var port = Write("{ // the port\n \"MICROPY_ERROR_REPORTING\": \"DETAILED\", \"MICROPY_PY_JSON\": 1, \"MICROPY_HEAP_SIZE\": \"1m\", \"MICROPY_PY_GC\": true, \"MICROPY_OPT_LEVEL\": 1, \"MICROPY_BYTES_PER_WORD\": 4, }");
        var board = Write("{ \"MICROPY_PY_JSON\": 0, \"MICROPY_HEAP_SIZE\": \"256k\", \"MICROPY_PY_GC\": false, \"MICROPY_OPT_LEVEL\": 2 }");
        var user = Write("{ \"MICROPY_HEAP_SIZE\": 100000, \"MICROPY_PY_GC\": 1, \"MICROPY_OPT_LEVEL\": 3 }");
        var config = MpConfigLoader.Load(new MpConfigSources
        {
            PortFile = port,
            BoardFiles = new[] { board },
            UserFile = user,
            Environment = new Dictionary<string, string> { ["MICROPY_PY_GC"] = "0", ["MICROPY_OPT_LEVEL"] = "0", ["HOME"] = "/x" },
            CommandLine = new[] { Set("MICROPY_OPT_LEVEL", "1") },
        });
        Assert.Equal(("DETAILED", "port"), (config.GetString("MICROPY_ERROR_REPORTING"), config.LayerOf("MICROPY_ERROR_REPORTING")));
        Assert.Equal(("4", "port"), (config.GetString("MICROPY_BYTES_PER_WORD"), config.LayerOf("MICROPY_BYTES_PER_WORD")));
        Assert.Equal(("0", "board"), (config.GetString("MICROPY_PY_JSON"), config.LayerOf("MICROPY_PY_JSON")));
        Assert.Equal(("100000", "user file"), (config.GetString("MICROPY_HEAP_SIZE"), config.LayerOf("MICROPY_HEAP_SIZE")));
        Assert.Equal(("0", "environment"), (config.GetString("MICROPY_PY_GC"), config.LayerOf("MICROPY_PY_GC")));
        Assert.Equal(("1", "command line"), (config.GetString("MICROPY_OPT_LEVEL"), config.LayerOf("MICROPY_OPT_LEVEL")));
        Assert.Equal(("0", "core"), (config.GetString("MICROPY_PY_BUILTINS_FROZENSET"), config.LayerOf("MICROPY_PY_BUILTINS_FROZENSET")));
    }

    [Fact]
    public void BoardFilesLayerInOrder()
    {
        var general = Write("{ \"MICROPY_PY_JSON\": 0, \"MICROPY_PY_GC\": 0 }");
        var specific = Write("{ \"MICROPY_PY_JSON\": 1 }");
        var config = MpConfigLoader.Load(new MpConfigSources { BoardFiles = new[] { general, specific } });
        Assert.True(config.GetBool("MICROPY_PY_JSON"));
        Assert.False(config.GetBool("MICROPY_PY_GC"));
    }

    [Fact]
    public void FirmwareLayerSitsBetweenBoardAndUserFile()
    {
        var board = Write("{ \"MICROPY_PY_JSON\": 1, \"MICROPY_PY_GC\": 1, \"MICROPY_PY_HEAPQ\": 1 }");
        var user = Write("{ \"MICROPY_PY_GC\": 1 }");
        var firmware = new Dictionary<string, string> { ["MICROPY_PY_JSON"] = "0", ["MICROPY_PY_GC"] = "0" };
        var config = MpConfigLoader.Load(new MpConfigSources
        {
            BoardFiles = new[] { board },
            FirmwareSettings = firmware,
            FirmwareFile = "/fw/firmware.json",
            UserFile = user,
        });
        Assert.False(config.GetBool("MICROPY_PY_JSON"));
        Assert.Equal(MpConfigLayer.Firmware, config.LayerOf("MICROPY_PY_JSON"));
        Assert.True(config.GetBool("MICROPY_PY_GC"));
        Assert.Equal(MpConfigLayer.UserFile, config.LayerOf("MICROPY_PY_GC"));
        Assert.Equal(MpConfigLayer.Board, config.LayerOf("MICROPY_PY_HEAPQ"));

        firmware["MICROPY_FLOAT_IMPL"] = "QUAD";
        var e = Assert.Throws<MpConfigException>(() => MpConfigLoader.Load(new MpConfigSources { FirmwareSettings = firmware, FirmwareFile = "/fw/firmware.json" }));
        Assert.Equal("MICROPY_FLOAT_IMPL=QUAD from firmware /fw/firmware.json: expected one of NONE (0), FLOAT (1), DOUBLE (2)", e.Message);
    }

    [Fact]
    public void ToolVariablesAreNotConfigurationButOtherMicropyNamesAre()
    {
        var env = new Dictionary<string, string>
        {
            ["MICROPY_MICROPYTHON"] = "/usr/bin/micropython",
            ["MICROPY_CPYTHON3"] = "python3",
            ["MICROPY_PLUGIN_PATH"] = "/opt/plugins",
            ["MICROPYPATH"] = "/lib",
        };
        var config = MpConfigLoader.Load(new MpConfigSources { Environment = env });
        Assert.Equal(MpConfigLayer.Core, config.LayerOf("MICROPY_PY_JSON"));

        env["MICROPY_PY_JSNO"] = "0";
        var e = Assert.Throws<MpConfigException>(() => MpConfigLoader.Load(new MpConfigSources { Environment = env }));
        Assert.Equal("MICROPY_PY_JSNO=0 from environment: unknown option", e.Message);
    }

    [Fact]
    public void BadValueInAFileNamesTheFile()
    {
        var user = Write("{ \"MICROPY_LONGINT_IMPL\": \"HUGE\" }");
        var e = Assert.Throws<MpConfigException>(() => MpConfigLoader.Load(new MpConfigSources { UserFile = user }));
        Assert.Equal($"MICROPY_LONGINT_IMPL=HUGE from user file {user}: expected one of NONE (0), LONGLONG (1), MPZ (2)", e.Message);
    }

    [Fact]
    public void NestedObjectsAreUnknownKeys()
    {
        var board = Write("{ \"pins\": { \"LED\": \"A13\" } }");
        var e = Assert.Throws<MpConfigException>(() => MpConfigLoader.Load(new MpConfigSources { BoardFiles = new[] { board } }));
        Assert.Equal($"pins:LED=A13 from board {board}: unknown option", e.Message);
    }

    [Fact]
    public void ArraysFlattenToIndexedKeys()
    {
        var board = Write("{ \"pins\": [ \"A13\", \"A14\" ] }");
        var e = Assert.Throws<MpConfigException>(() => MpConfigLoader.Load(new MpConfigSources { BoardFiles = new[] { board } }));
        Assert.Equal($"pins:0=A13 from board {board}: unknown option", e.Message);
    }

    [Fact]
    public void CommentsEscapesAndBooleansAreRead()
    {
        var user = Write("/* block\n comment */ {\n  // line comment\n  \"MICROPY_ERROR_REPORTING\": \"TER\\u0053E\", \"MICROPY_PY_GC\": false,\n  \"MICROPY_PY_JSON\": true, /* trailing comma: */\n}\n");
        var config = MpConfigLoader.Load(new MpConfigSources { UserFile = user });
        Assert.Equal("TERSE", config.GetString("MICROPY_ERROR_REPORTING"));
        Assert.False(config.GetBool("MICROPY_PY_GC"));
        Assert.True(config.GetBool("MICROPY_PY_JSON"));
    }

    [Theory]
    [InlineData("{ \"MICROPY_PY_JSON\": 1, \"micropy_py_json\": 0 }", "duplicate key 'micropy_py_json' (line 1, column 25)")]
    [InlineData("{ \"MICROPY_PY_JSON\": 01 }", "invalid number (line 1, column 22)")]
    [InlineData("{\n  \"MICROPY_PY_JSON\": tru }", "unexpected character 't' (line 2, column 22)")]
    [InlineData("{ \"MICROPY_PY_JSON\": 1 } x", "unexpected text after the value (line 1, column 26)")]
    [InlineData("{ \"A\": \"\\q\" }", "unknown escape '\\q' (line 1, column 9)")]
    [InlineData("{ /* open", "unterminated comment (line 1, column 3)")]
    [InlineData("[ 1 ]", "expected an object of settings")]
    public void JsonErrorsSayWhatAndWhere(string json, string reason)
    {
        var user = Write(json);
        var e = Assert.Throws<MpConfigException>(() => MpConfigLoader.Load(new MpConfigSources { UserFile = user }));
        Assert.Equal($"user file {user}: not valid JSON: {reason}", e.Message);
    }

    [Fact]
    public void UnreadableFilesAreNamedErrors()
    {
        var malformed = Write("{ \"MICROPY_PY_JSON\": ");
        var e = Assert.Throws<MpConfigException>(() => MpConfigLoader.Load(new MpConfigSources { UserFile = malformed }));
        Assert.StartsWith($"user file {malformed}: not valid JSON: ", e.Message);

        var missing = Path.Combine(Path.GetTempPath(), "mpnet-no-such-dir", "mpconfigport.json");
        e = Assert.Throws<MpConfigException>(() => MpConfigLoader.Load(new MpConfigSources { PortFile = missing }));
        Assert.Equal($"port {missing}: file not found", e.Message);
    }

    [Theory]
    [InlineData("MICROPY_PY_JSON=0", "MICROPY_PY_JSON", "0")]
    [InlineData("MICROPY_HEAP_SIZE=a=b", "MICROPY_HEAP_SIZE", "a=b")]
    [InlineData("K=", "K", "")]
    public void SettingsSplitAtTheFirstEquals(string text, string key, string value)
    {
        Assert.True(MpConfigLoader.TryParseSetting(text, out var setting));
        Assert.Equal(key, setting.Key);
        Assert.Equal(value, setting.Value);
    }

    [Theory]
    [InlineData("MICROPY_PY_JSON")]
    [InlineData("=1")]
    public void SettingsWithoutKeyOrEqualsAreRejected(string text)
    {
        Assert.False(MpConfigLoader.TryParseSetting(text, out _));
    }

    [Fact]
    public void UserFileIsFoundInTheWorkingDirectoryOnlyWhenPresent()
    {
        var user = Write("{}");
        Assert.Equal(user, MpConfigLoader.FindUserFile(Path.GetDirectoryName(user)!));
        Assert.Null(MpConfigLoader.FindUserFile(Path.Combine(Path.GetTempPath(), "mpnet-no-such-dir")));
    }

    [Fact]
    public void ShowConfigReportListsEveryOptionWithValueAndLayer()
    {
        var config = MpConfigLoader.Load(new MpConfigSources { CommandLine = new[] { Set("MICROPY_PY_JSON", "1") } });
        var lines = MpConfigReport.Format(config).TrimEnd('\n').Split('\n');
        Assert.Equal(MpOptionCatalog.All.Count, lines.Length);
        Assert.Matches(@"^MICROPY_PY_JSON +=\s1\s+\(command line\)$", System.Array.Find(lines, l => l.StartsWith("MICROPY_PY_JSON ", System.StringComparison.Ordinal)));
        Assert.Matches(@"^MICROPY_CONFIG_ROM_LEVEL +=\sCORE_FEATURES\s+\(core\)$", lines[0]);
    }
}
