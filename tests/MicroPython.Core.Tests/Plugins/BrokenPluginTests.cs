using System.IO;
using Xunit;

namespace MicroPython.Tests.Plugins;

/// <summary>
/// A plug-in that cannot be used is reported in exactly one line naming it and the reason, and everything else
/// (the built-in json plug-in, the script) still works — through the real launcher. What the manifest shows
/// (unreadable manifest, unknown kind, contract version, missing assembly, a module name already taken) is reported
/// on stderr at start-up; what needs the assembly (module plug-ins load on first import) is an <c>ImportError</c>
/// with the same line when one of the plug-in's modules is imported, and costs nothing when none is.
/// </summary>
public sealed class BrokenPluginTests
{
    private const string JsonStillWorks = "import json; print(json.dumps([1, 2]))";

    /// <summary>
    /// Start-up says nothing; importing <paramref name="module"/> is an ImportError whose text is
    /// <paramref name="expectedReason"/>, the same on a second attempt; json still works.
    /// </summary>
    private static void AssertImportFails(TempPluginFolder folder, string module, string expectedReason)
    {
        var quiet = folder.Run("-c", "pass");
        Assert.Equal((string.Empty, string.Empty, 0), (quiet.Stdout, quiet.Stderr, quiet.ExitCode));

        string script = $"for attempt in range(2):\n    try:\n        import {module}\n    except ImportError as e:\n        print(e)\n{JsonStillWorks}";
        var r = folder.Run("-c", script);
        Assert.Equal($"{expectedReason}\n{expectedReason}\n[1, 2]\n", r.Stdout);
        Assert.Equal(string.Empty, r.Stderr);
        Assert.Equal(0, r.ExitCode);
    }

    /// <summary>Runs with the broken folder and checks: script ran, one stderr line, which is <paramref name="expectedLine"/>.</summary>
    private static void AssertReportedAndHarmless(TempPluginFolder folder, string expectedLine)
    {
        var r = folder.Run("-c", JsonStillWorks);
        Assert.Equal("[1, 2]\n", r.Stdout);
        Assert.Equal(expectedLine + "\n", r.Stderr);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void CorruptAssemblyIsNamed()
    {
        using var folder = new TempPluginFolder();
        var dir = folder.AddManifest("corrupt", TempPluginFolder.ModuleManifest("corrupt", "Corrupt.dll", "Corrupt.Entry", "\"corrupt\""));
        File.WriteAllBytes(Path.Combine(dir, "Corrupt.dll"), new byte[] { 0x4D, 0x5A, 0x00, 0x01, 0x02, 0x03, 0xFF, 0xFE, 0x13, 0x37 });
        AssertImportFails(folder, "corrupt", "plug-in 'corrupt' not loaded: 'Corrupt.dll' is not a valid .NET assembly");
    }

    [Fact]
    public void MissingAssemblyIsNamed()
    {
        using var folder = new TempPluginFolder();
        folder.AddManifest("ghost", TempPluginFolder.ModuleManifest("ghost", "Ghost.dll", "Ghost.Entry", "\"ghost\""));
        AssertReportedAndHarmless(folder, "micropython: plug-in 'ghost' not loaded: assembly 'Ghost.dll' not found");
    }

    [Fact]
    public void ManifestThatIsNotJsonIsNamedByItsFolder()
    {
        using var folder = new TempPluginFolder();
        folder.AddManifest("garbled", "{ \"name\": \"garbled\", ");
        var r = folder.Run("-c", JsonStillWorks);
        Assert.Equal("[1, 2]\n", r.Stdout);
        Assert.StartsWith("micropython: plug-in 'garbled' not loaded: bad plugin.json: ", r.Stderr);
        Assert.Single(r.Stderr.TrimEnd('\n').Split('\n'));
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void ManifestWithAnUnknownKindIsNamed()
    {
        using var folder = new TempPluginFolder();
        folder.AddManifest("odd", """{ "name": "odd", "kind": "gadget", "version": "1", "contractVersion": 1 }""");
        AssertReportedAndHarmless(folder, "micropython: plug-in 'odd' not loaded: bad plugin.json: unknown kind 'gadget' (expected port, module or board-pack)");
    }

    [Fact]
    public void FolderWithoutManifestIsNamed()
    {
        using var folder = new TempPluginFolder();
        Directory.CreateDirectory(Path.Combine(folder.Root, "empty"));
        AssertReportedAndHarmless(folder, $"micropython: plug-in 'empty' not loaded: no plugin.json in {Path.Combine(folder.Root, "empty")}");
    }

    [Fact]
    public void ContractVersionMismatchIsRefusedByName()
    {
        using var folder = new TempPluginFolder();
        folder.AddTestModule("future", "GreetingPlugin", "\"greeting\"", contractVersion: 99);
        AssertReportedAndHarmless(folder, "micropython: plug-in 'future' not loaded: built for SDK contract version 99, this launcher provides version 1");
    }

    [Fact]
    public void ThrowingInitializerIsNamedWithItsError()
    {
        using var folder = new TempPluginFolder();
        folder.AddTestModule("thrower", "ThrowingConstructorPlugin", "\"thrower\"");
        AssertImportFails(folder, "thrower", "plug-in 'thrower' not loaded: initializer failed: InvalidOperationException: refusing to start on purpose");
    }

    [Fact]
    public void ThrowingServiceRegistrationIsNamedAndItsModulesAreLeftOut()
    {
        using var folder = new TempPluginFolder();
        folder.AddTestModule("badservices", "ThrowingServicesPlugin", "\"thrower\"");
        var r = folder.Run("-c", JsonStillWorks + "\nimport thrower");
        Assert.Equal("[1, 2]\nTraceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\nImportError: plug-in 'badservices' not loaded: initializer failed: NotSupportedException: no services today\n", r.Stdout);
        Assert.Equal(string.Empty, r.Stderr);
        Assert.Equal(1, r.ExitCode);
    }

    [Fact]
    public void EntryTypeThatIsNotAPluginIsNamed()
    {
        using var folder = new TempPluginFolder();
        folder.AddTestModule("notone", "NotAPlugin", "\"notone\"");
        AssertImportFails(folder, "notone", "plug-in 'notone' not loaded: entry type 'MicroPython.TestPlugins.NotAPlugin' does not implement IModulePlugin");
    }

    [Fact]
    public void MissingEntryTypeIsNamed()
    {
        using var folder = new TempPluginFolder();
        folder.AddTestModule("typo", "NoSuchType", "\"typo\"");
        AssertImportFails(folder, "typo", "plug-in 'typo' not loaded: entry type 'MicroPython.TestPlugins.NoSuchType' not found in 'MicroPython.TestPlugins.dll'");
    }

    [Fact]
    public void SecondClaimOnAModuleNameIsRefusedAndTheFirstKept()
    {
        using var folder = new TempPluginFolder();
        folder.AddTestModule("impostor", "JsonImpostorPlugin", "\"json\"");
        var r = folder.Run("-c", JsonStillWorks + "\nprint(hasattr(json, 'impostor'))");
        Assert.Equal("[1, 2]\nFalse\n", r.Stdout);
        Assert.Equal("micropython: plug-in 'impostor' not loaded: module 'json' is already provided by plug-in 'json'\n", r.Stderr);
    }

    [Fact]
    public void PluginNameTakenByABuiltInPluginIsRefused()
    {
        using var folder = new TempPluginFolder();
        folder.AddTestModule("json", "GreetingPlugin", "\"greeting\"");
        string builtIn = Path.Combine(System.AppContext.BaseDirectory, "plugins", "json");
        AssertReportedAndHarmless(folder, $"micropython: plug-in 'json' not loaded: a plug-in of this name was already found in {builtIn}");
    }

    [Fact]
    public void ModuleFactoryFailureIsAnImportErrorNamingTheModule()
    {
        using var folder = new TempPluginFolder();
        folder.AddTestModule("fragile", "FailingFactoryPlugin", "\"fragile\"");
        var r = folder.Run("-c", "try:\n    import fragile\nexcept ImportError as e:\n    print(e)\n" + JsonStillWorks);
        Assert.Equal("module 'fragile' failed to initialise: FormatException: bad table\n[1, 2]\n", r.Stdout);
        Assert.Equal(string.Empty, r.Stderr);
    }

    [Fact]
    public void KernelModulesCannotBeReplaced()
    {
        using var folder = new TempPluginFolder();
        folder.AddTestModule("sysimpostor", "SysImpostorPlugin", "\"sys\"");
        var r = folder.Run("-c", "import sys; print(hasattr(sys, 'impostor'))");
        Assert.Equal("False\n", r.Stdout);
        Assert.Equal("micropython: plug-in 'sysimpostor' not loaded: module 'sys' is already provided by the kernel\n", r.Stderr);
    }

    [Fact]
    public void ModuleDefinedButNotDeclaredIsRefused()
    {
        using var folder = new TempPluginFolder();
        folder.AddTestModule("undeclared", "GreetingPlugin", "\"salutation\"");
        AssertImportFails(folder, "salutation", "plug-in 'undeclared' not loaded: defines module 'greeting' that its plugin.json does not list");
    }

    [Fact]
    public void SeveralBrokenPluginsAreEachReportedOnce()
    {
        using var folder = new TempPluginFolder();
        var dir = folder.AddManifest("a-corrupt", TempPluginFolder.ModuleManifest("a-corrupt", "C.dll", "C.Entry", "\"c\""));
        File.WriteAllBytes(Path.Combine(dir, "C.dll"), new byte[64]);
        folder.AddTestModule("b-future", "GreetingPlugin", "\"greeting\"", contractVersion: 2);
        folder.AddTestModule("c-thrower", "ThrowingConstructorPlugin", "\"thrower\"");
        folder.AddTestModule("d-good", "GreetingPlugin", "\"greeting\"");
        folder.AddManifest("e-ghost", TempPluginFolder.ModuleManifest("e-ghost", "G.dll", "G.Entry", "\"ghost\""));
        const string Script = "for m in ('c', 'thrower'):\n    try:\n        __import__(m)\n    except ImportError as e:\n        print(e)\n";
        var r = folder.Run("-c", Script + JsonStillWorks + "\nimport greeting; print(greeting.hello('world'))");
        Assert.Equal(
            "plug-in 'a-corrupt' not loaded: 'C.dll' is not a valid .NET assembly\n" +
            "plug-in 'c-thrower' not loaded: initializer failed: InvalidOperationException: refusing to start on purpose\n" +
            "[1, 2]\nhello, world\n",
            r.Stdout);
        Assert.Equal(
            "micropython: plug-in 'b-future' not loaded: built for SDK contract version 2, this launcher provides version 1\n" +
            "micropython: plug-in 'e-ghost' not loaded: assembly 'G.dll' not found\n",
            r.Stderr);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void PluginsThatAreNeverImportedAreNeverLoaded()
    {
        // Twenty plug-ins whose constructors throw: a program importing none of their modules never sees them.
        using var folder = new TempPluginFolder();
        for (int i = 0; i < 20; i++)
        {
            folder.AddTestModule($"lazy{i:D2}", "ThrowingConstructorPlugin", $"\"lazy{i:D2}\"");
        }

        var r = folder.Run("-c", JsonStillWorks);
        Assert.Equal(("[1, 2]\n", string.Empty, 0), (r.Stdout, r.Stderr, r.ExitCode));

        r = folder.Run("-c", "import lazy07");
        Assert.EndsWith("ImportError: plug-in 'lazy07' not loaded: initializer failed: InvalidOperationException: refusing to start on purpose\n", r.Stdout);
        Assert.Equal(string.Empty, r.Stderr);
    }
}
