using System;
using System.Collections.Generic;
using System.IO;
using MicroPython.Config;
using MicroPython.Sdk.Boards;
using MicroPython.Sdk.Modules;
using MicroPython.Sdk.Plugins;
using Xunit;

namespace MicroPython.Tests.Plugins;

/// <summary>The SDK's data readers in-process: plugin.json and board.json validation, and option-based enabling.</summary>
public sealed class ManifestAndBoardTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "mp-manifest-" + Guid.NewGuid().ToString("N"));

    public ManifestAndBoardTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private PluginManifest Manifest(string json)
    {
        File.WriteAllText(Path.Combine(_dir, "plugin.json"), json);
        return PluginManifest.Load(_dir);
    }

    private string ManifestError(string json) => Assert.Throws<PluginLoadException>(() => Manifest(json)).Message;

    [Fact]
    public void ModuleManifestIsRead()
    {
        var m = Manifest("""
            // comments and trailing commas are tolerated
            { "name": "heapq", "kind": "module", "version": "1.2.3", "contractVersion": 1, "assembly": "H.dll",
              "entryType": "H.Plugin", "enabledBy": "MICROPY_PY_HEAPQ", "modules": [ "heapq", "_heapq" ], }
            """);
        Assert.Equal(("heapq", PluginKind.Module, "1.2.3", 1), (m.Name, m.Kind, m.Version, m.ContractVersion));
        Assert.Equal(Path.Combine(_dir, "H.dll"), m.AssemblyPath);
        Assert.Equal(("H.Plugin", "MICROPY_PY_HEAPQ"), (m.EntryType, m.EnabledBy));
        Assert.Equal(new[] { "heapq", "_heapq" }, m.Modules);
    }

    [Fact]
    public void BoardPackNeedsAPortButNoAssembly()
    {
        var m = Manifest("""{ "name": "extra", "kind": "board-pack", "version": "1", "contractVersion": 1, "port": "unix" }""");
        Assert.Equal((PluginKind.BoardPack, "unix"), (m.Kind, m.Port));
        Assert.Null(m.AssemblyPath);
        Assert.Equal("bad plugin.json: 'port' must be a non-empty string", ManifestError("""{ "name": "x", "kind": "board-pack", "version": "1", "contractVersion": 1 }"""));
    }

    [Theory]
    [InlineData("[]", "bad plugin.json: expected a JSON object")]
    [InlineData("""{ "kind": "module" }""", "bad plugin.json: 'contractVersion' must be an integer")]
    [InlineData("""{ "kind": "module", "contractVersion": "1" }""", "bad plugin.json: 'contractVersion' must be an integer")]
    [InlineData("""{ "kind": "module", "contractVersion": 1, "version": "1", "assembly": "a", "entryType": "t", "modules": [] }""", "bad plugin.json: 'name' must be a non-empty string")]
    [InlineData("""{ "name": "n", "kind": "module", "contractVersion": 1, "version": "1", "assembly": "a", "entryType": "t", "modules": [] }""", "bad plugin.json: a module plug-in must list its 'modules'")]
    [InlineData("""{ "name": "n", "kind": "module", "contractVersion": 1, "version": "1", "assembly": "a", "entryType": "t", "modules": [ 1 ] }""", "bad plugin.json: 'modules' must be an array of strings")]
    [InlineData("""{ "name": "n", "kind": "port", "contractVersion": 1, "version": "1", "entryType": "t" }""", "bad plugin.json: 'assembly' must be a non-empty string")]
    [InlineData("""{ "name": "n", "kind": "port", "contractVersion": 1, "version": "1", "assembly": "a", "entryType": "t", "enabledBy": 3 }""", "bad plugin.json: 'enabledBy' must be a string")]
    public void InvalidManifestsSayWhatIsWrong(string json, string message)
    {
        Assert.Equal(message, ManifestError(json));
    }

    [Fact]
    public void BoardFileIsRead()
    {
        File.WriteAllText(Path.Combine(_dir, "board.json"), """{ "name": "Pyboard v1.1", "mcu": "STM32F405RG", "heap_size": 102400, "features": [ "usb", "sdcard" ] }""");
        var b = BoardDefinition.Load(_dir);
        Assert.Equal((Path.GetFileName(_dir), "Pyboard v1.1", "STM32F405RG", 102400L), (b.Id, b.Name, b.Mcu, b.HeapSizeBytes));
        Assert.Equal(new[] { "usb", "sdcard" }, b.Features);
        Assert.Null(b.ConfigFile);
        File.WriteAllText(Path.Combine(_dir, "mpconfigboard.json"), "{}");
        Assert.Equal(Path.Combine(_dir, "mpconfigboard.json"), b.ConfigFile);
    }

    [Theory]
    [InlineData("""{ "heap_size": "big" }""")]
    [InlineData("""{ "features": "usb" }""")]
    [InlineData("""[1]""")]
    [InlineData("""{ "name": """)]
    public void BadBoardFileNamesTheFile(string json)
    {
        File.WriteAllText(Path.Combine(_dir, "board.json"), json);
        var e = Assert.Throws<InvalidDataException>(() => BoardDefinition.Load(_dir));
        Assert.StartsWith(Path.Combine(_dir, "board.json") + ": ", e.Message);
    }

    [Fact]
    public void OptionsEnableModules()
    {
        var config = new MpConfig(new Dictionary<string, MpConfigValue>
        {
            ["MICROPY_PY_ON"] = new("1", "port"),
            ["MICROPY_PY_OFF"] = new("0", "board"),
        });
        Assert.True(ModuleInstaller.IsEnabled(config, null));
        Assert.True(ModuleInstaller.IsEnabled(config, "MICROPY_PY_ON"));
        Assert.False(ModuleInstaller.IsEnabled(config, "MICROPY_PY_OFF"));
        Assert.True(ModuleInstaller.IsEnabled(config, "MICROPY_PY_UNKNOWN_TO_THE_CONFIGURATION"));
    }
}
