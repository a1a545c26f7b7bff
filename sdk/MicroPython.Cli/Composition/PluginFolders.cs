using System;
using System.Collections.Generic;
using System.IO;

namespace MicroPython.Cli.Composition;

/// <summary>
/// Where plug-ins are looked for, in order: <c>plugins/</c> beside the launcher (filled by the build), then each
/// <c>--plugins DIR</c>, then each entry of <c>MICROPY_PLUGIN_PATH</c> (separated like <c>PATH</c>).
/// </summary>
internal static class PluginFolders
{
    public const string EnvironmentVariable = "MICROPY_PLUGIN_PATH";

    public static string BuiltIn => Path.Combine(AppContext.BaseDirectory, "plugins");

    public static List<string> Resolve(IReadOnlyList<string> fromCommandLine)
    {
        var roots = new List<string> { BuiltIn };
        roots.AddRange(fromCommandLine);
        var env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(env))
        {
            foreach (var dir in env.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                roots.Add(dir);
            }
        }

        return roots;
    }
}
