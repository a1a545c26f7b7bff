using System;
using System.IO;
using MicroPython.Tests.Launcher;

namespace MicroPython.Tests.Plugins;

/// <summary>
/// A temporary user plug-in folder (given to the launcher with <c>--plugins</c>) in which tests build plug-ins
/// by hand: a manifest is just JSON, a corrupt assembly just bytes, a working one a copy of the test plug-ins
/// assembly with a manifest naming one of its entry types.
/// </summary>
internal sealed class TempPluginFolder : IDisposable
{
    public const int TimeoutMs = 30000;

    public TempPluginFolder()
    {
        _base = Path.Combine(Path.GetTempPath(), "mp-plugins-" + Guid.NewGuid().ToString("N"));
        Root = Path.Combine(_base, "plugins");
        WorkingDirectory = Path.Combine(_base, "work");
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(WorkingDirectory);
    }

    private readonly string _base;

    /// <summary>The plug-in folder.</summary>
    public string Root { get; }

    /// <summary>An empty working directory for the launcher (a plug-in folder there would import as a package).</summary>
    public string WorkingDirectory { get; }

    /// <summary>The assembly holding the test entry types (copied beside the tests by the project reference).</summary>
    public static string TestPluginsAssembly => Path.Combine(AppContext.BaseDirectory, "MicroPython.TestPlugins.dll");

    /// <summary>Creates <c>&lt;name&gt;/plugin.json</c> with <paramref name="manifestJson"/> and returns the folder.</summary>
    public string AddManifest(string name, string manifestJson)
    {
        var dir = Path.Combine(Root, name);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "plugin.json"), manifestJson);
        return dir;
    }

    /// <summary>A module plug-in whose assembly is the test plug-ins assembly and whose entry is <paramref name="entryType"/>.</summary>
    public string AddTestModule(string name, string entryType, string modules, int contractVersion = 1, string? enabledBy = null)
    {
        var dir = AddManifest(name, ModuleManifest(name, "MicroPython.TestPlugins.dll", "MicroPython.TestPlugins." + entryType, modules, contractVersion, enabledBy));
        File.Copy(TestPluginsAssembly, Path.Combine(dir, "MicroPython.TestPlugins.dll"));
        return dir;
    }

    public static string ModuleManifest(string name, string assembly, string entryType, string modules, int contractVersion = 1, string? enabledBy = null) =>
        $$"""
        {
          "name": "{{name}}", "kind": "module", "version": "0.1.0", "contractVersion": {{contractVersion}},
          "assembly": "{{assembly}}", "entryType": "{{entryType}}",
          {{(enabledBy == null ? string.Empty : $"\"enabledBy\": \"{enabledBy}\",")}}
          "modules": [ {{modules}} ]
        }
        """;

    /// <summary>Runs the launcher with this folder as a user plug-in folder.</summary>
    public LauncherProcess.Result Run(params string[] args)
    {
        var all = new string[args.Length + 2];
        all[0] = "--plugins";
        all[1] = Root;
        args.CopyTo(all, 2);
        return LauncherProcess.Run(WorkingDirectory, null, TimeoutMs, all);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_base, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
