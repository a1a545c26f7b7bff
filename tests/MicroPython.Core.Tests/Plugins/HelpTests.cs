using System;
using System.Collections.Generic;
using MicroPython.Runtime;
using MicroPython.Sdk.Modules;
using MicroPython.Tests.Launcher;
using Xunit;

namespace MicroPython.Tests.Plugins;

/// <summary>help(), help('modules') and help(obj): MicroPython's texts, listing what is actually loaded.</summary>
public sealed class HelpTests
{
    private const int TimeoutMs = 30000;

    private static LauncherProcess.Result Run(params string[] args) => LauncherProcess.Run(AppContext.BaseDirectory, null, TimeoutMs, args);

    [Fact]
    public void HelpPrintsTheWelcomeText()
    {
        Assert.Equal(
            "Welcome to MicroPython!\n\nFor online docs please visit http://docs.micropython.org/\n\nControl commands:\n" +
            "  CTRL-A        -- on a blank line, enter raw REPL mode\n  CTRL-B        -- on a blank line, enter normal REPL mode\n" +
            "  CTRL-C        -- interrupt a running program\n  CTRL-D        -- on a blank line, exit or do a soft reset\n" +
            "  CTRL-E        -- on a blank line, enter paste mode\n\nFor further help on a specific object, type help(obj)\n",
            Run("-c", "help()").Stdout);
    }

    [Fact]
    public void ModuleListHasMicroPythonsLayout()
    {
        // The exact unix-standard listing of MicroPython (facts: builtins-and-modules.md §2), from the same names.
        string[] names =
        {
            "_asyncio", "_thread", "argparse", "array", "asyncio/__init__", "asyncio/core", "asyncio/event", "asyncio/funcs",
            "asyncio/lock", "asyncio/stream", "binascii", "btree", "builtins", "cmath", "collections", "cryptolib", "deflate",
            "errno", "ffi", "framebuf", "gc", "hashlib", "heapq", "io", "json", "machine", "math", "micropython",
            "mip/__init__", "mip/__main__", "os", "platform", "random", "re", "requests/__init__", "select", "socket", "ssl",
            "struct", "sys", "termios", "time", "tls", "uasyncio", "uctypes", "vfs", "websocket",
        };
        var runtime = new PyRuntime();
        foreach (var n in names)
        {
            runtime.BuiltinModules[n] = static _ => throw new InvalidOperationException();
        }

        const string Expected =
            "__main__          btree             io                select\n" +
            "_asyncio          builtins          json              socket\n" +
            "_thread           cmath             machine           ssl\n" +
            "argparse          collections       math              struct\n" +
            "array             cryptolib         micropython       sys\n" +
            "asyncio/__init__  deflate           mip/__init__      termios\n" +
            "asyncio/core      errno             mip/__main__      time\n" +
            "asyncio/event     ffi               os                tls\n" +
            "asyncio/funcs     framebuf          platform          uasyncio\n" +
            "asyncio/lock      gc                random            uctypes\n" +
            "asyncio/stream    hashlib           re                vfs\n" +
            "binascii          heapq             requests/__init__ websocket\n" +
            "Plus any modules on the filesystem\n";
        Assert.Equal(Expected, HelpBuiltin.ModuleList(runtime));
    }

    [Fact]
    public void HelpModulesListsTheLoadedPlugins()
    {
        var standard = ListedModules(Run("-c", "help('modules')").Stdout);
        Assert.Contains("json", standard);
        Assert.Contains("heapq", standard);
        Assert.Contains("binascii", standard);
        Assert.Contains("sys", standard);
        Assert.Contains("__main__", standard);

        var minimal = ListedModules(Run("--board", "minimal", "-c", "help('modules')").Stdout);
        Assert.DoesNotContain("json", minimal);
        Assert.DoesNotContain("heapq", minimal);
        Assert.Contains("sys", minimal);

        using var folder = new TempPluginFolder();
        folder.AddTestModule("greeting", "GreetingPlugin", "\"greeting\"");
        Assert.Contains("greeting", ListedModules(folder.Run("-c", "help('modules')").Stdout));
    }

    [Fact]
    public void HelpOfAModuleListsItsNamespace()
    {
        // help(obj): a header line, then one line per entry of the module's dict, values printed with str().
        const string Script = """
            import heapq
            help(heapq)
            print('---')
            print('object %s is of type %s' % (heapq, type(heapq).__name__))
            for k, v in heapq.__dict__.items():
                print('  %s -- %s' % (k, v))
            """;
        var parts = Run("-c", Script).Stdout.Split("---\n");
        Assert.Equal(2, parts.Length);
        Assert.StartsWith("object <module 'heapq'> is of type module\n  __name__ -- heapq\n", parts[0]);
        Assert.Equal(parts[1], parts[0]);
        Assert.Contains("  heappush -- ", parts[0]);
    }

    private static List<string> ListedModules(string output)
    {
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("Plus any modules on the filesystem", lines[^1]);
        var names = new List<string>();
        for (int i = 0; i < lines.Length - 1; i++)
        {
            names.AddRange(lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        return names;
    }
}
