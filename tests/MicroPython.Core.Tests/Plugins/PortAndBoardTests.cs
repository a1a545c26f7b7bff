using System;
using System.Collections.Generic;
using System.IO;
using MicroPython.Tests.Launcher;
using Xunit;

namespace MicroPython.Tests.Plugins;

/// <summary>--port and --board select the port plug-in and its board (variant), through the real launcher.</summary>
public sealed class PortAndBoardTests
{
    private const int TimeoutMs = 30000;

    private static LauncherProcess.Result Run(params string[] args) => LauncherProcess.Run(AppContext.BaseDirectory, null, TimeoutMs, args);

    private const string Describe = "import sys; print(sys.platform, sys.implementation._machine, sys.implementation._build)";

    [Fact]
    public void UnixIsTheDefaultPortOnThisHost()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Equal("win32 win32 [.NET] version standard\n", Run("-c", Describe).Stdout);
            return;
        }

        string platform = OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsFreeBSD() ? "freebsd" : "linux";
        Assert.Equal($"{platform} {platform} [.NET] version standard\n", Run("-c", Describe).Stdout);
        Assert.Equal(Run("-c", Describe).Stdout, Run("--port", "unix", "--board", "standard", "-c", Describe).Stdout);
    }

    [Fact]
    public void WindowsPortChangesPlatformBannerAndPath()
    {
        var noPath = new Dictionary<string, string?> { ["MICROPYPATH"] = null };
        var r = LauncherProcess.RunWithEnvironment(AppContext.BaseDirectory, noPath, null, TimeoutMs, "--port", "windows", "-c", Describe + "; print(sys.path[1:])");
        Assert.Equal("win32 win32 [.NET] version standard\n['.frozen', '" + Home() + "/.micropython/lib']\n", r.Stdout);
        Assert.Equal(string.Empty, r.Stderr);

        var version = Run("--port", "windows", "--version");
        Assert.Matches(@"^MicroPython v\d+\.\d+\.\d+(-preview)? on \d{4}-\d\d-\d\d; win32 \[\.NET\] version\n$", version.Stdout);
    }

    [Fact]
    public void WindowsPortSplitsMicropypathOnSemicolons()
    {
        var env = new Dictionary<string, string?> { ["MICROPYPATH"] = "a;b:c" };
        var r = LauncherProcess.RunWithEnvironment(AppContext.BaseDirectory, env, null, TimeoutMs, "--port", "windows", "-c", "import sys; print(sys.path)");
        Assert.Equal("['', 'a', 'b:c']\n", r.Stdout);
        var unix = LauncherProcess.RunWithEnvironment(AppContext.BaseDirectory, env, null, TimeoutMs, "--port", "unix", "-c", "import sys; print(sys.path)");
        Assert.Equal("['', 'a;b', 'c']\n", unix.Stdout);
    }

    [Fact]
    public void WindowsDevVariantIsItsBuildName()
    {
        Assert.Equal("win32 win32 [.NET] version dev\n", Run("--port", "windows", "--board", "dev", "-c", Describe).Stdout);
    }

    [Fact]
    public void MinimalBoardHasTheSmallerFeatureSet()
    {
        const string Probe = """
            import sys
            print(sys.implementation._build)
            for name in ('json', 'heapq', 'binascii', 'array', 'struct', 'micropython', 'os', 'io', 'math', 'cmath', 'errno'):
                try:
                    __import__(name)
                    print(name, 'yes')
                except ImportError as e:
                    print(name, 'no:', e)
            """;
        Assert.Equal(
            "minimal\njson no: no module named 'json'\nheapq no: no module named 'heapq'\nbinascii no: no module named 'binascii'\n"
            + "array no: no module named 'array'\nstruct no: no module named 'struct'\nmicropython yes\n"
            // MicroPython's minimal variant keeps just sys and os of the built-in modules (MINIMUM level turns the rest off).
            + "os yes\nio no: no module named 'io'\nmath no: no module named 'math'\ncmath no: no module named 'cmath'\nerrno no: no module named 'errno'\n",
            Run("--board", "minimal", "-c", Probe).Stdout);
        Assert.Equal("standard\njson yes\nheapq yes\nbinascii yes\narray yes\nstruct yes\nmicropython yes\nos yes\nio yes\nmath yes\ncmath yes\nerrno yes\n", Run("--board", "standard", "-c", Probe).Stdout);
    }

    [Fact]
    public void UnknownPortListsTheAvailableOnes()
    {
        var r = Run("--port", "pdp11", "-c", "print(1)");
        Assert.Equal(string.Empty, r.Stdout);
        Assert.Equal("micropython: unknown port 'pdp11'; available ports: unix, windows\n", r.Stderr);
        Assert.Equal(1, r.ExitCode);
    }

    [Fact]
    public void UnknownBoardListsTheBoardsOfThePort()
    {
        var r = Run("--board", "PYBV11", "-c", "print(1)");
        Assert.Equal("micropython: unknown board 'PYBV11' for port 'unix'; available boards: minimal, standard\n", r.Stderr);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("micropython: unknown board 'minimal' for port 'windows'; available boards: dev, standard\n", Run("--port", "windows", "--board", "minimal", "-c", "1").Stderr);
    }

    [Fact]
    public void PortOptionWithoutValueIsAnInvalidCommandLine()
    {
        var r = Run("--port");
        Assert.Equal("Invalid command line arguments. Use -h option for help.\n", r.Stderr);
        Assert.Equal(1, r.ExitCode);
    }

    [Fact]
    public void BoardPackAddsABoardToAnExistingPort()
    {
        // Boards are data: a board pack is a manifest and board folders, no code.
        using var folder = new TempPluginFolder();
        var dir = folder.AddManifest("tinyboards", """{ "name": "tinyboards", "kind": "board-pack", "version": "1.0", "contractVersion": 1, "port": "unix" }""");
        var board = Path.Combine(dir, "boards", "tiny");
        Directory.CreateDirectory(board);
        File.WriteAllText(Path.Combine(board, "board.json"), """{ "name": "tiny", "mcu": "host", "heap_size": 65536, "features": [] }""");
        File.WriteAllText(Path.Combine(board, "mpconfigboard.json"), """{ "MICROPY_PY_HEAPQ": false }""");
        var r = folder.Run("--board", "tiny", "-c", "import sys, json; print(sys.implementation._build)\nimport heapq");
        Assert.Equal("tiny\nTraceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\nImportError: no module named 'heapq'\n", r.Stdout);
        Assert.Equal(string.Empty, r.Stderr);
    }

    private static string Home() => Environment.GetEnvironmentVariable("HOME") ?? string.Empty;
}
