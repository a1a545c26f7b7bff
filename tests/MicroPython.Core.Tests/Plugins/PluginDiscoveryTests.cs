using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using MicroPython.Tests.Launcher;
using Xunit;

namespace MicroPython.Tests.Plugins;

/// <summary>
/// After a plain build, every port and module plug-in of the repository sits in plugins/&lt;name&gt;/ beside the
/// launcher the tests run, and the launcher finds them; user plug-in folders come from --plugins and
/// MICROPY_PLUGIN_PATH.
/// </summary>
public sealed class PluginDiscoveryTests
{
    private const int TimeoutMs = 30000;

    /// <summary>Every plug-in project of the repository: ports/*/ and modules/*/ folders with a plugin.json.</summary>
    public static IEnumerable<object[]> RepositoryPlugins()
    {
        foreach (var area in new[] { "ports", "modules" })
        {
            foreach (var dir in Directory.GetDirectories(Path.Combine(LauncherProcess.RepoRoot, area)))
            {
                if (File.Exists(Path.Combine(dir, "plugin.json")))
                {
                    yield return new object[] { area + "/" + Path.GetFileName(dir) };
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(RepositoryPlugins))]
    public void EveryRepositoryPluginIsBuiltBesideTheLauncher(string source)
    {
        string name = Path.GetFileName(source);
        string folder = Path.Combine(AppContext.BaseDirectory, "plugins", name);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "plugin.json")));
        Assert.Equal(name, manifest.RootElement.GetProperty("name").GetString());
        Assert.True(File.Exists(Path.Combine(folder, manifest.RootElement.GetProperty("assembly").GetString()!)), $"assembly of {name} missing in {folder}");

        // The kernel and SDK are shared with the launcher, never shipped inside a plug-in.
        Assert.False(File.Exists(Path.Combine(folder, "MicroPython.Core.dll")));
        Assert.False(File.Exists(Path.Combine(folder, "MicroPython.Sdk.dll")));
    }

    [Fact]
    public void RepositoryHasBothHostPortsAndTheModulePlugins()
    {
        var names = new List<string>();
        foreach (var row in RepositoryPlugins())
        {
            names.Add((string)row[0]);
        }

        Assert.Contains("ports/unix", names);
        Assert.Contains("ports/windows", names);
        Assert.Contains("modules/json", names);
        Assert.Contains("modules/heapq", names);
        Assert.Contains("modules/binascii", names);
        Assert.Contains("modules/array", names);
        Assert.Contains("modules/struct", names);
    }

    [Fact]
    public void ModulePluginsImportThroughTheLauncher()
    {
        var r = LauncherProcess.Run(AppContext.BaseDirectory, null, TimeoutMs, "-c",
            "import json, heapq, binascii\nh = []\nheapq.heappush(h, 3); heapq.heappush(h, 1)\nprint(json.dumps(h), binascii.hexlify(b'\\x01\\xff'))");
        Assert.Equal("[1, 3] b'01ff'\n", r.Stdout);
        Assert.Equal(string.Empty, r.Stderr);
    }

    [Fact]
    public void UserPluginFromCommandLineFolderIsImported()
    {
        using var folder = new TempPluginFolder();
        folder.AddTestModule("greeting", "GreetingPlugin", "\"greeting\"");
        var r = folder.Run("-c", "import greeting\nprint(greeting.hello('plug-in'), greeting.repeat('ab'), greeting.repeat('x', times=3), greeting.ANSWER)");
        Assert.Equal("hello, plug-in abab xxx 42\n", r.Stdout);
        Assert.Equal(string.Empty, r.Stderr);
    }

    [Fact]
    public void UserPluginFromEnvironmentPathIsImported()
    {
        using var folder = new TempPluginFolder();
        folder.AddTestModule("greeting", "GreetingPlugin", "\"greeting\"");
        var env = new Dictionary<string, string?> { ["MICROPY_PLUGIN_PATH"] = folder.Root };
        var r = LauncherProcess.RunWithEnvironment(folder.WorkingDirectory, env, null, TimeoutMs, "-c", "import greeting; print(greeting.hello('env'))");
        Assert.Equal("hello, env\n", r.Stdout);
        Assert.Equal(string.Empty, r.Stderr);
    }

    [Fact]
    public void ModulesResolvePortServicesWhenBuilt()
    {
        // The greeting module asks the container for the port's IClock when it is built.
        using var folder = new TempPluginFolder();
        folder.AddTestModule("greeting", "GreetingPlugin", "\"greeting\"");
        Assert.Equal("True\n", folder.Run("-c", "import greeting; print(greeting.has_clock())").Stdout);
        Assert.Equal("True\n", folder.Run("--port", "windows", "-c", "import greeting; print(greeting.has_clock())").Stdout);
    }

    [Fact]
    public void PluginLoadedOnImportGetsItsOwnServicesOverThePorts()
    {
        using var folder = new TempPluginFolder();
        folder.AddTestModule("owned", "OwnServicesPlugin", "\"owned\"");
        var r = folder.Run("-c", "import owned; print(owned.clock_user())");
        Assert.Equal(("True\n", string.Empty), (r.Stdout, r.Stderr));
    }

    [Fact]
    public void ModuleBuilderChecksArgumentsWithMicroPythonsMessages()
    {
        using var folder = new TempPluginFolder();
        folder.AddTestModule("greeting", "GreetingPlugin", "\"greeting\"");
        const string Script = """
            import greeting
            for call in (lambda: greeting.hello(), lambda: greeting.hello('a', 'b'), lambda: greeting.repeat(),
                         lambda: greeting.repeat('a', 2), lambda: greeting.repeat('a', count=2),
                         lambda: greeting.repeat('a', times=1, text='b'), lambda: greeting.hello(name='x')):
                try:
                    call()
                except TypeError as e:
                    print(e)
            """;
        var r = folder.Run("-c", Script);
        Assert.Equal(
            "function takes 1 positional arguments but 0 were given\n" +
            "function takes 1 positional arguments but 2 were given\n" +
            "'text' argument required\n" +
            "extra positional arguments given\n" +
            "extra keyword arguments given\n" +
            "function got multiple values for argument 'text'\n" +
            "function doesn't take keyword arguments\n",
            r.Stdout);
    }

    [Fact]
    public void ModuleDisabledByItsOwnFlagIsAbsent()
    {
        // A plug-in's enabling option set false in the environment keeps its assembly unloaded.
        using var folder = new TempPluginFolder();
        folder.AddTestModule("greeting", "GreetingPlugin", "\"greeting\"", enabledBy: "MICROPY_PY_JSON");
        var env = new Dictionary<string, string?> { ["MICROPY_PY_JSON"] = "false" };
        var r = LauncherProcess.RunWithEnvironment(folder.WorkingDirectory, env, null, TimeoutMs, "--plugins", folder.Root, "-c", "import greeting");
        Assert.Equal("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nImportError: no module named 'greeting'\n", r.Stdout + r.Stderr);
    }
}
